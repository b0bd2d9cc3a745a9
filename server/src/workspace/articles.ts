/**
 * The open articles: which open documents Copydesk serves, and the current analysis of
 * each, computed once per document version and configuration and shared by every feature.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGUAGE_ID, type MarkdownMode } from '../protocol';
import type { ArticleAnalysis } from './analysisHandle';
import type { Analyzer } from './analyzer';
import type { ConfigurationResolver } from './configuration';

/** Decides whether a Markdown text is an article (`auto` reads its front matter). */
export type ArticleTest = (text: string, mode: MarkdownMode) => boolean;

interface Entry {
  version: number;
  generation: number;
  analysis: Promise<ArticleAnalysis | undefined>;
}

export class Articles {
  readonly documents: TextDocuments<TextDocument>;
  #configuration: ConfigurationResolver;
  #analyzer: Analyzer;
  #isArticle: ArticleTest;
  #entries = new Map<string, Entry>();

  constructor(
    documents: TextDocuments<TextDocument>,
    configuration: ConfigurationResolver,
    analyzer: Analyzer,
    isArticle: ArticleTest,
  ) {
    this.documents = documents;
    this.#configuration = configuration;
    this.#analyzer = analyzer;
    this.#isArticle = isArticle;
  }

  /**
   * The analysis of the document as it is now; undefined when the document is not open or
   * is not an article. Requests that arrive together share one analysis.
   */
  analysis(uri: string): Promise<ArticleAnalysis | undefined> {
    const document = this.documents.get(uri);
    if (!document) return Promise.resolve(undefined);
    const generation = this.#configuration.generation;
    const entry = this.#entries.get(uri);
    if (entry && entry.version === document.version && entry.generation === generation) return entry.analysis;
    const analysis = this.#analyze(document);
    this.#entries.set(uri, { version: document.version, generation, analysis });
    return analysis;
  }

  /** Whether the analysis is still the newest (no edit or setting since). */
  isCurrent(analysis: ArticleAnalysis): boolean {
    const document = this.documents.get(analysis.uri);
    const entry = this.#entries.get(analysis.uri);
    return document?.version === analysis.version && entry?.generation === this.#configuration.generation;
  }

  forget(uri: string): void {
    this.#entries.delete(uri);
    this.#analyzer.forget(uri);
  }

  /** Drop every analysis (the worker holding some of them was lost). */
  forgetAll(): void {
    this.#entries.clear();
  }

  async #analyze(document: TextDocument): Promise<ArticleAnalysis | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    const config = await this.#configuration.forDocument(uri);
    if (!this.#serves(document, text, config.settings.markdown)) return undefined;
    return this.#analyzer.analyze(uri, uri, version, text, config);
  }

  #serves(document: TextDocument, text: string, mode: MarkdownMode): boolean {
    if (this.#configuration.isIgnored(document.uri)) return false;
    if (document.languageId === LANGUAGE_ID || document.uri.endsWith('.article.md')) return true;
    return this.#isArticle(text, mode);
  }
}
