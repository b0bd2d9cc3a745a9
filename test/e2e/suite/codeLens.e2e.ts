import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openFixture, waitFor } from './helpers';

describe('code lens', () => {
  afterEach(closeAll);

  it('sits above a source and opens its references through a registered command', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const lens = await waitFor('a "quotes · person" lens in the ferry story', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
      return lenses.find((l) => l.command?.title.includes('person'));
    });
    assert.match(lens.command!.title, /2 quotes · person/);
    assert.equal(document.getText(lens.range), 'Lena Marsh', 'the lens stands on the first full reference');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(lens.command!.command), `${lens.command!.command} is registered`);
    // Running it must not throw: it turns the server's plain positions into VS Code's own.
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
  });
});
