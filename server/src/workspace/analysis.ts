/**
 * One analysis of one version of one document: what every feature reads. Features never
 * see the live document (it changes under them); they see this snapshot.
 */
import type { ArticleModel } from '../analysis/model';
import type { Finding } from '../rules/types';
import type { ArticleConfig } from './articleConfig';
import { LineIndex } from './lineIndex';

/** What one run of the analysis and the rules yields. */
export interface AnalysisResult {
  model: ArticleModel;
  findings: Finding[];
}

export interface Analysis {
  uri: string;
  version: number;
  model: ArticleModel;
  findings: Finding[];
  config: ArticleConfig;
  /** Positions in the analysed text. */
  lines: LineIndex;
}

export function createAnalysis(uri: string, version: number, result: AnalysisResult, config: ArticleConfig): Analysis {
  return { uri, version, model: result.model, findings: result.findings, config, lines: new LineIndex(result.model.text) };
}
