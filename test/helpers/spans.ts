/**
 * The offset contract, checked everywhere at once: every span slices the file to the text
 * it reports, and lies inside the file. Used by the robustness and property tests, which
 * cannot know in advance what the analysis will find.
 */
import type { ArticleExtract } from '../../server/src/analysis/extract';
import type { ArticleModel } from '../../server/src/analysis/model';

export interface LocatedSpan {
  /** Where the span sits in the object, e.g. `quotes[2].speaker.mention`. */
  path: string;
  start: number;
  end: number;
  text?: unknown;
}

/** Every object with numeric `start` and `end` found under `root`, with its path. */
export function collectSpans(root: unknown, path = ''): LocatedSpan[] {
  const found: LocatedSpan[] = [];
  const visit = (value: unknown, at: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}[${i}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      found.push({ path: at || '(root)', start: record.start, end: record.end, text: record.text });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'text' && typeof child === 'string') continue;
      visit(child, at ? `${at}.${key}` : key);
    }
  };
  visit(root, path);
  return found;
}

/** Problems with the spans of an extract: each must slice `text` to its reported `text`. */
export function extractSpanProblems(text: string, extract: ArticleExtract): string[] {
  return spanProblems(text, collectSpans(extract), true);
}

/** Problems with the spans of a model: inside the file, and slicing to their `text` where they carry one. */
export function modelSpanProblems(model: ArticleModel): string[] {
  const { text: _text, ...rest } = model;
  return spanProblems(model.text, collectSpans(rest), false);
}

function spanProblems(text: string, spans: LocatedSpan[], textRequired: boolean): string[] {
  const problems: string[] = [];
  for (const span of spans) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      problems.push(`${span.path}: [${span.start}, ${span.end}) is not inside a file of ${text.length} characters`);
      continue;
    }
    if (typeof span.text === 'string') {
      const actual = text.slice(span.start, span.end);
      if (actual !== span.text) problems.push(`${span.path}: reports ${JSON.stringify(clip(span.text))} but slices to ${JSON.stringify(clip(actual))}`);
    } else if (textRequired) {
      problems.push(`${span.path}: has no text`);
    }
  }
  return problems;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

