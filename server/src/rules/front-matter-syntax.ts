/**
 * front-matter-syntax: the YAML front matter does not parse (or is never closed), reported
 * at the error's position. Everything Copydesk reads from the front matter (style, type,
 * dateline, sources) is lost until it parses.
 */
import type { Rule } from './types';

export const frontMatterSyntax: Rule = {
  id: 'front-matter-syntax',
  defaultSeverity: 'error',
  fixable: false,
  description: 'The YAML front matter does not parse.',
  check({ model }) {
    return (model.frontMatter?.errors ?? []).map((error) => ({
      message: `Front matter: ${error.message}`,
      span: error.span.end > error.span.start ? error.span : { start: error.span.start, end: Math.min(model.text.length, error.span.start + 1) },
      related: [],
      fixes: [],
      data: { code: error.code },
    }));
  },
};
