import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempTree } from '../server/config/tempTree';
import { assertNoStackTrace, copydesk, REPO } from './cli';

interface Span {
  start: number;
  end: number;
  text: string;
}

describe('copydesk extract', () => {
  const examples = ['examples/ceasefire-talks.article.md', 'examples/tulsa-tornado.article.md'];

  it('prints one object per file, in argument order, in the contract shape', () => {
    const run = copydesk(['extract', '--format', 'json', ...[...examples].reverse()]);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(output.map((o) => o.file), [...examples].reverse());
    for (const object of output) {
      assert.deepEqual(Object.keys(object), ['file', 'dateline', 'quotes', 'speakers', 'attributions', 'claims']);
      const quotes = object.quotes as Array<Record<string, unknown>>;
      assert.ok(quotes.length > 0);
      assert.deepEqual(Object.keys(quotes[0]), ['start', 'end', 'text', 'speaker', 'cue']);
      const speakers = object.speakers as Array<Record<string, unknown>>;
      assert.deepEqual(Object.keys(speakers[0]), ['name', 'kind', 'title', 'anonymous', 'anonymityReason', 'mentions', 'quotes']);
      assert.deepEqual(Object.keys(object.dateline as object), ['start', 'end', 'text', 'place', 'date', 'agency']);
    }
  });

  it('gives offsets that slice the file to the text it reports', () => {
    const file = examples[0];
    const text = fs.readFileSync(path.join(REPO, file), 'utf8');
    const [object] = JSON.parse(copydesk(['extract', file]).stdout) as Array<{ quotes: Array<Span & { speaker: { mention: Span } | null; cue: Span | null }>; claims: Span[] }>;
    const spans: Span[] = [...object.quotes, ...object.quotes.flatMap((q) => [q.speaker?.mention, q.cue].filter((s): s is Span => !!s)), ...object.claims];
    for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
  });

  it('prints one line per file with --format jsonl', () => {
    const run = copydesk(['extract', '--format', 'jsonl', ...examples]);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as { file: string }).file), examples);
  });

  it('names each file it cannot read, prints the others, and exits 2', () => {
    const tree = new TempTree();
    try {
      tree.write({ 'binary.md': Buffer.from([0, 1, 2, 3]), 'latin1.md': Buffer.from('caf\xe9\n', 'latin1'), 'folder/x.md': '' });
      const args = ['extract', path.join(REPO, examples[0]), tree.path('missing.md'), tree.path('folder'), tree.path('binary.md'), tree.path('latin1.md'), path.join(REPO, examples[1])];
      const run = copydesk(args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /missing\.md: no such file or folder/);
      assert.match(run.stderr, /folder: is a folder, not a file/);
      assert.match(run.stderr, /binary\.md: is binary/);
      assert.match(run.stderr, /latin1\.md: is not UTF-8 text/);
      assert.equal((JSON.parse(run.stdout) as unknown[]).length, 2);
      assertNoStackTrace(run);
    } finally {
      tree.remove();
    }
  });

  it('prints an empty array when no file could be read, and needs at least one file', () => {
    const run = copydesk(['extract', 'missing.md']);
    assert.equal(run.code, 2);
    assert.deepEqual(JSON.parse(run.stdout), []);
    assert.equal(copydesk(['extract']).code, 2);
  });
});
