import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceUri } from './helpers';

/** Runs a task and resolves when its process ends; `copydesk lint` exits 0 or 1, 2 means it could not run. */
async function run(task: vscode.Task): Promise<void> {
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
  const code = await ended;
  assert.ok(code === 0 || code === 1, `${task.name} exited with ${code}`);
}

/** The extension's own task (Tasks: Run Task → copydesk: lint), in the stylish format. */
async function providedLintTask(): Promise<vscode.Task> {
  const tasks = await vscode.tasks.fetchTasks({ type: 'copydesk' });
  const task = tasks.find((t) => t.name === 'lint');
  assert.ok(task, `tasks of type copydesk: ${tasks.map((t) => t.name).join(', ')}`);
  assert.deepEqual(task.problemMatchers, ['$copydesk']);
  return task;
}

/** The bundled CLI in the github format, as a CI-style task with the other matcher. */
function githubLintTask(): vscode.Task {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(extension && folder);
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  return new vscode.Task(
    { type: 'process' },
    folder,
    'copydesk lint (github)',
    'copydesk-e2e',
    new vscode.ProcessExecution(process.execPath, [cli, 'lint', '--format', 'github', '.'], {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    }),
    ['$copydesk-github'],
  );
}

/** Findings that came from a problem matcher: their code is the plain rule id, with no docs link. */
function matcherFindings(relative: string): Array<{ rule: string; line: number; severity: vscode.DiagnosticSeverity; range: vscode.Range }> {
  return vscode.languages
    .getDiagnostics(workspaceUri(relative))
    .filter((d) => typeof d.code === 'string' && d.source === 'copydesk')
    .map((d) => ({ rule: String(d.code), line: d.range.start.line + 1, severity: d.severity, range: d.range }));
}

describe('copydesk lint as a task, read by the problem matchers', () => {
  // Both matchers own their markers as `copydesk-lint`, so the second run replaces the
  // first's; only the github format gives end columns, which tells its markers apart.
  const cases: Array<[string, () => Promise<vscode.Task> | vscode.Task, (range: vscode.Range) => boolean]> = [
    ['the copydesk task ($copydesk, stylish output)', providedLintTask, () => true],
    ['$copydesk-github (--format github)', githubLintTask, (range) => range.end.character > range.start.character],
  ];
  for (const [name, makeTask, fromThisRun] of cases) {
    it(`${name} fills the Problems panel`, async () => {
      await run(await makeTask());
      const findings = await waitFor(`problem matcher findings in no-dateline.article.md`, () => {
        const found = matcherFindings('no-dateline.article.md');
        return found.some((f) => f.rule === 'missing-dateline' && fromThisRun(f.range)) && found;
      });
      const dateline = findings.find((f) => f.rule === 'missing-dateline');
      assert.equal(dateline?.severity, vscode.DiagnosticSeverity.Warning);
      const document = await vscode.workspace.openTextDocument(workspaceUri('no-dateline.article.md'));
      const line = document.getText().split('\n').findIndex((l) => l.startsWith('The Valmora city council')) + 1;
      assert.equal(dateline?.line, line, 'the finding is on the first line of the story');
      const strike = matcherFindings('desk/port-strike.md');
      assert.ok(strike.some((f) => f.rule === 'unattributed-quote'), 'a file in a subfolder');
      const claim = strike.find((f) => f.rule === 'unattributed-claim');
      assert.equal(claim?.severity, vscode.DiagnosticSeverity.Information, 'info (stylish) and notice (github) are information');
    });
  }
});
