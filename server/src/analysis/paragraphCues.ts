/** A paragraph's cues, searchable by position: what every attribution step looks up. */
import type { CueRef } from './attributionTypes';

/** A paragraph's cues in token order: all of them, and those with a speaker. */
export class ParagraphCues {
  readonly all: CueRef[];
  readonly #speaking: CueRef[];

  constructor(all: CueRef[]) {
    this.all = all;
    this.#speaking = all.filter((c) => c.ref !== null);
  }

  /** Index in the speaking list of the first cue whose verb stands after token `index`. */
  #firstAfter(index: number): number {
    return firstAfter(this.#speaking, index);
  }

  /** Every cue (with a speaker or not) whose verb stands after token `index`, in order. */
  *allAfter(index: number): Generator<CueRef> {
    for (let k = firstAfter(this.all, index); k < this.all.length; k++) yield this.all[k];
  }

  /** Cues whose verb stands in tokens (after, before). */
  *between(after: number, before: number): Generator<CueRef> {
    for (let k = this.#firstAfter(after); k < this.#speaking.length && this.#speaking[k].cue.token < before; k++) yield this.#speaking[k];
  }

  /** Cues from token `from` on that end before token `before`, in order. */
  leading(from: number, before: number): CueRef[] {
    const found: CueRef[] = [];
    for (let k = this.#firstAfter(from - 1); k < this.#speaking.length && this.#speaking[k].cue.last < before; k++) found.push(this.#speaking[k]);
    return found;
  }

  /** The last cue (not a naming verb) whose verb stands before token `index`. */
  lastBefore(index: number): CueRef | null {
    for (let k = this.#firstAfter(index - 1) - 1; k >= 0; k--) if (!this.#speaking[k].cue.naming) return this.#speaking[k];
    return null;
  }

  /** The first cue (not a naming verb) whose verb stands after token `index`. */
  firstAfter(index: number): CueRef | null {
    for (let k = this.#firstAfter(index); k < this.#speaking.length; k++) if (!this.#speaking[k].cue.naming) return this.#speaking[k];
    return null;
  }

  /** The speaker of the paragraph's last cue, for a floating quotation in the next paragraph. */
  lastSpeaker(): number | null {
    for (let k = this.#speaking.length - 1; k >= 0; k--) if (!this.#speaking[k].cue.naming) return this.#speaking[k].ref;
    return null;
  }
}

/** Index of the first cue in `list` (in token order) whose verb stands after token `index`: a binary search. */
function firstAfter(list: readonly CueRef[], index: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].cue.token <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
