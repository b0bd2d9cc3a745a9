/**
 * mixed-quote-style: straight ("...") and curly (“...”) quotation marks in one article. The
 * quotes in the minority style (or, with `style` set, every quote not in it) are reported,
 * each with a safe fix that changes its marks and nothing else: never a word inside a quote.
 * Apostrophes are not quotation marks and never count (a curly ’90s in straight-quoted copy).
 */
import type { ArticleModel, Quote } from '../analysis/model';
import { enumOption } from './options';
import type { Rule, RuleFinding, TextEdit } from './types';

type MarkStyle = 'straight' | 'curly';

const TO_CURLY: Record<string, [string, string]> = { '"': ['“', '”'], "''": ['“', '”'], "'": ['‘', '’'] };
const TO_STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

export const mixedQuoteStyle: Rule = {
  id: 'mixed-quote-style',
  defaultSeverity: 'warning',
  fixable: true,
  description: 'Straight and curly quotation marks in the same article.',
  options: {
    style: { type: 'string', enum: ['auto', 'straight', 'curly'], default: 'auto', description: 'The house style; `auto` takes the style most of the article uses.' },
  },
  check({ model, options }) {
    const quotes = model.quotes.filter((q) => q.style !== 'guillemet');
    const straight = quotes.filter((q) => q.style === 'straight').length;
    const curly = quotes.length - straight;
    const wanted = enumOption(options, 'style', ['auto', 'straight', 'curly'] as const, 'auto');
    const house: MarkStyle = wanted !== 'auto' ? wanted : curly > straight ? 'curly' : straight > curly ? 'straight' : (quotes[0]?.style as MarkStyle) ?? 'straight';
    if (wanted === 'auto' && (!straight || !curly)) return [];
    const findings: RuleFinding[] = [];
    for (const quote of quotes) {
      if (quote.style === house) continue;
      const edits = markEdits(model, quote, house);
      findings.push({
        message: `This quote uses ${quote.style} marks; the article's other quotes use ${house} ones.`,
        span: { start: quote.start, end: quote.end },
        related: [],
        fixes: edits.length ? [{ title: `Use ${house} quotation marks`, edits, safe: true }] : [],
        data: { quote: quote.id, style: quote.style, expected: house },
      });
    }
    return findings;
  },
};

/** Edits that change only the quote's marks (and those of the quotes nested in it) to `style`. */
export function markEdits(model: ArticleModel, quote: Quote, style: MarkStyle): TextEdit[] {
  const text = model.text;
  const edits: TextEdit[] = [];
  const mark = (offset: number, side: 0 | 1, width = 1): void => {
    const current = text.slice(offset, offset + width);
    const replacement = style === 'curly' ? TO_CURLY[current]?.[side] : TO_STRAIGHT[current];
    if (replacement && replacement !== current) edits.push({ span: { start: offset, end: offset + width }, newText: replacement });
  };
  // Two apostrophes standing for one straight mark (`''`) count as straight and stay so.
  mark(quote.start, 0, quote.content.start - quote.start);
  for (const nested of quote.nested) {
    if (/^['‘]/.test(text[nested.start]) && /['’]$/.test(text[nested.end - 1]) && nested.end - nested.start > 1) {
      mark(nested.start, 0);
      mark(nested.end - 1, 1);
    }
  }
  if (quote.close) mark(quote.close.start, 1, quote.close.end - quote.close.start);
  return edits;
}
