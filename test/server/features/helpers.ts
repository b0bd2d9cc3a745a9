/** Shared by the feature tests: real analyses of real articles. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver';
import { createAnalysis, type Analysis } from '../../../server/src/workspace/analysis';
import { mergeConfig, NO_FILE_CONFIG } from '../../../server/src/workspace/articleConfig';
import { analyzeText } from '../../../server/src/workspace/engine';
import { normalizeSettings } from '../../../server/src/workspace/settings';

/** The repository root, from `out/test/server/features`. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export function readExample(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8');
}

/** The text a range of the analysed text covers. */
export function textOf(analysis: Analysis, range: { start: Position; end: Position }): string {
  const span = analysis.lines.spanOf(range);
  return analysis.model.text.slice(span.start, span.end);
}

/** A real analysis of `text`, with optional settings as a client would send them. */
export function analyze(text: string, settings: unknown = {}, uri = 'file:///articles/story.article.md'): Analysis {
  const config = mergeConfig(NO_FILE_CONFIG, normalizeSettings(settings));
  return createAnalysis(uri, 1, analyzeText(text, config), config);
}


export { offsetOf, positionOf } from './textPositions';
