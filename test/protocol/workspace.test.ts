/** The workspace index over the protocol: workspace symbols with progress, workspace diagnostics, file changes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  WorkspaceSymbolRequest,
  type SymbolInformation,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { ArticleSummaryNotification } from '../../server/src/protocol';
import { PORT_STRIKE } from '../server/features/articles';
import { fileUri, TestClient } from './testClient';

function workspace(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-workspace-'));
  fs.mkdirSync(path.join(dir, 'desk', 'drafts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'desk', 'port-strike.article.md'), PORT_STRIKE);
  fs.writeFileSync(path.join(dir, 'desk', 'drafts', 'as-markdown.md'), PORT_STRIKE.replace(/Marieke Jansen/g, 'Pieter Bakker').replace(/Jansen/g, 'Bakker'));
  fs.writeFileSync(path.join(dir, 'README.md'), '# Not an article\n\n"Quoted," said nobody.\n');
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'dep.article.md'), PORT_STRIKE.replace(/Marieke Jansen/g, 'Hidden Person'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

describe('the workspace over the protocol', function () {
  this.timeout(30_000);

  it('indexes the articles in the background with progress, and finds their sources by name', async () => {
    const { dir, cleanup } = workspace();
    const client = await TestClient.start({ workspaceFolder: dir });
    try {
      const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'jans' })) as SymbolInformation[];
      assert.deepEqual(symbols.map((s) => [s.name, path.basename(new URL(s.location.uri).pathname), s.containerName]), [
        ['Marieke Jansen', 'port-strike.article.md', 'Port strike enters second week'],
      ]);
      assert.equal(((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'bakker' })) as SymbolInformation[]).length, 1, 'a Markdown file with an article front matter');
      assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'hidden person' }), [], 'node_modules is skipped');
      const progress = client.notifications<{ value: { kind: string } }>('$/progress').map((p) => p.value.kind);
      assert.equal(progress[0], 'begin');
      assert.equal(progress.at(-1), 'end');
      assert.ok(client.received.some((m) => m.method === 'window/workDoneProgress/create'));

      const added = path.join(dir, 'desk', 'new.article.md');
      fs.writeFileSync(added, PORT_STRIKE.replace(/Marieke Jansen/g, 'Ana Lopes'));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(added), type: FileChangeType.Created }] });
      const found = await pollSymbols(client, 'lopes');
      assert.equal(found[0]?.name, 'Ana Lopes');
    } finally {
      await client.stop();
      cleanup();
    }
  });

  it('reports the diagnostics of articles that are not open, then holds back until something changes', async () => {
    const { dir, cleanup } = workspace();
    const client = await TestClient.start({ workspaceFolder: dir, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
    try {
      const first = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      const files = first.items.map((item) => path.basename(new URL(item.uri).pathname)).sort();
      assert.deepEqual(files, ['as-markdown.md', 'port-strike.article.md']);
      const article = first.items.find((item) => item.uri.endsWith('port-strike.article.md')) as WorkspaceDocumentDiagnosticReport & { kind: 'full' };
      assert.ok(article.items.some((d) => d.code === 'unattributed-quote'));

      // Nothing changed: the answer waits until a file does.
      const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
      let answered = false;
      const held = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds }).then((report) => {
        answered = true;
        return report;
      });
      const file = path.join(dir, 'desk', 'port-strike.article.md');
      await client.open(fileUri(file), PORT_STRIKE);
      await client.until('the opened article checked', () => client.notifications(ArticleSummaryNotification.method).length > 0);
      await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }); // a round trip: anything sent before is in
      assert.equal(answered, false, 'an edit to an open document does not end the wait');
      fs.writeFileSync(file, PORT_STRIKE.replace('"Nobody is listening to the people who load the ships."', '"Nobody is listening," Jansen said.'));
      await client.close(fileUri(file));
      const second = await held;
      const changed = second.items.find((item) => item.uri === fileUri(file)) as WorkspaceDocumentDiagnosticReport & { kind: 'full' };
      assert.equal(changed.kind, 'full');
      assert.ok(!changed.items.some((d) => d.code === 'unattributed-quote'));
    } finally {
      await client.stop();
      cleanup();
    }
  });
});

/** Asks until the index has caught up with a file change (it reads files in the background). */
async function pollSymbols(client: TestClient, query: string, deadlineMs = 10_000): Promise<SymbolInformation[]> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
    if (symbols.length > 0 || Date.now() > deadline) return symbols;
  }
}
