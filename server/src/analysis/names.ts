/**
 * People's names mentioned anywhere in the prose (outside quotations), with the titles
 * before them: the antecedents that surnames and pronouns are resolved against, and the
 * first full reference of each person.
 */
import type { ParagraphInfo, SentenceInfo, WorkingDocument } from './document';
import { US_STATE_NAMES } from './lexicon/abbreviations';
import { FEMALE_FORENAMES, MALE_FORENAMES } from './lexicon/forenames';
import {
  DAYS,
  DETERMINERS,
  FEMALE_TITLES,
  KNOWN_ORGANIZATIONS,
  MALE_TITLES,
  MONTHS,
  NAME_TITLES,
  ORGANIZATION_HEADS,
  OWNER_DETERMINERS,
  PREPOSITIONS,
  PUBLICATIONS,
  RELATION_NOUNS,
  SENTENCE_START_STOPWORDS,
  SURNAME_HEADS,
} from './lexicon/words';
import type { Gender } from './model';
import type { Token } from './tokens';

export interface NameMention {
  paragraph: number;
  sentence: number;
  /** Offsets of the name itself (no title). */
  start: number;
  end: number;
  /** The name as written, e.g. `Hillary Rodham Clinton` or `Clinton`. */
  name: string;
  forename: string | null;
  surname: string;
  /** The title written before the name (`Sen.`, `White House press secretary`), if any. */
  title: string | null;
  /** Gender the title reveals (Mr., Ms., congresswoman). */
  titleGender: Gender;
  /** The first name-like mention in its sentence: the likely grammatical subject. */
  sentenceInitial: boolean;
}

const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'dos', 'das']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'god', 'christmas', 'easter', 'internet', 'democrats',
  'republicans', 'americans', 'u.s.', 'u.s', 'u.k.', 'u.n.', 'i', 'ok', 'okay',
]);

export interface KnownSurnames {
  has(surname: string): boolean;
}

/**
 * Finds full names (a forename or a title, then more capitalised words) and, in a second
 * pass, bare surnames of people already named somewhere in the article.
 */
export function scanNames(doc: WorkingDocument, extraPeople: ReadonlyMap<string, unknown>, full: readonly NameMention[] = scanFullNames(doc, extraPeople)): NameMention[] {
  const surnames = surnamesOf(full);
  const all: NameMention[] = [...full];
  // Full names come in text order, so one cursor tells whether a token lies inside one
  // (a bare surname there is part of the full name, not a mention of its own).
  let m = 0;
  for (const paragraph of doc.paragraphs) {
    const tokens = paragraph.tokens;
    for (const sentence of paragraph.sentences) {
      let namedBefore = false;
      for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
        const t = tokens[i];
        if (!(t.cap && t.kind === 'word' && t.quote < 0 && !SENTENCE_START_STOPWORDS.has(t.lower))) continue;
        while (m < full.length && full[m].end <= t.start) m++;
        const covered = m < full.length && full[m].start <= t.start;
        if (covered || !surnames.has(t.lower)) {
          namedBefore = true;
          continue;
        }
        const titleToken = i > 0 && NAME_TITLES.has(tokens[i - 1].lower) ? tokens[i - 1] : null;
        all.push({
          paragraph: paragraph.index,
          sentence: sentence.index,
          start: t.start,
          end: t.end,
          name: t.text,
          forename: null,
          surname: t.lower,
          title: titleToken ? titleToken.text : null,
          titleGender: titleToken ? genderOfTitle(titleToken.lower) : 'unknown',
          sentenceInitial: !namedBefore,
        });
        namedBefore = true;
      }
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/** How far back a body's name before a role may run (`Harbour City Council member`). */
const BODY_BEFORE_ROLE = 3;

/** The first token of the capitalised words naming a body right before the role at `role`, or `role`. */
function bodyBeforeRole(tokens: readonly Token[], role: number, floor: number): number {
  let first = role;
  while (first - 1 >= floor && role - first < BODY_BEFORE_ROLE) {
    const t = tokens[first - 1];
    if (t.kind !== 'word' || !t.cap || t.quote >= 0 || SENTENCE_START_STOPWORDS.has(t.lower) || NAME_TITLES.has(t.lower) || DAYS.has(t.lower) || MONTHS.has(t.lower)) break;
    first--;
  }
  return first;
}

/** Full names (a forename or a title, then more capitalised words), in text order. */
export function scanFullNames(doc: WorkingDocument, extraPeople: ReadonlyMap<string, unknown>): NameMention[] {
  const full: NameMention[] = [];
  const speaking = speakingSurnames(doc.paragraphs);
  const weak = new Set<NameMention>();
  for (const paragraph of doc.paragraphs) {
    forEachCapitalRun(paragraph, (first, last, sentence, sentenceInitial) => {
      const found = readFullName(doc.text, paragraph, first, last, sentence, sentenceInitial, extraPeople, doc.lexicon.roles, speaking);
      if (!found) return;
      full.push(found.mention);
      if (found.weak) weak.add(found.mention);
    });
  }
  if (weak.size === 0) return full;
  // A surname that speaks is evidence for a name only where nothing better named its bearer
  // first: "Dorothy Woods, whose husband, Navy SEAL Ty Woods, …" leaves "Woods said" to Dorothy.
  // The first named keeps it: "Yesenia Calder" opens a profile whose daughter, Lucia Calder, comes last.
  const firstStrong = new Map<string, number>();
  for (const m of full) if (!weak.has(m) && !firstStrong.has(m.surname)) firstStrong.set(m.surname, m.start);
  return full.filter((m) => !weak.has(m) || (firstStrong.get(m.surname) ?? Infinity) > m.start);
}

/**
 * `Anna White`, `Anna Richardson White`, `Gene House`: a forename (and at most one more name),
 * then an organisation's head that is also a surname. Not `the Virginia House`.
 */
export function surnameAfterForename(tokens: readonly Token[], head: number): boolean {
  if (!SURNAME_HEADS.has(tokens[head].lower)) return false;
  for (let first = head - 1; first >= 0 && first >= head - 2; first--) {
    const t = tokens[first];
    if (!t.cap || t.kind !== 'word') return false;
    if (isForename(t.lower)) return !US_STATE_NAMES.has(t.text) && tokens[first - 1]?.lower !== 'the';
  }
  return false;
}

/** The surnames of people named in full: a bare surname mentions one of them. */
export function surnamesOf(full: readonly NameMention[]): Set<string> {
  return new Set(full.map((mention) => mention.surname));
}

/** Per document, the surnames of the people it names in full (see `surnamesOf`), made once. */
const surnamesByDocument = new WeakMap<WorkingDocument, Set<string>>();

export function surnamesIn(doc: WorkingDocument): Set<string> {
  let found = surnamesByDocument.get(doc);
  if (!found) surnamesByDocument.set(doc, (found = surnamesOf(doc.fullNames)));
  return found;
}

function forEachCapitalRun(paragraph: ParagraphInfo, visit: (first: number, last: number, sentence: SentenceInfo, sentenceInitial: boolean) => void): void {
  const tokens = paragraph.tokens;
  for (const sentence of paragraph.sentences) {
    let seenName = false;
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (!isNameWord(tokens[i])) continue;
      let j = i;
      for (;;) {
        if (j + 1 < sentence.lastToken && (isNameWord(tokens[j + 1]) || (PARTICLES.has(tokens[j + 1].lower) && j + 2 < sentence.lastToken && isNameWord(tokens[j + 2])))) j++;
        else {
          // `Salvatore "Sal" Ricci`, `Robert C. "Bobby" Scott`: a nickname in quotation marks
          // after a forename (and an initial), not after the words of a title-case headline.
          const after = j - i <= 2 ? nicknameEnd(tokens, j + 1, sentence.lastToken) : -1;
          if (after < 0) break;
          j = after;
        }
      }
      visit(i, j, sentence, !seenName);
      seenName = true;
      i = j;
    }
  }
}

/**
 * Where a nickname in quotation marks at `open` ends, if a name word follows it: the index of
 * that word, or -1. One or two capitalised words between the marks (`"Sal"`, `"Big Tom"`).
 */
function nicknameEnd(tokens: readonly Token[], open: number, end: number): number {
  const mark = tokens[open];
  if (!mark || mark.kind !== 'punct' || !NICKNAME_MARKS.has(mark.text)) return -1;
  let k = open + 1;
  while (k < end && k - open <= 2 && tokens[k].kind === 'word' && (tokens[k].cap || (k === open + 1 && tokens[k].lower === 'the'))) k++;
  if (k === open + 1 || k >= end || tokens[k].kind !== 'punct' || !NICKNAME_MARKS.has(tokens[k].text)) return -1;
  return k + 1 < end && isNameWord(tokens[k + 1]) ? k + 1 : -1;
}
const NICKNAME_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** A capitalised word outside quotations that may be part of a person's name (not a month, a day, "Democrats"). */
export function isNameWord(t: Token): boolean {
  return t.quote < 0 && t.kind === 'word' && t.cap && !NOT_NAMES.has(t.lower);
}

function readFullName(
  text: string,
  paragraph: ParagraphInfo,
  first: number,
  last: number,
  sentence: SentenceInfo,
  sentenceInitial: boolean,
  extraPeople: ReadonlyMap<string, unknown>,
  roles: ReadonlySet<string>,
  speaking: ReadonlySet<string>,
): { mention: NameMention; weak: boolean } | null {
  // A single word is a surname at best; the second pass handles those.
  if (first === last) return null;
  const tokens = paragraph.tokens;
  // Leading words that are titles, or sentence-initial words that are not names, come off the front.
  let start = first;
  let titleStart = -1;
  while (start <= last && (NAME_TITLES.has(tokens[start].lower) || (start === first && SENTENCE_START_STOPWORDS.has(tokens[start].lower)) || ORGANIZATION_HEADS.has(tokens[start].lower) || isTitleContext(tokens[start]) || leadingRole(tokens, start, last, roles))) {
    // A role alone is no evidence of a person ("Republican National Convention"): only a title is.
    if (NAME_TITLES.has(tokens[start].lower) && titleStart < 0) titleStart = start;
    start++;
  }
  // "District Judge", "City Council Speaker": the body's words before a title are part of it.
  while (titleStart > first && ORGANIZATION_HEADS.has(tokens[titleStart - 1].lower)) titleStart--;
  // "U.S. President Donald Trump": the name starts after the last title word in the run.
  for (let k = last - 1; k >= start; k--) {
    if (NAME_TITLES.has(tokens[k].lower)) {
      start = k + 1;
      // "Chief Executive Matthias Grauel", "Chief Financial Officer Ana Ruiz": the role words after the title word are its own.
      while (start < last && roles.has(tokens[start].lower) && !isForename(tokens[start].lower)) start++;
      if (titleStart < 0) titleStart = first;
      break;
    }
  }
  let end = last;
  while (end > start && SUFFIXES.has(tokens[end].lower)) end--;
  // "Secretary of Homeland Security Jeh Johnson": the run after a title's "of" holds the rest of the title, then the name.
  if (start === first && titleOfBefore(tokens, first) && end - start >= 2) {
    start = nameStartInRun(tokens, start, end);
    titleStart = first - (tokens[first - 1].lower === 'the' ? 3 : 2);
  }
  if (end <= start) return null; // titles and one word: a surname at best
  // "Billionaire Donald Trump", "Actress Amandla Stenberg": words that describe someone before
  // a known forename, or a name the article has speak, are the person's description.
  if (titleStart < 0) {
    let k = start;
    while (k < end - 1 && (roles.has(tokens[k].lower) || NOT_FORENAMES.has(tokens[k].lower))) k++;
    // "Marine John Tiegen" is a marine; "Marine Le Pen" is Marine, a forename before no other.
    if (k > start && (isForename(tokens[k].lower) || (speaking.has(tokens[end].lower) && !isForename(tokens[start].lower)))) start = k;
  }
  // A particle opening the name is a forename: "Al From", "Van Jones".
  const words = tokens.slice(start, end + 1).filter((t, k) => t.kind === 'word' && (k === 0 || !PARTICLES.has(t.lower)));
  const forename = words[0].lower.replace(/\.$/, '');
  const nameText = text.slice(tokens[start].start, tokens[end].end);
  const lower = nameText.toLowerCase();
  if (KNOWN_ORGANIZATIONS.has(lower) || PUBLICATIONS.has(lower) || (ORGANIZATION_HEADS.has(tokens[end].lower) && !(end - start <= 2 && surnameAfterForename(tokens, end)))) return null;
  const hasTitle = titleStart >= 0 || (start > 0 && NAME_TITLES.has(tokens[start - 1].lower));
  const known = extraPeople.has(lower);
  // "unties the Mary Rose and steers her": a name after "the", with nothing after it that it
  // could modify, names a boat, a pub or a building.
  if (!hasTitle && !known && start === first && tokens[first - 1]?.lower === 'the' && !(tokens[end + 1]?.kind === 'word' && !tokens[end + 1].cap && !NOT_HEADS.has(tokens[end + 1].lower))) return null;
  // A forename we do not know is a name when the article has the surname speak on its own
  // ("Amos Pell unties the boat …", then "Pell said"): the text's evidence before any list.
  // A nickname between the names (`Salvatore "Sal" Ricci`) is a person's as surely as a title.
  const nickname = tokens[start + 1]?.kind === 'punct' && NICKNAME_MARKS.has(tokens[start + 1].text);
  const strong = hasTitle || known || nickname || isForename(forename) || /^[A-Z]\.$/.test(words[0].text) || describedAsPerson(tokens, end, roles);
  if (!strong && !surnameSpeaks(paragraph, words, speaking, roles)) return null;
  let titleToken = titleStart >= 0 ? titleStart : start > 0 && NAME_TITLES.has(tokens[start - 1].lower) ? start - 1 : -1;
  // "Northgate coach Lisa Durand", "Kestrels captain Ryan Holt": the team or body named before a
  // lower-case role is part of the title.
  if (titleToken >= 0 && titleToken === start - 1 && !tokens[titleToken].cap) titleToken = bodyBeforeRole(tokens, titleToken, sentence.firstToken);
  // "asked the transit director, Lena Ortiz, why …": a role set before the name by a comma.
  let titleEnd = start - 1;
  if (titleToken < 0 && (tokens[end + 1]?.text === ',' || end + 2 >= sentence.lastToken)) {
    const role = roleBeforeComma(tokens, start, sentence.firstToken, roles);
    if (role >= 0) [titleToken, titleEnd] = [role, start - 2];
  }
  const mention: NameMention = {
    paragraph: paragraph.index,
    sentence: sentence.index,
    start: tokens[start].start,
    end: tokens[end].end,
    name: nameText,
    forename,
    surname: words[words.length - 1].lower,
    title: titleToken >= 0 ? text.slice(tokens[titleToken].start, tokens[titleEnd].end) : null,
    titleGender: titleToken >= 0 ? genderOfTitle(tokens[titleEnd].lower) : 'unknown',
    sentenceInitial: sentenceInitial && first === sentence.firstToken,
  };
  // Weak: found only by the surname that speaks, which a stronger name with that surname overrides.
  return { mention, weak: !strong };
}

/**
 * The first word of a role set off before a name by a comma (`the transit director, | Lena
 * Ortiz`, `the company's director of maintenance, | Gary Pruitt`), after its article or
 * possessive; -1 when the words before the comma are no role.
 */
function roleBeforeComma(tokens: readonly Token[], start: number, floor: number, roles: ReadonlySet<string>): number {
  if (tokens[start - 1]?.text !== ',') return -1;
  let sawRole = false;
  let relation = false;
  for (let j = start - 2; j >= floor && start - 2 - j < ROLE_BEFORE_COMMA; j--) {
    const t = tokens[j];
    if (t.quote >= 0) return -1;
    if (t.kind === 'possessive') continue;
    if (t.kind !== 'word' || (t.cap && j < start - 2 && !sawRole && tokens[j + 1].kind !== 'possessive')) return -1;
    // "his wife, Ann Lund": a relation keeps whose it is; "its director, Tom Lee" is a director.
    if (t.lower === 'the' || OWNER_DETERMINERS.has(t.lower)) return !sawRole || j === start - 2 ? -1 : relation && t.lower !== 'the' ? j : j + 1;
    if (roles.has(t.lower)) sawRole = true;
    if (RELATION_NOUNS.has(t.lower)) relation = true;
    // "Brazil's foreign minister, Paulo Mendes, was …": the role opens the sentence, or the clause
    // after an opening phrase ("Under cross-examination, Lumora's lawyer, Martin Greaves,"), after its owner.
    if (j === floor || tokens[j - 1].text === ',') return sawRole && t.cap && tokens[j + 1]?.kind === 'possessive' ? j : -1;
  }
  return -1;
}
const ROLE_BEFORE_COMMA = 7;

/**
 * Two or three words in running text whose last the article has speak on its own, itself no
 * forename ("Sorry Sarah") and no word of a headline's title case.
 */
function surnameSpeaks(paragraph: ParagraphInfo, words: readonly Token[], speaking: ReadonlySet<string>, roles: ReadonlySet<string>): boolean {
  const surname = words[words.length - 1];
  if (paragraph.kind !== 'paragraph' || words.length > 3 || !speaking.has(surname.lower) || isForename(surname.lower)) return false;
  // Not a headline's or an acronym's capitals ("PLEDGED DELEGATES"), a place or a party ("Kentucky Republican").
  if (words.some((w) => /^[A-Z]{3,}$/.test(w.text)) || US_STATE_NAMES.has(surname.text) || NOT_SURNAMES.has(surname.lower)) return false;
  // Not a word that opens a sentence ("Outside Carrier", "Interestingly Blocher") or a role ("Actress Amandla Stenberg").
  const opener = words[0].lower;
  // "Ill. Eksili": an abbreviation (a state's, a title's) is no forename; an initial ("W.") can be.
  if (/^[a-z]{2,}\.$/.test(opener)) return false;
  return !SENTENCE_START_STOPWORDS.has(opener) && !PREPOSITIONS.has(opener) && !NOT_FORENAMES.has(opener) && !roles.has(opener) && !/(?:ly|ing)$/.test(opener);
}

/** Words a surname that speaks is never: parties and their members. */
const NOT_SURNAMES = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'party']);
/** Capitalised words that open a sentence or describe someone, never a forename. */
const NOT_FORENAMES = new Set(['say', 'stop', 'besides', 'outside', 'inside', 'wherever', 'whenever', 'democrat', 'republican', 'billionaire', 'founder', 'actress', 'actor', 'elections', 'criminal', 'insurgent', 'immigrant', 'north', 'south', 'east', 'west', 'demand']);

/**
 * "Chief Executive Jonas Wermer", "Executive Director Ana Ruiz": a capitalised role before at
 * least two more words is the title's. Not a role that is also a forename before no other:
 * "Marine Le Pen" is Marine, "Marine John Tiegen" a marine.
 */
function leadingRole(tokens: readonly Token[], at: number, last: number, roles: ReadonlySet<string>): boolean {
  return last - at >= 2 && tokens[at].cap && roles.has(tokens[at].lower) && !(isForename(tokens[at].lower) && !isForename(tokens[at + 1].lower));
}

/** Words after a name that it cannot modify as a noun would: `the Mary Rose and …`. */
const NOT_HEADS = new Set(['and', 'or', 'but', 'to', 'in', 'on', 'at', 'from', 'with', 'for', 'of', 'into', 'across', 'is', 'was', 'has', 'had']);

/**
 * Single capitalised words right before or after a cue (`Pell said`, `said Pell`), or given an
 * age (`Green, 46, has worked nights …`): surnames the article treats as a person's on their
 * own, which make a run ending in them a person's name (`Tasha Green`, a forename no list has).
 */
function speakingSurnames(paragraphs: readonly ParagraphInfo[]): Set<string> {
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    const tokens = paragraph.tokens;
    for (const cue of paragraph.cues) {
      const before = tokens[cue.token - 1];
      if (cue.token >= 2 && loneName(before) && !(tokens[cue.token - 2].cap && tokens[cue.token - 2].kind === 'word')) found.add(before.lower);
      const after = tokens[cue.token + 1];
      if (cue.token === cue.last && loneName(after) && !(tokens[cue.token + 2]?.cap && tokens[cue.token + 2].kind === 'word')) found.add(after.lower);
    }
    for (let i = 2; i + 1 < tokens.length; i++) {
      if (tokens[i].kind !== 'number' || tokens[i - 1].text !== ',' || tokens[i + 1].text !== ',' || !AGE.test(tokens[i].text)) continue;
      const name = tokens[i - 2];
      if (loneName(name) && !(tokens[i - 3]?.cap && tokens[i - 3].kind === 'word')) found.add(name.lower);
    }
  }
  return found;
}
const AGE = /^\d{1,3}$/;

function loneName(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap && t.quote < 0 && !SENTENCE_START_STOPWORDS.has(t.lower) && !NOT_NAMES.has(t.lower) && !ORGANIZATION_HEADS.has(t.lower);
}

/** Whether the capitalised run at `first` follows a title and its `of` or `for`: `Secretary of | State`, `Director of the | FBI`. */
export function titleOfBefore(tokens: readonly Token[], first: number): boolean {
  let of = first - 1;
  if (tokens[of]?.lower === 'the') of--;
  const title = tokens[of - 1];
  return (tokens[of]?.lower === 'of' || tokens[of]?.lower === 'for') && title !== undefined && title.cap && title.quote < 0 && NAME_TITLES.has(title.lower);
}

/**
 * Where a person's name starts in a run of capitalised words that opens with the rest of a
 * title (`Homeland Security Jeh Johnson`): at the first known forename after the run's first
 * word, else at its last two words.
 */
export function nameStartInRun(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) if (isForename(tokens[k].lower.replace(/\.$/, ''))) return k;
  return Math.max(first, last - 1);
}

/** How far into an appositive its role word may stand: `, a black Republican campaign consultant`. */
const APPOSITIVE_ROLE_REACH = 6;

/**
 * `Raynard Jackson, a Republican campaign consultant,`: a forename we do not know, but the
 * appositive after the name gives the person a role.
 */
function describedAsPerson(tokens: readonly Token[], end: number, roles: ReadonlySet<string>): boolean {
  if (tokens[end + 1]?.text !== ',') return false;
  const opener = tokens[end + 2];
  if (!opener || opener.quote >= 0 || !DETERMINERS.has(opener.lower)) return false;
  for (let k = end + 3; k < tokens.length && k <= end + 2 + APPOSITIVE_ROLE_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quote >= 0) return false;
    if (!t.cap && roles.has(t.lower)) return true;
  }
  return false;
}

function isTitleContext(t: Token): boolean {
  return t.lower === 'u.s.' || t.lower === 'former' || t.lower === 'then';
}

export function isForename(lower: string): boolean {
  return MALE_FORENAMES.has(lower) || FEMALE_FORENAMES.has(lower);
}

export function forenameGender(lower: string | null): Gender {
  if (!lower) return 'unknown';
  const male = MALE_FORENAMES.has(lower);
  const female = FEMALE_FORENAMES.has(lower);
  return male === female ? 'unknown' : male ? 'male' : 'female';
}

export function genderOfTitle(lower: string): Gender {
  if (MALE_TITLES.has(lower)) return 'male';
  if (FEMALE_TITLES.has(lower)) return 'female';
  return 'unknown';
}


