/**
 * Words, numbers and punctuation of a stretch of prose, with offsets into the file.
 * Abbreviations keep their period (`Sen.`, `U.S.`, `J.`) so later steps can tell a title
 * from a sentence end; a possessive `’s` is its own token so `O’Malley’s campaign` parses.
 */
import { NON_TERMINAL, TERMINAL } from './lexicon/abbreviations';

export type TokenKind = 'word' | 'number' | 'punct' | 'possessive';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the quote this token lies inside, or -1. Set once quotes are known. */
  quote: number;
}

/**
 * A hand-written scanner rather than one Unicode regex: it runs on every keystroke and over
 * whole corpora, and reading char codes with a per-code class cache is several times faster.
 *   word:   a letter, then letters/digits, joined by ' ’ - . & (don't, O’Malley, U.S, AT&T)
 *   word:   digits joined to letters by hyphens (43-year-old)
 *   number: $? digits joined by , . / : - and an optional %, st, nd, rd, th or s
 *   punct:  any other single character (a whole surrogate pair)
 */
export function tokenize(prose: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c > 127 && classOf(c) === SPACE)) {
      i++;
      continue;
    }
    const at = i;
    const lowerAscii = c >= 97 && c <= 122;
    if (lowerAscii || classOf(c) === LETTER) {
      mixedCase = !lowerAscii;
      i = wordEnd(prose, i + 1, end);
      let text = prose.slice(at, i);
      if (i < end && prose.charCodeAt(i) === 46 /* . */ && keepsPeriod(text, prose, i + 1)) {
        text += '.';
        i++;
      }
      // Most words are plain lower-case ASCII and are their own lower case: no call, no copy.
      const lower = mixedCase ? text.toLowerCase() : text;
      const cap = !lowerAscii && isUpper(c);
      const last = text.charCodeAt(text.length - 1);
      const apostrophe = text.charCodeAt(text.length - 2);
      if (text.length > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 8217)) {
        tokens.push(token(text.slice(0, -2), lower.slice(0, -2), at, 'word', cap));
        tokens.push(token(text.slice(-2), lower.slice(-2), at + text.length - 2, 'possessive', false));
      } else {
        tokens.push(token(text, lower, at, 'word', cap));
      }
      continue;
    }
    const dollar = c === 36 && i + 1 < end && isDigit(prose.charCodeAt(i + 1));
    if (isDigit(c) || dollar) {
      i = digitsEnd(prose, dollar ? i + 1 : i, end);
      // 43-year-old: digits hyphenated to letters make a word.
      if (!dollar && prose.charCodeAt(i) === 45 && i + 1 < end && classOf(prose.charCodeAt(i + 1)) === LETTER) {
        while (i < end && prose.charCodeAt(i) === 45 && i + 1 < end && classOf(prose.charCodeAt(i + 1)) === LETTER) {
          i += 2;
          while (i < end && classOf(prose.charCodeAt(i)) === LETTER) i++;
        }
        const text = prose.slice(at, i);
        tokens.push(token(text, text.toLowerCase(), at, 'word', false));
        continue;
      }
      while (i + 1 < end && (prose.charCodeAt(i) === 44 || prose.charCodeAt(i) === 46 || prose.charCodeAt(i) === 47 || prose.charCodeAt(i) === 58 || prose.charCodeAt(i) === 45) && isDigit(prose.charCodeAt(i + 1))) {
        i = digitsEnd(prose, i + 1, end);
      }
      i = numberSuffixEnd(prose, i, end);
      const text = prose.slice(at, i);
      // A number's suffixes are read in lower case only; it has no case to lower.
      tokens.push(token(text, text, at, 'number', false));
      continue;
    }
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const text = prose.slice(at, i);
    tokens.push(token(text, text, at, 'punct', false));
  }
  return tokens;
}

/**
 * Whether the word `wordEnd` last read has a letter that may not be lower case. A flag beside
 * the scan rather than a second pass over each word: lowering words took a quarter of the
 * tokenizer's time when it was a pass of its own.
 */
let mixedCase = false;

function wordEnd(prose: string, i: number, end: number): number {
  for (;;) {
    while (i < end) {
      const c = prose.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      if (c >= 65 && c <= 90) {
        mixedCase = true;
        i++;
        continue;
      }
      if (c < 128) break;
      const cls = classOf(c);
      if (cls !== LETTER && cls !== DIGIT) break;
      mixedCase = true;
      i++;
    }
    const joiner = prose.charCodeAt(i);
    if (i + 1 < end && (joiner === 39 || joiner === 8217 || joiner === 45 || joiner === 46 || joiner === 38)) {
      const next = classOf(prose.charCodeAt(i + 1));
      if (next === LETTER || next === DIGIT) {
        i += 1; // the letter after the joiner is read by the loop, which notes its case
        continue;
      }
    }
    return i;
  }
}

function digitsEnd(prose: string, i: number, end: number): number {
  while (i < end && isDigit(prose.charCodeAt(i))) i++;
  return i;
}

function numberSuffixEnd(prose: string, i: number, end: number): number {
  const c = prose.charCodeAt(i);
  if (c === 37 /* % */) return i + 1;
  const two = prose.slice(i, i + 2);
  if ((two === 'st' || two === 'nd' || two === 'rd' || two === 'th') && i + 2 <= end) return i + 2;
  if (c === 115 /* s */ && i < end) return i + 1;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const UNKNOWN = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
const classes = new Uint8Array(65536);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const WHITE = /\s/u;

/** The class of a UTF-16 code unit, computed once per unit and cached: letters, digits, spaces, other. */
function classOf(c: number): number {
  let cls = classes[c];
  if (cls === UNKNOWN) {
    const ch = String.fromCharCode(c);
    cls = LETTER_OR_MARK.test(ch) ? LETTER : NUMBER.test(ch) ? DIGIT : WHITE.test(ch) ? SPACE : OTHER;
    classes[c] = cls;
  }
  return cls;
}

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(String.fromCharCode(c));
}

function token(text: string, lower: string, start: number, kind: TokenKind, cap: boolean): Token {
  return { start, end: start + text.length, text, lower, kind, cap, quote: -1 };
}

/** Whether a word followed by a period keeps it: known abbreviations, dotted acronyms, single initials. */
function keepsPeriod(text: string, prose: string, after: number): boolean {
  if (text.includes('.')) return true; // U.S, D.C, a.m
  // A party and state after a lawmaker's name: "(D-Wis.)", "Rep. Glenn Thompson, R-Pa., said".
  if (/^[DRI]-[A-Z][a-z]{1,4}$/.test(text) && (prose.charCodeAt(after) === 41 /* ) */ || prose.charCodeAt(after) === 44) /* , */) return true;
  const lower = text.toLowerCase();
  // "said on X." names the platform, and the period ends the sentence; elsewhere a capital and a period are an initial.
  if (text === 'X' && /(?:^|\s)(?:on|via)\s$/.test(prose.slice(Math.max(0, after - 6), after - 2))) return false;
  if (text.length === 1) return UPPER.test(text);
  // "No. 2" is an abbreviation; "the answer was no." is not.
  if (lower === 'no' || lower === 'nos') return /^\s*\d/.test(prose.slice(after, after + 3));
  if (NON_TERMINAL.has(lower)) return true;
  // State and company abbreviations only when capitalised: "Pa." is Pennsylvania, "ill." ends a sentence.
  return TERMINAL.has(lower) && UPPER.test(text[0]);
}

/**
 * Whether token `j` is an apostrophe closing the plural word it is attached to, outside
 * quotations, at or after token `floor`: `exporters'`, `the candidates’` (the tokenizer cannot
 * tell it from a closing single quote; the quotation scanner can, and marks those).
 */
export function isPluralApostrophe(tokens: readonly Token[], j: number, floor = 0): boolean {
  const t = tokens[j];
  const word = tokens[j - 1];
  return (t.text === "'" || t.text === '’') && t.quote < 0 && j - 1 >= floor && word.kind === 'word' && word.quote < 0 && word.end === t.start && /[^s]s$/i.test(word.text);
}

/** The abbreviation class of a token that kept its period. */
export function abbreviationKind(token: Token): 'non-terminal' | 'terminal' | 'initial' | null {
  if (token.kind !== 'word' || token.text.charCodeAt(token.text.length - 1) !== 46 /* . */) return null;
  const bare = token.lower.slice(0, -1);
  if (bare.length === 1) return 'initial';
  if (NON_TERMINAL.has(bare)) return 'non-terminal';
  return 'terminal';
}
