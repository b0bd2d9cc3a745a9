/**
 * `copydesk lint --format json` side by side with markdownlint-cli2 and textlint (with
 * textlint-rule-write-good), each run as a child process over the same files, start-up
 * included, the way CI runs them. Each tool gets a configuration of its own in a temporary
 * folder, so no configuration in the repository or the corpus changes what it does.
 * Prints files per second for each and the ratios against the targets.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { configLookup } from '../../server/src/cli/configLookup';
import { lintFile } from '../../server/src/cli/lintFile';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/cli/readArticle';
import { median } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BIN = path.join(ROOT, 'node_modules', '.bin');

export interface LintBenchResult {
  files: number;
  /** Files per second of wall time, median of the runs; null when the tool could not run. */
  copydesk: number | null;
  copydeskJobs2: number | null;
  markdownlint: number | null;
  textlint: number | null;
  ratios: { overMarkdownlint: number | null; overTextlint: number | null; jobs2OverSingle: number | null };
  /** `copydesk lint`'s own work in files per second: in this process, once V8 has compiled it. */
  copydeskWarm: number | null;
  /** Files per second of CPU time (user + system): what one core does, and what a busy machine hides. */
  cpu: { copydesk: number | null; markdownlint: number | null; textlint: number | null; overMarkdownlint: number | null; overTextlint: number | null };
}

interface Tool {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** Exit codes that mean "ran and reported findings". */
  ok: number[];
}

export async function benchLint(files: string[], runs = process.argv.includes('--quick') ? 1 : 3): Promise<LintBenchResult> {
  const empty: LintBenchResult = {
    files: 0,
    copydesk: null,
    copydeskJobs2: null,
    markdownlint: null,
    textlint: null,
    copydeskWarm: null,
    ratios: { overMarkdownlint: null, overTextlint: null, jobs2OverSingle: null },
    cpu: { copydesk: null, markdownlint: null, textlint: null, overMarkdownlint: null, overTextlint: null },
  };
  console.log(`\nLinting the same ${files.length} files: copydesk against markdownlint-cli2 and textlint + write-good (wall time, start-up included, median of ${runs})`);
  if (!files.length) {
    console.log('  skipped: no files');
    return empty;
  }
  if (!fs.existsSync(CLI)) {
    console.log('  skipped: dist/cli.js is missing (run npm run build first)');
    return empty;
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-lint-'));
  try {
    const configs = writeConfigs(temp);
    const tools: Record<'copydesk' | 'copydeskJobs2' | 'markdownlint' | 'textlint', Tool> = {
      copydesk: { name: 'copydesk lint --format json --jobs 1', command: process.execPath, args: [CLI, 'lint', '--format', 'json', '--jobs', '1', '--config', configs.copydesk, ...files], cwd: temp, ok: [0, 1] },
      copydeskJobs2: { name: 'copydesk lint --format json --jobs 2', command: process.execPath, args: [CLI, 'lint', '--format', 'json', '--jobs', '2', '--config', configs.copydesk, ...files], cwd: temp, ok: [0, 1] },
      // ":" marks a literal path for markdownlint-cli2 (no glob expansion), as the files are given.
      markdownlint: { name: 'markdownlint-cli2 (default rules)', command: path.join(BIN, 'markdownlint-cli2'), args: files.map((f) => `:${f}`), cwd: temp, ok: [0, 1] },
      // textlint finds its rule packages from the folder it runs in: the repository's node_modules.
      textlint: { name: 'textlint + textlint-rule-write-good', command: path.join(BIN, 'textlint'), args: ['--config', configs.textlint, '--format', 'json', ...files], cwd: ROOT, ok: [0, 1] },
    };
    const rates: Partial<Record<keyof typeof tools, number | null>> = {};
    const cpuRates: Partial<Record<keyof typeof tools, number | null>> = {};
    for (const [key, tool] of Object.entries(tools) as Array<[keyof typeof tools, Tool]>) {
      const measured = rate(tool, files.length, runs);
      rates[key] = measured?.wall ?? null;
      cpuRates[key] = measured?.cpu ?? null;
      line(tool.name, measured === null ? 'failed (see above)' : `${Math.round(measured.wall)} files/s   (${Math.round(measured.cpu)} per CPU-second)`);
    }
    const ratio = (a: number | null | undefined, b: number | null | undefined): number | null => (a && b ? a / b : null);
    const result: LintBenchResult = {
      files: files.length,
      copydesk: rates.copydesk ?? null,
      copydeskJobs2: rates.copydeskJobs2 ?? null,
      markdownlint: rates.markdownlint ?? null,
      textlint: rates.textlint ?? null,
      copydeskWarm: null,
      ratios: {
        overMarkdownlint: ratio(rates.copydesk, rates.markdownlint),
        overTextlint: ratio(rates.copydesk, rates.textlint),
        jobs2OverSingle: ratio(rates.copydeskJobs2, rates.copydesk),
      },
      cpu: {
        copydesk: cpuRates.copydesk ?? null,
        markdownlint: cpuRates.markdownlint ?? null,
        textlint: cpuRates.textlint ?? null,
        overMarkdownlint: ratio(cpuRates.copydesk, cpuRates.markdownlint),
        overTextlint: ratio(cpuRates.copydesk, cpuRates.textlint),
      },
    };
    const show = (value: number | null, target: number): string => (value === null ? 'n/a' : `${value.toFixed(1)}×   (target ≥ ${target}×${value >= target ? '' : ', MISSED'})`);
    line('copydesk single-threaded ÷ markdownlint-cli2', show(result.ratios.overMarkdownlint, 5));
    line('copydesk single-threaded ÷ textlint', show(result.ratios.overTextlint, 15));
    line('copydesk --jobs 2 ÷ single-threaded', show(result.ratios.jobs2OverSingle, 1.7));
    const cpu = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)}×`);
    line('per CPU-second: ÷ markdownlint-cli2, ÷ textlint', `${cpu(result.cpu.overMarkdownlint)}, ${cpu(result.cpu.overTextlint)}`);
    // Where the single-threaded run's time goes: the same linting in this process, where V8
    // has compiled it already, against the whole run with its start-up and compiling.
    result.copydeskWarm = warmLintRate(files, configs.copydesk, runs === 1 ? 2 : 4);
    line('copydesk lint, in one process V8 has warmed up', `${Math.round(result.copydeskWarm)} files/s   (÷ markdownlint-cli2 ${cpu(ratio(result.copydeskWarm, result.markdownlint))})`);
    if (result.copydesk) {
      const whole = files.length / result.copydesk;
      const warm = files.length / result.copydeskWarm;
      line('  start-up and V8 compiling in the --jobs 1 run', `${Math.max(0, whole - warm).toFixed(1)} s of ${whole.toFixed(1)} s`);
    }
    line('load average (1 min) after the runs', `${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
    return result;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Files per second of `copydesk lint --format json`'s work (read, analyse, check, print as
 * JSON) in this process, the median of the passes after the first: the first compiles.
 */
function warmLintRate(files: string[], config: string, passes: number): number {
  const configFor = configLookup(config);
  const options = { fix: false, reportUnusedDisables: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = process.hrtime.bigint();
    for (const file of files) JSON.stringify(lintFile(file, file, configFor, options));
    if (pass > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return (files.length / median(times)) * 1000;
}

function writeConfigs(dir: string): { copydesk: string; textlint: string } {
  const copydesk = path.join(dir, '.copydesk.yaml');
  fs.writeFileSync(copydesk, 'root: true\n');
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true }, noProgress: true, outputFormatters: [] }, null, 2));
  const textlint = path.join(dir, '.textlintrc.json');
  fs.writeFileSync(textlint, JSON.stringify({ rules: { 'write-good': true } }, null, 2));
  return { copydesk, textlint };
}

/**
 * Files per second over `runs` runs (median wall time, and median CPU time of the tool's
 * processes), or null when the tool fails. The shell's `times` reports the CPU its child used.
 */
function rate(tool: Tool, files: number, runs: number): { wall: number; cpu: number } | null {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync('/bin/sh', ['-c', '"$@" >/dev/null 2>"$ERRORS"; status=$?; times; exit $status', 'sh', tool.command, ...tool.args], {
      cwd: tool.cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ERRORS: path.join(os.tmpdir(), `copydesk-bench-${process.pid}.err`) },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.error || !tool.ok.includes(run.status ?? -1)) {
      const errors = fs.existsSync(run.error ? '' : path.join(os.tmpdir(), `copydesk-bench-${process.pid}.err`)) ? fs.readFileSync(path.join(os.tmpdir(), `copydesk-bench-${process.pid}.err`), 'utf8') : '';
      console.log(`  ${tool.name} failed (exit ${run.status}): ${(run.error?.message ?? errors).split('\n').slice(0, 3).join(' | ')}`);
      return null;
    }
    walls.push(ms);
    cpus.push(childCpuMs(run.stdout));
  }
  fs.rmSync(path.join(os.tmpdir(), `copydesk-bench-${process.pid}.err`), { force: true });
  return { wall: (files / median(walls)) * 1000, cpu: (files / median(cpus)) * 1000 };
}

/** The children's user + system time from the second line of the shell's `times` (`0m3.61s 0m0.13s`). */
function childCpuMs(times: string): number {
  const line = times.trim().split('\n').pop() ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}
