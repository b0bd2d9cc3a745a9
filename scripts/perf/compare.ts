/**
 * Old build against new, alternately, so that the machine's load falls on both alike.
 *   node out/scripts/perf/compare.js save            copies this build's analysis to out/perf-baseline
 *   node out/scripts/perf/compare.js [--times N]     runs cpu.js on the saved and the current build N times each
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { median } from '../bench/stats';

const OUT = path.resolve(__dirname, '../..');
const CURRENT = path.join(OUT, 'server/src/analysis');
const BASELINE = path.join(OUT, 'perf-baseline/analysis');

interface Figures {
  longArticleCpuMs: number;
  corpusArticlesPerCpuSecond: number | null;
}

function measure(dir: string): Figures {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'cpu.js'), dir, '--rounds', '5'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cpu.js failed on ${dir}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Figures;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === 'save') {
    fs.rmSync(BASELINE, { recursive: true, force: true });
    fs.cpSync(CURRENT, BASELINE, { recursive: true });
    console.log(`saved ${CURRENT} as ${BASELINE}`);
    return;
  }
  const timesAt = args.indexOf('--times');
  const times = timesAt >= 0 ? Number(args[timesAt + 1]) : 4;
  const results: Record<'baseline' | 'current', Figures[]> = { baseline: [], current: [] };
  for (let i = 0; i < times; i++) {
    results.baseline.push(measure(BASELINE));
    results.current.push(measure(CURRENT));
  }
  for (const [name, list] of Object.entries(results)) {
    const ms = median(list.map((f) => f.longArticleCpuMs));
    const rate = median(list.map((f) => f.corpusArticlesPerCpuSecond ?? NaN));
    console.log(`${name.padEnd(9)} ${ms.toFixed(3)} ms per 2,000-word article   ${Math.round(rate)} corpus articles per CPU second   (${list.map((f) => f.longArticleCpuMs.toFixed(2)).join(' ')})`);
  }
}

main();
