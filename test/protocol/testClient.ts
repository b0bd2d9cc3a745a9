/**
 * A scripted LSP client for the protocol tests: spawns the built server
 * (`dist/server.js`), speaks JSON-RPC with it over stdio, records what the server sends,
 * and waits on conditions with deadlines, never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');

/** What a capable editor (VS Code-like, but pushing diagnostics) says it supports. */
export const RICH_CLIENT: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    semanticTokens: { refreshSupport: true },
    workspaceFolders: true,
    symbol: {},
  },
  textDocument: {
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
    publishDiagnostics: { versionSupport: true, relatedInformation: true },
    inlayHint: {},
    codeLens: {},
    completion: {},
    rename: { prepareSupport: true },
  },
  window: { workDoneProgress: true },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The answer to every `workspace/configuration` item (the `copydesk` section). */
  settings?: unknown;
  workspaceFolder?: string;
  args?: string[];
  initializationOptions?: unknown;
}

interface Received {
  method: string;
  params: unknown;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  initializeResult!: InitializeResult;
  /** Every notification and request from the server, in order of arrival. */
  readonly received: Received[] = [];
  /** Anything that went wrong on the wire: garbage on stdout shows up here. */
  readonly wireErrors: string[] = [];
  readonly stderr: string[] = [];
  /** The answer to every `workspace/configuration` item. */
  settings: unknown;
  #documents = new Map<string, TextDocument>();
  #waiters = new Set<() => void>();

  private constructor(child: ChildProcess, settings: unknown) {
    this.process = child;
    this.settings = settings;
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification((method, params) => this.#record(method, params));
    this.connection.onRequest((method, params) => {
      this.#record(method, params);
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => this.settings);
      if (method === WorkDoneProgressCreateRequest.method) {
        // The connection keeps `$/progress` for registered tokens; record this token's reports with the rest.
        const { token } = params as { token: string | number };
        this.connection.onProgress(WorkDoneProgress.type, token, (value) => this.#record('$/progress', { token, value }));
      }
      return null; // registerCapability, workDoneProgress/create, refreshes, showMessageRequest
    });
    this.connection.onError(([error]) => this.wireErrors.push(error.message));
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, ...(options.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(child, options.settings ?? {});
    const folder = options.workspaceFolder;
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      capabilities: options.capabilities ?? RICH_CLIENT,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'copydesk-article'): Promise<void> {
    this.#documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies the changes locally and sends them; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.document(uri);
    const version = document.version + 1;
    this.#documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the first `find` with `replace`, as an incremental change. */
  async replace(uri: string, find: string, replace: string): Promise<number> {
    const document = this.document(uri);
    const at = document.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(at + find.length) }, text: replace }]);
  }

  async close(uri: string): Promise<void> {
    this.#documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { copydesk: settings } });
  }

  document(uri: string): TextDocument {
    const document = this.#documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** Applies a workspace edit from the server to the open documents and sends the changes, as an editor would. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const perDocument: [string, TextEdit[]][] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) perDocument.push([change.textDocument.uri, change.edits.map(asTextEdit)]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perDocument.push([uri, edits]);
    for (const [uri, edits] of perDocument) {
      const document = this.document(uri);
      const text = TextDocument.applyEdits(document, edits);
      await this.change(uri, [{ text }]);
    }
  }

  /** The notifications of one method, oldest first. */
  notifications<T>(method: string): T[] {
    return this.received.filter((message) => message.method === method).map((message) => message.params as T);
  }

  /** The newest diagnostics published for `uri`. */
  diagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.notifications<PublishDiagnosticsParams>(PublishDiagnosticsNotification.type.method)
      .filter((params) => params.uri === uri)
      .at(-1);
  }

  /** Resolves with `check()`'s first defined value, re-checking after every message; fails with `what` at the deadline. */
  until<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value === undefined || value === false) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${this.stderr.length ? `\nserver stderr: ${this.stderr.join('')}` : ''}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(attempt);
      };
      if (!attempt()) this.#waiters.add(attempt);
    });
  }

  /** Waits for diagnostics of the document's current version. */
  diagnosticsForCurrentVersion(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.until(`diagnostics for version ${this.document(uri).version} of ${uri}`, () => {
      const latest = this.diagnostics(uri);
      return latest?.version === this.document(uri).version ? latest : undefined;
    }, timeoutMs);
  }

  /** Shuts the server down politely; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  #record(method: string, params: unknown): void {
    this.received.push({ method, params });
    for (const waiter of [...this.#waiters]) waiter();
  }
}

function asTextEdit(edit: TextEdit | { range: TextEdit['range']; snippet: { value: string } }): TextEdit {
  return 'newText' in edit ? edit : { range: edit.range, newText: edit.snippet.value.replace(/\$\{\d+:([^}]*)\}/g, '$1') };
}

/** The `file://` URI of a path, as editors send it. */
export function fileUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}
