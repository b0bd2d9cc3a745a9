/**
 * Loads a compiled analysis from a directory, so that an older build (saved by compare.js or
 * built by baseline.sh) and the current one can run side by side in one process.
 */
import * as path from 'node:path';
import type { analyzeArticle } from '../../server/src/analysis/analyze';
import type { toExtract } from '../../server/src/analysis/extract';

export interface Analysis {
  dir: string;
  analyzeArticle: typeof analyzeArticle;
  toExtract: typeof toExtract;
}

/** This build's analysis. */
export const CURRENT_ANALYSIS = path.resolve(__dirname, '../../server/src/analysis');

export function loadAnalysis(dir = CURRENT_ANALYSIS): Analysis {
  const resolved = path.resolve(dir);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const analyze = require(path.join(resolved, 'analyze.js')) as { analyzeArticle: typeof analyzeArticle };
  const extract = require(path.join(resolved, 'extract.js')) as { toExtract: typeof toExtract };
  return { dir: resolved, analyzeArticle: analyze.analyzeArticle, toExtract: extract.toExtract };
}
