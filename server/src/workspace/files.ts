/** Finding the article files under the workspace folders. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Folders never worth walking: dependencies, build output of tools, version control. */
const SKIPPED = new Set(['node_modules', 'bower_components', '__pycache__']);

/** Files larger than this are not indexed (a 10 MB document is still served when opened). */
export const MAX_INDEXED_FILE = 2 * 1024 * 1024;

/**
 * How many folder entries a walk reads at most: an editor opened on a home folder must not
 * set the server reading the whole disk.
 */
export const MAX_WALKED_ENTRIES = 100_000;

/**
 * Every Markdown file under `root`, skipping hidden folders and dependencies; unreadable
 * folders are passed over. `truncated` says the walk stopped at `maxEntries`.
 */
export async function findMarkdownFiles(root: string, maxEntries = MAX_WALKED_ENTRIES): Promise<{ files: string[]; truncated: boolean }> {
  const found: string[] = [];
  const visited = new Set<string>();
  let entriesRead = 0;
  const walk = async (dir: string): Promise<void> => {
    if (entriesRead >= maxEntries) return;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entriesRead += entries.length;
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        if (entry.isSymbolicLink()) {
          const stat = await fs.stat(full).catch(() => undefined);
          if (stat?.isDirectory()) await walk(full);
          else if (stat?.isFile() && isMarkdown(entry.name)) found.push(full);
          continue;
        }
        await walk(full);
      } else if (entry.isFile() && isMarkdown(entry.name)) {
        found.push(full);
      }
    }
  };
  await walk(root);
  return { files: found.sort(), truncated: entriesRead >= maxEntries };
}

export function isMarkdown(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

export function isArticleFileName(name: string): boolean {
  return /\.article\.md$/i.test(name);
}
