/** Reading and analysing one article under its configuration: what extract and report share with lint. */
import * as path from 'node:path';
import { analyzeArticle } from '../analysis/analyze';
import type { ArticleModel } from '../analysis/model';
import type { AnalysisOptions } from '../analysis/options';
import { ConfigError, loadConfigFile, type ProjectConfig } from '../config';
import { integer, oneOf, parse, UsageError } from './args';
import { configLookup } from './configLookup';
import type { ConfigLookup } from './lintFile';
import { problemLine, type Output } from './output';
import { DEFAULT_MAX_FILE_SIZE, readArticle } from './readArticle';

export function analysisOptions(config: ProjectConfig): AnalysisOptions {
  return config.style ? { style: config.style, lexicon: config.lexicon } : { lexicon: config.lexicon };
}

export type Analyzed = { ok: true; model: ArticleModel; config: ProjectConfig } | { ok: false; message: string };

export function analyzeFile(file: string, configFor: ConfigLookup, maxFileSize: number): Analyzed {
  const config = configFor(path.resolve(file));
  if (config instanceof ConfigError) return { ok: false, message: config.message };
  const read = readArticle(file, maxFileSize);
  if (!read.ok) return read;
  try {
    return { ok: true, model: analyzeArticle(read.text, analysisOptions(config)), config };
  } catch (error) {
    // A bug in the analysis costs this file, not the JSON already printed for the others.
    return { ok: false, message: `internal error while analysing it: ${error instanceof Error ? error.message : String(error)} (please report this)` };
  }
}

const ARTICLE_OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ArticleCommand<F extends string> {
  help: boolean;
  format: F;
  files: string[];
  configFor: ConfigLookup;
  maxFileSize: number;
}

/** The command line of a command that reads the articles it is given (extract, report). */
export function parseArticleCommand<F extends string>(args: string[], command: string, formats: readonly F[]): ArticleCommand<F> {
  const { values, positionals } = parse(args, ARTICLE_OPTIONS);
  const format = oneOf(values.format, '--format', formats, formats[0]);
  if (values.help) return { help: true, format, files: [], configFor: configLookup(null), maxFileSize: 0 };
  const maxFileSize = maxFileSizeOption(values['max-file-size']);
  if (!positionals.length) throw new UsageError(`${command} needs at least one file`);
  const configFile = typeof values.config === 'string' ? path.resolve(values.config) : null;
  if (configFile) loadConfigFile(configFile); // an invalid --config fails the whole run, before any file is read
  return { help: false, format, files: positionals, configFor: configLookup(configFile), maxFileSize };
}

/** `--max-file-size MB` in bytes. */
export function maxFileSizeOption(value: string | boolean | string[] | undefined): number {
  return (integer(value, '--max-file-size', 1) ?? DEFAULT_MAX_FILE_SIZE / 1024 / 1024) * 1024 * 1024;
}

/**
 * Analyses each file in turn (the command's own, or `files` found for it, read from `path` and
 * named as `display`), telling stderr about each one that cannot be read; false when any could not.
 */
export function forEachArticle(
  command: ArticleCommand<string>,
  io: Output,
  visit: (model: ArticleModel, file: string, config: ProjectConfig) => void,
  files: ReadonlyArray<{ path: string; display: string }> = command.files.map((file) => ({ path: file, display: file })),
): boolean {
  let ok = true;
  for (const file of files) {
    const analyzed = analyzeFile(file.path, command.configFor, command.maxFileSize);
    if (analyzed.ok) {
      visit(analyzed.model, file.display, analyzed.config);
    } else {
      io.err(problemLine(file.display, analyzed.message));
      ok = false;
    }
  }
  return ok;
}
