/**
 * Tags after a quotation that a plain reading of the cues misses: a verb outside the lexicon
 * (`"…," Trump shot back.`), a speaker described at length before the verb, a dash signature,
 * a sentence that is only the attribution, and a tag closing the sentence.
 */
import type { AttributionContext, CueRef, QuoteDraft } from './attributionTypes';
import { DETERMINERS_BEFORE, NOT_VERBS } from './clauseSubject';
import { sentenceOfToken, type ParagraphInfo, type SentenceInfo } from './document';
import { SPEAKER_PRONOUNS, TIME_WORDS, VERB_GAP_WORDS } from './lexicon/words';
import type { ParagraphCues } from './paragraphCues';
import { phraseEnd } from './phrases';
import type { RawQuote } from './quotes';
import { addRef } from './speakers';

/** Irregular past tenses that tag a quotation: `"…," Trump shot back.`, `"…," she sang.` */
const IRREGULAR_TAG_VERBS = new Set(['shot', 'hit', 'struck', 'spat', 'swore', 'sang', 'bit', 'broke', 'began', 'went', 'rang', 'wrote']);

/**
 * `"…," Trump shot back.` / `"…," the nominee riffed.`: a quotation that ends with a comma,
 * question or exclamation mark, followed by a speaker and a verb that is not in the lexicon.
 */
export function unlistedVerbTag(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, quote: RawQuote, qe: number, end: number): QuoteDraft | null {
  const inner = ctx.doc.text.slice(quote.content.start, quote.content.end).trimEnd();
  if (!quote.close || !/[,?!]$/.test(inner)) return null;
  const tokens = paragraph.tokens;
  const inverted = invertedUnlistedTag(ctx, paragraph, sentence, qe, end);
  if (inverted) return inverted;
  const phrase = ctx.reader.right(tokens, qe + 1, end - 1);
  if (!phrase) return null;
  const verb = tokens[phrase.last + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || !(/^[a-z]+(?:ed|s)$/.test(verb.text) || IRREGULAR_TAG_VERBS.has(verb.text)) || NOT_VERBS.has(verb.lower)) return null;
  const after = tokens[phrase.last + 2];
  if (after && !(after.kind === 'punct' || /^(?:back|out|up|in|on|to|at|with|as|after|before|while|during|from)$/.test(after.lower) || after.quote >= 0)) return null;
  const head = tokens[phrase.head];
  if (!(head.cap || SPEAKER_PRONOUNS[head.lower] !== undefined || ctx.reader.isHeadWord(head) || DETERMINERS_BEFORE.has(tokens[phrase.first].lower))) return null;
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

/** `"This is fantastic!" beamed Donald Hartley of Madison.`: an unlisted verb, then a named speaker that ends the clause. */
function invertedUnlistedTag(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, qe: number, end: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const verb = tokens[qe + 1];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.quote >= 0 || !/^[a-z]+ed$/.test(verb.text) || NOT_VERBS.has(verb.lower)) return null;
  const phrase = ctx.reader.right(tokens, qe + 2, end - 1);
  if (!phrase || !tokens[phrase.head].cap) return null;
  const after = tokens[phraseEnd(phrase) + 1];
  if (after && !(after.kind === 'punct' || /^(?:of|who|from|as|in|at|on)$/.test(after.lower))) return null;
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

/** How far a long description may separate a speaker from the verb: `"…," Anne Richards, assistant secretary of state for …, said.` */
const DESCRIBED_TAG_REACH = 40;

/**
 * `"…," Nate Silver, the polling guru who founded the site tweeted.`: a name right after the
 * quotation, then a description too long or too punctuated to read as an appositive, then the
 * verb. The verb must have no speaker of its own, or stand right after the description's comma.
 */
export function describedTag(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, quote: RawQuote, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  const inner = ctx.doc.text.slice(quote.content.start, quote.content.end).trimEnd();
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

/** `"…" - Bernie Sanders.`, `"…" —President Obama, tweeting after the speech.`: a quotation signed with a dash and a name. */
export function dashSignature(ctx: AttributionContext, paragraph: ParagraphInfo, qe: number): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const dash = tokens[qe + 1];
  if (!dash || !/^[-—–]$/.test(dash.text) || dash.quote >= 0) return null;
  const sentence = sentenceOfToken(paragraph, qe + 2 < tokens.length ? qe + 2 : qe);
  const phrase = ctx.reader.right(tokens, qe + 2, sentence.lastToken - 1);
  if (!phrase || !tokens[phrase.head].cap) return null;
  const after = tokens[phraseEnd(phrase) + 1];
  if (after && !(after.text === '.' || after.text === ',' || after.text === ';')) return null;
  const ref = addRef(ctx, paragraph, sentence.index, phrase);
  return { ref, cue: null, position: 'after', reason: { step: 'dash-signature', detail: 'A dash and a name sign the quotation ("…" — X).' }, splitFrom: null };
}

/** A signature line is short: a name, perhaps a description, and a full stop. */
const SIGNATURE_TOKENS = 12;

/**
 * `"…"` as a paragraph of its own, then `- Bernie Sanders.` (a list item) or `Ana Ortiz, mayor.`
 * as the next paragraph: a line that is nothing but a name signs the quotation before it.
 */
export function signatureLine(ctx: AttributionContext, paragraph: ParagraphInfo, next: ParagraphInfo | undefined, qs: number, qe: number): QuoteDraft | null {
  if (!next || next.kind !== 'paragraph' || paragraph.kind !== 'paragraph' || qs !== 0 || qe + 1 < paragraph.tokens.length - 1) return null;
  const tokens = next.tokens;
  const last = tokens.length - 1;
  if (last < 1 || last > SIGNATURE_TOKENS || tokens[last].text !== '.' || tokens[0].quote >= 0) return null;
  const phrase = ctx.reader.right(tokens, /^[-—–]$/.test(tokens[0].text) ? 1 : 0, last - 1);
  if (!phrase || !tokens[phrase.head].cap || phraseEnd(phrase) !== last - 1) return null;
  // A name is a few words; a longer run of capitals is a section's headline ("GOP Candidates Reject The Idea").
  if (phrase.last - phrase.first > 3) return null;
  const ref = addRef(ctx, next, next.sentences[0].index, phrase);
  return { ref, cue: null, position: 'after', reason: { step: 'signature-line', detail: 'The next line is nothing but a name: it signs the quotation ("…" / - X.).' }, splitFrom: null };
}

/**
 * `"It shouldn't be funny, but it kind of is." Her friend Brittany Lockwood, 20, a student, chimed in.`:
 * a quotation that closes its sentence, then a sentence that is nothing but a speaker and a verb.
 */
export function bareTagAfter(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, quote: RawQuote, qe: number, sentence: SentenceInfo): QuoteDraft | null {
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
  const end = phraseEnd(phrase);
  if (end + 1 !== cue.cue.token && tokens[cue.cue.token - 1].text !== ',') return null;
  if (paragraph.lookup.nextQuote(qe, cue.cue.token) < cue.cue.token) return null;
  const ref = addRef(ctx, paragraph, next.index, phrase);
  return { ref, cue: { ...cue, ref }, position: 'after', reason: { step: 'tag-after', detail: 'The next sentence is only the attribution ("…." X said.).' }, splitFrom: null };
}

/**
 * `"America is great," read one. "Anybody but Trump," was another.`: a quotation, then only
 * `was` and a word standing for one more of the things just quoted, is that one's.
 */
export function anotherOfThem(ctx: AttributionContext, paragraph: ParagraphInfo, quote: RawQuote, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  const tokens = paragraph.tokens;
  const verb = tokens[qe + 1];
  const word = tokens[qe + 2];
  // Nothing after the word but the full stop: nothing more is said of it.
  if (!quote.close || !verb || !word || !/^(?:was|is)$/.test(verb.lower) || !ONE_MORE.has(word.lower) || tokens[qe + 3]?.text !== '.') return null;
  const ref = addRef(ctx, paragraph, sentence.index, { first: qe + 2, last: qe + 2, head: qe + 2, appositive: null });
  return { ref, cue: null, position: 'after', reason: { step: 'tag-after', detail: 'Only "was another" follows the quotation: one more of the texts just quoted ("…," was another.).' }, splitFrom: null };
}

/** Words that stand for one more of the things just named. */
const ONE_MORE = new Set(['another', 'one']);

/**
 * `Haley is an "articulate conservative" who has won two elections, the editorial board writes.`:
 * a tag closing the sentence after a comma (`, X said.`, `, X wrote on Tuesday.`) speaks for
 * every quotation before it in the sentence, however far back.
 */
export function closingTag(ctx: AttributionContext, paragraph: ParagraphInfo, cues: ParagraphCues, qe: number, sentence: SentenceInfo): QuoteDraft | null {
  const tokens = paragraph.tokens;
  for (const c of cues.between(qe, sentence.lastToken)) {
    if (c.cue.naming || c.cue.participle) continue;
    const phrase = ctx.result.refs[c.ref!].phrase;
    // "…, according to the survey." and "…, according to the survey, which is …"
    if (c.cue.speakerAfter === 'always') {
      if (phrase.first <= c.cue.last || tokens[c.cue.token - 1]?.text !== ',' || c.cue.token <= qe + 1) continue;
      const after = tokens[phraseEnd(phrase) + 1];
      if (after && after.kind !== 'punct') continue;
      return { ref: c.ref!, cue: c, position: 'after', reason: { step: 'closing-tag', detail: 'The sentence closes with its attribution (…, according to X.).' }, splitFrom: null };
    }
    if (phrase.first <= qe || phrase.last >= c.cue.token || tokens[phrase.first - 1]?.text !== ',') continue;
    let end = c.cue.last + 1;
    while (end < sentence.lastToken && (TIME_WORDS.has(tokens[end].lower) || tokens[end].lower === 'on')) end++;
    if (end < sentence.lastToken && tokens[end].kind !== 'punct') continue;
    return { ref: c.ref!, cue: c, position: 'after', reason: { step: 'closing-tag', detail: 'The sentence closes with its attribution (…, X said.).' }, splitFrom: null };
  }
  return null;
}

/** How far after the comma a forgotten closing mark's tag may end: `, Sousa told`, `, said Marta Sousa`. */
const UNCLOSED_TAG_REACH = 4;

/**
 * `"We are not going back without a contract, Sousa told a rally …`, its closing mark
 * forgotten: the quotation runs to the paragraph's end and swallows its own tag. A comma
 * inside it, then a capitalised name or a pronoun and a verb of the lexicon, is that tag.
 * (The unbalanced-quotes rule reports the missing mark.)
 */
export function tagInsideUnclosed(ctx: AttributionContext, paragraph: ParagraphInfo, quote: RawQuote, qs: number, qe: number): QuoteDraft | null {
  if (!quote.unclosed || quote.continuedInNextParagraph) return null;
  const tokens = paragraph.tokens;
  for (let comma = qs + 1; comma < qe - 1; comma++) {
    if (tokens[comma].text !== ',') continue;
    let last = comma;
    while (last + 1 < qe && last - comma < UNCLOSED_TAG_REACH && tokens[last + 1].kind === 'word' && (tokens[last + 1].cap || (last === comma && SPEAKER_PRONOUNS[tokens[last + 1].lower] !== undefined))) last++;
    if (last === comma) continue;
    const verb = tokens[last + 1];
    const form = verb && verb.kind === 'word' && !verb.cap ? ctx.doc.lexicon.verbs.get(verb.lower) : undefined;
    if (!form || form.belief) continue;
    const phrase = { first: comma + 1, last, head: last, appositive: null };
    const ref = addRef(ctx, paragraph, sentenceOfToken(paragraph, comma).index, phrase);
    const cue: CueRef = {
      paragraph: paragraph.index,
      cue: { token: last + 1, last: last + 1, lemma: form.lemma, loaded: form.loaded, belief: false, speakerAfter: 'never', participle: false, naming: false },
      span: { start: verb.start, end: verb.end },
      ref,
    };
    ctx.result.cues.push(cue);
    return { ref, cue, position: 'inside', reason: { step: 'tag-in-unclosed-quote', detail: `The quotation is never closed; "${ctx.doc.text.slice(tokens[comma + 1].start, verb.end)}" after a comma inside it is its tag.` }, splitFrom: null };
  }
  return null;
}
