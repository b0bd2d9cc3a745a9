import * as assert from 'node:assert/strict';
import { closeAll, copydeskDiagnostics, extensionApi, measurements, openFixture, ruleOf, waitForDiagnostics } from './helpers';

describe('activation', () => {
  afterEach(closeAll);

  it('activates in under 100 ms', async () => {
    const api = await extensionApi();
    measurements.activationMs = api.activationMs;
    assert.ok(api.activationMs < 100, `activate() took ${api.activationMs.toFixed(1)} ms`);
  });

  it('gives *.article.md files the article language', async () => {
    const editor = await openFixture('ferry-terminal.article.md');
    assert.equal(editor.document.languageId, 'copydesk-article');
  });

  it('checks a Markdown file whose front matter marks it as an article', async () => {
    const editor = await openFixture('desk/port-strike.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitForDiagnostics(editor.document.uri, 'an unattributed-quote finding', (ds) =>
      ds.some((d) => ruleOf(d) === 'unattributed-quote'),
    );
  });

  it('leaves other Markdown files alone', async () => {
    // The article opened after it proves the server is up and answering, so silence on
    // notes.md means the server chose not to check it, not that it had not got to it yet.
    const notes = await openFixture('notes.md');
    const article = await openFixture('ferry-terminal.article.md');
    await waitForDiagnostics(article.document.uri, 'findings', (ds) => ds.length > 0);
    assert.deepEqual(copydeskDiagnostics(notes.document.uri), []);
  });
});
