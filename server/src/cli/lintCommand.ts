/**
 * `copydesk lint [paths or globs]`: the articles' findings in the format CI wants, and an
 * exit code it can act on: 0 clean (warnings within --max-warnings), 1 findings, 2 for a
 * usage mistake, an invalid configuration or a file that could not be read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfigFile } from '../config';
import { maxFileSizeOption } from './analyzeFile';
import { integer, oneOf, parse, UsageError } from './args';
import { changedLines, touchesChange } from './changedLines';
import { configLookup } from './configLookup';
import { discover, type FileTarget } from './discover';
import { automaticJobs } from './jobs';
import { countFindings, FORMATS } from './formats';
import { LINT_HELP } from './help';
import { lintFile, lintText, type FileReport, type LintOptions } from './lintFile';
import { problemLine, useColor, type Output } from './output';
import { lintInParallel, workerScript } from './pool';
import { decodeArticle } from './readArticle';
import { parseShard, takeShard } from './shard';
import { copydeskVersion } from './version';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  fix: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  'changed-since': { type: 'string' },
  'report-unused-disables': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-ignore': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Below this many files per thread, starting workers costs more than it saves, even when asked for. */
const FILES_PER_WORKER = 4;

export async function lintCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) {
    io.out(LINT_HELP);
    return 0;
  }
  const format = oneOf(values.format, '--format', Object.keys(FORMATS), 'stylish');
  const maxWarnings = integer(values['max-warnings'], '--max-warnings', 0);
  const jobs = integer(values.jobs, '--jobs', 1);
  const maxFileSize = maxFileSizeOption(values['max-file-size']);
  const shard = values.shard === undefined ? null : parseShard(String(values.shard));
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/4), not "${String(values.shard)}"`);
  if (values.stdin && positionals.length) throw new UsageError('--stdin lints standard input: give no paths with it');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (values.stdin && values.fix) throw new UsageError('--fix rewrites files; it cannot be used with --stdin');
  const cwd = process.cwd();
  const configFile = typeof values.config === 'string' ? path.resolve(cwd, values.config) : null;
  if (configFile) loadConfigFile(configFile); // an invalid --config fails the whole run, before any file is read
  const configFor = configLookup(configFile);
  const options: LintOptions = { fix: values.fix === true, reportUnusedDisables: values['report-unused-disables'] === true, maxFileSize };

  let reports: FileReport[];
  const problems: Array<{ path: string; message: string }> = [];
  if (values.stdin) {
    const display = typeof values['stdin-filename'] === 'string' ? values['stdin-filename'] : '<stdin>';
    reports = [lintStdin(display, path.resolve(cwd, display), configFor, options)];
  } else {
    const discovery = discover(positionals, { cwd, configFor, ignore: values['no-ignore'] !== true });
    for (const problem of discovery.problems) {
      if (problem.fatal) problems.push(problem);
      else io.err(problemLine(problem.path, problem.message));
    }
    let files = discovery.files;
    if (shard) files = takeShard(files, shard, (f) => path.relative(cwd, f.path).split(path.sep).join('/'));
    const changed = typeof values['changed-since'] === 'string' ? changedLines(values['changed-since'], cwd) : null;
    if (changed) files = files.filter((f) => changed.has(realPath(f.path)));
    reports = await lintAll(files, jobs, configFile, options);
    if (changed) {
      for (const report of reports) {
        const lines = changed.get(realPath(report.path));
        report.diagnostics = report.diagnostics.filter((d) => touchesChange(lines, d.range.start.line, d.range.end.line));
      }
    }
  }
  if (values.quiet) for (const report of reports) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');

  for (const problem of problems) io.err(problemLine(problem.path, problem.message));
  for (const report of reports) if (report.error !== null) io.err(problemLine(report.file, report.error));
  const color = useColor(io, values['no-color'] ? false : values.color === true ? true : undefined) && typeof values.output !== 'string';
  const text = FORMATS[format](reports, { cwd, color, version: copydeskVersion(), problems });
  if (typeof values.output === 'string') fs.writeFileSync(path.resolve(cwd, values.output), text);
  else io.out(text);

  if (problems.length || reports.some((r) => r.error !== null)) return 2;
  const counts = countFindings(reports);
  if (counts.errors) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    io.err(`copydesk: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function lintAll(files: FileTarget[], asked: number | undefined, configFile: string | null, options: LintOptions): Promise<FileReport[]> {
  const configFor = configLookup(configFile);
  const lintHere = (file: FileTarget): FileReport => {
    try {
      return lintFile(file.path, file.display, configFor, options);
    } catch (error) {
      return { file: file.display, path: file.path, diagnostics: [], fixed: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const jobs = asked ?? automaticJobs(files.length);
  const script = jobs > 1 && files.length >= jobs * FILES_PER_WORKER ? workerScript() : null;
  if (script) return lintInParallel(files, jobs, { configFile, options }, script, lintHere);
  return files.map(lintHere);
}

function lintStdin(display: string, absolute: string, configFor: ReturnType<typeof configLookup>, options: LintOptions): FileReport {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(0);
  } catch (error) {
    return { file: display, path: absolute, diagnostics: [], fixed: false, error: `cannot read standard input: ${(error as Error).message}` };
  }
  const read = decodeArticle(bytes);
  if (!read.ok) return { file: display, path: absolute, diagnostics: [], fixed: false, error: `standard input ${read.message}` };
  return lintText(read.text, absolute, display, configFor, options);
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
