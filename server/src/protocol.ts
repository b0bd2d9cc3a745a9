/**
 * Everything the client and the server say to each other beyond the LSP itself:
 * custom requests and notifications (all prefixed `copydesk/`) and the settings shape.
 * The extension imports this file too, so both sides agree by construction.
 */
import { RequestType, NotificationType } from 'vscode-languageserver-protocol';
import type { ArticleExtract } from './analysis/extract';

export const LANGUAGE_ID = 'copydesk-article';

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type MarkdownMode = 'auto' | 'always' | 'never';

/** The `copydesk.*` settings, as the client sends them (`workspace/configuration`). */
export interface Settings {
  /** Dateline style when the article's front matter names none; null leaves it to `.copydesk.yaml`. */
  style: 'reuters' | 'ap' | 'plain' | null;
  /** Severity per rule id, over `.copydesk.yaml`. */
  rules: Record<string, Severity>;
  /** Which Markdown files count as articles. */
  markdown: MarkdownMode;
  /** Fact-check mode: hover cards lead with verification status, unverified quotes get hints. */
  factCheckMode: boolean;
  /** Inlay hints naming the source behind a pronoun. */
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  style: null,
  rules: {},
  markdown: 'auto',
  factCheckMode: false,
  inlayHints: true,
};

export interface ArticleModelParams {
  uri: string;
}

/** The `copydesk extract` object for an open document; null for a document the server does not know. */
export const ArticleModelRequest = new RequestType<ArticleModelParams, ArticleExtract | null, void>('copydesk/articleModel');

export interface ArticleSummaryParams {
  uri: string;
  version: number;
  sources: number;
  anonymous: number;
  unexplainedAnonymous: number;
  quotes: number;
  unattributedQuotes: number;
}

/** Sent after each analysis of an open article, for the status bar and the Sources view. */
export const ArticleSummaryNotification = new NotificationType<ArticleSummaryParams>('copydesk/articleSummary');

/**
 * The semantic token legend, in the order the server declares it (indices in the encoded
 * data refer to these arrays). Each custom type names the standard type a client without
 * it should fall back to, for the extension's `semanticTokenTypes` contribution.
 */
export const SEMANTIC_TOKEN_TYPES = [
  { id: 'quote', superType: 'string', description: "A direct or partial quote: someone's words" },
  { id: 'speaker', superType: 'variable', description: 'A mention of a source: name, surname, pronoun or description' },
  { id: 'cue', superType: 'keyword', description: 'An attribution verb or phrase (said, told, according to)' },
  { id: 'anonymousSource', superType: 'variable', description: 'The phrase that describes an anonymous source' },
  { id: 'anonymityReason', superType: 'comment', description: 'Why an anonymous source was granted anonymity' },
  { id: 'dateline', superType: 'namespace', description: 'The dateline opening the story' },
  { id: 'unattributedClaim', superType: 'regexp', description: 'A factual claim with no attribution' },
] as const;

export const SEMANTIC_TOKEN_MODIFIERS = [
  { id: 'anonymous', description: 'The source is anonymous' },
  { id: 'organization', description: 'The source is an organization, publication or document' },
  { id: 'pronoun', description: 'The mention is a pronoun pointing back to a source' },
  { id: 'unresolved', description: 'A quote with no speaker, or a source never introduced by full name' },
  { id: 'declaration', description: "The source's first full reference" },
] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number]['id'];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number]['id'];
