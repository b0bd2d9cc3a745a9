import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allSources, closeAll, extensionApi, openFixture, waitFor, waitForSources } from './helpers';

describe('Sources view and status bar', () => {
  afterEach(closeAll);

  it('lists the sources grouped by kind, with their quotes and fact-check status', async () => {
    const api = await extensionApi();
    const { document } = await openFixture('ferry-terminal.article.md');
    const roots = await waitForSources(api, document.uri, (r) => r.some((g) => api.sources.getTreeItem(g).label === 'People'));
    const groups = roots.map((g) => api.sources.getTreeItem(g).label);
    assert.ok(groups.includes('People'), `groups: ${groups.join(', ')}`);
    assert.ok(groups.includes('Anonymous sources'), `groups: ${groups.join(', ')}`);

    const marsh = allSources(api).find((n) => n.source?.name === 'Lena Marsh');
    assert.ok(marsh, `sources: ${allSources(api).map((n) => n.source?.name).join(', ')}`);
    const item = api.sources.getTreeItem(marsh);
    assert.match(String(item.description), /^2 quotes · 1 unverified/);
    const quotes = api.sources.getChildren(marsh);
    assert.equal(quotes.length, 2);
    assert.equal(quotes.find((q) => q.quote?.text.includes('waited ten years'))?.status, 'unverified');

    const official = allSources(api).find((n) => n.source?.anonymous);
    assert.ok(official, 'no anonymous source listed');
    assert.match(String(api.sources.getTreeItem(official).description), /no reason given/);
  });

  it('reveals a quote in the article when its row is clicked', async () => {
    const api = await extensionApi();
    const { document } = await openFixture('ferry-terminal.article.md');
    await waitForSources(api, document.uri);
    const marsh = allSources(api).find((n) => n.source?.name === 'Lena Marsh');
    assert.ok(marsh);
    const quote = api.sources.getChildren(marsh)[1];
    const command = api.sources.getTreeItem(quote).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.match(editor.document.getText(editor.selection), /The terminal will open in the spring/);
  });

  it('counts sources in the status bar, in the warning colour while an anonymity is unexplained', async () => {
    const api = await extensionApi();
    await openFixture('ferry-terminal.article.md');
    const text = await waitFor('the status bar item', () => api.statusBar.shownText);
    assert.match(text, /\d+ sources? · 1 anonymous/);
    assert.equal(api.statusBar.warning, true);
  });

  it('hides the status bar item for a file that is not an article', async () => {
    const api = await extensionApi();
    await openFixture('ferry-terminal.article.md');
    await waitFor('the status bar item', () => api.statusBar.shownText);
    await openFixture('notes.md');
    await waitFor('the item to hide', () => api.statusBar.shownText === undefined);
  });
});
