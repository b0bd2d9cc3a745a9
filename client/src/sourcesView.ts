/**
 * The Sources view (Explorer): the active article's sources grouped by kind, each with its
 * quote count and fact-check status, and its quotes beneath. Clicking a row reveals the text;
 * quotes carry the context menu to mark them verified, disputed or needs review.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleExtract, ExtractQuote, ExtractSource } from '../../server/src/analysis/extract';
import type { Articles } from './articles';
import { statusOf, stripQuoteMarks, type QuoteAnnotation } from './factCheck';
import { count as plural, shorten } from '../../server/src/features/cards';
import { SOURCES_VIEW } from './statusBar';

export const REVEAL_COMMAND = 'copydesk.sources.reveal';

type Kind = ExtractSource['kind'];

/** Group order and labels: the people quoted first, unsourced quotes last. */
const GROUPS: ReadonlyArray<{ kind: Kind; label: string; icon: string }> = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'organization', label: 'Organizations', icon: 'organization' },
  { kind: 'anonymous', label: 'Anonymous sources', icon: 'eye-closed' },
  { kind: 'publication', label: 'Publications', icon: 'book' },
  { kind: 'document', label: 'Documents', icon: 'file-text' },
];

const STATUS_ICONS: Record<string, vscode.ThemeIcon> = {
  verified: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  disputed: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'needs-review': new vscode.ThemeIcon('eye', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  unverified: new vscode.ThemeIcon('question'),
};

export interface GroupNode {
  type: 'group';
  label: string;
  icon: string;
  children: Array<SourceNode | QuoteNode>;
}

export interface SourceNode {
  type: 'source';
  uri: vscode.Uri;
  source: ExtractSource;
  quotes: QuoteNode[];
}

export interface QuoteNode {
  type: 'quote';
  uri: vscode.Uri;
  quote: ExtractQuote;
  /** The fact-check status from the front matter `annotations`, if any. */
  status: string | undefined;
}

export type SourcesNode = GroupNode | SourceNode | QuoteNode;

/** Builds the tree for one article: pure, so it can be checked without a view. */
export function buildSourceTree(uri: vscode.Uri, extract: ArticleExtract, annotations: readonly QuoteAnnotation[]): GroupNode[] {
  const quoteNode = (quote: ExtractQuote): QuoteNode => ({ type: 'quote', uri, quote, status: statusOf(quote.text, annotations) });
  const groups: GroupNode[] = [];
  for (const group of GROUPS) {
    const sources = extract.speakers
      .filter((source) => source.kind === group.kind)
      .map((source): SourceNode => ({
        type: 'source',
        uri,
        source,
        quotes: extract.quotes
          .filter((quote) => quote.speaker?.name === source.name && quote.speaker.kind === source.kind)
          .map(quoteNode),
      }));
    if (sources.length) groups.push({ type: 'group', label: group.label, icon: group.icon, children: sources });
  }
  const unattributed = extract.quotes.filter((quote) => !quote.speaker).map(quoteNode);
  if (unattributed.length) groups.push({ type: 'group', label: 'Quotes with no speaker', icon: 'question', children: unattributed });
  return groups;
}

function statusSummary(quotes: readonly QuoteNode[]): string {
  const counts = new Map<string, number>();
  for (const { status } of quotes) if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(' · ');
}

/** The tree item for a node (exported for tests that check labels and menus). */
export function treeItemFor(node: SourcesNode): vscode.TreeItem {
  switch (node.type) {
    case 'group': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = String(node.children.length);
      item.contextValue = 'group';
      return item;
    }
    case 'source': {
      const { source } = node;
      const state = node.quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
      const item = new vscode.TreeItem(source.name, state);
      const unexplained = source.anonymous && !source.anonymityReason;
      const parts = [plural(source.quotes, 'quote'), statusSummary(node.quotes)];
      if (unexplained) parts.push('no reason given');
      item.description = parts.filter(Boolean).join(' · ');
      item.iconPath = unexplained
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon(GROUPS.find((g) => g.kind === source.kind)?.icon ?? 'person');
      const tooltip = new vscode.MarkdownString(`**${source.name}**`);
      if (source.title) tooltip.appendMarkdown(`  \n${source.title}`);
      if (source.anonymous) tooltip.appendMarkdown(`  \nAnonymous: ${source.anonymityReason ?? '_no reason given_'}`);
      tooltip.appendMarkdown(`  \n${plural(source.mentions.length, 'mention')}, ${plural(source.quotes, 'quote')}`);
      item.tooltip = tooltip;
      item.contextValue = 'source';
      item.id = `${node.uri}#source:${source.kind}:${source.name}`;
      const first = source.mentions[0];
      if (first) item.command = revealCommand(node.uri, first.start, first.end);
      return item;
    }
    case 'quote': {
      const { quote } = node;
      const item = new vscode.TreeItem(shorten(stripQuoteMarks(quote.text), 64), vscode.TreeItemCollapsibleState.None);
      item.description = node.status ?? '';
      item.iconPath = (node.status && STATUS_ICONS[node.status]) || new vscode.ThemeIcon('quote');
      item.tooltip = new vscode.MarkdownString().appendText(quote.text);
      item.contextValue = 'quote';
      item.id = `${node.uri}#quote:${quote.start}`;
      item.command = revealCommand(node.uri, quote.start, quote.end);
      return item;
    }
  }
}

function revealCommand(uri: vscode.Uri, start: number, end: number): vscode.Command {
  return { command: REVEAL_COMMAND, title: 'Reveal in Article', arguments: [uri.toString(), start, end] };
}

/** Selects `[start, end)` (document offsets) in the article and scrolls it into view. */
export async function revealRange(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  readonly #articles: Articles;
  readonly #onDidChangeTreeData = new vscode.EventEmitter<void>();
  readonly #disposables: vscode.Disposable[] = [];
  readonly #view: vscode.TreeView<SourcesNode>;
  #uri: vscode.Uri | undefined;
  #roots: GroupNode[] = [];
  #pending: Promise<void> = Promise.resolve();

  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;

  constructor(articles: Articles) {
    this.#articles = articles;
    this.#view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.#disposables.push(
      this.#view,
      this.#onDidChangeTreeData,
      articles.onDidChange((uri) => {
        if (uri.toString() === this.#activeUri()?.toString()) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to the view itself, the panel or an output leaves no text editor:
        // keep showing the article the user was looking at.
        if (editor) this.refresh();
      }),
    );
    this.refresh();
  }

  /** Re-reads the active article from the server; resolves when the tree is up to date. */
  refresh(): Promise<void> {
    this.#pending = this.#pending.then(() => this.#load()).catch(() => undefined);
    return this.#pending;
  }

  /** The article the view shows, if any. */
  get uri(): vscode.Uri | undefined {
    return this.#uri;
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (!node) return this.#roots;
    if (node.type === 'group') return node.children;
    if (node.type === 'source') return node.quotes;
    return [];
  }

  dispose(): void {
    for (const disposable of this.#disposables) disposable.dispose();
  }

  #activeUri(): vscode.Uri | undefined {
    return vscode.window.activeTextEditor?.document.uri ?? this.#uri;
  }

  async #load(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = editor?.document.uri ?? this.#uri;
    const extract = uri && this.#articles.isArticle(uri) ? await this.#articles.model(uri) : null;
    const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!uri || !extract || !document) {
      this.#uri = undefined;
      this.#roots = [];
      this.#view.description = undefined;
    } else {
      this.#uri = uri;
      const { readAnnotations } = require('./annotations') as typeof import('./annotations');
      this.#roots = buildSourceTree(uri, extract, readAnnotations(document.getText()));
      this.#view.description = path.posix.basename(uri.path);
    }
    this.#onDidChangeTreeData.fire();
  }
}
