/**
 * language-configuration.json, read the way VS Code reads it: the comment markers, the quote
 * pairs an editor auto-closes and surrounds with, and the word pattern used for double-click
 * selection and word navigation in prose.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './tokenize';

interface AutoClosingPair {
  open: string;
  close: string;
  notIn?: string[];
}

interface LanguageConfiguration {
  comments: { blockComment: [string, string] };
  brackets: Array<[string, string]>;
  autoClosingPairs: AutoClosingPair[];
  surroundingPairs: Array<[string, string]>;
  wordPattern: { pattern: string; flags: string };
  folding: { markers: { start: string; end: string } };
}

const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words VS Code would find in a line, with the flags it adds ("g" for iteration). */
function words(line: string): string[] {
  const pattern = new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g');
  return line.match(pattern) ?? [];
}

const pair = (open: string): AutoClosingPair | undefined => config.autoClosingPairs.find((candidate) => candidate.open === open);

describe('language configuration', () => {
  it('comments with HTML comment markers', () => {
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  });

  it('auto-closes straight and curly quotes and brackets', () => {
    assert.equal(pair('"')?.close, '"');
    assert.equal(pair("'")?.close, "'");
    assert.equal(pair('“')?.close, '”');
    assert.equal(pair('‘')?.close, '’');
    for (const [open, close] of config.brackets) assert.equal(pair(open)?.close, close);
  });

  it('does not open a second quote inside a quote or a comment', () => {
    // A " typed inside a quote closes it; VS Code's standard token types come from the grammar's string and comment scopes.
    assert.deepEqual(pair('"')?.notIn, ['string', 'comment']);
    for (const open of ["'", '“', '‘']) assert.ok(pair(open)?.notIn?.includes('comment'), `${open} in a comment`);
    for (const { notIn } of config.autoClosingPairs) for (const type of notIn ?? []) assert.ok(['string', 'comment'].includes(type));
  });

  it('surrounds a selection with quotes of either kind', () => {
    for (const expected of [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['(', ')']]) {
      assert.ok(config.surroundingPairs.some((candidate) => candidate[0] === expected[0] && candidate[1] === expected[1]), expected.join(''));
    }
  });

  it('treats contractions, possessives and hyphenated words as single words', () => {
    assert.deepEqual(words("Leavitt’s team don't mind the well-known ministers' plan in 2031"), [
      'Leavitt’s', 'team', "don't", 'mind', 'the', 'well-known', 'ministers', 'plan', 'in', '2031',
    ]);
    assert.deepEqual(words('“Zürich,” said Łukasz — café'), ['Zürich', 'said', 'Łukasz', 'café']);
  });

  it('has folding markers that match region comments', () => {
    assert.match('<!-- #region Background -->', new RegExp(config.folding.markers.start));
    assert.match('<!-- #endregion -->', new RegExp(config.folding.markers.end));
  });
});
