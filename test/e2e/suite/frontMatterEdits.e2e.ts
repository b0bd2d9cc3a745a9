/**
 * Marking quotes in articles whose front matter is shaped differently from the main fixture:
 * Windows line endings, no front matter at all, an empty flow list. Each article is written
 * by the test into the scratch workspace, so the shape under test sits next to its assertions.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, extensionApi, positionOf, waitForSources, workspaceUri } from './helpers';

async function markVerifiedIn(name: string, text: string, quote: string): Promise<string> {
  const uri = workspaceUri(`scratch/${name}`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const api = await extensionApi();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitForSources(api, uri);
  const position = positionOf(editor.document, quote);
  editor.selection = new vscode.Selection(position, position);
  assert.equal(await vscode.commands.executeCommand('copydesk.markVerified'), true);
  return editor.document.getText();
}

const BODY = 'VALMORA, March 4 (Reuters) - The ferry will run daily.\n\n"We are ready to sail," said Lena Marsh, the harbour master.\n';

describe('front matter edits keep the file as it was', () => {
  afterEach(closeAll);

  it('keeps Windows line endings', async () => {
    const text = `---\ntitle: Ferry\ntype: news\n---\n\n${BODY}`.replace(/\n/g, '\r\n');
    const after = await markVerifiedIn('crlf.article.md', text, 'ready to sail');
    assert.match(after, /\r\nannotations:\r\n {2}- quote: We are ready to sail\r\n {4}status: verified\r\n---\r\n/);
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/, 'a bare \\n crept in');
  });

  it('creates the front matter when the article has none', async () => {
    const after = await markVerifiedIn('bare.article.md', BODY, 'ready to sail');
    assert.ok(after.startsWith('---\nannotations:\n  - quote: We are ready to sail\n    status: verified\n---\n\nVALMORA'), after.slice(0, 120));
  });

  it('turns an empty `annotations: []` into a list', async () => {
    const text = `---\ntitle: Ferry  # keep me\ntype: news\nannotations: []\nbyline: [Ana Ruiz]\n---\n\n${BODY}`;
    const after = await markVerifiedIn('flow.article.md', text, 'ready to sail');
    assert.ok(
      after.startsWith('---\ntitle: Ferry  # keep me\ntype: news\nannotations:\n  - quote: We are ready to sail\n    status: verified\nbyline: [Ana Ruiz]\n---\n'),
      after.slice(0, 160),
    );
  });
});
