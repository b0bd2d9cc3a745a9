/**
 * Which files `copydesk lint` checks. Named files are linted as named; folders and globs
 * yield the articles in them: `*.article.md` files, and Markdown files whose front matter
 * marks them as articles (`type`, `dateline` or `agency`), or whatever the configuration's
 * `files` globs say; minus its `ignore` globs. Folders are walked once each, whatever
 * symbolic links point back into them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, isArticle, isIgnored, matches, type ProjectConfig } from '../config';
import { describeFsError } from './readArticle';

export interface FileTarget {
  /** Absolute path. */
  path: string;
  /** The path as the user gave it, or as found under the folder they gave. */
  display: string;
}

export interface DiscoveryProblem {
  path: string;
  message: string;
  /** A problem that makes the run fail (exit 2); otherwise a note (an ignored file named outright). */
  fatal: boolean;
}

export interface Discovery {
  files: FileTarget[];
  problems: DiscoveryProblem[];
}

export interface DiscoveryOptions {
  cwd: string;
  /** The configuration for a file, or the error that loading it raised. */
  configFor(file: string): ProjectConfig | ConfigError;
  /** Apply `ignore` globs (false with `--no-ignore`). */
  ignore: boolean;
}

/** Folders never worth walking. */
const SKIPPED = new Set(['node_modules', 'bower_components', '.git', '.hg', '.svn']);
const GLOB = /[*?[\]{}!]/;
/** Enough of a file to see its front matter. */
const HEAD_BYTES = 64 * 1024;

export function discover(args: readonly string[], options: DiscoveryOptions): Discovery {
  const seen = new Set<string>();
  const result: Discovery = { files: [], problems: [] };
  const reportedConfigs = new Set<string>();
  const add = (file: string, display: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    result.files.push({ path: file, display });
  };
  const problem = (file: string, message: string, fatal = true): void => {
    result.problems.push({ path: file, message, fatal });
  };
  const configFor = (file: string): ProjectConfig | null => {
    const config = options.configFor(file);
    if (!(config instanceof ConfigError)) return config;
    if (!reportedConfigs.has(config.message)) {
      reportedConfigs.add(config.message);
      result.problems.push({ path: config.file, message: config.message.slice(config.file.length + 2), fatal: true });
    }
    return null;
  };
  const wanted = (file: string): boolean => {
    const config = configFor(file);
    if (!config || (options.ignore && isIgnored(config, file))) return false;
    if (config.files) return matches(config.files, file);
    return isArticleFile(file, config);
  };

  for (const arg of args.length ? args : ['.']) {
    const absolute = path.resolve(options.cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB.test(arg)) {
        const found = globFiles(arg, options.cwd, wanted, problem);
        if (!found.length) problem(arg, 'no files match this pattern');
        for (const file of found) add(file, path.relative(options.cwd, file) || file);
        continue;
      }
      problem(arg, describeFsError(error));
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(absolute, new Set(), found, wanted, problem);
      for (const file of found.sort()) add(file, path.join(arg, path.relative(absolute, file)));
    } else {
      const config = configFor(absolute);
      if (options.ignore && config && isIgnored(config, absolute)) {
        problem(arg, `ignored by the "ignore" globs of ${config.path} (use --no-ignore to lint it)`, false);
        continue;
      }
      add(absolute, arg);
    }
  }
  return result;
}

/** Markdown files with an article's name or an article's front matter (by the configured `markdown` mode). */
function isArticleFile(file: string, config: ProjectConfig): boolean {
  const name = path.basename(file);
  if (/\.article\.md$/i.test(name)) return true;
  if (!/\.(?:md|markdown)$/i.test(name)) return false;
  const mode = config.markdown ?? 'auto';
  if (mode !== 'auto') return mode === 'always';
  return isArticle(readHead(file), 'auto');
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return ''; // unreadable files are reported when linted, if they are named; found by a walk they are no article
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function walk(directory: string, visited: Set<string>, found: string[], wanted: (file: string) => boolean, problem: (file: string, message: string) => void): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(directory);
    if (visited.has(real)) return; // a link back to a folder already walked
    visited.add(real);
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    problem(directory, describeFsError(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        // A broken link or a loop matters only where an article was meant to be.
        if (/\.(?:md|markdown)$/i.test(entry.name)) problem(full, describeFsError(error));
        continue;
      }
    }
    if (isDirectory) {
      if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name)) walk(full, visited, found, wanted, problem);
    } else if (isFile && wanted(full)) {
      found.push(full);
    }
  }
}

/** Files matching a glob, relative to the working folder; the walk starts at the glob's fixed prefix. */
function globFiles(pattern: string, cwd: string, wanted: (file: string) => boolean, problem: (file: string, message: string) => void): string[] {
  const posix = pattern.split(path.sep).join('/');
  const scan = picomatch.scan(posix);
  const base = path.resolve(cwd, scan.base || '.');
  const isMatch = picomatch(path.isAbsolute(posix) ? posix : path.posix.normalize(posix), { dot: false });
  const found: string[] = [];
  if (!fs.existsSync(base)) return found;
  const candidates: string[] = [];
  walk(base, new Set(), candidates, () => true, problem);
  for (const file of candidates) {
    const relative = path.isAbsolute(posix) ? file.split(path.sep).join('/') : path.relative(cwd, file).split(path.sep).join('/');
    if (isMatch(relative) && /\.(?:md|markdown)$/i.test(file) && wanted(file)) found.push(file);
  }
  return found.sort();
}
