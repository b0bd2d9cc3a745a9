/**
 * The article grammar spells its list of reporting verbs out in several regexes (TextMate has no
 * variables). These tests read the lists back from the grammar file, check that every copy is the
 * same, and check that each verb is highlighted in each place a speaker tag can stand.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ARTICLE_SCOPE, GRAMMAR_FILES, tokenizeText } from './tokenize';
import { tokensOf } from './scopeAssertions';

const CUE = 'keyword.other.attribution.copydesk';

/** Every alternation of 30 or more lower-case words that names `added`: the verb lists. */
function verbLists(): string[][] {
  const source = fs.readFileSync(GRAMMAR_FILES[ARTICLE_SCOPE]!, 'utf8');
  const lists: string[][] = [];
  for (const match of source.matchAll(/\((?:\?:)?((?:[a-z]+\|){29,}[a-z]+)\)/g)) {
    const words = match[1]!.split('|');
    if (words.includes('added')) lists.push(words);
  }
  return lists;
}

/** Whether `verb`, found after `anchor` in a one-paragraph article, is marked as a cue. */
async function isCue(text: string, verb: string, anchor: string): Promise<boolean> {
  const doc = await tokenizeText(text);
  const tokens = tokensOf(doc, verb, { after: anchor });
  return tokens.length === 1 && tokens[0]!.text === verb && tokens[0]!.scopes.includes(CUE);
}

describe('attribution verbs in the article grammar', () => {
  const lists = verbLists();
  const verbs = lists[0] ?? [];

  it('repeats one and the same verb list in every rule that uses it', () => {
    assert.ok(lists.length >= 5, `expected the verb list in at least five rules, found ${lists.length}`);
    for (const list of lists) assert.deepEqual(list, verbs);
    assert.ok(verbs.includes('added') && verbs.includes('wrote') && verbs.includes('warns'));
  });

  it('marks each verb after a speaker, after a quote and before a name', async () => {
    const missed: string[] = [];
    for (const verb of verbs) {
      const placements: Array<[string, string]> = [
        [`Ortega ${verb} on Monday.`, 'Ortega '],
        [`"It is done," the minister ${verb}.`, 'the minister '],
        [`"It is done," ${verb} Ortega.`, 'done," '],
      ];
      for (const [text, anchor] of placements) if (!(await isCue(text, verb, anchor))) missed.push(text);
    }
    assert.deepEqual(missed, []);
  });

  it('marks said, says and told anywhere in prose', async () => {
    for (const text of ['The ministry said on Tuesday.', 'Residents of the island say they wait.', 'It told lawmakers.']) {
      const verb = /\b(said|say|told)\b/.exec(text)![1]!;
      assert.ok(await isCue(text, verb, ''), text);
    }
  });

  it('leaves the same verbs alone when nobody is speaking', async () => {
    assert.equal(await isCue('The company added 500 jobs in March.', 'added', 'company '), false);
    assert.equal(await isCue('The council noted the objections in its minutes.', 'noted', 'council '), false);
  });
});
