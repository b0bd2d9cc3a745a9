/**
 * "Rename Source…" (Sources view): renames every mention of a source, and its front matter
 * entry, through the language server's rename — the same edit as F2 on a mention.
 */
import * as vscode from 'vscode';
import type { SourceNode } from '../sourcesView';

export function registerRenameSource(): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.sources.rename', async (node?: SourceNode, newName?: string) => {
    if (node?.type !== 'source') return false;
    const mention = node.source.mentions.find((m) => m.text === node.source.name) ?? node.source.mentions[0];
    if (!mention) return false;
    const name =
      newName ??
      (await vscode.window.showInputBox({
        title: `Rename ${node.source.name}`,
        value: node.source.name,
        prompt: 'Every mention of this source is renamed, and its entry in the front matter.',
        validateInput: (value) => (value.trim() ? undefined : 'A source needs a name.'),
      }));
    if (!name || name === node.source.name) return false;
    const document = await vscode.workspace.openTextDocument(node.uri);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
      'vscode.executeDocumentRenameProvider',
      node.uri,
      document.positionAt(mention.start),
      name.trim(),
    );
    if (!edit || edit.size === 0) {
      void vscode.window.showInformationMessage(`Copydesk: nothing to rename for ${node.source.name}.`);
      return false;
    }
    return vscode.workspace.applyEdit(edit);
  });
}
