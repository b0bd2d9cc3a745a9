/**
 * Lints many files on worker threads (`--jobs N`), in small batches so a slow file does not
 * hold up a whole share, and returns the reports in the order the files were given.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileTarget } from './discover';
import type { FileReport } from './lintFile';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './lintWorker';

const BATCH = 8;

/** The worker script: next to this file, both in the bundle (dist/) and in the compiled tests (out/). */
export function workerScript(): string | null {
  const script = path.join(__dirname, 'lintWorker.js');
  return fs.existsSync(script) ? script : null;
}

export async function lintInWorkers(files: readonly FileTarget[], jobs: number, setup: WorkerSetup, script: string): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(files.length);
  const batches: WorkerBatch[] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ batch: i, files: files.slice(i, i + BATCH).map((f) => ({ path: f.path, display: f.display })) });
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, () => new Worker(script, { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) return resolve();
              worker.postMessage(batches[next++]);
            };
            worker.on('message', (reply: WorkerReply) => {
              reply.reports.forEach((report, i) => (reports[reply.batch + i] = report));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return reports;
}
