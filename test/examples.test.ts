/**
 * The example articles against their hand-written expectations (test/fixtures/examples):
 * quotes and speakers, what is not speech, the dateline, and which rules must and must not
 * fire where, with every rule on. Then the seed story from ../shared, when it is there.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { toExtract } from '../server/src/analysis/extract';
import { runRules } from '../server/src/rules';
import type { Finding } from '../server/src/rules/types';
import { lineAt, lineStarts } from '../server/src/analysis/lines';
import { allOn, analysisBug } from './server/rules/helpers';

const REPO = path.resolve(__dirname, '../..');
const SHARED = path.resolve(REPO, '../shared');

interface Expected {
  dateline: { text: string; place: string | null; date: string | null; agency: string | null } | null;
  quotes: Array<{ text: string; speaker: string | null; kind: string | null; via?: string }>;
  /** Sources a copy editor would list, each with its kind and, where given, its title (null: none). Others may be listed too. */
  sources?: Array<{ name: string; kind: string; title?: string | null }>;
  notSpeech: Array<{ text: string; why: string }>;
  diagnostics: Array<{ rule: string; text: string }>;
  mustNotFireAt: Array<{ rule: string; text: string }>;
  mustNotFire: string[];
}

/**
 * Checks the analysis gets wrong today, by example and test title. They run as pending with the
 * bug in their title until the analysis is fixed; then they fail until removed from this list.
 */
const KNOWN_ANALYSIS_BUGS: Record<string, string> = {
};

function names(value: string | null): string {
  return (value ?? '').toLowerCase().replace(/^(?:a|an|the)\s+/, '').trim();
}

/** The 0-based lines a snippet stands on (every occurrence must be on one line). */
function linesOf(text: string, snippet: string): Set<number> {
  const starts = lineStarts(text);
  const lines = new Set<number>();
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) lines.add(lineAt(starts, at));
  assert.ok(lines.size, `"${snippet}" is not in the article`);
  return lines;
}

function onLines(text: string, finding: Finding, lines: Set<number>): boolean {
  const starts = lineStarts(text);
  const first = lineAt(starts, finding.span.start);
  const last = lineAt(starts, Math.max(finding.span.start, finding.span.end - 1));
  return [...lines].some((line) => line >= first && line <= last);
}

function check(context: Mocha.Context, name: string, test: () => void): void {
  const bug = KNOWN_ANALYSIS_BUGS[`${name}: ${context.test?.title}`];
  if (bug) analysisBug(context, bug, test);
  else test();
}

describe('the example articles', () => {
  const examples = fs.readdirSync(path.join(REPO, 'examples')).filter((f) => f.endsWith('.article.md')).sort();

  it('each have their expectations', () => {
    assert.ok(examples.length >= 5);
    for (const file of examples) assert.ok(fs.existsSync(path.join(REPO, 'test/fixtures/examples', file.replace('.article.md', '.expected.json'))), file);
  });

  for (const file of examples) {
    const name = file.replace('.article.md', '');
    describe(name, () => {
      const text = fs.readFileSync(path.join(REPO, 'examples', file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/examples', `${name}.expected.json`), 'utf8')) as Expected;
      const model = analyzeArticle(text);
      const extract = toExtract(model, file);
      const findings = runRules(model, allOn());

      it('finds every quote that is speech, with its speaker', function () {
        check(this, name, () => {
          // The secondary source (`…, according to X`) lives in the model, not in the extract's contract.
          const viaOf = (start: number): string | null => {
            const via = model.quotes.find((q) => q.start === start)?.attribution?.via;
            return via ? names(model.sources[via.source].name) : null;
          };
          const found = extract.quotes.map((q) => ({ text: q.text, speaker: q.speaker ? names(q.speaker.name) : null, kind: q.speaker?.kind ?? null, via: viaOf(q.start) }));
          const wanted = expected.quotes.map((q) => ({ text: q.text, speaker: q.speaker === null ? null : names(q.speaker), kind: q.kind, via: q.via === undefined ? null : names(q.via) }));
          assert.deepEqual(found, wanted);
        });
      });

      it('lists the sources a copy editor would, with their kinds and titles', function () {
        check(this, name, () => {
          const listed = new Map(extract.speakers.map((s) => [names(s.name), s]));
          const wrong = (expected.sources ?? []).flatMap((want) => {
            const found = listed.get(names(want.name));
            if (!found) return [`${want.name}: not listed (sources: ${[...listed.keys()].join('; ')})`];
            if (found.kind !== want.kind) return [`${want.name}: ${found.kind}, not ${want.kind}`];
            if (want.title !== undefined && found.title !== want.title) return [`${want.name}: title ${JSON.stringify(found.title)}, not ${JSON.stringify(want.title)}`];
            return [];
          });
          assert.deepEqual(wrong, []);
        });
      });

      it('does not take scare quotes, titles or code for speech', function () {
        check(this, name, () => {
          const quoted = new Set(extract.quotes.map((q) => q.text));
          assert.deepEqual(expected.notSpeech.filter((q) => quoted.has(q.text)), []);
        });
      });

      it('reads the dateline', function () {
        check(this, name, () => {
          const d = extract.dateline;
          const found = d && { text: d.text.trim(), place: d.place, date: d.date, agency: d.agency?.replace(/[()]/g, '').trim() ?? null };
          assert.deepEqual(found, expected.dateline);
        });
      });

      for (const { rule, text: snippet } of expected.diagnostics) {
        it(`reports ${rule} at "${snippet}"`, function () {
          check(this, name, () => {
            const lines = linesOf(text, snippet);
            assert.ok(findings.some((f) => f.rule === rule && onLines(text, f, lines)), `${rule} not reported on the line of "${snippet}"`);
          });
        });
      }

      for (const { rule, text: snippet } of expected.mustNotFireAt) {
        it(`does not report ${rule} at "${snippet}"`, function () {
          check(this, name, () => {
            const lines = linesOf(text, snippet);
            const wrong = findings.filter((f) => f.rule === rule && onLines(text, f, lines));
            assert.deepEqual(wrong.map((f) => f.message), []);
          });
        });
      }

      for (const rule of expected.mustNotFire) {
        it(`does not report ${rule} anywhere`, function () {
          check(this, name, () => {
            const wrong = findings.filter((f) => f.rule === rule);
            assert.deepEqual(wrong.map((f) => `${text.slice(f.span.start, f.span.end)}: ${f.message}`), []);
          });
        });
      }
    });
  }
});

describe('the seed story (../shared/examples/nato-ukraine)', () => {
  const article = path.join(SHARED, 'examples/nato-ukraine.article.md');
  const goldFile = path.join(SHARED, 'examples/nato-ukraine.gold.json');
  const present = fs.existsSync(article) && fs.existsSync(goldFile);
  const gold = present ? (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { diagnostics: Array<{ rule: string; line: number }>; mustNotFire: string[] }) : null;
  const text = present ? fs.readFileSync(article, 'utf8') : '';
  const findings = present ? runRules(analyzeArticle(text), allOn()) : [];
  const lineOf = (offset: number): number => lineAt(lineStarts(text), offset) + 1;

  before(function () {
    if (!present) this.skip();
  });

  for (const { rule, line } of gold?.diagnostics ?? [{ rule: 'the gold diagnostics', line: 0 }]) {
    it(`reports ${rule} on line ${line}`, function () {
      check(this, 'nato-ukraine', () => {
        assert.ok(findings.some((f) => f.rule === rule && lineOf(f.span.start) === line), `found ${rule} on lines ${findings.filter((f) => f.rule === rule).map((f) => lineOf(f.span.start)).join(', ') || 'none'}`);
      });
    });
  }

  it('reports nothing the gold file rules out', () => {
    const wrong = findings.filter((f) => gold?.mustNotFire.includes(f.rule));
    assert.deepEqual(wrong.map((f) => `${f.rule} line ${lineOf(f.span.start)}: ${f.message}`), []);
  });

  it('reports each finding of the gold file once per line, and no rule fires at a place twice', () => {
    const keys = findings.map((f) => `${f.rule}@${f.span.start}`);
    assert.equal(new Set(keys).size, keys.length);
  });
});
