import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ConfigError, loadConfigFile } from '../../../server/src/config';
import { configSchema, frontMatterSchema } from '../../../server/src/config/schema';
import { starterConfig } from '../../../server/src/cli/starterConfig';
import { TempTree } from './tempTree';

const REPO = path.resolve(__dirname, '../../../..');

describe('the JSON schemas', () => {
  const files = { 'copydesk.schema.json': configSchema(), 'front-matter.schema.json': frontMatterSchema() };
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validConfig = ajv.compile(configSchema());
  const validFrontMatter = ajv.compile(frontMatterSchema());

  it('are what the code builds (UPDATE_SCHEMAS=1 rewrites them)', () => {
    for (const [name, schema] of Object.entries(files)) {
      const file = path.join(REPO, 'schemas', name);
      const text = `${JSON.stringify(schema, null, 2)}\n`;
      if (process.env.UPDATE_SCHEMAS === '1') fs.writeFileSync(file, text);
      assert.equal(fs.readFileSync(file, 'utf8'), text, `schemas/${name} is out of date: run UPDATE_SCHEMAS=1 npm test`);
    }
  });

  it('accept the starter configuration `copydesk init` writes, which the loader also accepts', () => {
    for (const style of ['reuters', 'ap', 'plain'] as const) {
      const yaml = starterConfig(style);
      assert.ok(validConfig(parseYaml(yaml)), JSON.stringify(validConfig.errors));
      const tree = new TempTree();
      try {
        tree.write({ '.copydesk.yaml': yaml });
        assert.equal(loadConfigFile(tree.path('.copydesk.yaml')).style, style);
      } finally {
        tree.remove();
      }
    }
  });

  describe('agree with the config loader', () => {
    const valid = [
      'root: true\nstyle: ap\n',
      'rules:\n  vague-source: off\n  delayed-attribution: [error, { maxSentences: 3 }]\n  mixed-quote-style: [warning]\n',
      'extends: [../house.yaml]\nfiles: "stories/**/*.md"\nignore: [archive/**]\n',
      'people:\n  - name: Alex Morgan\n    pronouns: they\n    aliases: [Morgan]\nspeechVerbs: [quip]\n',
      'markdown: always\nrules:\n  loaded-attribution-verb: [info, { allow: [deny, concede] }]\n',
    ];
    const invalid = [
      'style: bbc\n',
      'rules:\n  vague-sources: off\n',
      'rules:\n  vague-source: loud\n',
      'rules:\n  delayed-attribution: [warning, { maxSentence: 3 }]\n',
      'rules:\n  delayed-attribution: [warning, { maxSentences: 0 }]\n',
      'rules:\n  mixed-quote-style: [warning, { style: fancy }]\n',
      'people:\n  - pronouns: she\n',
      'speechVerbs: quip\n',
      'colour: true\n',
    ];
    const loads = (yaml: string): boolean => {
      const tree = new TempTree();
      try {
        tree.write({ '.copydesk.yaml': yaml, 'house.yaml': '' });
        fs.mkdirSync(tree.path('desk'));
        fs.renameSync(tree.path('.copydesk.yaml'), tree.path('desk/.copydesk.yaml'));
        loadConfigFile(tree.path('desk/.copydesk.yaml'));
        return true;
      } catch (error) {
        if (error instanceof ConfigError) return false;
        throw error;
      } finally {
        tree.remove();
      }
    };
    for (const yaml of valid) {
      it(`both accept ${JSON.stringify(yaml)}`, () => {
        assert.ok(validConfig(parseYaml(yaml)), JSON.stringify(validConfig.errors));
        assert.ok(loads(yaml));
      });
    }
    for (const yaml of invalid) {
      it(`both reject ${JSON.stringify(yaml)}`, () => {
        assert.ok(!validConfig(parseYaml(yaml)));
        assert.ok(!loads(yaml));
      });
    }
  });

  it('accept the front matter of every example article', () => {
    const examples = path.join(REPO, 'examples');
    for (const name of fs.readdirSync(examples).filter((f) => f.endsWith('.article.md'))) {
      const text = fs.readFileSync(path.join(examples, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      assert.ok(yaml, `${name} has a front matter`);
      assert.ok(validFrontMatter(parseYaml(yaml)), `${name}: ${JSON.stringify(validFrontMatter.errors)}`);
    }
  });

  it('reject a front matter with no title, a wrong type or an unknown rule to disable', () => {
    assert.ok(!validFrontMatter({ byline: ['A'] }));
    assert.ok(!validFrontMatter({ title: 'x', type: 'gossip' }));
    assert.ok(!validFrontMatter({ title: 'x', copydesk: { disable: ['no-such-rule'] } }));
    assert.ok(validFrontMatter({ title: 'x', copydesk: { disable: ['vague-source'] }, slug: 'cms-field' }));
  });
});
