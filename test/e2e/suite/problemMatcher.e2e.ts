import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceUri } from './helpers';

/** Runs the bundled CLI as a VS Code task with one of the contributed problem matchers. */
async function lintTask(format: 'stylish' | 'github', matcher: string): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(extension && folder);
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  const task = new vscode.Task(
    { type: 'process' },
    folder,
    `copydesk lint (${format})`,
    'copydesk-e2e',
    new vscode.ProcessExecution(process.execPath, [cli, 'lint', '--format', format, '.'], {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    }),
    [matcher],
  );
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Never };
  const ended = new Promise<number | undefined>((resolve) => {
    const listener = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution.task.name === task.name) {
        listener.dispose();
        resolve(event.exitCode);
      }
    });
  });
  await vscode.tasks.executeTask(task);
  // `copydesk lint` exits 0 (warnings only) or 1 (errors); 2 would mean it could not run.
  const code = await ended;
  assert.ok(code === 0 || code === 1, `copydesk lint exited with ${code}`);
}

/** Findings that came from a problem matcher: their code is the plain rule id, with no docs link. */
function matcherFindings(relative: string): Array<{ rule: string; line: number; severity: vscode.DiagnosticSeverity }> {
  return vscode.languages
    .getDiagnostics(workspaceUri(relative))
    .filter((d) => typeof d.code === 'string' && d.source === 'copydesk')
    .map((d) => ({ rule: String(d.code), line: d.range.start.line + 1, severity: d.severity }));
}

describe('problem matchers for `copydesk lint` in tasks', () => {
  for (const [format, matcher] of [['stylish', '$copydesk'], ['github', '$copydesk-github']] as const) {
    it(`${matcher} reads the ${format} output into the Problems panel`, async () => {
      await lintTask(format, matcher);
      const findings = await waitFor(`${matcher} findings in no-dateline.article.md`, () => {
        const found = matcherFindings('no-dateline.article.md');
        return found.some((f) => f.rule === 'missing-dateline') && found;
      }, {
        seen: () => JSON.stringify(vscode.languages.getDiagnostics().map(([uri, ds]) => [uri.path, ds.filter((d) => typeof d.code !== 'object').map((d) => [d.source, d.code])])),
      });
      const dateline = findings.find((f) => f.rule === 'missing-dateline');
      assert.equal(dateline?.severity, vscode.DiagnosticSeverity.Warning);
      const document = await vscode.workspace.openTextDocument(workspaceUri('no-dateline.article.md'));
      const line = document.getText().split('\n').findIndex((l) => l.startsWith('The Valmora city council')) + 1;
      assert.equal(dateline?.line, line, 'the finding is on the first line of the story');
      assert.ok(matcherFindings('desk/port-strike.md').some((f) => f.rule === 'unattributed-quote'), 'a file in a subfolder');
    });
  }
});
