import * as assert from 'node:assert/strict';
import { applyFix, article, expectFinding, expectNone } from './helpers';

describe('missing-dateline', () => {
  const wire = 'title: Strike\nbyline: [Ana Reporter]\nagency: Reuters\nstyle: reuters\ntype: news\ndateline:\n  place: LISBON\n  date: 2025-06-03';

  it('fires on a body that opens with only "(Reuters) -", and builds the dateline from the front matter', () => {
    const text = article('(Reuters) - Dockworkers walked off the job on Tuesday, the union said.', wire);
    const finding = expectFinding(text, 'missing-dateline', '(Reuters) -', {}, true);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.fixes[0].safe, true);
    assert.match(applyFix(text, finding), /\n\nLISBON, June 3 \(Reuters\) - Dockworkers walked/);
  });

  it('fires on a news story with no dateline at all, at its first word', () => {
    const text = article('Dockworkers walked off the job on Tuesday, the union said.');
    expectFinding(text, 'missing-dateline', 'Dockworkers', {}, true);
  });

  it('fires on a story with no type, and on a brief', () => {
    expectFinding(article('Dockworkers walked off the job.', 'title: Strike'), 'missing-dateline', 'Dockworkers');
    expectFinding(article('Dockworkers walked off the job.', 'title: Strike\ntype: brief'), 'missing-dateline', 'Dockworkers');
  });

  it('offers no fix it cannot complete: Reuters style with no date in the front matter', () => {
    const text = article('(Reuters) - Dockworkers walked off the job.', 'title: Strike\nstyle: reuters\ndateline:\n  place: LISBON');
    assert.deepEqual(expectFinding(text, 'missing-dateline', '(Reuters) -').fixes, []);
  });

  it('does not fire on a story that opens with a dateline', () => {
    expectNone(article('LISBON, June 3 (Reuters) - Dockworkers walked off the job.', wire), 'missing-dateline');
    expectNone(article('BRUSSELS — Dockworkers walked off the job.'), 'missing-dateline');
    expectNone(article('TULSA, Okla. (AP) — Residents began hauling debris.', 'title: Storm\ntype: news\nstyle: ap'), 'missing-dateline');
  });

  it('does not fire on opinion, analysis or feature pieces, which need no dateline', () => {
    for (const type of ['opinion', 'analysis', 'feature']) {
      expectNone(article('Closing branch libraries is a false economy.', `title: Libraries\ntype: ${type}`), 'missing-dateline');
    }
  });

  it('does not fire on a type of the desk\'s own, or when the option leaves untyped stories out', () => {
    expectNone(article('Our columnist on the week.', 'title: Week\ntype: column'), 'missing-dateline');
    expectNone(article('Dockworkers walked off the job.', 'title: Strike'), 'missing-dateline', undefined, { untyped: false });
  });
});
