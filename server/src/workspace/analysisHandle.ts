/**
 * A handle on one analysis, wherever it lives. Features are asked for by name and their
 * results come back as plain data, so an analysis kept on the worker thread (a document
 * of megabytes) serves requests without its model ever being copied to the server.
 */
import { runFeature, type FeatureArgs, type FeatureName, type FeatureResult } from '../features/registry';
import type { Analysis } from './analysis';

export interface ArticleAnalysis {
  readonly uri: string;
  readonly version: number;
  run<N extends FeatureName>(name: N, ...args: FeatureArgs<N>): Promise<FeatureResult<N>>;
}

/** An analysis held in this thread. */
export class LocalAnalysis implements ArticleAnalysis {
  readonly analysis: Analysis;

  constructor(analysis: Analysis) {
    this.analysis = analysis;
  }

  get uri(): string {
    return this.analysis.uri;
  }

  get version(): number {
    return this.analysis.version;
  }

  run<N extends FeatureName>(name: N, ...args: FeatureArgs<N>): Promise<FeatureResult<N>> {
    try {
      return Promise.resolve(runFeature(this.analysis, name, args));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
