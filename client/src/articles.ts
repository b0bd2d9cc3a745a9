/**
 * What the extension knows about open articles: the server's `copydesk/articleSummary` per
 * document (for the status bar) and, on demand, the full `copydesk/articleModel` (for the
 * Sources view and the commands). One place, so the views never disagree.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ArticleExtract } from '../../server/src/analysis/extract';
import type { ArticleSummaryParams } from '../../server/src/protocol';

/** The custom protocol, loaded with the client (it pulls in the LSP protocol library). */
const protocol = (): typeof import('../../server/src/protocol') => require('../../server/src/protocol');

export class Articles implements vscode.Disposable {
  readonly #summaries = new Map<string, ArticleSummaryParams>();
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  readonly #disposables: vscode.Disposable[] = [];
  #client: LanguageClient | undefined;

  /** Fires with a document's URI when its summary changes (after each analysis). */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    this.#disposables.push(
      this.#onDidChange,
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.#summaries.delete(document.uri.toString())) this.#onDidChange.fire(document.uri);
      }),
    );
  }

  /** Starts listening to a client; its notifications survive restarts of the server. */
  attach(client: LanguageClient): void {
    const { ArticleSummaryNotification } = protocol();
    this.#client = client;
    this.#disposables.push(
      client.onNotification(ArticleSummaryNotification, (summary) => {
        this.#summaries.set(vscode.Uri.parse(summary.uri).toString(), summary);
        this.#onDidChange.fire(vscode.Uri.parse(summary.uri));
      }),
    );
  }

  /** The latest summary of a document the server treats as an article. */
  summary(uri: vscode.Uri): ArticleSummaryParams | undefined {
    return this.#summaries.get(uri.toString());
  }

  /** True when the server has analysed this document as an article. */
  isArticle(uri: vscode.Uri): boolean {
    return this.#summaries.has(uri.toString());
  }

  /** The full extract for a document; null when the server does not treat it as an article. */
  async model(uri: vscode.Uri): Promise<ArticleExtract | null> {
    const client = this.#client;
    if (!client?.isRunning()) return null;
    const { ArticleModelRequest } = protocol();
    return client.sendRequest(ArticleModelRequest, { uri: client.code2ProtocolConverter.asUri(uri) });
  }

  /** Forgets everything, e.g. when the server restarts. */
  clear(): void {
    const uris = [...this.#summaries.keys()];
    this.#summaries.clear();
    for (const uri of uris) this.#onDidChange.fire(vscode.Uri.parse(uri));
  }

  dispose(): void {
    for (const disposable of this.#disposables) disposable.dispose();
  }
}
