/**
 * The paragraph cache must never change a result: an analysis that reuses the last one's
 * reading of unchanged paragraphs gives exactly the model a fresh analysis gives, whatever
 * the edit (words typed or deleted, quote marks opened or closed, paragraphs split, joined
 * or repeated). It must also really reuse, or it saves nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { ParagraphCache } from '../../../server/src/analysis/paragraphCache';
import { body } from '../../helpers/articles';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const RUNS = Number(process.env.PARAGRAPH_CACHE_RUNS ?? 200);

/** What an edit may put in: letters, spaces, quote marks, sentence and paragraph breaks, attributions. */
const INSERTIONS = ['x', ' ', '"', '“', '”', "'", '’', '.', '. ', '\n\n', ', he said', ' said Ortiz.', 'No.', ' 3', '—'];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  insert: fc.constantFrom(...INSERTIONS, ''),
  remove: fc.integer({ min: 0, max: 6 }),
});

function apply(text: string, { at, insert, remove }: { at: number; insert: string; remove: number }): string {
  const offset = Math.floor(at * text.length);
  return text.slice(0, offset) + insert + text.slice(offset + remove);
}

/** Analyses each version with one cache, as the server does, and fresh; the models must match. */
function assertEditsKeepResults(original: string, edits: Array<{ at: number; insert: string; remove: number }>): void {
  const cache = new ParagraphCache();
  let text = original;
  assert.deepStrictEqual(analyzeArticle(text, { paragraphCache: cache }), analyzeArticle(text));
  for (const change of edits) {
    text = apply(text, change);
    assert.deepStrictEqual(analyzeArticle(text, { paragraphCache: cache }), analyzeArticle(text), `after editing to:\n${text}`);
  }
}

describe('paragraph cache', () => {
  const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.article.md')).sort();

  for (const file of examples) {
    it(`gives the model a fresh analysis gives, edit after edit: ${file}`, function () {
      this.timeout(60_000);
      const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => assertEditsKeepResults(text, edits)), { numRuns: Math.ceil(RUNS / examples.length) });
    });
  }

  it('reads a paragraph repeated word for word in each place it stands', () => {
    const repeated = '"We will not leave," Ortiz said.';
    assertEditsKeepResults(body('Ortiz spoke first.', repeated, 'Then the crowd left.', repeated), [
      { at: 0, insert: 'x', remove: 0 },
      { at: 0.5, insert: '\n\n', remove: 0 },
    ]);
  });

  it('follows an edit to the quotation a paragraph continues', () => {
    // The second paragraph's words stay the same throughout; whether it continues the first
    // paragraph's quotation changes as that quotation is closed, unopened and reopened.
    const text = body('"We will stay until the end,', '"and we will not be moved," Ortiz said.', 'The crowd left.');
    assertEditsKeepResults(text, [
      { at: text.indexOf('end,') / text.length, insert: '"', remove: 0 },
      { at: 0, insert: '', remove: 1 },
      { at: 0, insert: '"', remove: 0 },
    ]);
  });

  it('takes an unchanged paragraph over, moved to where it now starts', () => {
    const before = body('A short lead.', '"We are ready," the minister said.');
    const after = body('A longer lead, with more words.', '"We are ready," the minister said.');
    const cache = new ParagraphCache();
    analyzeArticle(before, { paragraphCache: cache });
    const session = cache.session();
    const start = after.indexOf('"We are ready');
    const end = after.indexOf('said.') + 'said.'.length;
    const taken = session.take(session.key(after, start, end), start, 0);
    assert.ok(taken, 'the quotation paragraph was kept');
    assert.deepEqual(taken.tokens.map((t) => after.slice(t.start, t.end)), taken.tokens.map((t) => t.text));
    assert.equal(taken.tokens[0].start, start);
    assert.equal(taken.cues.length, 1);
  });
});
