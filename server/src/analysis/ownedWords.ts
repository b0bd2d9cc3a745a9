/**
 * Quotations inside a clause that tells whose words they are without a reporting verb: a
 * speech noun owned by someone (`Trump's claim that "…"`) or a relative clause
 * (`the Daily Beast, which ran a piece on the "enforcer"`).
 */
import type { AttributionContext, QuoteDraft } from './attributionTypes';
import { DETERMINERS_BEFORE, NOT_VERBS } from './clauseSubject';
import type { ParagraphInfo, SentenceInfo } from './document';
import { SPEAKER_PRONOUNS, TIME_WORDS } from './lexicon/words';
import type { Phrase } from './phrases';
import { addRef } from './speakers';
import type { Token } from './tokens';

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
export function possessedWords(ctx: AttributionContext, paragraph: ParagraphInfo, qs: number, sentence: SentenceInfo): { noun: number; draft: QuoteDraft } | null {
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

/** How far back from a quotation a relative pronoun may open its clause. */
const RELATIVE_REACH = 20;

/**
 * `the Daily Beast, which ran an article naming him the "angry populist enforcer"`: a quotation
 * in a relative clause belongs to the clause's antecedent, recorded as the pronoun standing for it.
 */
export function relativeSubject(ctx: AttributionContext, paragraph: ParagraphInfo, sentence: SentenceInfo, qs: number): QuoteDraft | null {
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
