/**
 * Findings → LSP diagnostics. The rule id is the diagnostic's `code`, linked to its docs
 * page, so every editor can show what a warning means and where to read more.
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { Finding, Severity } from '../rules/types';
import type { Analysis } from '../workspace/analysis';
import type { ArticleAnalysis } from '../workspace/analysisHandle';
import type { LineIndex } from '../workspace/lineIndex';

/** Where the rule docs are published; each rule's page is `<base><id>.md`. */
export const RULE_DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export const DIAGNOSTIC_SOURCE = 'copydesk';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function ruleDocsUrl(rule: string): string {
  return `${RULE_DOCS_BASE}${rule}.md`;
}

export function toDiagnostic(finding: Finding, uri: string, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri, range: lines.rangeOf(related.span) },
      message: related.message,
    })),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

/**
 * At most this many diagnostics per document. An article never comes near it; a 10 MB
 * file can have tens of thousands, which no one reads and every editor chokes on.
 */
export const MAX_DIAGNOSTICS = 1000;

export function diagnosticsOf(analysis: Analysis): Diagnostic[] {
  const { findings } = analysis;
  const shown = findings.slice(0, MAX_DIAGNOSTICS).map((finding) => toDiagnostic(finding, analysis.uri, analysis.lines));
  if (findings.length > MAX_DIAGNOSTICS) {
    shown.push({
      range: shown[shown.length - 1].range,
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      message: `Copydesk shows the first ${MAX_DIAGNOSTICS} of ${findings.length} problems in this document; run copydesk lint for all of them.`,
    });
  }
  return shown;
}

/** A result id that changes whenever the findings may have: a new version or new settings. */
export function resultIdOf(version: number, generation: number): string {
  return `${version}:${generation}`;
}

/** The answer to `textDocument/diagnostic`: unchanged when the client already has these findings. */
export async function documentDiagnosticReport(
  analysis: ArticleAnalysis | undefined,
  generation: number,
  previousResultId: string | undefined,
): Promise<DocumentDiagnosticReport> {
  if (!analysis) return { kind: 'full', items: [] };
  const resultId = resultIdOf(analysis.version, generation);
  if (resultId === previousResultId) return { kind: 'unchanged', resultId };
  return { kind: 'full', resultId, items: await analysis.run('diagnostics') };
}
