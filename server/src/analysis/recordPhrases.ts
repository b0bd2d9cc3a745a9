/**
 * What follows a record's noun and tells one record from another: `a copy seen by Reuters`,
 * `a list of demands`, `figures from the price reporting service SteelIndex Europe`, `a report
 * by the Harbour Institute`. A fact-checker's hover names the record by it, and two reports
 * are not one source because both are "a report".
 */
import type { Lexicon } from './lexicon';
import { DOCUMENT_VERBS } from './lexicon/verbs';
import { CLAUSE_WORDS, DETERMINERS, DOCUMENT_HEADS, FINITE_VERBS, PREPOSITIONS, SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import type { Token } from './tokens';

/** Prepositions after a record that say which record: `a survey of voters`, `data from the bureau`, `a report by the institute`. */
const RECORD_PREPOSITIONS = new Set(['of', 'from', 'by']);

/** Longest noun phrase read after one of them, in words. */
const MAX_WORDS = 8;

/**
 * The end of what follows a record's noun at `from` and tells which record it is: up to two
 * of "of …", "from …", "by …" or a participle and "by …" (`seen by Reuters`), each a noun
 * phrase of a few words; or `from - 1` when none follows.
 */
export function recordTail(tokens: readonly Token[], from: number, ceiling: number, lexicon: Lexicon, isDescriptive: (token: Token) => boolean): number {
  let end = from - 1;
  for (let tails = 0; tails < 2; tails++) {
    let j = end + 1;
    const t = tokens[j];
    if (!t || j > ceiling || t.kind !== 'word' || t.quote >= 0) break;
    if (/^[a-z]+(?:ed|en)$/.test(t.text) && tokens[j + 1]?.lower === 'by') j += 2;
    else if (RECORD_PREPOSITIONS.has(t.lower)) j += 1;
    else break;
    const phraseEnd = plainNounPhraseEnd(tokens, j, ceiling, lexicon, isDescriptive);
    if (phraseEnd < j) break;
    end = phraseEnd;
  }
  return end;
}

/**
 * For the `by` at `j`: the record it follows, directly or after a participle (`a report | by`,
 * `documents obtained | by`), as that record noun's index; else -1.
 */
export function recordBeforeBy(tokens: readonly Token[], j: number, floor: number): number {
  const before = tokens[j - 1];
  if (!before || j - 1 < floor) return -1;
  if (DOCUMENT_HEADS.has(before.lower)) return j - 1;
  return /^[a-z]+(?:ed|en)$/.test(before.text) && j - 2 >= floor && DOCUMENT_HEADS.has(tokens[j - 2].lower) ? j - 2 : -1;
}

/**
 * The last token of a plain noun phrase of at most eight words at `from`, or `from - 1`. No
 * pronoun, clause word or finite verb in it; a reporting verb's form only as its first word
 * (`a list of demands`, not `a report by the institute shows`); a participle only before a
 * word of the phrase (`the price reporting service`, not `the bureau showing that`).
 */
function plainNounPhraseEnd(tokens: readonly Token[], from: number, ceiling: number, lexicon: Lexicon, isDescriptive: (token: Token) => boolean): number {
  let end = from - 1;
  for (let k = from; k <= ceiling && k - from < MAX_WORDS; k++) {
    const t = tokens[k];
    if (t.quote >= 0) break;
    if (t.kind === 'possessive' || t.kind === 'number') {
      end = k;
      continue;
    }
    // "the Securities and Exchange Commission": "and" inside a name.
    if ((t.lower === 'and' || t.text === '&') && k > from && tokens[k - 1].cap && tokens[k + 1]?.cap && tokens[k + 1].quote < 0) continue;
    // "a study of more than 4,000 pupils": a count's "than", not a comparison's clause.
    if (t.lower === 'than' && k > from && COUNT_COMPARATIVES.has(tokens[k - 1].lower) && tokens[k + 1]?.kind === 'number') continue;
    if (t.kind !== 'word' || RECORD_PREPOSITIONS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || SPEAKER_PRONOUNS[t.lower] !== undefined || FINITE_VERBS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    const participle = !t.cap && /^[a-z]+(?:ed|ing)$/.test(t.text);
    if (participle ? !isDescriptive(t) && !modifiesNext(tokens, k, ceiling, lexicon) : k > from && !t.cap && (lexicon.verbs.has(t.lower) || DOCUMENT_VERBS.has(t.lower))) break;
    end = k;
  }
  while (end >= from && (DETERMINERS.has(tokens[end].lower) || PREPOSITIONS.has(tokens[end].lower))) end--;
  return end;
}

/** Comparatives that a count's "than" follows: `more than 4,000`. */
const COUNT_COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** Whether the participle at `k` modifies the plain lower-case noun after it: `price reporting service`. */
function modifiesNext(tokens: readonly Token[], k: number, ceiling: number, lexicon: Lexicon): boolean {
  const next = tokens[k + 1];
  return next !== undefined && k + 1 <= ceiling && next.kind === 'word' && !next.cap && next.quote < 0 && !TIME_WORDS.has(next.lower) && !CLAUSE_WORDS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower) && !FINITE_VERBS.has(next.lower) && !lexicon.verbs.has(next.lower);
}
