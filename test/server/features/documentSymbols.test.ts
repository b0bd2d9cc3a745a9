import * as assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, flatSymbols } from '../../../server/src/features/documentSymbols';
import { PORT_STRIKE } from './articles';
import { analyze, textOf } from './helpers';

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  const analysis = analyze(PORT_STRIKE);
  const symbols = documentSymbols(analysis);

  it('lists the dateline, then the sources with their quotes, then the headings', () => {
    assert.equal(symbols[0].kind, SymbolKind.Event);
    assert.equal(symbols[0].name, 'ROTTERDAM, Aug 19 (Reuters) -');
    const heading = symbols[symbols.length - 1];
    assert.deepEqual([heading.name, heading.kind], ['WHAT COMES NEXT', SymbolKind.Namespace]);
    const jansen = symbols.find((symbol) => symbol.name === 'Marieke Jansen')!;
    assert.equal(jansen.kind, SymbolKind.Object);
    assert.match(jansen.detail!, /^person/);
    assert.equal(textOf(analysis, jansen.selectionRange), 'union leader Marieke Jansen');
    assert.deepEqual(jansen.children!.map((child) => child.name), ['"We will stay out until the port authority talks to us,"']);
    assert.ok(symbols.some((symbol) => symbol.kind === SymbolKind.Interface && /port official/i.test(symbol.name)), 'the anonymous source');
  });

  it('gives each symbol a range holding its selection and its children', () => {
    for (const symbol of symbols) {
      assert.ok(contains(symbol.range, symbol.selectionRange), symbol.name);
      for (const child of symbol.children ?? []) assert.ok(contains(symbol.range, child.range), `${symbol.name} > ${child.name}`);
    }
  });

  it('flattens for clients without hierarchy, each quote naming its source', () => {
    const flat = flatSymbols(analysis, symbols);
    const quote = flat.find((symbol) => symbol.name.startsWith('"We will stay out'))!;
    assert.equal(quote.containerName, 'Marieke Jansen');
    assert.equal(quote.location.uri, analysis.uri);
  });
});
