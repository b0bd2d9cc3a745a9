/**
 * dateline-mismatch: the front matter `dateline.place` or `dateline.date` (or the article
 * `date`, a day either way for time zones) disagrees with the dateline in the body. Which of
 * the two is right only the reporter knows, so both corrections are offered and neither is
 * applied by `--fix`.
 */
import type { DatelineMismatch, DatelineStyle } from '../analysis/model';
import type { Fix, Rule, RuleFinding } from './types';

const REUTERS_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

export const datelineMismatch: Rule = {
  id: 'dateline-mismatch',
  defaultSeverity: 'warning',
  fixable: false,
  description: "The body's dateline names a different place or date than the front matter.",
  check({ model, style }) {
    return model.datelineMismatches.map((mismatch): RuleFinding => {
      const key = mismatch.field === 'place' ? 'dateline.place' : model.frontMatter?.locations.some((l) => l.key === 'dateline.date') ? 'dateline.date' : 'date';
      return {
        message: `The dateline says ${mismatch.body.text} but the front matter \`${key}\` says ${mismatch.frontMatter.text}.`,
        span: { start: mismatch.body.start, end: mismatch.body.end },
        related: [{ span: { start: mismatch.frontMatter.start, end: mismatch.frontMatter.end }, message: `The front matter \`${key}\`: ${mismatch.frontMatter.text}` }],
        fixes: fixes(mismatch, style),
        data: { field: mismatch.field, body: mismatch.body.text, frontMatter: mismatch.frontMatter.text },
      };
    });
  },
};

function fixes(mismatch: DatelineMismatch, style: DatelineStyle): Fix[] {
  const found: Fix[] = [];
  const bodyText = mismatch.field === 'place' ? mismatch.frontMatter.text.toUpperCase() : bodyDate(mismatch.frontMatter.text, style);
  if (bodyText) {
    found.push({ title: `Change the dateline to "${bodyText}"`, edits: [{ span: mismatch.body, newText: bodyText }], safe: false });
  }
  const frontMatterText = mismatch.field === 'place' ? mismatch.body.text : 'iso' in mismatch.body ? (mismatch.body as { iso: string | null }).iso : null;
  if (frontMatterText) {
    found.push({ title: `Change the front matter to "${frontMatterText}"`, edits: [{ span: mismatch.frontMatter, newText: frontMatterText }], safe: false });
  }
  return found;
}

/** An ISO date as the body's dateline writes it: `Aug 19` for Reuters; AP and plain datelines carry none. */
function bodyDate(iso: string, style: DatelineStyle): string | null {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(iso);
  if (!match || style !== 'reuters') return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? `${REUTERS_MONTHS[month - 1]} ${Number(match[2])}` : null;
}
