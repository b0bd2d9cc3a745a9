/**
 * `workspace/diagnostic`: the findings of every article in the workspace that is not open
 * (open ones are pulled document by document). When nothing changed since the client's
 * last pull, the answer waits for a change instead of letting the client poll in a loop.
 */
import type { CancellationToken, PreviousResultId, WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { IndexedArticle } from './indexEntry';

/** How long an unchanged answer may be held back. */
export const HOLD_UNCHANGED_MS = 60_000;

export async function workspaceDiagnosticReport(
  index: WorkspaceIndex,
  isOpen: (uri: string) => boolean,
  previousResultIds: PreviousResultId[],
  token: CancellationToken,
  holdMs = HOLD_UNCHANGED_MS,
): Promise<WorkspaceDiagnosticReport> {
  const previous = new Map(previousResultIds.map((entry) => [entry.uri, entry.value]));
  const deadline = Date.now() + holdMs;
  let report = reportOf(await index.articles(), isOpen, previous);
  // Changes to open documents do not count: their diagnostics are pulled one by one.
  while (previous.size > 0 && report.every((item) => item.kind === 'unchanged') && Date.now() < deadline && !token.isCancellationRequested) {
    await changeOrTimeout(index, token, deadline - Date.now());
    report = reportOf(await index.articles(), isOpen, previous);
  }
  return { items: report };
}

function reportOf(articles: IndexedArticle[], isOpen: (uri: string) => boolean, previous: Map<string, string>): WorkspaceDocumentDiagnosticReport[] {
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  const reported = new Set<string>();
  for (const article of articles) {
    if (isOpen(article.uri)) continue;
    reported.add(article.uri);
    if (previous.get(article.uri) === article.stamp) {
      items.push({ kind: 'unchanged', uri: article.uri, version: null, resultId: article.stamp });
    } else {
      items.push({ kind: 'full', uri: article.uri, version: null, resultId: article.stamp, items: article.diagnostics });
    }
  }
  // Articles deleted, or no longer articles, since the last pull: clear what the client shows.
  for (const uri of previous.keys()) {
    if (!reported.has(uri) && !isOpen(uri)) items.push({ kind: 'full', uri, version: null, items: [] });
  }
  return items;
}

function changeOrTimeout(index: WorkspaceIndex, token: CancellationToken, holdMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      unsubscribe();
      cancellation.dispose();
      resolve();
    };
    const timer = setTimeout(done, holdMs);
    const unsubscribe = index.onDidChange(done);
    const cancellation = token.onCancellationRequested(done);
  });
}
