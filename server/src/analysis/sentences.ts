/**
 * Sentences of a paragraph, aware of abbreviations and of quotes: a period inside a
 * quotation does not end the sentence that carries it (`"We are ready. We will act," he
 * said.` is one sentence), and `Sen.`, `Jan.`, `No.`, `J.` never end one. `U.S.`, `D.C.`
 * and state abbreviations end a sentence only when a new one plainly starts after them.
 */
import { abbreviationKind, type Token } from './tokens';
import type { SentenceInfo } from './document';
import type { Span } from './model';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);
/** Marks that open the items of a list written as paragraph lines. */
const BULLETS = new Set(['~', '•', '·', '▪']);

/** Words that plainly start a new sentence after an abbreviation that may also end one. */
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'there', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'after', 'when', 'while', 'as', 'if', 'still',
  'yet', 'so', 'for', 'by', 'asked', 'according', 'meanwhile', 'however', 'officials', 'some', 'many', 'most',
  'one', 'two', 'since', 'during', 'before', 'last', 'earlier', 'later', 'now', 'then', 'what', 'who', 'why',
  'how', 'both', 'no', 'not', 'with', 'without', 'among', 'instead', 'under', 'over', 'from', 'to',
]);

export interface SentenceSpan extends Span {
  /** Index of the sentence's first token and one past its last, in the paragraph's token list. */
  firstToken: number;
  lastToken: number;
}

/**
 * Splits one paragraph. `quoteSpans` are the paragraph's quotations (sorted), which are never
 * split; the sentences are numbered from `firstIndex` (their index in the article).
 */
export function splitSentences(tokens: readonly Token[], quoteSpans: readonly Span[], firstIndex = 0): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  const add = (start: number, end: number, firstToken: number, lastToken: number): void => {
    let firstWord = firstToken;
    while (firstWord < lastToken && tokens[firstWord].kind === 'punct') firstWord++;
    sentences.push({ start, end, firstToken, lastToken, index: firstIndex + sentences.length, firstWord });
  };
  const inside = quoteCursor(quoteSpans);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Punctuation first: most tokens are words that end no sentence, and a word can only
    // end one as an abbreviation (it then ends with its kept period).
    const abbreviation = token.kind === 'punct' ? null : abbreviationKind(token);
    const terminates = abbreviation === null ? token.kind === 'punct' && TERMINATORS.has(token.text) : abbreviation === 'terminal';
    if (!terminates) continue;
    let last = i;
    while (last + 1 < tokens.length && (CLOSING.has(tokens[last + 1].text) || TERMINATORS.has(tokens[last + 1].text)) && tokens[last + 1].start === tokens[last].end) last++;
    const next = tokens[last + 1];
    if (!next) break;
    const boundary = tokens[last].end;
    if (inside(boundary)) continue;
    if (!startsSentence(next, tokens[last + 2], abbreviation)) continue;
    add(tokens[first].start, boundary, first, last + 1);
    first = last + 1;
    i = last;
  }
  if (first < tokens.length) add(tokens[first].start, tokens[tokens.length - 1].end, first, tokens.length);
  return sentences;
}

function startsSentence(next: Token, after: Token | undefined, abbreviation: ReturnType<typeof abbreviationKind>): boolean {
  if (abbreviation === 'non-terminal' || abbreviation === 'initial') return false;
  // "… victories.\n~ So looks like …": a bullet opens a new line's sentence like a capital.
  if (BULLETS.has(next.text) && abbreviation === null) return true;
  const opens = OPENING.has(next.text);
  const word = opens && after ? after : next;
  const capital = word.cap || word.kind === 'number' || (opens && word === next);
  // "the U.S. "does not have the capacity"": a quotation opening in lower case goes on with the sentence.
  if (abbreviation === 'terminal') return opens ? !(word.kind === 'word' && !word.cap && word !== next) : word.cap && STARTERS.has(word.lower);
  return capital || opens;
}

/**
 * Whether an offset lies strictly inside one of the (sorted, disjoint) quotations. Offsets are
 * asked in increasing order, so a cursor walks the list once.
 */
function quoteCursor(quoteSpans: readonly Span[]): (offset: number) => boolean {
  let k = 0;
  return (offset) => {
    while (k < quoteSpans.length && quoteSpans[k].end <= offset) k++;
    return k < quoteSpans.length && quoteSpans[k].start < offset && offset < quoteSpans[k].end;
  };
}
