import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { allRules, runRules, UNUSED_DISABLE, type RunRulesConfig } from '../../../server/src/rules';
import { article, offsetOf } from './helpers';

const quote = '"This is the worst summer for the port since anyone can remember."';
const run = (text: string, config: Partial<RunRulesConfig> = {}) => runRules(analyzeArticle(text), { style: null, rules: {}, ...config });
const rulesAt = (text: string, config: Partial<RunRulesConfig> = {}) => run(text, config).map((f) => `${f.rule}@${text.slice(f.span.start, f.span.start + 12)}`);

describe('runRules', () => {
  it('has the fourteen rules of the contract, each with an id, severity and description', () => {
    assert.deepEqual(allRules.map((r) => r.id).sort(), [
      'anonymity-unexplained', 'dateline-mismatch', 'delayed-attribution', 'first-reference', 'front-matter-missing-field',
      'front-matter-syntax', 'loaded-attribution-verb', 'malformed-dateline', 'missing-dateline', 'mixed-quote-style',
      'unattributed-claim', 'unattributed-quote', 'unbalanced-quotes', 'vague-source',
    ]);
    for (const rule of allRules) assert.ok(rule.description.length > 10 && /[.]$/.test(rule.description), rule.id);
  });

  it('applies default severities, then the configured severity and options', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n${quote}`);
    assert.equal(run(text).find((f) => f.rule === 'unattributed-quote')?.severity, 'warning');
    assert.equal(run(text, { rules: { 'unattributed-quote': { severity: 'error', options: {} } } }).find((f) => f.rule === 'unattributed-quote')?.severity, 'error');
    assert.equal(run(text, { rules: { 'unattributed-quote': { severity: 'off', options: {} } } }).find((f) => f.rule === 'unattributed-quote'), undefined);
  });

  it('returns findings sorted by position', () => {
    const found = run(article(`(Reuters) - Dockworkers walked off the job on Tuesday.\n\n${quote}\n\n"Enough," a source said.`));
    const starts = found.map((f) => f.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('honours copydesk-disable-next-line for the rules it names, on the next line only', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n<!-- copydesk-disable-next-line unattributed-quote -- from our own interview notes -->\n${quote}\n\n${quote.replace('worst', 'best')}`);
    const found = run(text).filter((f) => f.rule === 'unattributed-quote');
    assert.deepEqual(found.map((f) => f.span.start), [offsetOf(text, quote.replace('worst', 'best'))]);
  });

  it('does not let a disable comment for one rule hide another', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n<!-- copydesk-disable-next-line vague-source -->\n${quote}`);
    assert.ok(run(text).some((f) => f.rule === 'unattributed-quote'));
  });

  it('honours copydesk-disable-line on its own line, and a comment naming no rule', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n${quote} <!-- copydesk-disable-line -->`);
    assert.ok(!run(text).some((f) => f.rule === 'unattributed-quote'));
  });

  it('honours copydesk-disable ... copydesk-enable blocks', () => {
    const second = quote.replace('worst', 'best');
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n<!-- copydesk-disable unattributed-quote -- reader letters -->\n\n${quote}\n\n<!-- copydesk-enable unattributed-quote -->\n\n${second}`);
    const found = run(text).filter((f) => f.rule === 'unattributed-quote');
    assert.deepEqual(found.map((f) => f.span.start), [offsetOf(text, second)]);
  });

  it('enables one rule inside a block that disables every rule', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n<!-- copydesk-disable -->\n<!-- copydesk-enable unattributed-quote -->\n\n${quote}\n\nThe strike could last a month, a source said.`);
    const rules = run(text).map((f) => f.rule);
    assert.ok(rules.includes('unattributed-quote'));
    assert.ok(!rules.includes('vague-source'));
  });

  it('skips the rules the front matter disables', () => {
    const text = article(`BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n${quote}`, 'title: Strike\nbyline: [A]\ntype: news\ndate: 2025-06-03\ncopydesk:\n  disable: [unattributed-quote]');
    assert.ok(!run(text).some((f) => f.rule === 'unattributed-quote'));
  });

  it('reports disables that suppress nothing, when asked', () => {
    const text = article(
      `BRUSSELS — Dockworkers walked off the job on Tuesday.\n\n<!-- copydesk-disable-next-line vague-source -- old note -->\n${quote}\n\n<!-- copydesk-disable-next-line unattributed-quote, no-such-rule -->\n${quote.replace('worst', 'best')}`,
      'title: Strike\nbyline: [A]\ntype: news\ndate: 2025-06-03\ncopydesk:\n  disable: [mixed-quote-style]',
    );
    assert.ok(!run(text).some((f) => f.rule === UNUSED_DISABLE), 'not unless asked');
    const unused = run(text, { reportUnusedDisables: true }).filter((f) => f.rule === UNUSED_DISABLE);
    const messages = unused.map((f) => f.message).join('\n');
    assert.equal(unused.length, 3, messages);
    assert.match(messages, /disables vague-source, but vague-source reports nothing here/);
    assert.match(messages, /"no-such-rule" is not a Copydesk rule/);
    assert.match(messages, /front matter disables mixed-quote-style/);
    assert.ok(!/unattributed-quote/.test(messages), 'the disable that did suppress a finding is not reported');
  });

  it('passes the configured dateline style to the rules, the article\'s own style winning', () => {
    const body = 'BRUSSELS — The tunnel builder sued the operator.';
    assert.ok(!rulesAt(article(body, 'title: Suit\ntype: news'), { style: 'plain' }).some((r) => r.startsWith('malformed-dateline')));
    assert.ok(rulesAt(article(body, 'title: Suit\ntype: news\nstyle: ap')).some((r) => r.startsWith('malformed-dateline')));
  });
});
