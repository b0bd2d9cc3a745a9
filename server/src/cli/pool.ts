/**
 * Lints many files on several threads (`--jobs N`), in small batches so a slow file does not
 * hold up a whole share, and returns the reports in the order the files were given.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileTarget } from './discover';
import type { FileReport } from './lintFile';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './lintWorker';

const BATCH = 8;
const IN_FLIGHT = 2;

/** The worker script: next to this file, both in the bundle (dist/) and in the compiled tests (out/). */
export function workerScript(): string | null {
  const script = path.join(__dirname, 'lintWorker.js');
  return fs.existsSync(script) ? script : null;
}

/**
 * Lints `files` on `jobs` threads: this one and `jobs - 1` workers. The main thread takes
 * its share too (it would otherwise sit idle), yielding between batches so the workers'
 * replies are handled and they are never kept waiting for their next batch.
 */
export async function lintInParallel(
  files: readonly FileTarget[],
  jobs: number,
  setup: WorkerSetup,
  script: string,
  lintHere: (file: FileTarget) => FileReport,
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(files.length);
  const batches: WorkerBatch[] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ batch: i, files: files.slice(i, i + BATCH).map((f) => ({ path: f.path, display: f.display })) });
  let next = 0;
  const take = (): WorkerBatch | undefined => (next < batches.length ? batches[next++] : undefined);
  const store = (batch: number, done: FileReport[]): void => done.forEach((report, i) => (reports[batch + i] = report));
  const workers = Array.from({ length: Math.max(0, Math.min(jobs - 1, batches.length - 1)) }, () => new Worker(script, { workerData: setup }));
  const inWorkers = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let pending = 0;
        const send = (): void => {
          const batch = take();
          if (batch) {
            pending++;
            worker.postMessage(batch);
          } else if (!pending) {
            resolve();
          }
        };
        worker.on('message', (reply: WorkerReply) => {
          pending--;
          store(reply.batch, reply.reports);
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
        // Two batches in flight: the next one is already waiting while this thread is busy with its own.
        for (let i = 0; i < IN_FLIGHT; i++) send();
      }),
  );
  const here = (async () => {
    for (let batch = take(); batch; batch = take()) {
      store(batch.batch, batch.files.map((file, i) => lintHere(files[batch!.batch + i] ?? { path: file.path, display: file.display })));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    await Promise.all([...inWorkers, here]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return reports;
}
