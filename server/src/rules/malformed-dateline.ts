/**
 * malformed-dateline: a dateline not in the form its style expects. Each problem is its own
 * finding on the part that is wrong (the place, the date, the agency, the separator), so a
 * copy editor sees exactly what to change.
 */
import type { DatelineProblem, Dateline, ArticleModel, DatelineStyle } from '../analysis/model';
import { rewrittenDateline } from './datelineText';
import type { Fix, Rule, RuleFinding } from './types';

/** Problems whose `expected` text replaces exactly the span at fault. */
const IN_PLACE = new Set<DatelineProblem['code']>(['place-not-capitals', 'date-form', 'wrong-agency']);

export const malformedDateline: Rule = {
  id: 'malformed-dateline',
  defaultSeverity: 'warning',
  fixable: true,
  description: 'A dateline not in the form its style (Reuters, AP or plain) expects.',
  check({ model, style }) {
    const dateline = model.dateline;
    if (!dateline) return [];
    const rewrite = rewriteFix(model, dateline, style);
    return dateline.problems.map((problem): RuleFinding => {
      const fixes: Fix[] = [];
      const own = ownFix(model, problem);
      if (own) fixes.push(own);
      if (rewrite && (!own || dateline.problems.length > 1)) fixes.push(rewrite);
      return {
        message: problem.message,
        span: problem.span,
        related: [],
        fixes,
        data: { problem: problem.code, style, expected: problem.expected },
      };
    });
  },
};

function ownFix(model: ArticleModel, problem: DatelineProblem): Fix | null {
  if (problem.expected === null) return null;
  const current = model.text.slice(problem.span.start, problem.span.end);
  const inPlace = IN_PLACE.has(problem.code) || (problem.code === 'wrong-separator' && /^(?:—|–|--|-|:)$/.test(current));
  if (!inPlace || current === problem.expected) return null;
  return { title: `Change "${current}" to "${problem.expected}"`, edits: [{ span: problem.span, newText: problem.expected }], safe: true };
}

/** Rewrites the whole dateline in the style, when every part of it is known. */
function rewriteFix(model: ArticleModel, dateline: Dateline, style: DatelineStyle): Fix | null {
  const text = rewrittenDateline(model, dateline, style);
  if (!text || text === dateline.text) return null;
  return { title: `Rewrite the dateline as "${text}"`, edits: [{ span: { start: dateline.start, end: dateline.end }, newText: text }], safe: true };
}
