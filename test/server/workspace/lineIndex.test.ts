import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/workspace/lineIndex';
import { offsetOf } from '../features/textPositions';

describe('LineIndex', () => {
  const text = 'title: X\r\nsecond line\nthird\rfourth';
  const index = new LineIndex(text);

  it('breaks lines at \\n, \\r\\n and \\r, as the LSP does', () => {
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(offsetOf(text, 'second')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(offsetOf(text, 'fourth')), { line: 3, character: 0 });
    assert.deepEqual(index.positionAt(offsetOf(text, 'line')), { line: 1, character: 7 });
  });

  it('breaks a text with \\n line ends only the same way, a blank and a final line included', () => {
    const plain = 'title: X\nsecond line\n\nfourth\n';
    const lines = new LineIndex(plain);
    assert.equal(lines.lineCount, 5);
    assert.deepEqual(lines.positionAt(offsetOf(plain, 'line')), { line: 1, character: 7 });
    assert.deepEqual(lines.positionAt(offsetOf(plain, 'fourth')), { line: 3, character: 0 });
    assert.deepEqual(lines.positionAt(plain.length), { line: 4, character: 0 });
  });

  it('maps positions back to the same offsets', () => {
    for (const word of ['X', 'second', 'line', 'third', 'fourth']) {
      const offset = offsetOf(text, word);
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, word);
    }
  });

  it('stops a character past the end of a line at the line end, before the break', () => {
    assert.equal(index.offsetAt({ line: 0, character: 500 }), offsetOf(text, '\r\n'));
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
  });

  it('counts characters in UTF-16 code units, like the model offsets', () => {
    const emoji = 'A “quote” 🎉 said';
    const idx = new LineIndex(emoji);
    assert.equal(idx.positionAt(offsetOf(emoji, 'said')).character, emoji.indexOf('said'));
  });
});
