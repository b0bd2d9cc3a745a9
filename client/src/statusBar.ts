/**
 * The status bar item for the active article: `7 sources · 1 anonymous`, on the warning
 * background when an anonymous source has no reason given. A click opens the Sources view.
 */
import * as vscode from 'vscode';
import type { ArticleSummaryParams } from '../../server/src/protocol';
import { count as plural } from '../../server/src/features/cards';
import type { Articles } from './articles';

export const SOURCES_VIEW = 'copydeskSources';

/** The item's text for a summary, e.g. `7 sources · 1 anonymous`. */
export function statusText(summary: ArticleSummaryParams): string {
  const parts = [plural(summary.sources, 'source')];
  if (summary.anonymous > 0) parts.push(`${summary.anonymous} anonymous`);
  return parts.join(' · ');
}

/** The hover text: the counts spelled out, and what needs attention. */
export function statusTooltip(summary: ArticleSummaryParams): string {
  const lines = [
    `Copydesk: ${plural(summary.sources, 'source')}, ${summary.anonymous} anonymous, ${plural(summary.quotes, 'quote')}`,
  ];
  if (summary.unexplainedAnonymous > 0) {
    lines.push(`${plural(summary.unexplainedAnonymous, 'anonymous source')} without a reason for the anonymity`);
  }
  if (summary.unattributedQuotes > 0) lines.push(`${plural(summary.unattributedQuotes, 'quote')} with no speaker`);
  lines.push('Click to open the Sources view');
  return lines.join('\n');
}

export class SourcesStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('copydesk.sources', vscode.StatusBarAlignment.Right, 100);
  readonly #disposables: vscode.Disposable[] = [];
  readonly #articles: Articles;
  #shown: string | undefined;

  constructor(articles: Articles) {
    this.#articles = articles;
    this.#item.name = 'Copydesk Sources';
    this.#item.command = `${SOURCES_VIEW}.focus`;
    this.#disposables.push(
      this.#item,
      articles.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Shows the active article's counts, or hides the item when no article is active. */
  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const summary = uri && this.#articles.summary(uri);
    void vscode.commands.executeCommand('setContext', 'copydesk.activeArticle', !!summary);
    if (!summary) {
      this.#item.hide();
      this.#shown = undefined;
      return;
    }
    const warn = summary.unexplainedAnonymous > 0;
    this.#item.text = `${warn ? '$(warning)' : '$(quote)'} ${statusText(summary)}`;
    this.#item.tooltip = statusTooltip(summary);
    this.#item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.#item.accessibilityInformation = { label: statusTooltip(summary).split('\n').slice(0, -1).join('. ') };
    this.#item.show();
    this.#shown = this.#item.text;
  }

  /** The text on the status bar now; undefined while the item is hidden. */
  get shownText(): string | undefined {
    return this.#shown;
  }

  /** True while the item has the warning background. */
  get warning(): boolean {
    return this.#shown !== undefined && this.#item.backgroundColor !== undefined;
  }

  dispose(): void {
    for (const disposable of this.#disposables) disposable.dispose();
  }
}
