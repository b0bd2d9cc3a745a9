/**
 * The fast front matter reader against `yaml` itself: whenever the fast reader takes a text,
 * the fields, their positions and the (absent) errors must be exactly what the full parser
 * gives. It must also take the front matter articles really have, or it saves nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readYaml } from '../../../server/src/analysis/frontMatter';
import { readSimpleYaml } from '../../../server/src/analysis/simpleYaml';
import { treeOf } from '../../../server/src/analysis/yamlTree';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** The YAML between the fences, and where it starts in the file. */
function frontMatterOf(text: string): { yaml: string; start: number } {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  assert.ok(match, 'the article has a front matter');
  return { yaml: match[1], start: 4 };
}

/**
 * Both readings of `yaml` at `start`, as fields and as trees. When the fast reader declines,
 * its tree is the full parser's, as the front matter reader then uses that.
 */
function bothReadings(yaml: string, start = 4) {
  const end = start + yaml.length;
  const simple = readSimpleYaml(yaml);
  const fullTree = treeOf(parseDocument(yaml, { uniqueKeys: true, strict: false }).contents);
  return {
    taken: simple !== undefined,
    fast: { ...readYaml(yaml, start, end, true), tree: simple === undefined ? fullTree : simple },
    full: { ...readYaml(yaml, start, end, false), tree: fullTree },
  };
}

describe('analysis/simpleYaml', () => {
  it('reads every example article’s front matter, exactly as yaml does', () => {
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.article.md'));
    assert.ok(files.length >= 5);
    for (const file of files) {
      const { yaml, start } = frontMatterOf(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
      const { taken, fast, full } = bothReadings(yaml, start);
      assert.ok(taken, `${file}: the fast reader declined`);
      assert.deepEqual(fast, full, file);
    }
  });

  it('reads quoted titles, dates, lists and nested maps with the full parser’s positions', () => {
    const yaml = [
      'title: "The Ninth Circle: a view from inside, #2"',
      "agency: 'Reuters'",
      'date: 2025-08-19',
      'byline:',
      '- Ana Ortiz',
      '- "Mark Rivera"',
      'dateline:',
      '  place: WASHINGTON/BRUSSELS   ',
      '  date: 2025-08-19',
      'sources:',
      '  - name: a U.S. official',
      '    anonymous: true',
      '    aliases: [officials, the official]',
      'copydesk:',
      '  disable: [vague-source]',
      'type:',
      '',
    ].join('\n');
    const { taken, fast, full } = bothReadings(yaml);
    assert.ok(taken);
    assert.deepEqual(fast, full);
    assert.equal(fast.fields.title, 'The Ninth Circle: a view from inside, #2');
    assert.deepEqual(fast.fields.byline, ['Ana Ortiz', 'Mark Rivera']);
    assert.equal(fast.fields.sources[0].anonymous, true);
  });

  it('leaves to yaml what it does not handle, so errors and typed values stay right', () => {
    const declined = [
      'title: a\ntitle: b\n', // a duplicate key: yaml reports it
      'title: a # comment\n',
      '# comment\ntitle: a\n',
      'title: a\n\ndate: 2025-01-01\n',
      'count: 12\n',
      'date: ~\n',
      'title: "a \\"b\\""\n',
      'title: >\n  folded\n',
      'title: a\n  continued\n',
      'byline: [Ana, [Nested]]\n',
      'dateline: { place: GENEVA }\n',
      'title: &anchor a\n',
      'title:\tTab\n',
      'title: a\r\n',
      'title: a: b\n',
    ];
    for (const yaml of declined) {
      assert.equal(readSimpleYaml(yaml), undefined, JSON.stringify(yaml));
    }
    assert.equal(readYaml('title: a\ntitle: b\n', 4, 22).errors[0]?.code, 'DUPLICATE_KEY');
  });

  it('ends a flow list\'s item after the spaces before its comma or bracket, as yaml does', () => {
    for (const yaml of ['title:  [ Geneva ]', 't: [ a  , b  ]', 't: [a,  b]']) {
      const readings = bothReadings(yaml);
      assert.ok(readings.taken, yaml);
      assert.deepEqual(readings.fast, readings.full, yaml);
    }
  });

  it('agrees with yaml on generated front matter, whenever it takes it', () => {
    const word = fc.constantFrom('Geneva', 'U.N.', 'Ortiz', 'a', '2025-08-19', 'true', 'False', 'null', '12', '1.5e3', '-', '#', ':', 'x:y', '"', "'", ',', 'O’Neil', ' ', '[', ']', '{', '&', '*', '~', 'place:');
    const value = fc.oneof(
      fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(' ')),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `"${w.join(' ')}"`),
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `'${w.join(' ')}'`),
      fc.array(word, { minLength: 0, maxLength: 3 }).map((w) => `[${w.join(', ')}]`),
    );
    const key = fc.constantFrom('title', 'byline', 'date', 'type', 'style', 'place', 'name', 'aliases', 'anonymous', 'status', 'quote', 'true', 'x-y');
    const pad = fc.constantFrom('', ' ', '  ');
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('', '  ', '    ', '  - ', '- ', '    - '), key, pad, value, pad).map(([indent, k, p, v, t]) => `${indent}${k}:${p}${v}${t}`),
      fc.tuple(fc.constantFrom('', '  ', '  - '), key).map(([indent, k]) => `${indent}${k}:`),
      fc.tuple(fc.constantFrom('- ', '  - ', '    - '), value).map(([indent, v]) => `${indent}${v}`),
    );
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 8 }), fc.boolean(), (lines, finalNewline) => {
        const yaml = lines.join('\n') + (finalNewline && lines.length ? '\n' : '');
        const readings = bothReadings(yaml);
        runs++;
        if (readings.taken) taken++;
        assert.deepEqual(readings.fast, readings.full, JSON.stringify(yaml));
      }),
      { numRuns: Number(process.env.SIMPLE_YAML_RUNS ?? 3000) },
    );
    // A reader that declined everything would pass the property and save nothing.
    assert.ok(taken > runs / 20, `the fast reader took ${taken} of ${runs}`);
  });
});
