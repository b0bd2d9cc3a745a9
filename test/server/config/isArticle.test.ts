import * as assert from 'node:assert/strict';
import { isArticle } from '../../../server/src/config';

describe('isArticle', () => {
  it('takes a Markdown file with type, dateline or agency in its front matter for an article', () => {
    assert.ok(isArticle('---\ntitle: Strike\ntype: news\n---\nBody', 'auto'));
    assert.ok(isArticle('---\ntitle: Strike\ndateline:\n  place: LISBON\n---\nBody', 'auto'));
    assert.ok(isArticle('\uFEFF---\r\ntitle: Strike\r\nagency: Reuters\r\n---\r\nBody', 'auto'));
  });

  it('does not take other Markdown for one', () => {
    assert.ok(!isArticle('# README\n\ntype: news\n', 'auto'), 'no front matter');
    assert.ok(!isArticle('---\ntitle: Notes\ntags: [news]\n---\ntype: news\n', 'auto'), 'the key is in the body, not the front matter');
    assert.ok(!isArticle('---\ntitle: Notes\nmeta:\n  type: news\n---\n', 'auto'), 'a nested key is not the article type');
  });

  it('follows always and never', () => {
    assert.ok(isArticle('# README', 'always'));
    assert.ok(!isArticle('---\ntype: news\n---\n', 'never'));
  });
});
