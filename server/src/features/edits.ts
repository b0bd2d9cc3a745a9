/** Model edits (offsets) → LSP workspace edits for the analysed version of a document. */
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit as ModelEdit } from '../rules/types';
import type { Analysis } from '../workspace/analysis';

export interface EditOptions {
  /** The client takes `documentChanges`, so edits carry the version they were made for and a stale one is refused. */
  documentChanges: boolean;
  /** The client takes snippet edits (LSP 3.18), so placeholders can be selected for typing. */
  snippets: boolean;
}

/** The edits, for the version of the document the analysis was made from. */
export function workspaceEdit(analysis: Analysis, edits: readonly ModelEdit[], options: EditOptions): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((edit) => ({ range: analysis.lines.rangeOf(edit.span), newText: edit.newText }));
  return wrap(analysis, textEdits, options);
}

/**
 * An edit whose inserted text has a placeholder (e.g. `REASON`) for the user to replace:
 * selected, ready for typing, where the client takes snippets; plain text elsewhere.
 */
export function placeholderEdit(analysis: Analysis, edit: ModelEdit, placeholder: string, options: EditOptions): WorkspaceEdit {
  const range = analysis.lines.rangeOf(edit.span);
  const at = edit.newText.indexOf(placeholder);
  if (!options.snippets || !options.documentChanges || at < 0) return wrap(analysis, [{ range, newText: edit.newText }], options);
  const escape = (text: string): string => text.replace(/[$}\\]/g, (c) => `\\${c}`);
  const value = `${escape(edit.newText.slice(0, at))}\${1:${escape(placeholder)}}${escape(edit.newText.slice(at + placeholder.length))}`;
  const snippet: SnippetTextEdit = { range, snippet: { kind: 'snippet', value } };
  return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: [snippet] }] };
}

function wrap(analysis: Analysis, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  if (options.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits }] };
  }
  return { changes: { [analysis.uri]: edits } };
}

/** Fixes that can all be applied at once: in text order, skipping any fix that overlaps one already taken. */
export function compatibleEdits(fixes: readonly { edits: readonly ModelEdit[] }[]): ModelEdit[] {
  const taken: ModelEdit[] = [];
  const sorted = [...fixes].sort((a, b) => firstStart(a.edits) - firstStart(b.edits));
  for (const fix of sorted) {
    const clashes = fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)));
    if (!clashes) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

function firstStart(edits: readonly ModelEdit[]): number {
  return edits.reduce((min, edit) => Math.min(min, edit.span.start), Number.POSITIVE_INFINITY);
}

/** Two edits clash when their spans overlap, or both insert at the same point (their order would be a guess). */
function overlaps(a: ModelEdit, b: ModelEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
