/**
 * Quotations introduced by a label rather than a verb: a transcript's `WALLACE: …` inside the
 * quotation, a name and a colon (`Clinton: "…"`), or a clause ending in a colon.
 */
import type { AttributionContext, QuoteDraft } from './attributionTypes';
import { clauseSubject } from './clauseSubject';
import { sentenceOfToken, type ParagraphInfo } from './document';
import { DOCUMENT_HEADS, SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import type { ParagraphCues } from './paragraphCues';
import type { Phrase } from './phrases';
import { addRef, beforeTimeAdverbial, clauseStart } from './speakers';
import type { Token } from './tokens';

/** Words in capitals that label a transcript's parts rather than its speakers. */
const NOT_TRANSCRIPT_SPEAKERS = new Set(['video', 'audio', 'update', 'note', 'editor', 'correction', 'crosstalk', 'applause', 'laughter', 'ps', 'p.s.', 'q', 'a']);

/** `"WALLACE: If I may, sir …"`: a transcript names its speaker in capitals inside the quotation. */
export function transcriptLabel(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const name = tokens[qs + 1];
  if (!name || name.kind !== 'word' || name.quote < 0 || name.text.length < 2 || name.text !== name.text.toUpperCase() || !/^[A-Z]/.test(name.text) || NOT_TRANSCRIPT_SPEAKERS.has(name.lower)) return null;
  if (tokens[qs + 2]?.text !== ':') return null;
  const sentence = sentenceOfToken(paragraph, qs + 1);
  const ref = addRef(ctx, paragraph, sentence.index, { first: qs + 1, last: qs + 1, head: qs + 1, appositive: null });
  ctx.result.refs[ref].transcript = true;
  return { ref, cue: null, position: 'inside', reason: { step: 'transcript-label', detail: 'A transcript names the speaker in capitals before a colon ("WALLACE: …").' }, splitFrom: null };
}

/**
 * A name and a colon label a quotation, in headlines and in round-ups:
 * `Trump: "…"`, `- Jeffrey M. Jones: "…"`, `Continued Stone: "…"`.
 */
export function colonLabel(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  if (qs < 2 || tokens[qs - 1].text !== ':') return null;
  const sentence = sentenceOfToken(paragraph, qs - 1);
  const floor = paragraph.lookup.previousQuote(qs - 1, sentence.firstToken) + 1;
  let phrase = ctx.reader.left(tokens, beforeTimeAdverbial(tokens, qs - 2, floor), floor, sentence.firstToken);
  if (!phrase) return null;
  const head = tokens[phrase.head];
  if (!head.cap && !ctx.reader.isHeadWord(head)) return null;
  // "Mark Blumenthal and Jon Cohen:": two authors share the label.
  if (phrase.first - 2 >= floor && tokens[phrase.first - 1].lower === 'and') {
    const partner = ctx.reader.left(tokens, phrase.first - 2, floor, sentence.firstToken);
    if (partner && tokens[partner.head].cap) phrase = { first: partner.first, last: phrase.last, head: phrase.head, appositive: null };
  }
  // The label stands alone: nothing but "from", "More from" or "Here's" before it, after the
  // sentence's start or a dash ("… all along -More from Jones:" ends a headline with one).
  for (let j = phrase.first - 1; j >= floor && !isDash(tokens[j].text); j--) if (!isLabelWord(tokens, j) && tokens[j].kind !== 'punct') return null;
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  return { ref, cue: null, position: 'before', reason: { step: 'colon-label', detail: 'A name and a colon introduce the quotation (X: "…").' }, splitFrom: null };
}

/** Words that may open a label: `More from`, `Here's` (one token or "Here" and "'s"), `Continued`. */
function isLabelWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind === 'possessive') return j > 0 && tokens[j - 1].lower === 'here';
  return /^(?:from|more|here’s|here's|here|continued|added|said|says)$/i.test(t.text);
}

function isDash(text: string): boolean {
  return text === '-' || text === '—' || text === '–';
}

/**
 * `President Clinton released the following statement: "…"`, `The New York Times reports: "…"`:
 * a whole quotation introduced by a colon, with no reporting verb, speaks for the clause's subject.
 */
export function colonIntroduction(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  if (qs < 2 || tokens[qs - 1].text !== ':' || tokens[qs + 1]?.cap !== true) return null;
  const ref = colonClauseSubject(ctx, paragraph, qs - 1);
  return ref === null ? null : { ref, cue: null, position: 'before', reason: { step: 'colon-introduction', detail: 'A clause ending in a colon introduces the quotation; its subject speaks (X released a statement: "…").' }, splitFrom: null };
}

/**
 * `Ortiz issued the following statement:` / `She went on to say:` closing a paragraph, then a
 * paragraph that opens with a quotation: the colon introduces it across the paragraph break,
 * so the verb right before the colon, else the clause's subject, speaks.
 */
export function colonBeforeParagraph(ctx: AttributionContext, previous: ParagraphInfo | undefined, previousCues: ParagraphCues | null, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  if (!previous || !previousCues || previous.kind !== 'paragraph' || paragraph.kind !== 'paragraph' || qs !== 0 || paragraph.tokens[1]?.cap !== true) return null;
  const tokens = previous.tokens;
  const colon = tokens.length - 1;
  if (colon < 1 || tokens[colon].text !== ':' || tokens[colon].quote >= 0) return null;
  const cue = previousCues.lastBefore(colon);
  if (cue && cue.cue.last < colon && onlyTimeBetween(tokens, cue.cue.last + 1, colon)) {
    return { ref: cue.ref!, cue, position: 'previous-paragraph', reason: { step: 'colon-paragraph', detail: 'The previous paragraph ends with a verb and a colon that introduce the quotation (X said:).' }, splitFrom: null };
  }
  const ref = colonClauseSubject(ctx, previous, colon);
  return ref === null ? null : { ref, cue: null, position: 'previous-paragraph', reason: { step: 'colon-paragraph', detail: 'The previous paragraph ends with a clause and a colon that introduce the quotation; its subject speaks (X released a statement:).' }, splitFrom: null };
}

/** The subject of the clause that ends at a colon, when it can speak: a name, a pronoun or a speaker noun. */
function colonClauseSubject(ctx: AttributionContext, paragraph: ParagraphInfo, colon: number): number | null {
  const tokens = paragraph.tokens;
  const sentence = sentenceOfToken(paragraph, colon);
  const floor = paragraph.lookup.previousQuote(colon, sentence.firstToken) + 1;
  const start = Math.max(floor, sentence.firstToken);
  // "Transcript as follows:", "The statement in full:": the document named before them speaks.
  const named = documentBeforeTail(ctx, tokens, colon, start, sentence.firstToken);
  if (named) return addRef(ctx, paragraph, sentence.index, named);
  // "Trump backed the idea, and NBC News has proof:": the subject of the clause the colon ends.
  const clause = clauseStart(tokens, colon, start);
  // "this headline from the Harbour Gazette, which hits liberals where they live:": a relative
  // clause speaks for its antecedent, not for its object.
  if (clause - 2 >= start && tokens[clause - 1].text === ',' && (tokens[clause].lower === 'which' || tokens[clause].lower === 'who')) {
    const antecedent = ctx.reader.left(tokens, clause - 2, start, sentence.firstToken);
    if (antecedent && (tokens[antecedent.head].cap || ctx.reader.isHeadWord(tokens[antecedent.head]))) return addRef(ctx, paragraph, sentence.index, antecedent);
  }
  const subject = (clause > start ? clauseSubject(ctx.reader, tokens, clause, colon) : null) ?? clauseSubject(ctx.reader, tokens, start, colon);
  if (!subject) return null;
  const head = tokens[subject.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || ctx.reader.isHeadWord(head)) || head.lower === 'it' || head.lower === 'they' && tokens[subject.first].lower === 'here') return null;
  return addRef(ctx, paragraph, sentence.index, subject);
}

/** `Transcript as follows:`, `The statement in full:`, `Excerpts below:`: a document and the words that present it. */
function documentBeforeTail(ctx: AttributionContext, tokens: readonly Token[], colon: number, start: number, sentenceStart: number): Phrase | null {
  const last = tokens[colon - 1]?.lower;
  const before = tokens[colon - 2]?.lower;
  const tail = (before === 'as' && last === 'follows') || (before === 'in' && last === 'full') ? 2 : last === 'below' ? 1 : 0;
  if (tail === 0 || colon - tail - 1 < start) return null;
  const phrase = ctx.reader.left(tokens, colon - tail - 1, start, sentenceStart);
  return phrase && phrase.first === start && DOCUMENT_HEADS.has(tokens[phrase.head].lower) ? phrase : null;
}

/** `said Tuesday:`: nothing but commas and time words between a verb and its colon. */
function onlyTimeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!(tokens[j].text === ',' || TIME_WORDS.has(tokens[j].lower) || tokens[j].lower === 'on')) return false;
  return true;
}
