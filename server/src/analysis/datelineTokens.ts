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
  let capitals = true;
  for (let j = from; j < to && j < from + 14; j++) {
    const t = tokens[j];
    const dash = tokens[j + 1]?.text === '-' || tokens[j + 1]?.text === '—' || tokens[j + 1]?.text === '–';
    if (t.text === ')' && dash && tokens[j - 2]?.text === '(') return j + 2;
    // A place in capitals, then a dash: "BRUSSELS —", "ST. LOUIS, Mo. —" stops at the state.
    capitals &&= t.text === ',' || (t.kind === 'word' && t.cap && !LOWER_CASE.test(t.text));
    if (capitals && dash) return j + 2;
  }
  return from;
}
