import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { diagnosticsOf, documentDiagnosticReport, MAX_DIAGNOSTICS, RULE_DOCS_BASE, toDiagnostic } from '../../../server/src/features/diagnostics';
import { LocalAnalysis } from '../../../server/src/workspace/analysisHandle';
import type { Finding } from '../../../server/src/rules/types';
import { LineIndex } from '../../../server/src/workspace/lineIndex';
import { PORT_STRIKE } from './articles';
import { analyze, offsetOf, positionOf } from './helpers';

describe('diagnostics', () => {
  const quote = offsetOf(PORT_STRIKE, '"Nobody');
  const finding: Finding = {
    rule: 'unattributed-quote',
    severity: 'warning',
    message: 'This quote has no speaker.',
    span: { start: quote, end: quote + 7 },
    related: [{ span: { start: offsetOf(PORT_STRIKE, 'Ships'), end: offsetOf(PORT_STRIKE, 'Ships') + 5 }, message: 'The paragraph before' }],
    fixes: [],
    data: { quote: 1 },
  };

  it('carry the rule id as code, a link to its docs, the severity and related locations', () => {
    const diagnostic = toDiagnostic(finding, 'file:///a.article.md', new LineIndex(PORT_STRIKE));
    assert.equal(diagnostic.code, 'unattributed-quote');
    assert.equal(diagnostic.codeDescription!.href, `${RULE_DOCS_BASE}unattributed-quote.md`);
    assert.match(diagnostic.codeDescription!.href, /^https:\/\/github\.com\/copydesk\/copydesk\/blob\/main\/docs\/rules\//);
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, 'copydesk');
    assert.deepEqual(diagnostic.range.start, positionOf(PORT_STRIKE, '"Nobody'));
    assert.deepEqual(diagnostic.relatedInformation![0].location.range.start, positionOf(PORT_STRIKE, 'Ships'));
    assert.deepEqual(diagnostic.data, { quote: 1 });
  });

  it('answer a pull with the full report once, then "unchanged" until the version or settings change', async () => {
    const analysis = new LocalAnalysis(analyze(PORT_STRIKE));
    const first = await documentDiagnosticReport(analysis, 0, undefined);
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.items.some((d) => d.code === 'unattributed-quote'));
    const again = await documentDiagnosticReport(analysis, 0, first.resultId);
    assert.equal(again.kind, 'unchanged');
    assert.equal((await documentDiagnosticReport(analysis, 1, first.resultId)).kind, 'full', 'new settings');
    assert.deepEqual(await documentDiagnosticReport(undefined, 0, undefined), { kind: 'full', items: [] });
  });

  it('stop at MAX_DIAGNOSTICS with a note saying how many there are', () => {
    const analysis = analyze(PORT_STRIKE);
    const many = Array.from({ length: MAX_DIAGNOSTICS + 5 }, () => finding);
    const shown = diagnosticsOf({ ...analysis, findings: many });
    assert.equal(shown.length, MAX_DIAGNOSTICS + 1);
    assert.match(String(shown.at(-1)!.message), new RegExp(`first ${MAX_DIAGNOSTICS} of ${MAX_DIAGNOSTICS + 5} problems`));
  });
});
