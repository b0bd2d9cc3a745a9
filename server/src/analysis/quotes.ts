/**
 * Quote marks, paired into quotations paragraph by paragraph (before any sentence splitting,
 * as CoreNLP does). Directed curly marks say which way they face; a straight `"` is judged
 * by its neighbours; a mark facing the wrong way is read by the state it arrives in.
 * Single marks are quotes only inside a double-quoted quotation; elsewhere they are
 * apostrophes (don't, ministers', ’90s) or a headline's scare quotes. Two apostrophes in a
 * row (`''We are done,'' she said`) are one straight double mark: typewriter copy and
 * newspaper archives (The New York Times's among them) set quotations that way.
 *
 * A paragraph that ends inside a quotation is a multi-paragraph quote when the next
 * paragraph opens with a quote mark (the newsroom convention), and unbalanced otherwise.
 */
import { matchFinder } from './markdown';
import type { Paragraph, QuoteMarkProblem, Span } from './model';

export interface RawQuote {
  start: number;
  end: number;
  /** `"`, `“`, `„`, `«`, or `''` (two apostrophes, one mark). */
  openMark: string;
  /** Inside the marks: from after the opening mark to the closing mark (or the quote's end). */
  content: Span;
  close: Span | null;
  paragraph: number;
  nested: Span[];
  /** Index (in the returned list) of the quote this one continues from the previous paragraph. */
  continues: number | null;
  continuedInNextParagraph: boolean;
  unclosed: boolean;
}

export interface QuoteScan {
  quotes: RawQuote[];
  problems: QuoteMarkProblem[];
}

const DOUBLE_MARK = /''|["\u201c\u201d\u201e\u00ab\u00bb]/g;
/** Two apostrophes standing for one straight double mark. */
export const DOUBLED_APOSTROPHES = "''";
const OPENERS = '([{—–-/‘“\'"«„';
const CLOSERS = '.,;:!?)]}—–-…’”\'"»';

type Direction = 'open' | 'close' | 'either';

export function scanQuotes(prose: string, paragraphs: readonly Paragraph[]): QuoteScan {
  const quotes: RawQuote[] = [];
  const problems: QuoteMarkProblem[] = [];
  let carried: number | null = null; // a quote left open at the end of the previous paragraph
  const nextDoubleMark = matchFinder(prose, DOUBLE_MARK);

  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let open: OpenMark | null = null;
    if (carried !== null) {
      // The previous paragraph promised a continuation: this paragraph opens with a quote mark.
      const first = firstMark(prose, start, end);
      if (first >= 0) {
        open = { at: first, mark: markAt(prose, first), continues: carried };
      }
      carried = null;
    }
    let at = open ? open.at + open.mark.length - 1 : start - 1;
    while ((at = nextDoubleMark(at + 1, end)) >= 0) {
      // `'ridiculous.'''`: a nested quote's closing apostrophe, then the double mark.
      if (open !== null && prose.startsWith("'''", at)) at++;
      const mark = markAt(prose, at);
      if (mark === DOUBLED_APOSTROPHES && !pairFaces(prose, at, start, end, open !== null)) {
        // Two apostrophes with nothing to say which way they face are no quote mark.
        at++;
        continue;
      }
      const direction = markDirection(prose, at, mark.length, start, end, open !== null);
      if (open === null) {
        if (direction === 'close') {
          if (!isInchMark(prose, at, start)) problems.push({ kind: 'stray-close', start: at, end: at + mark.length });
        } else {
          open = { at, mark, continues: null };
        }
      } else if (direction === 'open' && !(isStraight(mark) && isStraight(open.mark) && closesAnyway(prose, at, mark, end))) {
        // A second opening mark while one is open: the first was never closed.
        const cut = trimEnd(prose, open.at, at);
        quotes.push(makeQuote(prose, open, cut, null, p, true));
        problems.push({ kind: 'unclosed', start: open.at, end: open.at + open.mark.length });
        open = { at, mark, continues: null };
      } else {
        quotes.push(makeQuote(prose, open, at + mark.length, { start: at, end: at + mark.length }, p, false));
        open = null;
      }
      at += mark.length - 1;
    }
    if (open !== null) {
      const continued = nextParagraphOpensWithQuote(prose, paragraphs, p);
      const quote = makeQuote(prose, open, trimEnd(prose, open.at, end), null, p, !continued);
      quote.continuedInNextParagraph = continued;
      quotes.push(quote);
      if (continued) carried = quotes.length - 1;
      else problems.push({ kind: 'unclosed', start: open.at, end: open.at + open.mark.length });
    }
  }
  return { quotes, problems };
}

interface OpenMark {
  at: number;
  mark: string;
  continues: number | null;
}

/** The double mark at `at`, where the mark finder stopped: one character, or two apostrophes. */
function markAt(prose: string, at: number): string {
  return prose.startsWith(DOUBLED_APOSTROPHES, at) ? DOUBLED_APOSTROPHES : prose[at];
}

/** `"` and the two apostrophes that stand for it. */
export function isStraight(mark: string): boolean {
  return mark === '"' || mark === DOUBLED_APOSTROPHES;
}

function makeQuote(
  prose: string,
  open: OpenMark,
  end: number,
  close: Span | null,
  paragraph: number,
  unclosed: boolean,
): RawQuote {
  const content = { start: Math.min(open.at + open.mark.length, end), end: close ? close.start : end };
  return {
    start: open.at,
    end,
    openMark: open.mark,
    content,
    close,
    paragraph,
    nested: nestedQuotes(prose, content.start, content.end),
    continues: open.continues,
    continuedInNextParagraph: false,
    unclosed,
  };
}

/** Which way a double mark `width` characters wide faces, from its own shape and its neighbours. */
function markDirection(prose: string, at: number, width: number, start: number, end: number, isOpen: boolean): Direction {
  const mark = prose[at];
  const before = at > start ? prose[at - 1] : ' ';
  const after = at + width < end ? prose[at + width] : ' ';
  const openContext = isSpace(before) || OPENERS.includes(before);
  const closeContext = isSpace(after) || CLOSERS.includes(after);
  if (mark === '“' || mark === '„' || mark === '«') {
    // An opening curly mark that ends a word where a quote is open was typed the wrong way round.
    return isOpen && closeContext && !openContext ? 'close' : 'open';
  }
  if (mark === '”' || mark === '»') {
    return !isOpen && openContext && !closeContext ? 'open' : 'close';
  }
  if (openContext && !closeContext) return 'open';
  if (closeContext && !openContext) return 'close';
  return isOpen ? 'close' : 'open';
}

/**
 * A straight mark that looks like an opening one while a straight quote is open: in
 * `"he said "no" to me"` style nesting, or a closing mark before a dash. It closes the open
 * quote when no other mark of its kind follows in the paragraph to close a new one.
 */
function closesAnyway(prose: string, at: number, mark: string, end: number): boolean {
  const next = prose.indexOf(mark, at + mark.length);
  return next < 0 || next >= end;
}

/**
 * Whether two apostrophes at `at` face one way, as a quote mark must: space or an opening
 * bracket before and a word after, or the reverse. With space on both sides they may only
 * close an open quotation (`'anything,' ''`); between two letters (`ministers''don't`) they
 * are a slip of the keyboard, and neither is an error.
 */
function pairFaces(prose: string, at: number, start: number, end: number, isOpen: boolean): boolean {
  const before = at > start ? prose[at - 1] : ' ';
  const after = at + 2 < end ? prose[at + 2] : ' ';
  const openContext = isSpace(before) || OPENERS.includes(before);
  const closeContext = isSpace(after) || CLOSERS.includes(after);
  return openContext !== closeContext || (isOpen && openContext);
}

/** `5'11"` and `a 12" screen`: a straight mark after a digit with nothing open is a unit. */
function isInchMark(prose: string, at: number, start: number): boolean {
  return prose[at] === '"' && at > start && /\d/.test(prose[at - 1]);
}

function firstMark(prose: string, start: number, end: number): number {
  let p = start;
  while (p < end && isSpace(prose[p])) p++;
  // Emphasis or a list marker may come first once masked to spaces; a quote mark must come next.
  return p < end && ('"“„«'.includes(prose[p]) || prose.startsWith(DOUBLED_APOSTROPHES, p)) ? p : -1;
}

function nextParagraphOpensWithQuote(prose: string, paragraphs: readonly Paragraph[], p: number): boolean {
  const next = paragraphs[p + 1];
  if (!next || next.kind !== 'paragraph' || paragraphs[p].kind !== 'paragraph') return false;
  return firstMark(prose, next.start, next.end) >= 0;
}

function trimEnd(prose: string, from: number, to: number): number {
  let end = to;
  while (end > from + 1 && isSpace(prose[end - 1])) end--;
  return end;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

const LETTER = /[\p{L}\p{N}]/u;

/** Quotes in single marks inside a quotation, telling them from apostrophes. */
function nestedQuotes(prose: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let p = from; p < to; p++) {
    const ch = prose[p];
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const before = p > from ? prose[p - 1] : ' ';
    const after = p + 1 < to ? prose[p + 1] : ' ';
    const letterBefore = LETTER.test(before);
    const letterAfter = LETTER.test(after);
    if (letterBefore && letterAfter) continue; // don't, O’Malley
    if (open < 0) {
      if (ch === '’' && !letterAfter) continue; // ministers’ — a plural possessive
      if (/\d/.test(after) && (ch === '’' || ch === "'")) continue; // ’90s
      if (letterAfter && (isSpace(before) || OPENERS.includes(before) || p === from)) open = p;
    } else if (!letterAfter && (ch === '’' || ch === "'")) {
      spans.push({ start: open, end: p + 1 });
      open = -1;
    }
  }
  return spans;
}
