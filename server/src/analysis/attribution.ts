/**
 * Who said each quotation, and who is reported as saying what without quote marks.
 *
 * A sieve in the manner of CoreNLP's quote attribution: the most precise patterns first,
 * each decision recording the step that made it so a hover card can explain it.
 *   1. A tag right after the quote:      "…," Trump said.  /  "…," said Karoline Leavitt.
 *   2. A tag before it:                  Leavitt told reporters: "…"
 *   3. The second half of a split quote: "…," she said, "…"
 *   4. Reported speech around a partial quote: Trump said the tariffs were "working beautifully."
 *   5. The paragraph's speaker:          "…," he said. "…"
 *   6. A continued or floating paragraph takes the previous paragraph's speaker.
 */
import { findCues, type CueToken } from './cues';
import { sentenceOfToken, tokenAt, type ParagraphInfo, type WorkingDocument } from './document';
import { SPEAKER_PRONOUNS, TIME_WORDS, VERB_GAP_WORDS } from './lexicon/words';
import type { QuoteAttribution, Reason, Span } from './model';
import { PhraseReader, type Phrase } from './phrases';
import type { RawQuote } from './quotes';
import type { Token } from './tokens';

/** A speaker phrase found next to a cue, before it is linked to a source. */
export interface SpeakerRef {
  id: number;
  paragraph: number;
  sentence: number;
  phrase: Phrase;
  span: Span;
  /** The appositive describing the speaker (`a spokeswoman for the ministry`). */
  appositive: Span | null;
}

export interface CueRef {
  paragraph: number;
  cue: CueToken;
  span: Span;
  /** The speaker phrase this cue introduces; null when none was found. */
  ref: number | null;
}

export interface QuoteDraft {
  ref: number;
  cue: CueRef | null;
  position: QuoteAttribution['position'];
  reason: Reason;
  /** The previous part of the same quotation (a split quote). */
  splitFrom: number | null;
}

export interface ReportedDraft {
  ref: number;
  cue: CueRef;
  content: Span;
  sentence: number;
  paragraph: number;
}

export interface AttributionResult {
  refs: SpeakerRef[];
  cues: CueRef[];
  /** One entry per raw quote (same index); null when nobody could be found. */
  quotes: Array<QuoteDraft | null>;
  reported: ReportedDraft[];
}

const PARTICIPLE_SUBJECT_WINDOW = 40;
const ISSUED_DOCUMENTS = new Set(['statement', 'letter', 'email', 'tweet', 'post', 'message', 'video', 'ad', 'release', 'memo', 'note', 'op-ed', 'column', 'essay', 'editorial', 'blog']);

export function attribute(doc: WorkingDocument): AttributionResult {
  const reader = new PhraseReader(doc.lexicon);
  const result: AttributionResult = { refs: [], cues: [], quotes: doc.quotes.map(() => null), reported: [] };
  const cuesByParagraph = doc.paragraphs.map((paragraph) => findSpeakers(doc, paragraph, reader, result));
  for (const paragraph of doc.paragraphs) {
    findReportedSpeech(paragraph, cuesByParagraph[paragraph.index], result);
  }
  for (const paragraph of doc.paragraphs) {
    for (const q of paragraph.quotes) result.quotes[q] = attributeQuote(doc, paragraph, q, cuesByParagraph, result, reader);
  }
  return result;
}

/** Finds the cues of a paragraph and the speaker phrase of each. */
function findSpeakers(doc: WorkingDocument, paragraph: ParagraphInfo, reader: PhraseReader, result: AttributionResult): CueRef[] {
  const tokens = paragraph.tokens;
  const found: CueRef[] = [];
  for (const cue of findCues(paragraph, doc.lexicon)) {
    const sentence = sentenceOfToken(paragraph, cue.token);
    const floor = lastQuoteTokenBefore(tokens, cue.token, sentence.firstToken) + 1;
    const ceiling = firstQuoteTokenAfter(tokens, cue.last, sentence.lastToken) - 1;
    let phrase: Phrase | null = null;
    if (cue.speakerAfter === 'always') {
      phrase = reader.right(tokens, cue.last + 1, ceiling);
    } else if (cue.participle) {
      phrase = null; // resolved below from the clause's subject
    } else {
      let gap = cue.token - 1;
      while (gap >= floor && tokens[gap].quote < 0 && (VERB_GAP_WORDS.has(tokens[gap].lower) || /^[a-z]+ly$/.test(tokens[gap].text))) gap--;
      phrase = reader.left(tokens, gap, floor, sentence.firstToken);
      if (!phrase && cue.speakerAfter === 'maybe' && invertedOrderAllowed(tokens, gap, floor)) {
        phrase = reader.right(tokens, skipTime(tokens, cue.last + 1, ceiling), ceiling);
        // "said Ruiz." ends the clause; "said Trump's messages have ..." is reported speech, not an inverted tag.
        if (phrase && !endsClause(tokens, phrase, sentence.lastToken)) phrase = null;
      }
    }
    // "X issued a statement saying ...": the statement speaks for whoever issued it.
    if (phrase && ISSUED_DOCUMENTS.has(tokens[phrase.head].lower) && (tokens[phrase.first].lower === 'a' || tokens[phrase.first].lower === 'an')) {
      phrase = clauseSubject(reader, tokens, sentence.firstToken, phrase.first) ?? phrase;
    }
    const ref = phrase ? addRef(result, paragraph, sentence.index, phrase, tokens) : null;
    const cueRef: CueRef = { paragraph: paragraph.index, cue, span: { start: tokens[cue.token].start, end: tokens[cue.last].end }, ref };
    found.push(cueRef);
    result.cues.push(cueRef);
  }
  // A participle (", adding that ...") speaks for the subject of its clause: the nearest speaker before it, else the sentence's subject.
  for (const cueRef of found) {
    if (!cueRef.cue.participle || cueRef.ref !== null) continue;
    const before = found.filter((other) => other.ref !== null && other.cue.token < cueRef.cue.token && cueRef.cue.token - other.cue.token < PARTICIPLE_SUBJECT_WINDOW);
    if (before.length) {
      cueRef.ref = before[before.length - 1].ref;
    } else {
      const sentence = sentenceOfToken(paragraph, cueRef.cue.token);
      const subject = clauseSubject(reader, tokens, sentence.firstToken, cueRef.cue.token);
      if (subject) cueRef.ref = addRef(result, paragraph, sentence.index, subject, tokens);
    }
  }
  return found;
}

function addRef(result: AttributionResult, paragraph: ParagraphInfo, sentence: number, phrase: Phrase, tokens: readonly Token[]): number {
  const span = { start: tokens[phrase.first].start, end: tokens[phrase.last].end };
  const existing = result.refs.find((r) => r.span.start === span.start && r.span.end === span.end);
  if (existing) return existing.id;
  const appositive = phrase.appositive ? { start: tokens[phrase.appositive[0]].start, end: tokens[phrase.appositive[1]].end } : null;
  result.refs.push({ id: result.refs.length, paragraph: paragraph.index, sentence, phrase, span, appositive });
  return result.refs.length - 1;
}

/** `said Ruiz` stands after a quotation, a comma, a colon or at the sentence's start. */
function invertedOrderAllowed(tokens: readonly Token[], before: number, floor: number): boolean {
  if (before < floor) return true;
  const t = tokens[before];
  return t.quote >= 0 || t.text === ',' || t.text === ':' || t.text === '—' || t.text === '–';
}

const AFTER_INVERTED = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'via', 'through', 'to', 'of', 'who', 'whose', 'with', 'from', 'and', 'adding', 'noting', 'saying', 'explaining', 'referring', 'speaking', 'calling', 'pointing']);

/** Whether an inverted speaker phrase (`said Ruiz`) closes its clause. */
function endsClause(tokens: readonly Token[], phrase: Phrase, end: number): boolean {
  const after = (phrase.appositive ? phrase.appositive[1] : phrase.last) + 1;
  if (after >= end) return true;
  const next = tokens[after];
  return next.kind === 'punct' || next.quote >= 0 || TIME_WORDS.has(next.lower) || AFTER_INVERTED.has(next.lower);
}

function skipTime(tokens: readonly Token[], from: number, ceiling: number): number {
  let j = from;
  while (j <= ceiling && (TIME_WORDS.has(tokens[j].lower) || tokens[j].lower === 'on' && TIME_WORDS.has(tokens[j + 1]?.lower ?? ''))) j++;
  return j;
}

function lastQuoteTokenBefore(tokens: readonly Token[], index: number, floor: number): number {
  for (let j = index - 1; j >= floor; j--) if (tokens[j].quote >= 0) return j;
  return floor - 1;
}

function firstQuoteTokenAfter(tokens: readonly Token[], index: number, ceiling: number): number {
  for (let j = index + 1; j < ceiling; j++) if (tokens[j].quote >= 0) return j;
  return ceiling;
}

/** Reported speech without quote marks: `X said (that) …`, `…, X said.`, `according to X, …`. */
function findReportedSpeech(paragraph: ParagraphInfo, cues: CueRef[], result: AttributionResult): void {
  const tokens = paragraph.tokens;
  for (const cueRef of cues) {
    if (cueRef.ref === null || cueRef.cue.naming) continue;
    const ref = result.refs[cueRef.ref];
    const sentence = sentenceOfToken(paragraph, cueRef.cue.token);
    const { first, last } = ref.phrase;
    const speakerBefore = last < cueRef.cue.token;
    let from: number;
    let to: number;
    if (cueRef.cue.speakerAfter === 'always' && first > cueRef.cue.last) {
      // "according to X, CONTENT" or "CONTENT, according to X"
      if (cueRef.cue.token <= sentence.firstToken + 1) {
        from = skipPunct(tokens, last + 1, sentence.lastToken);
        to = sentence.lastToken - 1;
      } else {
        from = sentence.firstToken;
        to = cueRef.cue.token - 1;
      }
    } else if (speakerBefore) {
      const after = skipTime(tokens, cueRef.cue.last + 1, sentence.lastToken - 1);
      const next = tokens[after];
      if (after < sentence.lastToken && next.lower === 'that') {
        from = after + 1;
        to = sentence.lastToken - 1;
      } else if (after < sentence.lastToken && next.quote < 0 && next.text !== ':' && next.text !== ',' && next.text !== '.' && !cueRef.cue.belief) {
        from = after;
        to = sentence.lastToken - 1;
      } else if (first > sentence.firstToken && tokens[first - 1].text === ',' && (after >= sentence.lastToken || /^[.!?]$/.test(next.text))) {
        from = sentence.firstToken;
        to = first - 2;
      } else {
        continue;
      }
    } else {
      // "CONTENT, said X."
      if (cueRef.cue.token - 1 < sentence.firstToken || tokens[cueRef.cue.token - 1].text !== ',') continue;
      from = sentence.firstToken;
      to = cueRef.cue.token - 2;
    }
    const content = contentSpan(tokens, from, to);
    if (!content) continue;
    result.reported.push({ ref: cueRef.ref, cue: cueRef, content, sentence: sentence.index, paragraph: paragraph.index });
  }
}

function skipPunct(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < end && tokens[j].kind === 'punct' && tokens[j].quote < 0) j++;
  return j;
}

/** The content between two tokens, trimmed of punctuation; null when it is too short or only a quotation. */
function contentSpan(tokens: readonly Token[], from: number, to: number): Span | null {
  while (from <= to && tokens[from].kind === 'punct' && tokens[from].quote < 0) from++;
  while (to >= from && tokens[to].kind === 'punct' && tokens[to].quote < 0) to--;
  if (to < from) return null;
  let words = 0;
  let quoted = 0;
  for (let j = from; j <= to; j++) {
    if (tokens[j].kind === 'punct') continue;
    words++;
    if (tokens[j].quote >= 0) quoted++;
  }
  if (words < 2 || (quoted === words && tokens[from].quote === tokens[to].quote)) return null;
  return { start: tokens[from].start, end: tokens[to].end };
}

function attributeQuote(doc: WorkingDocument, paragraph: ParagraphInfo, q: number, cuesByParagraph: CueRef[][], result: AttributionResult, reader: PhraseReader): QuoteDraft | null {
  const quote = doc.quotes[q];
  const tokens = paragraph.tokens;
  const qs = tokenAt(paragraph, quote.start);
  let qe = tokenAt(paragraph, quote.end) - 1;
  if (qe < qs) qe = qs;
  const sentence = sentenceOfToken(paragraph, qs);
  const cues = cuesByParagraph[paragraph.index].filter((c) => c.ref !== null);

  if (quote.continues !== null) {
    const previous = result.quotes[quote.continues];
    if (previous) return { ...previous, position: 'previous-paragraph', reason: { step: 'continued-paragraph', detail: 'A quotation continued from the previous paragraph keeps its speaker.' }, splitFrom: null };
  }

  // 1. A tag right after the quotation, in the same sentence, or opening the next one
  // when the quotation ends in a question or an exclamation ("Why?" she asked. / "Grizzly Adams?" Maddow repeated.).
  const tagEnd = quoteEndsWithQuestion(doc.text, quote) && qe + 1 >= sentence.lastToken ? Math.min(tokens.length, qe + 8) : sentence.lastToken;
  const trailing = cues.find((c) => c.cue.token > qe && c.cue.token < tagEnd && noQuoteBetween(tokens, qe, c.cue.token) && !c.cue.naming && (c.cue.token - qe <= 10));
  const trailingAdjacent = trailing && result.refs[trailing.ref!].phrase.first > qe && (Math.min(trailing.cue.token, result.refs[trailing.ref!].phrase.first) - qe <= 3);
  if (trailing && trailingAdjacent) {
    const ref = result.refs[trailing.ref!];
    const inverted = ref.phrase.first > trailing.cue.token;
    return {
      ref: ref.id,
      cue: trailing,
      position: 'after',
      reason: inverted
        ? { step: 'tag-after-inverted', detail: 'The verb and then the speaker follow the quotation ("…," said X).' }
        : { step: 'tag-after', detail: 'The speaker and the verb follow the quotation ("…," X said).' },
      splitFrom: null,
    };
  }

  // 2. A tag before it in the same sentence; 3. the second half of a split quotation.
  const leading = lastLeadingCue(cues, result, tokens, qs, sentence.firstToken);
  const previousInSentence = paragraph.quotes.filter((other) => other < q && tokenAt(paragraph, doc.quotes[other].start) >= sentence.firstToken);
  if (leading) {
    const ref = result.refs[leading.ref!];
    const between = tokens.slice(leading.cue.last + 1, qs).filter((t) => t.quote < 0);
    const splitSource = previousInSentence.length ? previousInSentence[previousInSentence.length - 1] : null;
    if (splitSource !== null && leading.cue.token > tokenAt(paragraph, doc.quotes[splitSource].end) - 1 && result.quotes[splitSource]?.cue === leading) {
      return { ref: ref.id, cue: leading, position: 'split', reason: { step: 'split-quote', detail: 'The second half of a quotation split by its attribution keeps the speaker.' }, splitFrom: splitSource };
    }
    const direct = between.length === 0 || between.every((t) => t.text === ':' || t.text === ',' || t.text === '—' || TIME_WORDS.has(t.lower) || t.lower === 'on');
    return {
      ref: ref.id,
      cue: leading,
      position: direct ? 'before' : 'sentence',
      reason: direct
        ? { step: 'tag-before', detail: 'The speaker and the verb introduce the quotation (X said: "…").' }
        : { step: 'reported-speech', detail: 'A partial quotation inside reported speech belongs to the sentence\'s speaker.' },
      splitFrom: null,
    };
  }
  if (trailing) {
    return { ref: trailing.ref!, cue: trailing, position: 'after', reason: { step: 'tag-after', detail: 'The attribution follows later in the sentence.' }, splitFrom: null };
  }
  const unknownVerb = unlistedVerbTag(doc, paragraph, quote, qe, tagEnd, reader, result);
  if (unknownVerb) return unknownVerb;

  const startsSentence = qs <= sentence.firstToken + 1 || tokens.slice(sentence.firstToken, qs).every((t) => t.kind === 'punct');
  const label = colonLabel(reader, paragraph, qs, result, tokens);
  if (label) return label;
  if (!startsSentence) {
    // 4b. Words quoted inside a sentence with no reporting verb belong to the sentence's subject:
    // "Carson called the political system "rotten to the core."".
    const subject = clauseSubject(reader, tokens, sentence.firstToken, qs);
    if (subject) {
      const ref = addRef(result, paragraph, sentence.index, subject, tokens);
      return { ref, cue: null, position: 'sentence', reason: { step: 'sentence-subject', detail: 'Words quoted inside a sentence with no reporting verb are attributed to the sentence\'s subject.' }, splitFrom: null };
    }
    return null;
  }

  // 5. The paragraph's speaker: an attributed quotation or reported speech earlier in the paragraph.
  for (let k = paragraph.quotes.indexOf(q) - 1; k >= 0; k--) {
    const earlier = result.quotes[paragraph.quotes[k]];
    if (earlier) return { ...earlier, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'An unattributed quotation takes the speaker of the quotation before it in the paragraph.' }, splitFrom: null };
  }
  const earlierCue = [...cues].reverse().find((c) => c.cue.token < qs && !c.cue.naming);
  if (earlierCue) return { ref: earlierCue.ref!, cue: null, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'An unattributed quotation takes the speaker named earlier in the paragraph.' }, splitFrom: null };
  const laterCue = cues.find((c) => c.cue.token > qe && !c.cue.naming);
  if (laterCue) return { ref: laterCue.ref!, cue: laterCue, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'The speaker is named later in the same paragraph.' }, splitFrom: null };

  // 6. A floating quotation paragraph continues the previous paragraph's speaker.
  const previous = doc.paragraphs[paragraph.index - 1];
  if (previous && paragraph.kind === 'paragraph' && previous.kind === 'paragraph') {
    const speaker = lastSpeakerOf(previous, cuesByParagraph[previous.index], result);
    if (speaker !== null) return { ref: speaker, cue: null, position: 'previous-paragraph', reason: { step: 'floating-quote', detail: 'A quotation paragraph with no attribution continues the previous paragraph\'s speaker.' }, splitFrom: null };
  }
  return null;
}

function noQuoteBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j].quote >= 0 || tokens[j].text === ';') return false;
  return true;
}

/**
 * The cue before a quotation that introduces it. A cue right before the quotation (`said:`)
 * wins; otherwise the sentence's outermost reporting verb, since "X said Y believes "…""
 * reports X's words.
 */
function lastLeadingCue(cues: CueRef[], result: AttributionResult, tokens: readonly Token[], qs: number, sentenceStart: number): CueRef | null {
  const candidates: CueRef[] = [];
  for (const c of cues) {
    if (c.cue.last >= qs || c.cue.token < sentenceStart || c.cue.naming && qs - c.cue.last > 5) continue;
    if (result.refs[c.ref!].phrase.first >= qs) continue;
    let blocked = false;
    for (let j = c.cue.last + 1; j < qs; j++) if (tokens[j].text === ';' || tokens[j].text === '.') blocked = true;
    if (!blocked) candidates.push(c);
  }
  if (candidates.length === 0) return null;
  const nearest = candidates[candidates.length - 1];
  const between = tokens.slice(nearest.cue.last + 1, qs).filter((t) => t.quote < 0);
  if (between.length <= 1) return nearest;
  return candidates[0];
}

/** The last speaker a paragraph names: the last quotation's, else the last cue's. */
function lastSpeakerOf(paragraph: ParagraphInfo, cues: CueRef[], result: AttributionResult): number | null {
  for (let k = paragraph.quotes.length - 1; k >= 0; k--) {
    const draft = result.quotes[paragraph.quotes[k]];
    if (draft) return draft.ref;
  }
  for (let k = cues.length - 1; k >= 0; k--) if (cues[k].ref !== null && !cues[k].cue.naming) return cues[k].ref;
  return null;
}

/**
 * A name and a colon label a quotation, in headlines and in round-ups:
 * `Trump: "…"`, `- Jeffrey M. Jones: "…"`, `Continued Stone: "…"`.
 */
function colonLabel(reader: PhraseReader, paragraph: ParagraphInfo, qs: number, result: AttributionResult, tokens: readonly Token[]): QuoteDraft | null {
  if (qs < 2 || tokens[qs - 1].text !== ':') return null;
  const sentence = sentenceOfToken(paragraph, qs - 1);
  const floor = Math.max(sentence.firstToken, lastQuoteTokenBefore(tokens, qs - 1, sentence.firstToken) + 1);
  const phrase = reader.left(tokens, qs - 2, floor, sentence.firstToken);
  if (!phrase) return null;
  const head = tokens[phrase.head];
  if (!head.cap && !reader.isHeadWord(head)) return null;
  // The label stands alone: nothing but a dash, "from" or "More from" before it.
  for (let j = floor; j < phrase.first; j++) if (!/^(?:-|—|–|from|more|here’s|here's|continued|added|said|says)$/i.test(tokens[j].text) && tokens[j].kind !== 'punct') return null;
  const ref = addRef(result, paragraph, sentence.index, phrase, tokens);
  return { ref, cue: null, position: 'before', reason: { step: 'colon-label', detail: 'A name and a colon introduce the quotation (X: "…").' }, splitFrom: null };
}

const LEADING_CLAUSE = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'as', 'since', 'speaking', 'asked', 'with', 'for', 'by', 'from', 'despite', 'although', 'though', 'if', 'because', 'earlier', 'later', 'last', 'this', 'meanwhile', 'still', 'yet', 'instead', 'now', 'then', 'addressing', 'responding', 'writing', 'following', 'under', 'over', 'among', 'unlike', 'like', 'once', 'until', 'about', 'citing', 'throughout', 'neutral', 'amid', 'without', 'within']);
const NOT_VERBS = new Set([...PP_WORDS(), 'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'of', 'to', 'as', 'than', 'if', 'when', 'while', 'because']);

function PP_WORDS(): string[] {
  return ['in', 'on', 'at', 'by', 'with', 'from', 'for', 'into', 'over', 'under', 'about', 'against', 'between', 'among', 'through', 'during', 'after', 'before', 'since', 'until', 'near', 'across', 'behind', 'within', 'without', 'upon', 'via', 'per', 'like', 'amid'];
}

/**
 * The subject of the clause that holds token `before`: the first speaker phrase in the
 * sentence that is followed by its verb ("Carson took the stage ... and called ..."),
 * after any opening adverbial ("In a statement released Thursday, Rep. Jane Doe reacted ...").
 * A phrase right after a preposition is an object, not a subject, and is skipped.
 */
function clauseSubject(reader: PhraseReader, tokens: readonly Token[], first: number, before: number): Phrase | null {
  let start = first;
  while (start < before && ((tokens[start].kind === 'punct' && tokens[start].quote < 0) || /^(?:and|but|so|yet|or|then)$/.test(tokens[start].lower))) start++;
  if (start < before && (LEADING_CLAUSE.has(tokens[start].lower) || NUMBER_WORDS.test(tokens[start].lower) || tokens[start].kind === 'number' || /^[A-Z][a-z]+(?:ing|ed)$/.test(tokens[start].text))) {
    let comma = start;
    while (comma < before && tokens[comma].text !== ',' && tokens[comma].quote < 0) comma++;
    if (comma >= before || tokens[comma].text !== ',') return null;
    start = comma + 1;
  }
  for (let i = start; i < before; i++) {
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
    if (followedByVerb(tokens, phrase, before)) return phrase;
    i = phrase.last;
  }
  return null;
}

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|several|many|few|dozens|hundreds|thousands)(?:-\w+)?$/;
const DETERMINERS_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another']);

/** A subject is followed by its verb: a lower-case word that is not a preposition or conjunction; a parenthesis or an appositive may come between. */
function followedByVerb(tokens: readonly Token[], phrase: Phrase, before: number): boolean {
  let after = phrase.last + 1;
  if (tokens[after]?.text === '(') {
    while (after < before && tokens[after].text !== ')') after++;
    after++;
  }
  if (tokens[after]?.text === ',') {
    let close = after + 1;
    while (close < before && tokens[close].text !== ',' && tokens[close].quote < 0) close++;
    if (close < before && tokens[close].text === ',' && close - after <= 14) after = close + 1;
  }
  const next = tokens[after];
  return !!next && after < before && next.kind === 'word' && !next.cap && !NOT_VERBS.has(next.lower) && /^[a-z’'-]+$/.test(next.text);
}

function quoteEndsWithQuestion(text: string, quote: RawQuote): boolean {
  const inner = text.slice(quote.start + 1, quote.close ? quote.close.start : quote.end).trimEnd();
  return /[?!]$/.test(inner);
}

/**
 * `"…," Trump shot back.` / `"…," the nominee riffed.`: a quotation that ends with a comma,
 * question or exclamation mark, followed by a speaker and a verb that is not in the lexicon.
 */
function unlistedVerbTag(doc: WorkingDocument, paragraph: ParagraphInfo, quote: RawQuote, qe: number, end: number, reader: PhraseReader, result: AttributionResult): QuoteDraft | null {
  const inner = doc.text.slice(quote.start + 1, quote.close ? quote.close.start : quote.end).trimEnd();
  if (!quote.close || !/[,?!]$/.test(inner)) return null;
  const tokens = paragraph.tokens;
  const phrase = reader.right(tokens, qe + 1, end - 1);
  if (!phrase) return null;
  const verb = tokens[phrase.last + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || !/^[a-z]+(?:ed|s)$/.test(verb.text) || NOT_VERBS.has(verb.lower)) return null;
  const after = tokens[phrase.last + 2];
  if (after && !(after.kind === 'punct' || /^(?:back|out|up|in|on|to|at|with|as|after|before|while|during|from)$/.test(after.lower) || after.quote >= 0)) return null;
  const head = tokens[phrase.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || reader.isHeadWord(head) || DETERMINERS_BEFORE.has(tokens[phrase.first].lower))) return null;
  const sentence = sentenceOfToken(paragraph, qe);
  const ref = addRef(result, paragraph, sentence.index, phrase, tokens);
  const particle = after && /^(?:back|out|up|in)$/.test(after.lower) ? phrase.last + 2 : phrase.last + 1;
  const cue: CueRef = {
    paragraph: paragraph.index,
    cue: { token: phrase.last + 1, last: particle, lemma: verb.lower, loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false },
    span: { start: verb.start, end: tokens[particle].end },
    ref,
  };
  result.cues.push(cue);
  return { ref, cue, position: 'after', reason: { step: 'tag-after-verb', detail: `The speaker follows the quotation with a verb of its own ("${verb.text}").` }, splitFrom: null };
}
