/**
 * Edits to an article's front matter that keep everything the editor wrote. The YAML is
 * parsed with the `yaml` package's Document API, which knows where every node stands in the
 * text; the edit then touches only those places (a status value replaced, lines inserted
 * after an annotation or after the list), so comments, spacing, quoting and flow lists stay
 * byte for byte as they were. Pure: text in, one replacement out.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseFrontMatter } from '../../server/src/analysis/frontMatter';
import { annotationMatches, openingWords, type FactCheckStatus } from './factCheck';

/** Replace `text.slice(start, end)` with `newText`. */
export interface Replacement {
  start: number;
  end: number;
  newText: string;
}

/** An edit that cannot be made without risking the editor's text; the message says why. */
export class FrontMatterEditError extends Error {
  override name = 'FrontMatterEditError';
}

export interface QuoteStatusEdit {
  /** The quote's text (marks included or not). */
  quote: string;
  status: FactCheckStatus;
  /** The article's other quotes, so the opening words written are unambiguous. */
  otherQuotes?: readonly string[];
  /** Who checked it (`by`), when known. */
  by?: string;
}

interface Insertion {
  at: number;
  end: number;
  text: string;
}

/**
 * Records a quote's fact-check status in `annotations`: updates the annotation that already
 * names the quote, or appends one; creates `annotations`, or the whole front matter, if needed.
 */
export function setQuoteStatus(text: string, edit: QuoteStatusEdit): Replacement {
  const entry: Array<[string, string]> = [
    ['quote', openingWords(edit.quote, edit.otherQuotes)],
    ['status', edit.status],
  ];
  if (edit.by !== undefined) entry.push(['by', edit.by]);

  const { frontMatter } = parseFrontMatter(text);
  if (!frontMatter) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const doc = new Document({ annotations: [Object.fromEntries(entry)] });
    return { start, end: start, newText: `---\n${doc.toString({ lineWidth: 0 })}---\n\n` };
  }
  if (!frontMatter.closed) {
    throw new FrontMatterEditError('The front matter is never closed: add a line with only `---` after it first.');
  }
  const { start, end } = frontMatter.content;
  const yaml = text.slice(start, end);
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(yaml, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    throw new FrontMatterEditError(`The front matter has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them first.`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontMatterEditError('The front matter is not a map of `key: value` lines.');
  }
  const edits = annotationEdits(yaml, doc.contents, edit, entry, eol);
  let result = yaml;
  for (const insertion of [...edits].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, insertion.at) + insertion.text + result.slice(insertion.end);
  }
  return minimalReplacement(yaml, result, start);
}

function annotationEdits(
  yaml: string,
  root: YAMLMap | null,
  edit: QuoteStatusEdit,
  entry: Array<[string, string]>,
  eol: string,
): Insertion[] {
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'annotations');
  const list = pair?.value;
  if (!pair || list === null || list === undefined || (isScalar(list) && list.value === null)) {
    // No list yet: a new block at the end of the front matter (or after an empty `annotations:`).
    const at = pair && isScalar(pair.key) ? lineEnd(yaml, pair.key.range?.[1] ?? yaml.length) : yaml.length;
    const head = pair ? '' : `annotations:${eol}`;
    return [{ at, end: pair ? lineEnd(yaml, at) : at, text: `${breakBefore(yaml, at, eol)}${head}${itemLines('  ', entry, eol)}` }];
  }
  if (isSeq(list) && list.flow && list.items.length === 0 && isScalar(pair.key) && pair.key.range && list.range) {
    // `annotations: []` becomes a block list.
    const at = lineEnd(yaml, list.range[1]);
    return [
      { at, end: at, text: `${breakBefore(yaml, at, eol)}${itemLines('  ', entry, eol)}` },
      { at: pair.key.range[1], end: list.range[1], text: ':' },
    ];
  }
  if (!isSeq(list) || list.flow) {
    throw new FrontMatterEditError('`annotations` in the front matter is not a block list (`- quote: ...`); fix it by hand first.');
  }
  const existing = list.items.find(
    (item): item is YAMLMap => isMap(item) && annotationMatches(String(item.get('quote') ?? ''), edit.quote),
  );
  if (!existing) {
    const first = list.items[0] as Node | undefined;
    const dash = first?.range ? indentOf(yaml, list.range?.[0] ?? first.range[0]) : '  ';
    const at = lineEnd(yaml, list.range?.[1] ?? yaml.length);
    return [{ at, end: at, text: `${breakBefore(yaml, at, eol)}${itemLines(dash, entry, eol)}` }];
  }
  const keyIndent = indentOf(yaml, (existing.items[0]?.key as Node | undefined)?.range?.[0] ?? 0, true);
  const after = lineEnd(yaml, existing.range?.[1] ?? yaml.length);
  const edits: Insertion[] = [];
  const status = findPair(existing, 'status');
  const statusValue = status?.value as Node | null | undefined;
  if (status && isScalar(statusValue) && statusValue.range) {
    edits.push({ at: statusValue.range[0], end: statusValue.range[1], text: scalar(edit.status) });
  } else if (status) {
    throw new FrontMatterEditError('This annotation has a `status:` that is not a plain value; fix it by hand first.');
  } else {
    edits.push({ at: after, end: after, text: `${breakBefore(yaml, after, eol)}${keyIndent}status: ${scalar(edit.status)}${eol}` });
  }
  if (edit.by !== undefined && !findPair(existing, 'by')) {
    edits.push({ at: after, end: after, text: `${keyIndent}by: ${scalar(edit.by)}${eol}` });
  }
  return edits;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** `- quote: …` then the other keys aligned under it. */
function itemLines(dash: string, entry: Array<[string, string]>, eol: string): string {
  return entry.map(([key, value], i) => `${i === 0 ? `${dash}- ` : `${dash}  `}${key}: ${scalar(value)}${eol}`).join('');
}

/** A value as YAML writes it: plain when it can be, quoted when it must be. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The offset just past the line that holds `offset` (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset - 1));
  return newline < 0 ? text.length : newline + 1;
}

/** A line break when inserting at `at` would otherwise continue an unterminated last line. */
function breakBefore(text: string, at: number, eol: string): string {
  return at > 0 && text[at - 1] !== '\n' ? eol : '';
}

/** The whitespace before `offset` on its line (for a key, the indentation to align with). */
function indentOf(text: string, offset: number, includeDash = false): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  return includeDash ? prefix.replace(/-/g, ' ') : (/^\s*/.exec(prefix)?.[0] ?? '');
}

/** Trims the common head and tail so only what changed is replaced (undo and cursors stay put). */
export function minimalReplacement(before: string, after: string, offset = 0): Replacement {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start: offset + head, end: offset + before.length - tail, newText: after.slice(head, after.length - tail) };
}

/** Applies a replacement to a string (for tests and for previews). */
export function applyReplacement(text: string, replacement: Replacement): string {
  return text.slice(0, replacement.start) + replacement.newText + text.slice(replacement.end);
}
