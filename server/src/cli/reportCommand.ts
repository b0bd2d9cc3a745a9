/** `copydesk report [--format markdown|json] FILE...`: a sourcing report per article. */
import { forEachArticle, parseArticleCommand } from './analyzeFile';
import { REPORT_HELP } from './help';
import type { Output } from './output';
import { reportMarkdown, sourcingReport, type SourcingReport } from './sourcingReport';

export function reportCommand(args: string[], io: Output): number {
  const command = parseArticleCommand(args, 'report', ['markdown', 'json'] as const);
  if (command.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const reports: SourcingReport[] = [];
  const ok = forEachArticle(command, io, (model, file) => reports.push(sourcingReport(model, file)));
  io.out(command.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(reportMarkdown).join('\n---\n\n'));
  return ok ? 0 : 2;
}
