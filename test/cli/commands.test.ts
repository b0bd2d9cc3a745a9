import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules';
import { TempTree } from '../server/config/tempTree';
import { articleText, copydesk, REPO, WARNING_BODY } from './cli';

describe('copydesk', () => {
  it('prints its help and version', () => {
    const help = copydesk(['--help']);
    assert.equal(help.code, 0);
    for (const command of ['lint', 'extract', 'report', 'init', 'rules']) assert.match(help.stdout, new RegExp(`\\n  ${command} `));
    assert.match(help.stdout, /Exit codes:\n  0 .+\n  1 .+\n  2 /);
    const version = copydesk(['--version']);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
    assert.match(copydesk(['lint', '--help']).stdout, /--changed-since REF/);
  });

  it('exits 2 for no command or an unknown one', () => {
    assert.equal(copydesk([]).code, 2);
    const unknown = copydesk(['examples/']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "examples\/" \(did you mean "copydesk lint examples\/"\?\)/);
  });

  describe('init', () => {
    let tree: TempTree;
    beforeEach(() => (tree = new TempTree()));
    afterEach(() => tree.remove());

    it('writes a commented starter .copydesk.yaml that lint then uses', () => {
      const run = copydesk(['init', '--style', 'ap'], { cwd: tree.root });
      assert.equal(run.code, 0, run.stderr);
      const config = tree.read('.copydesk.yaml');
      assert.match(config, /^# /);
      assert.match(config, /\nstyle: ap\n/);
      for (const rule of allRules) assert.ok(config.includes(`  ${rule.id}: `), rule.id);
      tree.write({ 'a.article.md': articleText(WARNING_BODY, 'title: Strike\nbyline: [A]\ntype: news\ndate: 2025-06-03') });
      const lint = copydesk(['lint', '--format', 'json', 'a.article.md'], { cwd: tree.root });
      assert.ok(lint.code === 0 || lint.code === 1, lint.stderr);
      assert.match(lint.stdout, /malformed-dateline|unattributed-quote/);
    });

    it('will not overwrite an existing file without --force', () => {
      tree.write({ '.copydesk.yaml': 'style: plain\n' });
      const run = copydesk(['init'], { cwd: tree.root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.copydesk\.yaml: already exists; use --force to overwrite it/);
      assert.equal(tree.read('.copydesk.yaml'), 'style: plain\n');
      assert.equal(copydesk(['init', '--force'], { cwd: tree.root }).code, 0);
      assert.match(tree.read('.copydesk.yaml'), /style: reuters/);
    });
  });

  describe('rules', () => {
    it('lists every rule with its severity, whether it is fixable, and its docs link', () => {
      const run = copydesk(['rules']);
      assert.equal(run.code, 0);
      for (const rule of allRules) {
        assert.match(run.stdout, new RegExp(`^${rule.id} +${rule.defaultSeverity === 'information' ? 'info' : rule.defaultSeverity} +${rule.fixable ? 'fixable' : ' +'}`, 'm'));
        assert.ok(run.stdout.includes(`docs/rules/${rule.id}.md`));
      }
    });

    it('shows the severity the configuration here sets, and JSON with --format json', () => {
      const tree = new TempTree();
      try {
        tree.write({ '.copydesk.yaml': 'root: true\nrules:\n  vague-source: error\n' });
        const rows = JSON.parse(copydesk(['rules', '--format', 'json'], { cwd: tree.root }).stdout) as Array<{ id: string; severity: string; defaultSeverity: string }>;
        assert.deepEqual(rows.find((r) => r.id === 'vague-source'), { ...rows.find((r) => r.id === 'vague-source'), severity: 'error', defaultSeverity: 'warning' });
        assert.equal(rows.length, allRules.length);
      } finally {
        tree.remove();
      }
    });
  });
});
