import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  allSources,
  closeAll,
  copydeskDiagnostics,
  extensionApi,
  openFixture,
  positionOf,
  ruleOf,
  waitFor,
  waitForDiagnostics,
  waitForSources,
  workspaceUri,
} from './helpers';

/** The front matter block of a document's text. */
function frontMatter(document: vscode.TextDocument): string {
  return /^---\n[\s\S]*?\n---\n/.exec(document.getText())?.[0] ?? '';
}

/** Puts the cursor in the article at `needle` and waits until the server knows the article. */
async function cursorAt(relative: string, needle: string): Promise<vscode.TextEditor> {
  const api = await extensionApi();
  const editor = await openFixture(relative);
  await waitForSources(api, editor.document.uri);
  const position = positionOf(editor.document, needle);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

describe('commands', () => {
  afterEach(closeAll);

  it('Mark Quote as Verified adds an annotation and keeps the front matter’s comments and lists', async () => {
    const editor = await cursorAt('ferry-terminal.article.md', 'terminal will open');
    const before = frontMatter(editor.document);
    assert.equal(await vscode.commands.executeCommand('copydesk.markVerified'), true);
    const after = frontMatter(editor.document);
    assert.match(after, /- quote: The terminal will open in the spring\n\s+status: verified\n/);
    assert.match(after, /# working title, desk to confirm/);
    assert.match(after, /byline: \[Ana Ruiz\]/);
    // Everything that was there is still there, word for word: only lines were added.
    const added = after.split('\n');
    for (const line of before.split('\n')) assert.ok(added.includes(line), `lost line: ${line}`);
  });

  it('Mark Quote as Disputed changes the status of an existing annotation, keeping who checked it', async () => {
    const editor = await cursorAt('ferry-terminal.article.md', 'waited ten years for this day');
    assert.equal(await vscode.commands.executeCommand('copydesk.markDisputed'), true);
    const after = frontMatter(editor.document);
    assert.match(after, /- quote: We have waited ten years\n\s+status: disputed\n\s+by: fact desk\n/);
    assert.equal(after.match(/- quote:/g)?.length, 1, 'a second annotation was added instead');
  });

  it('Mark Quote as Needs Review works from the Sources view, and the view shows the new status', async () => {
    const api = await extensionApi();
    const editor = await openFixture('ferry-terminal.article.md');
    await waitForSources(api, editor.document.uri);
    const marsh = allSources(api).find((n) => n.source?.name === 'Lena Marsh');
    assert.ok(marsh);
    const quote = api.sources.getChildren(marsh).find((q) => q.quote?.text.includes('terminal will open'));
    assert.ok(quote);
    assert.equal(await vscode.commands.executeCommand('copydesk.markNeedsReview', quote), true);
    assert.match(frontMatter(editor.document), /status: needs-review/);
    await waitFor('the view to show needs-review', async () => {
      await api.sources.refresh();
      const node = allSources(api).find((n) => n.source?.name === 'Lena Marsh');
      return node && api.sources.getChildren(node).some((q) => q.status === 'needs-review');
    });
  });

  it('Insert Dateline writes the dateline the front matter describes', async () => {
    const editor = await cursorAt('no-dateline.article.md', 'The Valmora city council');
    await vscode.commands.executeCommand('copydesk.insertDateline');
    assert.match(editor.document.getText(), /\n\nVALMORA, March 5 \(Reuters\) - The Valmora city council delayed/);
    await waitForDiagnostics(editor.document.uri, 'no missing-dateline', (ds) => !ds.some((d) => ruleOf(d) === 'missing-dateline'));
  });

  it('Show Sources Report opens a report naming every source', async () => {
    await cursorAt('ferry-terminal.article.md', 'Marsh said');
    await vscode.commands.executeCommand('copydesk.showSourcesReport');
    const report = await waitFor('the report', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document?.isUntitled && document.languageId === 'markdown' && document;
    });
    assert.match(report.getText(), /\| Lena Marsh \| person \| harbour master \| 2 \|/);
    assert.match(report.getText(), /no reason given/);
  });

  it('Rename Source renames every mention through the server', async () => {
    const api = await extensionApi();
    const editor = await openFixture('ferry-terminal.article.md');
    await waitForSources(api, editor.document.uri);
    const marsh = allSources(api).find((n) => n.source?.name === 'Lena Marsh');
    assert.ok(marsh);
    assert.equal(await vscode.commands.executeCommand('copydesk.sources.rename', marsh, 'Lena Marsh-Olsen'), true);
    const text = editor.document.getText();
    assert.match(text, /said Lena Marsh-Olsen, the harbour master/);
    assert.match(text, /name: Lena Marsh-Olsen/);
  });

  it('Lint All Articles reports articles that are not open', async () => {
    await vscode.commands.executeCommand('copydesk.lintWorkspace');
    const uri = workspaceUri('desk/port-strike.md');
    await waitFor('findings for desk/port-strike.md', () => copydeskDiagnostics(uri).some((d) => ruleOf(d) === 'unattributed-quote'));
  });

  it('Restart Language Server brings the diagnostics back', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    await waitForDiagnostics(document.uri, 'findings', (ds) => ds.length > 0);
    await vscode.commands.executeCommand('copydesk.restartServer');
    await waitForDiagnostics(document.uri, 'findings after the restart', (ds) => ds.some((d) => ruleOf(d) === 'unattributed-quote'));
  });
});
