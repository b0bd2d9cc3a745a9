/** Semantic tokens from a real analysis of a real article, read back as an editor would. */
import * as assert from 'node:assert/strict';
import { collectTokens, encodeTokens, flattenTokens } from '../../../server/src/features/semanticTokens';
import { PORT_STRIKE } from './articles';
import { analyze } from './helpers';
import { decodeTokens, type DecodedToken } from './tokenDecoding';

describe('semantic tokens of an article', () => {
  const analysis = analyze(PORT_STRIKE);
  const tokens = decodeTokens(encodeTokens(flattenTokens(collectTokens(analysis.model)), analysis.lines), PORT_STRIKE);
  const find = (text: string): DecodedToken => {
    const token = tokens.find((t) => t.text === text);
    assert.ok(token, `a token "${text}" among ${JSON.stringify(tokens.map((t) => t.text))}`);
    return token;
  };

  it('marks the dateline', () => {
    assert.equal(find('ROTTERDAM, Aug 19 (Reuters) -').type, 'dateline');
  });

  it('marks speakers, with the declaration on the first full reference only', () => {
    assert.deepEqual(find('union leader Marieke Jansen').modifiers, ['declaration']);
    const later = find('Jansen');
    assert.equal(later.type, 'speaker');
    assert.deepEqual(later.modifiers, []);
  });

  it('marks a pronoun attribution as a speaker with the pronoun modifier', () => {
    const she = find('She');
    assert.equal(she.type, 'speaker');
    assert.ok(she.modifiers.includes('pronoun'));
  });

  it('marks quotes, an unattributed one as unresolved, and their cues', () => {
    const attributed = find('"We will stay out until the port authority talks to us,"');
    assert.equal(attributed.type, 'quote');
    assert.deepEqual(attributed.modifiers, []);
    assert.deepEqual(find('"Nobody is listening to the people who load the ships."').modifiers, ['unresolved']);
    assert.ok(tokens.some((t) => t.text === 'said' && t.type === 'cue'));
  });

  it('marks the anonymous source phrase and unattributed claims', () => {
    assert.ok(tokens.some((t) => t.type === 'anonymousSource' && t.text.startsWith('A port official') && t.modifiers.includes('anonymous')));
    assert.equal(find('Ships have been waiting at anchor since Monday.').type, 'unattributedClaim');
  });

  it('never overlaps and never crosses a line', () => {
    const flat = flattenTokens(collectTokens(analysis.model));
    for (let i = 1; i < flat.length; i++) assert.ok(flat[i - 1].end <= flat[i].start, 'sorted and disjoint');
    for (const token of tokens) assert.ok(!/[\r\n]/.test(token.text), JSON.stringify(token.text));
  });
});
