import * as assert from 'node:assert/strict';
import { applyFix, article, expectFinding, expectNone, findings } from './helpers';

describe('malformed-dateline', () => {
  const reuters = 'title: Shares\nbyline: [Katrin Vogel]\nagency: Reuters\nstyle: reuters\ntype: news\ndate: 2025-09-11';

  it('fires on a Reuters month with a period, and fixes only the date', () => {
    const text = article('FRANKFURT, Sept. 11 (Reuters) - Shares fell 11% on Thursday.', reuters);
    const finding = expectFinding(text, 'malformed-dateline', 'Sept. 11', {}, true);
    assert.equal(finding.fixes[0].safe, true);
    assert.match(applyFix(text, finding), /FRANKFURT, Sept 11 \(Reuters\) - Shares/);
  });

  it('fires on a place not in capitals', () => {
    const text = article('Frankfurt, Sept 11 (Reuters) - Shares fell 11% on Thursday.', reuters);
    const finding = expectFinding(text, 'malformed-dateline', 'Frankfurt', {}, true);
    assert.match(applyFix(text, finding), /^FRANKFURT, Sept 11/m);
  });

  it('fires on the wrong agency and the wrong separator for the style', () => {
    expectFinding(article('KYIV, Ukraine (Reuters) — Drones struck the city overnight.', 'title: Drones\ntype: news\nstyle: ap'), 'malformed-dateline', '(Reuters)');
    expectFinding(article('FRANKFURT, Sept 11 (Reuters) — Shares fell 11% on Thursday.', reuters), 'malformed-dateline', '—');
  });

  it('fires on an AP city that needs its state', () => {
    expectFinding(article('TULSA (AP) — Residents began hauling debris.', 'title: Storm\ntype: news\nstyle: ap'), 'malformed-dateline', 'TULSA');
  });

  it('does not fire on well-formed datelines in each style', () => {
    expectNone(article('FRANKFURT, Sept 11 (Reuters) - Shares fell 11% on Thursday.', reuters), 'malformed-dateline');
    expectNone(article('TULSA, Okla. (AP) — Residents began hauling debris.', 'title: Storm\ntype: news\nstyle: ap'), 'malformed-dateline');
    expectNone(article('BRUSSELS — The tunnel builder sued the operator.'), 'malformed-dateline');
  });

  it('does not read a date later in the lead as a dateline', () => {
    const text = article('FRANKFURT, Sept 11 (Reuters) - Results are due on Nov 6, the company said.', reuters);
    assert.deepEqual(findings(text, 'malformed-dateline'), []);
  });
});
