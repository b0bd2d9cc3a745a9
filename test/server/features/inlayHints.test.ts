import * as assert from 'node:assert/strict';
import { inlayHints } from '../../../server/src/features/inlayHints';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf } from './helpers';

describe('inlay hints', () => {
  const everything = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

  it('name the source after a pronoun attribution', () => {
    const hints = inlayHints(analyze(PORT_STRIKE), everything);
    assert.equal(hints.length, 1);
    assert.equal(hints[0].label, 'Marieke Jansen');
    assert.deepEqual(hints[0].position, positionOf(PORT_STRIKE, 'She said', 1, 'She'.length));
  });

  it('only within the requested range, and not when the setting is off', () => {
    const before = { start: { line: 0, character: 0 }, end: positionOf(PORT_STRIKE, 'We will') };
    assert.deepEqual(inlayHints(analyze(PORT_STRIKE), before), []);
    assert.deepEqual(inlayHints(analyze(PORT_STRIKE, { inlayHints: false }), everything), []);
  });
});
