/**
 * The dateline a news story should open with, in the three house styles (article-format.md):
 *   reuters  `WASHINGTON, Aug 19 (Reuters) - `
 *   ap       `KYIV, Ukraine (AP) — `
 *   plain    `BRUSSELS — `
 * Built as a snippet: what the front matter does not say becomes a placeholder to fill in.
 */
export type DatelineStyle = 'reuters' | 'ap' | 'plain';

/** Reuters abbreviates months this way (no full stops; March to July in full). */
const REUTERS_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

export interface DatelineParts {
  style: DatelineStyle;
  place: string | null;
  /** ISO `YYYY-MM-DD`, as front matter gives it. */
  date: string | null;
  agency: string | null;
}

/** `2025-08-19` → `Aug 19`; null when the date does not parse. */
export function reutersDate(iso: string | null): string | null {
  const match = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const month = REUTERS_MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}` : null;
}

/** Escapes text for a VS Code snippet. */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** The dateline as snippet text, with placeholders for what is unknown. */
export function datelineSnippet(parts: DatelineParts): string {
  const place = parts.place ? literal(parts.place.toUpperCase()) : '${1:PLACE}';
  switch (parts.style) {
    case 'reuters': {
      const date = reutersDate(parts.date);
      return `${place}, ${date ? literal(date) : '${2:Mon D}'} (${literal(parts.agency ?? 'Reuters')}) - $0`;
    }
    case 'ap':
      return `${place} (AP) — $0`;
    case 'plain':
      return `${place} — $0`;
  }
}

/** An agency credit with no place (`(Reuters) - `) at the start of a paragraph: a dateline to complete. */
export const BARE_AGENCY = /^\([A-Z][\w .&-]*\)\s*[-–—]\s*/;
