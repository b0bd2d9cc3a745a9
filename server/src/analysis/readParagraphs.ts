/**
 * Reads each paragraph for the attribution steps: its tokens (marked with the quotation they
 * lie in), sentences, attribution cues and lookups; with a ParagraphCache, a paragraph the
 * last analysis read is taken over rather than read again.
 */
import { findCues } from './cues';
import type { ParagraphInfo } from './document';
import type { Lexicon } from './lexicon';
import type { Paragraph } from './model';
import { quotationLayout, type ParagraphCache, type ReadParagraph } from './paragraphCache';
import type { RawQuote } from './quotes';
import { splitSentences } from './sentences';
import { TokenIndex } from './tokenIndex';
import { tokenize } from './tokens';

/** Counts the words of each quotation into `quoteWords` on the way. */
export function readParagraphs(
  prose: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly RawQuote[],
  quoteWords: Int32Array,
  lexicon: Lexicon,
  cache?: ParagraphCache,
): ParagraphInfo[] {
  const session = cache?.session();
  let sentenceCount = 0;
  let q = 0;
  const read = paragraphs.map((paragraph) => {
    const { start, end } = paragraph;
    const key = session?.key(prose, start, end) ?? '';
    const previous = session?.take(key, start, sentenceCount);
    const tokens = previous?.tokens ?? tokenize(prose, start, end);
    const mine: number[] = [];
    while (q < quotes.length && quotes[q].paragraph === paragraph.index) mine.push(q++);
    let t = 0;
    for (const index of mine) {
      const quote = quotes[index];
      while (t < tokens.length && tokens[t].start < quote.start) t++;
      for (; t < tokens.length && tokens[t].end <= quote.end; t++) {
        tokens[t].quote = index;
        if (tokens[t].kind !== 'punct') quoteWords[index]++;
      }
    }
    const spans = mine.map((index) => quotes[index]);
    const layout = session ? quotationLayout(spans, start) : '';
    const reusable = previous && previous.layout === layout && previous.lexicon === lexicon;
    const sentences = reusable ? previous.sentences : splitSentences(tokens, spans, sentenceCount);
    const cues = reusable ? previous.cues : findCues(tokens, lexicon);
    sentenceCount += sentences.length;
    const reading: ReadParagraph = { start, tokens, layout, sentences, cues, lexicon, lookup: reusable ? previous.lookup : undefined };
    session?.keep(key, reading);
    return { paragraph, reading, quotes: mine };
  });
  // The lookups still to build share one typed array: one allocation per article, not one per paragraph.
  const table = new Int32Array(read.reduce((size, r) => size + (r.reading.lookup ? 0 : TokenIndex.tableSize(r.reading.tokens.length)), 0));
  let base = 0;
  return read.map(({ paragraph, reading, quotes: mine }) => {
    const { tokens, sentences, cues } = reading;
    if (!reading.lookup) {
      reading.lookup = new TokenIndex(tokens, table, base);
      base += TokenIndex.tableSize(tokens.length);
    }
    const { index, block, kind, start, end } = paragraph;
    return { index, block, kind, start, end, tokens, lookup: reading.lookup, sentences, cues, quotes: mine };
  });
}
