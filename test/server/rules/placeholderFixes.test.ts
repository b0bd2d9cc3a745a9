/**
 * The quick fixes that leave a placeholder to type over (SPEAKER, REASON, TITLE): applied to
 * the text, they must make the finding go away once the placeholder is replaced, and never
 * change a word inside a quotation.
 */
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/rules/types';
import { article, expectFinding, findings } from './helpers';

function apply(text: string, finding: Finding): string {
  const [fix] = finding.fixes;
  assert.ok(fix, `${finding.rule} offers a fix`);
  assert.equal(fix.safe, false, 'a placeholder fix is never applied by --fix');
  let result = text;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

describe('placeholder quick fixes', () => {
  it('unattributed-quote: adds ", SPEAKER said." and keeps every word of the quote', () => {
    const text = article('Dockworkers walked off the job on Tuesday.\n\n"This is the worst summer for the port since anyone can remember."');
    const fixed = apply(text, expectFinding(text, 'unattributed-quote', 'This is the worst summer'));
    assert.ok(fixed.includes('"This is the worst summer for the port since anyone can remember," SPEAKER said.'), fixed);
    assert.deepEqual(findings(fixed.replace('SPEAKER', 'Marta Sousa'), 'unattributed-quote'), []);
  });

  it('anonymity-unexplained: adds a reason after "speaking on condition of anonymity"', () => {
    const text = article('A U.S. official speaking on condition of anonymity said the general was expected to attend.');
    const fixed = apply(text, expectFinding(text, 'anonymity-unexplained', 'A U.S. official'));
    assert.ok(fixed.includes('speaking on condition of anonymity because REASON said'), fixed);
    const explained = fixed.replace('REASON', 'he was not authorized to speak publicly');
    assert.deepEqual(findings(explained, 'anonymity-unexplained'), []);
  });

  it('anonymity-unexplained: describes the anonymity when the story says nothing of it', () => {
    const text = article('Officials said the talks had stalled.');
    const fixed = apply(text, expectFinding(text, 'anonymity-unexplained', 'Officials'));
    assert.ok(fixed.includes('Officials, who spoke on condition of anonymity because REASON, said'), fixed);
  });

  it('front-matter-missing-field: adds a title line to type over', () => {
    const text = '---\nbyline: [Ana Reporter]\ntype: news\ndate: 2025-06-03\n---\n\nBRUSSELS — The strike began.\n';
    const finding = findings(text, 'front-matter-missing-field').find((f) => f.data?.field === 'title')!;
    const fixed = apply(text, finding);
    assert.ok(fixed.startsWith('---\ntitle: TITLE\nbyline:'), fixed);
    assert.ok(!findings(fixed, 'front-matter-missing-field').some((f) => f.data?.field === 'title'));
  });

  it('front-matter-missing-field: adds a whole front matter when there is none', () => {
    const text = 'BRUSSELS — The strike began.\n';
    const finding = findings(text, 'front-matter-missing-field').find((f) => f.data?.field === 'title')!;
    const fixed = apply(text, finding);
    assert.ok(fixed.startsWith('---\ntitle: TITLE\n---\n\nBRUSSELS'), fixed);
  });
});
