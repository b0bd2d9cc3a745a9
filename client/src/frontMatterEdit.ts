/**
 * Edits to an article's front matter that keep everything the editor wrote: comments, key
 * order, quoting and flow lists survive because the YAML goes through the `yaml` package's
 * Document API (a round-trip of nodes), not through plain objects and back.
 * Pure: text in, one replacement out; the commands turn it into a WorkspaceEdit.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
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

/**
 * Records a quote's fact-check status in `annotations`: updates the annotation that already
 * names the quote, or appends one; creates `annotations`, or the whole front matter, if needed.
 */
export function setQuoteStatus(text: string, edit: QuoteStatusEdit): Replacement {
  return editFrontMatter(text, (doc) => {
    const annotations = doc.get('annotations', true);
    if (annotations !== undefined && annotations !== null && !isSeq(annotations)) {
      throw new FrontMatterEditError('`annotations` in the front matter is not a list; fix it by hand first.');
    }
    const existing = annotations?.items.find(
      (item): item is YAMLMap => isMap(item) && annotationMatches(String(item.get('quote') ?? ''), edit.quote),
    );
    if (existing) {
      existing.set('status', edit.status);
      if (edit.by !== undefined && !existing.has('by')) existing.set('by', edit.by);
      return;
    }
    const entry: Record<string, string> = { quote: openingWords(edit.quote, edit.otherQuotes), status: edit.status };
    if (edit.by !== undefined) entry.by = edit.by;
    if (annotations) annotations.add(doc.createNode(entry));
    else doc.set('annotations', doc.createNode([entry]));
  });
}

/**
 * Parses the front matter, lets `change` modify the YAML document, and returns the smallest
 * replacement that turns the old text into the new one. A file with no front matter gets one.
 */
export function editFrontMatter(text: string, change: (doc: Document) => void): Replacement {
  const { frontMatter } = parseFrontMatter(text);
  if (!frontMatter) {
    const doc = new Document({});
    change(doc);
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start, end: start, newText: `---\n${stringify(doc)}---\n\n` };
  }
  if (!frontMatter.closed) {
    throw new FrontMatterEditError('The front matter is never closed: add a line with only `---` after it first.');
  }
  const { start, end } = frontMatter.content;
  const yamlText = text.slice(start, end);
  // Widened from Document.Parsed so an empty front matter can be given a map.
  const doc: Document = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    throw new FrontMatterEditError(`The front matter has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them first.`);
  }
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!isMap(doc.contents)) throw new FrontMatterEditError('The front matter is not a map of `key: value` lines.');
  change(doc);
  let newYaml = stringify(doc);
  const eol = yamlText.includes('\r\n') ? '\r\n' : '\n';
  if (eol !== '\n') newYaml = newYaml.replace(/\n/g, eol);
  return minimalReplacement(yamlText, newYaml, start);
}

function stringify(doc: Document): string {
  // lineWidth 0: never fold a long quote or note onto several lines behind the editor's back.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
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
