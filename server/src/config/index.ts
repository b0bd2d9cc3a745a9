/**
 * The project configuration: `.copydesk.yaml` files found by walking up from each article.
 * Nearer files win key by key over farther ones; `root: true` stops the walk; `extends:`
 * names other files, relative to the file that names them. Everything is data: no code is
 * ever loaded from a configuration, so a cloned repository cannot run anything through it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { DatelineStyle } from '../analysis/model';
import type { LexiconAdditions } from '../analysis/options';
import type { SeverityOrOff } from '../rules/types';
import { ConfigError } from './configError';
import { LEXICON_KEYS, parseConfigText, type ConfigFileData, type MarkdownMode, type RuleEntry } from './parse';

export { ConfigError } from './configError';
export { isArticle } from './articleTest';
export type { MarkdownMode } from './parse';

/** The names a configuration file may have, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.copydesk.yaml', '.copydesk.yml', '.copydesk.json'];

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** Glob patterns and the folder they are relative to (the folder of the file that wrote them). */
export interface GlobList {
  base: string;
  patterns: string[];
}

export interface ProjectConfig {
  style: DatelineStyle | null;
  /** Which plain `.md` files are articles; null leaves it to the caller (default `auto`). */
  markdown: MarkdownMode | null;
  rules: Record<string, RuleSetting>;
  lexicon: LexiconAdditions;
  /** What `copydesk lint` looks for when given a folder; null for the default (articles). */
  files: GlobList | null;
  ignore: GlobList[];
  /** The nearest configuration file; null when none applies. */
  path: string | null;
  /** Every file that contributed, farthest first. */
  sources: string[];
}

interface Layer {
  root: boolean;
  style?: DatelineStyle;
  markdown?: MarkdownMode;
  rules: Record<string, RuleEntry>;
  lexicon: LexiconAdditions;
  files?: GlobList;
  ignore: GlobList[];
  sources: string[];
}

const EMPTY_LAYER: Layer = { root: false, rules: {}, lexicon: {}, ignore: [], sources: [] };

/** The configuration in force for `file`; throws a ConfigError naming the file and line when one is invalid. */
export function loadConfigForFile(file: string): ProjectConfig {
  return new ConfigLoader().forFile(file);
}

/** One configuration file (and what it extends), with no walking: `copydesk lint --config FILE`. */
export function loadConfigFile(file: string): ProjectConfig {
  return new ConfigLoader().fromFile(file);
}

/** Loads configurations, reading each file and folder once: the CLI lints thousands of files with one. */
export class ConfigLoader {
  #files = new Map<string, Layer | ConfigError>();
  #folders = new Map<string, Layer | ConfigError>();

  forFile(file: string): ProjectConfig {
    return finish(this.#folder(path.dirname(path.resolve(file))));
  }

  forDirectory(directory: string): ProjectConfig {
    return finish(this.#folder(path.resolve(directory)));
  }

  fromFile(file: string): ProjectConfig {
    return finish(this.#file(path.resolve(file), []));
  }

  #folder(directory: string): Layer {
    const cached = this.#folders.get(directory);
    if (cached instanceof ConfigError) throw cached;
    if (cached) return cached;
    try {
      const own = configIn(directory);
      const layer = own ? this.#file(own, []) : EMPTY_LAYER;
      const parent = path.dirname(directory);
      const result = layer.root || parent === directory ? layer : merge(this.#folder(parent), layer);
      this.#folders.set(directory, result);
      return result;
    } catch (error) {
      if (error instanceof ConfigError) this.#folders.set(directory, error);
      throw error;
    }
  }

  #file(file: string, chain: string[]): Layer {
    const cached = this.#files.get(file);
    if (cached instanceof ConfigError) throw cached;
    if (cached) return cached;
    try {
      const data = parseConfigText(read(file), file);
      let base = EMPTY_LAYER;
      for (const parent of data.extends) {
        const target = path.resolve(path.dirname(file), parent.path);
        if (chain.includes(target) || target === file) {
          throw new ConfigError(file, `"extends: ${parent.path}" makes a cycle (${[...chain, file, target].map((f) => path.basename(f)).join(' → ')})`, parent);
        }
        if (!fs.existsSync(target)) throw new ConfigError(file, `"extends: ${parent.path}": no such file (${target})`, parent);
        base = merge(base, this.#file(target, [...chain, file]));
      }
      const layer = merge(base, toLayer(data));
      this.#files.set(file, layer);
      return layer;
    } catch (error) {
      if (error instanceof ConfigError) this.#files.set(file, error);
      throw error;
    }
  }
}

/** Whether `file` is excluded by the `ignore` globs of the configuration in force. */
export function isIgnored(config: ProjectConfig, file: string): boolean {
  return config.ignore.some((list) => matches(list, file));
}

/** Whether `file` matches one of the patterns, taken relative to their folder. */
export function matches(list: GlobList, file: string): boolean {
  const relative = path.relative(list.base, path.resolve(file)).split(path.sep).join('/');
  if (!relative || relative.startsWith('../') || path.isAbsolute(relative)) return false;
  return list.patterns.some((pattern) => matcher(pattern)(relative));
}

const matchers = new Map<string, (file: string) => boolean>();

function matcher(pattern: string): (file: string) => boolean {
  let match = matchers.get(pattern);
  if (!match) {
    // A pattern with no slash matches at any depth, as in .gitignore ("drafts" or "*.draft.md").
    const anchored = pattern.includes('/') ? pattern.replace(/^\.\//, '').replace(/^\//, '') : `**/${pattern}`;
    const glob = picomatch(anchored, { dot: true });
    const inside = picomatch(`${anchored.replace(/\/$/, '')}/**`, { dot: true });
    match = (file) => glob(file) || inside(file);
    matchers.set(pattern, match);
  }
  return match;
}

function configIn(directory: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(directory, name);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'a symbolic link loop' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message;
    throw new ConfigError(file, `cannot read the configuration: ${why}`);
  }
}

function toLayer(data: ConfigFileData): Layer {
  const base = path.dirname(data.file);
  const layer: Layer = { root: data.root, rules: data.rules, lexicon: data.lexicon, ignore: [], sources: [data.file] };
  if (data.style) layer.style = data.style;
  if (data.markdown) layer.markdown = data.markdown;
  if (data.files) layer.files = { base, patterns: data.files };
  if (data.ignore) layer.ignore = [{ base, patterns: data.ignore }];
  return layer;
}

/** `over` on top of `base`: scalars and `files` replace, rules merge by id (keeping options a severity-only entry leaves out), lists add up. */
function merge(base: Layer, over: Layer): Layer {
  const rules: Record<string, RuleEntry> = { ...base.rules };
  for (const [id, entry] of Object.entries(over.rules)) {
    rules[id] = { severity: entry.severity, options: entry.options ?? base.rules[id]?.options };
  }
  const lexicon: LexiconAdditions = {};
  for (const key of LEXICON_KEYS) {
    const values = [...(base.lexicon[key] ?? []), ...(over.lexicon[key] ?? [])];
    if (values.length) lexicon[key] = [...new Set(values)];
  }
  const people = [...(base.lexicon.people ?? []), ...(over.lexicon.people ?? [])];
  if (people.length) lexicon.people = people;
  const merged: Layer = { root: over.root, rules, lexicon, ignore: [...base.ignore, ...over.ignore], sources: [...base.sources, ...over.sources] };
  const style = over.style ?? base.style;
  const markdown = over.markdown ?? base.markdown;
  const files = over.files ?? base.files;
  if (style) merged.style = style;
  if (markdown) merged.markdown = markdown;
  if (files) merged.files = files;
  return merged;
}

function finish(layer: Layer): ProjectConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(layer.rules)) rules[id] = { severity: entry.severity, options: entry.options ?? {} };
  return {
    style: layer.style ?? null,
    markdown: layer.markdown ?? null,
    rules,
    lexicon: layer.lexicon,
    files: layer.files ?? null,
    ignore: layer.ignore,
    path: layer.sources[layer.sources.length - 1] ?? null,
    sources: layer.sources,
  };
}
