/**
 * unbalanced-quotes: a quote left open that is not a multi-paragraph continuation (the next
 * paragraph does not open with a quote mark), or a closing mark with no opening one.
 * Apostrophes (don't, ministers', '90s) are not quote marks; the analysis tells them apart.
 */
import type { Rule, RuleFinding } from './types';

export const unbalancedQuotes: Rule = {
  id: 'unbalanced-quotes',
  defaultSeverity: 'error',
  fixable: false,
  description: 'A quotation mark that is never closed, or a closing mark with no opening one.',
  check({ model }) {
    const findings: RuleFinding[] = [];
    const seen = new Set<number>();
    for (const problem of model.quoteMarkProblems) {
      if (seen.has(problem.start)) continue;
      seen.add(problem.start);
      const mark = model.text.slice(problem.start, problem.end);
      findings.push({
        message:
          problem.kind === 'unclosed'
            ? `This ${mark} opens a quote that is never closed. Close it; a quote that runs on is only left open when the next paragraph opens with a quote mark.`
            : `This ${mark} closes a quote that was never opened.`,
        span: { start: problem.start, end: problem.end },
        related: [],
        fixes: [],
        data: { kind: problem.kind },
      });
    }
    for (const quote of model.quotes) {
      if (!quote.unclosed || seen.has(quote.start)) continue;
      seen.add(quote.start);
      findings.push({
        message: `This ${model.text.slice(quote.start, quote.content.start)} opens a quote that is never closed. Close it; a quote that runs on is only left open when the next paragraph opens with a quote mark.`,
        span: { start: quote.start, end: quote.content.start },
        related: [],
        fixes: [],
        data: { kind: 'unclosed' },
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
