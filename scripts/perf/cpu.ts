/**
 * CPU time of the analysis, for comparing two builds on a shared, loaded machine: wall
 * times there measure the neighbours, `process.cpuUsage()` measures us.
 *   node out/scripts/perf/cpu.js [ANALYSIS_DIR] [--rounds N]
 * ANALYSIS_DIR holds a compiled `analyze.js` and `extract.js` (default: this build's), so a
 * saved copy of an older build can be measured alternately with the current one.
 * Prints one JSON line: CPU ms per 2,000-word article, and corpus articles per CPU second.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { longArticle } from '../bench/articles';
import { median } from '../bench/stats';
import { corpusDir } from '../eval/corpus';
import { loadAnalysis } from './load';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
const { dir, analyzeArticle, toExtract } = loadAnalysis(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds'));

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const article = longArticle(2000);
  const files = fs.existsSync(corpusDir()) ? fs.readdirSync(corpusDir()).filter((f) => f.endsWith('.md')).sort() : [];
  const texts = files.map((f) => fs.readFileSync(path.join(corpusDir(), f), 'utf8'));
  const perArticle: number[] = [];
  const perPass: number[] = [];
  const runs = 200;
  for (let i = 0; i < 100; i++) analyzeArticle(article);
  for (let round = 0; round < rounds; round++) {
    perArticle.push(cpuMs(() => {
      for (let i = 0; i < runs; i++) analyzeArticle(article);
    }) / runs);
    if (texts.length) perPass.push(cpuMs(() => {
      for (let i = 0; i < texts.length; i++) JSON.stringify(toExtract(analyzeArticle(texts[i]), files[i]));
    }));
  }
  const pass = median(perPass.slice(1));
  console.log(JSON.stringify({
    dir: path.relative(process.cwd(), dir) || '.',
    longArticleCpuMs: Number(median(perArticle.slice(1)).toFixed(3)),
    corpusArticlesPerCpuSecond: texts.length ? Math.round((texts.length / pass) * 1000) : null,
  }));
}

main();
