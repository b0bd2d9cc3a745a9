/**
 * Who said each quotation, and who is reported as saying what without quote marks.
 *
 * A sieve in the manner of CoreNLP's quote attribution: the most precise patterns first,
 * each decision recording the step that made it so a hover card can explain it.
 *   0. The quotation names its speaker:  "WALLACE: If I may …"  /  "…" - Bernie Sanders.
 *                                        (or the next line does: a paragraph that is only "- Bernie Sanders.")
 *   1. A tag right after the quote:      "…," Trump said.  /  "…," said Karoline Leavitt.
 *                                        "…." Her friend Dana Lockwood, 20, chimed in.
 *   2. A tag before it:                  Leavitt told reporters: "…"
 *   3. The second half of a split quote: "…," she said, "…"
 *   4. Words owned by someone:           Trump's claim that there were "thousands of shootings"
 *   5. Reported speech around a partial quote: Trump said the tariffs were "working beautifully."
 *   6. Tags a plain reading misses:      "…," Trump shot back.  /  "…," X, a long description, said.
 *   7. A label or a colon:               Clinton: "…"  /  Clinton released a statement: "…"
 *                                        (also across a paragraph break: the previous paragraph ends "… said:")
 *   8. A tag closing the sentence:       X is an "articulate conservative" …, the board writes.
 *   9. With no reporting verb, the clause's subject: Carson called it "rotten to the core."
 *      (a relative clause's antecedent first: the Beast, which ran a piece on the "enforcer";
 *      then the subject of the clause a conjunction opens: …, and he called it "a hit job.")
 *  10. The paragraph's speaker:          "…," he said. "…"
 *  11. A continued or floating paragraph takes the previous paragraph's speaker.
 *
 * Reported speech without quote marks comes after, verb by verb (reportedSpeech.ts), and from
 * headlines that attribute with a colon: Lynch: No outside influence on the inquiry.
 *
 * Every step looks only at the quotation's own sentence (or the next one) or at precomputed
 * indexes, so the whole pass stays linear even in a paragraph of a hundred thousand quote marks.
 */
import type { AttributionContext, AttributionResult, CueRef, QuoteDraft } from './attributionTypes';
import { colonBeforeParagraph, colonIntroduction, colonLabel, transcriptLabel } from './labels';
import { possessedWords, relativeSubject } from './ownedWords';
import { ParagraphCues } from './paragraphCues';
import { anotherOfThem, bareTagAfter, closingTag, dashSignature, describedTag, signatureLine, tagInsideUnclosed, unlistedVerbTag } from './tagsAfter';
import { clauseSubject } from './clauseSubject';
import { sentenceOfToken, tokenAt, type ParagraphInfo, type SentenceInfo, type WorkingDocument } from './document';
import { findHeadlineLabel } from './headlineLabels';
import { DETERMINERS, FINITE_VERBS, SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import { surnamesIn } from './names';
import { phraseEnd, PhraseReader, type Phrase } from './phrases';
import type { RawQuote } from './quotes';
import { findReportedSpeech } from './reportedSpeech';
import { addRef, findSpeakers } from './speakers';
import type { Token } from './tokens';

export type { AttributionResult, CueRef, QuoteDraft, ReportedDraft, SpeakerRef } from './attributionTypes';

/** How far after a quotation its tag may stand (`"…," the former governor of Maryland said`). */
const TAG_DISTANCE = 10;
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'can', 'must']);
/** How far before a quotation a reporting verb may govern it, in tokens; sentences rarely run longer. */
const LEADING_REACH = 60;
/** Where a cue stands when it tags a whole quotation: the quotation is what it reports. */
const TAG_POSITIONS = new Set<QuoteDraft['position']>(['before', 'after', 'inside', 'split']);

export function attribute(doc: WorkingDocument): AttributionResult {
  const result: AttributionResult = { refs: [], cues: [], quotes: doc.quotes.map(() => null), reported: [] };
  const ctx: AttributionContext = { doc, reader: new PhraseReader(doc.lexicon, surnamesIn(doc)), result, refKeys: new Map(), trailingTags: new Set() };
  const cues = doc.paragraphs.map((paragraph) => new ParagraphCues(findSpeakers(ctx, paragraph)));
  const lastSpeaker: Array<number | null> = [];
  const tags = new Set<CueRef>();
  for (const paragraph of doc.paragraphs) {
    let lastDraft: QuoteDraft | null = null;
    for (let k = 0; k < paragraph.quotes.length; k++) {
      const q = paragraph.quotes[k];
      // A title ("a page called “Kellbrook River Now”") has no speaker to find, and makes no source.
      const draft: QuoteDraft | null = doc.titles[q] ? null : attributeQuote(ctx, paragraph, k, cues, lastDraft, lastSpeaker[paragraph.index - 1] ?? null);
      result.quotes[q] = draft;
      if (draft) lastDraft = draft;
      if (draft?.cue && draft.position === 'after') ctx.trailingTags.add(draft.cue);
      if (draft?.cue && TAG_POSITIONS.has(draft.position)) tags.add(draft.cue);
    }
    lastSpeaker[paragraph.index] = lastDraft?.ref ?? cues[paragraph.index].lastSpeaker();
  }
  for (const paragraph of doc.paragraphs) {
    findReportedSpeech(ctx, paragraph, cues[paragraph.index].all, tags);
    findHeadlineLabel(ctx, paragraph);
  }
  return result;
}

function attributeQuote(ctx: AttributionContext, paragraph: ParagraphInfo, k: number, allCues: ParagraphCues[], lastDraft: QuoteDraft | null, previousParagraphSpeaker: number | null): QuoteDraft | null {
  const { doc, result, reader } = ctx;
  const cues = allCues[paragraph.index];
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
    // A continued paragraph with a tag of its own ("…," wrote The Post) is that tag's; without one, it keeps its speaker.
    if (previous) return tagRightAfter(ctx, paragraph, cues, quote, qe, sentence).draft ?? { ref: previous.ref, cue: previous.cue, position: 'previous-paragraph', reason: { step: 'continued-paragraph', detail: 'A quotation continued from the previous paragraph keeps its speaker.' }, splitFrom: null };
  }

  const signature = dashSignature(ctx, paragraph, qe) ?? anotherOfThem(ctx, paragraph, quote, qe, sentence) ?? bareTagAfter(ctx, paragraph, cues, quote, qe, sentence) ?? signatureLine(ctx, paragraph, doc.paragraphs[paragraph.index + 1], qs, qe) ?? tagInsideUnclosed(ctx, paragraph, quote, qs, qe);
  if (signature) return signature;

  // 1. A tag right after the quotation.
  const { draft: tagged, trailing, tagEnd } = tagRightAfter(ctx, paragraph, cues, quote, qe, sentence);
  // 2. A tag before it in the same sentence; 3. the second half of a split quotation.
  const leading = leadingCue(ctx, paragraph, cues, qs, sentence);
  if (tagged && !(leading && introducesBoth(ctx, paragraph, leading, tagged, k, qs, sentence))) return tagged;

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
  if (trailing && !conjunctionBetween(tokens, qe + 1, Math.min(trailing.cue.token, result.refs[trailing.ref!].phrase.first))) {
    return { ref: trailing.ref!, cue: trailing, position: 'after', reason: { step: 'tag-after', detail: 'The attribution follows later in the sentence.' }, splitFrom: null };
  }
  const unlisted = unlistedVerbTag(ctx, paragraph, sentence, quote, qe, tagEnd);
  if (unlisted) return unlisted;
  const described = describedTag(ctx, paragraph, cues, quote, qe, sentence);
  if (described) return described;

  const label = colonLabel(ctx, paragraph, qs) ?? colonIntroduction(ctx, paragraph, qs) ?? colonBeforeParagraph(ctx, doc.paragraphs[paragraph.index - 1], allCues[paragraph.index - 1] ?? null, paragraph, qs);
  if (label) return label;
  const closing = closingTag(ctx, paragraph, cues, qe, sentence);
  if (closing) return closing;
  if (qs > sentence.firstWord && !onlyConnectivesBefore(tokens, sentence.firstWord, qs)) {
    // 4b. Words quoted inside a sentence with no reporting verb belong to the subject of their
    // clause: a relative clause's antecedent ("Greenpeace, which charged that the deal …"), else the sentence's subject.
    const relative = relativeSubject(ctx, paragraph, sentence, qs);
    if (relative) return relative;
    // "The county has wrapped it in a seminar's language: the branches will become "hubs,"": after
    // a colon or a semicolon, the clause the quotation stands in has a subject of its own (a
    // quotation right after the colon is what the clause before it introduces). So may a
    // parenthesis ("(Clinton called it "…" and was "…")"); one with no clause in it ("his
    // rivals ("Low energy" Jeb Bush, …)") leaves the sentence's subject.
    const clauseBreak = clauseBreakBefore(tokens, sentence.firstToken, qs - 1);
    const from = clauseBreak >= 0 ? clauseBreak + 1 : sentence.firstToken;
    const subjectFrom = (start: number) => innerClauseSubject(reader, tokens, cues, start, qs) ?? clauseSubject(reader, tokens, start, qs);
    const subject = subjectFrom(from) ?? (clauseBreak >= 0 && tokens[clauseBreak].text === '(' ? subjectFrom(sentence.firstToken) : null);
    if (!subject) {
      // "Under Florida law, battery is committed when a person "…"": the law's own words.
      const law = governingDocument(ctx, tokens, sentence, qs);
      return law && { ref: addRef(ctx, paragraph, sentence.index, law), cue: null, position: 'sentence', reason: { step: 'governing-document', detail: 'The sentence opens with the law or agreement it states ("Under X law, …"), whose words are quoted.' }, splitFrom: null };
    }
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

/** What a sentence may say it states the terms of: `Under Florida law,`, `Under the agreement,`. */
const GOVERNING_DOCUMENTS = new Set(['law', 'laws', 'statute', 'code', 'rules', 'constitution', 'act', 'treaty', 'agreement', 'deal', 'contract', 'bill', 'regulation', 'regulations', 'guidelines', 'ordinance', 'charter', 'policy']);

/** `Under Florida law, …` opening the sentence before the quotation: the law, when that is what it names. */
function governingDocument(ctx: AttributionContext, tokens: readonly Token[], sentence: SentenceInfo, qs: number): Phrase | null {
  if (tokens[sentence.firstWord]?.lower !== 'under') return null;
  let comma = sentence.firstWord + 1;
  while (comma < qs && comma - sentence.firstWord <= 8 && tokens[comma].text !== ',') comma++;
  if (comma >= qs || tokens[comma].text !== ',') return null;
  const phrase = ctx.reader.left(tokens, comma - 1, sentence.firstWord + 1, sentence.firstToken);
  return phrase && phrase.first === sentence.firstWord + 1 && GOVERNING_DOCUMENTS.has(tokens[phrase.head].lower) ? phrase : null;
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

/** `Americans will say`: a modal right before the verb, not a surname (`Will said`). */
function isModalBefore(ctx: AttributionContext, tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1];
  return before !== undefined && MODALS.has(before.lower) && !ctx.reader.isKnownSurname(before);
}

/**
 * The cue before a quotation that introduces it. A cue right before the quotation (`said:`)
 * wins; otherwise the sentence's outermost reporting verb, since "X said Y believes "…""
 * reports X's words. A `;` or a full stop between cue and quotation ends its reach.
 */
function leadingCue(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, qs: number, sentence: SentenceInfo): CueRef | null {
  // A parenthesis still open at the quotation is a clause of its own: "(Clinton called it "…" and was "…")".
  const parenthesis = openParenthesisBefore(paragraph.tokens, sentence.firstToken, qs);
  const candidates = cues.leading(Math.max(sentence.firstToken, parenthesis + 1, qs - LEADING_REACH), qs).filter((c) => {
    if (c.cue.naming && qs - c.cue.last > 5) return false;
    // "Americans will say "no"": a hypothetical speech act reports nobody's words.
    if (isModalBefore(ctx, paragraph.tokens, c.cue.token)) return false;
    if (ctx.result.refs[c.ref!].phrase.first >= qs) return false;
    return !paragraph.lookup.hasBreak(c.cue.last + 1, qs);
  });
  if (candidates.length === 0) return null;
  const nearest = candidates[candidates.length - 1];
  const { words } = paragraph.lookup.words(nearest.cue.last + 1, qs - 1);
  // "Law said, noting that donors feel "…"": a belief verb inside someone's speech does not take the quotation.
  if (words <= 1 && !(nearest.cue.belief && candidates[0] !== nearest)) return nearest;
  // "…, with the former secretary of state calling the move "deeply troubling"": a verb with a
  // subject of its own after "with" (or "and") speaks for that subject, not the sentence's.
  if (absoluteClause(paragraph.tokens, ctx.result.refs[nearest.ref!].phrase, nearest.cue.token)) return nearest;
  // "Xu said … that she hadn't read it, but called it a "starting point"": the subject's second
  // verb, after "and" or "but", is the one that quotes.
  const joined = paragraph.tokens[nearest.cue.token - 1]?.lower;
  const previous = candidates[candidates.length - 2];
  if ((joined === 'and' || joined === 'but') && !nearest.cue.belief && previous && ctx.result.refs[previous.ref!].phrase.first === ctx.result.refs[nearest.ref!].phrase.first) return nearest;
  // "Swanson praised Franklin Graham, who has vowed not to buy cookies because of their "…"":
  // the quotation stands in the relative clause, whose verb speaks for its antecedent.
  if (ctx.result.refs[nearest.ref!].phrase.antecedent && !nearest.cue.belief && candidates.length > 1) return nearest;
  // ""…," said Weaver, who said there are "no secrets"": a tag that closed an earlier quotation
  // is that quotation's, not the outer verb of this one.
  const open = candidates.filter((c) => c === nearest || !ctx.trailingTags.has(c));
  return outermost(ctx, paragraph, sentence, open);
}

/** `with X calling …`, `Ryan saying …, and Trump calling …`: a subject right after "with" or "and", right before its verb. */
function absoluteClause(tokens: readonly Token[], subject: Phrase, verb: number): boolean {
  const before = tokens[subject.first - 1]?.lower;
  return (before === 'with' || before === 'and') && subject.last + 1 === verb && /ing$/.test(tokens[verb].lower);
}

/**
 * The sentence's outermost cue, passing over one in an introductory phrase: in "Addressing the
 * gala, Trump said …" or "In a tweet announcing …, WikiLeaks said …" the main clause speaks.
 */
function outermost(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, candidates: CueRef[]): CueRef {
  const tokens = paragraph.tokens;
  let k = coordinatedClause(ctx, tokens, candidates);
  while (k + 1 < candidates.length) {
    const here = candidates[k];
    const next = candidates[k + 1];
    const subject = ctx.result.refs[next.ref!].phrase;
    // After a comma, or after a quotation the introductory clause introduced: `When X shouted, "Cruz," Beck joked`.
    const before = tokens[subject.first - 1];
    const opensMainClause = subject.first > here.cue.last && subject.first < next.cue.token && (before?.text === ',' || (before !== undefined && before.quote >= 0));
    const beforeHere = tokens[ctx.result.refs[here.ref!].phrase.first - 1];
    // "following a report about a video in which Trump bragged …, a student group derided him as …": a relative clause is no main clause.
    const introductory = here.cue.participle || /^[a-z]+ing$/i.test(tokens[here.cue.token].text) || isAdverbial(beforeHere) || isAdverbial(tokens[sentence.firstWord]) || /^(?:which|whom)$/.test(beforeHere?.lower ?? '');
    // "Lund was assuring voters … after a woman told him she worries he's "too nice"": the
    // quotation stands in the subordinate clause, whose own verb reports it.
    const subordinate = subject.first > here.cue.last && !next.cue.belief && SUBORDINATORS.has(before?.lower ?? '');
    if (!(opensMainClause && introductory) && !subordinate) break;
    k++;
  }
  return candidates[k];
}

/** Words that open a subordinate clause with a subject of its own. */
const SUBORDINATORS = new Set(['after', 'when', 'because', 'since', 'while', 'before', 'until', 'although', 'though', 'once', 'whereas']);

/** Words that join a second clause with a subject of its own. */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * `Ted Cruz accuses Obama of "…" and Donald Trump says he's "…"`, `Rubio suggested …, while
 * Cruz said that the "…"`: the last candidate whose subject opens a second clause after a
 * coordinator takes the quotation, as the outermost cue of that clause; else 0.
 */
function coordinatedClause(ctx: AttributionContext, tokens: readonly Token[], candidates: CueRef[]): number {
  for (let j = candidates.length - 1; j > 0; j--) {
    const c = candidates[j];
    const subject = ctx.result.refs[c.ref!].phrase;
    const before = tokens[subject.first - 1];
    if (!c.cue.belief && before !== undefined && COORDINATORS.has(before.lower) && subject.first > candidates[j - 1].cue.last && subject.first < c.cue.token) return j;
  }
  return 0;
}

/** A preposition or subordinator opening an adverbial: `In its tweet …,`, `While not everything Trump says is true,`. */
function isAdverbial(token: Token | undefined): boolean {
  return token !== undefined && /^(?:in|at|on|after|before|when|while|as|during|since|because|if|though|although|with|despite|unlike|whether|once|until)$/i.test(token.text);
}

/**
 * `When someone shouted, "Cruz," Beck joked, "Amen!"`: the quotation a verb introduces is that
 * verb's, though the next speaker's tag follows it; that tag introduces the next quotation.
 * Only when the tag after it leads on to a quotation of its own in the sentence: in
 * `"…," she said, "…"` the tag speaks for both halves.
 */
function introducesBoth(ctx: AttributionContext, paragraph: ParagraphInfo, leading: CueRef, tagged: QuoteDraft, k: number, qs: number, sentence: SentenceInfo): boolean {
  if (!tagged.cue || leading.ref === tagged.ref || !directlyIntroduces(paragraph, leading.cue.last, qs)) return false;
  const next = paragraph.quotes[k + 1];
  if (next === undefined) return false;
  const nextStart = tokenAt(paragraph, ctx.doc.quotes[next].start);
  return nextStart < sentence.lastToken && nextStart > tagged.cue.cue.last;
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

/**
 * A tag right after the quotation, in the same sentence, or opening the next one when the
 * quotation ends in a question or an exclamation ("Why?" she asked.): the draft when the
 * speaker or verb stands within three tokens of it, and the first cue further on that could
 * still tag it, for the later steps.
 */
function tagRightAfter(
  ctx: AttributionContext,
  paragraph: ParagraphInfo,
  cues: ParagraphCues,
  quote: RawQuote,
  qe: number,
  sentence: SentenceInfo,
): { draft: QuoteDraft | null; trailing: CueRef | null; tagEnd: number } {
  const { doc, result } = ctx;
  const tokens = paragraph.tokens;
  const tagEnd = quoteEndsWithQuestion(doc.text, quote) && qe + 1 >= sentence.lastToken ? Math.min(tokens.length, qe + 8) : sentence.lastToken;
  let trailing: CueRef | null = null;
  for (const c of cues.between(qe, Math.min(tagEnd, qe + TAG_DISTANCE + 1))) {
    if (c.cue.naming || paragraph.lookup.nextQuote(qe, c.cue.token) < c.cue.token || paragraph.lookup.hasBreak(qe + 1, c.cue.token)) continue;
    // "(Clinton was "grateful that everyone is safe"), Trump inflamed tensions by saying": a closing parenthesis keeps a tag outside from a quotation inside.
    if (closesParenthesis(tokens, qe + 1, c.cue.token)) break;
    // "… "riding the fence" until Haley said …": a cue in a clause of its own tags no quotation before it.
    const speaker = result.refs[c.ref!].phrase.first;
    if (!opensOwnClause(tokens, qe, c.cue.token, speaker) && !reportsOwnContent(tokens, c.cue.last) && !asClauseWithObject(tokens, qe, c, speaker)) trailing = c;
    break;
  }
  // A tag in the next sentence must open it: "Why?" she asked. But not: "Why?" Later, Rubio claimed ….
  if (trailing && trailing.cue.token >= sentence.lastToken && Math.min(trailing.cue.token, result.refs[trailing.ref!].phrase.first) - qe > 1) trailing = null;
  if (trailing) {
    const ref = result.refs[trailing.ref!];
    const inverted = ref.phrase.first > trailing.cue.token;
    // "… a “fault event” about 12 minutes before the first 911 call reporting smoke": a speaker's verb
    // stands next to it; one far past the words after the quotation is another clause's.
    const verbNearSpeaker = inverted || trailing.cue.token - phraseEnd(ref.phrase) <= TAG_VERB_GAP;
    if (ref.phrase.first > qe && Math.min(trailing.cue.token, ref.phrase.first) - qe <= 3 && verbNearSpeaker) {
      const draft: QuoteDraft = {
        ref: ref.id,
        cue: trailing,
        position: 'after',
        reason: inverted
          ? { step: 'tag-after-inverted', detail: 'The verb and then the speaker follow the quotation ("…," said X).' }
          : { step: 'tag-after', detail: 'The speaker and the verb follow the quotation ("…," X said).' },
        splitFrom: null,
      };
      return { draft, trailing, tagEnd };
    }
  }
  return { draft: null, trailing, tagEnd };
}

/** How far a tag's verb may stand after its speaker: `X said`, `X later told reporters`, `X, 34, said`. */
const TAG_VERB_GAP = 4;

/** Whether a `)` in tokens [from, to) closes a parenthesis opened before `from` (not a party label's: `Schumer (D-N.Y.) said`). */
function closesParenthesis(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let j = from; j < to; j++) {
    if (tokens[j].text === '(') depth++;
    else if (tokens[j].text === ')' && depth-- === 0) return true;
  }
  return false;
}

/**
 * Words that open a clause of their own: a speaker right after one is that clause's subject, not
 * a tag. Not "as" (`"…," as Cruz said`) nor "that" (`its "phony polls" that he claimed …`), which
 * attribute the words before them.
 */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'because', 'until', 'while', 'when', 'whereas', 'although', 'though', 'if', 'unless', 'since', 'after', 'before', 'without', 'whether', 'where', 'once', 'so', 'to', 'from', 'of', 'for', 'with']);

/**
 * `"…" until Haley said`, `"…," and a supporter repeated`, `"…" without reporters asking`: the
 * word before the speaker (or before the verb, when the speaker follows it) opens a clause or
 * a prepositional phrase, so the cue reports something else.
 */
function opensOwnClause(tokens: readonly Token[], qe: number, cue: number, speaker: number): boolean {
  let at = (speaker > qe ? Math.min(cue, speaker) : cue) - 1;
  // "… after leaked emails showed": a participle or adverb the speaker phrase left out may stand between.
  for (let skipped = 0; skipped < 2 && at > qe + 1 && isBareModifier(tokens[at]); skipped++) at--;
  const opener = tokens[at];
  if (opener === undefined || opener.kind !== 'word' || opener.quote >= 0) return false;
  // `… "will not pay twice" and that she had asked …`: a second that-clause of the verb before the quotation.
  if (opener.lower === 'that' && at - 1 > qe && /^(?:and|but|or)$/.test(tokens[at - 1].lower)) return true;
  return CLAUSE_OPENERS.has(opener.lower);
}

/**
 * `"…", as the unions announced a strike`: an "as" clause whose verb has an object of its own
 * reports that, not the quotation; `"…," as Cruz said` and `as one aide put it` tag it.
 * Telling someone (`as the minister told the committee`) names who heard it, not what.
 */
function asClauseWithObject(tokens: readonly Token[], qe: number, cue: CueRef, speaker: number): boolean {
  const at = (speaker > qe ? Math.min(cue.cue.token, speaker) : cue.cue.token) - 1;
  if (at <= qe || tokens[at].lower !== 'as' || cue.cue.lemma === 'tell') return false;
  const object = tokens[cue.cue.last + 1];
  return object !== undefined && object.quote < 0 && (DETERMINERS.has(object.lower) || object.kind === 'number');
}

/** A lower-case participle or adverb (`leaked`, `newly`) that a speaker phrase may leave out in front of it. */
function isBareModifier(token: Token): boolean {
  return token.kind === 'word' && token.quote < 0 && !token.cap && !CLAUSE_OPENERS.has(token.lower) && /(?:ed|ing|ly)$/.test(token.lower);
}

/**
 * `"…" to Mayor Soto after leaked memos showed staff mocking him`: a conjunction between a
 * quotation and a cue further on opens the clause the cue belongs to, not the quotation's.
 */
function conjunctionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (opensSubjectClause(tokens, j)) return true;
  return false;
}

/** How far before a quotation the conjunction opening its clause may stand; clauses are short, and the scan stays bounded. */
const INNER_CLAUSE_REACH = 30;
/** Conjunctions that open a clause with a subject of its own: `…, and he pronounced X "a friend."` */
const SUBJECT_CLAUSE_OPENERS = new Set(['and', 'but', 'when', 'while', 'because', 'although', 'though', 'whereas', 'after', 'before', 'since', 'if', 'unless', 'until', 'once']);

/** Whether token `j` opens a clause with a subject of its own; "and" and "but" only after a comma ("Mr. King and Mr. Morial are …" joins two names). */
function opensSubjectClause(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token.quote >= 0 || token.kind !== 'word' || !SUBJECT_CLAUSE_OPENERS.has(token.lower)) return false;
  return (token.lower !== 'and' && token.lower !== 'but') || tokens[j - 1]?.text === ',';
}

/**
 * `The league protested his remarks when he talks of bankers "meeting in secret"`: the subject of
 * the innermost clause that holds the quotation, when a conjunction opens one before it.
 */
/**
 * The last colon, semicolon or still open parenthesis outside quotations in tokens [first,
 * before), looking back no further than `LEADING_REACH`, or -1: "… (Clinton called it "…" and
 * was "grateful …")" has its own clause in the parenthesis.
 */
function clauseBreakBefore(tokens: readonly Token[], first: number, before: number): number {
  return lastOpenerBefore(tokens, first, before, CLAUSE_BREAKS);
}

/** The parenthesis still open at token `before`, within `LEADING_REACH` after `first`, or -1. */
function openParenthesisBefore(tokens: readonly Token[], first: number, before: number): number {
  return lastOpenerBefore(tokens, first, before, PARENTHESIS);
}

const CLAUSE_BREAKS = new Set([':', ';', '(']);
const PARENTHESIS = new Set(['(']);

/** The last token in `openers` outside quotations and outside closed parentheses in tokens [first, before), looking back no further than `LEADING_REACH`, or -1. */
function lastOpenerBefore(tokens: readonly Token[], first: number, before: number, openers: ReadonlySet<string>): number {
  let closed = 0;
  for (let j = before - 1; j > first && before - j <= LEADING_REACH; j--) {
    const t = tokens[j];
    if (t.quote >= 0) continue;
    if (t.text === ')') closed++;
    else if (t.text === '(' && closed > 0) closed--;
    else if (closed === 0 && openers.has(t.text)) return j;
  }
  return -1;
}

function innerClauseSubject(reader: PhraseReader, tokens: readonly Token[], cues: ParagraphCues, first: number, qs: number): Phrase | null {
  for (let j = qs - 2; j > first && qs - j <= INNER_CLAUSE_REACH; j--) {
    // "after the court refused …, McCrory blamed …": a comma closes the clause before the quotation's.
    if (tokens[j].text === ',' || tokens[j].text === ';') return null;
    if (!opensSubjectClause(tokens, j)) continue;
    // "Trump said Rubio was "a lightweight" while Cruz is "a liar"": a clause inside reported speech is the speaker's words.
    for (const c of cues.allAfter(first - 1)) {
      if (c.cue.token < j) return null;
      break;
    }
    // "…, and placed national newspaper ads calling the deal …": a verb right after the
    // conjunction shares the sentence's subject; the clause has none of its own.
    const next = tokens[j + 1];
    if (next && !next.cap && (FINITE_VERBS.has(next.lower) || /^[a-z]+ed$/.test(next.text))) return null;
    return clauseSubject(reader, tokens, j + 1, qs);
  }
  return null;
}

/** Words that open what a verb reports: `said that …`, `said they were …`. */
const CONTENT_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i']);

/** A subject this short may open the content a verb reports: `said the two cases were …`. */
const CONTENT_SUBJECT_REACH = 5;

/**
 * `"…" - Democrats in Iowa said they were unfazed`, `"…," a prosecutor said the two cases were
 * different`: the verb goes on to report words of its own. Not `said the next day`, which has
 * no verb of its own.
 */
function reportsOwnContent(tokens: readonly Token[], cueLast: number): boolean {
  const next = tokens[cueLast + 1];
  if (next === undefined || next.kind !== 'word' || next.quote >= 0) return false;
  if (CONTENT_OPENERS.has(next.lower)) return true;
  if (!DETERMINERS.has(next.lower)) return false;
  for (let j = cueLast + 2; j < tokens.length && j - cueLast <= CONTENT_SUBJECT_REACH; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.kind === 'punct') return false;
    if (FINITE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** `But "…"`, `And still, "…"`: connectives before a quotation do not make it a partial quote. */
function onlyConnectivesBefore(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let j = from; j < to; j++) if (tokens[j].kind !== 'punct' && !/^(?:but|and|so|still|yet|then|now|also|again|indeed|instead|plus|or)$/.test(tokens[j].lower)) return false;
  return true;
}

function quoteEndsWithQuestion(text: string, quote: RawQuote): boolean {
  const inner = text.slice(quote.content.start, quote.content.end).trimEnd();
  return /[?!]$/.test(inner);
}
