/** .copydesk.yaml over the protocol: read as the CLI reads it, re-read when it changes, reported when broken. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { PORT_STRIKE } from '../server/features/articles';
import { fileUri, RICH_CLIENT, TestClient } from './testClient';

function project(config: string): { dir: string; article: string; config: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
  fs.writeFileSync(path.join(dir, '.copydesk.yaml'), config);
  return { dir, article: path.join(dir, 'port-strike.article.md'), config: path.join(dir, '.copydesk.yaml'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const codesOf = (client: TestClient, uri: string) => client.diagnostics(uri)?.diagnostics.map((d) => d.code) ?? [];

describe('.copydesk.yaml over the protocol', function () {
  this.timeout(30_000);

  it('applies the file, and re-checks when the client reports it changed', async () => {
    const { dir, article, config, cleanup } = project('rules:\n  unattributed-quote: off\n');
    const client = await TestClient.start({ workspaceFolder: dir });
    try {
      const uri = fileUri(article);
      await client.open(uri, PORT_STRIKE);
      await client.diagnosticsForCurrentVersion(uri);
      assert.ok(!codesOf(client, uri).includes('unattributed-quote'), 'turned off by the file');
      fs.writeFileSync(config, 'rules:\n  unattributed-quote: error\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(config), type: FileChangeType.Changed }] });
      const quote = await client.until('the finding back, as an error', () => client.diagnostics(uri)?.diagnostics.find((d) => d.code === 'unattributed-quote'));
      assert.equal(quote.severity, 1);
    } finally {
      await client.stop();
      cleanup();
    }
  });

  it('notices the change itself when the client cannot watch files', async () => {
    const { dir, article, config, cleanup } = project('rules:\n  unattributed-quote: off\n');
    const capabilities = { ...RICH_CLIENT, workspace: { ...RICH_CLIENT.workspace, didChangeWatchedFiles: undefined } };
    const client = await TestClient.start({ workspaceFolder: dir, capabilities });
    try {
      const uri = fileUri(article);
      await client.open(uri, PORT_STRIKE);
      await client.diagnosticsForCurrentVersion(uri);
      assert.ok(!codesOf(client, uri).includes('unattributed-quote'));
      fs.writeFileSync(config, 'rules:\n  unattributed-quote: warning\n');
      await client.until('the finding back after the file changed', () => codesOf(client, uri).includes('unattributed-quote'));
    } finally {
      await client.stop();
      cleanup();
    }
  });

  it('says which file is broken, and checks with the defaults meanwhile', async () => {
    const { dir, article, cleanup } = project('rules:\n  unattributed-quote: [loud\n');
    const client = await TestClient.start({ workspaceFolder: dir });
    try {
      const uri = fileUri(article);
      await client.open(uri, PORT_STRIKE);
      await client.diagnosticsForCurrentVersion(uri);
      assert.ok(codesOf(client, uri).includes('unattributed-quote'), 'the defaults apply');
      const shown = await client.until('a message naming the file', () => client.notifications<ShowMessageParams>('window/showMessageRequest').find((m) => m.message.includes('.copydesk.yaml')));
      assert.match(shown.message, /^Copydesk: .*\.copydesk\.yaml.*\(using the default configuration\)$/);
      assert.doesNotMatch(shown.message, /\n\s+at /, 'no stack trace');
    } finally {
      await client.stop();
      cleanup();
    }
  });
});
