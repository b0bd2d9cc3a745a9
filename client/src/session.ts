/**
 * The language client's lifecycle. The client starts lazily, the first time an article (or a
 * Markdown file that may be one) is open, so activation stays cheap and plain Markdown users
 * never pay for a server process. Restart and stop go through here too.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { mightBeArticle } from './articleDetector';
import type { Articles } from './articles';
import { createClient } from './client';
import { markdownMode } from './config';

export class Session implements vscode.Disposable {
  readonly #context: vscode.ExtensionContext;
  readonly #articles: Articles;
  readonly #output: vscode.LogOutputChannel;
  #client: LanguageClient | undefined;
  #starting: Promise<LanguageClient> | undefined;

  constructor(context: vscode.ExtensionContext, articles: Articles, output: vscode.LogOutputChannel) {
    this.#context = context;
    this.#articles = articles;
    this.#output = output;
  }

  /** The running client, if it has been started. */
  get client(): LanguageClient | undefined {
    return this.#client;
  }

  /**
   * Starts the client once; later calls return the same promise. The work begins on the next
   * turn of the event loop: called during activation (an article is already open), loading
   * the client library must not count against activation.
   */
  start(): Promise<LanguageClient> {
    this.#starting ??= (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const client = await createClient(this.#context, this.#output);
      this.#articles.attach(client);
      this.#client = client;
      await client.start();
      return client;
    })();
    return this.#starting;
  }

  /** Starts the client if `document` may be an article. */
  startFor(document: vscode.TextDocument): void {
    if (this.#starting) return;
    if (mightBeArticle(document.languageId, () => document.getText(), markdownMode(document.uri))) this.startInBackground();
  }

  /** Starts the client without waiting; a failure is reported to the user, not thrown. */
  startInBackground(): void {
    this.start().catch((error: unknown) => this.#reportStartFailure(error));
  }

  /** Stops and starts the server again (for "Copydesk: Restart Language Server"). */
  async restart(): Promise<void> {
    if (!this.#starting) {
      await this.start();
      return;
    }
    const client = await this.#starting;
    this.#articles.clear();
    await client.restart();
  }

  async dispose(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    this.#starting = undefined;
    if (client?.isRunning()) await client.stop();
  }

  #reportStartFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#output.appendLine(`The Copydesk language server did not start: ${message}`);
    void vscode.window.showErrorMessage('Copydesk: the language server did not start. See the output for details.', 'Show Output').then(
      (choice) => choice && this.#output.show(),
    );
  }
}
