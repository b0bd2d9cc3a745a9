/**
 * "Show Sources Report": who the article relies on, in a Markdown document beside it — each
 * source with its kind, title, quote count and anonymity reason, then every quote with its
 * speaker and fact-check status, then the claims nobody is cited for.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleExtract } from '../../../server/src/analysis/extract';
import { statusOf, stripQuoteMarks, type QuoteAnnotation } from '../factCheck';
import { activeArticle } from './activeArticle';
import type { CommandContext } from './context';

export function registerSourcesReport(context: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.showSourcesReport', async () => {
    const article = await activeArticle(context);
    if (!article) return undefined;
    const { editor, extract } = article;
    const { readAnnotations } = require('../annotations') as typeof import('../annotations');
    const content = sourcesReport(path.posix.basename(editor.document.uri.path), extract, readAnnotations(editor.document.getText()));
    const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    return vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  });
}

/** Table cells may not hold pipes or line breaks. */
function cell(text: string | null | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The report as Markdown (pure, for tests). */
export function sourcesReport(file: string, extract: ArticleExtract, annotations: readonly QuoteAnnotation[]): string {
  const lines = [`# Sources in ${file}`, ''];
  const anonymous = extract.speakers.filter((s) => s.anonymous);
  const unexplained = anonymous.filter((s) => !s.anonymityReason);
  lines.push(
    `${extract.speakers.length} sources, ${anonymous.length} anonymous (${unexplained.length} without a reason), ` +
      `${extract.quotes.length} quotes, ${extract.quotes.filter((q) => !q.speaker).length} with no speaker.`,
    '',
  );
  if (extract.speakers.length) {
    lines.push('| Source | Kind | Title | Quotes | Anonymity |', '| --- | --- | --- | ---: | --- |');
    for (const s of extract.speakers) {
      const anonymity = s.anonymous ? (s.anonymityReason ? cell(s.anonymityReason) : '**no reason given**') : '';
      lines.push(`| ${cell(s.name)} | ${s.kind} | ${cell(s.title)} | ${s.quotes} | ${anonymity} |`);
    }
    lines.push('');
  }
  if (extract.quotes.length) {
    lines.push('## Quotes', '');
    for (const q of extract.quotes) {
      const status = statusOf(q.text, annotations) ?? 'not checked';
      const speaker = q.speaker ? q.speaker.name : '**no speaker**';
      lines.push(`- “${cell(stripQuoteMarks(q.text))}” — ${cell(speaker)} (${status})`);
    }
    lines.push('');
  }
  const unsourced = extract.claims.filter((c) => !c.attributed);
  if (unsourced.length) {
    lines.push('## Claims with no source', '');
    for (const claim of unsourced) lines.push(`- ${cell(claim.text)}`);
    lines.push('');
  }
  return lines.join('\n');
}
