/**
 * The language server's part of `npm run bench`, measured through the real protocol
 * against the built server (`dist/server.js`), as an editor would see it:
 * - 200 single-character edits to a 2,000-word article, after 50 unmeasured ones while V8
 *   compiles the analysis: from `didChange` to the `publishDiagnostics` for that version,
 *   minus the server's typing pause; and the very first edit, cold, on its own;
 * - `semanticTokens/full` after each edit (a fresh analysis, tokens not yet computed);
 * - the server's memory with 200 articles open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  SemanticTokensRequest,
  ShutdownRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { DEFAULT_CHECK_DELAY } from '../../server/src/server';
import { longArticle, writeArticles } from './articles';
import { median, percentile } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface ServerBenchResult {
  words: number;
  edits: number;
  /** The server's pause after typing, subtracted from each diagnostics time. */
  debounceMs: number;
  diagnosticsMs: { median: number; p99: number };
  /** The first edit after the article opened, before V8 has compiled the analysis. */
  firstEditMs: number;
  warmUpEdits: number;
  semanticTokensFullMs: { median: number };
  openArticles: number;
  memoryMB: number;
}

export const TARGETS = { diagnosticsMedianMs: 5, diagnosticsP99Ms: 20, semanticTokensMs: 5, memoryMB: 200 };

const EDITS = 200;
/** Edits made first and not measured, while V8 compiles the analysis (see benchServer). */
const WARM_UP_EDITS = 50;
const OPEN_ARTICLES = 200;

/** A bare LSP client: enough to open, edit, and wait for diagnostics of a given version. */
class BenchClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  #waiting = new Map<string, { version: number; resolve: () => void }>();

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
      const waiter = this.#waiting.get(params.uri);
      if (waiter && params.version !== undefined && params.version >= waiter.version) {
        this.#waiting.delete(params.uri);
        waiter.resolve();
      }
    });
    this.connection.onRequest(() => null);
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves when diagnostics for `version` (or newer) of `uri` arrive; fails after `timeoutMs`. */
  diagnostics(uri: string, version: number, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} of ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.#waiting.set(uri, { version, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async open(uri: string, text: string): Promise<void> {
    const published = this.diagnostics(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'copydesk-article', version: 1, text } });
    await published;
  }

  /** The server's resident memory, from the operating system. */
  memoryMB(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}

/** Where the n-th edit goes: alternately type a letter into the body and take it out again, moving through the text. */
function editAt(text: string, n: number, bodyStart: number): { offset: number; insert: boolean } {
  const span = text.length - bodyStart - 1;
  const offset = bodyStart + Math.floor(((n >> 1) * 7919) % span);
  return { offset, insert: n % 2 === 0 };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function report(label: string, value: string): void {
  console.log(`  ${label.padEnd(52)} ${value}`);
}

export async function benchServer(): Promise<ServerBenchResult | undefined> {
  if (!fs.existsSync(SERVER)) {
    console.log('\nLanguage server: skipped, run npm run build first');
    return undefined;
  }
  let text = longArticle(2000);
  const words = text.split(/\s+/).filter(Boolean).length;
  const bodyStart = text.indexOf('\n---\n') + 5;
  const client = new BenchClient();
  try {
    await client.initialize();
    const uri = 'file:///bench/long.article.md';
    await client.open(uri, text);

    // The first edits after start-up measure V8 compiling the analysis, not typing: they run
    // first, unmeasured but for the very first (reported on its own). In an editor with a
    // workspace, indexing the workspace's articles has done this before anyone types.
    const diagnostics: number[] = [];
    const tokens: number[] = [];
    let firstEditMs = 0;
    for (let n = 0; n < WARM_UP_EDITS + EDITS; n++) {
      const version = n + 2;
      const { offset, insert } = editAt(text, n, bodyStart);
      const range = insert
        ? { start: positionAt(text, offset), end: positionAt(text, offset) }
        : { start: positionAt(text, offset), end: positionAt(text, offset + 1) };
      text = insert ? text.slice(0, offset) + 'x' + text.slice(offset) : text.slice(0, offset) + text.slice(offset + 1);
      const published = client.diagnostics(uri, version);
      const sent = process.hrtime.bigint();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text: insert ? 'x' : '' }],
      });
      await published;
      const elapsed = Number(process.hrtime.bigint() - sent) / 1e6 - DEFAULT_CHECK_DELAY;
      const asked = process.hrtime.bigint();
      await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      const tokensMs = Number(process.hrtime.bigint() - asked) / 1e6;
      if (n === 0) firstEditMs = elapsed;
      if (n < WARM_UP_EDITS) continue;
      diagnostics.push(elapsed);
      tokens.push(tokensMs);
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-server-'));
    try {
      const files = writeArticles(dir, OPEN_ARTICLES);
      for (const file of files) await client.open(`file://${file}`, fs.readFileSync(file, 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const result: ServerBenchResult = {
      words,
      edits: EDITS,
      debounceMs: DEFAULT_CHECK_DELAY,
      diagnosticsMs: { median: median(diagnostics), p99: percentile(diagnostics, 99) },
      firstEditMs,
      warmUpEdits: WARM_UP_EDITS,
      semanticTokensFullMs: { median: median(tokens) },
      openArticles: OPEN_ARTICLES,
      memoryMB: client.memoryMB(),
    };
    console.log(`\nLanguage server through the protocol (${words}-word article, ${EDITS} single-character edits after ${WARM_UP_EDITS} to warm up)`);
    report('didChange → publishDiagnostics, minus the pause, median', `${result.diagnosticsMs.median.toFixed(2)} ms   (target ≤ ${TARGETS.diagnosticsMedianMs} ms)`);
    report('didChange → publishDiagnostics, minus the pause, p99', `${result.diagnosticsMs.p99.toFixed(2)} ms   (target ≤ ${TARGETS.diagnosticsP99Ms} ms)`);
    report('the first edit after opening, before warm-up', `${result.firstEditMs.toFixed(2)} ms`);
    report('semanticTokens/full, round trip, median', `${result.semanticTokensFullMs.median.toFixed(2)} ms   (target ≤ ${TARGETS.semanticTokensMs} ms)`);
    report(`server memory (RSS) with ${OPEN_ARTICLES} more articles open`, `${result.memoryMB.toFixed(0)} MB   (target ≤ ${TARGETS.memoryMB} MB)`);
    return result;
  } finally {
    await client.stop();
  }
}
