/**
 * `--format json`: the contract other tools read. An array with one object per file, in the
 * order the files were given: `{ file, diagnostics: [{ rule, severity, message, range }] }`,
 * 0-based LSP positions in UTF-16 code units. Nothing else is added: tools depend on the shape.
 */
import type { Formatter } from './context';

export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    reports
      .filter((report) => report.error === null)
      .map((report) => ({
        file: report.file,
        diagnostics: report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
      })),
    null,
    2,
  ) + '\n';
