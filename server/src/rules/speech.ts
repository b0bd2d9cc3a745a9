/** Helpers for rules about quotations: which quotes are someone's words, and where they stand. */
import type { ArticleModel, Quote } from '../analysis/model';

/** Direct and partial quotes: someone's words (scare quotes and titles of works are not). */
export function isSpeechQuote(quote: Quote): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial';
}

/** The first part of a quotation that runs over several paragraphs or is split by its attribution. */
export function firstPart(model: ArticleModel, quote: Quote): Quote {
  let current = quote;
  const seen = new Set<number>();
  while (current.continues !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const previous = model.quotes[current.continues];
    if (!previous) break;
    current = previous;
  }
  return current;
}

/** The speaker of a quote, looking back through the parts of the same quotation. */
export function attributionOf(model: ArticleModel, quote: Quote): Quote['attribution'] {
  let current: Quote | undefined = quote;
  const seen = new Set<number>();
  while (current && !seen.has(current.id)) {
    if (current.attribution) return current.attribution;
    seen.add(current.id);
    current = current.continues === null ? undefined : model.quotes[current.continues];
  }
  return null;
}

/** Inside a `>` block quote: a quoted passage whose source the surrounding text gives. */
export function inBlockQuote(model: ArticleModel, quote: Quote): boolean {
  const paragraph = model.paragraphs[quote.paragraph];
  return paragraph ? model.blocks[paragraph.block]?.inBlockQuote === true : false;
}
