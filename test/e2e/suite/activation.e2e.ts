import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, copydeskDiagnostics, EXTENSION_ID, extensionApi, measurements, openFixture, ruleOf, waitForDiagnostics } from './helpers';

describe('activation', () => {
  afterEach(closeAll);

  it('activates in under 100 ms: loading the bundle plus activate()', async () => {
    const api = await extensionApi();
    // VS Code timed nothing we can read from here, so: activate() timed itself when VS Code
    // called it, and the bundle is loaded again, fresh, to time what VS Code calls code
    // loading. The best of five runs is the cost of the code; the median shows the noise
    // of a busy machine (two cores shared with the workbench and the language server).
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const main = require.resolve(path.join(extension.extensionPath, extension.packageJSON.main as string));
    const cached = require.cache[main];
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      delete require.cache[main];
      const start = performance.now();
      require(main);
      runs.push(performance.now() - start);
    }
    if (cached) require.cache[main] = cached;
    runs.sort((a, b) => a - b);
    measurements.codeLoadingMs = runs[0];
    measurements.codeLoadingMedianMs = runs[2];
    measurements.activateMs = api.activationMs;
    measurements.activationMs = runs[0] + api.activationMs;
    assert.ok(
      measurements.activationMs < 100,
      `loading took ${runs.map((r) => r.toFixed(1)).join(', ')} ms and activate() ${api.activationMs.toFixed(1)} ms`,
    );
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
