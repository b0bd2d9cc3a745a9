/**
 * The last semantic tokens sent for each document, so `semanticTokens/full/delta` can
 * answer with the few integers that changed instead of the whole array.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { diffTokens } from '../features/semanticTokens';

export class TokenResults {
  #results = new Map<string, { id: string; data: number[] }>();
  #next = 0;

  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.#next);
    this.#results.set(uri, { id: resultId, data });
    return { resultId, data };
  }

  /** Edits against the client's previous result when the server still has it; the full tokens otherwise. */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.#results.get(uri);
    const full = this.full(uri, data);
    if (previous?.id !== previousResultId) return full;
    return { resultId: full.resultId, edits: diffTokens(previous.data, data) };
  }

  forget(uri: string): void {
    this.#results.delete(uri);
  }
}
