import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openFixture, positionOf, waitFor } from './helpers';

/** The hover cards' text at a position, joined. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('hover', () => {
  afterEach(closeAll);

  it('names the speaker of a quote', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const inQuote = positionOf(document, 'waited ten years');
    const text = await waitFor('a hover card on the quote', async () => {
      const t = await hoverText(document.uri, inQuote);
      return t.includes('Lena Marsh') && t;
    });
    assert.match(text, /harbour master/i, 'the card gives the speaker’s title too');
  });

  it('shows the fact-check status the front matter records', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const text = await waitFor('a hover card on the annotated quote', async () => {
      const t = await hoverText(document.uri, positionOf(document, 'waited ten years'));
      return t.includes('Lena Marsh') && t;
    });
    assert.match(text, /unverified/i);
  });

  it('says that a quote with no speaker has none', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const text = await waitFor('a hover card on the unattributed quote', async () => {
      const t = await hoverText(document.uri, positionOf(document, 'trucks will park'));
      return t.length > 0 && t;
    });
    assert.match(text, /Unattributed quote/);
    assert.doesNotMatch(text, /Lena Marsh/);
  });
});
