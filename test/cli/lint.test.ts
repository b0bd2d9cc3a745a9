import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempTree } from '../server/config/tempTree';
import { articleText, assertNoStackTrace, CLEAN_BODY, copydesk, ERROR_BODY, lintJson, REPO, WARNING_BODY } from './cli';

const packageJson = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  contributes: { problemPatterns: Array<{ name: string; regexp?: string; patterns?: Array<{ regexp: string }> }> };
};

describe('copydesk lint', () => {
  let tree: TempTree;
  beforeEach(() => {
    tree = new TempTree();
    tree.write({ '.copydesk.yaml': 'root: true\n' });
  });
  afterEach(() => tree.remove());

  describe('finding the articles', () => {
    it('lints the current folder by default: *.article.md and Markdown with an article front matter, minus ignore globs', () => {
      tree.write({
        '.copydesk.yaml': 'root: true\nignore: ["archive/**"]\n',
        'a.article.md': articleText(CLEAN_BODY),
        'desk/b.md': articleText(CLEAN_BODY),
        'README.md': '# Notes\n\nNot an article.\n',
        'notes/plain.md': '---\ntitle: Notes\n---\n\nNo type, dateline or agency.\n',
        'archive/old.article.md': articleText(CLEAN_BODY),
        'node_modules/pkg/x.article.md': articleText(CLEAN_BODY),
        '.hidden/y.article.md': articleText(CLEAN_BODY),
      });
      const run = copydesk(['lint', '--format', 'json'], { cwd: tree.root });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(lintJson(run).map((r) => r.file), ['a.article.md', path.join('desk', 'b.md')]);
    });

    it('reports files in the order they are given, and each file once', () => {
      tree.write({ 'b.article.md': articleText(CLEAN_BODY), 'a.article.md': articleText(CLEAN_BODY) });
      const run = copydesk(['lint', '--format', 'json', 'b.article.md', 'a.article.md', 'b.article.md'], { cwd: tree.root });
      assert.deepEqual(lintJson(run).map((r) => r.file), ['b.article.md', 'a.article.md']);
    });

    it('expands globs to the articles they match', () => {
      tree.write({ 'news/a.article.md': articleText(CLEAN_BODY), 'news/b.md': articleText(CLEAN_BODY), 'news/README.md': '# Read me\n', 'other/c.article.md': articleText(CLEAN_BODY) });
      const run = copydesk(['lint', '--format', 'json', 'news/*.md'], { cwd: tree.root });
      assert.deepEqual(lintJson(run).map((r) => r.file), [path.join('news', 'a.article.md'), path.join('news', 'b.md')]);
    });

    it('uses the configuration\'s files globs when it has them', () => {
      tree.write({ '.copydesk.yaml': 'root: true\nfiles: ["stories/**/*.md"]\n', 'stories/x/a.md': '---\ntitle: A\n---\n\nBody.\n', 'b.article.md': articleText(CLEAN_BODY) });
      assert.deepEqual(lintJson(copydesk(['lint', '--format', 'json'], { cwd: tree.root })).map((r) => r.file), [path.join('stories', 'x', 'a.md')]);
    });

    it('says when a file named outright is ignored, and lints it with --no-ignore', () => {
      tree.write({ '.copydesk.yaml': 'root: true\nignore: ["*.draft.md"]\n', 'x.draft.md': articleText(WARNING_BODY) });
      const ignored = copydesk(['lint', '--format', 'json', 'x.draft.md'], { cwd: tree.root });
      assert.equal(ignored.code, 0);
      assert.match(ignored.stderr, /x\.draft\.md: ignored by the "ignore" globs/);
      assert.deepEqual(lintJson(ignored), []);
      assert.equal(lintJson(copydesk(['lint', '--format', 'json', '--no-ignore', 'x.draft.md'], { cwd: tree.root })).length, 1);
    });
  });

  describe('--format json', () => {
    it('prints the contract shape: file, and rule, severity, message, range per diagnostic', () => {
      tree.write({ 'a.article.md': articleText(WARNING_BODY) });
      const [report] = lintJson(copydesk(['lint', '--format', 'json', 'a.article.md'], { cwd: tree.root }));
      assert.deepEqual(Object.keys(report), ['file', 'diagnostics']);
      assert.ok(report.diagnostics.length > 0);
      for (const d of report.diagnostics) {
        assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range']);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        assert.deepEqual(Object.keys(d.range.start), ['line', 'character']);
      }
    });

    it('gives 0-based positions in UTF-16 code units', () => {
      const text = articleText('LISBON — Dockworkers 🚢 walked off the job, a source said.');
      tree.write({ 'a.article.md': text });
      const [report] = lintJson(copydesk(['lint', '--format', 'json', 'a.article.md'], { cwd: tree.root }));
      const vague = report.diagnostics.find((d) => d.rule === 'vague-source');
      assert.ok(vague, JSON.stringify(report.diagnostics));
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('a source said'));
      assert.deepEqual(vague.range, {
        start: { line, character: lines[line].indexOf('a source') },
        end: { line, character: lines[line].indexOf('a source') + 'a source'.length },
      });
    });
  });

  describe('--format stylish', () => {
    it('groups by file with a summary line, in the layout the $copydesk problem matcher reads', () => {
      tree.write({ 'a.article.md': articleText(WARNING_BODY) });
      const run = copydesk(['lint', 'a.article.md'], { cwd: tree.root });
      assert.equal(run.code, 0, 'warnings alone do not fail the run');
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'a.article.md');
      const pattern = packageJson.contributes.problemPatterns.find((p) => p.name === 'copydesk-stylish')!.patterns![1].regexp;
      const match = new RegExp(pattern).exec(lines[1]);
      assert.ok(match, `"${lines[1]}" does not match ${pattern}`);
      assert.equal(match[3], 'warning');
      assert.equal(match[5], 'unattributed-quote');
      assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 1 article/);
      assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour with NO_COLOR');
    });

    it('colours when forced, and says so when all is clean', () => {
      tree.write({ 'a.article.md': articleText(WARNING_BODY), 'b.article.md': articleText(CLEAN_BODY) });
      assert.match(copydesk(['lint', 'a.article.md'], { cwd: tree.root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
      assert.match(copydesk(['lint', 'b.article.md'], { cwd: tree.root }).stdout, /✔ 1 article checked, no problems/);
    });
  });

  describe('--format github', () => {
    it('prints workflow commands the copydesk-github problem matcher reads, escaping what needs it', () => {
      tree.write({ 'a, b.article.md': articleText(ERROR_BODY) });
      const run = copydesk(['lint', '--format', 'github', 'a, b.article.md'], { cwd: tree.root });
      assert.equal(run.code, 1);
      const pattern = new RegExp(packageJson.contributes.problemPatterns.find((p) => p.name === 'copydesk-github')!.regexp!);
      const lines = run.stdout.trim().split('\n');
      assert.ok(lines.length >= 1);
      for (const line of lines) assert.match(line, pattern);
      const error = lines.find((l) => l.startsWith('::error '));
      assert.ok(error, run.stdout);
      assert.match(error, /^::error file=a%2C b\.article\.md,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=unbalanced-quotes::/);
    });
  });

  describe('--format junit', () => {
    it('has one test case per file, failing those with errors or warnings', () => {
      tree.write({ 'clean.article.md': articleText(CLEAN_BODY), 'bad.article.md': articleText(ERROR_BODY) });
      const run = copydesk(['lint', '--format', 'junit', 'clean.article.md', 'bad.article.md'], { cwd: tree.root });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="copydesk" tests="2" failures="1" errors="0">/);
      assert.equal(run.stdout.match(/<testcase /g)?.length, 2);
      assert.match(run.stdout, /<testcase name="bad\.article\.md"[^>]*>\s*<failure message="[^"]*unbalanced-quotes[^"]*"/);
      assert.match(run.stdout, /<testcase name="clean\.article\.md" classname="copydesk" time="0"><\/testcase>/);
      assert.doesNotMatch(run.stdout.replace(/&(?:amp|lt|gt|quot|apos);/g, ''), /&|<(?![?/a-z])/, 'text is escaped');
    });
  });

  describe('exit codes', () => {
    it('0 when clean, 1 with an error, 0 with warnings, 1 with more warnings than --max-warnings', () => {
      tree.write({ 'clean.article.md': articleText(CLEAN_BODY), 'error.article.md': articleText(ERROR_BODY), 'warning.article.md': articleText(WARNING_BODY) });
      assert.equal(copydesk(['lint', 'clean.article.md'], { cwd: tree.root }).code, 0);
      assert.equal(copydesk(['lint', 'error.article.md'], { cwd: tree.root }).code, 1);
      assert.equal(copydesk(['lint', 'warning.article.md'], { cwd: tree.root }).code, 0);
      assert.equal(copydesk(['lint', '--max-warnings', '1', 'warning.article.md'], { cwd: tree.root }).code, 0);
      const over = copydesk(['lint', '--max-warnings', '0', 'warning.article.md'], { cwd: tree.root });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    });

    it('2 for a usage mistake, with the command\'s help pointer', () => {
      for (const args of [['--format', 'xml'], ['--max-warnings', 'lots'], ['--shard', '3/2'], ['--bogus'], ['--stdin', 'a.md'], ['--jobs', '0']]) {
        const run = copydesk(['lint', ...args], { cwd: tree.root });
        assert.equal(run.code, 2, args.join(' '));
        assert.match(run.stderr, /^copydesk lint: .+\nRun "copydesk lint --help" for the options\.\n$/, run.stderr);
      }
    });

    it('--quiet reports errors only', () => {
      tree.write({ 'a.article.md': articleText(`${ERROR_BODY}\n\nThe strike could last a month, a source said.`) });
      const [report] = lintJson(copydesk(['lint', '--quiet', '--format', 'json', 'a.article.md'], { cwd: tree.root }));
      assert.deepEqual([...new Set(report.diagnostics.map((d) => d.severity))], ['error']);
    });
  });

  describe('configuration', () => {
    it('applies the nearest .copydesk.yaml to each file', () => {
      tree.write({ 'strict/.copydesk.yaml': 'rules:\n  unattributed-quote: error\n', 'strict/a.article.md': articleText(WARNING_BODY), 'b.article.md': articleText(WARNING_BODY) });
      const reports = lintJson(copydesk(['lint', '--format', 'json', 'strict/a.article.md', 'b.article.md'], { cwd: tree.root }));
      assert.deepEqual(reports.map((r) => r.diagnostics.map((d) => `${d.rule}:${d.severity}`)), [['unattributed-quote:error'], ['unattributed-quote:warning']]);
    });

    it('uses --config instead of looking', () => {
      tree.write({ 'ci.yaml': 'rules:\n  unattributed-quote: off\n', 'a.article.md': articleText(WARNING_BODY) });
      assert.deepEqual(lintJson(copydesk(['lint', '--format', 'json', '--config', 'ci.yaml', 'a.article.md'], { cwd: tree.root }))[0].diagnostics, []);
    });

    it('exits 2 naming the file and line of a broken configuration, and still lints the other files', () => {
      tree.write({ 'desk/.copydesk.yaml': 'rules:\n  unattributed-quotes: error\n', 'desk/a.article.md': articleText(WARNING_BODY), 'b.article.md': articleText(WARNING_BODY) });
      const run = copydesk(['lint', '--format', 'json', 'desk/a.article.md', 'b.article.md'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /desk\/\.copydesk\.yaml:2:3: unknown rule "unattributed-quotes" \(did you mean "unattributed-quote"\?\)/);
      assert.deepEqual(lintJson(run).map((r) => r.file), ['b.article.md']);
      assertNoStackTrace(run);
    });

    it('exits 2 on a broken --config before reading any article', () => {
      tree.write({ 'ci.yaml': 'style: bbc\n', 'a.article.md': articleText(CLEAN_BODY) });
      const run = copydesk(['lint', '--config', 'ci.yaml', 'a.article.md'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /ci\.yaml:1:8: "style" must be one of reuters, ap, plain, not "bbc"/);
      assert.equal(run.stdout, '');
    });
  });

  describe('--stdin', () => {
    it('lints standard input under the name and configuration of --stdin-filename', () => {
      tree.write({ 'strict/.copydesk.yaml': 'rules:\n  unattributed-quote: error\n' });
      const run = copydesk(['lint', '--stdin', '--stdin-filename', 'strict/new.article.md', '--format', 'json'], { cwd: tree.root, input: articleText(WARNING_BODY) });
      assert.equal(run.code, 1);
      const [report] = lintJson(run);
      assert.equal(report.file, 'strict/new.article.md');
      assert.deepEqual(report.diagnostics.map((d) => `${d.rule}:${d.severity}`), ['unattributed-quote:error']);
    });

    it('refuses binary input with a clear message', () => {
      const run = copydesk(['lint', '--stdin'], { cwd: tree.root, input: Buffer.from([0x2d, 0, 1, 2]) });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /<stdin>: standard input is binary/);
    });
  });

  describe('--jobs and --shard', () => {
    it('gives the same output on worker threads as in one thread', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 24; i++) files[`a${String(i).padStart(2, '0')}.article.md`] = articleText(i % 3 ? WARNING_BODY : ERROR_BODY);
      tree.write(files);
      const one = copydesk(['lint', '--format', 'json', '--jobs', '1', '.'], { cwd: tree.root });
      const two = copydesk(['lint', '--format', 'json', '--jobs', '2', '.'], { cwd: tree.root });
      assert.equal(one.code, 1);
      assert.equal(two.code, 1);
      assert.equal(two.stdout, one.stdout);
      assert.equal(lintJson(two).length, 24);
    });

    it('splits the files into disjoint shards that together cover all', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 10; i++) files[`s${i}.article.md`] = articleText(CLEAN_BODY);
      tree.write(files);
      const shards = [1, 2, 3].map((i) => lintJson(copydesk(['lint', '--format', 'json', '--shard', `${i}/3`], { cwd: tree.root })).map((r) => r.file));
      assert.deepEqual(shards.map((s) => s.length), [4, 3, 3]);
      assert.deepEqual(shards.flat().sort(), Object.keys(files).sort());
      assert.deepEqual(lintJson(copydesk(['lint', '--format', 'json', '--shard', '2/3'], { cwd: tree.root })).map((r) => r.file), shards[1], 'deterministic');
    });
  });

  describe('--changed-since', () => {
    const git = (...args: string[]): void => {
      const result = spawnSync('git', args, { cwd: tree.root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
    };

    it('keeps only findings on lines changed since the ref, and everything in new files', () => {
      const before = articleText(`${WARNING_BODY}\n\nThe strike could last a month, a source said.`);
      tree.write({ 'a.article.md': before, 'b.article.md': articleText(CLEAN_BODY) });
      git('init', '-q', '-b', 'main');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'start');
      tree.write({ 'a.article.md': before.replace('The strike could last a month, a source said.', 'The strike could last a year, a source said.'), 'c.article.md': articleText(WARNING_BODY) });
      const run = copydesk(['lint', '--format', 'json', '--changed-since', 'HEAD'], { cwd: tree.root });
      const reports = lintJson(run);
      assert.deepEqual(reports.map((r) => r.file), ['a.article.md', 'c.article.md'], 'b.article.md did not change');
      assert.deepEqual([...new Set(reports[0].diagnostics.map((d) => d.rule))].sort(), ['anonymity-unexplained', 'vague-source'], 'only the changed line');
      assert.deepEqual(reports[1].diagnostics.map((d) => d.rule), ['unattributed-quote'], 'a new file counts in full');
    });

    it('exits 2 with a clear message for a ref git does not know', () => {
      tree.write({ 'a.article.md': articleText(CLEAN_BODY) });
      git('init', '-q');
      const run = copydesk(['lint', '--changed-since', 'no-such-ref'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--changed-since: git cannot find the ref "no-such-ref"/);
      assertNoStackTrace(run);
    });
  });

  describe('--fix', () => {
    it('applies the safe fixes, keeps every word inside quotes, writes atomically and keeps the file mode', () => {
      const fm = 'title: Strike\nbyline: [Ana Reporter]\nagency: Reuters\nstyle: reuters\ntype: news\ndateline:\n  place: LISBON\n  date: 2025-06-03';
      const body = '(Reuters) - Dockworkers walked off the job on Tuesday, union president Marta Sousa said.\n\n"We will not go back," said Marta Sousa.\n\n“We have put a fair offer on the table, and it’s final,” said port chairman Rui Esteves.\n\n"Nothing new," Sousa said.';
      tree.write({ 'a.article.md': articleText(body, fm) });
      fs.chmodSync(tree.path('a.article.md'), 0o640);
      const run = copydesk(['lint', '--fix', '--format', 'json', 'a.article.md'], { cwd: tree.root });
      const fixed = tree.read('a.article.md');
      assert.match(fixed, /\n\nLISBON, June 3 \(Reuters\) - Dockworkers walked/);
      assert.ok(fixed.includes('"We have put a fair offer on the table, and it’s final," said port chairman Rui Esteves.'), 'marks swapped, the apostrophe inside the quote left alone');
      const rules = lintJson(run)[0].diagnostics.map((d) => d.rule);
      assert.ok(!rules.includes('missing-dateline') && !rules.includes('mixed-quote-style'), rules.join());
      assert.equal(fs.statSync(tree.path('a.article.md')).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(tree.root).filter((f) => f.includes('.tmp')), []);
    });

    it('writes through a symbolic link to the file it points to', () => {
      tree.write({ 'real/a.md': articleText('LISBON — Dockworkers walked off the job.\n\n"We will not go back," said Marta Sousa.\n\n“It is fair,” said Rui Esteves.\n\n"No," said Sousa.', 'title: Strike\nbyline: [A]\ntype: news\ndate: 2025-06-03\nstyle: plain') });
      fs.symlinkSync(tree.path('real/a.md'), tree.path('link.article.md'));
      copydesk(['lint', '--fix', 'link.article.md'], { cwd: tree.root });
      assert.ok(fs.lstatSync(tree.path('link.article.md')).isSymbolicLink());
      assert.ok(tree.read('real/a.md').includes('"It is fair," said Rui Esteves'));
    });

    it('is refused with --stdin', () => {
      assert.equal(copydesk(['lint', '--stdin', '--fix'], { cwd: tree.root, input: '' }).code, 2);
    });
  });

  it('--report-unused-disables reports suppressions that suppress nothing', () => {
    tree.write({ 'a.article.md': articleText(`${CLEAN_BODY}\n\n<!-- copydesk-disable-next-line vague-source -- old -->\nThe port reopened.`) });
    const plain = lintJson(copydesk(['lint', '--format', 'json', 'a.article.md'], { cwd: tree.root }));
    assert.deepEqual(plain[0].diagnostics, []);
    const run = copydesk(['lint', '--format', 'json', '--report-unused-disables', 'a.article.md'], { cwd: tree.root });
    assert.deepEqual(lintJson(run)[0].diagnostics.map((d) => d.rule), ['unused-disable']);
  });

  describe('bad input', () => {
    it('names a missing path, lints the rest and exits 2', () => {
      tree.write({ 'a.article.md': articleText(CLEAN_BODY) });
      const run = copydesk(['lint', '--format', 'json', 'missing.article.md', 'a.article.md'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^copydesk: missing\.article\.md: no such file or folder$/m);
      assert.deepEqual(lintJson(run).map((r) => r.file), ['a.article.md']);
      assertNoStackTrace(run);
    });

    it('names a glob that matches nothing', () => {
      const run = copydesk(['lint', 'stories/**/*.md'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /stories\/\*\*\/\*\.md: no files match this pattern/);
    });

    it('names a symbolic link loop', () => {
      tree.write({ 'a.article.md': articleText(CLEAN_BODY) });
      fs.symlinkSync('loop2.article.md', tree.path('loop1.article.md'));
      fs.symlinkSync('loop1.article.md', tree.path('loop2.article.md'));
      const named = copydesk(['lint', '--format', 'json', 'loop1.article.md', 'a.article.md'], { cwd: tree.root });
      assert.equal(named.code, 2);
      assert.match(named.stderr, /loop1\.article\.md: a symbolic link loop/);
      assert.deepEqual(lintJson(named).map((r) => r.file), ['a.article.md']);
      const walked = copydesk(['lint', '--format', 'json'], { cwd: tree.root });
      assert.equal(walked.code, 2);
      assert.match(walked.stderr, /loop1\.article\.md: a symbolic link loop/);
      assertNoStackTrace(walked);
    });

    it('walks a folder that links back to itself once', () => {
      tree.write({ 'desk/a.article.md': articleText(CLEAN_BODY) });
      fs.symlinkSync('..', tree.path('desk/up'));
      const run = copydesk(['lint', '--format', 'json'], { cwd: tree.root });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(lintJson(run).map((r) => r.file), [path.join('desk', 'a.article.md')]);
    });

    it('names a file that is too large, binary or not UTF-8, and lints the rest', () => {
      tree.write({
        'big.article.md': articleText(`LISBON — ${'Dockworkers walked off the job. '.repeat(330_000)}`),
        'binary.article.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]),
        'latin1.article.md': Buffer.from('---\ntitle: Caf\xe9\n---\n\nLISBON \u2014 ok.\n', 'latin1'),
        'ok.article.md': articleText(CLEAN_BODY),
      });
      const started = Date.now();
      const run = copydesk(['lint', '--format', 'json', 'big.article.md', 'binary.article.md', 'latin1.article.md', 'ok.article.md'], { cwd: tree.root });
      assert.ok(Date.now() - started < 20_000, 'a 10 MB file does not stall the run');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /big\.article\.md: is 10 MB, over the 2 MB limit for an article \(raise it with --max-file-size\)/);
      assert.match(run.stderr, /binary\.article\.md: is binary/);
      assert.match(run.stderr, /latin1\.article\.md: is not UTF-8 text/);
      assert.deepEqual(lintJson(run).map((r) => r.file), ['ok.article.md']);
      assertNoStackTrace(run);
    });

    it('names a file it has no permission to read', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads everything
      tree.write({ 'secret.article.md': articleText(CLEAN_BODY) });
      fs.chmodSync(tree.path('secret.article.md'), 0);
      const run = copydesk(['lint', 'secret.article.md'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /secret\.article\.md: permission denied/);
    });
  });
});
