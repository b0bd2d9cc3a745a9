import * as assert from 'node:assert/strict';
import { applyFix, article, expectFinding, expectNone, offsetOf } from './helpers';

describe('dateline-mismatch', () => {
  const frontMatter = (place: string, date: string) =>
    `title: Shares\nbyline: [Katrin Vogel]\nagency: Reuters\nstyle: reuters\ntype: news\ndateline:\n  place: ${place}\n  date: ${date}`;

  it('fires on a place that disagrees with the front matter, pointing at the front matter value', () => {
    const text = article('BERLIN, Sept 11 (Reuters) - Shares fell 11% on Thursday.', frontMatter('FRANKFURT', '2025-09-11'));
    const finding = expectFinding(text, 'dateline-mismatch', 'BERLIN', {}, true);
    assert.equal(finding.related.length, 1);
    assert.equal(finding.related[0].span.start, offsetOf(text, 'FRANKFURT'));
    assert.ok(finding.fixes.every((fix) => !fix.safe), 'which side is right is the reporter\'s call');
    assert.match(applyFix(text, finding, 0), /^FRANKFURT, Sept 11/m);
    assert.match(applyFix(text, finding, 1), /place: BERLIN/);
  });

  it('fires on a date that disagrees with the front matter dateline date', () => {
    const text = article('FRANKFURT, Sept 12 (Reuters) - Shares fell 11% on Thursday.', frontMatter('FRANKFURT', '2025-09-11'));
    const finding = expectFinding(text, 'dateline-mismatch', 'Sept 12');
    assert.equal(finding.related[0].span.start, offsetOf(text, '2025-09-11'));
  });

  it('does not fire when both agree, or when the front matter gives no dateline', () => {
    expectNone(article('FRANKFURT, Sept 11 (Reuters) - Shares fell 11% on Thursday.', frontMatter('FRANKFURT', '2025-09-11')), 'dateline-mismatch');
    expectNone(article('BRUSSELS — The tunnel builder sued the operator.'), 'dateline-mismatch');
  });

  it('takes the front matter place with or without the state or country the body gives', () => {
    const plain = (place: string) => `title: Pilot dies\nbyline: [Ruth Okafor]\ntype: news\ndateline:\n  place: ${place}`;
    const body = 'FALMOUTH, England — Arthur Penhallow died on Friday.';
    expectNone(article(body, plain('FALMOUTH, England')), 'dateline-mismatch');
    expectNone(article(body, plain('FALMOUTH')), 'dateline-mismatch');
    const finding = expectFinding(article(body, plain('TRURO, England')), 'dateline-mismatch', 'FALMOUTH, England');
    assert.match(finding.message, /FALMOUTH, England/);
  });

  it('allows the article date a day either side of the dateline (time zones)', () => {
    const fm = 'title: Shares\nagency: Reuters\nstyle: reuters\ntype: news\ndate: 2025-09-12';
    expectNone(article('FRANKFURT, Sept 11 (Reuters) - Shares fell 11% on Thursday.', fm), 'dateline-mismatch');
  });
});
