import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, UNUSED_DISABLE } from '../../../server/src/rules';

const DOCS = path.resolve(__dirname, '../../../../docs/rules');
const WORDS = { error: 'error', warning: 'warning', information: 'information', hint: 'hint', off: 'off' } as const;

describe('the rule docs', () => {
  for (const rule of allRules) {
    it(`document ${rule.id}: what, why, standard, examples, options`, () => {
      const file = path.join(DOCS, `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${rule.id}.md is missing`);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`# ${rule.id}\n`));
      for (const heading of ['## What it checks', '## Why', '## Standard', '## Examples', '## Options']) {
        assert.ok(text.includes(`\n${heading}`), `${rule.id}.md has no "${heading}" section`);
      }
      assert.match(text, new RegExp(`\\*\\*Default severity:\\*\\* ${WORDS[rule.defaultSeverity]}`));
      for (const option of Object.keys(rule.options ?? {})) assert.ok(text.includes(`| \`${option}\` |`), `${rule.id}.md does not document the option ${option}`);
    });
  }

  it('index every rule, and the unused-disable report', () => {
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    for (const id of [...allRules.map((r) => r.id), UNUSED_DISABLE]) assert.ok(index.includes(`[${id}](${id}.md)`), id);
    assert.ok(fs.existsSync(path.join(DOCS, `${UNUSED_DISABLE}.md`)));
  });
});
