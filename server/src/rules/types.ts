/**
 * What a rule is and what it finds. Rules read the article model and return findings in
 * the model's terms (offsets, source ids); the language server and the CLI map findings to
 * their own outputs (LSP diagnostics, SARIF, JSON...). No rule knows about either.
 */
import type { ArticleModel, DatelineStyle, Span } from '../analysis/model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `copydesk lint --fix` and `source.fixAll.copydesk`; others are offered as quick fixes only. */
  safe: boolean;
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  related: RelatedLocation[];
  fixes: Fix[];
  /** Plain data a client needs to build its own fix or card (e.g. the source id). */
  data?: Record<string, unknown>;
}

export interface RuleContext {
  model: ArticleModel;
  style: DatelineStyle;
  /** This rule's options from the configuration (`rules: { id: [severity, options] }`). */
  options: Record<string, unknown>;
  severity: Severity;
}

/**
 * What a check returns: a finding before `runRules` stamps the rule id and severity on it.
 * `severity` is for the rare rule that reports at two levels (a missing title is an error, a
 * missing byline a warning); a severity set in the configuration overrides it.
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** One option a rule takes, described as JSON Schema (the config schema and the config loader both read it). */
export interface RuleOption {
  type: 'boolean' | 'number' | 'integer' | 'string' | 'array';
  description: string;
  default: unknown;
  enum?: string[];
  items?: { type: 'string'; enum?: string[] };
  minimum?: number;
}

export interface Rule {
  id: string;
  defaultSeverity: SeverityOrOff;
  /** `copydesk lint --fix` can fix what it reports (it offers safe fixes); a rule whose fixes are only quick fixes says false. */
  fixable: boolean;
  /** One line for `copydesk rules`, SARIF and the docs index. */
  description: string;
  /** The options the rule reads from `rules: { id: [severity, options] }`; none when absent. */
  options?: Record<string, RuleOption>;
  check(context: RuleContext): RuleFinding[];
}
