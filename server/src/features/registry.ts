/**
 * Every feature by name, so the server can ask for one wherever the analysis lives: in
 * this thread for an ordinary article, on the analysis worker for a document of megabytes
 * (whose model would take seconds to copy back). Arguments and results are plain data.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/model';
import type { Analysis } from '../workspace/analysis';
import { articleModel } from './articleModel';
import { articleSummary } from './articleSummary';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { completion } from './completion';
import { diagnosticsOf } from './diagnostics';
import { documentSymbols, flatSymbols } from './documentSymbols';
import { factCheckHints } from './factCheck';
import { hover } from './hover';
import { indexEntry } from './indexEntry';
import { inlayHints } from './inlayHints';
import { prepareRename, rename } from './rename';
import { collectTokens, encodeTokens, flattenTokens, type ArticleToken } from './semanticTokens';
import { definition, documentHighlights, references } from './sourceNavigation';

const tokenCache = new WeakMap<Analysis, ArticleToken[]>();

/** Tokens are computed once per analysis; full, delta and range requests share them. */
function semanticTokens(analysis: Analysis, within?: Span): number[] {
  let tokens = tokenCache.get(analysis);
  if (!tokens) {
    tokens = flattenTokens(collectTokens(analysis.model));
    tokenCache.set(analysis, tokens);
  }
  return encodeTokens(tokens, analysis.lines, within);
}

export const FEATURES = {
  diagnostics: (analysis: Analysis) => [...diagnosticsOf(analysis), ...factCheckHints(analysis)],
  summary: articleSummary,
  indexEntry,
  articleModel,
  semanticTokens,
  semanticTokensInRange: (analysis: Analysis, range: Range) => semanticTokens(analysis, analysis.lines.spanOf(range)),
  hover,
  codeActions,
  documentSymbols: (analysis: Analysis, hierarchical: boolean) => {
    const symbols = documentSymbols(analysis);
    return hierarchical ? symbols : flatSymbols(analysis, symbols);
  },
  definition,
  references,
  documentHighlights,
  prepareRename,
  rename,
  inlayHints,
  codeLenses,
  completion: (analysis: Analysis, position: Position, ruleIds: readonly string[]) => completion(analysis, position, ruleIds),
};

export type FeatureName = keyof typeof FEATURES;
type Feature<N extends FeatureName> = (typeof FEATURES)[N];
export type FeatureArgs<N extends FeatureName> = Feature<N> extends (analysis: Analysis, ...args: infer A) => unknown ? A : never;
export type FeatureResult<N extends FeatureName> = ReturnType<Feature<N>>;

export function runFeature<N extends FeatureName>(analysis: Analysis, name: N, args: FeatureArgs<N>): FeatureResult<N> {
  const feature = FEATURES[name] as (analysis: Analysis, ...args: unknown[]) => FeatureResult<N>;
  return feature(analysis, ...(args as unknown[]));
}
