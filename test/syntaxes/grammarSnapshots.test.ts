/**
 * Snapshot tests: every fixture under test/syntaxes/fixtures is tokenized and compared, token by
 * token, with its snapshot in test/syntaxes/__snapshots__. Run with UPDATE_SNAPSHOTS=1 to accept
 * a deliberate grammar change (then review the snapshot diff before committing).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diffSnapshots, formatSnapshot } from './snapshotFormat';
import { FIXTURES_DIR, REPO_ROOT, readFixture, scopeForFixture, tokenizeText } from './tokenize';

const SNAPSHOT_DIR = path.join(REPO_ROOT, 'test/syntaxes/__snapshots__');
const updating = process.env['UPDATE_SNAPSHOTS'] === '1';

describe('grammar snapshots', () => {
  const fixtures = fs.readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.md')).sort();

  it('has fixtures to tokenize', () => {
    assert.ok(fixtures.length >= 5, `expected the grammar fixtures in ${FIXTURES_DIR}`);
  });

  for (const fixture of fixtures) {
    it(fixture, async () => {
      const scopeName = scopeForFixture(fixture);
      const actual = formatSnapshot(await tokenizeText(readFixture(fixture), scopeName), scopeName, `test/syntaxes/fixtures/${fixture}`);
      const snapshotFile = path.join(SNAPSHOT_DIR, fixture.replace(/\.md$/, '.snap'));
      if (updating) {
        fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
        fs.writeFileSync(snapshotFile, actual);
        return;
      }
      assert.ok(fs.existsSync(snapshotFile), `No snapshot ${path.relative(REPO_ROOT, snapshotFile)}: run the tests with UPDATE_SNAPSHOTS=1 to create it`);
      const expected = fs.readFileSync(snapshotFile, 'utf8');
      if (actual !== expected) {
        assert.fail(
          `Tokens of ${fixture} no longer match ${path.relative(REPO_ROOT, snapshotFile)} (- snapshot, + now):\n` +
            `${diffSnapshots(expected, actual)}\n` +
            'If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the snapshot diff.',
        );
      }
    });
  }
});
