/**
 * What the real-editor suites share: the article they open, finding the editor, running it
 * headless with a deadline, and a scratch folder per run.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PORT_STRIKE as ARTICLE } from '../server/features/articles';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
/** The editor scripts live in the source tree; tsc does not copy them to out/. */
export const SCRIPTS = path.join(REPO_ROOT, 'test', 'editors');

/** The full path of `name` on the PATH, or undefined when it is not installed. */
export function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** A fresh folder holding the article, removed by the returned cleanup. */
export function scratchArticle(text = ARTICLE, name = 'port-strike.article.md'): { dir: string; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-editor-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { dir, file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, killing it at the deadline. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(command)} did not finish within ${options.timeoutMs} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Says why a suite is skipped, so a missing editor is never mistaken for a pass. */
export function skipBecause(context: Mocha.Context, reason: string): void {
  console.log(`      skipped: ${reason}`);
  context.skip();
}
