import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { applyFixes, leavesQuotesAlone } from '../../server/src/cli/fix';
import { runRules } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/types';

/** The words of every quote in reading order, marks and apostrophes folded so only words count. */
function quotedWords(text: string): string[] {
  const model = analyzeArticle(text);
  return model.quotes.map((q) => text.slice(q.content.start, q.content.end).replace(/[“”‘’"']/g, '\''));
}

describe('--fix', () => {
  const sentences = [
    'We will not go back without a contract',
    'The offer is fair and it’s final',
    'Nobody here believes the ministry',
    'They said ‘not one more metre’ to us',
    "Our members don't get a break",
  ];
  const speakers = ['said Marta Sousa, the union leader', 'said port chairman Rui Esteves', 'Sousa said', 'he said'];
  const paragraph = fc.record({
    sentence: fc.constantFrom(...sentences),
    speaker: fc.constantFrom(...speakers),
    curly: fc.boolean(),
  });
  const article = fc.record({
    lead: fc.constantFrom('(Reuters) - ', 'LISBON, June 3 (Reuters) - ', 'Lisbon, June 3 (Reuters) — ', ''),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
  });

  it('never changes a word inside a quote, whatever the article', () => {
    let changed = 0;
    fc.assert(
      fc.property(article, ({ lead, paragraphs }) => {
        const body = paragraphs
          .map((p) => {
            const [open, close] = p.curly ? ['“', '”'] : ['"', '"'];
            const sentence = p.curly ? p.sentence : p.sentence.replace(/[‘’]/g, "'");
            return `${open}${sentence},${close} ${p.speaker}.`;
          })
          .join('\n\n');
        const text = `---\ntitle: Strike\nbyline: [A]\nagency: Reuters\nstyle: reuters\ntype: news\ndateline:\n  place: LISBON\n  date: 2025-06-03\n---\n\n${lead}Dockworkers walked off the job on Tuesday.\n\n${body}\n`;
        const model = analyzeArticle(text);
        const fixed = applyFixes(model, runRules(model, { style: null, rules: {} }));
        if (fixed !== text) changed++;
        assert.deepEqual(quotedWords(fixed), quotedWords(text));
      }),
      { numRuns: 150 },
    );
    assert.ok(changed > 30, `only ${changed} of 150 articles had anything to fix: the property proves little`);
  });

  it('refuses an edit inside a quote even when a rule offers it as safe', () => {
    const text = '---\ntitle: Strike\n---\n\n"We will not go back," said Marta Sousa.\n';
    const model = analyzeArticle(text);
    const inside = text.indexOf('not');
    const rogue: Finding = {
      rule: 'test',
      severity: 'warning',
      message: 'rewrites a word',
      span: { start: inside, end: inside + 3 },
      related: [],
      fixes: [{ title: 'rewrite', safe: true, edits: [{ span: { start: inside, end: inside + 3 }, newText: 'never' }] }],
    };
    assert.equal(leavesQuotesAlone(model, rogue.fixes[0].edits[0]), false);
    assert.equal(applyFixes(model, [rogue]), text);
  });

  it('applies safe fixes only, and never two that overlap', () => {
    const text = '---\ntitle: Strike\n---\n\nLISBON — Dockworkers walked off the job.\n';
    const model = analyzeArticle(text);
    const at = text.indexOf('Dockworkers');
    const finding = (newText: string, safe: boolean): Finding => ({
      rule: 'test',
      severity: 'warning',
      message: newText,
      span: { start: at, end: at + 11 },
      related: [],
      fixes: [{ title: newText, safe, edits: [{ span: { start: at, end: at + 11 }, newText }] }],
    });
    assert.equal(applyFixes(model, [finding('Porters', false)]), text);
    assert.match(applyFixes(model, [finding('Porters', true), finding('Stevedores', true)]), /LISBON — Porters walked/);
  });
});
