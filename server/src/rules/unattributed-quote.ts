/**
 * unattributed-quote: a direct quote with no speaker. Scare quotes, titles of works, quotes
 * inside `>` block quotes (a passage whose source the text around it gives) and the later
 * paragraphs of an attributed multi-paragraph quote are not reported.
 */
import { attributionOf, inBlockQuote, isSpeechQuote } from './speech';
import { booleanOption } from './options';
import type { Rule, RuleFinding } from './types';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  fixable: false,
  description: 'A direct quote with no speaker.',
  options: {
    blockQuotes: { type: 'boolean', default: false, description: 'Also report quotes inside `>` block quotes.' },
  },
  check({ model, options }) {
    const blockQuotes = booleanOption(options, 'blockQuotes', false);
    const findings: RuleFinding[] = [];
    for (const quote of model.quotes) {
      if (!isSpeechQuote(quote) || attributionOf(model, quote)) continue;
      if (!blockQuotes && inBlockQuote(model, quote)) continue;
      findings.push({
        message: 'Nobody is named as saying this quote: attribute it ("..., Jane Doe said.") or, if it is not speech, drop the quotation marks.',
        span: { start: quote.start, end: quote.end },
        related: [],
        fixes: [],
        data: { quote: quote.id },
      });
    }
    return findings;
  },
};
