/**
 * Carries the reading of unchanged paragraphs from one analysis of a document to the next.
 * While someone types, one version differs from the one before in a single paragraph, yet
 * tokenizing, splitting and scanning for cues every paragraph again was a quarter of the
 * analysis. A cache belongs to one document (the language server keeps one for each open
 * document it analyses itself) and holds the paragraphs of that document's latest analysis
 * only: about as much memory again as the tokens of the document.
 *
 * What it keeps depends on the paragraph's text alone (tokens), or on its text and where its
 * quotations lie within it (sentences with what the claim step read of them, cues, token
 * lookups), and never on the rest of the article. Tokens and sentences never leave the
 * analysis in the model, so the cache hands the very objects to the next analysis, moved to
 * the paragraph's new offset.
 */
import type { CueToken } from './cues';
import type { SentenceInfo } from './document';
import type { Lexicon } from './lexicon';
import type { Span } from './model';
import type { TokenIndex } from './tokenIndex';
import type { Token } from './tokens';

/**
 * `tokenize` looks up to three characters past a paragraph's end (whether "No." stands before
 * a number), so they belong to the key: the same words before different text may differ.
 */
const LOOKAHEAD = 3;

/** One paragraph as an analysis read it. */
export interface ReadParagraph {
  start: number;
  tokens: Token[];
  /** The paragraph's quotations, relative to its start (see `quotationLayout`). */
  layout: string;
  sentences: SentenceInfo[];
  cues: CueToken[];
  lexicon: Lexicon;
  /** Built once the paragraph is read; it holds token indices only, so it stays true wherever the paragraph moves. */
  lookup?: TokenIndex;
}

/**
 * Where a paragraph's quotations lie relative to its start, which its sentences and cues
 * depend on. The quote scanner decides them from the paragraph's own text today, but it also
 * carries state from paragraph to paragraph, which a key of the text alone cannot see.
 */
export function quotationLayout(quotes: readonly Span[], start: number): string {
  let layout = '';
  for (const quote of quotes) layout += `${quote.start - start}-${quote.end - start},`;
  return layout;
}

export class ParagraphCache {
  #latest = new Map<string, ReadParagraph>();

  /** A session for one analysis: it offers what the previous analysis read and keeps what this one reads. */
  session(): ParagraphCacheSession {
    const session = new ParagraphCacheSession(this.#latest);
    this.#latest = session.kept;
    return session;
  }
}

export class ParagraphCacheSession {
  readonly kept = new Map<string, ReadParagraph>();
  #reusable: Map<string, ReadParagraph>;

  constructor(reusable: Map<string, ReadParagraph>) {
    this.#reusable = reusable;
  }

  /** The key of the paragraph at [start, end). */
  key(prose: string, start: number, end: number): string {
    return prose.slice(start, end + LOOKAHEAD);
  }

  /**
   * The previous reading of a paragraph with this key, moved to `start` with its sentences
   * numbered from `firstSentence` and its tokens outside any quotation until the analysis
   * marks them. Taken, not shared: a paragraph repeated word for word is read afresh.
   */
  take(key: string, start: number, firstSentence: number): ReadParagraph | undefined {
    const read = this.#reusable.get(key);
    if (!read) return undefined;
    this.#reusable.delete(key);
    const delta = start - read.start;
    for (const token of read.tokens) {
      token.start += delta;
      token.end += delta;
      token.quote = -1;
    }
    read.sentences.forEach((sentence, k) => {
      sentence.start += delta;
      sentence.end += delta;
      sentence.index = firstSentence + k;
    });
    return read;
  }

  keep(key: string, read: ReadParagraph): void {
    if (!this.kept.has(key)) this.kept.set(key, read);
  }
}
