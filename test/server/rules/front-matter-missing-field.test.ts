import * as assert from 'node:assert/strict';
import { article, expectNone, findings, offsetOf } from './helpers';

describe('front-matter-missing-field', () => {
  const body = 'LISBON — Dockworkers walked off the job.';

  it('reports a missing title as an error', () => {
    const found = findings(article(body, 'byline: [Ana Reporter]\ntype: news\ndate: 2025-06-03'), 'front-matter-missing-field');
    assert.deepEqual(found.map((f) => [f.data?.field, f.severity]), [['title', 'error']]);
  });

  it('reports a news story with no byline or date as warnings, on the title line', () => {
    const text = article(body, 'title: Strike\ntype: news');
    const found = findings(text, 'front-matter-missing-field');
    assert.deepEqual(found.map((f) => [f.data?.field, f.severity]), [['byline', 'warning'], ['date', 'warning']]);
    assert.ok(found.every((f) => f.span.start === offsetOf(text, 'title: Strike')));
  });

  it('takes a dateline date for the date, and does not ask wire copy for one', () => {
    expectNone(article(body, 'title: Strike\nbyline: [Ana Reporter]\ntype: news\ndateline:\n  place: LISBON\n  date: 2025-06-03'), 'front-matter-missing-field');
    expectNone(article(body, 'title: Strike\nbyline: [Ana Reporter]\ntype: news\nagency: Reuters'), 'front-matter-missing-field');
    assert.equal(findings(article(body, 'title: Strike\nbyline: [Ana Reporter]\ntype: news\nagency: Reuters'), 'front-matter-missing-field', { wireCopyNeedsDate: true }).length, 1);
  });

  it('asks only news stories for a byline and a date', () => {
    expectNone(article(body, 'title: Libraries\ntype: opinion'), 'front-matter-missing-field');
    expectNone(article(body, 'title: Strike'), 'front-matter-missing-field');
  });

  it('reports an article with no front matter at all on its first line', () => {
    const text = `${body}\n`;
    const found = findings(text, 'front-matter-missing-field');
    assert.equal(found.length, 1);
    assert.equal(found[0].span.start, 0);
  });

  it('marks an empty first line whole, CRLF as much as LF, so the mark never ends inside a line break', () => {
    for (const newline of ['\n', '\r\n']) {
      const text = `${newline}${body}${newline}`;
      const [found] = findings(text, 'front-matter-missing-field');
      assert.deepEqual(found.span, { start: 0, end: newline.length }, JSON.stringify(newline));
    }
  });

  it('takes a configured severity over its own two levels', () => {
    const found = findings(article(body, 'type: news'), 'front-matter-missing-field');
    assert.ok(found.some((f) => f.severity === 'error'));
  });
});
