/**
 * The working state the analysis steps share: paragraphs with their tokens and sentences,
 * and the raw quotations. Internal to the analysis; the model is what leaves it.
 */
import type { ClaimReading } from './claims';
import type { CueToken } from './cues';
import type { Lexicon } from './lexicon';
import type { Paragraph, Reason } from './model';
import type { NameMention } from './names';
import type { RawQuote } from './quotes';
import { firstStartingAt, lastAtOrBefore } from './search';
import type { SentenceSpan } from './sentences';
import type { TokenIndex } from './tokenIndex';
import type { Token } from './tokens';

export type SentenceInfo = SentenceSpan & {
  index: number;
  /** The sentence's first token that is not punctuation (its `lastToken` when there is none). */
  firstWord: number;
  /** The claim step's reading of the sentence's own words, kept for when the sentence is reused. */
  claim?: ClaimReading;
};

export interface ParagraphInfo extends Paragraph {
  tokens: Token[];
  lookup: TokenIndex;
  /** Sentences with their global index. */
  sentences: SentenceInfo[];
  /** Attribution cues outside quotations, in token order. */
  cues: CueToken[];
  /** Indices of the quotations that start in this paragraph. */
  quotes: number[];
}

export interface WorkingDocument {
  text: string;
  prose: string;
  lexicon: Lexicon;
  paragraphs: ParagraphInfo[];
  /** People named in full anywhere in the article: their surnames are names wherever they stand. */
  fullNames: NameMention[];
  quotes: RawQuote[];
  /** For each quotation, why it is a title whoever stands near it, or null (see `titleReason`). */
  titles: Array<Reason | null>;
  /** Start and end offsets of every sentence, in order (for `sentenceAt`). */
  sentenceStarts: number[];
  sentenceEnds: number[];
  /** The index of the body's first paragraph (not a heading), which a dateline may open; -1 when there is none. */
  lede: number;
}

/** The index of the sentence that holds `offset` (the last one starting at or before it). */
export function sentenceAt(doc: WorkingDocument, offset: number): number {
  return lastAtOrBefore(doc.sentenceStarts, offset);
}

/** Sentence `index` and its paragraph. A paragraph's sentences are numbered in a row, so the index finds it at once. */
export function sentenceNumbered(doc: WorkingDocument, index: number): { paragraph: ParagraphInfo; sentence: SentenceInfo } | null {
  if (index < 0 || index >= doc.sentenceStarts.length) return null;
  const paragraph = doc.paragraphs[firstStartingAt(doc.paragraphs, doc.sentenceStarts[index] + 1) - 1];
  const sentence = paragraph?.sentences[index - (paragraph.sentences[0]?.index ?? 0)];
  return sentence && sentence.index === index ? { paragraph, sentence } : null;
}

/** The sentence of a paragraph that contains token `i`. */
export function sentenceOfToken(paragraph: ParagraphInfo, i: number): SentenceInfo {
  const sentences = paragraph.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (i < sentences[mid].lastToken) hi = mid;
    else lo = mid + 1;
  }
  return sentences[lo];
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
