/** Builders for article texts, so a test says only what matters to it. */
import { stringify } from 'yaml';

/**
 * An article file: a front matter block, then body paragraphs separated by blank lines.
 * `frontMatter` is an object (written out as YAML by the `yaml` library), a raw YAML string
 * (for malformed front matter), or null for a file with none.
 */
export function article(frontMatter: Record<string, unknown> | string | null, ...paragraphs: string[]): string {
  const body = paragraphs.join('\n\n') + '\n';
  if (frontMatter === null) return body;
  const yaml = typeof frontMatter === 'string' ? frontMatter : stringify(frontMatter);
  return `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\n${body}`;
}

/** A body with no front matter: paragraphs separated by blank lines. */
export function body(...paragraphs: string[]): string {
  return article(null, ...paragraphs);
}
