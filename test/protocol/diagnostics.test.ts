/** Diagnostics over the protocol: pushed or pulled, debounced, never stale, re-checked on configuration changes. */
import * as assert from 'node:assert/strict';
import { DocumentDiagnosticRequest, type DocumentDiagnosticReport, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ArticleSummaryNotification, type ArticleSummaryParams } from '../../server/src/protocol';
import { PORT_STRIKE } from '../server/features/articles';
import { TestClient, type StartOptions } from './testClient';

const URI = 'file:///newsroom/port-strike.article.md';

async function withClient(options: StartOptions, body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await body(client);
    assert.deepEqual(client.wireErrors, []);
  } finally {
    await client.stop();
  }
}

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

describe('diagnostics over the protocol', function () {
  this.timeout(30_000);

  it('are pushed on open, with the document version, rule codes and docs links', () =>
    withClient({}, async (client) => {
      await client.open(URI, PORT_STRIKE);
      const published = await client.diagnosticsForCurrentVersion(URI);
      assert.equal(published.version, 1);
      const unattributed = published.diagnostics.find((d) => d.code === 'unattributed-quote');
      assert.ok(unattributed, JSON.stringify(published.diagnostics));
      assert.match(unattributed.codeDescription!.href, /docs\/rules\/unattributed-quote\.md$/);
      const summary = await client.until('a summary', () => client.notifications<ArticleSummaryParams>(ArticleSummaryNotification.method).at(-1));
      assert.equal(summary.unattributedQuotes, 1);
    }));

  it('follow incremental edits, and are never published for a version older than one already published', () =>
    withClient({}, async (client) => {
      await client.open(URI, PORT_STRIKE);
      await client.diagnosticsForCurrentVersion(URI);
      // A burst of typing: each keystroke a new version, no pause between them.
      for (const letter of 'Still, ') await client.replace(URI, '"Nobody', `${letter}"Nobody`);
      const latest = await client.diagnosticsForCurrentVersion(URI);
      assert.equal(latest.version, client.document(URI).version);
      const versions = client.notifications<{ uri: string; version?: number }>('textDocument/publishDiagnostics').map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions in order: ${versions.join(', ')}`);
      assert.ok(versions.length < 1 + 'Still, '.length, `the burst was debounced: ${versions.join(', ')}`);
      await client.replace(URI, 'Still, "Nobody is listening to the people who load the ships."', '"Nobody is listening," Jansen said.');
      assert.ok(!codes((await client.diagnosticsForCurrentVersion(URI)).diagnostics).includes('unattributed-quote'));
    }));

  it('after edits that move, split and rewrite paragraphs, are what the same text gets when opened afresh', () =>
    withClient({}, async (client) => {
      // The server takes over what it read of unchanged paragraphs from one version to the
      // next; whatever the edits, the findings must be those of a fresh reading.
      await client.open(URI, PORT_STRIKE);
      const original = await client.diagnosticsForCurrentVersion(URI);
      await client.replace(URI, 'ROTTERDAM, Aug 19', 'ROTTERDAM, Aug 20');
      await client.replace(URI, '"We will stay out', 'Asked about the talks, a spokesman said nothing.\n\n"We will stay out');
      await client.replace(URI, 'Ships have been waiting', 'Some ships have been waiting');
      await client.replace(URI, ' people who load the ships."', ' people who load the ships," said Marieke Jansen.');
      await client.replace(URI, 'since Monday.', 'since Monday. "It is a mess,"');
      const edited = await client.diagnosticsForCurrentVersion(URI);
      const fresh = 'file:///newsroom/port-strike-copy.article.md';
      await client.open(fresh, client.document(URI).getText());
      const opened = await client.diagnosticsForCurrentVersion(fresh);
      const findings = (diagnostics: typeof edited.diagnostics) => diagnostics.map(({ code, range, message, severity }) => ({ code, range, message, severity }));
      assert.deepEqual(findings(edited.diagnostics), findings(opened.diagnostics));
      assert.notDeepEqual(findings(edited.diagnostics), findings(original.diagnostics), 'the edits changed the findings');
    }));

  it('are taken away when the document closes or stops being an article', () =>
    withClient({}, async (client) => {
      const markdown = 'file:///newsroom/notes.md';
      await client.open(markdown, PORT_STRIKE, 'markdown');
      await client.until('diagnostics for the Markdown article', () => (client.diagnostics(markdown)?.diagnostics.length ?? 0) > 0);
      // Without `type`, `agency` or `dateline` in its front matter, a Markdown file is not an article.
      await client.change(markdown, [{ text: PORT_STRIKE.replace('agency: Reuters\n', '').replace('type: news\n', '') }]);
      await client.until('the diagnostics cleared', () => client.diagnostics(markdown)?.diagnostics.length === 0);
      await client.open(URI, PORT_STRIKE);
      await client.until('diagnostics', () => (client.diagnostics(URI)?.diagnostics.length ?? 0) > 0);
      await client.close(URI);
      await client.until('the diagnostics cleared on close', () => client.diagnostics(URI)?.diagnostics.length === 0);
    }));

  it('follow a settings change: a rule turned off in the settings disappears', () =>
    withClient({}, async (client) => {
      await client.open(URI, PORT_STRIKE);
      assert.ok(codes((await client.diagnosticsForCurrentVersion(URI)).diagnostics).includes('unattributed-quote'));
      const before = client.notifications('textDocument/publishDiagnostics').length;
      await client.changeSettings({ rules: { 'unattributed-quote': 'off' } });
      await client.until('a re-check after the settings change', () => client.notifications('textDocument/publishDiagnostics').length > before);
      assert.ok(!codes(client.diagnostics(URI)!.diagnostics).includes('unattributed-quote'));
    }));

  it('are pulled by a client that pulls: full once, then unchanged, and nothing is pushed', () =>
    withClient({ capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } }, async (client) => {
      await client.open(URI, PORT_STRIKE);
      const first = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } })) as FullDocumentDiagnosticReport;
      assert.equal(first.kind, 'full');
      assert.ok(codes(first.items).includes('unattributed-quote'));
      const second: DocumentDiagnosticReport = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: first.resultId });
      assert.equal(second.kind, 'unchanged');
      await client.replace(URI, 'Ships', 'Boats');
      const third = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: first.resultId });
      assert.equal(third.kind, 'full', 'a new version, a new report');
      // The summary still comes (the status bar needs it), but no diagnostics are pushed.
      await client.until('a summary', () => client.notifications(ArticleSummaryNotification.method).length > 0);
      assert.deepEqual(client.notifications('textDocument/publishDiagnostics'), []);
    }));
});
