/** Runs the built command line (`dist/cli.js`) as a user would, and captures what it says. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message when the bundle has not been built. */
export function requireBuiltCli(): void {
  if (!fs.existsSync(CLI)) assert.fail(`${path.relative(REPO, CLI)} is missing: run "npm run build" before the CLI tests (npm test does).`);
}

export function copydesk(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Run {
  requireBuiltCli();
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COPYDESK_DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Asserts a user error was told in words, not with a stack trace. */
export function assertNoStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at .+\(.+:\d+:\d+\)/, `a stack trace reached the user:\n${run.stderr}`);
}

/** The JSON that `lint --format json` printed. */
export interface JsonReport {
  file: string;
  diagnostics: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

export function lintJson(run: Run): JsonReport[] {
  try {
    return JSON.parse(run.stdout) as JsonReport[];
  } catch {
    assert.fail(`stdout is not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** A news article with the given body, as a file's text. */
export function articleText(body: string, frontMatter = 'title: Strike\nbyline: [Ana Reporter]\ntype: news\nstyle: plain\ndate: 2025-06-03'): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

export const CLEAN_BODY = 'LISBON — Dockworkers walked off the job on Tuesday, union president Marta Sousa said.';
export const WARNING_BODY = 'LISBON — Dockworkers walked off the job on Tuesday.\n\n"This is the worst summer for the port since anyone can remember."';
export const ERROR_BODY = 'LISBON — Dockworkers walked off the job on Tuesday.\n\n"We are not going back without a signed contract, Sousa told a rally on Tuesday.\n\nThe association said shipments were being diverted.';
