/**
 * Old build against new in one process, alternating every few milliseconds so that the
 * machine's load (which moves CPU time itself by half on a shared machine) falls on both
 * alike. Prints the ratio of their total CPU times, and that ratio in each quarter of the
 * run: when the quarters disagree by more than the difference, the difference is noise.
 *   node out/scripts/perf/compare.js save                      copies this build's analysis to out/perf-baseline
 *   node out/scripts/perf/compare.js [--passes N] [BASE] [--current DIR]
 *     baseline (default out/perf-baseline/analysis) against this build (or DIR: an experiment)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { longArticle } from '../bench/articles';
import { corpusDir } from '../eval/corpus';
import { CURRENT_ANALYSIS, loadAnalysis, type Analysis } from './load';

const BASELINE = path.resolve(__dirname, '../../perf-baseline/analysis');
/** Analyses of the long article, and corpus articles, per measured slice. */
const LONG_SLICE = 4;
const CORPUS_SLICE = 25;

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Runs each slice on both builds, in alternating order; returns each build's CPU ms per slice. */
function alternate(builds: Analysis[], slices: Array<(analysis: Analysis) => void>): number[][] {
  const times = builds.map(() => [] as number[]);
  slices.forEach((slice, k) => {
    const order = k % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) times[b].push(cpuMs(() => slice(builds[b])));
  });
  return times;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function report(label: string, unit: string, count: number, [before, after]: number[][]): void {
  const quarter = Math.ceil(before.length / 4);
  const quarters = [0, 1, 2, 3].map((q) => sum(after.slice(q * quarter, (q + 1) * quarter)) / sum(before.slice(q * quarter, (q + 1) * quarter)));
  console.log(
    `${label}: baseline ${(sum(before) / count).toFixed(3)} ${unit}, current ${(sum(after) / count).toFixed(3)} ${unit}; ` +
      `current/baseline ${(sum(after) / sum(before)).toFixed(3)} (quarters ${quarters.map((r) => r.toFixed(3)).join(' ')})`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === 'save') {
    fs.rmSync(BASELINE, { recursive: true, force: true });
    fs.cpSync(CURRENT_ANALYSIS, BASELINE, { recursive: true });
    console.log(`saved ${CURRENT_ANALYSIS} as ${BASELINE}`);
    return;
  }
  const passes = Number(option(args, '--passes') ?? 4);
  const base = args.find((a, i) => !a.startsWith('--') && !['--passes', '--current'].includes(args[i - 1])) ?? BASELINE;
  const builds = [loadAnalysis(base), loadAnalysis(option(args, '--current'))];
  const article = longArticle(2000);
  const files = fs.existsSync(corpusDir()) ? fs.readdirSync(corpusDir()).filter((f) => f.endsWith('.md')).sort() : [];
  const texts = files.map((f) => fs.readFileSync(path.join(corpusDir(), f), 'utf8'));

  const long = (analysis: Analysis): void => {
    for (let i = 0; i < LONG_SLICE; i++) analysis.analyzeArticle(article);
  };
  const corpus = (from: number) => (analysis: Analysis): void => {
    for (let i = from; i < Math.min(texts.length, from + CORPUS_SLICE); i++) JSON.stringify(analysis.toExtract(analysis.analyzeArticle(texts[i]), files[i]));
  };
  const corpusSlices = Array.from({ length: Math.ceil(texts.length / CORPUS_SLICE) }, (_, k) => corpus(k * CORPUS_SLICE));
  // Warm-up: both builds optimised before anything is counted.
  alternate(builds, [...Array<typeof long>(50).fill(long), ...corpusSlices]);

  const longSlices = 150 * passes;
  report('2,000-word article', 'ms CPU each', longSlices * LONG_SLICE, alternate(builds, Array<typeof long>(longSlices).fill(long)));
  if (texts.length) {
    const times = alternate(builds, Array.from({ length: passes }, () => corpusSlices).flat());
    const [before, after] = times.map((t) => (texts.length * passes) / (sum(t) / 1000));
    report('corpus', 'ms CPU per pass', passes, times);
    console.log(`corpus articles per CPU second: baseline ${Math.round(before)}, current ${Math.round(after)}`);
  }
}

main();
