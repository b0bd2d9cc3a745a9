import * as assert from 'node:assert/strict';
import { article, expectFinding, expectNone, findings } from './helpers';

describe('unattributed-claim', () => {
  const lead = 'BRUSSELS — The tunnel builder sued the transit operator on Wednesday, according to a court filing.\n\n';

  it('fires on a figure with no source, as information', () => {
    const text = article('BRUSSELS — The tunnel builder sued the transit operator on Wednesday.\n\nContainer traffic through the port fell 18% in the first five months of the year.');
    const finding = expectFinding(text, 'unattributed-claim', 'Container traffic through the port fell 18%');
    assert.equal(finding.severity, 'information');
  });

  it('does not fire when the sentence names its source', () => {
    expectNone(article(`${lead}Container traffic fell 18% in the first five months, according to the port authority.`), 'unattributed-claim');
    expectNone(article(`${lead}About 9,000 customers were still without power on Tuesday, Green Country Electric said.`), 'unattributed-claim');
  });

  it('does not fire on opinion, questions or speculation', () => {
    expectNone(article(`${lead}So who, exactly, is this saving money for?`), 'unattributed-claim');
    expectNone(article(`${lead}The strike could last until the end of the month.`), 'unattributed-claim');
  });

  it('does not fire inside quotes: the speaker is the source', () => {
    expectNone(article(`${lead}"Traffic fell 18% and we lost 2,000 jobs," said Marta Sousa, the union's president.`), 'unattributed-claim');
  });

  it('lets an unsourced lead stand when the sourcing comes high in the story (Reuters)', () => {
    const text = article('BRUSSELS — Traffic through the port fell 18% last year, the worst drop since 1993.\n\nThe figures were published by the port authority, its chairman Rui Esteves said on Tuesday.');
    expectNone(text, 'unattributed-claim', 'Traffic through the port fell 18%');
    const strict = findings(text, 'unattributed-claim', { sourcedLead: false });
    assert.equal(strict.length, 1);
  });

  it('takes a threshold of its own', () => {
    const text = article(`${lead}Container traffic through the port fell 18% in the first five months of the year.`);
    assert.deepEqual(findings(text, 'unattributed-claim', { minScore: 10 }), []);
  });
});
