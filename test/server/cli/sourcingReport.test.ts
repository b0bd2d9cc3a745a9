import * as assert from 'node:assert/strict';
import { reportMarkdown, sourcingReport } from '../../../server/src/cli/sourcingReport';
import { article } from '../../helpers/articles';
import { analyze } from '../../helpers/model';

const RELAYED = article(
  { title: 'Harbour strike ends', type: 'news' },
  'HARBOUR CITY, Nov 30 (Reuters) - Dockworkers went back to work on Monday.',
  'Ana Ortiz, who leads the union, spoke to members on Sunday. “We will not leave,” Ortiz said, according to the Harbour Gazette.',
  '“The deal is fair,” Gene Lund, the port’s director, told reporters.',
);

describe('cli/sourcingReport: what a fact-checker reads before the story goes out', () => {
  it('lists the quotes the article has at second hand, with the source to check them against', () => {
    const report = sourcingReport(analyze(RELAYED), 'strike.article.md');
    const line = RELAYED.split('\n').findIndex((text) => text.includes('We will not leave')) + 1;
    assert.equal(report.summary.secondhandQuotes, 1);
    assert.deepEqual(report.secondhand, [{ line, text: '“We will not leave,”', speaker: 'Ana Ortiz', via: 'Harbour Gazette', cue: 'according to' }]);

    const markdown = reportMarkdown(report);
    assert.match(markdown, /- \*\*2 quotes\*\*, 0 without a speaker, 1 at second hand\n/);
    assert.ok(
      markdown.includes(`\n## Quotes at second hand\n\n| Line | Quote | Speaker | Through |\n| ---: | --- | --- | --- |\n| ${line} | “We will not leave,” | Ana Ortiz | Harbour Gazette (according to) |\n`),
      markdown,
    );
  });

  it('says nothing of second-hand quotes when every quote is first-hand', () => {
    const report = sourcingReport(analyze(article({ title: 'Port reopens', type: 'news' }, '“The deal is fair,” Gene Lund, the port’s director, told reporters.')), 'port.article.md');
    assert.equal(report.summary.secondhandQuotes, 0);
    assert.doesNotMatch(reportMarkdown(report), /second hand/);
  });

  describe('lists the unsourced claims lint flags, under the same configuration', () => {
    // The lead's figure is sourced high in the story (Reuters); the last paragraph's stands alone.
    const STORY = article(
      { title: 'Port traffic falls', type: 'news' },
      'LISBON, Nov 30 (Reuters) - Traffic through the port fell 18% last year, the worst drop since 1993.',
      'The figures were published by the port authority, its chairman Rui Esteves said on Tuesday.',
      'The harbour is busiest in the summer.',
      'The port handled 1.3 million containers in 2024, its busiest year since 2008.',
    );
    const claimTexts = (report: ReturnType<typeof sourcingReport>): string[] => report.unattributedClaims.map((c) => c.text);

    it('leaves out a lead sourced high in the story, as the rule does', () => {
      const report = sourcingReport(analyze(STORY), 'port.article.md');
      assert.deepEqual(claimTexts(report), ['The port handled 1.3 million containers in 2024, its busiest year since 2008.']);
      assert.equal(report.summary.claimsChecked, true);
    });

    it("follows the rule's options", () => {
      const strict = sourcingReport(analyze(STORY), 'port.article.md', { 'unattributed-claim': { severity: 'information', options: { sourcedLead: false } } });
      assert.equal(strict.unattributedClaims.length, 2);
      assert.match(strict.unattributedClaims[0].text, /Traffic through the port fell 18%/);
      const lenient = sourcingReport(analyze(STORY), 'port.article.md', { 'unattributed-claim': { severity: 'warning', options: { minScore: 10 } } });
      assert.deepEqual(claimTexts(lenient), []);
    });

    it('lists none, and says so, when the configuration turns the rule off', () => {
      const report = sourcingReport(analyze(STORY), 'port.article.md', { 'unattributed-claim': { severity: 'off', options: {} } });
      assert.deepEqual(report.unattributedClaims, []);
      assert.equal(report.summary.claimsChecked, false);
      const markdown = reportMarkdown(report);
      assert.match(markdown, /\n- Unsourced claims not checked \(`unattributed-claim` is off\)\n/);
      assert.doesNotMatch(markdown, /## Unsourced claims/);
    });

    it('shows the claims of an article that disables the rule in its front matter as suppressed', () => {
      const disabled = STORY.replace('type: news', 'type: news\ncopydesk:\n  disable: [unattributed-claim]');
      assert.notEqual(disabled, STORY);
      const report = sourcingReport(analyze(disabled), 'port.article.md');
      assert.deepEqual(report.unattributedClaims.map((c) => c.suppressed), ['disabled in the front matter']);
    });
  });
});
