/**
 * Reading a speaker phrase rightwards from the word after its verb (`said Jane Doe, a
 * spokeswoman for the ministry`), up to where the clause goes on without it.
 */
import {
  CLAUSE_WORDS,
  DAYS,
  DETERMINERS,
  DOCUMENT_HEADS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  NOT_SPEAKER_WORDS,
  PUBLICATION_HEADS,
  SPEAKER_PRONOUNS,
} from './lexicon/words';
import type { Phrase, PhraseReader } from './phrases';
import { accessEnd, hasPreposition, isRoleWord, MAX_PHRASE, NAME_PARTICLES, possessedEnd, PP_PREPOSITIONS, RECORD_HEADS, rightAppositive, STANDALONE } from './phraseWords';
import { recordTail } from './recordPhrases';
import type { Token } from './tokens';

/** The speaker phrase that starts at token `start` (just after the verb), up to `ceiling`. */
export function readRight(reader: PhraseReader, tokens: readonly Token[], start: number, ceiling: number): Phrase | null {
  if (start > ceiling) return null;
  const t0 = tokens[start];
  if (t0.quote >= 0) return null;
  // "“American Skin” was written by Springsteen": the agent of a passive verb.
  if (t0.lower === 'by' && start < ceiling && tokens[start + 1].cap && tokens[start - 1]?.kind === 'word' && /(?:ed|en)$/.test(tokens[start - 1].lower)) return readRight(reader, tokens, start + 1, ceiling);
  if (SPEAKER_PRONOUNS[t0.lower]) return { first: start, last: start, head: start, appositive: null };
  if (STANDALONE.has(t0.lower) && (start + 1 > ceiling || tokens[start + 1].kind === 'punct')) return { first: start, last: start, head: start, appositive: null };
  let last = start - 1;
  let sawHead = false;
  // "said harbour master Lena Marsh": a role we do not know, right before a name.
  let roleEnd = start;
  while (roleEnd <= ceiling && roleEnd - start < 3 && isRoleWord(tokens[roleEnd], roleEnd > start)) roleEnd++;
  if (roleEnd > start && roleEnd <= ceiling && tokens[roleEnd].cap && tokens[roleEnd].kind === 'word' && !NOT_SPEAKER_WORDS.has(tokens[roleEnd].lower)) last = roleEnd - 1;
  for (let j = last + 1; j <= ceiling && j - start < MAX_PHRASE; j++) {
    const t = tokens[j];
    // "reads a Wednesday editorial in The Des Moines Register": a day after a determiner says when, and the noun after it is the head.
    if (t.kind === 'word' && t.cap && j === start + 1 && DETERMINERS.has(t0.lower) && DAYS.has(t.lower) && j < ceiling && tokens[j + 1].kind === 'word' && !tokens[j + 1].cap) {
      last = j;
      continue;
    }
    if (t.quote >= 0 || t.kind === 'punct' || NOT_SPEAKER_WORDS.has(t.lower)) break;
    if (t.kind === 'possessive' && j > start) {
      last = j;
      continue;
    }
    if (t.kind === 'word' && DETERMINERS.has(t.lower) && (j === start || (j > start && PP_PREPOSITIONS.has(tokens[j - 1].lower)))) {
      last = j;
      // "Hundreds of demonstrators", "some of his aides": a quantifier and "of" lead to the head.
      if (j === start && tokens[j + 1]?.lower === 'of' && j + 2 <= ceiling) j++;
      continue;
    }
    if (t.kind === 'number' && (j === start || (/^\d+(?:st|nd|rd|th)$/.test(t.text) && tokens[j + 1]?.cap))) {
      last = j; // "said Air Force 1st Lt. Tyler Livingston"
      continue;
    }
    // "mused Blaze co-host Stu Burguiere", "said Idaho nutritional-supplement executive Frank
    // VanderSloot", "the Republican vice-presidential nominee": unknown words between a capital
    // and the role or name they lead to.
    if (t.kind === 'word' && sawHead && tokens[j - 1].cap && unknownModifier(reader, t)) {
      const leadsTo = modifiersLeadTo(reader, tokens, j, ceiling);
      if (leadsTo >= j) {
        last = leadsTo;
        continue;
      }
    }
    if (t.kind === 'word' && (t.cap || reader.isDescriptive(t))) {
      last = j;
      sawHead = true;
      continue;
    }
    // "according to Dutch broadcaster NOS", "said French newspaper Le Monde": a head noun
    // between a capitalised modifier and the name it describes.
    if (t.kind === 'word' && sawHead && tokens[j - 1].cap && (reader.isHeadWord(t) || PUBLICATION_HEADS.has(t.lower)) && j + 1 <= ceiling && tokens[j + 1].kind === 'word' && tokens[j + 1].cap && tokens[j + 1].quote < 0) {
      last = j;
      continue;
    }
    // "according to the state news agency OSTPRESS", "the opposition newspaper Harbour Post": lower-case
    // words that describe the name after them.
    if (t.kind === 'word' && sawHead && !t.cap && DETERMINERS.has(tokens[start].lower)) {
      const described = reader.describedNameAt(tokens, j, ceiling);
      if (described > j) {
        last = j = described;
        continue;
      }
    }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && sawHead && tokens[j + 1]?.cap) {
      last = j;
      continue;
    }
    // Not "in", "on" or "to", which say where or to whom ("said Lund in Paris"), except a part
    // of a document in it: "a footnote in the report".
    const partOfDocument = t.lower === 'in' && DOCUMENT_HEADS.has(tokens[j - 1].lower) && DETERMINERS.has(tokens[j + 1]?.lower ?? '');
    if (t.kind === 'word' && PP_PREPOSITIONS.has(t.lower) && sawHead && j + 1 <= ceiling && ((t.lower !== 'on' && t.lower !== 'in' && t.lower !== 'to') || partOfDocument)) {
      const next = tokens[j + 1];
      if (next.kind === 'word' && (next.cap || DETERMINERS.has(next.lower) || reader.isDescriptive(next))) {
        last = j;
        continue;
      }
    }
    // "a spokeswoman for Trump hotels,": a common noun after a name ends the prepositional object.
    if (t.kind === 'word' && sawHead && j > start + 2 && tokens[j - 1].cap && /^[a-z]+s$/.test(t.text) && !CLAUSE_WORDS.has(t.lower) && tokens[j + 1]?.kind === 'punct' && hasPreposition(tokens, start, j)) {
      last = j;
      break;
    }
    // "according to city planning records", "county property records": words we need not know between a body and its record.
    if (t.kind === 'word' && sawHead && !t.cap && j > start) {
      const record = recordAfterModifiers(tokens, j, ceiling);
      if (record > j) {
        last = j = record;
        continue;
      }
    }
    // "the billionaire businessman", "his longtime personal physician": an unknown noun after a determiner and modifiers.
    // Never past a finite verb: in "said the messages were kept short" the phrase is the content's subject.
    if (t.kind === 'word' && j > start && j - start < 5 && DETERMINERS.has(tokens[start].lower) && /^[a-z0-9][a-z0-9-]+$/.test(t.text) && !CLAUSE_WORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !FINITE_VERBS.has(t.lower) && (!sawHead || onlyModifiers(reader, tokens, start + 1, j))) {
      last = j; // "said the billionaire businessman"
      continue;
    }
    break;
  }
  // "according to the court's online register": when a record follows the possessive, the
  // phrase is the record, in words we need not know; otherwise the possessor speaks.
  if (last > start && tokens[last].kind === 'possessive') last = possessedEnd(tokens, last, ceiling);
  // Access qualifiers belong to the phrase: "people familiar with the matter".
  if (last >= start) {
    const access = accessEnd(tokens, last + 1, ceiling);
    if (access > last) last = access;
  }
  while (last >= start && (PP_PREPOSITIONS.has(tokens[last].lower) || DETERMINERS.has(tokens[last].lower))) last--;
  if (last < start) return null;
  const head = reader.headOf(tokens, start, last);
  if (head < 0) return null;
  // "according to a copy seen by Reuters", "a list of demands", "figures from the price
  // reporting service SteelIndex Europe": what tells one record from another stays with it.
  if (DOCUMENT_HEADS.has(tokens[head].lower)) last = Math.max(last, recordTail(tokens, head + 1, ceiling, reader.lexicon, (t) => reader.isDescriptive(t)));
  const according = tokens[start - 1]?.lower === 'to' && tokens[start - 2]?.lower === 'according';
  return { first: start, last, head, appositive: rightAppositive(tokens, last + 1, ceiling, reader, according) };
}

/** Tokens `from` up to `to` (exclusive) are lower-case modifiers, none of them a head: `longtime personal`. */
function onlyModifiers(reader: PhraseReader, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].cap || reader.isHeadWord(tokens[k])) return false;
  return true;
}

/** A lower-case word we do not know that can modify a role (`co-host`, `vice-presidential`), and not a verb (`rallied`, `says`). */
function unknownModifier(reader: PhraseReader, t: Token): boolean {
  if (t.kind !== 'word' || !/^[a-z][a-z-]+$/.test(t.text) || (/(?:ed|ing|s)$/.test(t.text) && !t.text.includes('-'))) return false;
  return !CLAUSE_WORDS.has(t.lower) && !PP_PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !NOT_SPEAKER_WORDS.has(t.lower) && !reader.isHeadWord(t) && !reader.lexicon.verbs.has(t.lower) && !IRREGULAR_PAST.has(t.lower);
}

/**
 * From an unknown lower-case word at `j`: up to two of them, then a known role (`executive`,
 * `nominee`) or a full name (two capitals). The last token of what they lead to, or -1.
 */
function modifiersLeadTo(reader: PhraseReader, tokens: readonly Token[], j: number, ceiling: number): number {
  let k = j;
  while (k + 1 <= ceiling && k - j < 1 && unknownModifier(reader, tokens[k + 1])) k++;
  const next = tokens[k + 1];
  if (!next || k + 1 > ceiling || next.quote >= 0) return -1;
  if (next.kind === 'word' && !next.cap && reader.isHeadWord(next)) return k + 1;
  if (next.kind === 'word' && next.cap && k + 2 <= ceiling && tokens[k + 2]?.kind === 'word' && tokens[k + 2].cap) return k;
  return -1;
}

/** The record that one or two plain lower-case words from `j` lead to (`planning records`), or -1. Not a law: "a San Diego securities law firm". */
function recordAfterModifiers(tokens: readonly Token[], j: number, ceiling: number): number {
  for (let k = j; k <= ceiling && k < j + 2; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || t.quote >= 0 || CLAUSE_WORDS.has(t.lower) || FINITE_VERBS.has(t.lower) || PP_PREPOSITIONS.has(t.lower)) return -1;
    if (k > j && RECORD_HEADS.has(t.lower)) return k;
  }
  return -1;
}
