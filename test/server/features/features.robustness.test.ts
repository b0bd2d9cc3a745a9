/**
 * The server never fails on an article, however it is mangled: real articles with random
 * damage (quote marks, line breaks, Markdown and YAML syntax, cut or repeated text, CRLF)
 * go through the analysis, the rules and every feature the server offers, at quotes, at
 * mentions and anywhere. No exception may escape (a refused rename is an answer, not a
 * failure), every span must still slice the file to the text it reports, and every range a
 * feature returns must lie inside the document, or a client would reject it.
 *
 * The articles are the bundled examples and, where ../shared is present, the annotated
 * corpus, whose real news is where this found its first bugs. `FEATURES_FUZZ_RUNS` raises the
 * number of damaged articles for a longer campaign; fast-check prints the seed that replays a
 * failure.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import { toExtract } from '../../../server/src/analysis/extract';
import { runFeature, type FeatureArgs, type FeatureName } from '../../../server/src/features/registry';
import { RenameRefused } from '../../../server/src/features/rename';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol';
import { createAnalysis, type Analysis } from '../../../server/src/workspace/analysis';
import { mergeConfig, NO_FILE_CONFIG } from '../../../server/src/workspace/articleConfig';
import { analyzeText } from '../../../server/src/workspace/engine';
import { corpusDir } from '../../../scripts/eval/corpus';
import { extractSpanProblems, modelSpanProblems } from '../../helpers/spans';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const RUNS = Number(process.env.FEATURES_FUZZ_RUNS ?? 60);
const CONFIG = mergeConfig(NO_FILE_CONFIG, DEFAULT_SETTINGS);

/** Damage an editor or a careless paste can do, inserted anywhere. */
const INSERTIONS = ['"', '“', '”', '‘', '’', "'", "''", '«', '»', '\n\n', '\n', '\r\n', '> ', '- ', '1. ', '# ', '```\n', '`', '<!-- ', '-->', '[', '](', ')', '*', '_', '—', ' said ', ', he said.', ' according to ', ': "', '…', '\u0000', '\uFEFF', '\t', '    ', '|', '---\n', 'Mr. ', 'U.S. ', 'No. 1', '\ud800', '🙂'];
/** Damage to the front matter: YAML syntax out of place, fields of the wrong shape. */
const FRONT_MATTER_INSERTIONS = [': ', '- ', '[', '{', '"', '\t', 'dateline:\n  place: X\n', 'dateline:\n  date: "2024-01-01"\n', 'sources:\n  - name: Ana Ortiz\n    aliases: [Ortiz]\n', 'style: foo\n', 'date: 2024-13-45\n', 'byline:\n', '&a ', '!!int ', '? ', '|\n', '\n---\n'];

type Damage =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'front-matter'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; from: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'crlf' }
  | { kind: 'curly' };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.constantFrom(...INSERTIONS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('front-matter' as const), at, text: fc.constantFrom(...FRONT_MATTER_INSERTIONS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at, from: at, length: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crlf' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('curly' as const) }) },
);

function apply(text: string, d: Damage): string {
  const offset = 'at' in d ? Math.floor(d.at * (text.length + 1)) : 0;
  switch (d.kind) {
    case 'insert':
      return text.slice(0, offset) + d.text + text.slice(offset);
    case 'front-matter': {
      const end = Math.max(4, text.indexOf('\n---', 4));
      const inside = Math.floor(d.at * end);
      return text.slice(0, inside) + d.text + text.slice(inside);
    }
    case 'delete':
      return text.slice(0, offset) + text.slice(offset + d.length);
    case 'repeat': {
      const from = Math.floor(d.from * text.length);
      return text.slice(0, offset) + text.slice(from, from + d.length) + text.slice(offset);
    }
    case 'truncate':
      return text.slice(0, offset);
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'curly': {
      let open = true;
      return text.replace(/"/g, () => ((open = !open) ? '”' : '“'));
    }
  }
}

/** Where a user would point: each quote, each mention, the dateline, and anywhere. */
function offsetsToProbe(analysis: Analysis, anywhere: readonly number[]): number[] {
  const { model } = analysis;
  const offsets = anywhere.map((fraction) => Math.floor(fraction * (model.text.length + 1)));
  for (const quote of model.quotes.slice(0, 6)) offsets.push(quote.start, quote.start + 1, quote.end);
  for (const source of model.sources.slice(0, 6)) for (const mention of source.mentions.slice(0, 2)) offsets.push(mention.start, mention.end);
  if (model.dateline) offsets.push(model.dateline.start);
  return offsets;
}

/**
 * Every feature the server offers, with the arguments a client sends at `position`. A
 * `Record` over every feature name, so a new feature cannot be left out of this test.
 */
function requests(position: Position, whole: Range, diagnostics: Diagnostic[]): { [N in FeatureName]: FeatureArgs<N> } {
  const edits = { documentChanges: true, snippets: true };
  return {
    diagnostics: [],
    summary: [],
    indexEntry: ['fuzzed'],
    articleModel: [],
    semanticTokens: [],
    semanticTokensInRange: [{ start: position, end: whole.end }],
    hover: [position, { markdown: true }],
    codeActions: [{ start: position, end: position }, { diagnostics }, edits],
    documentSymbols: [true],
    definition: [position],
    references: [position, true],
    documentHighlights: [position],
    prepareRename: [position],
    rename: [position, 'Ana María Ortiz-Lund', { documentChanges: false, snippets: false }],
    inlayHints: [whole],
    codeLenses: [],
    completion: [position, ['unattributed-quote', 'anonymity-unexplained']],
  };
}

/** The requests that ask about a place in the document; the others ask about all of it, and are asked once. */
const AT_A_POSITION = new Set<FeatureName>(['semanticTokensInRange', 'hover', 'codeActions', 'definition', 'references', 'documentHighlights', 'prepareRename', 'rename', 'completion']);

/** Runs a feature; a refused rename is the server's answer to a rename it cannot make. */
function ask<N extends FeatureName>(analysis: Analysis, name: N, args: FeatureArgs<N>): unknown {
  try {
    return runFeature(analysis, name, args);
  } catch (error) {
    if (error instanceof RenameRefused) return null;
    throw error;
  }
}

/** Every LSP range inside `result` that does not lie inside the document. */
function rangesOutside(result: unknown, analysis: Analysis): string[] {
  const { lines } = analysis;
  const valid = (p: Position): boolean => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStarts[p.line];
  const bad: string[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const range = value as Partial<Range>;
    if (range.start && range.end && typeof range.start.line === 'number' && typeof range.end.line === 'number') {
      if (!valid(range.start) || !valid(range.end)) bad.push(JSON.stringify({ start: range.start, end: range.end }));
    }
    Object.values(value).forEach(visit);
  };
  visit(result);
  return bad;
}

function assertServes(text: string, anywhere: readonly number[]): void {
  const analysis = createAnalysis('file:///fuzzed.article.md', 1, analyzeText(text, CONFIG), CONFIG);
  assert.deepEqual(modelSpanProblems(analysis.model).slice(0, 3), [], 'model spans');
  assert.deepEqual(extractSpanProblems(text, toExtract(analysis.model, 'fuzzed.article.md')).slice(0, 3), [], 'extract spans');
  const whole = { start: { line: 0, character: 0 }, end: analysis.lines.positionAt(text.length) };
  const diagnostics = runFeature(analysis, 'diagnostics', []);
  offsetsToProbe(analysis, anywhere).forEach((offset, probe) => {
    const position = analysis.lines.positionAt(offset);
    const all = requests(position, whole, diagnostics);
    for (const name of Object.keys(all) as FeatureName[]) {
      if (probe > 0 && !AT_A_POSITION.has(name)) continue;
      const result = ask(analysis, name, all[name] as never);
      assert.deepEqual(rangesOutside(result, analysis).slice(0, 3), [], `${name} at ${JSON.stringify(position)} answered with ranges outside the document`);
    }
  });
}

function articlesIn(dir: string, ending: string): Array<{ name: string; text: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(ending))
    .sort()
    .map((file) => ({ name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

describe('every feature on damaged articles', function () {
  this.timeout(120_000);
  const examples = articlesIn(EXAMPLES, '.article.md');
  const corpus = articlesIn(corpusDir(), '.md');

  for (const [label, articles] of [['the bundled examples', examples], ['the annotated corpus', corpus]] as const) {
    it(`answers every request, with spans and ranges inside the file: ${label}`, function () {
      if (articles.length === 0) {
        console.log(`      skipped: no articles for ${label}`);
        this.skip();
      }
      const article = fc.integer({ min: 0, max: articles.length - 1 });
      fc.assert(
        fc.property(article, fc.array(damage, { minLength: 1, maxLength: 6 }), fc.array(at, { minLength: 2, maxLength: 4 }), (index, damages, anywhere) => {
          const text = damages.reduce(apply, articles[index].text);
          assertServes(text, anywhere);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
