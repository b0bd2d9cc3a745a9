import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ConfigError, ConfigLoader, isIgnored, loadConfigFile, loadConfigForFile, matches } from '../../../server/src/config';
import { TempTree } from './tempTree';

describe('loadConfigForFile', () => {
  let tree: TempTree;
  beforeEach(() => (tree = new TempTree()));
  afterEach(() => tree.remove());

  /** The ConfigError loading `file` raises. */
  function configError(file: string): ConfigError {
    try {
      loadConfigForFile(tree.path(file));
    } catch (error) {
      assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
      return error;
    }
    assert.fail(`loading the configuration for ${file} did not fail`);
  }

  it('finds the nearest .copydesk.yaml by walking up, and reads style, rules and lexicon', () => {
    tree.write({
      '.copydesk.yaml': 'root: true\nstyle: ap\nrules:\n  vague-source: off\n  delayed-attribution: [error, { maxSentences: 3 }]\nspeechVerbs: [quip]\npeople:\n  - name: Alex Morgan\n    pronouns: they\n    aliases: [Morgan]\n',
      'desk/metro/story.article.md': '',
    });
    const config = loadConfigForFile(tree.path('desk/metro/story.article.md'));
    assert.equal(config.style, 'ap');
    assert.deepEqual(config.rules['vague-source'], { severity: 'off', options: {} });
    assert.deepEqual(config.rules['delayed-attribution'], { severity: 'error', options: { maxSentences: 3 } });
    assert.deepEqual(config.lexicon.speechVerbs, ['quip']);
    assert.deepEqual(config.lexicon.people, [{ name: 'Alex Morgan', pronouns: 'they', aliases: ['Morgan'] }]);
    assert.equal(config.path, tree.path('.copydesk.yaml'));
  });

  it('lets the nearer file win key by key, keeping what it does not set', () => {
    tree.write({
      '.copydesk.yaml': 'root: true\nstyle: reuters\nrules:\n  vague-source: error\n  mixed-quote-style: [warning, { style: curly }]\ntitles: [Alderman]\n',
      'sport/.copydesk.yaml': 'style: plain\nrules:\n  mixed-quote-style: error\ntitles: [Coach]\n',
      'sport/match.article.md': '',
    });
    const config = loadConfigForFile(tree.path('sport/match.article.md'));
    assert.equal(config.style, 'plain');
    assert.equal(config.rules['vague-source'].severity, 'error');
    assert.deepEqual(config.rules['mixed-quote-style'], { severity: 'error', options: { style: 'curly' } }, 'a severity alone keeps the options set farther up');
    assert.deepEqual(config.lexicon.titles, ['Alderman', 'Coach']);
    assert.equal(config.path, tree.path('sport/.copydesk.yaml'));
    assert.deepEqual(config.sources, [tree.path('.copydesk.yaml'), tree.path('sport/.copydesk.yaml')]);
  });

  it('stops at root: true', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: reuters\n', 'desk/.copydesk.yaml': 'root: true\n', 'desk/a.article.md': '' });
    assert.equal(loadConfigForFile(tree.path('desk/a.article.md')).style, null);
  });

  it('reads extends relative to the file that names it, the extending file winning', () => {
    tree.write({
      '.copydesk.yaml': 'root: true\n',
      'shared/house.yaml': 'style: ap\nrules:\n  vague-source: error\n  first-reference: off\n',
      'desk/.copydesk.yaml': 'extends: ../shared/house.yaml\nrules:\n  first-reference: warning\n',
      'desk/a.article.md': '',
    });
    const config = loadConfigForFile(tree.path('desk/a.article.md'));
    assert.equal(config.style, 'ap');
    assert.equal(config.rules['vague-source'].severity, 'error');
    assert.equal(config.rules['first-reference'].severity, 'warning');
  });

  it('accepts .copydesk.yml and .copydesk.json, and an empty file', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: ap\n', 'a/.copydesk.yml': 'style: plain\n', 'b/.copydesk.json': '{ "style": "reuters" }', 'c/.copydesk.yaml': '' });
    assert.equal(loadConfigForFile(tree.path('a/x.md')).style, 'plain');
    assert.equal(loadConfigForFile(tree.path('b/x.md')).style, 'reuters');
    assert.equal(loadConfigForFile(tree.path('c/x.md')).style, 'ap');
  });

  it('names the file, line and problem for an unknown key', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: ap\nrulez:\n  vague-source: off\n' });
    const error = configError('a.article.md');
    assert.equal(error.file, tree.path('.copydesk.yaml'));
    assert.equal(error.line, 3);
    assert.match(error.message, /\.copydesk\.yaml:3:1: unknown key "rulez"/);
  });

  it('names an unknown rule, suggesting the id meant', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nrules:\n  vague-sources: off\n' });
    const error = configError('a.article.md');
    assert.equal(error.line, 3);
    assert.match(error.problem, /unknown rule "vague-sources" \(did you mean "vague-source"\?\)/);
  });

  it('rejects a wrong severity, style, option and option value at their lines', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['rules:\n  vague-source: loud\n', 3, /severity must be off, hint, info, warning or error, not "loud"/],
      ['style: bbc\n', 2, /"style" must be one of reuters, ap, plain, not "bbc"/],
      ['rules:\n  delayed-attribution: [warning, { maxSentence: 3 }]\n', 3, /has no option "maxSentence" \(its options: maxSentences\)/],
      ['rules:\n  delayed-attribution: [warning, { maxSentences: many }]\n', 3, /"delayed-attribution.maxSentences" must be a whole number of at least 1/],
      ['rules:\n  vague-source: [warning, { x: 1 }]\n', 3, /"vague-source" takes no options/],
      ['anonymousPatterns: ["people close to (the club"]\n', 2, /is not a valid regular expression/],
      ['people:\n  - pronouns: she\n', 3, /each person needs a "name"/],
    ];
    for (const [yaml, line, problem] of cases) {
      fs.writeFileSync(tree.path('.copydesk.yaml'), `root: true\n${yaml}`);
      const error = configError('a.article.md');
      assert.equal(error.line, line, `${yaml} → ${error.message}`);
      assert.match(error.problem, problem);
    }
  });

  it('reports YAML syntax errors at their position', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nrules:\n  vague-source: [warning\nstyle: ap\n' });
    const error = configError('a.article.md');
    assert.match(error.problem, /^invalid YAML/);
    assert.ok(error.line !== null && error.line >= 3);
  });

  it('reports a missing or cyclic extends at its line', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nextends: ./missing.yaml\n' });
    assert.match(configError('a.article.md').message, /:2:\d+: "extends: .\/missing.yaml": no such file/);
    tree.write({ '.copydesk.yaml': 'root: true\nextends: ./b.yaml\n', 'b.yaml': 'extends: ./.copydesk.yaml\n' });
    assert.match(configError('a.article.md').problem, /makes a cycle/);
  });

  it('never runs code: a JavaScript file named by extends is read as YAML and rejected', () => {
    const marker = tree.path('ran.txt');
    tree.write({
      '.copydesk.yaml': 'root: true\nextends: ./evil.js\n',
      'evil.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { style: 'ap' };\n`,
    });
    configError('a.article.md');
    assert.equal(fs.existsSync(marker), false);
  });

  it('never runs code: YAML tags for functions are not evaluated', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: !!js/function "function () { return \'ap\' }"\n' });
    const error = configError('a.article.md');
    assert.match(error.problem, /style|YAML|tag/i);
  });

  it('resolves files and ignore globs relative to the file that wrote them', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nfiles: ["stories/**/*.md"]\nignore: ["archive/**", "*.draft.md"]\n' });
    const config = loadConfigForFile(tree.path('stories/a.md'));
    assert.ok(config.files && matches(config.files, tree.path('stories/city/a.md')));
    assert.ok(config.files && !matches(config.files, tree.path('notes/a.md')));
    assert.ok(isIgnored(config, tree.path('archive/2019/a.article.md')));
    assert.ok(isIgnored(config, tree.path('stories/deep/b.draft.md')), 'a pattern with no slash matches at any depth');
    assert.ok(!isIgnored(config, tree.path('stories/a.article.md')));
  });

  it('loads one file with --config, without walking', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: reuters\n', 'ci/strict.yaml': 'rules:\n  vague-source: error\n' });
    const config = loadConfigFile(tree.path('ci/strict.yaml'));
    assert.equal(config.style, null);
    assert.equal(config.rules['vague-source'].severity, 'error');
  });

  it('caches by folder, and keeps reporting the same error for every file under a broken config', () => {
    tree.write({ '.copydesk.yaml': 'root: true\nstyle: bbc\n' });
    const loader = new ConfigLoader();
    assert.throws(() => loader.forFile(tree.path('a.article.md')), ConfigError);
    assert.throws(() => loader.forFile(tree.path('b.article.md')), ConfigError);
  });
});
