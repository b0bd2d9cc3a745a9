import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { allRules } from '../../server/src/rules';
import { TempTree } from '../server/config/tempTree';
import { articleText, CLEAN_BODY, copydesk, REPO } from './cli';

const SCHEMA = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('copydesk lint --format sarif', () => {
  let tree: TempTree;
  let validate: ReturnType<Ajv['compile']>;
  before(() => {
    // The published schema is written in draft-04, which Ajv 8 reads once its top-level `id`
    // is spelt `$id`; it uses none of the keywords whose meaning changed after draft-04.
    const { id, $schema, ...schema } = JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
    assert.match(String($schema), /draft-04/);
    // Its language pattern (`...[a-zA-Z]{2}]?$`) is only valid without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile({ ...schema, $id: String(id) });
  });
  beforeEach(() => {
    tree = new TempTree();
    tree.write({ '.copydesk.yaml': 'root: true\n' });
  });
  afterEach(() => tree.remove());

  const sarifOf = (stdout: string): Sarif.Log => {
    const log = JSON.parse(stdout) as Sarif.Log;
    assert.ok(validate(log), `not valid SARIF 2.1.0: ${JSON.stringify(validate.errors, null, 2)}`);
    return log;
  };

  it('is valid SARIF 2.1.0, with every rule\'s metadata and docs link', () => {
    tree.write({ 'a.article.md': articleText('LISBON — Dockworkers walked off the job on Tuesday.\n\n"This is the worst summer for the port since anyone can remember."') });
    const run = copydesk(['lint', '--format', 'sarif', 'a.article.md'], { cwd: tree.root });
    assert.equal(run.code, 0, run.stderr);
    const log = sarifOf(run.stdout);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'copydesk');
    for (const rule of allRules) {
      const meta = driver.rules?.find((r) => r.id === rule.id);
      assert.ok(meta, rule.id);
      assert.equal(meta.helpUri, `https://github.com/copydesk/copydesk/blob/main/docs/rules/${rule.id}.md`);
      assert.equal(meta.shortDescription?.text, rule.description);
    }
  });

  it('places results with 1-based regions relative to %SRCROOT%, with the rule index', () => {
    const text = articleText('LISBON — Dockworkers walked off the job on Tuesday.\n\n"This is the worst summer for the port since anyone can remember."');
    tree.write({ 'desk/a.article.md': text });
    const log = sarifOf(copydesk(['lint', '--format', 'sarif', 'desk/a.article.md'], { cwd: tree.root }).stdout);
    const [result] = log.runs[0].results!;
    assert.equal(result.ruleId, 'unattributed-quote');
    assert.equal(log.runs[0].tool.driver.rules![result.ruleIndex!].id, 'unattributed-quote');
    assert.equal(result.level, 'warning');
    const location = result.locations![0].physicalLocation!;
    assert.deepEqual(location.artifactLocation, { uri: 'desk/a.article.md', uriBaseId: '%SRCROOT%' });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('"This is'));
    assert.deepEqual(location.region, { startLine: line + 1, startColumn: 1, endLine: line + 1, endColumn: lines[line].length + 1 });
    assert.equal(log.runs[0].originalUriBaseIds!['%SRCROOT%'].uri, `file://${tree.root}/`);
  });

  it('carries related locations and fixes', () => {
    const fm = 'title: Shares\nbyline: [K]\nagency: Reuters\nstyle: reuters\ntype: news\ndateline:\n  place: FRANKFURT\n  date: 2025-09-11';
    tree.write({ 'a.article.md': articleText('BERLIN, Sept. 11 (Reuters) - Shares fell 11% on Thursday, the company said.', fm) });
    const log = sarifOf(copydesk(['lint', '--format', 'sarif', 'a.article.md'], { cwd: tree.root }).stdout);
    const mismatch = log.runs[0].results!.find((r) => r.ruleId === 'dateline-mismatch')!;
    assert.equal(mismatch.relatedLocations?.[0].physicalLocation?.region?.startLine, 8, 'the front matter place');
    const malformed = log.runs[0].results!.find((r) => r.ruleId === 'malformed-dateline')!;
    assert.equal(malformed.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text, 'Sept 11');
  });

  it('records files that could not be read as tool notifications, and is still valid', () => {
    tree.write({ 'a.article.md': articleText(CLEAN_BODY) });
    const run = copydesk(['lint', '--format', 'sarif', 'a.article.md', 'missing.article.md'], { cwd: tree.root });
    assert.equal(run.code, 2);
    const invocation = sarifOf(run.stdout).runs[0].invocations![0];
    assert.equal(invocation.executionSuccessful, false);
    assert.match(invocation.toolExecutionNotifications![0].message.text!, /missing\.article\.md: no such file or folder/);
  });

  it('writes to --output for upload', () => {
    tree.write({ 'a.article.md': articleText(CLEAN_BODY) });
    const run = copydesk(['lint', '--format', 'sarif', '--output', 'copydesk.sarif', 'a.article.md'], { cwd: tree.root });
    assert.equal(run.stdout, '');
    sarifOf(tree.read('copydesk.sarif'));
  });
});
