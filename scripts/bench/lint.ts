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
import { median } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BIN = path.join(ROOT, 'node_modules', '.bin');

export interface LintBenchResult {
  files: number;
  /** Files per second, median of the runs; null when the tool could not run. */
  copydesk: number | null;
  copydeskJobs2: number | null;
  markdownlint: number | null;
  textlint: number | null;
  ratios: { overMarkdownlint: number | null; overTextlint: number | null; jobs2OverSingle: number | null };
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
  const empty: LintBenchResult = { files: 0, copydesk: null, copydeskJobs2: null, markdownlint: null, textlint: null, ratios: { overMarkdownlint: null, overTextlint: null, jobs2OverSingle: null } };
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
    for (const [key, tool] of Object.entries(tools) as Array<[keyof typeof tools, Tool]>) {
      rates[key] = rate(tool, files.length, runs);
      const value = rates[key];
      line(tool.name, value === null ? 'failed (see above)' : `${Math.round(value)} files/s`);
    }
    const ratio = (a: number | null | undefined, b: number | null | undefined): number | null => (a && b ? a / b : null);
    const result: LintBenchResult = {
      files: files.length,
      copydesk: rates.copydesk ?? null,
      copydeskJobs2: rates.copydeskJobs2 ?? null,
      markdownlint: rates.markdownlint ?? null,
      textlint: rates.textlint ?? null,
      ratios: {
        overMarkdownlint: ratio(rates.copydesk, rates.markdownlint),
        overTextlint: ratio(rates.copydesk, rates.textlint),
        jobs2OverSingle: ratio(rates.copydeskJobs2, rates.copydesk),
      },
    };
    const show = (value: number | null, target: number): string => (value === null ? 'n/a' : `${value.toFixed(1)}×   (target ≥ ${target}×${value >= target ? '' : ', MISSED'})`);
    line('copydesk single-threaded ÷ markdownlint-cli2', show(result.ratios.overMarkdownlint, 5));
    line('copydesk single-threaded ÷ textlint', show(result.ratios.overTextlint, 15));
    line('copydesk --jobs 2 ÷ single-threaded', show(result.ratios.jobs2OverSingle, 1.7));
    return result;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

function writeConfigs(dir: string): { copydesk: string; textlint: string } {
  const copydesk = path.join(dir, '.copydesk.yaml');
  fs.writeFileSync(copydesk, 'root: true\n');
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true }, noProgress: true, outputFormatters: [] }, null, 2));
  const textlint = path.join(dir, '.textlintrc.json');
  fs.writeFileSync(textlint, JSON.stringify({ rules: { 'write-good': true } }, null, 2));
  return { copydesk, textlint };
}

/** Files per second over `runs` runs (median wall time), or null when the tool fails. */
function rate(tool: Tool, files: number, runs: number): number | null {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(tool.command, tool.args, { cwd: tool.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.error || !tool.ok.includes(run.status ?? -1)) {
      console.log(`  ${tool.name} failed (exit ${run.status}): ${(run.error?.message ?? run.stderr ?? '').split('\n').slice(0, 3).join(' | ')}`);
      return null;
    }
    times.push(ms);
  }
  return (files / median(times)) * 1000;
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}
