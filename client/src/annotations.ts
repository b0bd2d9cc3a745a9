/**
 * Reads the front matter `annotations` (fact-check notes per quote). Kept apart from
 * factCheck.ts because it parses YAML: the views load it on first use, not at activation.
 */
import { parseFrontMatter } from '../../server/src/analysis/frontMatter';
import type { QuoteAnnotation } from './factCheck';

/** The annotations in an article's front matter (none when it has no front matter). */
export function readAnnotations(text: string): QuoteAnnotation[] {
  const { frontMatter } = parseFrontMatter(text);
  return (frontMatter?.fields.annotations ?? []).map(({ quote, status, note, by }) => ({ quote, status, note, by }));
}
