/**
 * The body's Markdown structure, read with exact offsets: blocks (paragraphs, headings,
 * code, HTML, tables, breaks) inside block quotes and lists, and the inline spans that are
 * not prose (code, comments, HTML tags, link destinations).
 *
 * The result includes `prose`: a copy of the whole file, the same length, in which
 * everything that is not prose (front matter, code, comments, markup characters) is
 * replaced by spaces. Later steps read `prose` and report offsets that hold for the file,
 * so code and comments are never read as sentences and no offset needs mapping back.
 *
 * This is a CommonMark block scanner written for this purpose rather than a general
 * Markdown library: the general ones either lack inline offsets or cost ten times the
 * whole analysis budget (see the README's dependency notes). Its block decisions are
 * checked against mdast-util-from-markdown in the tests.
 */
import type { Block, HtmlComment, InlineSpan } from './model';

export interface MarkdownStructure {
  blocks: Block[];
  inline: InlineSpan[];
  comments: HtmlComment[];
  prose: string;
}

interface Line {
  start: number;
  /** End of the line's content, before the line break. */
  end: number;
  /** Offset where the content starts after container markers (`>`, list markers) and indentation. */
  contentStart: number;
  quoteDepth: number;
  inList: boolean;
  /** The line opens a list item. */
  listStart: boolean;
  blank: boolean;
  /** Columns of indentation before the content, a tab reaching the next multiple of four. */
  indent: number;
}

const FENCE = /^(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?=[ \t]|$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const HTML_BLOCK_START = /^<\/?(?:address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|script|style|table|tbody|td|tfoot|th|thead|tr|tweet|ul|video|audio|embed)(?:[\s/>]|$)/i;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;
const TABLE_DELIMITER = /^\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/;

export function parseMarkdown(text: string, bodyStart: number): MarkdownStructure {
  const lines = splitLines(text, bodyStart);
  const blocks: Block[] = [];
  const comments: HtmlComment[] = [];
  const masks: Array<[number, number]> = [[0, bodyStart]];
  const commentClose = commentCloser(text);
  let i = 0;

  const push = (kind: Block['kind'], first: Line, last: Line, level = 0): void => {
    blocks.push({ kind, start: first.contentStart, end: last.end, level, inBlockQuote: first.quoteDepth > 0, inList: first.inList });
  };

  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) {
      i++;
      continue;
    }
    const content = text.slice(line.contentStart, line.end);
    const fence = FENCE.exec(content);
    if (fence) {
      const marker = fence[1];
      let j = i + 1;
      while (j < lines.length && !closesFence(text.slice(lines[j].contentStart, lines[j].end), marker)) j++;
      const last = lines[Math.min(j, lines.length - 1)];
      push('code', line, last);
      masks.push([line.start, last.end]);
      i = j + 1;
      continue;
    }
    if (content.startsWith('<!--')) {
      const close = commentClose(line.contentStart + 4);
      const end = close < 0 ? text.length : close + 3;
      let j = i;
      while (j + 1 < lines.length && lines[j].end < end) j++;
      const last = lines[j];
      comments.push({ start: line.contentStart, end, body: commentBody(text, line.contentStart, end) });
      // Text after `-->` on the same line is prose again in CommonMark only for a new block; keep it simple.
      push('html', line, last);
      masks.push([line.start, Math.max(end, last.end)]);
      i = j + 1;
      continue;
    }
    if (HTML_BLOCK_START.test(content)) {
      let j = i;
      while (j + 1 < lines.length && !lines[j + 1].blank) j++;
      push('html', line, lines[j]);
      masks.push([line.start, lines[j].end]);
      i = j + 1;
      continue;
    }
    if (line.indent >= 4 && line.quoteDepth === 0 && !line.inList && (i === 0 || lines[i - 1].blank)) {
      let j = i;
      while (j + 1 < lines.length && (lines[j + 1].blank || lines[j + 1].indent >= 4)) j++;
      while (lines[j].blank) j--;
      push('code', line, lines[j]);
      masks.push([line.start, lines[j].end]);
      i = j + 1;
      continue;
    }
    const atx = ATX.exec(content);
    if (atx) {
      push('heading', line, line, atx[0].length);
      masks.push([line.start, line.contentStart + atx[0].length]);
      const closing = /[ \t]#+[ \t]*$/.exec(content);
      if (closing) masks.push([line.contentStart + closing.index, line.end]);
      i++;
      continue;
    }
    if (THEMATIC.test(content)) {
      push('thematicBreak', line, line);
      masks.push([line.start, line.end]);
      i++;
      continue;
    }
    if (LINK_DEFINITION.test(content)) {
      push('html', line, line);
      masks.push([line.start, line.end]);
      i++;
      continue;
    }
    if (content.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(text.slice(lines[i + 1].contentStart, lines[i + 1].end))) {
      let j = i + 1;
      while (j + 1 < lines.length && !lines[j + 1].blank && text.slice(lines[j + 1].contentStart, lines[j + 1].end).includes('|')) j++;
      push('table', line, lines[j]);
      masks.push([line.start, lines[j].end]);
      i = j + 1;
      continue;
    }
    // A paragraph: runs until a blank line, a change of container, or a line that starts another block.
    let j = i;
    let setextLevel = 0;
    while (j + 1 < lines.length) {
      const next = lines[j + 1];
      if (next.blank || next.listStart || next.quoteDepth !== line.quoteDepth) break;
      const nextContent = text.slice(next.contentStart, next.end);
      if (SETEXT.test(nextContent) && next.indent < 4) {
        setextLevel = nextContent.startsWith('=') ? 1 : 2;
        break;
      }
      if (FENCE.test(nextContent) || ATX.test(nextContent) || THEMATIC.test(nextContent) || nextContent.startsWith('<!--') || HTML_BLOCK_START.test(nextContent)) break;
      j++;
    }
    if (setextLevel) {
      push('heading', line, lines[j], setextLevel);
      masks.push([lines[j + 1].start, lines[j + 1].end]);
      addContainerMasks(lines, i, j, masks);
      i = j + 2;
    } else {
      push('paragraph', line, lines[j]);
      addContainerMasks(lines, i, j, masks);
      i = j + 1;
    }
  }

  const inline: InlineSpan[] = [];
  const nextTrigger = matchFinder(text, INLINE_TRIGGER);
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') scanInline(text, block.start, block.end, inline, comments, masks, commentClose, nextTrigger);
  }
  comments.sort((a, b) => a.start - b.start);
  return { blocks, inline, comments, prose: applyMasks(text, masks) };
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  let previousListIndent = -1;
  let previousQuoteDepth = 0;
  let previousBlank = true;
  /** The line before may be a paragraph's, which only some list items may interrupt. */
  let previousParagraph = false;
  /** Where the content of the list item being read starts, in columns. */
  let listContentColumn = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    const next = end < 0 ? text.length + 1 : end + 1;
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let pos = start;
    let quoteDepth = 0;
    // Block-quote markers: up to three spaces, `>`, an optional space; repeatable.
    for (;;) {
      let p = pos;
      while (p < contentEnd && p - pos < 3 && text.charCodeAt(p) === 32) p++;
      if (text.charCodeAt(p) !== 62 /* > */) break;
      quoteDepth++;
      pos = p + 1;
      if (text.charCodeAt(pos) === 32) pos++;
    }
    const blank = isBlank(text, pos, contentEnd);
    if (quoteDepth === 0 && !blank && previousQuoteDepth > 0 && !previousBlank) quoteDepth = previousQuoteDepth; // lazy continuation
    let indentEnd = pos;
    let columns = 0;
    for (; indentEnd < contentEnd; indentEnd++) {
      const c = text.charCodeAt(indentEnd);
      if (c === 32) columns++;
      else if (c === 9) columns += 4 - (columns % 4);
      else break;
    }
    const indent = indentEnd - pos;
    let contentStart = indentEnd;
    let listStart = false;
    let inList = false;
    let marker = blank || columns >= 4 ? null : LIST_MARKER.exec(text.slice(indentEnd, Math.min(contentEnd, indentEnd + 12)));
    // "The vote was held in\n2025. It passed.": a list interrupts a paragraph only with a bullet
    // or "1." and some text (CommonMark); otherwise the line goes on with the paragraph.
    // Inside a list item the same holds for a line indented to the item's content ("- item\n  2025. more").
    const continues = previousParagraph && quoteDepth === previousQuoteDepth && (previousListIndent < 0 || columns >= listContentColumn);
    if (marker && continues && !mayInterruptParagraph(marker[0], isBlank(text, indentEnd + marker[0].length, contentEnd))) marker = null;
    if (marker && !(marker[0].trim().length > 0 && THEMATIC.test(text.slice(indentEnd, contentEnd)))) {
      listStart = true;
      inList = true;
      contentStart = indentEnd + marker[0].length;
      previousListIndent = indent;
      listContentColumn = columns + marker[0].length;
    } else if (!blank && previousListIndent >= 0 && (indent > previousListIndent || !previousBlank)) {
      inList = true;
    } else if (!blank) {
      previousListIndent = -1;
    }
    lines.push({ start, end: contentEnd, contentStart: blank ? contentEnd : contentStart, quoteDepth, inList, listStart, blank, indent: columns });
    previousQuoteDepth = blank ? 0 : quoteDepth;
    previousBlank = blank;
    previousParagraph = !blank && (listStart || columns < 4) && !opensOtherBlock(text.slice(contentStart, contentEnd));
    start = next;
  }
  return lines;
}

/** CommonMark: a bullet item, or an ordered item numbered 1, and neither empty. */
function mayInterruptParagraph(marker: string, empty: boolean): boolean {
  if (empty) return false;
  const number = /^\d+/.exec(marker);
  return number === null || Number(number[0]) === 1;
}

/** A line that is a block of its own, never a paragraph's: a heading, a fence, a break, HTML. */
function opensOtherBlock(content: string): boolean {
  return ATX.test(content) || FENCE.test(content) || THEMATIC.test(content) || content.startsWith('<');
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function closesFence(content: string, marker: string): boolean {
  const trimmed = content.trimEnd();
  return trimmed.length >= marker.length && trimmed[0] === marker[0] && /^(`+|~+)$/.test(trimmed) && trimmed.length >= marker.length;
}

function commentBody(text: string, start: number, end: number): string {
  const closing = text.endsWith('-->', end) && end - start >= 7 ? end - 3 : end;
  return text.slice(start + 4, closing).trim();
}

/** Markers of block quotes and list items inside a paragraph's lines are not prose. */
function addContainerMasks(lines: Line[], from: number, to: number, masks: Array<[number, number]>): void {
  for (let k = from; k <= to; k++) {
    if (lines[k].contentStart > lines[k].start) masks.push([lines[k].start, lines[k].contentStart]);
  }
}

/** Characters that may start inline markup. */
const INLINE_TRIGGER = /[`<\]\\*_~!\[]/g;

/**
 * `(from, end)` → where `pattern` (global, one character) next matches in text[from, end),
 * or -1. A regular expression finds a character several times faster than a loop over char
 * codes (that loop was half of the Markdown scan); the answer is remembered, so asked with
 * increasing `from`, block after block, the text is read once however far the next match.
 */
export function matchFinder(text: string, pattern: RegExp): (from: number, end: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from, end) => {
    if (!(searchedFrom <= from && (found < 0 || found >= from))) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? -1;
      searchedFrom = from;
    }
    return found >= 0 && found < end ? found : -1;
  };
}

/** Finds the inline spans of one prose block that are not prose, and masks markup characters. */
function scanInline(text: string, start: number, end: number, inline: InlineSpan[], comments: HtmlComment[], masks: Array<[number, number]>, commentClose: (from: number) => number, nextTrigger: (from: number, end: number) => number): void {
  let cursor = start;
  let at: number;
  while ((at = nextTrigger(cursor, end)) >= 0) {
    cursor = at + 1;
    const c = text[at];
    if (c === '\\') {
      // A backslash escape: the escaped character stays prose, the backslash does not.
      if (at + 1 < end && /[!-/:-@[-`{-~]/.test(text[at + 1])) masks.push([at, at + 1]);
      cursor = at + 2;
    } else if (c === '`') {
      let run = 1;
      while (text[at + run] === '`') run++;
      const ticks = '`'.repeat(run);
      let close = text.indexOf(ticks, at + run);
      while (close >= 0 && close < end && text[close + run] === '`') close = text.indexOf(ticks, close + run + 1);
      if (close < 0 || close >= end) {
        cursor = at + run;
        continue;
      }
      inline.push({ kind: 'code', start: at, end: close + run });
      masks.push([at, close + run]);
      cursor = close + run;
    } else if (c === '<') {
      // Only "<!--", "</", "<!" or "<" and a letter can start a comment, a tag or an autolink.
      if (!/[a-zA-Z/!]/.test(text[at + 1] ?? '')) continue;
      const rest = text.slice(at, Math.min(end, at + 400));
      const comment = rest.startsWith('<!--') ? commentClose(at + 4) : -1;
      if (comment >= 0 && comment < end) {
        const commentEnd = comment + 3;
        comments.push({ start: at, end: commentEnd, body: commentBody(text, at, commentEnd) });
        inline.push({ kind: 'comment', start: at, end: commentEnd });
        masks.push([at, commentEnd]);
        cursor = commentEnd;
        continue;
      }
      const autolink = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/i.exec(rest);
      const tag = autolink ? null : /^<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/i.exec(rest);
      const found = autolink ?? tag;
      if (found) {
        inline.push({ kind: autolink ? 'autolink' : 'html', start: at, end: at + found[0].length });
        masks.push([at, at + found[0].length]);
        cursor = at + found[0].length;
      }
    } else if (c === '!' ) {
      if (text[at + 1] === '[') masks.push([at, at + 1]);
    } else if (c === '[') {
      masks.push([at, at + 1]);
    } else if (c === ']') {
      masks.push([at, at + 1]);
      const destination = text[at + 1] === '(' ? linkDestinationEnd(text, at + 1, Math.min(end, at + MAX_DESTINATION)) : -1;
      if (destination > 0) {
        inline.push({ kind: 'linkDestination', start: at + 1, end: destination });
        masks.push([at + 1, destination]);
        cursor = destination;
      } else if (text[at + 1] === '[') {
        const ref = text.indexOf(']', at + 2);
        if (ref > 0 && ref < end && ref - at < MAX_DESTINATION) {
          masks.push([at + 1, ref + 1]);
          cursor = ref + 1;
        }
      }
    } else {
      // Emphasis and strikethrough delimiters: markup when they touch a word on one side only.
      let run = 1;
      while (text[at + run] === c) run++;
      const before = at > start ? text[at - 1] : ' ';
      const after = at + run < end ? text[at + run] : ' ';
      const isWord = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
      const leftFlanking = !/\s/.test(after);
      const rightFlanking = !/\s/.test(before);
      const intraword = isWord(before) && isWord(after);
      if ((leftFlanking || rightFlanking) && !(intraword && c === '_') && !(c === '~' && run === 1)) masks.push([at, at + run]);
      cursor = at + run;
    }
  }
}

/** Link destinations and reference labels are never longer than this; the bound keeps "[[[[…" linear. */
const MAX_DESTINATION = 2048;

/** The end of an inline link destination `(url "title")` starting at `open`, or -1. */
function linkDestinationEnd(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let p = open; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 92 /* \ */) {
      p++;
    } else if (c === 40 /* ( */) {
      depth++;
    } else if (c === 41 /* ) */) {
      depth--;
      if (depth === 0) return p + 1;
    } else if (c === 10 && text.charCodeAt(p + 1) === 10) {
      return -1;
    }
  }
  return -1;
}

/**
 * The next `-->` at or after `from`. Remembers the last answer, so a file with thousands of
 * unclosed `<!--` does not search to its end once per opener.
 */
function commentCloser(text: string): (from: number) => number {
  let cachedFrom = Infinity;
  let cachedFound = -1;
  return (from) => {
    if (cachedFrom <= from && (cachedFound < 0 || cachedFound >= from)) return cachedFound;
    cachedFrom = from;
    cachedFound = text.indexOf('-->', from);
    return cachedFound;
  };
}

function applyMasks(text: string, masks: Array<[number, number]>): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let cursor = 0;
  for (const [start, end] of masks) {
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    parts.push(text.slice(cursor, from), spaces(end - from));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

const SPACE_CACHE: string[] = [];
function spaces(n: number): string {
  if (n < 256) return (SPACE_CACHE[n] ??= ' '.repeat(n));
  return ' '.repeat(n);
}
