/** Reported speech without quote marks: `X said (that) …`, `…, X said.`, `according to X, …`. */
import { isBodyNoun } from './appositiveKind';
import type { AttributionContext, CueRef } from './attributionTypes';
import { describingParticiple } from './cues';
import { sentenceOfToken, type ParagraphInfo } from './document';
import { afterDateline, DASHES } from './datelineTokens';
import { phraseEnd } from './phrases';
import { ADDRESSEE_LEMMAS } from './lexicon/verbs';
import type { Span } from './model';
import { skipTime } from './speakers';
import type { Token } from './tokens';

/** Prepositions that go on with what an addressee is advised about, not with words: `advising Pfizer as it works on …`, `on its sale`. */
const OBJECT_GOES_ON = new Set(['as', 'about', 'against', 'over', 'for', 'with', 'of']);

/** What opens the words an addressee is told to do or not to: `warned him not to …`, `urged them to …`. */
const ADVICE_OPENERS = new Set(['to', 'not', 'that']);

/** The longest content one reporting verb is read to govern, in tokens. */
const MAX_CONTENT = 120;

/**
 * `tags` are the cues that tag a whole quotation (`"…," Hollande said as he entered the talks`):
 * the quotation is what they report, and the words around them other than a `that` clause
 * tell where and how it was said, not more of what was said.
 */
export function findReportedSpeech(ctx: AttributionContext, paragraph: ParagraphInfo, cues: readonly CueRef[], tags: ReadonlySet<CueRef>): void {
  const tokens = paragraph.tokens;
  for (let k = 0; k < cues.length; k++) {
    const cueRef = cues[k];
    // `quoted a witness as saying …` reports nothing itself: its `saying` does.
    if (cueRef.ref === null || cueRef.cue.naming || cueRef.cue.lemma === 'quote') continue;
    const tag = tags.has(cueRef);
    // "He did not mention that …", "Ruiz never said …": what a speaker did not say is not theirs.
    if (!tag && negated(paragraph.tokens, cueRef.cue.token)) continue;
    const ref = ctx.result.refs[cueRef.ref];
    const sentence = sentenceOfToken(paragraph, cueRef.cue.token);
    const { first, last } = ref.phrase;
    // "CONTENT, a spokeswoman, Anna White, said": the role before the name opens the speaker's words.
    const opening = ref.phrase.appositive && ref.phrase.appositive[0] < first ? ref.phrase.appositive[0] : first;
    const speakerBefore = last < cueRef.cue.token;
    let from: number;
    let to: number;
    if (cueRef.cue.speakerAfter === 'always' && first > cueRef.cue.last) {
      // "according to X, CONTENT" or "CONTENT, according to X"; "according to X and Y" ends after Y.
      const sourceEnd = phraseEnd(cueRef.also !== undefined ? ctx.result.refs[cueRef.also].phrase : ref.phrase);
      if (cueRef.cue.token <= sentence.firstToken + 1) {
        // "According to Jane Doe, a spokeswoman for the ministry, CONTENT": past the appositive.
        from = skipPunct(tokens, sourceEnd + 1, sentence.lastToken);
        // "According to a 2024 analysis by the Harbour Housing Partnership, a regional nonprofit, CONTENT":
        // an appositive the phrase reader left describes the source, and is no part of the words.
        from = pastIndefiniteAppositive(tokens, from, sentence.lastToken);
        to = sentence.lastToken - 1;
      } else {
        // "CONTENT, according to X." and "At the heart of it, according to X, was a decision …"
        from = sentence.firstToken;
        to = contentGoesOn(tokens, sourceEnd + 1, sentence.lastToken) ? sentence.lastToken - 1 : cueRef.cue.token - 1;
      }
    } else if (speakerBefore && tokens[first - 1]?.lower === 'as' && first - 1 === sentence.firstToken) {
      // "As Purple PAC's Crane said, the two candidates have become …", "As The Post reported on
      // Monday, …": the clause after the comma. Not a time ("As Obama lectured the nation, Trump
      // tweeted"): the verb reports and takes no object before the comma.
      const comma = commaWithin(tokens, cueRef.cue.last + 1, Math.min(sentence.lastToken, cueRef.cue.last + 1 + ADVERBIAL_REACH));
      const next = tokens[cueRef.cue.last + 1];
      if (comma < 0 || tag || !AS_REPORTED.has(cueRef.cue.lemma) || !(next.text === ',' || ADVERBIAL_OPENERS.has(next.lower) || TIME_AFTER_VERB.has(next.lower))) continue;
      from = comma + 1;
      to = sentence.lastToken - 1;
    } else if (speakerBefore) {
      // "Ruiz put it this way: "…"": what follows is the quotation, whose tag this is.
      if (cueRef.cue.lemma === 'put it') continue;
      let after = skipTime(tokens, cueRef.cue.last + 1, sentence.lastToken - 1);
      // "said at a news conference on Tuesday that …": the content starts after the `that`;
      // "said during Sunday's debate", "said in Palm Springs" report no words at all. So for a
      // channel that goes on past its possessive: "said on the Post's "Harbour Hour" that …"
      // (not a time's: "said Sunday's matchup "felt like …"" reports the matchup).
      const channelGoesOn = after === cueRef.cue.last + 1 && cueRef.cue.last > cueRef.cue.token && tokens[after]?.kind === 'possessive' && cueRef.cue.lemma !== 'tell';
      // "warned North Korea to refrain …": after an addressee, "to" opens the advice, not an adverbial.
      const advice = ADDRESSEE_LEMMAS.has(cueRef.cue.lemma) && cueRef.cue.last > cueRef.cue.token && ADVICE_OPENERS.has(tokens[after]?.lower ?? '');
      if (after < sentence.lastToken && !advice && (ADVERBIAL_OPENERS.has(tokens[after].lower) || channelGoesOn)) {
        const that = thatWithin(tokens, after + 1, Math.min(sentence.lastToken, after + 1 + ADVERBIAL_REACH), channelGoesOn);
        // "said to reporters that …" reports after the `that`; "said to expect cuts" reports from the `to`.
        if (that >= 0) after = that;
        else if (tokens[after].lower !== 'to') continue;
      }
      // "told The Post and Courier newspaper of Charleston on Saturday that …", "told MSNBC's
      // "Morning Joe" that …": the addressee, a show's title in quotation marks too, runs to the `that`.
      // "warned North Korea to refrain from …", "warned him not to …": an order or advice, not a "that" further on.
      const addressee = ADDRESSEE_LEMMAS.has(cueRef.cue.lemma);
      if (addressee && after < sentence.lastToken && !ADVICE_OPENERS.has(tokens[after].lower)) {
        const that = thatWithin(tokens, after, Math.min(sentence.lastToken, after + ADVERBIAL_REACH), true);
        if (that > after) after = that;
      }
      const next = tokens[after];
      // "informed employees before the announcement", "advising Pfizer as it works on …": told whom, and not what.
      if (addressee && cueRef.cue.last > cueRef.cue.token && cueRef.cue.lemma !== 'tell' && after < sentence.lastToken && (ADVERBIAL_OPENERS.has(next.lower) || OBJECT_GOES_ON.has(next.lower)) && next.lower !== 'to') continue;
      if (after < sentence.lastToken && next.lower === 'that') {
        from = after + 1;
        to = sentence.lastToken - 1;
      } else if (tag) {
        continue;
      } else if (after < sentence.lastToken && next.quote < 0 && next.text !== ':' && next.text !== ',' && next.text !== '.' && !cueRef.cue.belief && !TARGET_VERBS.has(cueRef.cue.lemma) && !describesChannel(tokens, cueRef, after)) {
        from = after;
        to = sentence.lastToken - 1;
      } else if (opening > sentence.firstToken && tokens[opening - 1].text === ',' && (after >= sentence.lastToken || /^[.!?,;]$/.test(next.text))) {
        // "CONTENT, X said." and "CONTENT, X said on Tuesday, as …"; "CONTENT, X said, CONTENT.": the words on both sides.
        from = sentence.firstToken;
        to = contentGoesOn(tokens, after, sentence.lastToken) ? sentence.lastToken - 1 : opening - 2;
      } else {
        continue;
      }
    } else {
      // "CONTENT, said X." and "CONTENT, said X, CONTENT."
      if (tag || cueRef.cue.token - 1 < sentence.firstToken || tokens[cueRef.cue.token - 1].text !== ',') continue;
      from = sentence.firstToken;
      to = contentGoesOn(tokens, phraseEnd(ref.phrase) + 1, sentence.lastToken) ? sentence.lastToken - 1 : cueRef.cue.token - 2;
    }
    // What one verb reports stays within its clause; the bound also keeps hostile input
    // ("Said Jane Doe …" forty thousand times in one sentence) from reporting the sentence
    // each time, and every scan below short.
    if (to - from > MAX_CONTENT) {
      if (from >= cueRef.cue.token) to = from + MAX_CONTENT;
      else from = to - MAX_CONTENT;
    }
    // What this verb reports ends where another verb in the sentence starts reporting: a
    // participle after a comma, a second verb after "and", a second speaker; or where a clause
    // of the writer's own begins (`…, and he railed against …`).
    if (from > cueRef.cue.last) to = beforeOwnClause(tokens, from, beforeNextReport(ctx, tokens, cues, k + 1, from, to));
    // "Sanders, who says the plan has failed, spoke …": the relative clause ends at its comma.
    if (ref.phrase.antecedent) {
      for (let j = from; j <= to; j++) {
        if (tokens[j].text === ',' && tokens[j].quote < 0) {
          to = j - 1;
          break;
        }
      }
    }
    const content = contentSpan(paragraph, from, to);
    if (!content) continue;
    ctx.result.reported.push({ ref: cueRef.ref, cue: cueRef, content, sentence: sentence.index, paragraph: paragraph.index });
    if (cueRef.also !== undefined) ctx.result.reported.push({ ref: cueRef.also, cue: cueRef, content, sentence: sentence.index, paragraph: paragraph.index });
  }
}

/**
 * Verbs whose object is whom the words were for, not the words: "thanked his deputies",
 * "interrupted the moderator". Their words are a quotation or a `that` clause; the object alone
 * reports nothing. Not "criticized the plan", "attacked Clinton's record": the corpus takes what
 * was criticised for what was said (leaving those out lost more of its relations than it kept right).
 */
const TARGET_VERBS = new Set(['thank', 'interrupt']);

/** `conceded in a short statement posted on Facebook`: a participle after the channel still describes it. */
function describesChannel(tokens: readonly Token[], cueRef: CueRef, after: number): boolean {
  return after === cueRef.cue.last + 1 && cueRef.cue.last > cueRef.cue.token && describingParticiple(tokens, after);
}

/** Whether the verb at `verb` is denied: `did not say`, `never said`, `didn't mention`, `would not say`. */
export function negated(tokens: readonly Token[], verb: number): boolean {
  for (let j = verb - 1; j >= 0 && verb - j <= 2; j--) {
    const w = tokens[j].lower;
    if (w === 'not' || w === 'never' || /n[’']t$/.test(w)) return true;
    if (tokens[j].kind !== 'word' || !/ly$/.test(w)) break;
  }
  return false;
}

/** Words after a tag's comma that say when or how it was said, not more of what: `, as …`, `, adding …`. */
const AFTER_TAG = new Set(['as', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'during', 'according', 'citing', 'though', 'although', 'because', 'since', 'until', 'where', 'who', 'which', 'and', 'but']);

/**
 * `In his state, Christie said, nonviolent offenders are sent to treatment`: after the tag at
 * `at`, a comma and a clause that goes on with the reported words (more than a few of them).
 */
function contentGoesOn(tokens: readonly Token[], at: number, end: number): boolean {
  const comma = tokens[at];
  const next = tokens[at + 1];
  if (comma?.text !== ',' || !next || next.kind !== 'word' || next.quote >= 0 || AFTER_TAG.has(next.lower) || SOURCE_DESCRIPTIONS.has(next.lower) || /ing$/.test(next.lower)) return false;
  return end - (at + 1) >= 4;
}

/** Words that open a description of the source after its comma: `…, according to Cal Fire, known as …`, `…, based in Geneva`. */
const SOURCE_DESCRIPTIONS = new Set(['known', 'based', 'led', 'founded', 'headquartered', 'formerly', 'also', 'now', 'once']);

/** Subject pronouns that open a clause of the writer's after a comma: `…, and he railed against …`, `…, he appears uneasy`. */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Words after a comma that open a clause set against the reported one: `…, while about 4 in 10 want …`. */
const CONTRASTS = new Set(['while', 'whereas']);

/**
 * `to`, or the last token before a clause of the writer's in (from, to]: after a semicolon,
 * after a comma and "while", or after a comma (and "and" or "but") with a pronoun subject.
 */
function beforeOwnClause(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    if (tokens[j].quote >= 0) continue;
    if (tokens[j].text === ';') return j - 1;
    if (tokens[j].text !== ',') continue;
    if (CONTRASTS.has(tokens[j + 1]?.lower ?? '')) return j - 1;
    const conjunction = tokens[j + 1]?.lower === 'and' || tokens[j + 1]?.lower === 'but';
    const subject = tokens[conjunction ? j + 2 : j + 1];
    if (subject && CLAUSE_PRONOUNS.has(subject.lower) && subject.quote < 0) return j - 1;
  }
  return to;
}

/**
 * `to`, or the last token before the next report in tokens (from, to], looking at the cues
 * from index `next`: a participle after a comma (`…, conceding the race`), a verb after "and"
 * (`… and warned against hackers`), or a speaker after a comma or "and" (`…, and
 * three-quarters said the same`).
 */
function beforeNextReport(ctx: AttributionContext, tokens: readonly Token[], cues: readonly CueRef[], next: number, from: number, to: number): number {
  const joins = (j: number): boolean => tokens[j] !== undefined && (tokens[j].text === ',' || DASHES.has(tokens[j].text) || tokens[j].lower === 'and' || tokens[j].lower === 'but');
  // The paragraph's cues are in token order: those after this one, up to the content's end.
  for (let k = next; k < cues.length && cues[k].cue.token <= to; k++) {
    const c = cues[k];
    if (c.cue.token <= from) continue;
    // "… and called him "…"", "… but added, "…"": the subject's next verb, naming ones too.
    const before = tokens[c.cue.token - 1]?.lower;
    if ((before === 'and' || before === 'but') && c.cue.token - 1 > from) return c.cue.token - 2;
    if (c.cue.naming) continue;
    if (c.cue.participle && tokens[c.cue.token - 1]?.text === ',') return c.cue.token - 2;
    if (c.ref === null) continue;
    const speaker = ctx.result.refs[c.ref].phrase;
    if (speaker.first > from && speaker.last < c.cue.token && joins(speaker.first - 1)) {
      let end = speaker.first - 1;
      while (end > from && joins(end)) end--;
      return end;
    }
  }
  return to;
}

/**
 * Prepositions that open a phrase saying where, when or how something was said, not what.
 * `to` opens an addressee (`wrote to shareholders that …`) or the words themselves (`said to expect cuts`).
 * Not `about` and `with` (`joked about moving`, `agreed with the analysis` name a topic the
 * verb reports), nor the conjunctions that open a clause of the content (`said while he …`).
 */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'to', 'during', 'before', 'after', 'aboard', 'from', 'via', 'through', 'outside', 'inside', 'near', 'into', 'onto', 'upon', 'by', 'without']);
/** How far a `that` may stand after such a phrase's first word: `in an interview with CNN on Sunday that`. */
const ADVERBIAL_REACH = 14;

/**
 * The first `that` outside quotations in tokens [from, to), before any comma or quotation;
 * -1 when there is none. With `pastTitles`, a quotation right after a possessive is a show's
 * title and is passed over (`MSNBC's "Morning Joe" that`).
 */
function thatWithin(tokens: readonly Token[], from: number, to: number, pastTitles = false): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.quote >= 0) {
      const previous = tokens[j - 1];
      if (pastTitles && previous !== undefined && (previous.kind === 'possessive' || previous.quote === t.quote)) continue;
      return -1;
    }
    if (t.text === ',' || t.text === ';') return -1;
    if (t.lower === 'that') return j;
  }
  return -1;
}

/** Verbs that report in `As X said, …`; others there tell a time (`As the crowd chanted, …`). */
const AS_REPORTED = new Set(['say', 'report', 'note', 'write', 'put it', 'point out', 'explain', 'reveal', 'mention', 'observe', 'argue', 'suggest', 'show', 'find', 'indicate', 'tell', 'add', 'warn', 'predict', 'acknowledge', 'concede', 'recall', 'state', 'declare', 'announce', 'confirm', 'emphasize', 'stress', 'insist']);
/** Time words that may stand between such a verb and its comma: `As Lund said last week, …`, `As I mentioned above, …`. */
const TIME_AFTER_VERB = new Set(['last', 'earlier', 'this', 'yesterday', 'today', 'recently', 'previously', 'once', 'back', 'just', 'above', 'here', 'then']);

/** The first comma outside quotations in tokens [from, to); -1 when there is none. */
function commaWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (tokens[j].quote >= 0) return -1;
    if (tokens[j].text === ',') return j;
  }
  return -1;
}

/** Past `a regional nonprofit,` at `from`: an indefinite article, plain words and a noun that names a body, then a comma. Not `a man, 34,`. */
function pastIndefiniteAppositive(tokens: readonly Token[], from: number, end: number): number {
  if (tokens[from]?.lower !== 'a' && tokens[from]?.lower !== 'an') return from;
  for (let j = from + 1; j < end && j <= from + APPOSITIVE_WORDS; j++) {
    const t = tokens[j];
    if (t.text === ',') return j > from + 1 && isBodyNoun(tokens[j - 1].lower) ? skipPunct(tokens, j, end) : from;
    if (t.kind !== 'word' || t.cap || t.quote >= 0) return from;
  }
  return from;
}
const APPOSITIVE_WORDS = 5;

function skipPunct(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < end && tokens[j].kind === 'punct' && tokens[j].quote < 0) j++;
  return j;
}

/** The content between two tokens, trimmed of punctuation; null when it is too short or only a quotation. */
function contentSpan(paragraph: ParagraphInfo, from: number, to: number): Span | null {
  const tokens = paragraph.tokens;
  from = afterDateline(tokens, from, to);
  while (from <= to && tokens[from].kind === 'punct' && tokens[from].quote < 0) from++;
  while (to >= from && tokens[to].kind === 'punct' && tokens[to].quote < 0) to--;
  if (to < from) return null;
  const { words, quoted } = paragraph.lookup.words(from, to);
  if (words < 2 || (quoted === words && tokens[from].quote === tokens[to].quote)) return null;
  return { start: tokens[from].start, end: tokens[to].end };
}

