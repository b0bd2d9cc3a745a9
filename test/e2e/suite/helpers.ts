/**
 * Shared steps for the extension-host tests: open a fixture, wait for what the server sends,
 * find positions by searching the text. Every wait has a deadline; none is a fixed sleep.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../../../scripts/e2e/waitFor';

export { waitFor };

export const EXTENSION_ID = 'copydesk.copydesk';

/** Numbers the suite measures and the runner reports (activation time). */
export const measurements: Record<string, number> = {};

/** The parts of the extension's API the tests use (client/src/extension.ts `CopydeskApi`). */
export interface CopydeskApi {
  activationMs: number;
  session: { client: { isRunning(): boolean } | undefined };
  sources: {
    uri: vscode.Uri | undefined;
    refresh(): Promise<void>;
    getChildren(node?: unknown): TreeNode[];
    getTreeItem(node: unknown): vscode.TreeItem;
  };
  statusBar: { shownText: string | undefined; warning: boolean };
}

export interface TreeNode {
  type: 'group' | 'source' | 'quote';
  label?: string;
  source?: { name: string; kind: string; quotes: number; anonymous: boolean; anonymityReason: string | null };
  quote?: { text: string };
  status?: string;
}

/** The extension, activated. */
export async function extensionApi(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a fixture in an editor and makes it the active one. */
export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** The position of `needle` in the document (of its `at`-th character), found by searching. */
export function positionOf(document: vscode.TextDocument, needle: string, at = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(offset + at);
}

/** The range of `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(document, needle);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + needle.length));
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

/** The rule id of a diagnostic (its `code`, which carries the docs link as `target`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the server's diagnostics for `uri` satisfy `check`; returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  check: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeout = 20_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${vscode.workspace.asRelativePath(uri)}`, () => {
    const diagnostics = copydeskDiagnostics(uri);
    return check(diagnostics) && diagnostics;
  }, { timeout });
}

/** Waits for the Sources view to show `uri` (the server has analysed it); returns the root nodes. */
export async function waitForSources(api: CopydeskApi, uri: vscode.Uri, check: (roots: TreeNode[]) => boolean = (r) => r.length > 0): Promise<TreeNode[]> {
  return waitFor(`the Sources view to show ${vscode.workspace.asRelativePath(uri)}`, async () => {
    await api.sources.refresh();
    const roots = api.sources.getChildren();
    return api.sources.uri?.toString() === uri.toString() && check(roots) && roots;
  });
}

/** Every source node in the view, across groups. */
export function allSources(api: CopydeskApi): TreeNode[] {
  return api.sources.getChildren().flatMap((group) => api.sources.getChildren(group)).filter((n) => n.type === 'source');
}

/** Reverts and closes every editor so each test starts from the fixture on disk. */
export async function closeAll(): Promise<void> {
  // Dirty editors (an edited article, the untitled sources report) would ask to be saved.
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
