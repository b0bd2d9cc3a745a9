/**
 * The injection grammar (copydesk.injection) in an ordinary Markdown file: Markdown's own grammar
 * is the root, and Copydesk adds quotes, cues and datelines to its paragraphs only.
 */
import * as assert from 'node:assert/strict';
import { assertNoScope, assertScope, assertToken } from './scopeAssertions';
import { MARKDOWN_SCOPE, readFixture, tokenizeText, type TokenizedText } from './tokenize';

const QUOTE = 'string.quoted.double.copydesk';
const CUE = 'keyword.other.attribution.copydesk';

describe('injection grammar in Markdown', () => {
  let notes: TokenizedText;

  before(async () => {
    notes = await tokenizeText(readFixture('desk-notes.md'), MARKDOWN_SCOPE);
  });

  it('leaves Markdown as the root grammar', () => {
    assert.ok(notes.tokens.flat().every((token) => token.scopes[0] === MARKDOWN_SCOPE));
    assertScope(notes, 'Desk notes', 'entity.name.section.markdown', { after: '# ' });
  });

  it('highlights quotes and reporting verbs in paragraphs and list items', () => {
    assertScope(notes, 'Keep quotes short,', QUOTE);
    assertToken(notes, 'said', CUE, { after: 'the editor ' });
    assertScope(notes, 'Attribute every quote,', QUOTE);
    assertToken(notes, 'wrote', CUE);
  });

  it('leaves apostrophes and lone single quotes alone', () => {
    assertNoScope(notes, "Don't", 'string.quoted');
    assertNoScope(notes, "'scare quotes'", 'string.quoted');
  });

  it('reads a dateline at the start of a paragraph', () => {
    assertToken(notes, 'OSLO', 'entity.name.place.dateline.copydesk');
    assertToken(notes, 'Feb 2', 'constant.other.date.dateline.copydesk');
    assertToken(notes, 'Reuters', 'entity.name.agency.dateline.copydesk');
  });

  it('does not take a capitalized word and a hyphen for a dateline', () => {
    assertNoScope(notes, 'NOTE -', 'meta.dateline.copydesk');
  });

  it('stays out of code and front matter', () => {
    assertNoScope(notes, '"said"', QUOTE);
    assertNoScope(notes, '"said"', CUE);
    assertNoScope(notes, '"fenced," he said', QUOTE);
    assertNoScope(notes, '"fenced," he said', CUE);
    assertNoScope(notes, 'Desk notes', QUOTE, { after: 'title: ' });
  });
});
