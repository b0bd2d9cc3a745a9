import * as assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { definition, documentHighlights, references } from '../../../server/src/features/sourceNavigation';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf, readExample, textOf } from './helpers';

describe('source navigation', () => {
  const analysis = analyze(PORT_STRIKE);

  it('goes from a surname, a pronoun or a quote to the first full reference', () => {
    for (const from of ['Jansen said.\n\nShe', 'She said', 'stay out until']) {
      const location = definition(analysis, positionOf(PORT_STRIKE, from));
      assert.ok(location, from);
      assert.equal(textOf(analysis, location.range), 'union leader Marieke Jansen', from);
    }
    assert.equal(definition(analysis, positionOf(PORT_STRIKE, 'anchor')), null);
  });

  it('finds every mention and quote of the source', () => {
    const found = references(analysis, positionOf(PORT_STRIKE, 'She said'), true).map((location) => textOf(analysis, location.range));
    assert.deepEqual(found, ['union leader Marieke Jansen', '"We will stay out until the port authority talks to us,"', 'Jansen', 'She']);
    const withoutDeclaration = references(analysis, positionOf(PORT_STRIKE, 'She said'), false).map((location) => textOf(analysis, location.range));
    assert.ok(!withoutDeclaration.includes('union leader Marieke Jansen'));
  });

  it('highlights the introduction as the write and the rest as reads', () => {
    const highlights = documentHighlights(analysis, positionOf(PORT_STRIKE, 'Jansen said.\n\nShe'));
    const writes = highlights.filter((h) => h.kind === DocumentHighlightKind.Write).map((h) => textOf(analysis, h.range));
    assert.deepEqual(writes, ['union leader Marieke Jansen']);
    assert.equal(highlights.length, 4);
  });

  it('counts the front matter entry of a declared source among its references, and starts from it too', () => {
    const text = readExample('ceasefire-talks.article.md');
    const ceasefire = analyze(text);
    const fromBody = references(ceasefire, positionOf(text, 'Brenner said the two'), true).map((l) => textOf(ceasefire, l.range));
    assert.equal(fromBody[0], 'Thomas Brenner', 'the front matter name comes first');
    const fromFrontMatter = definition(ceasefire, positionOf(text, 'Thomas Brenner'));
    assert.equal(textOf(ceasefire, fromFrontMatter!.range), 'U.N. special envoy Thomas Brenner');
  });
});
