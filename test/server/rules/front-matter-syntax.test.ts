import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { runRules } from '../../../server/src/rules';
import { allOn, expectNone, findings, offsetOf } from './helpers';

describe('front-matter-syntax', () => {
  it('fires, as an error, at the position of a YAML error', () => {
    const text = '---\ntitle: Strike\nbyline: [Ana Reporter\ntype: news\n---\n\nLISBON — Dockworkers walked off the job.\n';
    const found = findings(text, 'front-matter-syntax');
    assert.ok(found.length >= 1);
    assert.equal(found[0].severity, 'error');
    assert.ok(found[0].span.start >= offsetOf(text, 'byline') && found[0].span.start < offsetOf(text, '\n---'), 'inside the front matter, at or after the broken value');
  });

  it('fires on a front matter that is never closed', () => {
    const text = '---\ntitle: Strike\ntype: news\n\nLISBON — Dockworkers walked off the job.\n';
    assert.equal(findings(text, 'front-matter-syntax').length, 1);
  });

  it('does not fire on valid YAML, nor on an article without front matter', () => {
    expectNone('---\ntitle: Strike\nbyline: [Ana Reporter]\n---\n\nLISBON — Dockworkers walked off the job.\n', 'front-matter-syntax');
    expectNone('LISBON — Dockworkers walked off the job.\n', 'front-matter-syntax');
  });

  it('does not stop the other rules from reading the body', () => {
    const text = '---\ntitle: [Strike\n---\n\n"This is the worst summer for the port since anyone can remember."\n';
    const rules = new Set(runRules(analyzeArticle(text), allOn()).map((f) => f.rule));
    assert.ok(rules.has('front-matter-syntax'));
    assert.ok(rules.has('unattributed-quote'));
    assert.ok(!rules.has('front-matter-missing-field'), 'a title that does not parse is not a missing title');
  });
});
