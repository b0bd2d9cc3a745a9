/**
 * The outline of an article: the dateline, then the sources (with their kind) and their
 * quotes beneath them, then the headings. Clients without hierarchical symbols get the
 * same list flat, each quote naming its source as container.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Source, SourceKind, Span } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';
import { shorten } from './cards';
import { introductionOf, mentionsOf } from './lookup';

export const SOURCE_SYMBOL_KIND: Record<SourceKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  anonymous: SymbolKind.Interface,
  publication: SymbolKind.Module,
  document: SymbolKind.File,
};

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { model, lines } = analysis;
  const symbols: DocumentSymbol[] = [];
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name.trim() || '(empty)',
    kind,
    range: lines.rangeOf(span),
    selectionRange: lines.rangeOf(selection),
    ...(detail ? { detail } : {}),
    ...(children ? { children } : {}),
  });
  if (model.dateline) symbols.push(symbol(model.dateline.text, SymbolKind.Event, model.dateline, model.dateline, 'dateline'));
  for (const source of model.sources) {
    const quotes = speechQuotes(analysis, source);
    const introduction = introductionOf(source);
    if (!introduction) continue;
    const children = quotes.map((quote) => symbol(shorten(quote.text, 60), SymbolKind.String, quote, quote, quote.attribution?.cue?.text ?? 'quote'));
    symbols.push(symbol(source.name, SOURCE_SYMBOL_KIND[source.kind], extent(source, quotes), introduction, detailOf(source), children));
  }
  for (const block of model.blocks) {
    if (block.kind !== 'heading') continue;
    const heading = model.text.slice(block.start, block.end);
    symbols.push(symbol(headingText(heading), SymbolKind.Namespace, block, block, `h${block.level}`));
  }
  return symbols;
}

/** The flat form, for clients without `hierarchicalDocumentSymbolSupport`. */
export function flatSymbols(analysis: Analysis, symbols: DocumentSymbol[]): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container?: string): void => {
    flat.push({
      name: symbol.name,
      kind: symbol.kind,
      location: { uri: analysis.uri, range: symbol.range },
      ...(container ? { containerName: container } : {}),
    });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of symbols) visit(symbol);
  return flat;
}

function speechQuotes(analysis: Analysis, source: Source) {
  return source.quotes
    .map((id) => analysis.model.quotes[id])
    .filter((quote) => quote.kind === 'direct' || quote.kind === 'partial');
}

/** From the source's first mention or quote to its last: the range must hold every child. */
function extent(source: Source, quotes: Span[]): Span {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const span of [...mentionsOf(source), ...quotes]) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

function detailOf(source: Source): string {
  return source.title ? `${source.kind} · ${source.title}` : source.kind;
}

function headingText(markdown: string): string {
  const firstLine = markdown.split(/\r?\n/)[0];
  return /^\s*#/.test(firstLine) ? firstLine.replace(/^\s*#+\s*/, '').replace(/\s+#+\s*$/, '') : firstLine;
}
