/**
 * "Insert Dateline": opens the story's first paragraph with a dateline in the article's style,
 * filled from the front matter (place, date, agency) with placeholders for the rest. A bare
 * `(Reuters) - ` credit is completed rather than duplicated.
 */
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { BARE_AGENCY, datelineSnippet, type DatelineStyle } from '../dateline';
import { activeArticle } from './activeArticle';
import type { CommandContext } from './context';

export function registerInsertDateline(context: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.insertDateline', () => insertDateline(context));
}

async function insertDateline(context: CommandContext): Promise<boolean> {
  const article = await activeArticle(context);
  if (!article) return false;
  const { editor, extract } = article;
  const document = editor.document;
  if (extract.dateline) {
    editor.selection = new vscode.Selection(document.positionAt(extract.dateline.start), document.positionAt(extract.dateline.end));
    editor.revealRange(editor.selection);
    void vscode.window.showInformationMessage(`Copydesk: this story already opens with a dateline (${extract.dateline.text.trim()}).`);
    return false;
  }
  const text = document.getText();
  const { parseFrontMatter } = require('../../../server/src/analysis/frontMatter') as typeof import('../../../server/src/analysis/frontMatter');
  const { frontMatter, bodyStart } = parseFrontMatter(text);
  const fields = frontMatter?.fields;
  const style: DatelineStyle = fields?.style ?? readSettings(document.uri).style ?? 'reuters';
  const snippet = datelineSnippet({
    style,
    place: fields?.dateline?.place ?? null,
    date: fields?.dateline?.date ?? fields?.date ?? null,
    agency: fields?.agency ?? null,
  });
  const paragraph = bodyStart + (/^\s*/.exec(text.slice(bodyStart))?.[0].length ?? 0);
  const bare = BARE_AGENCY.exec(text.slice(paragraph));
  const range = new vscode.Range(document.positionAt(paragraph), document.positionAt(paragraph + (bare?.[0].length ?? 0)));
  return editor.insertSnippet(new vscode.SnippetString(snippet), range);
}
