/**
 * Speakers of cues: for each reporting verb, the phrase that names who is speaking, to its
 * left (`Trump said`, `Jane Doe, a spokeswoman for the ministry, said`), to its right
 * (`said Ruiz`, `according to the Pentagon`), or the subject of its clause (`, saying …`).
 */
import { clauseSubject } from './clauseSubject';
import { QUOTED_PRONOUNS } from './cues';
import { afterDateline } from './datelineTokens';
import { sentenceOfToken, type ParagraphInfo } from './document';
import { APPROXIMATORS, CLAUSE_WORDS, DAYS, DETERMINERS, DOCUMENT_HEADS, MONTHS, ORGANIZATION_HEADS, PREPOSITIONS, SPEAKER_PRONOUNS, TIME_WORDS, VERB_GAP_WORDS } from './lexicon/words';
import { phraseEnd, type Phrase } from './phrases';
import { isVerbForm, participleAsideOpen } from './phraseWords';
import type { AttributionContext, CueRef } from './attributionTypes';
import { singular } from './sourceEntities';
import type { Token } from './tokens';

/**
 * `Trump flatly said`: a word in -ly between subject and verb is an adverb, unless a determiner
 * makes it a noun (`the family said`, `the daily wrote`) or it heads a speaker (`a close ally said`).
 */
function adverbInGap(ctx: AttributionContext, tokens: readonly Token[], gap: number): boolean {
  const t = tokens[gap];
  if (!/^[a-z]+ly$/.test(t.text) || ctx.reader.isHeadWord(t)) return false;
  const before = tokens[gap - 1];
  return !(before && before.quote < 0 && (DETERMINERS.has(before.lower) || before.kind === 'possessive'));
}

/** `Trump has also said`: words between a subject and its verb; "Will wrote" names George Will. */
function isVerbGap(ctx: AttributionContext, tokens: readonly Token[], gap: number): boolean {
  const t = tokens[gap];
  if (t.quote >= 0 || ctx.reader.isKnownSurname(t)) return false;
  return VERB_GAP_WORDS.has(t.lower) || adverbInGap(ctx, tokens, gap);
}

/** Reporting verbs of an aside inside a relative clause: `who they said had shouted`. */
const ASIDE_VERBS = new Set(['said', 'say', 'says', 'believe', 'believed', 'believes']);

/**
 * `the suspect, who they said had shouted "…"`: an aside ("they said", its two tokens ending at
 * `gap`) between a relative pronoun and its verb reports who said so, not who shouted.
 */
function isReportingAside(tokens: readonly Token[], gap: number, floor: number): boolean {
  if (gap - 2 < floor || !ASIDE_VERBS.has(tokens[gap].lower)) return false;
  const reporter = tokens[gap - 1];
  const relative = tokens[gap - 2];
  return reporter.kind === 'word' && reporter.quote < 0 && relative.quote < 0 && /^(?:who|which|that)$/.test(relative.lower);
}

/** A participle's subject is an earlier speaker only when that speaker is this close. */
const PARTICIPLE_SUBJECT_WINDOW = 40;
/** Documents that speak for whoever issued them: "X issued a statement saying …". */
const ISSUED_DOCUMENTS = new Set(['statement', 'letter', 'email', 'tweet', 'post', 'message', 'video', 'ad', 'release', 'memo', 'note', 'op-ed', 'column', 'essay', 'editorial', 'blog']);
const AFTER_INVERTED = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'via', 'through', 'to', 'of', 'who', 'whose', 'with', 'from', 'and', 'adding', 'noting', 'saying', 'explaining', 'referring', 'speaking', 'calling', 'pointing']);

/** Finds the cues of a paragraph and the speaker phrase of each, in token order. */
export function findSpeakers(ctx: AttributionContext, paragraph: ParagraphInfo): CueRef[] {
  const { reader } = ctx;
  const tokens = paragraph.tokens;
  const found: CueRef[] = [];
  for (const cue of paragraph.cues) {
    const sentence = sentenceOfToken(paragraph, cue.token);
    const floor = paragraph.lookup.previousQuote(cue.token, sentence.firstToken) + 1;
    const ceiling = paragraph.lookup.nextQuote(cue.last, sentence.lastToken) - 1;
    let phrase: Phrase | null = null;
    if (cue.speakerAfter === 'always') {
      // "In a recent study, three economists …": the record runs to its comma, no appositive after it.
      const record = cue.record === true;
      phrase = record ? sourceToComma(ctx, tokens, cue.last + 1, ceiling) : reader.right(tokens, cue.last + 1, ceiling) ?? (cue.lemma === 'according to' ? sourceToComma(ctx, tokens, cue.last + 1, ceiling) : null);
      // "VNA quoted him as saying": the one quoted, a pronoun in its object form.
      if (!phrase && cue.lemma === 'quote' && QUOTED_PRONOUNS.has(tokens[cue.last + 1]?.lower ?? '')) phrase = { first: cue.last + 1, last: cue.last + 1, head: cue.last + 1, appositive: null };
      // "According to court documents, the board removed …": after an opening "according to",
      // what no second comma closes is the sentence's own clause, not a description of the source.
      if (phrase?.appositive && cue.token === sentence.firstToken && tokens[phrase.appositive[1] + 1]?.text !== ',') phrase = { ...phrase, appositive: null };
    } else if (!cue.participle) {
      let gap = cue.token - 1;
      for (;;) {
        if (gap >= floor && isVerbGap(ctx, tokens, gap)) gap--;
        else if (isReportingAside(tokens, gap, floor)) gap -= 2; // back to the relative pronoun
        else break;
      }
      gap = beforeTimeAdverbial(tokens, skipAgo(tokens, gap, floor), floor);
      phrase = reader.left(tokens, gap, floor, sentence.firstToken) ?? subjectBeforeTitledAppositive(ctx, paragraph, cue.token, sentence.firstToken);
      // "Trump at the time said", "the campaign in a statement said": an adverbial between subject and verb.
      if (phrase) phrase = subjectBeforeAdverbial(ctx, tokens, phrase, floor, sentence.firstToken) ?? phrase;
      // "A city official who spoke anonymously to discuss the talks said": the relative clause's antecedent speaks.
      phrase = subjectBeforeRelative(ctx, tokens, phrase, gap, floor, sentence.firstToken) ?? phrase;
      // "Trump posted a message on Twitter reading "…"", "Sanders started the debate saying …":
      // a participle after an object speaks for the clause's subject, not the object.
      if (phrase && tokens[cue.token].lower.endsWith('ing') && introducesSpeech(tokens, cue.last) && isObject(tokens, phrase.first, sentence.firstToken)) {
        phrase = clauseSubject(reader, tokens, sentence.firstToken, phrase.first) ?? phrase;
      }
      // "A poll released last week by the institute showed …", "a spokesman reached by phone said":
      // the noun a participle describes, not the time or the agent after it.
      if (!phrase || isTimePhrase(tokens, phrase) || PREPOSITIONS.has(tokens[phrase.first - 1]?.lower ?? '')) phrase = subjectBeforeParticiple(ctx, tokens, cue.token, floor, sentence.firstToken) ?? phrase;
      // "this week praising …", "at one point calling …": a time names no speaker; the clause's subject speaks.
      if (phrase && isTimePhrase(tokens, phrase)) phrase = clauseSubject(reader, tokens, sentence.firstToken, phrase.first);
      // "I laughed and said, …": a second verb shares its clause's subject.
      if (!phrase && gap >= floor && (tokens[gap].lower === 'and' || tokens[gap].lower === 'but' || (tokens[gap].text === ',' && /^(?:and|but)$/.test(tokens[gap - 1]?.lower ?? '')))) {
        // "when my mother mentioned it, I laughed and said": the subject of the nearest clause. Not
        // when its comma closed a description ("Sen. Ana Ortiz, a Democrat, left a committee meeting and
        // told reporters"): a verb right after the comma goes on with the subject before it.
        const nearest = clauseStart(tokens, gap, sentence.firstToken);
        phrase = (predicateAfterComma(ctx, tokens, nearest) ? null : clauseSubject(reader, tokens, nearest, gap)) ?? clauseSubject(reader, tokens, sentence.firstToken, gap);
        // "This is why Democrats point their fingers and cry "…"": the subject of the clause a "why" or "because" opens.
        phrase ??= subordinateSubject(ctx, tokens, gap, sentence.firstToken);
      }
      if (!phrase && cue.speakerAfter === 'maybe' && invertedOrderAllowed(tokens, gap, floor)) {
        phrase = reader.right(tokens, skipTime(tokens, cue.last + 1, ceiling), ceiling);
        // "said Ruiz." ends the clause; "said Trump's messages have ..." is reported speech, not an inverted tag.
        if (phrase && !endsClause(tokens, phrase, sentence.lastToken)) phrase = null;
      }
    }
    // "data showed" attributes to the data; "Trump showed up" attributes nothing.
    if (cue.documentOnly && !(phrase && DOCUMENT_HEADS.has(tokens[phrase.head].lower))) continue;
    // "X issued a statement saying …": the statement speaks for whoever issued it. Not "…,
    // according to a joint statement", whose subject is what the statement says, not its author.
    if (phrase && cue.speakerAfter !== 'always' && ISSUED_DOCUMENTS.has(tokens[phrase.head].lower) && (tokens[phrase.first].lower === 'a' || tokens[phrase.first].lower === 'an')) {
      phrase = clauseSubject(reader, tokens, sentence.firstToken, phrase.first) ?? phrase;
    }
    // "according to the police and two hospitals": both are sources of what follows. But
    // "according to U.S. and European officials" is one source, the first word a modifier.
    let second = phrase && cue.lemma === 'according to' ? secondSource(ctx, tokens, phrase, ceiling) : null;
    // "Ana Ruiz and Tom Lund said …": the verb reports for both subjects.
    const first = phrase && cue.speakerAfter !== 'always' && !cue.participle && phrase.last < cue.token && cue.token - phraseEnd(phrase) <= CONJUNCT_VERB_GAP ? firstConjunct(ctx, tokens, phrase, sentence.firstWord) : null;
    if (phrase && second && nameGoesOnPastAnd(tokens, phrase, second)) {
      phrase = { first: phrase.first, last: second.last, head: phrase.head, appositive: second.appositive };
      second = null;
    }
    if (phrase && second && phrase.first === phrase.last && isModifierWord(tokens[phrase.first]) && tokens[second.first].cap && second.head > second.first) {
      phrase = { first: phrase.first, last: second.last, head: second.head, appositive: second.appositive };
      second = null;
    }
    const ref = phrase ? addRef(ctx, paragraph, sentence.index, phrase) : null;
    const cueRef: CueRef = { paragraph: paragraph.index, cue, span: { start: tokens[cue.token].start, end: tokens[cue.last].end }, ref };
    if (second) cueRef.also = addRef(ctx, paragraph, sentence.index, second);
    else if (first) cueRef.also = addRef(ctx, paragraph, sentence.index, first);
    if (cue.lemma === 'quote' && ref !== null) {
      // "The Gazette quoted a witness as saying …": the witness speaks, the Gazette relays.
      const relay = reader.left(tokens, cue.token - 1, floor, sentence.firstToken);
      if (relay) cueRef.relay = addRef(ctx, paragraph, sentence.index, relay);
    }
    found.push(cueRef);
    ctx.result.cues.push(cueRef);
  }
  // A participle (", adding that ...") speaks for the subject of its clause: the nearest speaker before it, else the sentence's subject.
  let lastWithSpeaker: CueRef | null = null;
  for (const cueRef of found) {
    if (cueRef.cue.participle && cueRef.ref === null) {
      const sentence = sentenceOfToken(paragraph, cueRef.cue.token);
      // "… said Tuesday. However, he held his fire, calling …": a participle's subject stands in its own sentence.
      if (lastWithSpeaker && cueRef.cue.token - lastWithSpeaker.cue.token < PARTICIPLE_SUBJECT_WINDOW && lastWithSpeaker.cue.token >= sentence.firstToken) {
        cueRef.ref = lastWithSpeaker.ref;
        // "… quoted a witness as saying": the relay carries over with the speaker.
        if (lastWithSpeaker.relay !== undefined) cueRef.relay = lastWithSpeaker.relay;
      } else {
        // "…, where about 50 protesters had gathered, chanting "…"": the place's clause has a subject of its own.
        const subject = whereClauseSubject(ctx, tokens, sentence.firstToken, cueRef.cue.token) ?? clauseSubject(reader, tokens, sentence.firstToken, cueRef.cue.token);
        if (subject) cueRef.ref = addRef(ctx, paragraph, sentence.index, subject);
      }
    }
    // "a class called "Perception" on his page, writing …": what a naming verb names does not write.
    if (cueRef.ref !== null && !cueRef.cue.naming) lastWithSpeaker = cueRef;
  }
  return found;
}

/** The longest source "according to" may name in words the phrase reader does not know, in tokens. */
const ACCORDING_TO_REACH = 20;

/**
 * `According to early results of exit polls conducted for The Associated Press …, CONTENT`:
 * whatever "according to" names runs to its comma; its head is the last noun of a source
 * before the first preposition (`results`; `records` in `weather service records`), else its
 * last word.
 */
function sourceToComma(ctx: AttributionContext, tokens: readonly Token[], from: number, ceiling: number): Phrase | null {
  let head = -1;
  let tail = false; // past the head's first preposition
  for (let j = from; j <= ceiling && j - from < ACCORDING_TO_REACH; j++) {
    const t = tokens[j];
    if (t.text === ',' || t.text === '.') return j - 1 >= from ? { first: from, last: j - 1, head: head >= 0 ? head : j - 1, appositive: null } : null;
    if (t.quote >= 0 || (t.kind === 'punct' && t.text !== '-')) return null;
    if (head >= 0 && PREPOSITIONS.has(t.lower)) tail = true;
    if (!tail && t.kind === 'word' && ctx.reader.isHeadWord(t)) head = j;
  }
  return null;
}

/**
 * `the Department of Forestry and Fire Protection`, `the Centers for Disease Control and
 * Prevention`, `the United Food and Commercial Workers union`: a body's name whose "of" or
 * "for" governs two capitalised fields, or whose capitalised words run through an "and" to
 * the body's noun, is one name, not two sources. The second part has no determiner of its own.
 */
function nameGoesOnPastAnd(tokens: readonly Token[], phrase: Phrase, second: Phrase): boolean {
  const end = phraseEnd(phrase);
  if (second.first !== end + 2 || !tokens[second.first].cap || !tokens[end].cap) return false;
  const name = DETERMINERS.has(tokens[phrase.first].lower) ? phrase.first + 1 : phrase.first;
  // Back over the field's capitalised words (`Disease Control`) to its "of" or "for".
  let of = end;
  while (of > name && tokens[of].cap) of--;
  if (of > name && (tokens[of].lower === 'of' || tokens[of].lower === 'for')) {
    for (let j = name; j < of; j++) if (tokens[j].cap && isOrganizationHead(tokens[j].lower)) return true;
    return false;
  }
  // The first part is all capitals with no body's noun of its own: `United Food`, not `the Teamsters`.
  for (let j = name; j <= end; j++) if (!tokens[j].cap || isOrganizationHead(tokens[j].lower)) return false;
  return isOrganizationHead(tokens[second.head].lower);
}

function isOrganizationHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || ORGANIZATION_HEADS.has(singular(word));
}

/** A capitalised word that modifies a noun rather than naming someone: `U.S.`, `European`, `Republican`, `British`. */
function isModifierWord(t: Token): boolean {
  return t.cap && t.kind === 'word' && (/^(?:[a-z]\.)+$/.test(t.lower) || /(?:an|ic|ish|ese|i)$/.test(t.lower));
}

/**
 * The source joined to `phrase` by "and" after "according to" (`the medical examiner's office
 * and the city's two largest hospitals`), when it reads as a source of its own: a name, or a
 * head that can speak.
 */
function secondSource(ctx: AttributionContext, tokens: readonly Token[], phrase: Phrase, ceiling: number): Phrase | null {
  const and = phraseEnd(phrase) + 1;
  if (and + 1 > ceiling || tokens[and].lower !== 'and' || tokens[and].quote >= 0) return null;
  let second = ctx.reader.right(tokens, and + 1, ceiling);
  if (!second) return null;
  // "the city's two largest hospitals": past a possessive to the noun it owns, up to the comma.
  if (tokens[second.last].kind === 'possessive') second = sourceToComma(ctx, tokens, and + 1, ceiling) ?? second;
  // "According to A and B, the mayor resigned": what no second comma closes is the clause.
  if (second.appositive && tokens[second.appositive[1] + 1]?.text !== ',') second = { ...second, appositive: null };
  const head = tokens[second.head];
  return head.cap || ctx.reader.isHeadWord(head) ? second : null;
}

/**
 * `Ana Ruiz and Tom Lund said`, `Unite and Unison, which …, said`: the subject before an "and"
 * that joins it to the phrase read next to the verb, when the sentence opens with it (after a
 * dateline, and a "Both"). Not `Ruiz met the mayor and Lund said` nor `…, and executives said`,
 * where "and" joins two clauses; not modifiers (`Current and former officials`), titles
 * (`journalist and author Hiro Aida`), forenames sharing a surname (`Bill and Hillary Clinton`)
 * or a name with "and" in it (`Citizenship and Immigration Services`).
 */
function firstConjunct(ctx: AttributionContext, tokens: readonly Token[], phrase: Phrase, firstWord: number): Phrase | null {
  const and = phrase.first - 1;
  // A capital "And" is a headline's, in title case.
  if (and - 1 < firstWord || tokens[and].text !== 'and' || tokens[and].quote >= 0) return null;
  let opening = afterDateline(tokens, firstWord, and);
  if (BOTH.has(tokens[opening]?.lower ?? '')) opening++;
  if (and - 1 < opening) return null;
  // One "and", no comma: `A and B of C and D concluded` is a list whose parts the reader cannot tell apart.
  for (let j = opening; j < and; j++) if (tokens[j].kind === 'punct' || tokens[j].quote >= 0 || tokens[j].lower === 'and') return null;
  const conjunct = ctx.reader.left(tokens, and - 1, opening, opening);
  // The first subject ends in its noun (not `Eleven progressive and Muslim organizations`), and
  // the second has a determiner or a name of its own (not `the delegate and conservative activist`, one person).
  if (!conjunct || conjunct.first !== opening || conjunct.head !== conjunct.last || conjunct.antecedent || !canSpeak(ctx, tokens, conjunct) || !canSpeak(ctx, tokens, phrase)) return null;
  if (!tokens[phrase.head].cap && !DETERMINERS.has(tokens[phrase.first].lower)) return null;
  const single = conjunct.first === conjunct.last;
  const modifier = single && (isModifierWord(tokens[opening]) || MODIFIER_CONJUNCTS.has(tokens[opening].lower));
  const titles = !tokens[conjunct.head].cap && ctx.reader.isDescriptive(tokens[phrase.first]) && tokens[phrase.head].cap;
  const sharedSurname = single && tokens[opening].cap && phrase.head > phrase.first && tokens[phrase.first].cap && tokens[phrase.head].cap;
  const head = tokens[phrase.head].lower;
  const oneName = tokens[and - 1].cap && tokens[and + 1].cap && (ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(head.replace(/s$/, '')));
  // "He and Lund said": a pronoun is resolved on its own, and joins no one.
  const pronoun = SPEAKER_PRONOUNS[tokens[conjunct.head].lower] !== undefined || SPEAKER_PRONOUNS[tokens[phrase.head].lower] !== undefined;
  if (modifier || titles || sharedSurname || oneName || pronoun) return null;
  return describesBoth(tokens, phrase) ? { ...conjunct, appositive: phrase.appositive } : conjunct;
}

const BOTH = new Set(['both', 'either', 'neither']);
/** How far the verb may stand after the second subject: `Rokita and Bosma have publicly stated`. */
const CONJUNCT_VERB_GAP = 4;
/** Words that join as modifiers of one noun: `Current and former officials`, `Senior and junior staff`. */
const MODIFIER_CONJUNCTS = new Set(['current', 'former', 'past', 'present', 'future', 'senior', 'junior', 'retired', 'active', 'new', 'old', 'local', 'state', 'federal', 'national', 'foreign']);

/** `…, which together represent …,`, `…, both teachers,`: an appositive after the second subject that describes the two. */
function describesBoth(tokens: readonly Token[], phrase: Phrase): boolean {
  if (!phrase.appositive || phrase.appositive[0] < phrase.last) return false;
  const [from] = phrase.appositive;
  const words = [tokens[from], tokens[from + 1], tokens[from + 2]].map((t) => t?.lower);
  return words[0] === 'both' || ((words[0] === 'which' || words[0] === 'who') && (words[1] === 'together' || words[1] === 'both' || words[2] === 'together'));
}

/**
 * `Lena Hale, star of the series "Harbour," said …`: an appositive that ends inside the
 * marks of a work's title (American punctuation) closes right before the verb at `verb`. The
 * phrase reader stops at quotation marks, so the subject is read before the appositive's
 * opening comma, and the appositive runs to the title's closing mark.
 */
function subjectBeforeTitledAppositive(ctx: AttributionContext, paragraph: ParagraphInfo, verb: number, sentenceStart: number): Phrase | null {
  const tokens = paragraph.tokens;
  const close = tokens[verb - 1];
  if (!close || close.quote < 0 || ctx.doc.titles[close.quote] === null || tokens[verb - 2]?.text !== ',' || tokens[verb - 2].quote !== close.quote) return null;
  let open = verb - 2;
  while (open > sentenceStart && tokens[open - 1].quote === close.quote) open--;
  let comma = open - 1;
  while (comma > sentenceStart && comma > open - MAX_TITLED_APPOSITIVE && tokens[comma].text !== ',' && tokens[comma].quote < 0) comma--;
  if (comma <= sentenceStart || tokens[comma].text !== ',') return null;
  // An appositive opens with a determiner or a role ("the hacker known as", "star of"), not a verb
  // ("…, who backs Trump, trashed Comey on MSNBC's "Morning Joe,"").
  const described = tokens[comma + 1];
  if (!(DETERMINERS.has(described.lower) || ctx.reader.isDescriptive(described))) return null;
  const floor = paragraph.lookup.previousQuote(comma, sentenceStart) + 1;
  const subject = ctx.reader.left(tokens, comma - 1, floor, sentenceStart);
  if (!subject || subject.antecedent || !tokens[subject.head].cap) return null;
  return { first: subject.first, last: subject.last, head: subject.head, appositive: [comma + 1, verb - 1] };
}

/** How far before a title's opening mark the appositive's comma may stand: `, star of the series`. */
const MAX_TITLED_APPOSITIVE = 10;

/** Records a speaker phrase once, however many cues or quotations lead to it. */
export function addRef(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: number, phrase: Phrase): number {
  const tokens = paragraph.tokens;
  const span = { start: tokens[phrase.first].start, end: tokens[phrase.last].end };
  const key = `${span.start}:${span.end}`;
  const existing = ctx.refKeys.get(key);
  if (existing !== undefined) return existing;
  const appositive = phrase.appositive ? { start: tokens[phrase.appositive[0]].start, end: tokens[phrase.appositive[1]].end } : null;
  const id = ctx.result.refs.length;
  ctx.result.refs.push({ id, paragraph: paragraph.index, sentence, phrase, span, appositive });
  ctx.refKeys.set(key, id);
  return id;
}

const ADVERBIAL_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'over', 'since', 'until', 'through', 'throughout', 'amid', 'by', 'via', 'from']);

/**
 * When the phrase before a verb is the object of a preposition (`at the time`, `in a statement`,
 * `on Twitter`), the subject stands before the preposition: `Trump at the time said`.
 */
function subjectBeforeAdverbial(ctx: AttributionContext, tokens: readonly Token[], phrase: Phrase, floor: number, sentenceStart: number): Phrase | null {
  const preposition = phrase.first - 1;
  if (preposition - 1 < floor || !ADVERBIAL_PREPOSITIONS.has(tokens[preposition].lower)) return null;
  // "… to be president after a woman in Worcester told him": after a word that also opens a
  // clause, someone who can speak is that clause's subject, not the object of a time.
  if (CLAUSE_OPENING_PREPOSITIONS.has(tokens[preposition].lower) && canSpeak(ctx, tokens, phrase)) return null;
  // "Protesters marching through the streets chanted": past the participle too.
  let before = /^[a-z]+ing$/.test(tokens[preposition - 1].text) ? preposition - 2 : preposition - 1;
  // "Beck, who has in the past described": and past an auxiliary or an adverb (a few: the scan stays short).
  for (let skipped = 0; skipped < 3 && before > floor && tokens[before].quote < 0 && VERB_GAP_WORDS.has(tokens[before].lower); skipped++) before--;
  if (before < floor) return null;
  const subject = ctx.reader.left(tokens, before, floor, sentenceStart);
  return subject && (subject.antecedent || canSpeak(ctx, tokens, subject)) ? subject : null;
}

/**
 * The speaker who is the subject of the last `where` clause before a participle (`the Taj
 * Mahal, where about 50 protesters had gathered, chanting`), if one stands between.
 */
function whereClauseSubject(ctx: AttributionContext, tokens: readonly Token[], sentenceStart: number, participle: number): Phrase | null {
  // Only a participle right after the clause's comma: "… – while chanting" goes back to the sentence's subject.
  if (tokens[participle - 1]?.text !== ',') return null;
  for (let j = participle - 1; j > sentenceStart; j--) {
    if (tokens[j].quote >= 0) return null;
    if (tokens[j].lower !== 'where' || !/^[,—–-]$/.test(tokens[j - 1].text)) continue;
    let first = j + 1;
    while (first < participle && APPROXIMATORS.has(tokens[first].lower)) first++; // "about 50 protesters"
    const subject = ctx.reader.right(tokens, first, participle - 1);
    return subject && canSpeak(ctx, tokens, subject) ? subject : null;
  }
  return null;
}

/** Words that open a clause with a subject of its own inside a sentence. */
const CLAUSE_OPENERS = new Set(['why', 'how', 'because', 'when', 'where', 'if', 'whether', 'since', 'while', 'although', 'though', 'unless']);

/** The subject of the nearest clause a `why`, `because` … opens before `gap`, when it can speak. */
function subordinateSubject(ctx: AttributionContext, tokens: readonly Token[], gap: number, sentenceStart: number): Phrase | null {
  for (let j = gap - 1; j > sentenceStart; j--) {
    if (tokens[j].quote >= 0) return null;
    if (!CLAUSE_OPENERS.has(tokens[j].lower)) continue;
    const subject = clauseSubject(ctx.reader, tokens, j + 1, gap);
    return subject && canSpeak(ctx, tokens, subject) ? subject : null;
  }
  return null;
}

/** Prepositions that also open a clause: `after the vote` or `after a woman told him`. */
const CLAUSE_OPENING_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/** A phrase whose head names someone or something that speaks: a name, a pronoun, a speaker noun (not a meeting or a time). */
function canSpeak(ctx: AttributionContext, tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.head];
  return head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || ctx.reader.isHeadWord(head);
}

/** How far back from a verb a relative clause without commas may open (`who spoke on condition of anonymity`). */
const RELATIVE_REACH = 16;

/**
 * `A city official who spoke anonymously to discuss the talks said`: a "who" before the phrase
 * read next to the verb opens a relative clause whose object that phrase is, and the clause's
 * antecedent is the subject. Not after a comma, which the appositive reading already handles.
 */
function subjectBeforeRelative(ctx: AttributionContext, tokens: readonly Token[], phrase: Phrase | null, gap: number, floor: number, sentenceStart: number): Phrase | null {
  // Only a phrase that reads as an object (`to discuss the talks`), or none, gives way: `when he
  // yelled` has its own subject, and a verb right after "who" (`Republicans who agree that`) is the clause's own.
  if (phrase && !objectOfWord(tokens[phrase.first - 1])) return null;
  let from = phrase ? phrase.first - 1 : gap;
  // "Two employees who received notices on Monday, speaking on condition of anonymity because
  // they feared …, said": the relative clause ends before a participle phrase set off by commas.
  if (!phrase && tokens[gap]?.text === ',') {
    const open = participleAsideOpen(tokens, gap, floor);
    if (open < 0) return null;
    from = open - 1;
  }
  for (let j = from; j > floor && from - j < RELATIVE_REACH; j--) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind === 'punct') return null;
    if (t.lower !== 'who') continue;
    if (j === gap) return null;
    // "Another Muslim who worshiped at the center and who did not want to be named said": the first "who" follows the antecedent.
    if (tokens[j - 1].lower === 'and') continue;
    if (tokens[j - 1].kind !== 'word') return null;
    const antecedent = ctx.reader.left(tokens, j - 1, floor, sentenceStart);
    if (!antecedent) return null;
    const head = tokens[antecedent.head];
    if (!(head.cap || ctx.reader.isHeadWord(head))) return null;
    // "Lena Park, the analyst who runs the site tweeted": the description stands for the name before it.
    const named = antecedent.first - 2 >= floor && tokens[antecedent.first - 1].text === ',' ? ctx.reader.left(tokens, antecedent.first - 2, floor, sentenceStart) : null;
    return named && tokens[named.head].cap ? { ...named, appositive: [antecedent.first, antecedent.last] } : antecedent;
  }
  return null;
}

/** A lower-case word that is no conjunction: a verb or a preposition the phrase after it is the object of. */
function objectOfWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && t.quote < 0 && !CLAUSE_WORDS.has(t.lower);
}

const AGO_WORDS = /^(?:less|more|than|about|nearly|almost|just|only|some|a|an|few|several|couple|of|one|two|three|four|five|six|seven|eight|nine|ten|(?:second|minute|hour|day|week|month|year|decade)s?)$/;

/** `The State Department less than two weeks ago said`: skips a time expression ending in "ago". */
function skipAgo(tokens: readonly Token[], gap: number, floor: number): number {
  if (gap < floor || tokens[gap].lower !== 'ago') return gap;
  let j = gap - 1;
  while (j >= floor && gap - j <= 5 && tokens[j].quote < 0 && (tokens[j].kind === 'number' || AGO_WORDS.test(tokens[j].lower))) j--;
  return j;
}

/** A time adverbial is this short: `during a Sunday rally`, `in December 1992`, `on Monday`. */
const TIME_ADVERBIAL_TOKENS = 4;

/**
 * `Ruiz on Monday said`, `Sanders during a Sunday rally thanked`, `Here's Clinton in December
 * 1992:`: a preposition and a time ending at `end`; `Ruiz Monday said`, `a statement Wednesday
 * saying`: a bare day. The token before them, or `end` if there are none.
 */
export function beforeTimeAdverbial(tokens: readonly Token[], end: number, floor: number): number {
  if (end - 1 >= floor && DAYS.has(tokens[end].lower) && tokens[end].quote < 0 && tokens[end - 1].kind === 'word' && !ADVERBIAL_PREPOSITIONS.has(tokens[end - 1].lower) && !DETERMINERS.has(tokens[end - 1].lower)) return end - 1;
  let j = end;
  let sawTime = false;
  while (j >= floor && end - j < TIME_ADVERBIAL_TOKENS && tokens[j].quote < 0) {
    const t = tokens[j];
    const time = t.kind === 'number' || TIME_WORDS.has(t.lower) || MONTHS.has(t.lower);
    if (!time && !DETERMINERS.has(t.lower)) break;
    if (time) sawTime = true;
    j--;
  }
  if (!sawTime || j - 1 < floor || !ADVERBIAL_PREPOSITIONS.has(tokens[j].lower)) return end;
  return j - 1;
}

/** The first token after the last comma before `from` in the sentence: where its clause starts. */
export function clauseStart(tokens: readonly Token[], from: number, sentenceStart: number): number {
  for (let j = from - 1; j > sentenceStart; j--) if (tokens[j].text === ',' || tokens[j].text === '—' || tokens[j].text === ';') return j + 1;
  return sentenceStart;
}

/** Whether the clause from `start` opens, right after a comma, on a verb: a lower-case word that cannot start a noun phrase. */
function predicateAfterComma(ctx: AttributionContext, tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  if (!t || tokens[start - 1]?.text !== ',' || t.kind !== 'word' || t.cap || t.quote >= 0) return false;
  if (DETERMINERS.has(t.lower) || SPEAKER_PRONOUNS[t.lower] !== undefined || CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || ctx.reader.isHeadWord(t)) return false;
  return isVerbForm(t) || ctx.doc.lexicon.verbs.has(t.lower);
}

/** `reading "…"`, `saying that …`, `writing: …`: the verb opens what was said (unlike "a price reporting service"). */
function introducesSpeech(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && (next.quote >= 0 || next.text === ',' || next.text === ':' || next.lower === 'that');
}

/** Participles that describe a record or a person between subject and verb: `a poll released`, `a spokesman reached by phone`. */
const REDUCED_RELATIVE_PARTICIPLES = new Set([
  'released', 'published', 'conducted', 'commissioned', 'sponsored', 'funded', 'issued', 'posted', 'filed', 'obtained',
  'prepared', 'compiled', 'cited', 'reviewed', 'reached', 'contacted', 'interviewed', 'surveyed', 'polled', 'questioned',
]);

/** How far before the verb the participle may stand: `released last week by the Public Policy Institute of California`. */
const PARTICIPLE_REACH = 12;

/**
 * `A poll released last week by the institute showed`: the phrase before an -ed participle
 * that opens the words between subject and verb (a reduced relative clause), when its head can
 * speak or is a record. Past no punctuation or quotation.
 */
function subjectBeforeParticiple(ctx: AttributionContext, tokens: readonly Token[], verb: number, floor: number, sentenceStart: number): Phrase | null {
  for (let j = verb - 1; j > floor && verb - j <= PARTICIPLE_REACH; j--) {
    const t = tokens[j];
    if (t.quote >= 0 || (t.kind === 'punct' && t.text !== '.')) return null;
    if (!REDUCED_RELATIVE_PARTICIPLES.has(t.text)) continue;
    const subject = ctx.reader.left(tokens, j - 1, floor, sentenceStart);
    if (!subject || subject.last !== j - 1) continue;
    const head = tokens[subject.head];
    if (DOCUMENT_HEADS.has(head.lower) || ctx.reader.isHeadWord(head)) return subject;
  }
  return null;
}

/** `this week praising …`, `at one point calling …`: a time, not a speaker, before a participle. */
function isTimePhrase(tokens: readonly Token[], phrase: Phrase): boolean {
  const head = tokens[phrase.head].lower;
  return TIME_WORDS.has(head) || head === 'point' || head === 'time' || head === 'day' || head === 'moment';
}

/**
 * A phrase right after a preposition or a verb is its object: `on Twitter`, `started out their
 * debate`. Not after "with": in `with Trump tweeting that …` the phrase is the participle's subject.
 */
function isObject(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  if (first - 1 < sentenceStart) return false;
  const before = tokens[first - 1];
  // "A video shows Lund saying …", "the email has Podesta saying …": what a record shows, its object says.
  if (DEPICTING_VERBS.has(before.lower)) return false;
  return before.kind === 'word' && !before.cap && before.quote < 0 && (ADVERBIAL_PREPOSITIONS.has(before.lower) || /^(?:into|of|for|to|out|up|about)$/.test(before.lower) || /^[a-z]+(?:ed|s)$/.test(before.text));
}

/** Verbs whose object is shown speaking: `A video shows Lund saying`, `The email has Podesta saying`. */
const DEPICTING_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'has', 'had', 'have', 'captures', 'captured', 'caught', 'depicts', 'depicted', 'features', 'featured', 'heard', 'hears', 'quotes', 'quoted']);

/** `said Ruiz` stands after a quotation, a comma, a colon or at the sentence's start. */
function invertedOrderAllowed(tokens: readonly Token[], before: number, floor: number): boolean {
  const t = tokens[before];
  if (t !== undefined && t.quote >= 0) return !quotedNoun(tokens, before);
  if (before < floor) return true;
  return t.text === ',' || t.text === ':' || t.text === '—' || t.text === '–';
}

/** How many tokens back a quoted noun's opening mark may stand: a term, not a statement. */
const QUOTED_NOUN_REACH = 12;

/**
 * A short quotation after a determiner, ending at `last`: a term the sentence goes on about (`the
 * "sharing economy" reflects an improvement`), the subject of the verb after it, no one's tag.
 */
function quotedNoun(tokens: readonly Token[], last: number): boolean {
  const quote = tokens[last].quote;
  let open = last;
  while (open > 0 && tokens[open - 1].quote === quote && last - open < QUOTED_NOUN_REACH) open--;
  const before = tokens[open - 1];
  // `The "sharing economy," said Ruiz`: a comma closing the quotation makes it a tag again.
  const closedByComma = tokens[last - 1]?.text === ',' || tokens[last + 1]?.text === ',';
  return before !== undefined && before.quote < 0 && DETERMINERS.has(before.lower) && !closedByComma;
}

/** Whether an inverted speaker phrase (`said Ruiz`) closes its clause. */
function endsClause(tokens: readonly Token[], phrase: Phrase, end: number): boolean {
  const after = phraseEnd(phrase) + 1;
  if (after >= end) return true;
  const next = tokens[after];
  // "tweeted a user from Hanover going by the handle …": a participle describing the speaker ends the phrase too.
  return next.kind === 'punct' || next.quote >= 0 || TIME_WORDS.has(next.lower) || AFTER_INVERTED.has(next.lower) || /^[a-z]+ing$/.test(next.text);
}

/** `late on Wednesday`, `early Tuesday`: lower-case `late` or `early` before a time (not Mr. Early). */
function leadsToTime(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.cap || (t.lower !== 'late' && t.lower !== 'early')) return false;
  const next = tokens[j + 1]?.lower ?? '';
  return TIME_WORDS.has(next) || (next === 'on' && TIME_WORDS.has(tokens[j + 2]?.lower ?? ''));
}

/** Skips time words after a verb: "said Tuesday", "said on Monday", "said late on Wednesday". */
export function skipTime(tokens: readonly Token[], from: number, ceiling: number): number {
  let j = from;
  while (j <= ceiling && (TIME_WORDS.has(tokens[j].lower) || (tokens[j].lower === 'on' && TIME_WORDS.has(tokens[j + 1]?.lower ?? '')) || leadsToTime(tokens, j))) j++;
  return j;
}
