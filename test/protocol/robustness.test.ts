/** Cancellation, a 10 MB document and bursts of edits: the server keeps answering, and right. */
import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensDeltaRequest,
  SemanticTokensRequest,
  type Diagnostic,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver-protocol';
import { runFeature } from '../../server/src/features/registry';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { createAnalysis } from '../../server/src/workspace/analysis';
import { mergeConfig, NO_FILE_CONFIG } from '../../server/src/workspace/articleConfig';
import { analyzeText } from '../../server/src/workspace/engine';
import { PORT_STRIKE } from '../server/features/articles';
import { positionOf } from '../server/features/textPositions';
import { TestClient } from './testClient';

/** A deterministic pseudo-random generator, so a failing burst can be replayed from its seed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** What a typist and a careless paste put in: letters, spaces, quote marks, sentence and paragraph breaks, attributions. */
const TYPED = ['x', 'e', ' ', '"', '“', '”', '’', '.', '. ', ',', '\n', '\n\n', '\r\n', ', she said', ' said Jansen.', 'Officials said ', '—', '> ', '# '];

/** The diagnostics a fresh analysis of `text` gives, as the server would publish them. */
function freshDiagnostics(uri: string, text: string): Diagnostic[] {
  const config = mergeConfig(NO_FILE_CONFIG, DEFAULT_SETTINGS);
  return runFeature(createAnalysis(uri, 0, analyzeText(text, config), config), 'diagnostics', []);
}

/** A valid article of about `bytes`, its body the port strike story over and over. */
function hugeArticle(bytes: number): string {
  const [frontMatter, body] = [PORT_STRIKE.slice(0, PORT_STRIKE.indexOf('\n---\n') + 5), PORT_STRIKE.slice(PORT_STRIKE.indexOf('\n---\n') + 5)];
  return frontMatter + body.repeat(Math.ceil(bytes / body.length));
}

describe('robustness', function () {
  this.timeout(300_000);

  it('stays responsive with a 10 MB document open, and answers for it too', async () => {
    const client = await TestClient.start();
    try {
      const big = 'file:///newsroom/huge.article.md';
      const small = 'file:///newsroom/small.article.md';
      await client.open(small, PORT_STRIKE);
      await client.open(big, hugeArticle(10 * 1024 * 1024));
      // Hover on the small article, again and again, until the big one has its diagnostics:
      // the slowest answer is how long an editor would have frozen.
      let bigChecked = false;
      const checked = client.diagnosticsForCurrentVersion(big, 240_000).then((published) => {
        bigChecked = true;
        return published;
      });
      let slowest = 0;
      let hovers = 0;
      while (!bigChecked) {
        const started = Date.now();
        const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: positionOf(PORT_STRIKE, 'stay out') });
        assert.ok(hover, 'the small document is served');
        slowest = Math.max(slowest, Date.now() - started);
        hovers++;
      }
      assert.ok(slowest < 1000, `the slowest of ${hovers} hovers took ${slowest} ms while the big document was analysed`);
      const published = await checked;
      assert.ok(published.diagnostics.length > 100, 'the big document gets its diagnostics');
      assert.match(String(published.diagnostics.at(-1)!.message), /shows the first \d+ of \d+ problems/);
      const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: big } });
      assert.ok(tokens!.data.length > 1000);
      const bigHover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: big }, position: positionOf(hugeArticle(1), 'stay out') });
      assert.match((bigHover!.contents as { value: string }).value, /Marieke Jansen/);
    } finally {
      await client.stop();
    }
  });

  it('answers a cancelled request with RequestCancelled and goes on serving', async () => {
    const client = await TestClient.start();
    try {
      const big = 'file:///newsroom/huge.article.md';
      await client.open(big, hugeArticle(4 * 1024 * 1024));
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: big }, position: { line: 12, character: 3 } }, source.token);
      source.cancel();
      await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
      const small = 'file:///newsroom/small.article.md';
      await client.open(small, PORT_STRIKE);
      assert.ok(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: positionOf(PORT_STRIKE, 'stay out') }));
    } finally {
      await client.stop();
    }
  });

  it('follows a burst of random edits with requests in between, and ends where a fresh analysis does', async () => {
    const seed = Number(process.env.EDIT_BURST_SEED ?? 20261201);
    const random = seeded(seed);
    const client = await TestClient.start();
    const uri = 'file:///newsroom/burst.article.md';
    try {
      await client.open(uri, PORT_STRIKE);
      let tokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
      const pending: Array<Promise<unknown>> = [];
      for (let edit = 0; edit < 150; edit++) {
        const document = client.document(uri);
        const text = document.getText();
        const start = Math.floor(random() * (text.length + 1));
        const end = random() < 0.3 ? Math.min(text.length, start + Math.floor(random() * 12)) : start;
        await client.change(uri, [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: TYPED[Math.floor(random() * TYPED.length)] }]);
        // Requests in flight while the text moves on, as an editor sends them; each must be answered.
        const position = client.document(uri).positionAt(Math.floor(random() * (client.document(uri).getText().length + 1)));
        if (edit % 3 === 0) pending.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
        if (edit % 7 === 0) pending.push(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }));
        if (edit % 11 === 0) pending.push(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
        if (edit % 5 === 0) {
          // The delta applied to the tokens the client holds must give the tokens of the text now.
          const delta = (await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: tokens.resultId! })) as SemanticTokens | SemanticTokensDelta;
          const fresh = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
          if ('edits' in delta) {
            const data = [...tokens.data];
            for (const change of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(change.start, change.deleteCount, ...(change.data ?? []));
            assert.deepEqual(data, fresh.data, `seed ${seed}, edit ${edit}: the delta gives the tokens of the text now`);
          } else {
            assert.deepEqual(delta.data, fresh.data, `seed ${seed}, edit ${edit}`);
          }
          tokens = fresh;
        }
      }
      await Promise.all(pending);
      const published = await client.diagnosticsForCurrentVersion(uri, 30_000);
      const final = client.document(uri).getText();
      const expected = freshDiagnostics(uri, final);
      const shown = (list: Diagnostic[]) => list.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`);
      assert.deepEqual(shown(published.diagnostics), shown(expected), `seed ${seed}: the server's text and its findings are those of the client's text`);
      assert.deepEqual(client.wireErrors, []);
      assert.ok(!client.notifications<{ message: string }>('window/logMessage').some((m) => /failed/.test(m.message)), 'nothing failed on the way');
      assert.equal(client.process.exitCode, null, 'the server is still running');
    } finally {
      await client.stop();
    }
  });
});
