/**
 * "Open Configuration": the workspace's `.copydesk.yaml` (house style and rule severities for
 * everyone on the desk), created with a commented starter when it does not exist yet, or the
 * user's `copydesk.*` settings.
 */
import * as vscode from 'vscode';

export const CONFIG_FILE = '.copydesk.yaml';

/** A starter that validates against schemas/copydesk.schema.json and says what each key does. */
export const STARTER_CONFIG = `# Copydesk configuration: applies to every article in this folder and below.
# Dateline style to expect when an article names none: reuters | ap | plain
style: reuters

# Severity per rule: off | info | warning | error
rules:
  anonymity-unexplained: warning
  unattributed-quote: error
`;

export function registerOpenConfiguration(): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.openConfiguration', async () => {
    const folder = vscode.window.activeTextEditor
      ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
      : vscode.workspace.workspaceFolders?.[0];
    if (!folder) return vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk');
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    if (!exists) {
      const create = `Create ${CONFIG_FILE}`;
      const choice = await vscode.window.showQuickPick([create, 'Open User Settings'], {
        title: `No ${CONFIG_FILE} in ${folder.name}`,
      });
      if (choice !== create) {
        return choice ? vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk') : undefined;
      }
      await vscode.workspace.fs.writeFile(file, Buffer.from(STARTER_CONFIG, 'utf8'));
    }
    return vscode.window.showTextDocument(file);
  });
}
