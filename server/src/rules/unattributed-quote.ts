/**
 * unattributed-quote: a direct quote with no speaker. Scare quotes, titles of works, quotes
 * inside `>` block quotes (a passage whose source the text around it gives) and the later
 * paragraphs of an attributed multi-paragraph quote are not reported.
 */
import { attributionOf, inBlockQuote, isSpeechQuote } from './speech';
import { booleanOption } from './options';
import type { Quote } from '../analysis/model';
import type { Fix, Rule, RuleFinding, TextEdit } from './types';

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
        fixes: attributionFix(model.text, quote),
        data: { quote: quote.id },
      });
    }
    return findings;
  },
};

/**
 * `"…," SPEAKER said.` after the quotation, SPEAKER to be typed over. A closing full stop
 * inside the marks becomes a comma, as wire style has it; no word inside the quote changes.
 */
function attributionFix(text: string, quote: Quote): Fix[] {
  if (!quote.close) return [];
  const last = quote.close.start - 1;
  const edits: TextEdit[] = [];
  if (text[last] === '.') edits.push({ span: { start: last, end: last + 1 }, newText: ',' });
  else if (!/[,?!]/.test(text[last] ?? '')) edits.push({ span: { start: quote.close.start, end: quote.close.start }, newText: ',' });
  edits.push({ span: { start: quote.close.end, end: quote.close.end }, newText: ' SPEAKER said.' });
  // The sentence may go on after the quote ("…," and then …); the tag then belongs before that.
  const after = text.slice(quote.close.end, quote.close.end + 2);
  if (/^[.]/.test(after)) edits[edits.length - 1] = { span: { start: quote.close.end, end: quote.close.end + 1 }, newText: ' SPEAKER said.' };
  return [{ title: 'Attribute the quote: add ", SPEAKER said."', edits, safe: false }];
}
