/**
 * `--format stylish` (the default): findings grouped by file, `line:column  severity  message
 * rule`, then a summary line. Colour on a terminal unless NO_COLOR is set. The layout is what
 * the extension's `$copydesk` problem matcher reads, so VS Code tasks can link each line.
 */
import { createColors } from 'picocolors';
import { countFindings, plural, type Formatter } from './context';

const LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

export const formatStylish: Formatter = (reports, context) => {
  const c = createColors(context.color);
  const paint = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim } as const;
  const out: string[] = [];
  for (const report of reports) {
    if (!report.diagnostics.length) continue;
    out.push(c.underline(report.file));
    const rows = report.diagnostics.map((d) => ({
      where: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      severity: d.severity,
      message: d.message.replace(/\s*\n\s*/g, ' '),
      rule: d.rule,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const labelWidth = Math.max(...rows.map((r) => LABEL[r.severity].length));
    for (const row of rows) {
      const label = LABEL[row.severity];
      out.push(`  ${c.dim(row.where.padEnd(whereWidth))}  ${paint[row.severity](label)}${' '.repeat(labelWidth - label.length)}  ${row.message}  ${c.dim(row.rule)}`);
    }
    out.push('');
  }
  const counts = countFindings(reports);
  const total = counts.errors + counts.warnings + counts.information + counts.hints;
  const checked = reports.filter((r) => r.error === null).length;
  if (!total) {
    out.push(c.green(`✔ ${plural(checked, 'article')} checked, no problems`));
  } else {
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
    if (counts.information) parts.push(`${counts.information} info`);
    if (counts.hints) parts.push(plural(counts.hints, 'hint'));
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(checked, 'article')}`;
    out.push(counts.errors ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    if (counts.fixable) out.push(c.dim(`  ${plural(counts.fixable, 'problem')} can be fixed with --fix`));
  }
  const fixed = reports.filter((r) => r.fixed).length;
  if (fixed) out.push(c.green(`  fixed ${plural(fixed, 'file')}`));
  return `${out.join('\n')}\n`;
};
