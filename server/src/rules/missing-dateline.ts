/**
 * missing-dateline: a news story whose body does not open with a dateline naming a place.
 * `(Reuters) -` alone names the agency but not where the story was reported.
 */
import type { Span } from '../analysis/model';
import { isOfType } from './articleType';
import { datelineFromFrontMatter } from './datelineText';
import { booleanOption, stringListOption } from './options';
import type { Fix, Rule, RuleFinding } from './types';

export const DATELINE_TYPES = ['news', 'brief'];

export const missingDateline: Rule = {
  id: 'missing-dateline',
  defaultSeverity: 'warning',
  fixable: true,
  description: 'A news story whose body does not open with a dateline naming a place.',
  options: {
    types: { type: 'array', items: { type: 'string' }, default: DATELINE_TYPES, description: 'The front matter `type`s that need a dateline.' },
    untyped: { type: 'boolean', default: true, description: 'Whether an article with no `type` is a news story that needs one.' },
  },
  check({ model, style, options }) {
    if (model.dateline) return [];
    if (!isOfType(model, stringListOption(options, 'types', DATELINE_TYPES), booleanOption(options, 'untyped', true))) return [];
    const first = model.paragraphs.find((p) => p.kind === 'paragraph');
    if (!first) return [];
    const opening = model.datelineAbsence?.span ?? firstWord(model.text, first);
    const finding: RuleFinding = {
      message: model.datelineAbsence
        ? `${model.datelineAbsence.reason} Open the story with where it was reported, e.g. "${example(style)}".`
        : `A news story opens with a dateline saying where it was reported, e.g. "${example(style)}".`,
      span: opening,
      related: [],
      fixes: [],
      data: { style },
    };
    const dateline = datelineFromFrontMatter(model, style);
    if (dateline) {
      const fix = insertDateline(model.text, opening, dateline, model.datelineAbsence !== null);
      finding.fixes.push(fix);
      finding.data = { style, dateline };
      const place = model.frontMatter?.locations.find((l) => l.key === 'dateline.place');
      if (place?.valueSpan) finding.related.push({ span: place.valueSpan, message: 'The dateline in the front matter, which the fix uses.' });
    }
    return [finding];
  },
};

function example(style: string): string {
  if (style === 'ap') return 'KYIV, Ukraine (AP) —';
  if (style === 'plain') return 'BRUSSELS —';
  return 'WASHINGTON, Aug 19 (Reuters) -';
}

function firstWord(text: string, paragraph: Span): Span {
  let start = paragraph.start;
  while (start < paragraph.end && /\s/.test(text[start])) start++;
  let end = start;
  while (end < paragraph.end && !/\s/.test(text[end])) end++;
  return { start, end };
}

/** Puts the dateline at the paragraph's start, replacing a bare `(Reuters) -` and the space after it. */
function insertDateline(text: string, opening: Span, dateline: string, replacesAgency: boolean): Fix {
  let end = opening.start;
  if (replacesAgency) {
    end = opening.end;
    while (text[end] === ' ' || text[end] === '\t') end++;
  }
  return { title: `Insert the dateline "${dateline}"`, edits: [{ span: { start: opening.start, end }, newText: `${dateline} ` }], safe: true };
}
