/**
 * `copydesk report [--format markdown|json] PATH...`: a sourcing report per article. A desk
 * reports on a folder of stories, so folders and globs yield their articles the way
 * `copydesk lint` finds them; a file named outright is reported as named.
 */
import { forEachArticle, parseArticleCommand } from './analyzeFile';
import { discover } from './discover';
import { REPORT_HELP } from './help';
import { problemLine, type Output } from './output';
import { reportMarkdown, sourcingReport, type SourcingReport } from './sourcingReport';

export function reportCommand(args: string[], io: Output): number {
  const command = parseArticleCommand(args, 'report', ['markdown', 'json'] as const);
  if (command.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  let ok = true;
  const discovery = discover(command.files, { cwd: process.cwd(), configFor: command.configFor, ignore: true });
  for (const problem of discovery.problems) {
    io.err(problemLine(problem.path, problem.message));
    if (problem.fatal) ok = false;
  }
  const reports: SourcingReport[] = [];
  const allRead = forEachArticle(command, io, (model, file, config) => reports.push(sourcingReport(model, file, config.rules)), discovery.files);
  io.out(command.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(reportMarkdown).join('\n---\n\n'));
  return ok && allRead ? 0 : 2;
}
