/** Finding the article a command should act on, with a clear message when there is none. */
import * as vscode from 'vscode';
import type { ArticleExtract } from '../../../server/src/analysis/extract';
import type { CommandContext } from './context';

export interface ActiveArticle {
  editor: vscode.TextEditor;
  extract: ArticleExtract;
}

/** The active editor's article and its extract; tells the user and returns undefined otherwise. */
export async function activeArticle(context: CommandContext): Promise<ActiveArticle | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open an article first.');
    return undefined;
  }
  await context.session.start();
  const extract = await context.articles.model(editor.document.uri);
  if (!extract) {
    void vscode.window.showInformationMessage(
      `Copydesk: ${vscode.workspace.asRelativePath(editor.document.uri)} is not an article (see the \`copydesk.markdown\` setting).`,
    );
    return undefined;
  }
  return { editor, extract };
}
