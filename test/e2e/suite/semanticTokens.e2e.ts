import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../../server/src/protocol';
import { closeAll, EXTENSION_ID, openFixture, positionOf, waitFor } from './helpers';

interface Contributed {
  id: string;
  superType?: string;
}

describe('semantic tokens', () => {
  afterEach(closeAll);

  it("uses the server's legend, and the extension declares every custom type and modifier", async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const legend = await waitFor('the semantic tokens legend', () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
    );
    assert.deepEqual(legend.tokenTypes, SEMANTIC_TOKEN_TYPES.map((t) => t.id));
    assert.deepEqual(legend.tokenModifiers, SEMANTIC_TOKEN_MODIFIERS.map((m) => m.id));

    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { semanticTokenTypes: Contributed[]; semanticTokenModifiers: Contributed[] };
    };
    const declared = new Map(manifest.contributes.semanticTokenTypes.map((t) => [t.id, t.superType]));
    for (const type of SEMANTIC_TOKEN_TYPES) assert.equal(declared.get(type.id), type.superType, `semanticTokenTypes: ${type.id}`);
    const modifiers = manifest.contributes.semanticTokenModifiers.map((m) => m.id);
    assert.deepEqual([...modifiers].sort(), SEMANTIC_TOKEN_MODIFIERS.map((m) => m.id).sort());
  });

  it('marks the speaker and the attribution verb', async () => {
    const { document } = await openFixture('ferry-terminal.article.md');
    const legend = await waitFor('the legend', () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
    );
    const tokens = await waitFor('semantic tokens', async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      return result && result.data.length > 0 && result;
    });
    // Decode the relative (line delta, start delta, length, type, modifiers) quintuples.
    const decoded: Array<{ line: number; start: number; length: number; type: string }> = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      start = tokens.data[i] === 0 ? start + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, start, length: tokens.data[i + 2], type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    const expectType = (needle: string, type: string): void => {
      const at = positionOf(document, needle);
      const found = decoded.find((t) => t.line === at.line && t.start <= at.character && at.character < t.start + t.length);
      const onLine = decoded.filter((t) => t.line === at.line).map((t) => `${document.getText(new vscode.Range(t.line, t.start, t.line, t.start + t.length))}=${t.type}`);
      assert.equal(found?.type, type, `"${needle}": tokens on its line: ${onLine.join(', ')}`);
    };
    expectType('Lena Marsh, the harbour', 'speaker');
    expectType('said Lena Marsh', 'cue');
    expectType('waited ten years for this day', 'quote');
  });
});
