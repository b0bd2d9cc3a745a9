import * as assert from 'node:assert/strict';
import { matchSpans, namesAgree, overlap } from '../../../scripts/eval/score';

describe('eval scoring', () => {
  it('measures overlap against the longer span', () => {
    assert.equal(overlap({ start: 0, end: 10 }, { start: 0, end: 10 }), 1);
    assert.equal(overlap({ start: 0, end: 10 }, { start: 5, end: 10 }), 0.5);
    assert.equal(overlap({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
  });

  it('matches spans one to one, best overlap first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const predicted = [{ start: 1, end: 10 }, { start: 0, end: 9 }, { start: 40, end: 50 }];
    const matched = matchSpans(gold, predicted, 0.5);
    assert.equal(matched.size, 1);
    assert.ok(matched.has(0));
  });

  it('lets a surname agree with the full name, but not another person', () => {
    assert.ok(namesAgree('Morris', 'Haley Morris'));
    assert.ok(namesAgree('Spokeswoman Haley Morris', 'Haley Morris'));
    assert.ok(!namesAgree('Bill Clinton', 'Donald Trump'));
    assert.ok(!namesAgree(null, 'Donald Trump'));
  });
});
