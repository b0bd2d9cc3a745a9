/**
 * Renaming a source: every mention by full name or surname in the body, and its front
 * matter entry (name and aliases). Pronouns and descriptions stay as they are: "he" is
 * still "he" after "Luis Ortega" becomes "Luisa Ortega" — the writer checks those.
 */
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import type { Source, Span } from '../analysis/model';
import type { TextEdit as ModelEdit } from '../rules/types';
import type { Analysis } from '../workspace/analysis';
import { workspaceEdit, type EditOptions } from './edits';
import { sourcesBlock } from './frontMatterSources';
import { mentionsOf, sourceAt, type SourceHit } from './lookup';

/** Why a rename cannot happen here, worded for the person who asked. */
export class RenameRefused extends Error {}

export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const hit = renameTarget(analysis, position);
  if (!hit) return null;
  return { range: analysis.lines.rangeOf(hit.span), placeholder: analysis.model.text.slice(hit.span.start, hit.span.end) };
}

export function rename(analysis: Analysis, position: Position, newName: string, options: EditOptions): WorkspaceEdit | null {
  const hit = renameTarget(analysis, position);
  if (!hit) return null;
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!name) throw new RenameRefused('A source needs a name.');
  return workspaceEdit(analysis, renameEdits(analysis, hit.source, name), options);
}

/** The edits that rename `source` to `newName`, in text order. */
export function renameEdits(analysis: Analysis, source: Source, newName: string): ModelEdit[] {
  const { model } = analysis;
  const oldSurname = lastWord(source.name);
  // "Marieke Jansen" → "Marieke de Vries": the surname is what follows the unchanged forename.
  const forename = source.name.slice(0, source.name.length - oldSurname.length).trim();
  const newSurname = forename && newName.startsWith(`${forename} `) ? newName.slice(forename.length + 1) : lastWord(newName);
  const replacementFor = (text: string): string | undefined => {
    if (text === source.name) return newName;
    if (text === oldSurname) return newSurname;
    if (text.endsWith(` ${source.name}`)) return text.slice(0, -source.name.length) + newName;
    return undefined;
  };
  const edits: ModelEdit[] = [];
  const replace = (span: Span, text: string): void => {
    const replacement = replacementFor(text);
    if (replacement !== undefined && replacement !== text) edits.push({ span: { start: span.start, end: span.end }, newText: replacement });
  };
  // A quotation is someone's words: a name inside one (a transcript's "WALLACE:") is never rewritten.
  const quoted = (span: Span): boolean => model.quotes.some((q) => span.start >= q.start && span.end <= q.end);
  for (const mention of mentionsOf(source)) {
    if ((mention.kind === 'name' || mention.kind === 'surname') && !quoted(mention)) replace(mention, mention.text);
  }
  const entry = sourcesBlock(model).entries.find((e) => e.name.text.toLowerCase() === source.name.toLowerCase());
  if (entry) {
    edits.push({ span: entry.name, newText: yamlText(model.text.slice(entry.name.start, entry.name.end), newName) });
    for (const alias of entry.aliases) {
      const replacement = replacementFor(alias.text);
      if (replacement !== undefined) edits.push({ span: alias, newText: yamlText(model.text.slice(alias.start, alias.end), replacement) });
    }
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

function renameTarget(analysis: Analysis, position: Position): SourceHit | undefined {
  const hit = sourceAt(analysis.model, analysis.lines.offsetAt(position));
  if (!hit || hit.via === 'quote') return undefined;
  if (hit.source.kind === 'anonymous') {
    throw new RenameRefused('An anonymous source is described, not named: edit the description where it stands.');
  }
  if (hit.mention && (hit.mention.kind === 'pronoun' || hit.mention.kind === 'description')) {
    throw new RenameRefused(`"${hit.mention.text}" is a ${hit.mention.kind}: rename ${hit.source.name} where the name is written.`);
  }
  return hit;
}

function lastWord(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1];
}

/** Keeps the quoting style of a YAML scalar as written. */
function yamlText(written: string, value: string): string {
  if (written.startsWith('"')) return JSON.stringify(value);
  if (written.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return /[:#]|^[\s\-?[\]{},&*!|>'"%@`]/.test(value) ? JSON.stringify(value) : value;
}
