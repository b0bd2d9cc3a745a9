/**
 * What decides how one document is analysed, checked and shown: `.copydesk.yaml` (the
 * project's rules) with the client's `copydesk.*` settings laid over it. Editor settings
 * win because they are the user's choice for this window; the file stays the shared
 * default the CLI and CI also read.
 */
import type { DatelineStyle } from '../analysis/model';
import type { AnalysisOptions, LexiconAdditions } from '../analysis/options';
import type { MarkdownMode, Settings, Severity as SettingSeverity } from '../protocol';
import type { SeverityOrOff } from '../rules/types';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** The rule configuration `runRules` takes. */
export interface RuleConfig {
  style: DatelineStyle | null;
  rules: Record<string, RuleSetting>;
}

/** The parts of a resolved `.copydesk.yaml` the server uses. */
export interface FileConfig {
  style: DatelineStyle | null;
  /** Which plain Markdown files are articles; null leaves it to the settings. */
  markdown: MarkdownMode | null;
  rules: Record<string, RuleSetting>;
  lexicon: LexiconAdditions;
  /** Every file the configuration came from (extended ones first); empty when none was found. */
  files: string[];
}

export interface ArticleConfig {
  analysis: AnalysisOptions;
  rules: RuleConfig;
  settings: Settings;
  /** The `.copydesk.yaml` files in force (extended ones first), nearest last. */
  configFiles: string[];
}

export const NO_FILE_CONFIG: FileConfig = { style: null, markdown: null, rules: {}, lexicon: {}, files: [] };

const SEVERITY: Record<SettingSeverity, SeverityOrOff> = {
  off: 'off',
  hint: 'hint',
  info: 'information',
  warning: 'warning',
  error: 'error',
};

/** The configuration for one document: the file's, with the client's settings laid over it. */
export function mergeConfig(file: FileConfig, settings: Settings): ArticleConfig {
  const rules: Record<string, RuleSetting> = { ...file.rules };
  for (const [id, severity] of Object.entries(settings.rules)) {
    rules[id] = { severity: SEVERITY[severity], options: file.rules[id]?.options ?? {} };
  }
  const style = settings.style ?? file.style;
  const analysis: AnalysisOptions = { lexicon: file.lexicon };
  if (style) analysis.style = style;
  // `auto` is also the settings' default, so it cannot tell a choice from no choice: the file's word stands then.
  const markdown = settings.markdown === 'auto' ? (file.markdown ?? 'auto') : settings.markdown;
  return { analysis, rules: { style, rules }, settings: { ...settings, markdown }, configFiles: file.files };
}
