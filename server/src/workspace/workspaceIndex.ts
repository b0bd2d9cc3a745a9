/**
 * The articles of the whole workspace, read in the background: their sources (for
 * workspace symbols) and their diagnostics (for `workspace/diagnostic`). Only that much is
 * kept per file, not the model, so a workspace of thousands of articles stays small.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { IndexedArticle } from '../features/indexEntry';
import type { ArticleAnalysis } from './analysisHandle';
import type { Analyzer } from './analyzer';
import type { ArticleTest } from './articles';
import type { ConfigurationResolver } from './configuration';
import { findMarkdownFiles, isArticleFileName, MAX_INDEXED_FILE } from './files';
import { fileUriOf, filePathOf } from './uris';

/** How the index tells the user it is working (`$/progress` in the server). */
export interface IndexProgress {
  begin(total: number): Promise<void> | void;
  report(done: number, total: number, file: string): void;
  end(): void;
}

export class WorkspaceIndex {
  #articles = new Map<string, IndexedArticle>();
  /** Open documents stand in for their files; summarised only when asked, not on every keystroke. */
  #open = new Map<string, { analysis: ArticleAnalysis; stamp: string }>();
  #summaries = new WeakMap<ArticleAnalysis, Promise<IndexedArticle>>();
  #analyzer: Analyzer;
  #configuration: ConfigurationResolver;
  #isArticle: ArticleTest;
  #listeners = new Set<() => void>();
  #building: Promise<void> | undefined;
  #roots: string[] = [];

  #log: (message: string) => void;

  constructor(analyzer: Analyzer, configuration: ConfigurationResolver, isArticle: ArticleTest, log: (message: string) => void) {
    this.#log = log;
    this.#analyzer = analyzer;
    this.#configuration = configuration;
    this.#isArticle = isArticle;
  }

  /** Every article: the open ones as they are in the editor, the others as on disk. */
  async articles(): Promise<IndexedArticle[]> {
    const onDisk = [...this.#articles].filter(([uri]) => !this.#open.has(uri)).map(([, article]) => article);
    const open = await Promise.all(
      [...this.#open.values()].map(({ analysis, stamp }) => {
        let summary = this.#summaries.get(analysis);
        if (!summary) {
          summary = analysis.run('indexEntry', stamp);
          this.#summaries.set(analysis, summary);
        }
        return summary.catch(() => undefined); // superseded meanwhile: the next edit brings it back
      }),
    );
    return [...onDisk, ...open.filter((article): article is IndexedArticle => article !== undefined)];
  }

  /** Resolves once the current (re)build has finished. */
  whenReady(): Promise<void> {
    return this.#building ?? Promise.resolve();
  }

  /** Calls `listener` after each change to the index; returns a function that unsubscribes. */
  onDidChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads every article under the folders, reporting progress; a rebuild replaces a build in flight. */
  build(roots: string[], progress: IndexProgress): Promise<void> {
    this.#roots = roots;
    const previous = this.#building ?? Promise.resolve();
    const run = previous.then(() => this.#build(roots, progress));
    this.#building = run.finally(() => {
      if (this.#building === guarded) this.#building = undefined;
    });
    const guarded = this.#building;
    return guarded;
  }

  /** Rebuild with the same folders (after a configuration change). */
  rebuild(progress: IndexProgress): Promise<void> {
    return this.build(this.#roots, progress);
  }

  /** Re-reads one file from disk (it changed, or its editor closed without saving). */
  async refresh(uri: string): Promise<void> {
    this.#open.delete(uri);
    const file = filePathOf(uri);
    if (!file) return;
    const article = await this.#read(file).catch(() => undefined);
    if (article) this.#articles.set(article.uri, article);
    else this.#articles.delete(uri);
    this.#changed();
  }

  remove(uri: string): void {
    if (this.#articles.delete(uri)) this.#changed();
  }

  /** An open document's newest analysis stands in for the file on disk. */
  updateFrom(analysis: ArticleAnalysis): void {
    if (!filePathOf(analysis.uri)) return;
    this.#open.set(analysis.uri, { analysis, stamp: `open:${analysis.version}:${this.#configuration.generation}` });
    this.#changed();
  }

  async #build(roots: string[], progress: IndexProgress): Promise<void> {
    const walks = await Promise.all(roots.map((root) => findMarkdownFiles(root)));
    const files = walks.flatMap((walk) => walk.files);
    const truncated = roots.filter((_, i) => walks[i].truncated);
    if (truncated.length > 0) this.#log(`Indexed only part of ${truncated.join(', ')}: the folder is too large to read whole.`);
    await progress.begin(files.length);
    const seen = new Set<string>();
    try {
      for (const [i, file] of files.entries()) {
        progress.report(i, files.length, path.basename(file));
        const article = await this.#read(file).catch(() => undefined);
        if (article) {
          this.#articles.set(article.uri, article);
          seen.add(article.uri);
        }
        // Let requests in between files: indexing must never make the editor wait.
        await new Promise((resolve) => setImmediate(resolve));
      }
      for (const uri of [...this.#articles.keys()]) if (!seen.has(uri)) this.#articles.delete(uri);
    } finally {
      progress.end();
      this.#changed();
    }
  }

  async #read(file: string): Promise<IndexedArticle | undefined> {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > MAX_INDEXED_FILE) return undefined;
    const uri = fileUriOf(file);
    if (this.#configuration.isIgnored(uri)) return undefined;
    const text = await fs.readFile(file, 'utf8');
    const config = await this.#configuration.forDocument(uri);
    if (!isArticleFileName(file) && !this.#isArticle(text, config.settings.markdown)) return undefined;
    const key = `index:${uri}`;
    const analysis = await this.#analyzer.analyze(key, uri, 0, text, config);
    try {
      return await analysis.run('indexEntry', `${stat.mtimeMs}:${stat.size}:${this.#configuration.generation}`);
    } finally {
      this.#analyzer.forget(key);
    }
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
