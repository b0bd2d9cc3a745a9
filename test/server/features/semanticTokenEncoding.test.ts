/** The pure steps of semantic tokens, on hand-made tokens: overlaps, line splitting, encoding, deltas. */
import * as assert from 'node:assert/strict';
import { diffTokens, encodeTokens, flattenTokens, type ArticleToken } from '../../../server/src/features/semanticTokens';
import { LineIndex } from '../../../server/src/workspace/lineIndex';
import { offsetOf } from './textPositions';
import { decodeTokens as decode } from './tokenDecoding';

function token(text: string, piece: string, type: ArticleToken['type'], modifiers: ArticleToken['modifiers'] = [], occurrence = 1): ArticleToken {
  const start = offsetOf(text, piece, occurrence);
  return { start, end: start + piece.length, type, modifiers };
}

describe('semantic token encoding', () => {
  it('lets the inner token win where tokens nest, and resumes the outer one after it', () => {
    const text = 'Prices rose 40 percent, Ruiz said, in a year.';
    const claim = { start: 0, end: text.length, type: 'unattributedClaim' as const, modifiers: [] };
    const flat = flattenTokens([claim, token(text, 'Ruiz', 'speaker', ['declaration']), token(text, 'said', 'cue')]);
    assert.deepEqual(
      flat.map((t) => [text.slice(t.start, t.end), t.type]),
      [
        ['Prices rose 40 percent, ', 'unattributedClaim'],
        ['Ruiz', 'speaker'],
        [' ', 'unattributedClaim'],
        ['said', 'cue'],
        [', in a year.', 'unattributedClaim'],
      ],
    );
  });

  it('gives the overlap of crossing tokens to the later one, keeping tokens sorted and disjoint', () => {
    const text = 'a b c d e f';
    const flat = flattenTokens([token(text, 'd e', 'quote'), token(text, 'a b', 'speaker'), token(text, 'b c', 'cue')]);
    for (let i = 1; i < flat.length; i++) assert.ok(flat[i - 1].end <= flat[i].start, 'sorted and disjoint');
    assert.deepEqual(flat.map((t) => [text.slice(t.start, t.end), t.type]), [
      ['a ', 'speaker'],
      ['b c', 'cue'],
      ['d e', 'quote'],
    ]);
  });

  it('splits a token that spans lines into one token per line, without the line breaks', () => {
    const text = 'He said "first line\r\nsecond line" and left.';
    const quote = { start: offsetOf(text, '"first'), end: offsetOf(text, '" and') + 1, type: 'quote' as const, modifiers: [] };
    const rows = decode(encodeTokens([quote], new LineIndex(text)), text);
    assert.deepEqual(rows.map((r) => [r.line, r.text]), [
      [0, '"first line'],
      [1, 'second line"'],
    ]);
  });

  it('encodes line and start deltas, the legend’s type index and modifier bits', () => {
    const text = 'WASHINGTON - Grynkewich said.\n"Yes," he said.';
    const tokens = flattenTokens([
      token(text, 'WASHINGTON -', 'dateline'),
      token(text, 'Grynkewich', 'speaker', ['declaration']),
      token(text, 'said', 'cue'),
      token(text, '"Yes,"', 'quote'),
      token(text, 'he', 'speaker', ['pronoun']),
    ]);
    const rows = decode(encodeTokens(tokens, new LineIndex(text)), text);
    assert.deepEqual(rows, [
      { line: 0, text: 'WASHINGTON -', type: 'dateline', modifiers: [] },
      { line: 0, text: 'Grynkewich', type: 'speaker', modifiers: ['declaration'] },
      { line: 0, text: 'said', type: 'cue', modifiers: [] },
      { line: 1, text: '"Yes,"', type: 'quote', modifiers: [] },
      { line: 1, text: 'he', type: 'speaker', modifiers: ['pronoun'] },
    ]);
  });

  it('clips to a range for semanticTokens/range', () => {
    const text = 'one "two three" four';
    const quote = token(text, '"two three"', 'quote');
    const within = { start: offsetOf(text, 'three'), end: text.length };
    assert.deepEqual(decode(encodeTokens([quote], new LineIndex(text), within), text).map((r) => r.text), ['three"']);
  });

  it('diffs two token arrays into one edit that turns the old into the new', () => {
    const previous = [0, 1, 2, 3, 0, 1, 0, 4, 2, 1, 0, 5, 3, 1, 0];
    const next = [0, 1, 2, 3, 0, 1, 0, 6, 2, 1, 0, 5, 3, 1, 0];
    const edits = diffTokens(previous, next);
    assert.equal(edits.length, 1);
    const applied = [...previous];
    applied.splice(edits[0].start, edits[0].deleteCount, ...(edits[0].data ?? []));
    assert.deepEqual(applied, next);
    assert.deepEqual(diffTokens(next, next), []);
    const grown = diffTokens([1, 1, 1], [1, 1, 1, 1, 1]);
    const appliedGrown = [1, 1, 1];
    appliedGrown.splice(grown[0].start, grown[0].deleteCount, ...(grown[0].data ?? []));
    assert.deepEqual(appliedGrown, [1, 1, 1, 1, 1]);
  });
});
