/**
 * Fact-checkers tie a note to a quote by typing its opening words in the front matter
 * `annotations`. Matching forgives what a person retyping a quote gets wrong: case, curly
 * or straight marks, spacing, the quote marks themselves and trailing punctuation. No
 * editor types here, so the extension can use the same matching for its views.
 */
import type { Annotation, ArticleModel, Quote } from '../analysis/model';

/** The annotation that names `quote`, if any. */
export function annotationFor(model: ArticleModel, quote: Quote): Annotation | undefined {
  const annotations = model.frontMatter?.fields.annotations ?? [];
  const words = model.text.slice(quote.content.start, quote.content.end);
  return annotations.find((annotation) => annotationMatches(annotation.quote, words));
}

/** True when an annotation's `quote` (the opening words) names a quote with this text. */
export function annotationMatches(annotationQuote: string, quoteText: string): boolean {
  const opening = normalizeQuote(annotationQuote);
  return opening.length > 0 && normalizeQuote(quoteText).startsWith(opening);
}

/** Lower-cased, marks unified, double quote marks dropped, spacing collapsed, end trimmed. */
export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:…!?]+$/, '')
    .trim();
}
