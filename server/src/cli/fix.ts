/**
 * `--fix`: applies the safe fixes (quote marks, a dateline built from the front matter) and
 * writes each file atomically. A last guard stands between the rules and the copy: no edit
 * may change a word inside someone's quote, whatever a rule asks; only quote marks may be
 * swapped for other quote marks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleModel, Span } from '../analysis/model';
import type { Finding, TextEdit } from '../rules/types';

const QUOTE_MARKS = /^["'“”‘’«»]$/;

/** The text with every safe fix applied that neither overlaps another nor touches a quote's words. */
export function applyFixes(model: ArticleModel, findings: readonly Finding[]): string {
  const accepted: TextEdit[] = [];
  const overlaps = (edit: TextEdit): boolean =>
    accepted.some((other) => edit.span.start < other.span.end && other.span.start < edit.span.end || (edit.span.start === other.span.start && edit.span.end === other.span.end));
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || !fix.edits.length) continue;
    if (fix.edits.some((edit) => overlaps(edit) || !leavesQuotesAlone(model, edit))) continue;
    accepted.push(...fix.edits);
  }
  let text = model.text;
  for (const edit of accepted.sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  return text;
}

/** An edit outside every quotation, or one that swaps a single quote mark for another. */
export function leavesQuotesAlone(model: ArticleModel, edit: TextEdit): boolean {
  const replaced = model.text.slice(edit.span.start, edit.span.end);
  if (QUOTE_MARKS.test(replaced) && QUOTE_MARKS.test(edit.newText)) return true;
  return !model.quotes.some((quote) => touches(quote.content, edit.span));
}

function touches(content: Span, span: Span): boolean {
  if (span.start === span.end) return span.start > content.start && span.start < content.end;
  return span.start < content.end && content.start < span.end;
}

/**
 * Writes `text` to `file` through a temporary file in the same folder and a rename, so a
 * reader never sees half a file and a crash leaves the original. Writes through symbolic
 * links to the real file and keeps its permissions. Returns an error message, or null.
 */
export function writeAtomically(file: string, text: string): string | null {
  let target = file;
  let temporary: string | null = null;
  try {
    target = fs.realpathSync(file);
    const mode = fs.statSync(target).mode & 0o7777;
    temporary = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}-${threadId}.tmp`);
    fs.writeFileSync(temporary, text, { mode });
    fs.renameSync(temporary, target);
    return null;
  } catch (error) {
    if (temporary) fs.rmSync(temporary, { force: true });
    return error instanceof Error ? error.message : String(error);
  }
}
