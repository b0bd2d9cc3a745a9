/**
 * Moving between the places a source appears: go to its first full reference, find every
 * mention and quote, highlight them in the document.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver';
import type { Source, Span } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';
import { sourcesBlock } from './frontMatterSources';
import { introductionOf, mentionsOf, sourceAt } from './lookup';

export function definition(analysis: Analysis, position: Position): Location | null {
  const hit = sourceAt(analysis.model, analysis.lines.offsetAt(position));
  const introduction = hit && introductionOf(hit.source);
  return introduction ? { uri: analysis.uri, range: analysis.lines.rangeOf(introduction) } : null;
}

export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const hit = sourceAt(analysis.model, analysis.lines.offsetAt(position));
  if (!hit) return [];
  const spans = occurrences(analysis, hit.source);
  const introduction = introductionOf(hit.source);
  const kept = includeDeclaration ? spans : spans.filter((span) => !sameSpan(span, introduction));
  return kept.map((span) => ({ uri: analysis.uri, range: analysis.lines.rangeOf(span) }));
}

export function documentHighlights(analysis: Analysis, position: Position): DocumentHighlight[] {
  const hit = sourceAt(analysis.model, analysis.lines.offsetAt(position));
  if (!hit) return [];
  const introduction = introductionOf(hit.source);
  return occurrences(analysis, hit.source).map((span) => ({
    range: analysis.lines.rangeOf(span),
    // The introduction is where the source is "written"; every later mention reads it.
    kind: sameSpan(span, introduction) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** Every mention and speech quote of a source, and its front matter entry, in text order. */
export function occurrences(analysis: Analysis, source: Source): Span[] {
  const { model } = analysis;
  const spans: Span[] = [...mentionsOf(source)];
  for (const id of source.quotes) {
    const quote = model.quotes[id];
    if (quote.kind === 'direct' || quote.kind === 'partial') spans.push(quote);
  }
  const entry = sourcesBlock(model).entries.find((e) => e.name.text.toLowerCase() === source.name.toLowerCase());
  if (entry) spans.push(entry.name);
  return spans.sort((a, b) => a.start - b.start);
}

function sameSpan(a: Span, b: Span | undefined): boolean {
  return b !== undefined && a.start === b.start && a.end === b.end;
}
