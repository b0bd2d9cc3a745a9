/**
 * A worker thread for `copydesk lint --jobs N`: lints the files it is sent, one batch at a
 * time, and posts back plain reports. Each worker keeps its own configuration cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { configLookup } from './configLookup';
import { lintFile, type FileReport, type LintOptions } from './lintFile';

export interface WorkerSetup {
  configFile: string | null;
  options: LintOptions;
}

export interface WorkerBatch {
  batch: number;
  files: Array<{ path: string; display: string }>;
}

export interface WorkerReply {
  batch: number;
  reports: FileReport[];
}

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const configFor = configLookup(setup.configFile);
  port.on('message', (message: WorkerBatch) => {
    const reports = message.files.map((file) => {
      try {
        return lintFile(file.path, file.display, configFor, setup.options);
      } catch (error) {
        return { file: file.display, path: file.path, diagnostics: [], fixed: false, error: `internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}` };
      }
    });
    port.postMessage({ batch: message.batch, reports } satisfies WorkerReply);
  });
}
