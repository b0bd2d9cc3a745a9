/** `copydesk report [--format markdown|json] FILE...`: a sourcing report per article. */
import { analyzeFile, parseArticleCommand } from './analyzeFile';
import { REPORT_HELP } from './help';
import { problemLine, type Output } from './output';
import { reportMarkdown, sourcingReport, type SourcingReport } from './sourcingReport';

export function reportCommand(args: string[], io: Output): number {
  const command = parseArticleCommand(args, 'report', ['markdown', 'json'] as const);
  if (command.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const reports: SourcingReport[] = [];
  let failed = false;
  for (const file of command.files) {
    const analyzed = analyzeFile(file, command.configFor, command.maxFileSize);
    if (!analyzed.ok) {
      io.err(problemLine(file, analyzed.message));
      failed = true;
      continue;
    }
    reports.push(sourcingReport(analyzed.model, file));
  }
  io.out(command.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(reportMarkdown).join('\n---\n\n'));
  return failed ? 2 : 0;
}
