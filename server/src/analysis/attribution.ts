/**
 * Who said each quotation, and who is reported as saying what without quote marks.
 *
 * A sieve in the manner of CoreNLP's quote attribution: the most precise patterns first,
 * each decision recording the step that made it so a hover card can explain it.
 *   1. A tag right after the quote:      "…," Trump said.  /  "…," said Karoline Leavitt.
 *   2. A tag before it:                  Leavitt told reporters: "…"
 *   3. The second half of a split quote: "…," she said, "…"
 *   4. Reported speech around a partial quote: Trump said the tariffs were "working beautifully."
 *      or, with no reporting verb, the clause's subject: Carson called it "rotten to the core."
 *   5. A label:                          Clinton: "…"
 *   6. The paragraph's speaker:          "…," he said. "…"
 *   7. A continued or floating paragraph takes the previous paragraph's speaker.
 *
 * Every step looks only at the quotation's own sentence or at precomputed indexes, so the
 * whole pass stays linear even in a paragraph of a hundred thousand quote marks.
 */
import type { AttributionContext, AttributionResult, CueRef, QuoteDraft } from './attributionTypes';
import { clauseSubject, DETERMINERS_BEFORE, NOT_VERBS } from './clauseSubject';
import { sentenceOfToken, tokenAt, type ParagraphInfo, type SentenceInfo, type WorkingDocument } from './document';
import { SPEAKER_PRONOUNS, TIME_WORDS, VERB_GAP_WORDS } from './lexicon/words';
import { PhraseReader, type Phrase } from './phrases';
import type { RawQuote } from './quotes';
import { findReportedSpeech } from './reportedSpeech';
import { addRef, findSpeakers } from './speakers';
import type { Token } from './tokens';

export type { AttributionResult, CueRef, QuoteDraft, ReportedDraft, SpeakerRef } from './attributionTypes';

/** How far after a quotation its tag may stand (`"…," the former governor of Maryland said`). */
const TAG_DISTANCE = 10;
/** Irregular past tenses that tag a quotation: `"…," Trump shot back.`, `"…," she sang.` */
const IRREGULAR_TAG_VERBS = new Set(['shot', 'hit', 'struck', 'spat', 'swore', 'sang', 'bit', 'broke', 'began', 'went', 'rang', 'wrote']);
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'can', 'must']);
/** How far before a quotation a reporting verb may govern it, in tokens; sentences rarely run longer. */
const LEADING_REACH = 60;

export function attribute(doc: WorkingDocument): AttributionResult {
  const result: AttributionResult = { refs: [], cues: [], quotes: doc.quotes.map(() => null), reported: [] };
  const ctx: AttributionContext = { doc, reader: new PhraseReader(doc.lexicon), result, refKeys: new Map(), trailingTags: new Set() };
  const cues = doc.paragraphs.map((paragraph) => new ParagraphCues(findSpeakers(ctx, paragraph)));
  for (const paragraph of doc.paragraphs) findReportedSpeech(ctx, paragraph, cues[paragraph.index].all);
  const lastSpeaker: Array<number | null> = [];
  for (const paragraph of doc.paragraphs) {
    let lastDraft: QuoteDraft | null = null;
    for (let k = 0; k < paragraph.quotes.length; k++) {
      const q = paragraph.quotes[k];
      const draft = attributeQuote(ctx, paragraph, k, cues[paragraph.index], lastDraft, lastSpeaker[paragraph.index - 1] ?? null);
      result.quotes[q] = draft;
      if (draft) lastDraft = draft;
      if (draft?.cue && draft.position === 'after') ctx.trailingTags.add(draft.cue);
    }
    lastSpeaker[paragraph.index] = lastDraft?.ref ?? cues[paragraph.index].lastSpeaker();
  }
  return result;
}

/** A paragraph's cues with a speaker, in token order, searchable by position. */
class ParagraphCues {
  readonly all: CueRef[];
  readonly #speaking: CueRef[];

  constructor(all: CueRef[]) {
    this.all = all;
    this.#speaking = all.filter((c) => c.ref !== null);
  }

  /** Index in the speaking list of the first cue whose verb stands after token `index`. */
  #firstAfter(index: number): number {
    const list = this.#speaking;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].cue.token <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every cue (with a speaker or not) whose verb stands after token `index`, in order. */
  *allAfter(index: number): Generator<CueRef> {
    const list = this.all;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].cue.token <= index) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length; k++) yield list[k];
  }

  /** Cues whose verb stands in tokens (after, before). */
  *between(after: number, before: number): Generator<CueRef> {
    for (let k = this.#firstAfter(after); k < this.#speaking.length && this.#speaking[k].cue.token < before; k++) yield this.#speaking[k];
  }

  /** Cues from token `from` on that end before token `before`, in order. */
  leading(from: number, before: number): CueRef[] {
    const found: CueRef[] = [];
    for (let k = this.#firstAfter(from - 1); k < this.#speaking.length && this.#speaking[k].cue.last < before; k++) found.push(this.#speaking[k]);
    return found;
  }

  /** The last cue (not a naming verb) whose verb stands before token `index`. */
  lastBefore(index: number): CueRef | null {
    for (let k = this.#firstAfter(index - 1) - 1; k >= 0; k--) if (!this.#speaking[k].cue.naming) return this.#speaking[k];
    return null;
  }

  /** The first cue (not a naming verb) whose verb stands after token `index`. */
  firstAfter(index: number): CueRef | null {
    for (let k = this.#firstAfter(index); k < this.#speaking.length; k++) if (!this.#speaking[k].cue.naming) return this.#speaking[k];
    return null;
  }

  /** The speaker of the paragraph's last cue, for a floating quotation in the next paragraph. */
  lastSpeaker(): number | null {
    for (let k = this.#speaking.length - 1; k >= 0; k--) if (!this.#speaking[k].cue.naming) return this.#speaking[k].ref;
    return null;
  }
}

function attributeQuote(ctx: AttributionContext, paragraph: ParagraphInfo, k: number, cues: ParagraphCues, lastDraft: QuoteDraft | null, previousParagraphSpeaker: number | null): QuoteDraft | null {
  const { doc, result, reader } = ctx;
  const q = paragraph.quotes[k];
  const quote = doc.quotes[q];
  const tokens = paragraph.tokens;
  const qs = tokenAt(paragraph, quote.start);
  const qe = Math.max(qs, tokenAt(paragraph, quote.end) - 1);
  const sentence = sentenceOfToken(paragraph, qs);

  const speakerLabel = transcriptLabel(ctx, paragraph, qs);
  if (speakerLabel) return speakerLabel;

  if (quote.continues !== null) {
    const previous = result.quotes[quote.continues];
    if (previous) return { ref: previous.ref, cue: previous.cue, position: 'previous-paragraph', reason: { step: 'continued-paragraph', detail: 'A quotation continued from the previous paragraph keeps its speaker.' }, splitFrom: null };
  }

  const signature = dashSignature(ctx, paragraph, qe) ?? bareTagAfter(ctx, paragraph, cues, quote, qe, sentence);
  if (signature) return signature;

  // 1. A tag right after the quotation, in the same sentence, or opening the next one
  // when the quotation ends in a question or an exclamation ("Why?" she asked.).
  const tagEnd = quoteEndsWithQuestion(doc.text, quote) && qe + 1 >= sentence.lastToken ? Math.min(tokens.length, qe + 8) : sentence.lastToken;
  let trailing: CueRef | null = null;
  for (const c of cues.between(qe, Math.min(tagEnd, qe + TAG_DISTANCE + 1))) {
    if (c.cue.naming || paragraph.lookup.nextQuote(qe, c.cue.token) < c.cue.token || paragraph.lookup.hasBreak(qe + 1, c.cue.token)) continue;
    trailing = c;
    break;
  }
  // A tag in the next sentence must open it: "Why?" she asked. But not: "Why?" Later, Rubio claimed ….
  if (trailing && trailing.cue.token >= sentence.lastToken && Math.min(trailing.cue.token, result.refs[trailing.ref!].phrase.first) - qe > 1) trailing = null;
  if (trailing) {
    const ref = result.refs[trailing.ref!];
    if (ref.phrase.first > qe && Math.min(trailing.cue.token, ref.phrase.first) - qe <= 3) {
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
  }

  // 2. A tag before it in the same sentence; 3. the second half of a split quotation.
  const leading = leadingCue(ctx, paragraph, cues, qs, sentence);
  // "Trump's claim that there were "thousands of shootings"": a speaker's own words named by a
  // noun right before the quotation outrank a verb further back.
  const owned = possessedWords(ctx, paragraph, qs, sentence);
  if (owned && (!leading || leading.cue.last < owned.noun)) return owned.draft;
  if (leading) {
    const ref = result.refs[leading.ref!];
    const splitSource = k > 0 && tokenAt(paragraph, doc.quotes[paragraph.quotes[k - 1]].start) >= sentence.firstToken ? paragraph.quotes[k - 1] : null;
    if (splitSource !== null && leading.cue.token > tokenAt(paragraph, doc.quotes[splitSource].end) - 1 && result.quotes[splitSource]?.cue === leading) {
      return { ref: ref.id, cue: leading, position: 'split', reason: { step: 'split-quote', detail: 'The second half of a quotation split by its attribution keeps the speaker.' }, splitFrom: splitSource };
    }
    const direct = directlyIntroduces(paragraph, leading.cue.last, qs);
    return {
      ref: ref.id,
      cue: leading,
      position: direct ? 'before' : 'sentence',
      reason: direct
        ? { step: 'tag-before', detail: 'The speaker and the verb introduce the quotation (X said: "…").' }
        : { step: 'reported-speech', detail: "A partial quotation inside reported speech belongs to the sentence's speaker." },
      splitFrom: null,
    };
  }
  if (trailing) {
    return { ref: trailing.ref!, cue: trailing, position: 'after', reason: { step: 'tag-after', detail: 'The attribution follows later in the sentence.' }, splitFrom: null };
  }
  const unlisted = unlistedVerbTag(ctx, paragraph, quote, qe, tagEnd);
  if (unlisted) return unlisted;
  const described = describedTag(ctx, paragraph, cues, quote, qe, sentence);
  if (described) return described;

  const label = colonLabel(ctx, paragraph, qs) ?? colonIntroduction(ctx, paragraph, qs);
  if (label) return label;
  const closing = closingTag(ctx, paragraph, cues, qe, sentence);
  if (closing) return closing;
  if (qs > sentence.firstWord && !onlyConnectivesBefore(tokens, sentence.firstWord, qs)) {
    // 4b. Words quoted inside a sentence with no reporting verb belong to the subject of their
    // clause: a relative clause's antecedent ("Greenpeace, which charged that the deal …"), else the sentence's subject.
    const relative = relativeSubject(ctx, paragraph, sentence, qs);
    if (relative) return relative;
    const subject = clauseSubject(reader, tokens, sentence.firstToken, qs);
    if (!subject) return null;
    const ref = addRef(ctx, paragraph, sentence.index, subject);
    return { ref, cue: null, position: 'sentence', reason: { step: 'sentence-subject', detail: "Words quoted inside a sentence with no reporting verb are attributed to the sentence's subject." }, splitFrom: null };
  }

  // 6. The paragraph's speaker: an attributed quotation or a speaker named earlier, or later, in the paragraph.
  if (lastDraft) return { ref: lastDraft.ref, cue: lastDraft.cue, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'An unattributed quotation takes the speaker of the quotation before it in the paragraph.' }, splitFrom: null };
  const earlierCue = cues.lastBefore(qs);
  if (earlierCue) return { ref: earlierCue.ref!, cue: null, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'An unattributed quotation takes the speaker named earlier in the paragraph.' }, splitFrom: null };
  const laterCue = cues.firstAfter(qe);
  if (laterCue) return { ref: laterCue.ref!, cue: laterCue, position: 'paragraph', reason: { step: 'same-paragraph', detail: 'The speaker is named later in the same paragraph.' }, splitFrom: null };

  // 6b. The paragraph opens by naming someone: "Mark Rivera disagreed. "It was never tried.""
  const opener = paragraphSubject(ctx, paragraph, sentence);
  if (opener !== null) return { ref: opener, cue: null, position: 'paragraph', reason: { step: 'paragraph-subject', detail: 'The quotation follows a sentence about this person in the same paragraph.' }, splitFrom: null };

  // 7. A floating quotation paragraph continues the previous paragraph's speaker.
  const previous = doc.paragraphs[paragraph.index - 1];
  if (previous && paragraph.kind === 'paragraph' && previous.kind === 'paragraph' && previousParagraphSpeaker !== null) {
    return { ref: previousParagraphSpeaker, cue: null, position: 'previous-paragraph', reason: { step: 'floating-quote', detail: "A quotation paragraph with no attribution continues the previous paragraph's speaker." }, splitFrom: null };
  }
  return null;
}

/** The subject of the sentence before the quotation's in its paragraph, when that is a named person or a pronoun. */
function paragraphSubject(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo): number | null {
  const k = paragraph.sentences.indexOf(sentence);
  if (k <= 0) return null;
  const previous = paragraph.sentences[k - 1];
  const subject = clauseSubject(ctx.reader, paragraph.tokens, previous.firstToken, previous.lastToken);
  if (!subject) return null;
  const head = paragraph.tokens[subject.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined) || ctx.reader.isHeadWord(head)) return null;
  return addRef(ctx, paragraph, previous.index, subject);
}

/**
 * The cue before a quotation that introduces it. A cue right before the quotation (`said:`)
 * wins; otherwise the sentence's outermost reporting verb, since "X said Y believes "…""
 * reports X's words. A `;` or a full stop between cue and quotation ends its reach.
 */
function leadingCue(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, qs: number, sentence: SentenceInfo): CueRef | null {
  const candidates = cues.leading(Math.max(sentence.firstToken, qs - LEADING_REACH), qs).filter((c) => {
    if (c.cue.naming && qs - c.cue.last > 5) return false;
    // "Americans will say "no"": a hypothetical speech act reports nobody's words.
    if (MODALS.has(paragraph.tokens[c.cue.token - 1]?.lower ?? '')) return false;
    if (ctx.result.refs[c.ref!].phrase.first >= qs) return false;
    return !paragraph.lookup.hasBreak(c.cue.last + 1, qs);
  });
  if (candidates.length === 0) return null;
  const nearest = candidates[candidates.length - 1];
  const { words } = paragraph.lookup.words(nearest.cue.last + 1, qs - 1);
  // "Law said, noting that donors feel "…"": a belief verb inside someone's speech does not take the quotation.
  if (words <= 1 && !(nearest.cue.belief && candidates[0] !== nearest)) return nearest;
  // ""…," said Weaver, who said there are "no secrets"": a tag that closed an earlier quotation
  // is that quotation's, not the outer verb of this one.
  const open = candidates.filter((c) => c === nearest || !ctx.trailingTags.has(c));
  return outermost(ctx, paragraph, sentence, open);
}

/**
 * The sentence's outermost cue, passing over one in an introductory phrase: in "Addressing the
 * gala, Trump said …" or "In a tweet announcing …, WikiLeaks said …" the main clause speaks.
 */
function outermost(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, candidates: CueRef[]): CueRef {
  const tokens = paragraph.tokens;
  let k = 0;
  while (k + 1 < candidates.length) {
    const here = candidates[k];
    const next = candidates[k + 1];
    const subject = ctx.result.refs[next.ref!].phrase;
    const opensMainClause = subject.first > here.cue.last && subject.first < next.cue.token && tokens[subject.first - 1]?.text === ',';
    const introductory = here.cue.participle || /^[a-z]+ing$/i.test(tokens[here.cue.token].text) || isAdverbial(tokens[ctx.result.refs[here.ref!].phrase.first - 1]) || isAdverbial(tokens[sentence.firstWord]);
    if (!(opensMainClause && introductory)) break;
    k++;
  }
  return candidates[k];
}

/** A preposition or subordinator opening an adverbial: `In its tweet …,`, `While not everything Trump says is true,`. */
function isAdverbial(token: Token | undefined): boolean {
  return token !== undefined && /^(?:in|at|on|after|before|when|while|as|during|since|because|if|though|although|with|despite|unlike|whether|once|until)$/i.test(token.text);
}

/** `said: "…"`, `said Tuesday, "…"`: nothing but punctuation and time words between verb and quotation. */
function directlyIntroduces(paragraph: ParagraphInfo, cueLast: number, qs: number): boolean {
  if (qs - cueLast > 8) return false;
  for (let j = cueLast + 1; j < qs; j++) {
    const t = paragraph.tokens[j];
    if (t.quote >= 0) continue;
    if (!(t.text === ':' || t.text === ',' || t.text === '—' || TIME_WORDS.has(t.lower) || t.lower === 'on')) return false;
  }
  return true;
}

/** `But "…"`, `And still, "…"`: connectives before a quotation do not make it a partial quote. */
function onlyConnectivesBefore(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let j = from; j < to; j++) if (tokens[j].kind !== 'punct' && !/^(?:but|and|so|still|yet|then|now|also|again|indeed|instead|plus|or)$/.test(tokens[j].lower)) return false;
  return true;
}

function quoteEndsWithQuestion(text: string, quote: RawQuote): boolean {
  const inner = text.slice(quote.start + 1, quote.close ? quote.close.start : quote.end).trimEnd();
  return /[?!]$/.test(inner);
}

/**
 * `"…," Trump shot back.` / `"…," the nominee riffed.`: a quotation that ends with a comma,
 * question or exclamation mark, followed by a speaker and a verb that is not in the lexicon.
 */
function unlistedVerbTag(ctx: AttributionContext, paragraph: ParagraphInfo, quote: RawQuote, qe: number, end: number): QuoteDraft | null {
  const inner = ctx.doc.text.slice(quote.start + 1, quote.close ? quote.close.start : quote.end).trimEnd();
  if (!quote.close || !/[,?!]$/.test(inner)) return null;
  const tokens = paragraph.tokens;
  const inverted = invertedUnlistedTag(ctx, paragraph, qe, end);
  if (inverted) return inverted;
  const phrase = ctx.reader.right(tokens, qe + 1, end - 1);
  if (!phrase) return null;
  const verb = tokens[phrase.last + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || !(/^[a-z]+(?:ed|s)$/.test(verb.text) || IRREGULAR_TAG_VERBS.has(verb.text)) || NOT_VERBS.has(verb.lower)) return null;
  const after = tokens[phrase.last + 2];
  if (after && !(after.kind === 'punct' || /^(?:back|out|up|in|on|to|at|with|as|after|before|while|during|from)$/.test(after.lower) || after.quote >= 0)) return null;
  const head = tokens[phrase.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || ctx.reader.isHeadWord(head) || DETERMINERS_BEFORE.has(tokens[phrase.first].lower))) return null;
  const sentence = sentenceOfToken(paragraph, qe);
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  const particle = after && /^(?:back|out|up|in)$/.test(after.lower) ? phrase.last + 2 : phrase.last + 1;
  const cue: CueRef = {
    paragraph: paragraph.index,
    cue: { token: phrase.last + 1, last: particle, lemma: verb.lower, loaded: false, belief: false, speakerAfter: 'never', participle: false, naming: false },
    span: { start: verb.start, end: tokens[particle].end },
    ref,
  };
  ctx.result.cues.push(cue);
  return { ref, cue, position: 'after', reason: { step: 'tag-after-verb', detail: `The speaker follows the quotation with a verb of its own ("${verb.text}").` }, splitFrom: null };
}

/** Words in capitals that label a transcript's parts rather than its speakers. */
const NOT_TRANSCRIPT_SPEAKERS = new Set(['video', 'audio', 'update', 'note', 'editor', 'correction', 'crosstalk', 'applause', 'laughter', 'ps', 'p.s.', 'q', 'a']);

/** `"WALLACE: If I may, sir …"`: a transcript names its speaker in capitals inside the quotation. */
function transcriptLabel(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
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
 * `President Clinton released the following statement: "…"`, `The New York Times reports: "…"`:
 * a whole quotation introduced by a colon, with no reporting verb, speaks for the clause's subject.
 */
function colonIntroduction(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  if (qs < 2 || tokens[qs - 1].text !== ':' || tokens[qs + 1]?.cap !== true) return null;
  const sentence = sentenceOfToken(paragraph, qs - 1);
  const floor = paragraph.lookup.previousQuote(qs - 1, sentence.firstToken) + 1;
  const subject = clauseSubject(ctx.reader, tokens, Math.max(floor, sentence.firstToken), qs - 1);
  if (!subject) return null;
  const head = tokens[subject.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || ctx.reader.isHeadWord(head)) || head.lower === 'it' || head.lower === 'they' && tokens[subject.first].lower === 'here') return null;
  const ref = addRef(ctx, paragraph, sentence.index, subject);
  return { ref, cue: null, position: 'before', reason: { step: 'colon-introduction', detail: 'A clause ending in a colon introduces the quotation; its subject speaks (X released a statement: "…").' }, splitFrom: null };
}

/** `"…" - Bernie Sanders.`, `"…" —President Obama, tweeting after the speech.`: a quotation signed with a dash and a name. */
function dashSignature(ctx: AttributionContext, paragraph: ParagraphInfo, qe: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const dash = tokens[qe + 1];
  if (!dash || !/^[-—–]$/.test(dash.text) || dash.quote >= 0) return null;
  const sentence = sentenceOfToken(paragraph, qe + 2 < tokens.length ? qe + 2 : qe);
  const phrase = ctx.reader.right(tokens, qe + 2, sentence.lastToken - 1);
  if (!phrase || !tokens[phrase.head].cap) return null;
  const after = tokens[(phrase.appositive ? phrase.appositive[1] : phrase.last) + 1];
  if (after && !(after.text === '.' || after.text === ',' || after.text === ';')) return null;
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  return { ref, cue: null, position: 'after', reason: { step: 'dash-signature', detail: 'A dash and a name sign the quotation ("…" — X).' }, splitFrom: null };
}

/**
 * `Haley is an "articulate conservative" who has won two elections, the editorial board writes.`:
 * a tag closing the sentence after a comma (`, X said.`, `, X wrote on Tuesday.`) speaks for
 * every quotation before it in the sentence, however far back.
 */
function closingTag(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  const tokens = paragraph.tokens;
  for (const c of cues.between(qe, sentence.lastToken)) {
    // Another quotation before the verb takes the tag: each quotation looks no further than the next.
    if (paragraph.lookup.nextQuote(qe, c.cue.token) < c.cue.token) return null;
    if (c.cue.naming || c.cue.participle) continue;
    const phrase = ctx.result.refs[c.ref!].phrase;
    if (phrase.first <= qe || phrase.last >= c.cue.token || tokens[phrase.first - 1]?.text !== ',') continue;
    let end = c.cue.last + 1;
    while (end < sentence.lastToken && (TIME_WORDS.has(tokens[end].lower) || tokens[end].lower === 'on')) end++;
    if (end < sentence.lastToken && tokens[end].kind !== 'punct') continue;
    return { ref: c.ref!, cue: c, position: 'after', reason: { step: 'closing-tag', detail: 'The sentence closes with its attribution (…, X said.).' }, splitFrom: null };
  }
  return null;
}

/** Nouns for someone's words: `Trump's claim that "…"`, `her March comment that, "…"`, `his call for "…"`. */
const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'words', 'call', 'calls',
  'allegation', 'allegations', 'assertion', 'assertions', 'accusation', 'accusations', 'charge', 'charges', 'warning',
  'warnings', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'conclusion', 'answer', 'response', 'reply',
  'description', 'characterization', 'suggestion', 'insistence', 'argument', 'admission', 'boast', 'prediction',
  'criticism', 'denunciation', 'tweet', 'tweets', 'slogan', 'catchphrase', 'quip', 'joke', 'line', 'message', 'mantra',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** How far before a quotation the owner of the words may stand. */
const OWNED_REACH = 10;

/**
 * `Clinton's allegations of a "vast right-wing conspiracy"`, `FBI Director James Comey's conclusion
 * that her actions were "extremely careless"`: the owner of a speech noun shortly before the quotation.
 */
function possessedWords(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number, sentence: SentenceInfo): { noun: number; draft: QuoteDraft } | null {
  const tokens = paragraph.tokens;
  const floor = Math.max(sentence.firstToken, qs - OWNED_REACH);
  for (let noun = qs - 1; noun >= floor; noun--) {
    const t = tokens[noun];
    if (t.quote >= 0 || t.text === ';' || t.text === ':') return null;
    if (!SPEECH_NOUNS.has(t.lower) || t.cap) continue;
    // "claim that …", "call for a …", "allegations of a …": the words themselves follow. Not
    // "Trump's comments are "…"", which judges them.
    if (!introducesOwnWords(tokens, noun + 1, qs)) return null;
    // The owner: "X's" or "his" right before the noun, with at most two modifiers between.
    for (let j = noun - 1; j >= Math.max(floor, noun - 3); j--) {
      const w = tokens[j];
      let phrase: Phrase | null = null;
      if (w.kind === 'possessive' && j - 1 >= sentence.firstToken) phrase = ctx.reader.left(tokens, j - 1, ownerFloor(ctx, tokens, j - 1, sentence.firstToken), sentence.firstToken);
      else if (POSSESSIVE_PRONOUNS.has(w.lower)) phrase = { first: j, last: j, head: j, appositive: null };
      else if (w.kind === 'word' && !w.cap && /^[a-z-]+$/.test(w.text)) continue;
      else if (w.kind === 'number' || (w.cap && TIME_WORDS.has(w.lower))) continue; // "her 2008 comment", "her March comment"
      if (!phrase) break;
      const head = tokens[phrase.head];
      if (!(head.cap || POSSESSIVE_PRONOUNS.has(head.lower) || ctx.reader.isHeadWord(head))) return null;
      const ref = addRef(ctx, paragraph, sentence.index, phrase);
      return { noun, draft: { ref, cue: null, position: 'sentence', reason: { step: 'possessed-words', detail: `The words are named as someone's ${t.text} right before the quotation (X's ${t.text} that "…").` }, splitFrom: null } };
    }
    return null;
  }
  return null;
}

/** How far left the owner of `X's` may reach: over capitals, titles and articles only ("FBI Director James Comey's", "the president's"). */
function ownerFloor(ctx: AttributionContext, tokens: readonly Token[], end: number, sentenceStart: number): number {
  let floor = end;
  while (floor - 1 >= sentenceStart && end - floor < 8) {
    const t = tokens[floor - 1];
    if (t.quote >= 0 || !(t.cap || DETERMINERS_BEFORE.has(t.lower) || ctx.reader.isDescriptive(t))) break;
    floor--;
  }
  return floor;
}

/** Between a speech noun and its quotation: `that` and its clause, or only `of`, `for`, `to`, articles and commas, at least one of them. */
function introducesOwnWords(tokens: readonly Token[], from: number, qs: number): boolean {
  // Right against the noun the quotation is a predicate: "his comment "has no place …"".
  if (from >= qs) return false;
  if (tokens[from].lower === 'that') return true;
  for (let j = from; j < qs; j++) if (!/^(?:of|for|to|a|an|the|,)$/.test(tokens[j].lower)) return false;
  return true;
}

/**
 * `"It shouldn't be funny, but it kind of is." Her friend Brittany Lockwood, 20, a student, chimed in.`:
 * a quotation that closes its sentence, then a sentence that is nothing but a speaker and a verb.
 */
function bareTagAfter(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, quote: RawQuote, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  if (!quote.close || qe + 1 < sentence.lastToken) return null;
  const next = paragraph.sentences[paragraph.sentences.indexOf(sentence) + 1];
  if (!next || next.firstWord >= next.lastToken) return null;
  const tokens = paragraph.tokens;
  let cue: CueRef | null = null;
  for (const c of cues.allAfter(next.firstWord - 1)) {
    if (!c.cue.naming) cue = c;
    break;
  }
  if (!cue || cue.cue.token >= next.lastToken || cue.cue.participle || cue.cue.speakerAfter === 'always') return null;
  // Nothing after the verb but time words and the full stop.
  for (let j = cue.cue.last + 1; j < next.lastToken; j++) if (!(tokens[j].kind === 'punct' || TIME_WORDS.has(tokens[j].lower))) return null;
  const phrase = ctx.reader.right(tokens, next.firstWord, cue.cue.token - 1);
  if (!phrase || phrase.first !== next.firstWord || !tokens[phrase.head].cap) return null;
  // The speaker runs up to the verb, or up to a description closed by a comma right before it.
  const end = phrase.appositive ? phrase.appositive[1] : phrase.last;
  if (end + 1 !== cue.cue.token && tokens[cue.cue.token - 1].text !== ',') return null;
  if (paragraph.lookup.nextQuote(qe, cue.cue.token) < cue.cue.token) return null;
  const ref = addRef(ctx, paragraph, next.index, phrase);
  return { ref, cue: { ...cue, ref }, position: 'after', reason: { step: 'tag-after', detail: 'The next sentence is only the attribution ("…." X said.).' }, splitFrom: null };
}

/** How far back from a quotation a relative pronoun may open its clause. */
const RELATIVE_REACH = 20;

/**
 * `the Daily Beast, which ran an article naming him the "angry populist enforcer"`: a quotation
 * in a relative clause belongs to the clause's antecedent, recorded as the pronoun standing for it.
 */
function relativeSubject(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const floor = Math.max(sentence.firstToken + 1, qs - RELATIVE_REACH);
  for (let j = qs - 1; j >= floor; j--) {
    const t = tokens[j];
    if (t.quote >= 0 || t.text === ';' || t.text === ':' || t.text === '—') return null;
    if (t.lower !== 'who' && t.lower !== 'which') continue;
    const verb = tokens[j + 1];
    // "who, on a press call Friday, criticized …" and "which ran …": the pronoun is the clause's subject.
    if (!verb || !(verb.text === ',' || (verb.kind === 'word' && !verb.cap && !NOT_VERBS.has(verb.lower) && SPEAKER_PRONOUNS[verb.lower] === undefined))) return null;
    const previous = tokens[j - 1];
    const end = previous.text === ',' ? j - 2 : j - 1;
    if (end < sentence.firstToken || !(previous.text === ',' || previous.cap)) return null;
    const antecedent = ctx.reader.left(tokens, end, sentence.firstToken, sentence.firstToken);
    if (!antecedent || antecedent.antecedent) return null;
    const head = tokens[antecedent.head];
    if (!(head.cap || ctx.reader.isHeadWord(head))) return null;
    const ref = addRef(ctx, paragraph, sentence.index, { first: j, last: j, head: j, appositive: null, antecedent });
    return { ref, cue: null, position: 'sentence', reason: { step: 'relative-clause', detail: 'Words quoted inside a relative clause belong to what the clause describes ("X, which called it "…"").' }, splitFrom: null };
  }
  return null;
}

/** `"This is fantastic!" beamed Donald Hartley of Madison.`: an unlisted verb, then a named speaker that ends the clause. */
function invertedUnlistedTag(ctx: AttributionContext, paragraph: ParagraphInfo, qe: number, end: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const verb = tokens[qe + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || !/^[a-z]+ed$/.test(verb.text) || NOT_VERBS.has(verb.lower)) return null;
  const phrase = ctx.reader.right(tokens, qe + 2, end - 1);
  if (!phrase || !tokens[phrase.head].cap) return null;
  const after = tokens[(phrase.appositive ? phrase.appositive[1] : phrase.last) + 1];
  if (after && !(after.kind === 'punct' || /^(?:of|who|from|as|in|at|on)$/.test(after.lower))) return null;
  const sentence = sentenceOfToken(paragraph, qe);
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  const cue: CueRef = {
    paragraph: paragraph.index,
    cue: { token: qe + 1, last: qe + 1, lemma: verb.lower, loaded: false, belief: false, speakerAfter: 'always', participle: false, naming: false },
    span: { start: verb.start, end: verb.end },
    ref,
  };
  ctx.result.cues.push(cue);
  return { ref, cue, position: 'after', reason: { step: 'tag-after-verb', detail: `The speaker follows the quotation and a verb of its own ("${verb.text}").` }, splitFrom: null };
}

/**
 * A name and a colon label a quotation, in headlines and in round-ups:
 * `Trump: "…"`, `- Jeffrey M. Jones: "…"`, `Continued Stone: "…"`.
 */
function colonLabel(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  if (qs < 2 || tokens[qs - 1].text !== ':') return null;
  const sentence = sentenceOfToken(paragraph, qs - 1);
  const floor = paragraph.lookup.previousQuote(qs - 1, sentence.firstToken) + 1;
  let phrase = ctx.reader.left(tokens, qs - 2, floor, sentence.firstToken);
  if (!phrase) return null;
  const head = tokens[phrase.head];
  if (!head.cap && !ctx.reader.isHeadWord(head)) return null;
  // "Mark Blumenthal and Jon Cohen:": two authors share the label.
  if (phrase.first - 2 >= floor && tokens[phrase.first - 1].lower === 'and') {
    const partner = ctx.reader.left(tokens, phrase.first - 2, floor, sentence.firstToken);
    if (partner && tokens[partner.head].cap) phrase = { first: partner.first, last: phrase.last, head: phrase.head, appositive: null };
  }
  // The label stands alone: nothing but a dash, "from" or "More from" before it, or a headline ending in a dash.
  const afterDash = phrase.first - 1 >= floor && /^(?:-|—|–)$/.test(tokens[phrase.first - 1].text);
  if (!afterDash) for (let j = floor; j < phrase.first; j++) if (!/^(?:-|—|–|from|more|here’s|here's|continued|added|said|says)$/i.test(tokens[j].text) && tokens[j].kind !== 'punct') return null;
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  return { ref, cue: null, position: 'before', reason: { step: 'colon-label', detail: 'A name and a colon introduce the quotation (X: "…").' }, splitFrom: null };
}

/** How far a long description may separate a speaker from the verb: `"…," Anne Richards, assistant secretary of state for …, said.` */
const DESCRIBED_TAG_REACH = 40;

/**
 * `"…," Nate Silver, the polling guru who founded the site tweeted.`: a name right after the
 * quotation, then a description too long or too punctuated to read as an appositive, then the
 * verb. The verb must have no speaker of its own, or stand right after the description's comma.
 */
function describedTag(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, quote: RawQuote, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  const inner = ctx.doc.text.slice(quote.start + 1, quote.close ? quote.close.start : quote.end).trimEnd();
  if (!quote.close || !/[,?!]$/.test(inner)) return null;
  const tokens = paragraph.tokens;
  const phrase = ctx.reader.right(tokens, qe + 1, sentence.lastToken - 1);
  if (!phrase || !tokens[phrase.head].cap) return null;
  const comma = phrase.last + 1;
  if (tokens[comma]?.text !== ',') return null;
  for (const c of cues.allAfter(comma)) {
    if (c.cue.token >= sentence.lastToken || c.cue.token - comma > DESCRIBED_TAG_REACH) return null;
    if (c.cue.naming || c.cue.participle || c.cue.speakerAfter === 'always') continue;
    let before = c.cue.token - 1;
    while (before > comma && VERB_GAP_WORDS.has(tokens[before].lower)) before--;
    if (c.ref !== null && tokens[before].text !== ',') return null;
    const ref = addRef(ctx, paragraph, sentence.index, phrase);
    return { ref, cue: { ...c, ref }, position: 'after', reason: { step: 'tag-after-described', detail: 'The speaker follows the quotation, described at length before the verb ("…," X, a …, said).' }, splitFrom: null };
  }
  return null;
}

