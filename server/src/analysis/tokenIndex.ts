/**
 * Lookups over one paragraph's tokens, built once in a single pass so that the attribution
 * steps never rescan a sentence per quote or per cue: a paragraph with a hundred thousand
 * quote marks must still analyse in linear time.
 */
import type { Token } from './tokens';

export class TokenIndex {
  /** For token i, the last token before i that lies inside a quotation, or -1. */
  readonly #previousQuote: Int32Array;
  /** For token i, the first token after i that lies inside a quotation, or the token count. */
  readonly #nextQuote: Int32Array;
  /** Prefix counts: clause breaks (`;` and `.` outside quotations), words, words inside quotations. */
  readonly #breaks: Int32Array;
  readonly #words: Int32Array;
  readonly #quotedWords: Int32Array;

  constructor(tokens: readonly Token[]) {
    const n = tokens.length;
    this.#previousQuote = new Int32Array(n + 1);
    this.#nextQuote = new Int32Array(n + 1);
    this.#breaks = new Int32Array(n + 1);
    this.#words = new Int32Array(n + 1);
    this.#quotedWords = new Int32Array(n + 1);
    let last = -1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      this.#previousQuote[i] = last;
      if (t.quote >= 0) last = i;
      const word = t.kind !== 'punct';
      this.#breaks[i + 1] = this.#breaks[i] + (t.quote < 0 && (t.text === ';' || t.text === '.') ? 1 : 0);
      this.#words[i + 1] = this.#words[i] + (word ? 1 : 0);
      this.#quotedWords[i + 1] = this.#quotedWords[i] + (word && t.quote >= 0 ? 1 : 0);
    }
    this.#previousQuote[n] = last;
    let next = n;
    this.#nextQuote[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      this.#nextQuote[i] = next;
      if (tokens[i].quote >= 0) next = i;
    }
  }

  /** The last quotation token before `index`, at or after `floor`; `floor - 1` when there is none. */
  previousQuote(index: number, floor: number): number {
    const found = this.#previousQuote[index];
    return found >= floor ? found : floor - 1;
  }

  /** The first quotation token after `index`, before `ceiling`; `ceiling` when there is none. */
  nextQuote(index: number, ceiling: number): number {
    const found = this.#nextQuote[index];
    return found < ceiling ? found : ceiling;
  }

  /** Whether a `;` or `.` outside quotations stands in tokens [from, to). */
  hasBreak(from: number, to: number): boolean {
    return to > from && this.#breaks[to] - this.#breaks[from] > 0;
  }

  /** Words in tokens [from, to], and how many of them lie inside quotations. */
  words(from: number, to: number): { words: number; quoted: number } {
    return { words: this.#words[to + 1] - this.#words[from], quoted: this.#quotedWords[to + 1] - this.#quotedWords[from] };
  }
}
