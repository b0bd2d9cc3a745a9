/**
 * Re-checks open articles as they change: waits for typing to pause, analyses the newest
 * version, then publishes its diagnostics (when the client does not pull them) and its
 * summary. A result is dropped when the document moved on while it was computed, so a
 * client never receives diagnostics for a version older than the one it has.
 */
import type { Connection } from 'vscode-languageserver';
import { ArticleSummaryNotification } from '../protocol';
import type { ArticleAnalysis } from './analysisHandle';
import { AnalysisSuperseded } from './analyzer';
import type { Articles } from './articles';

export interface CheckerOptions {
  /** Publish diagnostics; false when the client pulls them. */
  push: boolean;
  /** How long typing must pause before a re-check, in milliseconds. */
  delay: number;
  /** Told of each fresh analysis (the workspace index keeps open documents current with it). */
  onChecked?: (analysis: ArticleAnalysis) => void;
}

export class Checker {
  #connection: Connection;
  #articles: Articles;
  #options: CheckerOptions;
  #timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose last published diagnostics were not empty. */
  #published = new Set<string>();

  constructor(connection: Connection, articles: Articles, options: CheckerOptions) {
    this.#connection = connection;
    this.#articles = articles;
    this.#options = options;
  }

  /** Check soon: `now` for a document just opened, else after the typing pause. */
  schedule(uri: string, now = false): void {
    clearTimeout(this.#timers.get(uri));
    const timer = setTimeout(() => {
      this.#timers.delete(uri);
      void this.#check(uri);
    }, now ? 0 : this.#options.delay);
    this.#timers.set(uri, timer);
  }

  scheduleAll(): void {
    for (const document of this.#articles.documents.all()) this.schedule(document.uri, true);
  }

  /** The document closed: stop checking it and take its diagnostics away. */
  close(uri: string): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    if (this.#options.push && this.#published.delete(uri)) this.#connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  async #check(uri: string): Promise<void> {
    try {
      const analysis = await this.#articles.analysis(uri);
      const document = this.#articles.documents.get(uri);
      if (!document) return;
      if (!analysis) {
        // Not (or no longer) an article, e.g. its front matter lost `type:`.
        if (this.#options.push && this.#published.delete(uri)) {
          this.#connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
        }
        return;
      }
      if (this.#options.push) {
        const diagnostics = await analysis.run('diagnostics');
        if (!this.#articles.isCurrent(analysis)) return;
        if (diagnostics.length > 0) this.#published.add(uri);
        else this.#published.delete(uri);
        await this.#connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
      }
      const summary = await analysis.run('summary');
      if (!this.#articles.isCurrent(analysis)) return;
      await this.#connection.sendNotification(ArticleSummaryNotification, summary);
      this.#options.onChecked?.(analysis);
    } catch (error) {
      if (error instanceof AnalysisSuperseded) return;
      this.#connection.console.error(`Checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}
