/**
 * Linting one file: read it, find its configuration, analyse, run the rules, apply safe
 * fixes when asked, and return plain data with LSP positions, which a worker thread can
 * send back as it is and every output format reads.
 */
import { analyzeArticle } from '../analysis/analyze';
import type { ArticleModel } from '../analysis/model';
import { ConfigError, type ProjectConfig } from '../config';
import { runRules } from '../rules';
import type { Finding, Severity } from '../rules/types';
import { LineIndex } from '../workspace/lineIndex';
import { analysisOptions } from './analyzeFile';
import { applyFixes, writeAtomically } from './fix';
import { readArticle } from './readArticle';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface ReportedEdit {
  range: Range;
  newText: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: Array<{ range: Range; message: string }>;
  fixes: Array<{ title: string; safe: boolean; edits: ReportedEdit[] }>;
}

export interface FileReport {
  /** The path as the user gave it. */
  file: string;
  /** Absolute path. */
  path: string;
  diagnostics: Diagnostic[];
  /** `--fix` rewrote the file. */
  fixed: boolean;
  /** Why the file could not be linted; its diagnostics are then empty. */
  error: string | null;
}

export interface LintOptions {
  fix: boolean;
  reportUnusedDisables: boolean;
  maxFileSize: number;
}

/** The configuration for a file, or the error loading it raised. */
export type ConfigLookup = (file: string) => ProjectConfig | ConfigError;

export function lintFile(path: string, display: string, configFor: ConfigLookup, options: LintOptions): FileReport {
  const report: FileReport = { file: display, path, diagnostics: [], fixed: false, error: null };
  const config = configFor(path);
  if (config instanceof ConfigError) return { ...report, error: config.message };
  const read = readArticle(path, options.maxFileSize);
  if (!read.ok) return { ...report, error: read.message };
  let { text } = read;
  let { model, findings } = check(text, config, options);
  if (options.fix) {
    // Fixes can uncover others (a dateline rewritten, then its date checked): a few passes, never a loop.
    for (let pass = 0; pass < 3; pass++) {
      const fixed = applyFixes(model, findings);
      if (fixed === text) break;
      text = fixed;
      ({ model, findings } = check(text, config, options));
      report.fixed = true;
    }
    if (report.fixed) {
      const written = writeAtomically(path, text);
      if (written) return { ...report, fixed: false, error: `could not write the fixes: ${written}` };
    }
  }
  report.diagnostics = toDiagnostics(model.text, findings);
  return report;
}

/** Lints text that is not on disk (`--stdin`); `path` decides the configuration and is what the output names. */
export function lintText(text: string, path: string, display: string, configFor: ConfigLookup, options: LintOptions): FileReport {
  const report: FileReport = { file: display, path, diagnostics: [], fixed: false, error: null };
  const config = configFor(path);
  if (config instanceof ConfigError) return { ...report, error: config.message };
  const { model, findings } = check(text, config, options);
  report.diagnostics = toDiagnostics(model.text, findings);
  return report;
}

function check(text: string, config: ProjectConfig, options: LintOptions): { model: ArticleModel; findings: Finding[] } {
  const model = analyzeArticle(text, analysisOptions(config));
  const findings = runRules(model, { style: config.style, rules: config.rules, reportUnusedDisables: options.reportUnusedDisables });
  return { model, findings };
}

export function toDiagnostics(text: string, findings: readonly Finding[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: lines.rangeOf(finding.span),
    related: finding.related.map((related) => ({ range: lines.rangeOf(related.span), message: related.message })),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      edits: fix.edits.map((edit) => ({ range: lines.rangeOf(edit.span), newText: edit.newText })),
    })),
  }));
}
