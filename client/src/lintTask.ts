/**
 * A task type for `copydesk lint`: "Tasks: Run Task" offers it for each workspace folder,
 * and tasks.json can configure it. It runs the CLI bundled with the extension (the same
 * engine as the language server) with a problem matcher, so CI's command and the editor's
 * Problems panel agree.
 */
import * as vscode from 'vscode';

export const TASK_TYPE = 'copydesk';

/** What a `"type": "copydesk"` task in tasks.json may say (package.json `taskDefinitions`). */
export interface LintTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  /** Files, folders or globs; the folder itself when empty. */
  paths?: string[];
  /** `stylish` (default) or `github`: each has its problem matcher. */
  format?: 'stylish' | 'github';
}

/** Builds the task for a folder; also resolves tasks that tasks.json defines. */
export function lintTask(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder, definition: LintTaskDefinition): vscode.Task {
  const format = definition.format === 'github' ? 'github' : 'stylish';
  const cli = context.asAbsolutePath('dist/cli.js');
  const args = [cli, 'lint', '--format', format, ...(definition.paths?.length ? definition.paths : ['.'])];
  const task = new vscode.Task(
    definition,
    folder,
    format === 'github' ? 'lint (GitHub annotations)' : 'lint',
    TASK_TYPE,
    // The extension host's own Node (Electron's, on the desktop) runs the CLI: nothing to install.
    new vscode.ProcessExecution(process.execPath, args, { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } }),
    [format === 'github' ? '$copydesk-github' : '$copydesk'],
  );
  task.group = vscode.TaskGroup.Test;
  task.detail = `copydesk lint --format ${format} ${args.slice(4).join(' ')}`;
  return task;
}

export function registerLintTasks(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? []).map((folder) => lintTask(context, folder, { type: TASK_TYPE })),
    resolveTask: (task) => {
      const folder = task.scope;
      if (typeof folder !== 'object' || !('uri' in folder)) return undefined;
      return lintTask(context, folder, task.definition as LintTaskDefinition);
    },
  });
}
