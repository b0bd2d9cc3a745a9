/**
 * Where a dateline ends among a sentence's tokens, for the steps that read a sentence before
 * the dateline itself is parsed (dateline.ts reads it from the text, with its parts).
 */
import type { Token } from './tokens';

const LOWER_CASE = /\p{Ll}/u;

/**
 * A story's first sentence opens with its dateline (`WASHINGTON, Aug 19 (Reuters) -`,
 * `BRUSSELS —`), which is not part of what anyone said nor the sentence's subject: the first
 * token after the dateline that opens the tokens from `from` to `to`, else `from`.
 */
export function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to && j < from + 14; j++) {
    // "WASHINGTON, Aug 19 (Reuters) -", "KYIV, Ukraine (AP) —".
    if (tokens[j].text === ')' && DASHES.has(tokens[j + 1]?.text ?? '') && tokens[j - 2]?.text === '(') return j + 2;
  }
  // A place in capitals, then maybe a comma and its state or country as written ("ST. LOUIS, Mo.",
  // "COLUMBUS, Ohio"), then a dash: "BRUSSELS —".
  let j = from;
  while (j < to && j < from + MAX_PLACE_WORDS && isCapitals(tokens[j])) j++;
  if (j === from) return from;
  if (tokens[j]?.text === ',') {
    const region = ++j;
    while (j < to && j - region < MAX_PLACE_WORDS && tokens[j].kind === 'word' && tokens[j].cap) j++;
    if (j === region) return from;
  }
  return j < to && DASHES.has(tokens[j].text) ? j + 1 : from;
}

/** A hyphen and the dashes, as a dateline or a clause is set off by them. */
export const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);
const MAX_PLACE_WORDS = 4;

function isCapitals(t: Token): boolean {
  return t.kind === 'word' && t.cap && !LOWER_CASE.test(t.text);
}
