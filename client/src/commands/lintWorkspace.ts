/**
 * "Lint All Articles in the Workspace": the server reports every article's findings through
 * workspace diagnostics; this asks it for a fresh pass, waits until the Problems panel has it,
 * and opens the panel with a count.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';

/** The diagnostic source the server sets on its findings. */
export const DIAGNOSTIC_SOURCE = 'copydesk';

export function registerLintWorkspace(context: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.lintWorkspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Copydesk: linting articles' },
      () => lintWorkspace(context),
    ),
  );
}

/** Counts copydesk findings per file. */
export function copydeskFindings(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const count = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
    if (count) counts.set(uri.toString(), count);
  }
  return counts;
}

/** How long to wait for a fresh pass to change anything: unchanged results send no event. */
const SETTLE_MS = 3_000;

async function lintWorkspace(context: CommandContext): Promise<{ files: number; findings: number }> {
  const client = await context.session.start();
  const changed = new Promise<void>((resolve) => {
    const timer = setTimeout(done, SETTLE_MS);
    const listener = vscode.languages.onDidChangeDiagnostics(done);
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
  client.getFeature('textDocument/diagnostic').refresh();
  await changed;
  const counts = copydeskFindings();
  const findings = [...counts.values()].reduce((a, b) => a + b, 0);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.setStatusBarMessage(`Copydesk: ${findings} findings in ${counts.size} files`, 5000);
  return { files: counts.size, findings };
}
