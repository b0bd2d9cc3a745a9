/**
 * What a speaker phrase names: a person (name and title), a description of one, an
 * organisation, a publication, a document, an anonymous source or a pronoun.
 */
import type { Lexicon } from './lexicon';
import {
  ANONYMOUS_HEADS,
  COMPANY_DESCRIPTIONS,
  COMPANY_NAME_ENDINGS,
  DETERMINERS,
  DOCUMENT_HEADS,
  GROUP_NOUNS,
  KNOWN_ORGANIZATIONS,
  NAME_TITLES,
  ORGANIZATION_HEADS,
  OWNER_DETERMINERS,
  PEOPLES,
  PERSON_MAKING,
  PUBLICATION_HEADS,
  PUBLICATION_NAME_HEADS,
  PUBLICATIONS,
  RELATION_NOUNS,
  SPEAKER_PRONOUNS,
  SURNAME_HEADS,
} from './lexicon/words';
import { isForename, nameStartInRun, surnameAfterForename, titleOfBefore } from './names';
import type { Phrase } from './phrases';
import { isProvisionNumber, PROVISIONS, STANDALONE } from './phraseWords';
import type { Token } from './tokens';

export type PhraseClass = 'pronoun' | 'name' | 'description' | 'organization' | 'publication' | 'document' | 'anonymous' | 'group';

export interface PhraseReading {
  cls: PhraseClass;
  /** Canonical text: the person's name, or the organisation without its article, or the description. */
  name: string;
  title: string | null;
  /** Tokens of the person's name within the phrase (inclusive), for names. */
  nameTokens: [number, number] | null;
  /** The head noun, lower case (`official`, `campaign`), for descriptions. */
  headWord: string;
  definite: boolean;
}

/** Possessive and object forms, and the subject form they stand for (`his call`, `quoted him as saying`). */
const POSSESSIVE_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', him: 'he', them: 'they' };
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'dos', 'das', 'y']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
const ACRONYM = /^[A-Z][A-Z&.]{1,7}$/;
/** Nouns of a profession the role list may lack: psychologist, historian, neurosurgeon, public defender. */
const PROFESSION = /(?:ists?|ians?|eons?|defenders?)$/;
/** A chamber of commerce's noun, which is also a surname (`John Chambers`) without its "of". */
const CHAMBERS = new Set(['chamber', 'chambers']);
/** Places whose name opens a local body's: `King County Metro`, `Harris County Flood Control`. */
const LOCAL_BODIES = new Set(['county', 'city', 'township', 'parish', 'borough']);
/** A web address's name: `PowerOutage.us`, `GunBroker.com`. */
const WEBSITE = /^\p{L}[\p{L}\p{N}-]*\.(?:com|org|net|gov|us|io|co|uk|edu|info|news)$/iu;
/** Articles a title drops before its role. */
export const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another']);
/** First words of a region's or a nation's name, which open companies' names and no person's: `Southern California Edison`, `United Airlines`. */
const PLACE_OPENERS = new Set(['southern', 'northern', 'eastern', 'western', 'central', 'pacific', 'atlantic', 'american', 'national', 'united', 'international', 'global', 'royal']);

/** A subject pronoun with a contracted verb: `we’ve`, `they’re`, `she’ll`, `i’d`. */
const CONTRACTED_PRONOUN = /^(i|we|you|he|she|they)['’](?:ve|re|ll|d|m)$/;

export function readPhrase(text: string, tokens: readonly Token[], phrase: Phrase, lexicon: Lexicon, surnames: ReadonlySet<string> = NO_SURNAMES): PhraseReading {
  const head = tokens[phrase.head];
  const first = tokens[phrase.first];
  const definite = first.lower === 'the';
  const coreEnd = coreEndOf(tokens, phrase);
  const slice = (a: number, b: number): string => text.slice(tokens[a].start, tokens[b].end);
  const withoutArticle = (a: number, b: number): string => (DETERMINERS.has(tokens[a].lower) && tokens[a].lower === 'the' && a < b ? slice(a + 1, b) : slice(a, b));

  if (phrase.first === phrase.last && SPEAKER_PRONOUNS[head.lower] !== undefined) {
    return { cls: 'pronoun', name: head.lower, title: null, nameTokens: null, headWord: head.lower, definite: false };
  }
  // "We’ve seen …", "They’re saying": a pronoun with its verb contracted is that pronoun, never a name.
  const contracted = phrase.first === phrase.last ? CONTRACTED_PRONOUN.exec(head.lower) : null;
  if (contracted) return { cls: 'pronoun', name: contracted[1], title: null, nameTokens: null, headWord: contracted[1], definite: false };
  // "Local 418": a union's local, named by its number.
  if (head.text === 'Local' && tokens[phrase.last].kind === 'number') {
    return { cls: 'organization', name: withoutArticle(phrase.first, phrase.last), title: null, nameTokens: null, headWord: 'local', definite };
  }
  // "his call for …", "quoted him as saying": a possessive or an object pronoun stands for the same source as its subject form.
  const subjectForm = phrase.first === phrase.last ? POSSESSIVE_SUBJECT[head.lower] : undefined;
  if (subjectForm) return { cls: 'pronoun', name: subjectForm, title: null, nameTokens: null, headWord: subjectForm, definite: false };
  if (phrase.first === phrase.last && STANDALONE.has(head.lower)) {
    return { cls: 'group', name: head.lower, title: null, nameTokens: null, headWord: head.lower, definite: false };
  }
  if (phrase.first === phrase.last && (head.lower === 'i' || head.lower === 'we')) {
    return { cls: 'pronoun', name: head.lower, title: null, nameTokens: null, headWord: head.lower, definite: false };
  }
  // "Article 33", "Title IX": a numbered provision is a document, named in full.
  if (phrase.first + 1 === phrase.last && phrase.head === phrase.first && PROVISIONS.test(head.text) && isProvisionNumber(tokens[phrase.last])) {
    return { cls: 'document', name: slice(phrase.first, phrase.last), title: null, nameTokens: null, headWord: head.lower, definite: false };
  }
  const whole = withoutArticle(phrase.first, coreEnd);
  const wholeLower = whole.toLowerCase();
  if (PUBLICATIONS.has(wholeLower) || PUBLICATIONS.has(slice(phrase.first, coreEnd).toLowerCase())) {
    return { cls: 'publication', name: whole, title: null, nameTokens: null, headWord: head.lower, definite };
  }
  if (lexicon.organizations.has(wholeLower) || KNOWN_ORGANIZATIONS.has(wholeLower)) {
    return { cls: 'organization', name: whole, title: null, nameTokens: null, headWord: head.lower, definite };
  }
  // "Delvaux-Marin's chief executive" names one identified person by role: not anonymous.
  const owned = tokens.slice(phrase.first, phrase.head).some((t, k, all) => t.kind === 'possessive' && k > 0 && all[k - 1].cap);
  // "Officials said", "Sources told Reuters": a capital that only opens the sentence is still a common noun.
  const commonNoun = !head.cap || (phrase.head === phrase.first && /^[A-Z][a-z]+$/.test(head.text));
  const anonymous = ANONYMOUS_HEADS.has(head.lower) && commonNoun && !owned;
  // "one senior Democrat", "a Republican involved in the planning": an unnamed member of a party.
  if (PARTISANS.has(head.lower) && phrase.head > phrase.first && UNNAMED_COUNTS.has(first.lower)) {
    return { cls: 'anonymous', name: lowerFirst(slice(phrase.first, coreEnd)), title: null, nameTokens: null, headWord: head.lower, definite: false };
  }
  // "the conservative-leaning newspaper", "The Miami Herald", "New Hampshire Public Radio".
  // "Uzbek state media" too, when the phrase ends in it ("media trackers" are people, "social media posts" no speaker).
  if (PUBLICATION_HEADS.has(head.lower) || (head.lower === 'media' && !head.cap && phrase.head === coreEnd) || (head.cap && PUBLICATION_NAME_HEADS.has(head.lower) && phrase.head > phrase.first && tokens[phrase.head - 1].cap && !isForename(tokens[phrase.head - 1].lower))) {
    return { cls: 'publication', name: head.cap ? whole : lowerFirst(slice(phrase.first, coreEnd)), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  // "according to PowerOutage.us", "RealClearPolitics.com reported": a website, not a person.
  if (phrase.head === coreEnd && WEBSITE.test(head.text)) {
    return { cls: 'publication', name: withoutArticle(phrase.first, coreEnd), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  // "the British Chambers of Commerce", "the U.S. Chamber of Commerce": no one's surname, with its "of".
  if (CHAMBERS.has(head.lower) && head.cap && tokens[phrase.head + 1]?.lower === 'of' && phrase.head + 2 <= coreEnd && tokens[phrase.head + 2].cap) {
    return { cls: 'organization', name: withoutArticle(phrase.first, coreEnd), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  // "Anna White", and "White" once the story names her in full: an organisation's head that is a surname.
  const surnameHead = surnameAfterForename(tokens, phrase.head) || (phrase.first === phrase.head && SURNAME_HEADS.has(head.lower) && surnames.has(head.lower));
  if (head.cap && head.kind === 'word' && !GROUP_NOUNS.has(head.lower) && (!ORGANIZATION_HEADS.has(head.lower) || surnameHead) && !PUBLICATIONS.has(head.lower) && !capitalisedCommonNoun(head, phrase, lexicon.roles)) {
    // A name: the capitalised words up to the head, after the last title or role word.
    // "Secretary-Treasurer Gary Casteel": a compound of titles is one too.
    const isTitleWord = (word: string): boolean => NAME_TITLES.has(word) || lexicon.titles.has(word) || lexicon.roles.has(word);
    let start = phrase.head;
    while (start - 1 >= phrase.first) {
      const t = tokens[start - 1];
      // A capital that only opens the sentence ("The FAA said") is the article, not part of the name.
      if (t.kind === 'possessive' || t.lower === 'the') break;
      // "King County Metro", "Queen Anne County": a title word naming a county is the county's name.
      if (t.cap && ((!isTitleWord(t.lower) && !(t.lower.includes('-') && t.lower.split('-').every(isTitleWord))) || LOCAL_BODIES.has(tokens[start].lower))) start--;
      else if (NAME_PARTICLES.has(t.lower) && start - 2 >= phrase.first && (tokens[start - 2].cap || NAME_PARTICLES.has(tokens[start - 2].lower))) start--;
      // "Louisville Gas and Electric": a company's name runs through its "and".
      else if (t.lower === 'and' && start - 2 >= phrase.first && tokens[start - 2].cap && COMPANY_NAME_ENDINGS.has(tokens[phrase.head].lower)) start--;
      else break;
    }
    // "Secretary of Homeland Security Jeh Johnson": the words after the title's "of" finish the title.
    if (start > phrase.first && titleOfBefore(tokens, start)) start = nameStartInRun(tokens, start, phrase.head);
    let end = phrase.head;
    while (end + 1 <= coreEnd && SUFFIXES.has(tokens[end + 1].lower)) end++;
    // "The ministry's spokeswoman, Anna Berg" is titled "ministry's spokeswoman"; "Its chief executive, Tom Lund" "chief
    // executive"; but "His son, Donald Jr." stays "His son": a relation says whose.
    const possessive = OWNER_DETERMINERS.has(first.lower) && !RELATION_NOUNS.has(tokens[start - 1]?.lower ?? '');
    // "Another parent, Luis Ortega" is titled "parent", as "the mayor, Ana Ruiz" is "mayor".
    const titleStart = TITLE_ARTICLES.has(first.lower) || possessive ? phrase.first + 1 : phrase.first;
    // "A defiant Donald Trump", "a smiling Clinton": a word of mood before a name is no title; a role or a capital is.
    const titled = tokens.slice(titleStart, start).some((t) => t.cap || isTitleWord(t.lower) || RELATION_NOUNS.has(t.lower) || PROFESSION.test(t.lower));
    const titleText = start > titleStart && titled ? slice(titleStart, start - 1) : null;
    const name = slice(start, end);
    const single = start === end;
    // "Power company Gulfline", "German steelmaker Rheinstahl": a company's description before its name.
    const described = start - 1 >= phrase.first ? tokens[start - 1] : null;
    if (described && !described.cap && (COMPANY_KINDS.has(described.lower) || COMPANY_DESCRIPTIONS.has(described.lower))) {
      // "the state news agency UzA" reports the news: a publication.
      const news = tokens[start - 2]?.lower === 'news' && start - 2 >= phrase.first;
      return { cls: news ? 'publication' : 'organization', name, title: null, nameTokens: null, headWord: head.lower, definite };
    }
    const orgLike =
      (single && (ACRONYM.test(tokens[start].text) || definite)) ||
      // "King County Metro", "Harris County Flood Control": a body of a county or a city.
      // Not a title no list has before a person's name: "Maricopa County Recorder Helen Purcell".
      (!single && tokens.slice(start, end).some((t) => t.cap && LOCAL_BODIES.has(t.lower)) && !isForename(tokens[end - 1].lower) && !isForename(tokens[end].lower)) ||
      /^(?:inc\.|corp\.|co\.|ltd\.|llc|plc|ag)$/.test(tokens[end].lower) ||
      (!single && ((COMPANY_NAME_ENDINGS.has(tokens[end].lower) && !(end - start === 1 && isForename(tokens[start].lower))) || (PLACE_OPENERS.has(tokens[start].lower) && !isForename(tokens[start].lower))));
    if (orgLike) return { cls: 'organization', name: single && tokens[start - 1]?.lower === 'the' ? slice(start, coreEnd) : withoutArticle(phrase.first, coreEnd), title: null, nameTokens: null, headWord: head.lower, definite };
    return { cls: 'name', name, title: titleText, nameTokens: [start, end], headWord: head.lower, definite };
  }
  if (anonymous) {
    return { cls: 'anonymous', name: lowerFirst(slice(phrase.first, coreEnd)), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  if (ORGANIZATION_HEADS.has(head.lower) || COMPANY_DESCRIPTIONS.has(head.lower) || companyMaker(tokens, phrase)) {
    // "the nonpartisan Commission on Presidential Debates": a name, without the words that
    // describe it. Not "leading Democrats" or "super PAC", which are not a name.
    let nameStart = phrase.first;
    if (head.cap && !PARTISANS.has(head.lower)) {
      while (nameStart < phrase.head && tokens[nameStart].kind === 'word' && !tokens[nameStart].cap && !ORGANIZATION_HEADS.has(tokens[nameStart].lower)) nameStart++;
    }
    return { cls: 'organization', name: withoutArticle(nameStart, coreEnd), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  if (DOCUMENT_HEADS.has(head.lower)) {
    return { cls: 'document', name: lowerFirst(slice(phrase.first, coreEnd)), title: null, nameTokens: null, headWord: head.lower, definite };
  }
  // "Teachers said", "Forecasters said": one plural noun, capitalised only because it opens the sentence.
  // Not a people or a party, which keep their capital: "Americans", "Israelis", "Democrats".
  const common = phrase.first === coreEnd && (GROUP_NOUNS.has(head.lower) || capitalisedCommonNoun(head, phrase, lexicon.roles)) && /^[A-Z][a-z]+$/.test(head.text) && !/(?:ans|ese|ish|is|democrats)$/.test(head.lower) && !PEOPLES.has(head.lower);
  const name = common ? head.lower : lowerFirst(slice(phrase.first, coreEnd));
  if (GROUP_NOUNS.has(head.lower)) return { cls: 'group', name, title: null, nameTokens: null, headWord: head.lower, definite };
  return { cls: 'description', name, title: null, nameTokens: null, headWord: head.lower, definite };
}

const NO_SURNAMES: ReadonlySet<string> = new Set();

/** Members of a party or a political camp, capitalised or not. */
const PARTISANS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'progressives', 'libertarian', 'libertarians', 'tory', 'tories', 'socialist', 'socialists']);
/** Determiners that leave a person unnamed: `one Democrat`, `a Republican`, `two conservatives`. */
const UNNAMED_COUNTS = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'four', 'many', 'few']);

/** `the software maker`: "maker" after a word for what a company makes (see PERSON_MAKING). */
function companyMaker(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.head];
  if (head.lower !== 'maker' && head.lower !== 'makers') return false;
  const made = phrase.head > phrase.first ? tokens[phrase.head - 1] : null;
  return made !== null && made.kind === 'word' && !made.cap && !PERSON_MAKING.has(made.lower) && !DETERMINERS.has(made.lower);
}

/** Lower-case nouns for an organisation that a name can follow (`power company Gulfline`); not `watch`, which is a verb too. */
const COMPANY_KINDS = new Set(['company', 'firm', 'group', 'bank', 'agency', 'organization', 'organisation', 'union', 'association', 'coalition', 'network', 'foundation', 'institute', 'fund', 'pac', 'party', 'club', 'team', 'studio', 'publisher', 'broadcaster', 'outlet']);

/** `Officials said`, `Transcript as follows:`: a source or document noun capitalised only because it opens the sentence. */
function capitalisedCommonNoun(head: Token, phrase: Phrase, roles: ReadonlySet<string>): boolean {
  if (phrase.head !== phrase.first || !/^[A-Z][a-z]+$/.test(head.text)) return false;
  // "Forecasters said", "Firefighters said": the plural of a role, never a surname.
  return ANONYMOUS_HEADS.has(head.lower) || DOCUMENT_HEADS.has(head.lower) || (head.lower.endsWith('s') && roles.has(head.lower.slice(0, -1)));
}

/** The phrase without a post-modifier that only says how the source spoke (`speaking on condition of anonymity`). */
function coreEndOf(tokens: readonly Token[], phrase: Phrase): number {
  for (let j = phrase.head + 1; j <= phrase.last; j++) {
    const lower = tokens[j].lower;
    if (lower === 'speaking' || lower === 'who' || lower === 'talking' || lower === 'asking' || lower === 'requesting' || lower === 'declining' || lower === ',') return j - 1;
  }
  return phrase.last;
}

function lowerFirst(text: string): string {
  // "A U.S. official" at a sentence's start is still "a U.S. official".
  return /^(?:A|An|The|One|Two|Three|Several|Some|Many|Most|Both|All|Each|Neither|Other|Another|Officials|Sources|People|Aides)\b/.test(text) && !/^[A-Z]{2}/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
