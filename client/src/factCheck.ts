/**
 * Fact-check status of quotes, as recorded in the front matter `annotations`: each annotation
 * names a quote by its opening words. Matching forgives what a person retyping a quote gets
 * wrong (case, curly or straight marks, spacing, trailing punctuation), the same way the
 * server matches them for its hover cards.
 */
import { annotationMatches, normalizeQuote } from '../../server/src/features/annotations';

export { annotationMatches, normalizeQuote };

export const FACT_CHECK_STATUSES = ['verified', 'disputed', 'unverified', 'needs-review'] as const;
export type FactCheckStatus = (typeof FACT_CHECK_STATUSES)[number];

/** How many words of a quote an annotation repeats by default: enough to tell quotes apart. */
const OPENING_WORDS = 6;
/** Opening words should not stop on one of these ("…will open in the"): it reads as cut off. */
const WEAK_ENDINGS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'that', 'is', 'was', 'will', 'be']);

/** A quote's text without its outer quote marks. */
export function stripQuoteMarks(text: string): string {
  return text.replace(/^["“”„'‘’]+/, '').replace(/["“”„'‘’]+$/, '');
}

/**
 * The opening words that name `quote` in an annotation: the first few words, extended until no
 * other quote in the article starts the same way.
 */
export function openingWords(quote: string, otherQuotes: readonly string[] = []): string {
  const words = stripQuoteMarks(quote).trim().split(/\s+/);
  const others = otherQuotes.map(normalizeQuote).filter((other) => other !== normalizeQuote(quote));
  for (let count = Math.min(OPENING_WORDS, words.length); count <= words.length; count++) {
    const last = words[count - 1].toLowerCase().replace(/[^\p{L}']/gu, '');
    if (count < words.length && WEAK_ENDINGS.has(last)) continue;
    const opening = words.slice(0, count).join(' ').replace(/[,;:.!?]+$/, '');
    if (!others.some((other) => other.startsWith(normalizeQuote(opening)))) return opening;
  }
  return words.join(' ');
}

export interface QuoteAnnotation {
  quote: string;
  status: string;
  note: string | null;
  by: string | null;
}

/** The status recorded for a quote; `undefined` when nobody has annotated it. */
export function statusOf(quoteText: string, annotations: readonly QuoteAnnotation[]): string | undefined {
  return annotations.find((annotation) => annotationMatches(annotation.quote, quoteText))?.status;
}
