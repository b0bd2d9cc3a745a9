/**
 * The one place the server calls into the analysis, the rules and the config loader, the
 * same code the CLI runs, so an article gets the same findings in the editor and in CI.
 */
import { analyzeArticle } from '../analysis/analyze';
import { runRules } from '../rules';
import type { AnalysisResult } from './analysis';
import type { ArticleConfig } from './articleConfig';

export type { AnalysisResult } from './analysis';

/** The model and the findings for one text under one configuration. */
export function analyzeText(text: string, config: ArticleConfig): AnalysisResult {
  const model = analyzeArticle(text, config.analysis);
  return { model, findings: runRules(model, config.rules) };
}
