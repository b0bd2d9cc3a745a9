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

/** Waits for the hover at `needle` to contain `expected`; returns its text. */
async function waitForHover(document: vscode.TextDocument, needle: string, expected: string): Promise<string> {
  let last = '';
  return waitFor(`a hover card on "${needle}" mentioning "${expected}"`, async () => {
    last = await hoverText(document.uri, positionOf(document, needle));
    return last.includes(expected) && last;
  }, { seen: () => JSON.stringify(last) });
}

describe('hover', () => {
  afterEach(closeAll);

  it('names the speaker of a quote', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const text = await waitForHover(document, 'waited ten years for this day', 'Lena Marsh');
    assert.match(text, /harbour master/i, 'the card gives the speaker’s title too');
  });

  it('shows the fact-check status the front matter records', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const text = await waitForHover(document, 'waited ten years for this day', 'Lena Marsh');
    assert.match(text, /unverified/i);
  });

  it('says that a quote with no speaker has none', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const text = await waitForHover(document, 'trucks will park', 'quote');
    assert.match(text, /Unattributed quote/);
    assert.doesNotMatch(text, /Lena Marsh/);
  });
});
