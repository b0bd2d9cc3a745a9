/**
 * `npm run bench`: how fast Copydesk is, with peer tools measured in the same run.
 * Prints medians and ratios (these machines are shared and noisy; means would mislead).
 *   --quick   fewer runs, for a smoke check
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { toExtract } from '../../server/src/analysis/extract';
import { corpusDir } from '../eval/corpus';
import { longArticle, writeArticles } from './articles';
import { benchLint } from './lint';
import { DEFAULT_CHECK_DELAY } from '../../server/src/server';
import { benchServer } from './server';
import { median, percentile, timeRuns } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
/** Corpus passes run before the extract figure is timed, while V8 compiles the analysis. */
const EXTRACT_WARM_UP_PASSES = 5;

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}

async function benchAnalysis(): Promise<void> {
  const text = longArticle(2000);
  const words = text.split(/\s+/).filter(Boolean).length;
  const times = timeRuns(() => analyzeArticle(text), quick ? 200 : 1000, quick ? 50 : 200);
  console.log(`\nAnalysis of one article (${words} words, generated from examples/), ${times.length} runs`);
  line('median', `${median(times).toFixed(2)} ms   (target ≤ 2 ms)`);
  line('p99', `${percentile(times, 99).toFixed(2)} ms   (target ≤ 10 ms)`);
  // The language server analyses after a pause in typing, not back to back: the same analysis
  // after the same pause shows what an idle machine's cold caches add to each edit.
  const paused: number[] = [];
  for (let i = 0; i < (quick ? 10 : PAUSED_RUNS); i++) {
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_CHECK_DELAY));
    paused.push(timeRuns(() => analyzeArticle(text), 1, 0)[0]);
  }
  line(`median, each after a ${DEFAULT_CHECK_DELAY} ms pause (as the server)`, `${median(paused).toFixed(2)} ms   (${(median(paused) / median(times)).toFixed(1)}× back to back; ${paused.length} runs)`);
}

/** Runs timed after a pause each: 60 take nine seconds. */
const PAUSED_RUNS = 60;

function corpusFiles(): string[] {
  const dir = corpusDir();
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
}

function benchExtract(files: string[]): void {
  console.log(`\ncopydesk extract over ${files.length} corpus articles`);
  // In one process, CPU time: what one core does once V8 has compiled the analysis. The
  // process's CPU time counts every thread, and for the first passes V8's compiler threads
  // add a third on top of the analysis itself (CPU time over wall time was 1.3 in the second
  // pass, 1.0 from the sixth on), so the passes while it compiles are not timed.
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const pass = (): void => {
    for (let i = 0; i < texts.length; i++) JSON.stringify(toExtract(analyzeArticle(texts[i]), files[i]));
  };
  const warmUp = quick ? 1 : EXTRACT_WARM_UP_PASSES;
  for (let round = 0; round < warmUp; round++) pass();
  const rounds: number[] = [];
  for (let round = 0; round < (quick ? 1 : 5); round++) {
    const cpu = process.cpuUsage();
    pass();
    const used = process.cpuUsage(cpu);
    rounds.push((used.user + used.system) / 1000);
  }
  const cpuMs = median(rounds);
  line(`per core, one process (median CPU of passes ${warmUp + 1}–${warmUp + rounds.length})`, `${Math.round((texts.length / cpuMs) * 1000)} articles/s   (target ≥ 1,000)`);
  line('peak memory (RSS) of that process', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (!fs.existsSync(CLI)) {
    line('the command itself', 'skipped: run npm run build first');
    return;
  }
  // The command as a user runs it: one process, start-up included.
  const walls: number[] = [];
  for (let round = 0; round < (quick ? 1 : 3); round++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [CLI, 'extract', '--format', 'jsonl', ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) {
      line('the command itself', `failed (exit ${run.status}): ${run.stderr.split('\n')[0]}`);
      return;
    }
    walls.push(ms);
  }
  line('`copydesk extract --format jsonl`, wall time, start-up included', `${Math.round((files.length / median(walls)) * 1000)} articles/s (${median(walls).toFixed(0)} ms)`);
}

async function main(): Promise<void> {
  console.log(`Copydesk benchmark — Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
  await benchAnalysis();
  const files = corpusFiles();
  if (files.length) benchExtract(files);
  else console.log(`\nSkipped the corpus benchmark: no corpus at ${corpusDir()}.`);
  // The linters compare on the corpus and on 2,000 articles generated from examples/.
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  try {
    await benchLint([...files, ...writeArticles(generated, quick ? 200 : 2000)]);
  } finally {
    fs.rmSync(generated, { recursive: true, force: true });
  }
  await benchServer();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
