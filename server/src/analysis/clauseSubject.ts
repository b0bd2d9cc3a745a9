/**
 * The grammatical subject of a clause, found without a parser: the first speaker-like phrase
 * that is followed by its verb, after any opening adverbial. Quotations with no reporting
 * verb ("Carson called the system "rotten to the core."") and participles with no earlier
 * speaker (", saying …") are attributed to it.
 */
import { ANONYMOUS_HEADS, DAYS, DOCUMENT_HEADS, GROUP_NOUNS, NOT_SPEAKER_WORDS, SENTENCE_START_STOPWORDS, SPEAKER_PRONOUNS, TIME_UNITS } from './lexicon/words';
import type { Phrase, PhraseReader } from './phrases';
import type { Token } from './tokens';

/** Words that open an adverbial before the subject ("In a statement released Thursday, …"). */
const LEADING_CLAUSE = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'as', 'since', 'speaking', 'asked', 'with', 'for',
  'by', 'from', 'despite', 'although', 'though', 'if', 'because', 'earlier', 'later', 'last', 'this', 'meanwhile',
  'still', 'yet', 'instead', 'now', 'then', 'addressing', 'responding', 'writing', 'following', 'under', 'over',
  'among', 'unlike', 'like', 'once', 'until', 'about', 'citing', 'throughout', 'neutral', 'amid', 'without', 'within',
  'outside', 'inside', 'across', 'around', 'near', 'behind', 'beyond', 'along', 'toward', 'towards', 'back',
  'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'moments', 'seconds', 'shortly', 'soon', 'given',
]);
const PREPOSITIONS = ['in', 'on', 'at', 'by', 'with', 'from', 'for', 'into', 'over', 'under', 'about', 'against', 'between', 'among', 'through', 'during', 'after', 'before', 'since', 'until', 'near', 'across', 'behind', 'within', 'without', 'upon', 'via', 'per', 'like', 'amid'];
/** Words that cannot be the verb right after a subject. */
export const NOT_VERBS = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'of', 'to', 'as', 'than', 'if', 'when', 'while', 'because']);
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|several|many|few|dozens|hundreds|thousands)(?:-\w+)?$/;
export const DETERMINERS_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another']);
/** "I" and "we" stay possible subjects: a columnist or a group speaking of itself is a source too. */
const NOT_SUBJECTS = new Set([...SENTENCE_START_STOPWORDS, ...NOT_SPEAKER_WORDS].filter((w) => !GROUP_NOUNS.has(w) && !ANONYMOUS_HEADS.has(w) && SPEAKER_PRONOUNS[w] === undefined && w !== 'i' && w !== 'we'));

/** Subjects stand near the start of their clause; looking further would only find objects. */
const SUBJECT_WINDOW = 40;

/**
 * The subject of the clause that holds token `before`: the first speaker phrase in the
 * sentence that is followed by its verb ("Carson took the stage ... and called ..."),
 * after any opening adverbial ("In a statement released Thursday, Rep. Jane Doe reacted ...").
 * A phrase right after a preposition is an object, not a subject, and is skipped.
 */
export function clauseSubject(reader: PhraseReader, tokens: readonly Token[], first: number, before: number): Phrase | null {
  let start = first;
  while (start < before && ((tokens[start].kind === 'punct' && tokens[start].quote < 0) || /^(?:and|but|so|yet|or|then)$/.test(tokens[start].lower))) start++;
  if (start < before && (LEADING_CLAUSE.has(tokens[start].lower) || openingTime(tokens, start) || /^[A-Z][a-z]+(?:ing|ed)$/.test(tokens[start].text))) {
    const comma = closingComma(tokens, start, before);
    if (comma < 0) return null;
    start = comma + 1;
  }
  const limit = Math.min(before, start + SUBJECT_WINDOW);
  for (let i = start; i < limit; i++) {
    const t = tokens[i];
    if (t.quote >= 0) return null;
    if (t.text === ';' || t.text === ':') return null;
    const previous = tokens[i - 1];
    if (i > start && previous && (NOT_VERBS.has(previous.lower) || previous.kind === 'possessive' || previous.cap || DETERMINERS_BEFORE.has(previous.lower))) continue;
    if (!(t.cap || SPEAKER_PRONOUNS[t.lower] !== undefined || DETERMINERS_BEFORE.has(t.lower) || reader.isHeadWord(t))) continue;
    const phrase = reader.right(tokens, i, before - 1);
    if (!phrase || phrase.last >= before) continue;
    const head = tokens[phrase.head];
    if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || reader.isHeadWord(head))) continue;
    // "It is strange that …", "There's also …", "Much of …": placeholders, not speakers.
    const oneWord = phrase.first === phrase.last || (phrase.first + 1 === phrase.last && tokens[phrase.last].kind === 'possessive'); // "That’s"
    if (head.lower === 'it' || (oneWord && NOT_SUBJECTS.has(head.lower))) continue;
    if (followedByVerb(tokens, phrase, before)) return phrase;
    // "A previously undisclosed email obtained by Citizens United, the conservative group,
    // through lawsuits shows …": when the record's tail leads nowhere a sieve can follow, the
    // record before its participle is the subject.
    const record = { first: phrase.first, last: phrase.head, head: phrase.head, appositive: null };
    if (phrase.last > phrase.head && DOCUMENT_HEADS.has(head.lower) && followedByVerb(tokens, record, before)) return record;
    const joined = coordinatedSubject(reader, tokens, phrase, before);
    if (joined) return joined;
    i = phrase.last;
  }
  return null;
}

/**
 * The comma that closes an opening adverbial from `start`, or -1: within the subject window,
 * not inside a quotation, past a parenthesis whole ("After the firebombing (Clinton called it
 * "horrific"), Trump …").
 */
function closingComma(tokens: readonly Token[], start: number, before: number): number {
  for (let j = start; j < before && j - start < SUBJECT_WINDOW; j++) {
    const t = tokens[j];
    if (t.text === '(') {
      let close = j + 1;
      while (close < before && close - j < SUBJECT_WINDOW && tokens[close].text !== ')') close++;
      if (close >= before || tokens[close].text !== ')') return -1;
      j = close;
      continue;
    }
    if (t.quote >= 0) return -1;
    if (t.text === ',') return j;
  }
  return -1;
}

/**
 * `Trump and Ryan issued a statement …`: two speakers joined by "and" share the verb. The
 * phrase spans both; the second is its head, as in `Ortiz and Ruiz said` read leftward.
 */
function coordinatedSubject(reader: PhraseReader, tokens: readonly Token[], phrase: Phrase, before: number): Phrase | null {
  const and = phrase.last + 1;
  if (and + 1 >= before || tokens[and].lower !== 'and' || tokens[and].quote >= 0) return null;
  const second = reader.right(tokens, and + 1, before - 1);
  if (!second || second.last >= before) return null;
  const head = tokens[second.head];
  if (!(head.cap || reader.isHeadWord(head)) || !followedByVerb(tokens, second, before)) return null;
  return { first: phrase.first, last: second.last, head: second.head, appositive: second.appositive };
}


/** A number opening an adverbial of time (`Two days later,`, `11:15 a.m.`), not a subject's quantifier (`Hundreds of protesters`, `Two aides said`). */
function openingTime(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  if (!(NUMBER_WORDS.test(t.lower) || t.kind === 'number')) return false;
  const next = tokens[start + 1];
  return next !== undefined && (TIME_UNITS.has(next.lower) || next.kind !== 'word' || /^[ap]\.m\.?$/.test(next.lower));
}

/** How long an appositive between a subject and its verb may run, in tokens: `, the construction group boring the tunnel for the Brussels region's new north-south metro line,`. */
const APPOSITIVE_REACH = 20;

/** A subject is followed by its verb: a lower-case word that is not a preposition or conjunction; a parenthesis or an appositive may come between. */
function followedByVerb(tokens: readonly Token[], phrase: Phrase, before: number): boolean {
  let after = phrase.last + 1;
  let parenthetical = false;
  if (tokens[after]?.text === '(') {
    const limit = Math.min(before, after + 12);
    while (after < limit && tokens[after].text !== ')') after++;
    after++;
    parenthetical = true;
  }
  if (tokens[after]?.text === ',') {
    // "Sen. Jack Reed (D-R.I.), said …": a stray comma after a party and state, then the verb.
    if (parenthetical && isVerbLike(tokens[after + 1])) return after + 1 < before;
    let close = after + 1;
    while (close < before && close - after <= APPOSITIVE_REACH && tokens[close].text !== ',' && tokens[close].quote < 0) close++;
    if (close < before && tokens[close].text === ',' && close - after <= APPOSITIVE_REACH) after = close + 1;
    else if (parenthetical) after++;
  }
  // "A federal judge on Thursday blocked …": the day between the subject and its verb.
  if (after + 2 < before && DAY_OPENERS.has(tokens[after].lower) && DAYS.has(tokens[after + 1].lower)) after += 2;
  return after < before && isVerbLike(tokens[after]);
}

const DAY_OPENERS = new Set(['on', 'late', 'early']);

/** A lower-case word that is not a preposition or conjunction: the verb, as far as a sieve can tell. */
function isVerbLike(next: Token | undefined): boolean {
  return !!next && next.kind === 'word' && !next.cap && !NOT_VERBS.has(next.lower) && /^[a-z’'-]+$/.test(next.text);
}
