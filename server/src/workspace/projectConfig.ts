/**
 * The server's side of the project configuration: `.copydesk.yaml` as the CLI reads it,
 * the CLI's test for "is this Markdown file an article", its `ignore` globs, and the rule
 * ids. Kept in one file so the editor and CI can never disagree on any of them.
 */
import { CONFIG_FILE_NAMES, ConfigLoader, isArticle, isIgnored, type ProjectConfig } from '../config';
import type { MarkdownMode } from '../protocol';
import { allRules } from '../rules';
import type { FileConfig } from './articleConfig';

export { CONFIG_FILE_NAMES };

/** Reads `.copydesk.yaml` files, each once until `reset()` (a file changed). */
export class ProjectConfigReader {
  #loader = new ConfigLoader();

  /** The configuration in force for a file; throws with the file and line when it is invalid. */
  read(file: string): FileConfig {
    return toFileConfig(this.#loader.forFile(file));
  }

  /** Whether the configuration's `ignore` globs leave this file out (as `copydesk lint` does). */
  isIgnored(file: string): boolean {
    try {
      return isIgnored(this.#loader.forFile(file), file);
    } catch {
      return false; // a broken configuration is reported where it is read; it ignores nothing
    }
  }

  reset(): void {
    this.#loader = new ConfigLoader();
  }
}

function toFileConfig(config: ProjectConfig): FileConfig {
  return { style: config.style, markdown: config.markdown, rules: config.rules, lexicon: config.lexicon, files: config.sources };
}

export function isArticleText(text: string, mode: MarkdownMode): boolean {
  return isArticle(text, mode);
}

export function ruleIds(): string[] {
  return allRules.map((rule) => rule.id);
}

/** Whether a path or URI names a configuration file. */
export function isConfigFile(pathOrUri: string): boolean {
  return CONFIG_FILE_NAMES.some((name) => pathOrUri.endsWith(`/${name}`) || pathOrUri === name);
}
