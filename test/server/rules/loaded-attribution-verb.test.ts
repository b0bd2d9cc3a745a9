import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { allRules, runRules } from '../../../server/src/rules';
import { applyFix, article, expectFinding, expectNone } from './helpers';

describe('loaded-attribution-verb', () => {
  it('is off by default', () => {
    assert.equal(allRules.find((r) => r.id === 'loaded-attribution-verb')?.defaultSeverity, 'off');
    const text = article('Port authority chairman Rui Esteves admitted that talks with the union had stalled.');
    assert.deepEqual(runRules(analyzeArticle(text), { style: null, rules: {} }).filter((f) => f.rule === 'loaded-attribution-verb'), []);
  });

  it('fires on "admitted" and offers "said", never applied by --fix', () => {
    const text = article('Port authority chairman Rui Esteves admitted that talks with the union had stalled.');
    const finding = expectFinding(text, 'loaded-attribution-verb', 'admitted', {}, true);
    assert.equal(finding.fixes[0].safe, false);
    assert.match(applyFix(text, finding), /Rui Esteves said that talks/);
  });

  it('fires on "claimed" after a quote', () => {
    expectFinding(article('"The offer is a generous one," port authority chairman Rui Esteves claimed.'), 'loaded-attribution-verb', 'claimed');
  });

  it('does not fire on neutral verbs, or on verbs the desk allows', () => {
    expectNone(article('Port authority chairman Rui Esteves said that talks with the union had stalled.'), 'loaded-attribution-verb');
    expectNone(article('Port authority chairman Rui Esteves told reporters that talks had stalled.'), 'loaded-attribution-verb');
    expectNone(article('Port authority chairman Rui Esteves admitted that talks had stalled.'), 'loaded-attribution-verb', undefined, { allow: ['admit'] });
  });
});
