/** Whether a Markdown file is a news article, from its front matter alone. */
import type { MarkdownMode } from './parse';

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m;
const ARTICLE_KEY = /^(?:type|dateline|agency)[ \t]*:/m;

/**
 * `always` and `never` say it outright; `auto`: the front matter has a `type`, `dateline` or
 * `agency` key. A cheap scan of the top-level keys, no YAML parse: discovery runs it over
 * every Markdown file in a repository.
 */
export function isArticle(text: string, mode: MarkdownMode): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const open = OPEN.exec(text);
  if (!open) return false;
  const rest = text.slice(open[0].length, open[0].length + 64 * 1024);
  const close = CLOSE.exec(rest);
  return ARTICLE_KEY.test(close ? rest.slice(0, close.index) : rest);
}
