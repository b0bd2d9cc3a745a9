/** Cancellation and a 10 MB document: the server keeps answering. */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, HoverRequest, LSPErrorCodes, ResponseError, SemanticTokensRequest } from 'vscode-languageserver-protocol';
import { PORT_STRIKE } from '../server/features/articles';
import { positionOf } from '../server/features/textPositions';
import { TestClient } from './testClient';

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
});
