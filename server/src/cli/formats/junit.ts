/**
 * `--format junit`: one test case per file, failed when the file has errors or warnings
 * (information and hints are listed in its output), and an errored test case for a file that
 * could not be read. CI systems show these in their test reports.
 */
import type { Formatter } from './context';

export const formatJunit: Formatter = (reports, context) => {
  const cases: string[] = [];
  let failures = 0;
  for (const report of reports) {
    const name = escape(report.file);
    if (report.error !== null) {
      cases.push(`    <testcase name="${name}" classname="copydesk" time="0">\n      <error message="${escape(report.error)}" type="read-error"/>\n    </testcase>`);
      continue;
    }
    const lines = report.diagnostics.map((d) => `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} (${d.rule})`);
    const failing = report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    let body = '';
    if (failing.length) {
      failures++;
      const summary = `${failing.length} problem${failing.length === 1 ? '' : 's'} (${failing.map((d) => d.rule).filter((r, i, all) => all.indexOf(r) === i).join(', ')})`;
      body += `\n      <failure message="${escape(summary)}" type="copydesk">${escape(lines.join('\n'))}</failure>`;
    } else if (lines.length) {
      body += `\n      <system-out>${escape(lines.join('\n'))}</system-out>`;
    }
    cases.push(`    <testcase name="${name}" classname="copydesk" time="0">${body}${body ? '\n    ' : ''}</testcase>`);
  }
  const errors = reports.filter((r) => r.error !== null).length + context.problems.length;
  const extra = context.problems.map(
    (problem) => `    <testcase name="${escape(problem.path)}" classname="copydesk" time="0">\n      <error message="${escape(problem.message)}" type="input-error"/>\n    </testcase>`,
  );
  const total = cases.length + extra.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="copydesk" tests="${total}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="copydesk" tests="${total}" failures="${failures}" errors="${errors}" skipped="0">`,
    ...cases,
    ...extra,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

/** XML text and attribute escaping; characters XML 1.0 cannot hold at all are dropped. */
function escape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
