/**
 * Fact-check mode: a hint on every quote the front matter `annotations` do not mark
 * verified, so a fact-checker sees at a glance what is left to check. Hints, not rule
 * findings: they describe the desk's progress, not a fault in the article, and `copydesk
 * lint` never reports them.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../workspace/analysis';
import { annotationFor } from './annotations';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { speechQuotes } from './lookup';

export const FACT_CHECK_CODE = 'fact-check';

export function factCheckHints(analysis: Analysis): Diagnostic[] {
  if (!analysis.config.settings.factCheckMode) return [];
  const hints: Diagnostic[] = [];
  for (const quote of speechQuotes(analysis.model)) {
    const annotation = annotationFor(analysis.model, quote);
    if (annotation?.status === 'verified') continue;
    hints.push({
      range: analysis.lines.rangeOf(quote),
      severity: DiagnosticSeverity.Hint,
      source: DIAGNOSTIC_SOURCE,
      code: FACT_CHECK_CODE,
      message: annotation ? `Fact check: ${annotation.status}${annotation.note ? ` (${annotation.note})` : ''}` : 'Fact check: not yet checked (no annotation in the front matter)',
    });
  }
  return hints;
}
