import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../../server/src/features/hover';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf, readExample, textOf } from './helpers';

function hoverText(text: string, at: string, options = { markdown: true }, settings: unknown = {}): { value: string; covers: string } | null {
  const analysis = analyze(text, settings);
  const result = hover(analysis, positionOf(text, at), options);
  if (!result) return null;
  return { value: (result.contents as MarkupContent).value, covers: textOf(analysis, result.range!) };
}

/** The 1-based line of `needle`, as a hover card states it. */
function lineOf(text: string, needle: string): number {
  return positionOf(text, needle).line + 1;
}

describe('hover', () => {
  it('on a quote: the speaker, the cue, how the attribution was decided, the count and the first reference', () => {
    const card = hoverText(PORT_STRIKE, 'stay out')!;
    assert.equal(card.covers, '"We will stay out until the port authority talks to us,"');
    assert.match(card.value, /\*\*Quote from Marieke Jansen\*\*/);
    assert.match(card.value, /Cue: said \(after the quote\)/);
    assert.match(card.value, /Decided by: tag-after/);
    assert.match(card.value, /Quotes from this source: \d/);
    assert.match(card.value, new RegExp(`First reference: line ${lineOf(PORT_STRIKE, 'union leader')}`));
  });

  it('on a quote another source reported: whom the words came through', () => {
    const text = PORT_STRIKE.replace('"We will stay out until the port authority talks to us," Jansen said.', '"We will stay out until the port authority talks to us," Jansen said, according to a transcript released by the union.');
    const card = hoverText(text, 'stay out')!;
    assert.match(card.value, /\*\*Quote from Marieke Jansen\*\*/);
    assert.match(card.value, /Reported by: a transcript released by the union · document \("according to"\)/);
    // Without a secondary source, no such line.
    assert.doesNotMatch(hoverText(PORT_STRIKE, 'stay out')!.value, /Reported by/);
  });

  it('on a quote nobody is credited with: says so', () => {
    const card = hoverText(PORT_STRIKE, 'Nobody is listening')!;
    assert.match(card.value, /Unattributed quote/);
    assert.match(card.value, /Speaker: none found/);
  });

  it('on a speaker: the source and each of its quotes with its line', () => {
    const card = hoverText(PORT_STRIKE, 'Jansen said.\n\nShe')!;
    assert.equal(card.covers, 'Jansen');
    assert.match(card.value, /\*\*Marieke Jansen\*\*/);
    assert.match(card.value, /Kind: person/);
    assert.match(card.value, new RegExp(`line ${lineOf(PORT_STRIKE, '"We will stay out')}: "We will stay out`));
  });

  it('on a pronoun: whom it points to', () => {
    const card = hoverText(PORT_STRIKE, 'She said')!;
    assert.equal(card.covers, 'She');
    assert.match(card.value, /Pronoun: "She" refers to Marieke Jansen/);
  });

  it('on an anonymous source: whether a reason is given', () => {
    assert.match(hoverText(PORT_STRIKE, 'A port official')!.value, /Anonymity: .*no reason given/);
  });

  it('on the dateline: its parts and the form the style expects', () => {
    const card = hoverText(PORT_STRIKE, 'ROTTERDAM')!;
    assert.match(card.value, /Place: ROTTERDAM/);
    assert.match(card.value, /Date: Aug 19/);
    assert.match(card.value, /Agency: \(Reuters\)/);
    assert.match(card.value, /Expected: reuters form: PLACE, Mon D \(Reuters\) -/);
  });

  it('shows the fact-check status from the front matter annotations, first in fact-check mode', () => {
    const text = readExample('ceasefire-talks.article.md');
    const card = hoverText(text, 'come here to stop the shelling,"')!;
    assert.match(card.value, /Fact check: verified · Matches the U\.N\. pool video/);
    assert.match(card.value, /by fact desk/);
    const factCheck = hoverText(text, 'come here to stop the shelling,"', { markdown: true }, { factCheckMode: true })!;
    assert.match(factCheck.value.split('\n')[2], /^Fact check: verified/, 'the first row');
  });

  it('writes plain text for clients that cannot show Markdown', () => {
    const card = hoverText(PORT_STRIKE, 'stay out', { markdown: false })!;
    assert.match(card.value, /^Quote from Marieke Jansen\nSpeaker: /);
    assert.doesNotMatch(card.value, /\*\*|\\/, 'no Markdown markup or escapes');
  });

  it('says nothing where there is nothing to say', () => {
    assert.equal(hoverText(PORT_STRIKE, 'anchor'), null);
  });
});
