import * as assert from 'node:assert/strict';
import { countSentences } from '../../../server/src/rules/delayed-attribution';
import { article, expectFinding, expectNone } from './helpers';

describe('delayed-attribution', () => {
  const fourSentences = '"We have asked for the same thing for three years. The companies have made record profits. Our members still work 12-hour shifts. Enough is enough," said Marta Sousa, president of the union.';

  it('fires on a quote whose speaker comes after four sentences, pointing at the speaker', () => {
    const text = article(fourSentences);
    const finding = expectFinding(text, 'delayed-attribution', '"We have asked for the same thing');
    assert.equal(finding.data?.sentences, 4);
    assert.ok(text.slice(finding.related[0].span.start, finding.related[0].span.end).includes('Sousa'));
  });

  it('does not fire when the speaker is named after the first or second sentence', () => {
    expectNone(article('"We have asked for three years," said Marta Sousa, president of the union. "The companies made record profits. Enough is enough."'), 'delayed-attribution');
    expectNone(article('"We have asked for three years. Enough is enough," said Marta Sousa, president of the union.'), 'delayed-attribution');
  });

  it('does not fire when the speaker is named before the quote', () => {
    expectNone(article(`Marta Sousa, president of the union, said: ${fourSentences.replace(/," said Marta Sousa, president of the union\./, '."')}`), 'delayed-attribution');
  });

  it('does not count the later paragraphs of a multi-paragraph quote', () => {
    const text = article('"Every week costs lives," Foreign Minister Anna Lindqvist said. "Our people count nights.\n\n"They count it in basements. Their parents did the same. They were promised it would be the last time. It was not.\n\n"We will stay."');
    expectNone(text, 'delayed-attribution');
  });

  it('takes the number of sentences allowed as an option', () => {
    expectNone(article(fourSentences), 'delayed-attribution', undefined, { maxSentences: 4 });
  });

  it('counts sentences without stopping at titles, initials or abbreviations', () => {
    assert.equal(countSentences('Gen. Dan Caine met Sen. Mark Delaney in Washington, D.C. on Monday.'), 1);
    assert.equal(countSentences('It is an option. I won\'t rule out anything... I can tell you he ruled it out,'), 3);
    assert.equal(countSentences('Is it over? No. We go on!'), 3);
  });
});
