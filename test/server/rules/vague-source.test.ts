import { article, expectFinding, expectNone } from './helpers';

describe('vague-source', () => {
  it('fires on a bare "a source"', () => {
    expectFinding(article('The strike could last until the end of the month, a source said.'), 'vague-source', 'a source', {}, true);
  });

  it('fires on bare "sources"', () => {
    const text = article('Sources said the talks had stalled over the penalty clause.');
    expectFinding(text, 'vague-source', 'Sources');
  });

  it('does not fire on a described source', () => {
    expectNone(article('A senior ministry official said the talks had stalled.'), 'vague-source');
    expectNone(article('Settlement talks broke down in January, according to people familiar with the matter.'), 'vague-source');
    expectNone(article('A source familiar with the talks said they had stalled over the penalty clause.'), 'vague-source');
  });
});
