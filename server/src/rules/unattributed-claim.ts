/**
 * unattributed-claim: a sentence that states a checkable fact (figures, records, causes,
 * named actors doing things) with no source in the sentence and none carried over from the
 * sentence before (AP: attribute in the same sentence, or where context makes it plain).
 * Reuters lets a non-contentious lead go unsourced when the sourcing comes high in the
 * story: a lead is exempt when one of the next two paragraphs attributes something.
 */
import { isClaim } from '../analysis/claims';
import type { ArticleModel, Claim } from '../analysis/model';
import { booleanOption, numberOption } from './options';
import type { Rule } from './types';

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'information',
  fixable: false,
  description: 'A factual claim (a figure, a record, a cause, an event) with no source.',
  options: {
    minScore: { type: 'number', default: 2, description: 'The claim score from which a sentence counts as a factual claim (figures score 2, statistics, comparisons, causes and named events 1 each; modals and questions subtract).' },
    sourcedLead: { type: 'boolean', default: true, description: 'Let the lead go unsourced when one of the next two paragraphs attributes something (Reuters).' },
  },
  check({ model, options }) {
    return unsourcedClaims(model, options).map((claim) => ({
      message: `This reads as a factual claim (${describe(claim)}) with no source: say who says so, or how it is known.`,
      span: { start: claim.start, end: claim.end },
      related: [],
      fixes: [],
      data: { score: claim.score, signals: claim.signals },
    }));
  },
};

/**
 * The claims this rule flags under its options, in order. `copydesk report` lists the same
 * ones, so the report and lint never disagree about what stands unsourced.
 */
export function unsourcedClaims(model: ArticleModel, options: Record<string, unknown>): Claim[] {
  const minScore = numberOption(options, 'minScore', Number.NaN); // NaN: the analysis's own threshold
  const leadExempt = booleanOption(options, 'sourcedLead', true) && sourcedHigh(model);
  const lead = model.paragraphs.find((p) => p.kind === 'paragraph')?.index ?? -1;
  return model.claims.filter(
    (claim) =>
      !claim.attributed &&
      (Number.isNaN(minScore) ? isClaim(claim) : claim.score >= minScore) &&
      !(leadExempt && model.sentences[claim.sentence]?.paragraph === lead),
  );
}

const SIGNALS: Record<string, string> = {
  number: 'a figure',
  statistic: 'a statistic',
  comparative: 'a comparison or record',
  causal: 'a cause',
  'named-event': 'a named actor doing something',
};

function describe(claim: Claim): string {
  const parts = claim.signals.map((s) => SIGNALS[s]).filter(Boolean);
  return parts.length ? parts.join(', ') : `score ${claim.score}`;
}

/** Whether one of the two paragraphs after the lead attributes something, so the lead's sourcing comes high. */
function sourcedHigh(model: ArticleModel): boolean {
  const paragraphs = model.paragraphs.filter((p) => p.kind === 'paragraph').slice(0, 3).map((p) => p.index);
  if (!paragraphs.length) return false;
  const within = (sentence: number): boolean => paragraphs.includes(model.sentences[sentence]?.paragraph ?? -1);
  return (
    model.attributions.some((a) => within(a.sentence)) ||
    model.quotes.some((q) => q.attribution !== null && paragraphs.includes(q.paragraph)) ||
    model.claims.some((c) => c.attribution !== null && within(c.sentence))
  );
}
