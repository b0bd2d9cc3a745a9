/**
 * The words and token tests speaker phrases are read with, shared by reading leftwards from a
 * verb (`phraseLeft`) and rightwards (`phraseRight`): prepositions that open a tail, name
 * particles, quantifiers, appositive and post-modifier boundaries.
 */
import { AP_STATES, US_STATE_NAMES } from './lexicon/abbreviations';
import { ACCESS, GRANTED, GRANTED_OR_ACCESS_WORDS } from './lexicon/anonymity';
import { CHANNEL_NOUNS } from './lexicon/verbs';
import {
  APPROXIMATORS,
  CLAUSE_WORDS,
  DETERMINERS,
  DOCUMENT_HEADS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  ORGANIZATION_HEADS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SENTENCE_START_STOPWORDS,
  TIME_UNITS,
  TITLE_PARTICIPLES,
} from './lexicon/words';
import { titleOfBefore } from './names';
import type { Phrase, PhraseReader } from './phrases';
import type { Token } from './tokens';

/** Numbered provisions of a law, a treaty or a charter: `Article 33`, `Section 4`, `Title IX`. */
export const PROVISIONS = /^(?:Article|Section|Clause|Paragraph|Rule|Amendment|Title|Chapter|Subsection|Resolution)$/;

/** A provision's number: digits or a Roman numeral (`33`, `IX`). */
export function isProvisionNumber(token: Token): boolean {
  return token.kind === 'number' || /^[IVXL]+$/.test(token.text);
}

/** Records a body keeps, which words we need not know may lead to: `city planning records`, `exit polling data`. */
export const RECORD_HEADS = new Set(['records', 'data', 'filings', 'documents', 'figures', 'statistics', 'logs', 'results']);

export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'st.', 'mac', 'ben', 'abu', 'y']);
export const PP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'to', 'in']);
/** Where words were said or published, not who said them: `the ministry in a statement`. */
export const CHANNEL_OR_DOCUMENT = new Set([...CHANNEL_NOUNS, ...DOCUMENT_HEADS]);
/** Agent nouns in the plural: `protesters`, `spectators`, `activists`, `students`. */
export const PEOPLE_NOUN = /(?:ers|ors|ists|ians|ants|ents)$/;
/** Plain words for people, heads of `a man in the crowd`, `a woman at the rally`. */
export const PERSON_NOUNS = new Set(['man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'guy', 'heckler', 'hecklers', 'onlooker', 'onlookers', 'bystander', 'bystanders', 'passerby']);
/** Prepositions that attach a phrase to a name rather than set a time or place: `Jane Ortiz of the union`. */
export const NAME_PREPOSITIONS = new Set(['of', 'for', 'with']);
/** Quantifiers that can stand alone as a speaker: "one said", "said another"; fractions too, as polls report them ("Nearly half said"). */
export const STANDALONE = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'both', 'most', 'few', 'half', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter']);
/** Reflexives that stress a subject: `Ford itself said`. */
export const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Adverbs that may open an appositive: `, then 38,`, `, now a senator,`. */
export const APPOSITIVE_ADVERBS = new Set(['then', 'now', 'formerly', 'once']);
/** Words that open an adverbial set off by commas between a subject and its verb: `Trump, in Kentucky, said`. */
export const PARENTHETICAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'if', 'however', 'meanwhile', 'too', 'also', 'though', 'instead', 'nonetheless', 'nevertheless', 'likewise', 'similarly', 'later', 'earlier', 'speaking', 'for']);
/** No speaker phrase is longer than this many tokens; the bound keeps every scan short. */
export const MAX_PHRASE = 16;
/** Appositives and relative clauses between a name and its verb stay within this many tokens. */
export const MAX_APPOSITIVE = 32;
export const WORD_AT_START = (tokens: readonly Token[], i: number, sentenceStart: number): boolean => i === sentenceStart || (i > sentenceStart && isOpeningPunct(tokens[i - 1].text) && i - 1 === sentenceStart);

/**
 * A lower-case word that may be part of a role we do not know (`harbour master`). Never a
 * preposition, and past the first word never a past tense: in "demonstrators marched through
 * Center City", "marched through" is no role before the name "Center City".
 */
export function isRoleWord(t: Token, notFirst: boolean): boolean {
  if (!/^[a-z][a-z-]+$/.test(t.text) || CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  return !(notFirst && /[a-z]ed$/.test(t.text));
}

/** The nearest comma (or quotation, hard stop or `limit - 1`) at or before token `from`. */
export function commaBefore(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  while (j >= limit && tokens[j].text !== ',' && tokens[j].quote < 0 && !isHardStop(tokens[j].text)) j--;
  return j;
}

/**
 * `, speaking on condition of anonymity because …,` ending at the comma `comma`: the comma that
 * opens a participle phrase set off before a verb, or -1.
 */
export function participleAsideOpen(tokens: readonly Token[], comma: number, floor: number): number {
  const open = commaBefore(tokens, comma - 1, Math.max(floor, comma - MAX_APPOSITIVE - 1));
  return open >= floor && tokens[open].text === ',' && comma - open > 2 && /^[a-z]+ing$/.test(tokens[open + 1].text) ? open : -1;
}

/** A US state's name or AP abbreviation, as written: `Va.`, `Virginia`, `South Carolina`. */
function isStateText(words: string): boolean {
  return AP_STATES.has(words) || US_STATE_NAMES.has(words);
}

/** A US state as a dateline or a hometown writes it after a place: `Fla.`, `Florida`. */
export function isStateName(token: Token | undefined): boolean {
  return token !== undefined && token.cap && isStateText(token.text);
}

/**
 * `in Lynchburg, Va.,`, `of Elizabeth, Colorado,`: the words between the commas at `open` and
 * `comma` name the US state of a place, a capitalised name after a preposition. After a person's
 * name (`Mark Ortiz, Texas, said`) the state stays an appositive.
 */
export function isStateAfterPlace(tokens: readonly Token[], open: number, comma: number): boolean {
  if (comma - open > 3) return false;
  const words = tokens.slice(open + 1, comma).map((t) => t.text).join(' ');
  if (!isStateText(words)) return false;
  let place = open - 1;
  while (place > open - 4 && tokens[place]?.cap && tokens[place].kind === 'word') place--;
  return place < open - 1 && PREPOSITIONS.has(tokens[place]?.lower ?? '');
}



/** Prepositions that say where: `a supporter at a rally in Denver`. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);

/** At token `j`, a title's `of` (or `for`) followed by at least three capitalised words: the rest of the title and a name. */
export function titleOfLeadsToName(tokens: readonly Token[], j: number, last: number): boolean {
  let run = j + 1;
  if (tokens[run]?.lower === 'the') run++;
  if (run > last || !titleOfBefore(tokens, run)) return false;
  for (let k = run; k <= last; k++) if (!tokens[k].cap || tokens[k].kind !== 'word') return false;
  return last - run >= 2;
}

/** `… and talk Dave Gorab`: a full name after a lower-case word ends tokens [from, end]; a title and the speaker's name, not a second object. */
export function endsInTitledName(tokens: readonly Token[], from: number, end: number): boolean {
  let k = end;
  while (k >= from && tokens[k].cap && tokens[k].kind === 'word') k--;
  return end - k >= 2 && k >= from && !tokens[k].cap;
}

/** A lawmaker's party and state: `R-N.C.`, `D-Wis.`, `I-Vt.`. */
export const PARTY_LABEL = /^[DRI]-[A-Z][A-Za-z.]{1,5}$/;

/** Quantifiers that take a partitive "of": `one of her ads`, `most of his aides`. */
export const PARTITIVE_QUANTIFIERS = new Set([...STANDALONE, 'each', 'all', 'none', 'two', 'three']);

const COUNT_WORDS = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'several', 'many']);

/** The `of` that opens a duration ending at `end` (`of nearly four years`), or -1. */
export function durationOf(tokens: readonly Token[], end: number, floor: number): number {
  if (!TIME_UNITS.has(tokens[end].lower)) return -1;
  let k = end - 1;
  if (k < floor || !(tokens[k].kind === 'number' || COUNT_WORDS.has(tokens[k].lower))) return -1;
  k--;
  while (k >= floor && end - k < 6 && APPROXIMATORS.has(tokens[k].lower)) k--;
  return k >= floor && tokens[k].lower === 'of' && tokens[k].quote < 0 ? k : -1;
}

/** `one of her ads asking …`: a quantifier and "of" before the phrase belong to it; "her ads" alone reads as an object. */
export function withQuantifier(tokens: readonly Token[], core: Phrase | null, floor: number): Phrase | null {
  if (!core || core.first - 2 < floor) return core;
  const of = tokens[core.first - 1];
  const quantifier = tokens[core.first - 2];
  if (of.lower !== 'of' || of.quote >= 0 || quantifier.quote >= 0 || !PARTITIVE_QUANTIFIERS.has(quantifier.lower)) return core;
  return { ...core, first: core.first - 2 };
}

const RELATIVES = new Set(['who', 'whose', 'whom']);

export function rightAppositive(tokens: readonly Token[], from: number, ceiling: number, reader: PhraseReader, according = false): [number, number] | null {
  if (from > ceiling || tokens[from].text !== ',') return null;
  // "said Hilde Baumann, 71, who spent 30 years …": past an age to the description after it.
  if (tokens[from + 1]?.kind === 'number' && tokens[from + 2]?.text === ',' && from + 3 <= ceiling && tokens[from + 3].quote < 0) {
    const described = rightAppositive(tokens, from + 2, ceiling, reader, according);
    if (described) return described;
  }
  const first = tokens[from + 1];
  if (!first || first.quote >= 0) return null;
  // "said Gene Lund, managing director at Harbour Capital."
  const titleParticiple = TITLE_PARTICIPLES.has(first.lower) && reader.isDescriptive(tokens[from + 2] ?? first);
  if (!(DETERMINERS.has(first.lower) || reader.isDescriptive(first) || titleParticiple || first.kind === 'number' || first.lower === 'who')) return null;
  let end = from + 1;
  while (end + 1 <= ceiling && end - from < MAX_APPOSITIVE && tokens[end + 1].quote < 0 && tokens[end + 1].text !== ',' && !isHardStop(tokens[end + 1].text)) end++;
  // "According to the Pentagon, two soldiers were wounded": a clause, not a description of the Pentagon.
  // A relative clause may have its verb: "a professor at Stanford who is not involved in the case".
  if (first.lower !== 'who') for (let j = from + 1; j <= end && !RELATIVES.has(tokens[j].lower); j++) if (FINITE_VERBS.has(tokens[j].lower)) return null;
  // "According to AZCentral, one highway sign read, "…"": a clause whose verb introduces words.
  if (first.lower !== 'who' && end > from + 1 && reader.isReportingVerb(tokens[end])) return null;
  // "According to police, a man, 34, was arrested": a noun phrase whose verb follows its commas is the clause's
  // subject. Not after a subject's name ("Aaron Kall, the director of debate, compared …"), nor a role
  // ("At the heart of it, according to Dennis Ross, another former envoy, was a decision …").
  if (according && first.lower !== 'who' && !reader.isDescriptive(tokens[end]) && verbAfterCommas(tokens, end + 1, ceiling, reader)) return null;
  return [from + 1, end];
}

/**
 * Whether a verb other than one of speech follows the comma at `comma`, past an age between
 * commas: `, was arrested`, `, 34, fled`. Not `, said` or `, has said`, which the description's
 * person says.
 */
function verbAfterCommas(tokens: readonly Token[], comma: number, ceiling: number, reader: PhraseReader): boolean {
  if (tokens[comma]?.text !== ',') return false;
  let next = comma + 1;
  if (tokens[next]?.kind === 'number' && tokens[next + 1]?.text === ',') next += 2;
  const t = tokens[next];
  if (next > ceiling || t === undefined || t.kind !== 'word' || t.cap || t.quote >= 0) return false;
  if (!isVerbForm(t)) return false;
  for (let j = next; j <= next + 2 && j < tokens.length; j++) if (reader.isReportingVerb(tokens[j])) return false;
  return true;
}
export const MODALS = new Set(['may', 'might', 'must', 'should', 'shall']);

/** A lower-case word that reads as a verb where a clause's verb would stand: `was`, `may`, `fled`, `arrested`. */
export function isVerbForm(t: Token): boolean {
  return FINITE_VERBS.has(t.lower) || MODALS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^[a-z]+ed$/.test(t.lower);
}

/** `The national wine exporters' association, ViniPort, said`: one capitalised word after an organisation's description is its name. */
export function namesOrganization(tokens: readonly Token[], first: number, last: number, description: Phrase): boolean {
  const name = tokens[first];
  return first === last && name.kind === 'word' && name.cap && name.quote < 0 && !SENTENCE_START_STOPWORDS.has(name.lower) && ORGANIZATION_HEADS.has(tokens[description.head].lower);
}

/** The last token of `first`…`last` before a hometown (`Michael Brown of Washington, D.C.`), or `last` when none ends it. */
export function withoutHometown(tokens: readonly Token[], first: number, last: number): number {
  for (let j = first + 1; j < last; j++) {
    if ((tokens[j].lower === 'of' || tokens[j].lower === 'from') && tokens[j + 1].cap) {
      for (let k = j + 1; k <= last; k++) if (!(tokens[k].cap || tokens[k].text === ',')) return last;
      return j - 1;
    }
  }
  return last;
}

/** Two to four capitalised words (initials and particles allowed): a person's or an organisation's name. */
export function isProperName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 4) return false;
  for (let j = first; j <= last; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind !== 'word') return false;
    if (!t.cap && !NAME_PARTICLES.has(t.lower)) return false;
  }
  return tokens[first].cap && tokens[last].cap;
}

export function findBackward(tokens: readonly Token[], from: number, floor: number, text: string): number {
  for (let j = from; j >= floor && from - j < MAX_PHRASE; j--) if (tokens[j].text === text) return j;
  return -1;
}

function isHardStop(text: string): boolean {
  return text === '.' || text === ';' || text === ':' || text === '?' || text === '!' || text === '—' || text === '–';
}

function isOpeningPunct(text: string): boolean {
  return text === '"' || text === '“' || text === '(' || text === '‘' || text === '—';
}

/**
 * If the tokens ending at `end` are a post-modifier of an anonymous source
 * (`familiar with the matter`, `speaking on condition of anonymity`), its first token.
 */
export function postModifierStart(tokens: readonly Token[], end: number, floor: number): number {
  const from = Math.max(floor, end - 9);
  if (from > end || !hasTriggerWord(tokens, from, end)) return -1;
  const stretch = joinTokens(tokens, from, end);
  for (const pattern of [ACCESS, GRANTED]) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(stretch.text))) {
      if (match.index + match[0].length === stretch.text.length) {
        const first = stretch.positions.findIndex((position) => position >= match!.index);
        if (first >= 0) return from + first;
      }
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return -1;
}

/** How many lower-case words a possessed noun phrase may run to: `online register`, `latest tally`. */
const POSSESSED_REACH = 3;
/**
 * Records that speak for themselves when their owner is named: `the court's online register`,
 * `Axelrod's memoir`, `the agency's figures`. Not a person's `response` or `statement`: in
 * `Clinton's response was: "…"` the words are still Clinton's.
 */
const POSSESSED_RECORDS = new Set([
  'register', 'registry', 'docket', 'database', 'tally', 'calculations', 'logs', 'figures', 'data', 'records', 'website',
  'report', 'study', 'survey', 'poll', 'analysis', 'review', 'audit', 'findings', 'results', 'memoir', 'book', 'filing',
  'filings', 'estimate', 'estimates', 'projections', 'forecast', 'count', 'timeline', 'archives', 'bylaws', 'rules',
  'charter', 'guidelines', 'policy', 'statute', 'constitution', 'contract', 'transcript',
]);

/**
 * The end of the record, body or role a possessive at `possessive` leads to (`the court's |
 * online register`, `the state's | geological service`, `the city's | police chief`), or the
 * possessive itself: the possessor is then the speaker phrase.
 */
export function possessedEnd(tokens: readonly Token[], possessive: number, ceiling: number): number {
  for (let j = possessive + 1; j <= ceiling && j - possessive <= POSSESSED_REACH; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.quote >= 0 || t.cap || !/^[a-z][a-z-]*$/.test(t.text) || CLAUSE_WORDS.has(t.lower) || PP_PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if (POSSESSED_RECORDS.has(t.lower) || ORGANIZATION_HEADS.has(t.lower) || ROLE_NOUNS.has(t.lower)) return j;
  }
  return possessive;
}

/** The last token of an access qualifier starting at `from` (`familiar with the matter`), or -1. */
export function accessEnd(tokens: readonly Token[], from: number, ceiling: number): number {
  if (from > ceiling) return -1;
  const to = Math.min(ceiling, from + 8);
  if (!hasTriggerWord(tokens, from, to)) return -1;
  const stretch = joinTokens(tokens, from, to);
  ACCESS.lastIndex = 0;
  const match = ACCESS.exec(stretch.text);
  if (!match || match.index !== 0) return -1;
  let last = -1;
  for (let j = from; j <= to && stretch.positions[j - from] + tokens[j].text.length <= match[0].length; j++) {
    if (tokens[j].kind === 'punct' || tokens[j].quote >= 0) break;
    last = j;
  }
  return last;
}

export function hasPreposition(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PP_PREPOSITIONS.has(tokens[k].lower)) return true;
  return false;
}

/** Whether tokens `from`..`to` hold a word without which no GRANTED or ACCESS phrase matches. */
function hasTriggerWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (GRANTED_OR_ACCESS_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** The tokens' text joined by single spaces, with where each token starts in that string. */
function joinTokens(tokens: readonly Token[], from: number, to: number): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  for (let j = from; j <= to; j++) {
    if (j > from) text += ' ';
    positions.push(text.length);
    text += tokens[j].text;
  }
  return { text, positions };
}


