/**
 * Lookups over one paragraph's tokens, built once in a single pass so that the attribution
 * steps never rescan a sentence per quote or per cue: a paragraph with a hundred thousand
 * quote marks must still analyse in linear time.
 */
import type { Token } from './tokens';

export class TokenIndex {
  /**
   * Five tables of n + 1 entries, each a region of one typed array (allocating a typed array
   * costs far more than filling it, so a document's paragraphs share one, see `tableSize`):
   *   #previous  for token i, the last token before i that lies inside a quotation, or -1
   *   #next      for token i, the first token after i inside a quotation, or n
   *   then prefix counts: clause breaks (`;` and `.` outside quotations), words, words inside quotations.
   */
  readonly #table: Int32Array;
  readonly #previous: number;
  readonly #next: number;
  readonly #breaks: number;
  readonly #words: number;
  readonly #quoted: number;

  /** How many entries of the shared table the index of `tokenCount` tokens takes. */
  static tableSize(tokenCount: number): number {
    return 5 * (tokenCount + 1);
  }

  /** Fills `table` from `base` on (`tableSize(tokens.length)` entries, all zero). */
  constructor(tokens: readonly Token[], table = new Int32Array(TokenIndex.tableSize(tokens.length)), base = 0) {
    const n = tokens.length;
    const size = n + 1;
    const previous = base;
    const next = base + size;
    const breaks = base + 2 * size;
    const words = base + 3 * size;
    const quoted = base + 4 * size;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      table[previous + i] = last;
      if (t.quote >= 0) last = i;
      const word = t.kind !== 'punct';
      table[breaks + i + 1] = table[breaks + i] + (t.quote < 0 && (t.text === ';' || t.text === '.') ? 1 : 0);
      table[words + i + 1] = table[words + i] + (word ? 1 : 0);
      table[quoted + i + 1] = table[quoted + i] + (word && t.quote >= 0 ? 1 : 0);
    }
    table[previous + n] = last;
    let following = n;
    table[next + n] = n;
    for (let i = n - 1; i >= 0; i--) {
      table[next + i] = following;
      if (tokens[i].quote >= 0) following = i;
    }
    this.#table = table;
    this.#previous = previous;
    this.#next = next;
    this.#breaks = breaks;
    this.#words = words;
    this.#quoted = quoted;
  }

  /** The last quotation token before `index`, at or after `floor`; `floor - 1` when there is none. */
  previousQuote(index: number, floor: number): number {
    const found = this.#table[this.#previous + index];
    return found >= floor ? found : floor - 1;
  }

  /** The first quotation token after `index`, before `ceiling`; `ceiling` when there is none. */
  nextQuote(index: number, ceiling: number): number {
    const found = this.#table[this.#next + index];
    return found < ceiling ? found : ceiling;
  }

  /** Whether a `;` or `.` outside quotations stands in tokens [from, to). */
  hasBreak(from: number, to: number): boolean {
    const breaks = this.#breaks;
    return to > from && this.#table[breaks + to] - this.#table[breaks + from] > 0;
  }

  /** Words in tokens [from, to], and how many of them lie inside quotations. */
  words(from: number, to: number): { words: number; quoted: number } {
    const table = this.#table;
    return { words: table[this.#words + to + 1] - table[this.#words + from], quoted: table[this.#quoted + to + 1] - table[this.#quoted + from] };
  }
}
