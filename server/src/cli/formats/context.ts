/** What every output format is given: the reports, and where and how it is printed. */
import type { FileReport } from '../lintFile';

export interface FormatContext {
  /** The folder paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  color: boolean;
  version: string;
  /** Files that could not be read or configured, with why; formats that can carry them do. */
  problems: Array<{ path: string; message: string }>;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

export interface Counts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  fixable: number;
}

export function countFindings(reports: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, information: 0, hints: 0, fixable: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else if (d.severity === 'information') counts.information++;
      else counts.hints++;
      if (d.fixes.some((fix) => fix.safe)) counts.fixable++;
    }
  }
  return counts;
}

export function plural(count: number, word: string, plural = `${word}s`): string {
  return `${count} ${count === 1 ? word : plural}`;
}
