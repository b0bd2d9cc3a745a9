/**
 * The working state the analysis steps share: paragraphs with their tokens and sentences,
 * and the raw quotations. Internal to the analysis; the model is what leaves it.
 */
import type { Lexicon } from './lexicon';
import type { Paragraph } from './model';
import type { RawQuote } from './quotes';
import type { SentenceSpan } from './sentences';
import type { Token } from './tokens';

export interface ParagraphInfo extends Paragraph {
  tokens: Token[];
  /** Sentences with their global index. */
  sentences: Array<SentenceSpan & { index: number }>;
  /** Indices of the quotations that start in this paragraph. */
  quotes: number[];
}

export interface WorkingDocument {
  text: string;
  prose: string;
  lexicon: Lexicon;
  paragraphs: ParagraphInfo[];
  quotes: RawQuote[];
  /** Start offset of every sentence, in order (for `sentenceAt`). */
  sentenceStarts: number[];
}

/** The index of the sentence that holds `offset` (the last one starting at or before it). */
export function sentenceAt(doc: WorkingDocument, offset: number): number {
  const starts = doc.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence of a paragraph that contains token `i`. */
export function sentenceOfToken(paragraph: ParagraphInfo, i: number): SentenceSpan & { index: number } {
  for (const sentence of paragraph.sentences) if (i < sentence.lastToken) return sentence;
  return paragraph.sentences[paragraph.sentences.length - 1];
}

/** Index of the first token at or after `offset` in a paragraph, or the token count. */
export function tokenAt(paragraph: ParagraphInfo, offset: number): number {
  const tokens = paragraph.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
