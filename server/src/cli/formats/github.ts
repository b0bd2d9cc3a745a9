/**
 * `--format github`: GitHub Actions workflow commands, which become annotations on the pull
 * request: `::warning file=F,line=L,endLine=L,col=C,endColumn=C,title=rule::message`.
 * Lines and columns are 1-based; the field order matches the `copydesk-github` problem matcher.
 */
import type { Formatter } from './context';

const LEVEL = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export const formatGithub: Formatter = (reports) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const { start, end } = d.range;
      const properties = [
        `file=${property(report.file)}`,
        `line=${start.line + 1}`,
        `endLine=${end.line + 1}`,
        `col=${start.character + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${property(d.rule)}`,
      ];
      lines.push(`::${LEVEL[d.severity]} ${properties.join(',')}::${data(d.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

/** Escaping for a command's message, as the Actions runner unescapes it. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
