import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { matchScore, workspaceSymbols } from '../../../server/src/features/workspaceSymbols';
import type { IndexedArticle } from '../../../server/src/features/indexEntry';

const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } };
const ARTICLES: IndexedArticle[] = [
  {
    uri: 'file:///news/nato.article.md',
    title: 'NATO chiefs meet',
    stamp: '1',
    diagnostics: [],
    sources: [
      { name: 'Alexus Grynkewich', kind: 'person', title: 'General', range },
      { name: 'Pentagon', kind: 'organization', title: null, range },
    ],
  },
  { uri: 'file:///news/port.article.md', title: 'Port strike', stamp: '1', diagnostics: [], sources: [{ name: 'Marieke Jansen', kind: 'person', title: null, range }] },
];

describe('workspace symbols', () => {
  it('find sources by part of a name, across articles, with the article as container', () => {
    const [symbol] = workspaceSymbols(ARTICLES, 'grynk');
    assert.equal(symbol.name, 'Alexus Grynkewich');
    assert.equal(symbol.kind, SymbolKind.Object);
    assert.equal(symbol.containerName, 'NATO chiefs meet');
    assert.equal(symbol.location.uri, 'file:///news/nato.article.md');
    assert.deepEqual(workspaceSymbols(ARTICLES, 'jans').map((s) => s.name), ['Marieke Jansen']);
    assert.equal(workspaceSymbols(ARTICLES, '').length, 3);
  });

  it('rank a word start above a substring above letters in order', () => {
    assert.equal(matchScore('marieke jansen', 'jan'), 3);
    assert.equal(matchScore('marieke jansen', 'anse'), 2);
    assert.equal(matchScore('marieke jansen', 'mjn'), 1);
    assert.equal(matchScore('marieke jansen', 'xyz'), 0);
  });
});
