/**
 * `--changed-since REF`: the lines each file changed since a git ref (committed, staged or
 * not), so a pull request is told only about what it touched. Files git does not track yet
 * are new: all their lines count as changed.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** Absolute path → the 1-based line numbers changed; `'all'` for a file git does not track. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

export class GitError extends Error {
  override readonly name = 'GitError';
}

export function changedLines(ref: string, cwd: string): ChangedLines {
  const root = git(['rev-parse', '--show-toplevel'], cwd, 'this folder is not inside a git repository').trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root, `git cannot find the ref "${ref}"`);
  const changed: ChangedLines = new Map();
  const diff = git(['-c', 'core.quotepath=off', 'diff', '--unified=0', '--no-color', '--no-ext-diff', ref, '--'], root, `git diff against "${ref}" failed`);
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? null : new Set();
      if (current) changed.set(path.resolve(root, target.replace(/^b\//, '')), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  const untracked = git(['-c', 'core.quotepath=off', 'ls-files', '--others', '--exclude-standard', '-z'], root, 'git ls-files failed');
  for (const file of untracked.split('\0').filter(Boolean)) changed.set(path.resolve(root, file), 'all');
  return changed;
}

/** Whether a finding on 0-based lines `first`..`last` touches a changed line. */
export function touchesChange(lines: Set<number> | 'all' | undefined, first: number, last: number): boolean {
  if (lines === 'all') return true;
  if (!lines) return false;
  for (let line = first + 1; line <= last + 1; line++) if (lines.has(line)) return true;
  return false;
}

function git(args: string[], cwd: string, failure: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GitError(missing ? '--changed-since needs git, and git is not installed' : `--changed-since: ${failure}${stderr ? ` (${stderr})` : ''}`);
  }
}
