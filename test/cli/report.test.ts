import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copydesk, REPO } from './cli';

describe('copydesk report', () => {
  it('writes a Markdown sourcing report: sources by kind with quote counts, anonymous sources, what is unsourced', () => {
    const run = copydesk(['report', 'examples/draft-with-problems.article.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Sourcing: Lisbon dockworkers strike over pay, halting container traffic\n/);
    assert.match(run.stdout, /\n## People\n\n\| Source \| Title or role \| Quotes \| Reported speech \| First line \|/);
    assert.match(run.stdout, /\| Marta Sousa \| president of the Lisbon Dockworkers' Union \| \d+ \|/);
    assert.match(run.stdout, /\n## Anonymous sources\n[\s\S]*\| a source \| \d+ \| ✖ not explained \|/);
    assert.match(run.stdout, /\n## Quotes without a speaker\n\n- line 13: "This is the worst summer/);
    assert.match(run.stdout, /\n## Unsourced claims\n[\s\S]*- line 15: Container traffic through Lisbon fell 18%/);
    assert.match(run.stdout, /- line 18: The port handled 1\.3 million containers in 2024, its busiest year since 2008\. \(suppressed: background from our archive\)/);
  });

  it('lists the quotes at second hand with the source to check them against', () => {
    const run = copydesk(['report', 'examples/ceasefire-talks.article.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /- \*\*\d+ quotes\*\*, 0 without a speaker, 1 at second hand\n/);
    assert.match(run.stdout, /\n## Quotes at second hand\n\n\| Line \| Quote \| Speaker \| Through \|\n\| ---: \| --- \| --- \| --- \|\n\| \d+ \| "We will not sign anything in a hurry," \| Carlos Ruiz \| a transcript released by his ministry \(according to\) \|\n/);
  });

  it('writes JSON with --format json, one report per file', () => {
    const run = copydesk(['report', '--format', 'json', 'examples/tulsa-tornado.article.md', 'examples/ceasefire-talks.article.md']);
    const reports = JSON.parse(run.stdout) as Array<{ file: string; summary: { sources: number; quotes: number }; anonymous: Array<{ explained: boolean; reason: string | null }> }>;
    assert.deepEqual(reports.map((r) => r.file), ['examples/tulsa-tornado.article.md', 'examples/ceasefire-talks.article.md']);
    assert.ok(reports[0].summary.quotes >= 8);
    assert.ok(reports[0].anonymous.every((a) => a.explained && a.reason), 'the Tulsa official gives a reason');
  });

  it('reports on every article in a folder or a glob, as lint finds them, in path order', () => {
    const articles = fs.readdirSync(path.join(REPO, 'examples')).filter((f) => f.endsWith('.article.md')).sort().map((f) => `examples/${f}`);
    for (const target of ['examples', 'examples/*.article.md']) {
      const run = copydesk(['report', '--format', 'json', target]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual((JSON.parse(run.stdout) as Array<{ file: string }>).map((r) => r.file), articles, target);
    }
  });

  it("lists the unsourced claims under the article's .copydesk.yaml, as lint does", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-report-'));
    try {
      fs.copyFileSync(path.join(REPO, 'examples/draft-with-problems.article.md'), path.join(dir, 'draft.article.md'));
      const claimsOf = (): string[] => {
        const run = copydesk(['report', '--format', 'json', 'draft.article.md'], { cwd: dir });
        assert.equal(run.code, 0, run.stderr);
        return (JSON.parse(run.stdout) as Array<{ unattributedClaims: Array<{ text: string }> }>)[0].unattributedClaims.map((c) => c.text);
      };
      assert.ok(claimsOf().some((text) => text.startsWith('Container traffic through Lisbon fell 18%')));
      fs.writeFileSync(path.join(dir, '.copydesk.yaml'), 'root: true\nrules:\n  unattributed-claim: off\n');
      assert.deepEqual(claimsOf(), []);
      const lint = copydesk(['lint', '--format', 'json', 'draft.article.md'], { cwd: dir });
      assert.ok(!(JSON.parse(lint.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>)[0].diagnostics.some((d) => d.rule === 'unattributed-claim'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a file it cannot read and exits 2', () => {
    const run = copydesk(['report', 'missing.article.md']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.article\.md: no such file or folder/);
  });
});
