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
});
