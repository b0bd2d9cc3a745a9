/**
 * Datelines written out in the house style, for the fixes of the dateline rules. Only a
 * dateline whose every part is known is offered: a fix never types a placeholder into copy.
 */
import { expectedDateline } from '../analysis/dateline';
import type { ArticleModel, Dateline, DatelineStyle } from '../analysis/model';

/** A dateline built from the front matter `dateline` (and `date`); null when it lacks the place, or the date Reuters needs. */
export function datelineFromFrontMatter(model: ArticleModel, style: DatelineStyle): string | null {
  const fields = model.frontMatter?.fields;
  const place = fields?.dateline?.place?.trim();
  if (!fields || !place) return null;
  if (style === 'reuters' && !(fields.dateline?.date ?? fields.date)) return null;
  const { city, region } = splitPlace(place);
  return expectedDateline(style, city, region, fields, null).trimEnd();
}

/** The body's own dateline rewritten in the style: its place (city in capitals) and its date. */
export function rewrittenDateline(model: ArticleModel, dateline: Dateline, style: DatelineStyle): string | null {
  const fields = model.frontMatter?.fields ?? null;
  if (!dateline.place) return null;
  const iso = dateline.date?.iso ?? fields?.dateline?.date ?? fields?.date ?? null;
  if (style === 'reuters' && !iso) return null;
  const { city, region } = splitPlace(dateline.place.text);
  return expectedDateline(style, city, region, fields, iso).trimEnd();
}

/** `TULSA, Okla.` → the city in capitals and the state or country as written. */
function splitPlace(place: string): { city: string; region: string | null } {
  const comma = place.indexOf(',');
  if (comma < 0) return { city: place.trim().toUpperCase(), region: null };
  return { city: place.slice(0, comma).trim().toUpperCase(), region: place.slice(comma + 1).trim() || null };
}
