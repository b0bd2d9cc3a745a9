import * as assert from 'node:assert/strict';
import { completion } from '../../../server/src/features/completion';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf } from './helpers';

const RULES = ['unattributed-quote', 'vague-source'];

/** Completion labels at the end of `typed`, inserted before the front matter's closing fence. */
function labelsAfter(typed: string): string[] {
  const last = 'date: 2025-08-19\n';
  const text = PORT_STRIKE.replace(last, `${last}${typed}\n`);
  const items = completion(analyze(text), positionOf(text, last, 1, last.length + typed.length), RULES);
  return items.map((item) => item.label);
}

describe('front matter completion', () => {
  it('offers the top-level keys not yet written', () => {
    const labels = labelsAfter('');
    assert.ok(labels.includes('dateline') && labels.includes('sources') && labels.includes('annotations'));
    assert.ok(!labels.includes('title') && !labels.includes('byline'), 'keys already there are not offered again');
  });

  it('offers the keys of a source entry and of the dateline', () => {
    assert.deepEqual(labelsAfter('sources:\n  - name: X\n    '), ['name', 'title', 'anonymous', 'reason', 'aliases']);
    assert.deepEqual(labelsAfter('dateline:\n  '), ['place', 'date']);
  });

  it('offers the values of style, type and an annotation’s status', () => {
    const text = PORT_STRIKE.replace('style: reuters', 'style: ');
    assert.deepEqual(completion(analyze(text), positionOf(text, 'style: ', 1, 'style: '.length), RULES).map((i) => i.label), ['reuters', 'ap', 'plain']);
    assert.deepEqual(labelsAfter('annotations:\n  - quote: x\n    status: '), ['verified', 'disputed', 'unverified', 'needs-review']);
  });

  it('offers the sources found in the body that the front matter does not declare', () => {
    const labels = labelsAfter('sources:\n  - name: ');
    assert.ok(labels.includes('Marieke Jansen'), labels.join(', '));
  });

  it('offers the opening words of the quotes for an annotation', () => {
    assert.ok(labelsAfter('annotations:\n  - quote: ').includes('We will stay out until the port authority'));
  });

  it('offers rule ids under copydesk.disable', () => {
    assert.deepEqual(labelsAfter('copydesk:\n  disable:\n    - '), RULES);
  });

  it('replaces what was typed, and offers nothing in the body', () => {
    const text = PORT_STRIKE.replace('style: reuters', 'style: re');
    const [first] = completion(analyze(text), positionOf(text, 'style: re', 1, 'style: re'.length), RULES);
    assert.deepEqual(first.textEdit && 'range' in first.textEdit && first.textEdit.range.start, positionOf(text, 'style: re', 1, 'style: '.length));
    assert.deepEqual(completion(analyze(PORT_STRIKE), positionOf(PORT_STRIKE, 'anchor'), RULES), []);
  });
});
