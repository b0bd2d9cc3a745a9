import * as assert from 'node:assert/strict';
import { firstStartingAt, lastAtOrBefore } from '../../../server/src/analysis/search';

describe('search', () => {
  it('lastAtOrBefore finds the line or sentence holding an offset', () => {
    const starts = [0, 10, 25];
    assert.equal(lastAtOrBefore(starts, 0), 0);
    assert.equal(lastAtOrBefore(starts, 9), 0);
    assert.equal(lastAtOrBefore(starts, 10), 1);
    assert.equal(lastAtOrBefore(starts, 1000), 2);
    assert.equal(lastAtOrBefore([], 5), 0, 'nothing to search is index 0, as for an empty text');
  });

  it('firstStartingAt finds the first span starting at or after an offset', () => {
    const spans = [{ start: 3 }, { start: 8 }, { start: 8 }, { start: 20 }];
    assert.equal(firstStartingAt(spans, 0), 0);
    assert.equal(firstStartingAt(spans, 8), 1, 'the first of equal starts');
    assert.equal(firstStartingAt(spans, 9), 3);
    assert.equal(firstStartingAt(spans, 21), 4, 'past the last: the count');
  });
});
