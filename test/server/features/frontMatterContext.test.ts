import * as assert from 'node:assert/strict';
import { frontMatterContext } from '../../../server/src/features/frontMatterContext';

/** The context at the `|` in `yaml`. */
function contextAt(yaml: string) {
  const at = yaml.indexOf('|');
  return frontMatterContext(yaml.replace('|', ''), at);
}

describe('front matter cursor context', () => {
  it('finds a top-level key being typed', () => {
    assert.deepEqual(contextAt('title: X\nsty|'), { kind: 'key', parent: null, prefix: 'sty' });
    assert.deepEqual(contextAt('dateline:\n  place: X\n|'), { kind: 'key', parent: null, prefix: '' });
  });

  it('finds keys under dateline, in a sources entry and in an annotation', () => {
    assert.deepEqual(contextAt('dateline:\n  pl|'), { kind: 'key', parent: 'dateline', prefix: 'pl' });
    assert.deepEqual(contextAt('sources:\n  - name: X\n    ti|'), { kind: 'key', parent: 'sources', prefix: 'ti' });
    assert.deepEqual(contextAt('sources:\n  - name: X\n  - na|'), { kind: 'key', parent: 'sources', prefix: 'na' });
    assert.deepEqual(contextAt('sources:\n- name: X\n  ti|'), { kind: 'key', parent: 'sources', prefix: 'ti' });
    assert.deepEqual(contextAt('annotations:\n  - quote: X\n    st|'), { kind: 'key', parent: 'annotations', prefix: 'st' });
  });

  it('finds the value of a key being typed, with its parent', () => {
    assert.deepEqual(contextAt('title: X\nstyle: re|'), { kind: 'value', key: 'style', parent: null, prefix: 're' });
    assert.deepEqual(contextAt('annotations:\n  - quote: "X"\n    status: |'), { kind: 'value', key: 'status', parent: 'annotations', prefix: '' });
    assert.deepEqual(contextAt('sources:\n  - name: Ru|'), { kind: 'value', key: 'name', parent: 'sources', prefix: 'Ru' });
  });

  it('finds an item of a list of plain values', () => {
    assert.deepEqual(contextAt('copydesk:\n  disable:\n    - va|'), { kind: 'listItem', parent: 'disable', prefix: 'va' });
  });

  it('offers nothing inside a comment or a multi-line value', () => {
    assert.equal(contextAt('title: X # no|'), undefined);
    assert.equal(contextAt('title: A long\n  hea|'), undefined);
  });
});
