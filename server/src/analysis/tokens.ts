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

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\d+(?:-[\p{L}]+)+|\$?\d+(?:[,.\/:-]\d+)*(?:%|st|nd|rd|th|s)?|\S/gu;
const UPPER = /\p{Lu}/u;

export function tokenize(prose: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(prose)) && match.index < end) {
    let text = match[0];
    let at = match.index;
    if (at + text.length > end) text = text.slice(0, end - at);
    const first = text.charCodeAt(0);
    if (isLetter(first) || (first > 127 && /[\p{L}]/u.test(text[0])) || /^\d+-\p{L}/u.test(text)) {
      if (prose.charCodeAt(at + text.length) === 46 /* . */ && at + text.length < end && keepsPeriod(text, prose, at + text.length + 1)) {
        text += '.';
        TOKEN.lastIndex = at + text.length;
      }
      const possessive = /['’][sS]$/.exec(text);
      if (possessive && text.length > 2) {
        const stem = text.slice(0, -2);
        tokens.push(word(stem, at, 'word'));
        at += stem.length;
        tokens.push(word(text.slice(-2), at, 'possessive'));
        continue;
      }
      tokens.push(word(text, at, 'word'));
    } else if (first >= 48 && first <= 57 || first === 36 /* $ */ && text.length > 1) {
      tokens.push(word(text, at, 'number'));
    } else {
      tokens.push(word(text, at, 'punct'));
    }
  }
  return tokens;
}

function word(text: string, start: number, kind: TokenKind): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase(), kind, cap: kind === 'word' && UPPER.test(text[0]), quote: -1 };
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a word followed by a period keeps it: known abbreviations, dotted acronyms, single initials. */
function keepsPeriod(text: string, prose: string, after: number): boolean {
  if (text.includes('.')) return true; // U.S, D.C, a.m
  const lower = text.toLowerCase();
  if (text.length === 1) return UPPER.test(text);
  // "No. 2" is an abbreviation; "the answer was no." is not.
  if (lower === 'no' || lower === 'nos') return /^\s*\d/.test(prose.slice(after, after + 3));
  if (NON_TERMINAL.has(lower)) return true;
  // State and company abbreviations only when capitalised: "Pa." is Pennsylvania, "ill." ends a sentence.
  return TERMINAL.has(lower) && UPPER.test(text[0]);
}

/** The abbreviation class of a token that kept its period. */
export function abbreviationKind(token: Token): 'non-terminal' | 'terminal' | 'initial' | null {
  if (!token.text.endsWith('.') || token.kind !== 'word') return null;
  const bare = token.lower.slice(0, -1);
  if (bare.length === 1) return 'initial';
  if (NON_TERMINAL.has(bare)) return 'non-terminal';
  return 'terminal';
}
