/**
 * Workspace symbols: the sources of every article in the workspace, found by typing part
 * of a name (`grynk` finds Alexus Grynkewich), best matches first.
 */
import type { SymbolInformation } from 'vscode-languageserver';
import type { IndexedArticle } from './indexEntry';
import { SOURCE_SYMBOL_KIND } from './documentSymbols';

const LIMIT = 500;

export function workspaceSymbols(articles: Iterable<IndexedArticle>, query: string): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  const scored: { score: number; symbol: SymbolInformation }[] = [];
  for (const article of articles) {
    for (const source of article.sources) {
      const score = matchScore(source.name.toLowerCase(), wanted);
      if (score === 0) continue;
      scored.push({
        score,
        symbol: {
          name: source.name,
          kind: SOURCE_SYMBOL_KIND[source.kind],
          location: { uri: article.uri, range: source.range },
          containerName: article.title,
        },
      });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name))
    .slice(0, LIMIT)
    .map(({ symbol }) => symbol);
}

/** 3 for a name or word that starts with the query, 2 for a substring, 1 for the letters in order, 0 for no match. */
export function matchScore(name: string, query: string): number {
  if (query === '') return 1;
  if (name.startsWith(query) || name.includes(` ${query}`)) return 3;
  if (name.includes(query)) return 2;
  let at = 0;
  for (const char of name) if (char === query[at]) at++;
  return at === query.length ? 1 : 0;
}
