/**
 * Runs analyses: ordinary articles right here, large documents on a worker thread, where
 * their analysis also stays. Reading a 10 MB document takes seconds, and so would copying
 * its model back; kept on the worker, it answers each request with the small result, and
 * hovers, completions and the other documents never wait for it.
 *
 * Each analysis of an ordinary document takes over the unchanged paragraphs the last one read
 * (DocumentAnalyses). Large documents do without: keeping a 10 MB document's paragraphs
 * made the worker hold 430 MB instead of 90 for a third off each re-analysis.
 */
import { Worker } from 'node:worker_threads';
import type { FeatureArgs, FeatureName, FeatureResult } from '../features/registry';
import { RenameRefused } from '../features/rename';
import { createAnalysis } from './analysis';
import { LocalAnalysis, type ArticleAnalysis } from './analysisHandle';
import type { ArticleConfig } from './articleConfig';
import { DocumentAnalyses } from './engine';

/** Texts at least this long (UTF-16 units) are analysed, and kept, on the worker thread. */
export const WORKER_THRESHOLD = 256 * 1024;

/** The marker the entry point looks for to run as an analysis worker. */
export const WORKER_MARKER = 'copydeskAnalysisWorker';

/** Thrown to the waiters of an analysis a newer one made pointless, or that the worker no longer holds. */
export class AnalysisSuperseded extends Error {
  constructor() {
    super('A newer version of the document is being analysed');
  }
}

export interface Analyzer {
  /** Analyses one version of a document; a later call with the same `key` may supersede this one while it waits. */
  analyze(key: string, uri: string, version: number, text: string, config: ArticleConfig): Promise<ArticleAnalysis>;
  /** The document closed: let go of what is kept for it. */
  forget(key: string): void;
  /** Called when the worker died and with it the analyses it held. */
  onWorkerLost(listener: () => void): void;
  dispose(): void;
}

/** Messages to the worker. */
export type WorkerRequest =
  | { op: 'analyze'; id: number; key: string; uri: string; version: number; text: string; config: ArticleConfig }
  | { op: 'run'; id: number; key: string; version: number; name: FeatureName; args: unknown[] }
  | { op: 'forget'; key: string };

/** Answers from the worker. */
export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: { kind: 'superseded' | 'refused' | 'failed'; message: string };
}

/**
 * An analyzer; with `workerScript` (a script whose top level runs `runAnalysisWorker` when
 * started as a worker: the server's own entry point), large texts go to a worker.
 */
export function createAnalyzer(workerScript?: string, threshold = WORKER_THRESHOLD): Analyzer {
  const worker = workerScript ? new AnalysisWorker(workerScript) : undefined;
  const local = new DocumentAnalyses();
  return {
    analyze(key, uri, version, text, config) {
      if (worker && text.length >= threshold) return worker.analyze(key, uri, version, text, config);
      try {
        return Promise.resolve(new LocalAnalysis(createAnalysis(uri, version, local.analyzeText(key, text, config), config)));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    forget: (key) => {
      local.forget(key);
      worker?.forget(key);
    },
    onWorkerLost: (listener) => worker?.onLost(listener),
    dispose: () => worker?.dispose(),
  };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface QueuedAnalysis {
  request: Extract<WorkerRequest, { op: 'analyze' }>;
  pending: Pending;
}

/**
 * One worker. Analyses go one at a time, and one still waiting is dropped when a newer
 * version of its document arrives; feature requests go straight through.
 */
class AnalysisWorker {
  #script: string;
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #queue: QueuedAnalysis[] = [];
  #analyzing: QueuedAnalysis | undefined;
  #lostListeners: (() => void)[] = [];

  constructor(script: string) {
    this.#script = script;
  }

  analyze(key: string, uri: string, version: number, text: string, config: ArticleConfig): Promise<ArticleAnalysis> {
    return new Promise<unknown>((resolve, reject) => {
      for (const queued of this.#queue.filter((job) => job.request.key === key)) queued.pending.reject(new AnalysisSuperseded());
      this.#queue = this.#queue.filter((job) => job.request.key !== key);
      this.#queue.push({ request: { op: 'analyze', id: this.#nextId++, key, uri, version, text, config }, pending: { resolve, reject } });
      this.#next();
    }).then(() => new RemoteAnalysis(this, key, uri, version));
  }

  run<N extends FeatureName>(key: string, version: number, name: N, args: FeatureArgs<N>): Promise<FeatureResult<N>> {
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#ensure().postMessage({ op: 'run', id, key, version, name, args } satisfies WorkerRequest);
    });
  }

  forget(key: string): void {
    this.#worker?.postMessage({ op: 'forget', key } satisfies WorkerRequest);
  }

  onLost(listener: () => void): void {
    this.#lostListeners.push(listener);
  }

  dispose(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    void worker?.terminate();
  }

  #next(): void {
    if (this.#analyzing || this.#queue.length === 0) return;
    const job = this.#queue.shift()!;
    this.#analyzing = job;
    this.#pending.set(job.request.id, {
      resolve: (value) => {
        this.#analyzing = undefined;
        job.pending.resolve(value);
        this.#next();
      },
      reject: (error) => {
        this.#analyzing = undefined;
        job.pending.reject(error);
        this.#next();
      },
    });
    this.#ensure().postMessage(job.request);
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#script, { workerData: { [WORKER_MARKER]: true } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (!pending) return;
      if (!reply.error) pending.resolve(reply.result);
      else if (reply.error.kind === 'superseded') pending.reject(new AnalysisSuperseded());
      else if (reply.error.kind === 'refused') pending.reject(new RenameRefused(reply.error.message));
      else pending.reject(new Error(reply.error.message));
    });
    const lost = (error: Error): void => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      const pending = [...this.#pending.values()];
      this.#pending.clear();
      for (const waiter of pending) waiter.reject(error);
      for (const listener of this.#lostListeners) listener();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The analysis worker stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}

/** An analysis kept on the worker. */
class RemoteAnalysis implements ArticleAnalysis {
  readonly uri: string;
  readonly version: number;
  #worker: AnalysisWorker;
  #key: string;

  constructor(worker: AnalysisWorker, key: string, uri: string, version: number) {
    this.#worker = worker;
    this.#key = key;
    this.uri = uri;
    this.version = version;
  }

  run<N extends FeatureName>(name: N, ...args: FeatureArgs<N>): Promise<FeatureResult<N>> {
    return this.#worker.run(this.#key, this.version, name, args);
  }
}
