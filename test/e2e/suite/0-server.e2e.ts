/**
 * A root hook: every test needs the language server, so wait for it once, up front. When it
 * cannot start, the suite stops here with one clear failure instead of timing out test by test.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, extensionApi, openFixture, waitFor } from './helpers';

before('the language server starts for an article', async function () {
  this.timeout(60_000);
  const api = await extensionApi();
  const server = vscode.Uri.joinPath(vscode.extensions.getExtension('copydesk.copydesk')!.extensionUri, 'dist', 'server.js');
  if (!fs.existsSync(server.fsPath)) throw new Error(`${server.fsPath} is missing: run \`npm run build\``);
  await openFixture('ferry-terminal.article.md');
  await waitFor('the language server to be running', () => api.session.client?.isRunning(), { timeout: 45_000 });
  await closeAll();
});
