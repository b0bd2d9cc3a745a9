/**
 * Entry point: wires the pieces together and returns. Activation does no I/O and does not
 * wait for the language server, so it stays well under 100 ms; the server starts in the
 * background once an article is open (see session.ts).
 */
import * as vscode from 'vscode';
import { Articles } from './articles';
import { registerCommands } from './commands';
import { registerLintTasks } from './lintTask';
import { Session } from './session';
import { SourcesTreeProvider } from './sourcesView';
import { SourcesStatusBar } from './statusBar';

/** What `activate` returns: used by the end-to-end tests, and by any extension building on this one. */
export interface CopydeskApi {
  /** How long `activate` took, in milliseconds (the end-to-end run reports it). */
  activationMs: number;
  session: Session;
  articles: Articles;
  sources: SourcesTreeProvider;
  statusBar: SourcesStatusBar;
}

let session: Session | undefined;

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const start = performance.now();
  const output = vscode.window.createOutputChannel('Copydesk Language Server', { log: true });
  const articles = new Articles();
  session = new Session(context, articles, output);
  const sources = new SourcesTreeProvider(articles);
  const statusBar = new SourcesStatusBar(articles);
  const started = session;
  context.subscriptions.push(
    output,
    articles,
    sources,
    statusBar,
    ...registerCommands({ session: started, articles, sources }),
    registerLintTasks(context),
    vscode.workspace.onDidOpenTextDocument((document) => started.startFor(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk.markdown')) vscode.workspace.textDocuments.forEach((d) => started.startFor(d));
    }),
  );
  void vscode.commands.executeCommand('setContext', 'copydesk.activated', true);
  for (const document of vscode.workspace.textDocuments) started.startFor(document);
  // In a workspace of articles the Problems panel should fill before any article is opened.
  void vscode.workspace.findFiles('**/*.article.md', '**/node_modules/**', 1).then((found) => {
    if (found.length) started.startInBackground();
  });
  return { activationMs: performance.now() - start, session: started, articles, sources, statusBar };
}

export async function deactivate(): Promise<void> {
  await session?.dispose();
  session = undefined;
}
