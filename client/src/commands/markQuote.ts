/**
 * "Mark Quote as Verified / Disputed / Needs Review": writes the quote's status to the front
 * matter `annotations`, from the editor (the quote under the cursor) or the Sources view.
 */
import * as vscode from 'vscode';
import type { ExtractQuote } from '../../../server/src/analysis/extract';
import { type FactCheckStatus } from '../factCheck';
import type { QuoteNode } from '../sourcesView';
import { activeArticle } from './activeArticle';
import type { CommandContext } from './context';

export const MARK_COMMANDS: ReadonlyArray<{ command: string; status: FactCheckStatus }> = [
  { command: 'copydesk.markVerified', status: 'verified' },
  { command: 'copydesk.markDisputed', status: 'disputed' },
  { command: 'copydesk.markNeedsReview', status: 'needs-review' },
];

export function registerMarkQuoteCommands(context: CommandContext): vscode.Disposable[] {
  return MARK_COMMANDS.map(({ command, status }) =>
    vscode.commands.registerCommand(command, (node?: QuoteNode) => markQuote(context, status, node)),
  );
}

/** Resolves true when the front matter was changed. */
async function markQuote(context: CommandContext, status: FactCheckStatus, node?: QuoteNode): Promise<boolean> {
  const target = node?.type === 'quote' ? await fromNode(context, node) : await fromCursor(context);
  if (!target) return false;
  const { document, quote, quotes } = target;
  // Loaded on first use: it parses YAML, which activation does not need.
  const { FrontMatterEditError, setQuoteStatus } = require('../frontMatterEdit') as typeof import('../frontMatterEdit');
  try {
    const replacement = setQuoteStatus(document.getText(), {
      quote: quote.text,
      status,
      otherQuotes: quotes.map((q) => q.text),
    });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)),
      replacement.newText,
    );
    return await vscode.workspace.applyEdit(edit);
  } catch (error) {
    if (!(error instanceof FrontMatterEditError)) throw error;
    void vscode.window.showWarningMessage(`Copydesk: ${error.message}`);
    return false;
  }
}

interface Target {
  document: vscode.TextDocument;
  quote: ExtractQuote;
  quotes: readonly ExtractQuote[];
}

async function fromNode(context: CommandContext, node: QuoteNode): Promise<Target | undefined> {
  const document = await vscode.workspace.openTextDocument(node.uri);
  const extract = await context.articles.model(node.uri);
  return { document, quote: node.quote, quotes: extract?.quotes ?? [node.quote] };
}

async function fromCursor(context: CommandContext): Promise<Target | undefined> {
  const article = await activeArticle(context);
  if (!article) return undefined;
  const { editor, extract } = article;
  const offset = editor.document.offsetAt(editor.selection.active);
  const quote = extract.quotes.find((q) => q.start <= offset && offset <= q.end);
  if (!quote) {
    void vscode.window.showInformationMessage('Copydesk: put the cursor inside a quote to mark it.');
    return undefined;
  }
  return { document: editor.document, quote, quotes: extract.quotes };
}
