/** What kind of story an article is, as its front matter says. */
import type { ArticleModel } from '../analysis/model';

/**
 * The front matter `type` as written (`news`, `opinion`, or a desk's own such as `column`),
 * lower-cased; null when the article names none.
 */
export function articleType(model: ArticleModel): string | null {
  const frontMatter = model.frontMatter;
  if (frontMatter?.fields.type) return frontMatter.fields.type;
  // A type the model does not know (a desk's own `column`): read it as written.
  const value = frontMatter?.locations.find((l) => l.key === 'type')?.valueSpan;
  const raw = value ? model.text.slice(value.start, value.end).trim().replace(/^["']|["']$/g, '') : '';
  return raw ? raw.toLowerCase() : null;
}

/** Whether the article is one of `types`; an article with no type counts as news when `untypedIsNews`. */
export function isOfType(model: ArticleModel, types: readonly string[], untypedIsNews = true): boolean {
  const type = articleType(model);
  if (type === null) return untypedIsNews;
  return types.includes(type);
}
