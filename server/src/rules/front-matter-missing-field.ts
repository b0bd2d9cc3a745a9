/**
 * front-matter-missing-field: `title` missing (an error: every article has one), or a news
 * story with no byline or no date (warnings). Wire copy (an `agency`) is dated by the wire's
 * own transmission, so it is not asked for a date unless `wireCopyNeedsDate` is set.
 */
import type { ArticleModel, Span } from '../analysis/model';
import { isOfType } from './articleType';
import { booleanOption, stringListOption } from './options';
import type { Fix, Rule, RuleFinding } from './types';

export const frontMatterMissingField: Rule = {
  id: 'front-matter-missing-field',
  defaultSeverity: 'error',
  fixable: false,
  description: 'A field the article needs (title; byline and date in a news story) is missing from the front matter.',
  options: {
    types: { type: 'array', items: { type: 'string' }, default: ['news'], description: 'The front matter `type`s that need a byline and a date.' },
    untyped: { type: 'boolean', default: false, description: 'Whether an article with no `type` needs them too.' },
    wireCopyNeedsDate: { type: 'boolean', default: false, description: 'Ask wire copy (an `agency`) for a `date` as well.' },
  },
  check({ model, options }) {
    const frontMatter = model.frontMatter;
    // A front matter that does not parse is front-matter-syntax's to report: its fields are unknown, not missing.
    if (frontMatter && frontMatter.errors.length) return [];
    const fields = frontMatter?.fields;
    const findings: RuleFinding[] = [];
    const anchor = anchorOf(model);
    if (!fields?.title) {
      const finding = missing(anchor, 'title', 'error', frontMatter ? 'The front matter has no `title`: every article needs one.' : 'This article has no front matter: add one with at least a `title` (--- title: ... ---).');
      finding.fixes.push(titleFix(model));
      findings.push(finding);
    }
    if (!fields || !isOfType(model, stringListOption(options, 'types', ['news']), booleanOption(options, 'untyped', false))) return findings;
    if (!fields.byline.length) findings.push(missing(anchor, 'byline', 'warning', 'A news story needs a `byline`: who reported it.'));
    const dated = fields.date || fields.dateline?.date;
    const wire = fields.agency && !booleanOption(options, 'wireCopyNeedsDate', false);
    if (!dated && !wire) findings.push(missing(anchor, 'date', 'warning', 'A news story needs a `date` (YYYY-MM-DD), so its dateline can be checked.'));
    return findings;
  },
};

/** A `title: TITLE` line to type over: first in the front matter, or a new front matter when there is none. */
function titleFix(model: ArticleModel): Fix {
  const frontMatter = model.frontMatter;
  const newline = model.text.includes('\r\n') ? '\r\n' : '\n';
  if (frontMatter) {
    return { title: 'Add a title to the front matter', edits: [{ span: { start: frontMatter.content.start, end: frontMatter.content.start }, newText: `title: TITLE${newline}` }], safe: false };
  }
  const start = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { title: 'Add a front matter with a title', edits: [{ span: { start, end: start }, newText: `---${newline}title: TITLE${newline}---${newline}${newline}` }], safe: false };
}

function missing(span: Span, field: string, severity: 'error' | 'warning', message: string): RuleFinding {
  return { message, span, related: [], fixes: [], severity, data: { field } };
}

/** Where a missing field is reported: the title line when there is one, else the opening fence, else the first line. */
function anchorOf(model: ArticleModel): Span {
  const frontMatter = model.frontMatter;
  const title = frontMatter?.locations.find((l) => l.key === 'title');
  if (title) return { start: title.keySpan.start, end: title.valueSpan?.end ?? title.keySpan.end };
  const start = frontMatter ? frontMatter.span.start : model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const newline = model.text.indexOf('\n', start);
  let end = newline < 0 ? model.text.length : newline;
  if (model.text[end - 1] === '\r') end--;
  // An empty first line: mark its whole line break, `\r\n` as much as `\n`, so the mark is visible and ends on the next line.
  if (end === start) end = Math.min(model.text.length, start + (model.text.startsWith('\r\n', start) ? 2 : 1));
  return { start, end };
}
