/** Reported speech without quote marks: `X said (that) …`, `…, X said.`, `according to X, …`. */
import type { AttributionContext, CueRef } from './attributionTypes';
import { sentenceOfToken, type ParagraphInfo } from './document';
import type { Span } from './model';
import { skipTime } from './speakers';
import type { Token } from './tokens';

/** The longest content one reporting verb is read to govern, in tokens. */
const MAX_CONTENT = 120;

/**
 * `tags` are the cues that tag a whole quotation (`"…," Hollande said as he entered the talks`):
 * the quotation is what they report, and the words around them other than a `that` clause
 * tell where and how it was said, not more of what was said.
 */
export function findReportedSpeech(ctx: AttributionContext, paragraph: ParagraphInfo, cues: readonly CueRef[], tags: ReadonlySet<CueRef>): void {
  const tokens = paragraph.tokens;
  for (const cueRef of cues) {
    if (cueRef.ref === null || cueRef.cue.naming) continue;
    const tag = tags.has(cueRef);
    const ref = ctx.result.refs[cueRef.ref];
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
      let after = skipTime(tokens, cueRef.cue.last + 1, sentence.lastToken - 1);
      // "said at a news conference on Tuesday that …": the content starts after the `that`;
      // "said during Sunday's debate", "said in Palm Springs" report no words at all.
      if (after < sentence.lastToken && ADVERBIAL_OPENERS.has(tokens[after].lower)) {
        const that = thatWithin(tokens, after + 1, Math.min(sentence.lastToken, after + 1 + ADVERBIAL_REACH));
        if (that < 0) continue;
        after = that;
      }
      const next = tokens[after];
      if (after < sentence.lastToken && next.lower === 'that') {
        from = after + 1;
        to = sentence.lastToken - 1;
      } else if (tag) {
        continue;
      } else if (after < sentence.lastToken && next.quote < 0 && next.text !== ':' && next.text !== ',' && next.text !== '.' && !cueRef.cue.belief) {
        from = after;
        to = sentence.lastToken - 1;
      } else if (first > sentence.firstToken && tokens[first - 1].text === ',' && (after >= sentence.lastToken || /^[.!?,;]$/.test(next.text))) {
        // "CONTENT, X said." and "CONTENT, X said on Tuesday, as …"
        from = sentence.firstToken;
        to = first - 2;
      } else {
        continue;
      }
    } else {
      // "CONTENT, said X."
      if (tag || cueRef.cue.token - 1 < sentence.firstToken || tokens[cueRef.cue.token - 1].text !== ',') continue;
      from = sentence.firstToken;
      to = cueRef.cue.token - 2;
    }
    // "Sanders, who says the plan has failed, spoke …": the relative clause ends at its comma.
    if (ref.phrase.antecedent) {
      for (let j = from; j <= to; j++) {
        if (tokens[j].text === ',' && tokens[j].quote < 0) {
          to = j - 1;
          break;
        }
      }
    }
    // What one verb reports stays within its clause; the bound also keeps hostile input
    // ("Said Jane Doe …" forty thousand times in one sentence) from reporting the sentence each time.
    if (to - from > MAX_CONTENT) {
      if (from >= cueRef.cue.token) to = from + MAX_CONTENT;
      else from = to - MAX_CONTENT;
    }
    const content = contentSpan(paragraph, from, to);
    if (!content) continue;
    ctx.result.reported.push({ ref: cueRef.ref, cue: cueRef, content, sentence: sentence.index, paragraph: paragraph.index });
  }
}

/**
 * Prepositions that open a phrase saying where, when or how something was said, not what.
 * Not `about` and `with` (`joked about moving`, `agreed with the analysis` name a topic the
 * verb reports), nor the conjunctions that open a clause of the content (`said while he …`).
 */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'before', 'after', 'aboard', 'from', 'via', 'through', 'outside', 'inside', 'near', 'into', 'onto', 'upon', 'by', 'without']);
/** How far a `that` may stand after such a phrase's first word: `in an interview with CNN on Sunday that`. */
const ADVERBIAL_REACH = 14;

/** The first `that` outside quotations in tokens [from, to), before any comma; -1 when there is none. */
function thatWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.quote >= 0 || t.text === ',' || t.text === ';') return -1;
    if (t.lower === 'that') return j;
  }
  return -1;
}

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

/**
 * A story's first sentence opens with its dateline (`WASHINGTON, Aug 19 (Reuters) -`,
 * `BRUSSELS —`): not part of what anyone said.
 */
const LOWER_CASE = /\p{Ll}/u;

function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  let capitals = true;
  for (let j = from; j < to && j < from + 14; j++) {
    const t = tokens[j];
    const dash = tokens[j + 1]?.text === '-' || tokens[j + 1]?.text === '—' || tokens[j + 1]?.text === '–';
    if (t.text === ')' && dash && tokens[j - 2]?.text === '(') return j + 2;
    // A place in capitals, then a dash: "BRUSSELS —", "ST. LOUIS, Mo. —" stops at the state.
    capitals &&= t.text === ',' || (t.kind === 'word' && t.cap && !LOWER_CASE.test(t.text));
    if (capitals && dash) return j + 2;
  }
  return from;
}
