/** Shared by the rule tests: real analyses of small articles, findings located by their text. */
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import type { AnalysisOptions } from '../../../server/src/analysis/options';
import { allRules, runRules, type RunRulesConfig } from '../../../server/src/rules';
import type { Finding } from '../../../server/src/rules/types';

export const NEWS_FRONT_MATTER = 'title: Test story\nbyline: [Ana Reporter]\ntype: news\nstyle: plain\ndate: 2025-06-03';

/** An article: front matter (a plain-style news story by default) and a body. */
export function article(body: string, frontMatter = NEWS_FRONT_MATTER): string {
  return `---\n${frontMatter}\n---\n\n${body.replace(/^\n+/, '')}`;
}

/** The offset of the `occurrence`-th `needle` in `text`; fails the test when it is not there. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.notEqual(offset, -1, `"${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return offset;
}

/** Every rule on (those off by default at warning, the others as they come), unless `overrides` say otherwise. */
export function allOn(overrides: RunRulesConfig['rules'] = {}): RunRulesConfig {
  const rules: RunRulesConfig['rules'] = {};
  for (const rule of allRules) if (rule.defaultSeverity === 'off') rules[rule.id] = { severity: 'warning', options: {} };
  return { style: null, rules: { ...rules, ...overrides } };
}

/** The findings of one rule (with every rule on) for `text`. */
export function findings(text: string, rule: string, options: Record<string, unknown> = {}, analysis: AnalysisOptions = {}): Finding[] {
  const config = allOn();
  if (Object.keys(options).length) config.rules[rule] = { severity: config.rules[rule]?.severity ?? 'warning', options };
  return runRules(analyzeArticle(text, analysis), config).filter((f) => f.rule === rule);
}

/** The text each finding covers, for readable assertions. */
export function spans(text: string, found: readonly Finding[]): string[] {
  return found.map((f) => text.slice(f.span.start, f.span.end));
}

/** Asserts one finding of `rule` whose span covers the first `snippet` (or exactly it, with `exact`). */
export function expectFinding(text: string, rule: string, snippet: string, options: Record<string, unknown> = {}, exact = false): Finding {
  const found = findings(text, rule, options);
  const start = offsetOf(text, snippet);
  const end = start + snippet.length;
  const hit = found.find((f) => (exact ? f.span.start === start && f.span.end === end : f.span.start < end && start < f.span.end));
  assert.ok(hit, `expected ${rule} at "${snippet}"; found ${JSON.stringify(spans(text, found))}`);
  return hit;
}

/** Asserts that `rule` reports nothing (or nothing touching `snippet`). */
export function expectNone(text: string, rule: string, snippet?: string, options: Record<string, unknown> = {}): void {
  const found = findings(text, rule, options);
  if (snippet === undefined) {
    assert.deepEqual(spans(text, found), [], `expected no ${rule}`);
    return;
  }
  const start = offsetOf(text, snippet);
  const end = start + snippet.length;
  const hits = found.filter((f) => f.span.start < end && start < f.span.end);
  assert.deepEqual(spans(text, hits), [], `expected no ${rule} at "${snippet}"`);
}

/** The text after every edit of a fix is applied. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes[index];
  assert.ok(fix, `the finding has no fix ${index}: ${finding.message}`);
  let result = text;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/**
 * A check the analysis (not the rule) gets wrong today. While it fails, the test is reported
 * as pending with the bug in its title, so `npm test` stays usable; once the analysis is
 * fixed the check passes and the test fails, asking for the mark to be removed.
 */
export function analysisBug(context: Mocha.Context, bug: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof assert.AssertionError)) throw error;
    if (context.test) context.test.title += ` [KNOWN ANALYSIS BUG: ${bug}]`;
    context.skip();
  }
  throw new Error(`The analysis now gets this right (${bug}): remove the analysisBug() mark.`);
}
