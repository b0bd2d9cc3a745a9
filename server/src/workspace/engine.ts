/**
 * The one place the server calls into the analysis, the rules and the config loader, the
 * same code the CLI runs, so an article gets the same findings in the editor and in CI.
 */
import { analyzeArticle } from '../analysis/analyze';
import { ParagraphCache } from '../analysis/paragraphCache';
import { runRules } from '../rules';
import type { AnalysisResult } from './analysis';
import type { ArticleConfig } from './articleConfig';

export type { AnalysisResult } from './analysis';

/** The model and the findings for one text under one configuration. */
export function analyzeText(text: string, config: ArticleConfig, paragraphCache?: ParagraphCache): AnalysisResult {
  const model = analyzeArticle(text, paragraphCache ? { ...config.analysis, paragraphCache } : config.analysis);
  return { model, findings: runRules(model, config.rules) };
}

/**
 * Analyses documents version after version, each reusing what the last analysis of the same
 * document read (see ParagraphCache). `key` names the document; forget it when it closes.
 */
export class DocumentAnalyses {
  #caches = new Map<string, ParagraphCache>();

  analyzeText(key: string, text: string, config: ArticleConfig): AnalysisResult {
    let cache = this.#caches.get(key);
    if (!cache) this.#caches.set(key, (cache = new ParagraphCache()));
    return analyzeText(text, config, cache);
  }

  forget(key: string): void {
    this.#caches.delete(key);
  }
}
