import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { factCheckHints } from '../../../server/src/features/factCheck';
import { analyze, readExample, textOf } from './helpers';

describe('fact-check mode', () => {
  const text = readExample('ceasefire-talks.article.md');

  it('hints at every quote the annotations do not mark verified', () => {
    const analysis = analyze(text, { factCheckMode: true });
    const hints = factCheckHints(analysis);
    const quoted = hints.map((hint) => textOf(analysis, hint.range));
    assert.ok(hints.length > 3);
    assert.ok(hints.every((hint) => hint.severity === DiagnosticSeverity.Hint));
    assert.ok(!quoted.some((quote) => quote.startsWith('"We have come here')), 'the verified quote has no hint');
    assert.ok(quoted.some((quote) => quote.startsWith('"Our soldiers will move back')), 'an unchecked one has');
    assert.match(String(hints[0].message), /^Fact check: not yet checked/);
  });

  it('stays silent outside fact-check mode', () => {
    assert.deepEqual(factCheckHints(analyze(text)), []);
  });
});
