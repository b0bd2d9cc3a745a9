import * as assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver';
import { codeLenses, SHOW_REFERENCES_COMMAND } from '../../../server/src/features/codeLens';
import { PORT_STRIKE } from './articles';
import { analyze, readExample, textOf } from './helpers';

describe('code lenses', () => {
  it('sit on each source’s first full reference and count its quotes and kind', () => {
    const analysis = analyze(PORT_STRIKE);
    const lens = codeLenses(analysis).find((l) => textOf(analysis, l.range) === 'union leader Marieke Jansen')!;
    assert.equal(lens.command!.title, '1 quote · person');
    assert.equal(lens.command!.command, SHOW_REFERENCES_COMMAND);
    const [uri, , locations] = lens.command!.arguments as [string, unknown, Location[]];
    assert.equal(uri, analysis.uri);
    assert.deepEqual(locations.map((l) => textOf(analysis, l.range)), ['union leader Marieke Jansen', '"We will stay out until the port authority talks to us,"', 'Jansen', 'She']);
  });

  it('say "quotes" in the plural', () => {
    const text = readExample('ceasefire-talks.article.md');
    const analysis = analyze(text);
    const lens = codeLenses(analysis).find((l) => textOf(analysis, l.range).endsWith('Anna Lindqvist'))!;
    assert.match(lens.command!.title, /^[2-9] quotes · person$/);
  });
});
