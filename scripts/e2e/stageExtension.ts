/**
 * Copies the files the .vsix would hold (as `vsce ls` lists them, i.e. what .vscodeignore
 * allows) into a folder of their own, and the tests load the extension from there.
 * Two reasons: the tests then exercise what ships, not what happens to lie in the repository;
 * and VS Code watches a development extension's folder, which for the repository root means
 * node_modules and the code-server install: slow enough on two cores that the workbench
 * gave up on the configured colour theme.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The packaged file list of the extension at `root`, relative paths. */
export function packagedFiles(root: string): string[] {
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Copies the packaged files of `root` into `target`; returns `target`. */
export function stageExtension(root: string, target: string): string {
  for (const file of packagedFiles(root)) {
    const to = path.join(target, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(root, file), to);
  }
  return target;
}
