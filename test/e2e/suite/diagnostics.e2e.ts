import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openFixture, rangeOf, ruleOf, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('flags the quote nobody said and the unexplained anonymous source, with links to the rule docs', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const diagnostics = await waitForDiagnostics(document.uri, 'unattributed-quote and anonymity-unexplained', (ds) =>
      ['unattributed-quote', 'anonymity-unexplained'].every((rule) => ds.some((d) => ruleOf(d) === rule)),
    );
    const unattributed = diagnostics.find((d) => ruleOf(d) === 'unattributed-quote');
    assert.ok(unattributed);
    assert.ok(
      unattributed.range.intersection(rangeOf(document, 'Nobody has told us')),
      `unattributed-quote is at ${JSON.stringify(unattributed.range)}, not on the last quote`,
    );
    const anonymous = diagnostics.find((d) => ruleOf(d) === 'anonymity-unexplained');
    assert.ok(anonymous?.range.intersection(rangeOf(document, 'A city official')), 'anonymity-unexplained is not on "A city official"');
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, `${ruleOf(diagnostic)} has no docs link`);
      assert.match(code.target.toString(), new RegExp(`${ruleOf(diagnostic)}\\.md$`));
    }
  });

  it('does not flag the quotes Lena Marsh is credited with', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const diagnostics = await waitForDiagnostics(document.uri, 'findings', (ds) => ds.length > 0);
    const attributed = [rangeOf(document, 'We have waited ten years for this day'), rangeOf(document, 'The terminal will open')];
    const wrong = diagnostics.filter((d) => ruleOf(d) === 'unattributed-quote' && attributed.some((r) => d.range.intersection(r)));
    assert.deepEqual(wrong.map((d) => d.message), []);
  });

  it('updates as the article is edited', async () => {
    const editor = await openFixture('ferry-terminal.article.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'unattributed-quote', (ds) => ds.some((d) => ruleOf(d) === 'unattributed-quote'));
    await editor.edit((edit) => edit.replace(rangeOf(editor.document, 'park."'), 'park," said Ivo Brandt, a dock manager.'));
    await waitForDiagnostics(uri, 'no unattributed-quote after attributing the quote', (ds) =>
      ds.length > 0 && !ds.some((d) => ruleOf(d) === 'unattributed-quote'),
    );
  });

  it('honours copydesk.rules from the settings (workspace/configuration through the middleware)', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    await waitForDiagnostics(document.uri, 'unattributed-quote', (ds) => ds.some((d) => ruleOf(d) === 'unattributed-quote'));
    const config = vscode.workspace.getConfiguration('copydesk');
    await config.update('rules', { 'unattributed-quote': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(document.uri, 'unattributed-quote switched off', (ds) =>
        ds.length > 0 && !ds.some((d) => ruleOf(d) === 'unattributed-quote'),
      );
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, 'unattributed-quote back on', (ds) => ds.some((d) => ruleOf(d) === 'unattributed-quote'));
  });
});
