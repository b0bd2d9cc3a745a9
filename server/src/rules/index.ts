/**
 * The rules, and `runRules`: the one place a model becomes findings, with the configured
 * severities and options, the article's suppression comments and its front matter
 * `copydesk: { disable: [...] }`. The language server and the CLI both call it, so the
 * editor and CI agree on every finding.
 */
import type { ArticleModel, DatelineStyle, Span } from '../analysis/model';
import { anonymityUnexplained } from './anonymity-unexplained';
import { datelineMismatch } from './dateline-mismatch';
import { delayedAttribution } from './delayed-attribution';
import { Suppressions, type UnusedDirective } from './directives';
import { firstReference } from './first-reference';
import { frontMatterMissingField } from './front-matter-missing-field';
import { frontMatterSyntax } from './front-matter-syntax';
import { loadedAttributionVerb } from './loaded-attribution-verb';
import { malformedDateline } from './malformed-dateline';
import { missingDateline } from './missing-dateline';
import { mixedQuoteStyle } from './mixed-quote-style';
import type { Finding, Rule, RuleFinding, Severity, SeverityOrOff } from './types';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuotes } from './unbalanced-quotes';
import { vagueSource } from './vague-source';

/** Every rule, in the order `copydesk rules` and the docs list them. */
export const allRules: Rule[] = [
  missingDateline,
  malformedDateline,
  datelineMismatch,
  unattributedQuote,
  unattributedClaim,
  anonymityUnexplained,
  unbalancedQuotes,
  frontMatterSyntax,
  frontMatterMissingField,
  firstReference,
  vagueSource,
  loadedAttributionVerb,
  delayedAttribution,
  mixedQuoteStyle,
];

/** The id under which suppressions that suppressed nothing are reported (`--report-unused-disables`). */
export const UNUSED_DISABLE = 'unused-disable';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface RunRulesConfig {
  /** The configured dateline style; the article's own front matter `style` wins over it. */
  style: DatelineStyle | null;
  rules: Record<string, RuleSetting>;
  /** Report suppressions that suppressed nothing, at this severity (`true` means warning). */
  reportUnusedDisables?: boolean | Severity;
}

const ruleIds = new Set(allRules.map((rule) => rule.id));

/** The findings for one article, sorted by position. */
export function runRules(model: ArticleModel, config: RunRulesConfig): Finding[] {
  const suppressions = new Suppressions(model);
  const frontMatterDisabled = new Set(model.frontMatter?.fields.disabledRules ?? []);
  const reportUnused = unusedSeverity(config.reportUnusedDisables);
  const style = model.frontMatter?.fields.style ?? config.style ?? model.style;
  const findings: Finding[] = [];
  const usedFrontMatterDisables = new Set<string>();

  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    const configured = setting?.severity;
    const severity = configured ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const disabled = frontMatterDisabled.has(rule.id);
    if (disabled && !reportUnused) continue;
    const options = setting?.options ?? {};
    for (const raw of check(rule, { model, style, options, severity })) {
      if (disabled) {
        usedFrontMatterDisables.add(rule.id);
        continue;
      }
      if (suppressions.suppresses(rule.id, raw.span)) continue;
      findings.push(toFinding(rule.id, (configured as Severity | undefined) ?? raw.severity ?? severity, raw));
    }
  }

  if (reportUnused) {
    for (const unused of suppressions.unused(ruleIds)) findings.push(unusedComment(unused, reportUnused));
    findings.push(...unusedFrontMatterDisables(model, frontMatterDisabled, usedFrontMatterDisables, reportUnused));
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
}

/** A rule that throws loses its findings for this article, never the others' or the server. */
function check(rule: Rule, context: Parameters<Rule['check']>[0]): RuleFinding[] {
  try {
    return rule.check(context);
  } catch (error) {
    console.error(`copydesk: the rule ${rule.id} failed on this article: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return [];
  }
}

function toFinding(rule: string, severity: Severity, raw: RuleFinding): Finding {
  const finding: Finding = { rule, severity, message: raw.message, span: raw.span, related: raw.related, fixes: raw.fixes };
  if (raw.data) finding.data = raw.data;
  return finding;
}

function unusedSeverity(setting: RunRulesConfig['reportUnusedDisables']): Severity | null {
  if (!setting) return null;
  return setting === true ? 'warning' : setting;
}

function unusedComment(unused: UnusedDirective, severity: Severity): Finding {
  const { directive, rule } = unused;
  const message = unused.unknown
    ? `"${rule}" is not a Copydesk rule, so this comment suppresses nothing (see \`copydesk rules\`).`
    : rule
      ? `This comment disables ${rule}, but ${rule} reports nothing here: remove it${directive.rules.length > 1 ? ` from the list` : ''}.`
      : 'This comment disables every rule, but no rule reports anything here: remove it.';
  return {
    rule: UNUSED_DISABLE,
    severity,
    message,
    span: directive.span,
    related: [],
    fixes: directive.rules.length <= 1 || !rule ? [removeComment(directive.span)] : [],
    data: { directive: directive.kind, rule },
  };
}

function removeComment(span: Span): Finding['fixes'][number] {
  return { title: 'Remove this comment', edits: [{ span, newText: '' }], safe: false };
}

function unusedFrontMatterDisables(model: ArticleModel, disabled: Set<string>, used: Set<string>, severity: Severity): Finding[] {
  const location = model.frontMatter?.locations.find((l) => l.key === 'copydesk');
  if (!location) return [];
  const span = location.valueSpan ?? location.keySpan;
  return [...disabled]
    .filter((rule) => !used.has(rule))
    .map((rule) => ({
      rule: UNUSED_DISABLE,
      severity,
      message: ruleIds.has(rule)
        ? `The front matter disables ${rule}, but ${rule} reports nothing in this article.`
        : `"${rule}" in the front matter \`copydesk.disable\` is not a Copydesk rule.`,
      span,
      related: [],
      fixes: [],
      data: { directive: 'front-matter', rule },
    }));
}

export type { Finding, Rule, Severity, SeverityOrOff } from './types';
