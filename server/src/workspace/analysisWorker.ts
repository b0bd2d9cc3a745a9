/**
 * The body of the analysis worker thread: analyses the large documents it is sent, keeps
 * the newest analysis of each, and answers feature requests on it.
 */
import { parentPort } from 'node:worker_threads';
import { runFeature } from '../features/registry';
import { RenameRefused } from '../features/rename';
import { createAnalysis, type Analysis } from './analysis';
import type { WorkerReply, WorkerRequest } from './analyzer';
import { analyzeText } from './engine';

export function runAnalysisWorker(): void {
  const analyses = new Map<string, Analysis>();
  const reply = (message: WorkerReply): void => parentPort?.postMessage(message);
  const failure = (error: unknown): WorkerReply['error'] => ({
    kind: error instanceof RenameRefused ? 'refused' : 'failed',
    message: error instanceof Error ? (error instanceof RenameRefused ? error.message : error.stack ?? error.message) : String(error),
  });
  parentPort?.on('message', (request: WorkerRequest) => {
    switch (request.op) {
      case 'analyze':
        try {
          analyses.delete(request.key); // the older version goes now, not after the new one is built
          analyses.set(request.key, createAnalysis(request.uri, request.version, analyzeText(request.text, request.config), request.config));
          reply({ id: request.id });
        } catch (error) {
          reply({ id: request.id, error: failure(error) });
        }
        return;
      case 'run': {
        const analysis = analyses.get(request.key);
        if (!analysis || analysis.version !== request.version) return reply({ id: request.id, error: { kind: 'superseded', message: 'superseded' } });
        try {
          reply({ id: request.id, result: runFeature(analysis, request.name, request.args as never) });
        } catch (error) {
          reply({ id: request.id, error: failure(error) });
        }
        return;
      }
      case 'forget':
        analyses.delete(request.key);
        return;
    }
  });
}
