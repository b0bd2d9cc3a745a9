/**
 * Suppression comments in an article's body:
 *   <!-- copydesk-disable-next-line rule-id, other-id -- reason -->
 *   <!-- copydesk-disable-line rule-id -- reason -->        (on the line it sits on)
 *   <!-- copydesk-disable rule-id -- reason --> ... <!-- copydesk-enable rule-id -->
 * No rule ids means every rule. The reason after ` -- ` is free text kept for the audit
 * trail; it is what a desk editor reads when asking why a warning is gone.
 */
import type { ArticleModel, Span } from '../analysis/model';
import { lineAt, lineStarts } from '../analysis/lines';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty for every rule. */
  rules: string[];
  reason: string | null;
  /** The whole HTML comment. */
  span: Span;
}

/** A directive, or one rule id in it, that suppressed nothing. */
export interface UnusedDirective {
  directive: Directive;
  /** The rule id named in the directive; null when it names none (every rule). */
  rule: string | null;
  /** The rule id names no rule at all. */
  unknown: boolean;
}

const DIRECTIVE = /^copydesk-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(model: ArticleModel): Directive[] {
  const directives: Directive[] = [];
  for (const comment of model.comments) {
    const match = DIRECTIVE.exec(comment.body.trim());
    if (!match) continue;
    const [names, ...reason] = match[2].split(/\s--(?:\s|$)/);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules: names.split(/[\s,]+/).filter(Boolean),
      reason: reason.length ? reason.join(' -- ').trim() || null : null,
      span: { start: comment.start, end: comment.end },
    });
  }
  return directives.sort((a, b) => a.span.start - b.span.start);
}

/** Decides which findings the comments suppress, and remembers which comment did it. */
export class Suppressions {
  #lines: Directive[];
  #blocks: Directive[];
  #starts: number[] | undefined;
  #text: string;
  #used = new Map<Directive, Set<string>>();

  constructor(model: ArticleModel, directives: Directive[] = parseDirectives(model)) {
    this.#text = model.text;
    this.#lines = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
    this.#blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  }

  get directives(): Directive[] {
    return [...this.#lines, ...this.#blocks].sort((a, b) => a.span.start - b.span.start);
  }

  /** The comment that suppresses a finding of `rule` at `span`, if any (without counting it as used). */
  directiveFor(rule: string, span: Span): Directive | undefined {
    return this.#lineDirective(rule, span) ?? this.#blockDirective(rule, span.start);
  }

  /** Whether a finding of `rule` at `span` is suppressed. */
  suppresses(rule: string, span: Span): boolean {
    const hit = this.directiveFor(rule, span);
    if (!hit) return false;
    let used = this.#used.get(hit);
    if (!used) this.#used.set(hit, (used = new Set()));
    used.add(rule);
    return true;
  }

  /** Disable comments that suppressed nothing, per rule id they name. */
  unused(knownRules: ReadonlySet<string>): UnusedDirective[] {
    const unused: UnusedDirective[] = [];
    for (const directive of this.directives) {
      if (directive.kind === 'enable') continue;
      const used = this.#used.get(directive);
      if (!directive.rules.length) {
        if (!used) unused.push({ directive, rule: null, unknown: false });
        continue;
      }
      for (const rule of directive.rules) {
        if (!used?.has(rule)) unused.push({ directive, rule, unknown: !knownRules.has(rule) });
      }
    }
    return unused;
  }

  #lineDirective(rule: string, span: Span): Directive | undefined {
    if (!this.#lines.length) return undefined;
    const starts = (this.#starts ??= lineStarts(this.#text));
    const first = lineAt(starts, span.start);
    const last = lineAt(starts, Math.max(span.start, span.end - 1));
    return this.#lines.find((d) => {
      if (d.rules.length && !d.rules.includes(rule)) return false;
      const commentFirst = lineAt(starts, d.span.start);
      const commentLast = lineAt(starts, Math.max(d.span.start, d.span.end - 1));
      const [from, to] = d.kind === 'disable-line' ? [commentFirst, commentLast] : [commentLast + 1, commentLast + 1];
      return first <= to && last >= from;
    });
  }

  /** The `disable` comment in force for `rule` at `offset`, if any: the last matching block directive before it decides. */
  #blockDirective(rule: string, offset: number): Directive | undefined {
    let active: Directive | undefined;
    for (const d of this.#blocks) {
      if (d.span.end > offset) break;
      if (d.rules.length && !d.rules.includes(rule)) continue;
      active = d.kind === 'disable' ? d : undefined;
    }
    return active;
  }
}
