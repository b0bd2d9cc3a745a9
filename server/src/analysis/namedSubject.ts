/**
 * Organisations and people a sentence names without quoting them, for the steps that resolve
 * a `they`, an `it` or "the company" to them: the subject a sentence opens with
 * (`RegioTrans declined to discuss the figures.`, `Her campaign also released two ads …`,
 * `Health officials met on Monday.`), the subject of what a verb reports (`said Marevia had
 * moved …`), and a company named after a noun for one (`German steelmaker Rheinstahl`). No
 * attribution step has made them sources, since nobody quotes them.
 */
import { NOT_VERBS } from './clauseSubject';
import { afterDateline } from './datelineTokens';
import { sentenceNumbered, sentenceOfToken, tokenAt, type ParagraphInfo, type WorkingDocument } from './document';
import { ANONYMOUS_HEADS, FINITE_VERBS, GROUP_NOUNS, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, SENTENCE_START_STOPWORDS, SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import type { Token } from './tokens';

export interface NamedSubject {
  start: number;
  end: number;
  /** As a source is named: without a leading article (`party`, `Her campaign`, `RegioTrans`, `health officials`). */
  name: string;
  /** An organisation, or people described but not named (`Health officials`), who can only be a `they`. */
  cls: 'organization' | 'anonymous' | 'group';
  /** Where the organisation itself is named, after an owner that may be a source of its own (`Donald Trump's` campaign). */
  ownStart: number;
  /** False for one capitalised word opening the sentence that the text neither shows to be a name nor a common noun (`Demand fell`). */
  certain: boolean;
}

/** Longest subject read, in tokens: `European Central Bank`, `the national ports authority`. */
const MAX_SUBJECT = 5;
/** Determiners that open an organisation's noun phrase: `the party`, `her campaign`. */
const OPENERS = new Set(['the', 'his', 'her', 'its', 'their']);
/** How long an appositive between the subject and its verb may run, in tokens. */
const APPOSITIVE_REACH = 20;
/** Common verbs whose past does not end in -ed: `Health officials met on Monday.` */
const IRREGULAR_PAST = new Set(['met', 'said', 'told', 'went', 'took', 'made', 'gave', 'held', 'left', 'began', 'came', 'saw', 'spoke', 'wrote', 'found', 'knew', 'sent', 'built', 'won', 'lost', 'paid', 'sold', 'bought', 'kept', 'brought', 'chose', 'drew', 'fought', 'led', 'put', 'set', 'cut', 'struck', 'withdrew', 'rose', 'fell']);
/** Adverbs between a subject and its verb: `Her campaign also released`. */
const ADVERBS = new Set(['also', 'later', 'then', 'now', 'again', 'still', 'quickly', 'separately']);

/** How far back from the pronoun the steps look, in tokens: enough for a clause, and a bound on long sentences. */
const LOOK_BACK = 60;

/**
 * The subjects a pronoun may stand for in sentence `index`, the opening one first: the one
 * the sentence opens with, when it names an organisation (a capitalised name, or a
 * determiner and an organisation's noun: `the party`) or people described but not named,
 * and a verb in the past or a finite auxiliary follows it. With `before` (the pronoun's own
 * sentence), only subjects ending before that offset, and after the opener the subjects of
 * what verbs before it report: `Lindqvist said Marevia had moved two brigades and that it
 * expected …`.
 */
export function namedSubjects(doc: WorkingDocument, index: number, before = Infinity): NamedSubject[] {
  const at = sentenceNumbered(doc, index);
  if (!at) return [];
  const { paragraph, sentence } = at;
  const found: NamedSubject[] = [];
  // "SAN JOSE, Calif., Nov 30 (Reuters) - Veltrix Corp will cut …": the subject follows the dateline.
  const first = sentence.firstToken === 0 && paragraph.index === doc.lede ? afterDateline(paragraph.tokens, sentence.firstWord, sentence.lastToken) : sentence.firstWord;
  const opening = subjectAt(doc, paragraph.tokens, first, sentence.lastToken, before, true);
  if (opening) found.push(opening);
  if (before === Infinity) return found;
  const floor = Math.max(sentence.firstToken, tokenAt(paragraph, before) - LOOK_BACK);
  for (let k = firstCueFrom(paragraph, floor); k < paragraph.cues.length; k++) {
    const cue = paragraph.cues[k];
    if (cue.last >= sentence.lastToken || paragraph.tokens[cue.last].end >= before) break;
    if (cue.belief) continue;
    const first = paragraph.tokens[cue.last + 1]?.lower === 'that' ? cue.last + 2 : cue.last + 1;
    const reported = subjectAt(doc, paragraph.tokens, first, sentence.lastToken, before, false);
    if (reported) found.push(reported);
  }
  return found;
}

/**
 * Companies sentence `index` names after a noun for one, nearest `before` first: `German
 * steelmaker Rheinstahl`, `the carmaker Volta Motors`. What "the company" later stands for.
 */
export function companiesNamed(doc: WorkingDocument, index: number, before: number, nouns: ReadonlySet<string>): NamedSubject[] {
  const at = sentenceNumbered(doc, index);
  if (!at) return [];
  const { paragraph, sentence } = at;
  const tokens = paragraph.tokens;
  const found: NamedSubject[] = [];
  const from = Math.min(sentence.lastToken, tokenAt(paragraph, before)) - 2;
  for (let j = from; j >= sentence.firstToken && from - j <= LOOK_BACK; j--) {
    const noun = tokens[j];
    if (noun.quote >= 0 || noun.cap || !nouns.has(noun.lower)) continue;
    const last = nameEnd(tokens, j + 1, sentence.lastToken);
    if (last <= j || tokens[last].end > before) continue;
    found.push({ start: tokens[j + 1].start, end: tokens[last].end, name: doc.text.slice(tokens[j + 1].start, tokens[last].end), cls: 'organization', ownStart: tokens[j + 1].start, certain: true });
  }
  return found;
}


/** The first of a paragraph's cues at or after token `floor` (cues come in token order). */
function firstCueFrom(paragraph: ParagraphInfo, floor: number): number {
  let low = 0;
  let high = paragraph.cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraph.cues[mid].token < floor) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The subject that opens at token `first` (see `namedSubjects`), or null. */
function subjectAt(doc: WorkingDocument, tokens: readonly Token[], first: number, end: number, before: number, opensSentence: boolean): NamedSubject | null {
  const text = doc.text;
  const opener = tokens[first];
  if (!opener || first >= end || opener.quote >= 0) return null;
  let last = OPENERS.has(opener.lower) ? organizationPhraseEnd(tokens, first, end) : nameEnd(tokens, first, end);
  // "Demand fell", "Prices rose": one capital opening a sentence may be a common noun.
  const evidence = last === first && opensSentence ? nameEvidence(doc, opener) : 'name';
  if (evidence === 'common') last = first - 1;
  // "The Washington Post reported …": an article before a name.
  if (last < first && opener.lower === 'the') last = nameEnd(tokens, first + 1, end);
  // "Donald Trump's campaign is defending …": a named owner's organisation.
  let ownStart = opener.start;
  if (last >= first && tokens[last + 1]?.kind === 'possessive' && ORGANIZATION_HEADS.has(tokens[last + 2]?.lower ?? '') && last + 2 < end) {
    last += 2;
    ownStart = tokens[last].start;
  }
  // "Health officials met …", "Officials said …": people described, not named.
  let cls: NamedSubject['cls'] = 'organization';
  const people = peopleEnd(tokens, first, end);
  if (people >= first) {
    last = people;
    cls = ANONYMOUS_HEADS.has(tokens[last].lower) ? 'anonymous' : 'group';
  }
  if (last < first || tokens[last].end > before) return null;
  let verb = last + 1;
  // "Rheinstahl, which employs about 21,000 people, has been …": past an appositive to the verb.
  if (tokens[verb]?.text === ',') {
    let close = verb + 1;
    while (close < end && close - verb <= APPOSITIVE_REACH && tokens[close].text !== ',' && tokens[close].quote < 0) close++;
    if (close < end && tokens[close].text === ',') verb = close + 1;
  }
  // "The Security Council on Friday made …", "Her campaign also released …": past a time or an adverb (a few words).
  for (let skipped = 0; skipped < 4 && verb < end && (ADVERBS.has(tokens[verb].lower) || /^[a-z]{3,}ly$/.test(tokens[verb].text) || TIME_WORDS.has(tokens[verb].lower) || (tokens[verb].lower === 'on' && TIME_WORDS.has(tokens[verb + 1]?.lower ?? ''))); skipped++) verb++;
  // "World powers condemned" opens with no name: the verb must be past or finite.
  const v = tokens[verb];
  if (!v || v.kind !== 'word' || v.cap || v.quote >= 0 || NOT_VERBS.has(v.lower) || !(v.lower.endsWith('ed') || FINITE_VERBS.has(v.lower) || IRREGULAR_PAST.has(v.lower))) return null;
  const nameStart = opener.lower === 'the' ? tokens[first + 1].start : opener.start;
  const words = text.slice(nameStart, tokens[last].end);
  // People described are named as their phrase is, in lower case: "health officials".
  const name = cls === 'organization' ? words : words[0].toLowerCase() + words.slice(1);
  return { start: opener.start, end: tokens[last].end, name, cls, ownStart, certain: evidence === 'name' || cls !== 'organization' || last !== first };
}

/**
 * What the text says of a capitalised word that opens a sentence. A name when it has a capital
 * or a digit inside (`RegioTrans`, `IBM`, `3M`), the lexicon knows it, or the article
 * capitalises it inside a sentence too (`German steelmaker Rheinstahl`). A common noun when it
 * has the ending of one (`Prices`, `Inflation`, `Unemployment`) or the article writes it in
 * lower case elsewhere (`Demand fell … weak demand`). Otherwise it may be either.
 */
function nameEvidence(doc: WorkingDocument, token: Token): 'name' | 'common' | 'either' {
  if (/^.+[A-Z0-9]/.test(token.text) || KNOWN_ORGANIZATIONS.has(token.lower) || doc.lexicon.organizations.has(token.lower)) return 'name';
  const cases = casesOf(doc, token.lower);
  if (cases.capitalisedInside) return 'name';
  return COMMON_NOUN_ENDING.test(token.lower) || cases.lowerCase ? 'common' : 'either';
}

/** Endings of common nouns: plurals, and -tion, -ment, -ity, -ness, -ance, -ence, -ism, -ing. */
const COMMON_NOUN_ENDING = /(?:[^s]s|tion|ment|ity|ness|ance|ence|ism|ing)$/;

/** How an article writes a word: capitalised after another word of its clause, and in lower case. */
interface WordCases {
  capitalisedInside: boolean;
  lowerCase: boolean;
}

/**
 * Per document, the cases of the words asked about. A word costs one pass over the words, and
 * an article asks about a few; at `SCANS_BEFORE_INDEX` of them one pass indexes every word, so
 * hostile text with thousands of such words stays linear.
 */
const wordCases = new WeakMap<WorkingDocument, Map<string, WordCases>>();
const SCANS_BEFORE_INDEX = 8;

function casesOf(doc: WorkingDocument, word: string): WordCases {
  let cases = wordCases.get(doc);
  if (!cases) wordCases.set(doc, (cases = new Map()));
  let found = cases.get(word);
  if (found) return found;
  if (cases.size === SCANS_BEFORE_INDEX) readWordCases(doc, cases, null);
  found = cases.get(word);
  if (!found) {
    found = { capitalisedInside: false, lowerCase: false };
    if (cases.size < SCANS_BEFORE_INDEX) readWordCases(doc, new Map([[word, found]]), word);
  }
  cases.set(word, found);
  return found;
}

/**
 * Reads into `cases` how the article's body writes `only` (or, when null, every word), outside
 * headlines, which capitalise every word. A capitalised word counts as inside its clause after
 * another word of it, unless it opens a sentence (after an abbreviation, "U.S.", a word may).
 */
function readWordCases(doc: WorkingDocument, cases: Map<string, WordCases>, only: string | null): void {
  for (const paragraph of doc.paragraphs) {
    if (paragraph.kind === 'heading') continue;
    const tokens = paragraph.tokens;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind !== 'word' || (only !== null && t.lower !== only)) continue;
      let entry = cases.get(t.lower);
      if (!entry) cases.set(t.lower, (entry = { capitalisedInside: false, lowerCase: false }));
      if (!t.cap) {
        entry.lowerCase = true;
        continue;
      }
      const previous = tokens[j - 1];
      if (previous && (previous.kind === 'word' || previous.kind === 'number' || previous.kind === 'possessive' || previous.text === ',') && sentenceOfToken(paragraph, j).firstWord !== j) entry.capitalisedInside = true;
    }
  }
}

/** `Health officials`, `Senior aides`, `Officials`: up to two modifiers and a plural noun for people; else `first - 1`. */
function peopleEnd(tokens: readonly Token[], first: number, end: number): number {
  for (let j = first; j < end && j - first <= 2; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.quote >= 0) return first - 1;
    if (GROUP_NOUNS.has(t.lower)) return tokens[j + 1]?.kind === 'possessive' ? first - 1 : j;
  }
  return first - 1;
}

/** The last word of a capitalised name opening at `first`, or `first - 1` when none does. */
function nameEnd(tokens: readonly Token[], first: number, end: number): number {
  let last = first - 1;
  while (last + 1 < end && last + 1 - first < MAX_SUBJECT && tokens[last + 1].kind === 'word' && tokens[last + 1].cap && tokens[last + 1].quote < 0) last++;
  if (last < first) return last;
  last = pastNameLinks(tokens, first, last, end);
  const lead = tokens[first].lower;
  if (SENTENCE_START_STOPWORDS.has(lead) || SPEAKER_PRONOUNS[lead] !== undefined || FINITE_VERBS.has(lead)) return first - 1;
  return last;
}

/** Small words inside a body's name: `League for Fair Ballots`, `Committee to Protect Journalists`. */
const NAME_LINKS = new Set(['for', 'to', 'of', 'on']);

/** "the League for Fair Ballots", "the Committee to Protect Journalists": a body's capitalised name goes on past its small words. */
function pastNameLinks(tokens: readonly Token[], first: number, last: number, end: number): number {
  const capital = (j: number): boolean => j < end && j - first <= MAX_SUBJECT && tokens[j].kind === 'word' && tokens[j].cap && tokens[j].quote < 0;
  while (ORGANIZATION_HEADS.has(tokens[last].lower) && NAME_LINKS.has(tokens[last + 1]?.lower ?? '') && capital(last + 2)) {
    last += 2;
    while (capital(last + 1)) last++;
  }
  return last;
}

/** `the party`, `her campaign`, `the national ports authority`: the organisation's noun ends it, or `first - 1`. */
function organizationPhraseEnd(tokens: readonly Token[], first: number, end: number): number {
  for (let j = first + 1; j < end && j - first <= MAX_SUBJECT; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.quote >= 0) return first - 1;
    if (ORGANIZATION_HEADS.has(t.lower)) {
      // "the Harbour Authority Council": a capitalised name goes on past its first head noun.
      let last = j;
      while (t.cap && last + 1 < end && last + 1 - first <= MAX_SUBJECT && tokens[last + 1].kind === 'word' && tokens[last + 1].cap && tokens[last + 1].quote < 0) last++;
      if (t.cap) last = pastNameLinks(tokens, first, last, end);
      // "the school board", "the police department": a second head noun names the body.
      while (!t.cap && last + 1 < end && last + 1 - first <= MAX_SUBJECT && ORGANIZATION_HEADS.has(tokens[last + 1].lower) && !tokens[last + 1].cap && tokens[last + 1].quote < 0) last++;
      return tokens[last + 1]?.kind === 'possessive' ? first - 1 : last;
    }
  }
  return first - 1;
}
