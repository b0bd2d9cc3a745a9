/**
 * The server's code lens above a source (`4 quotes · person`) runs `copydesk.showReferences`
 * with plain LSP values; VS Code's references peek wants its own types.
 */
import * as vscode from 'vscode';

interface LspPosition {
  line: number;
  character: number;
}

interface LspLocation {
  uri: string;
  range: { start: LspPosition; end: LspPosition };
}

/** The command the server names in its code lenses (server/src/features/codeLens.ts). */
export const SHOW_REFERENCES_COMMAND = 'copydesk.showReferences';

export function registerShowReferences(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: string, position: LspPosition, locations: LspLocation[]) => {
    const toPosition = (p: LspPosition): vscode.Position => new vscode.Position(p.line, p.character);
    return vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(uri),
      toPosition(position),
      locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)))),
    );
  });
}
