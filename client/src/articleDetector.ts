/**
 * Decides, cheaply and without the server, whether a document could be an article. The
 * extension activates on every Markdown file but starts the language server (a Node process)
 * only once something that looks like an article is open, so people who merely edit a README
 * pay nothing. The server still makes the final call on each Markdown file.
 */
import type { MarkdownMode } from '../../server/src/protocol';

export const ARTICLE_LANGUAGE = 'copydesk-article';

/** The keys that make a Markdown front matter an article's (see article-format.md). */
const ARTICLE_KEY = /^(?:type|dateline|agency)[ \t]*:/m;
const OPEN_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
/** Front matter is short; reading further would only cost time on long documents. */
const FRONT_MATTER_SCAN = 4096;

/** True when `text` opens with a front matter that has `type`, `dateline` or `agency`. */
export function hasArticleFrontMatter(text: string): boolean {
  const head = text.slice(0, FRONT_MATTER_SCAN);
  const open = OPEN_FENCE.exec(head);
  if (!open) return false;
  const rest = head.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  return ARTICLE_KEY.test(close ? rest.slice(0, close.index) : rest);
}

/** Whether a document with this language id and text may be an article under `mode`. */
export function mightBeArticle(languageId: string, text: () => string, mode: MarkdownMode): boolean {
  if (languageId === ARTICLE_LANGUAGE) return true;
  if (languageId !== 'markdown' || mode === 'never') return false;
  return mode === 'always' || hasArticleFrontMatter(text());
}
