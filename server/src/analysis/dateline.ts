/**
 * The dateline that opens a news story's first paragraph, its parts, the problems it has
 * for the style in force, and where it disagrees with the front matter.
 *   reuters: `WASHINGTON, Aug 19 (Reuters) - `     ap: `KYIV, Ukraine (AP) — `     plain: `BRUSSELS — `
 * See ../shared/article-format.md and attribution.md §3.4 (AP and Reuters practice).
 */
import type { ArticleFields, Dateline, DatelineMismatch, DatelineProblem, DatelineStyle, FrontMatter, Paragraph, Span, TextSpan } from './model';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAMES = 'Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sept|Sep|September|Oct|October|Nov|November|Dec|December';
const REUTERS_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const PLACE = String.raw`[\p{Lu}][\p{Lu}\p{M}.'’\- ]*?[\p{Lu}\p{M}.](?:\s*\/\s*[\p{Lu}][\p{Lu}\p{M}.'’\- ]*?[\p{Lu}\p{M}.])*`;
const TITLE_PLACE = String.raw`[\p{Lu}][\p{L}\p{M}.'’\-]+(?: [\p{Lu}][\p{L}\p{M}.'’\-]+){0,3}`;
const REGION = String.raw`[\p{Lu}][\p{L}\p{M}.'’\-]*(?: [\p{Lu}][\p{L}\p{M}.'’\-]*){0,2}`;
const DATE = String.raw`(?:${MONTH_NAMES})\.? \d{1,2}`;
const AGENCY = String.raw`\((?:[^()\n]{1,40})\)`;
const SEPARATOR = String.raw`—|–|--|-|:`;

function datelinePattern(place: string): RegExp {
  return new RegExp(
    String.raw`^(?<place>${place})(?:,\s*(?<region>(?!(?:${MONTH_NAMES})\.? \d)${REGION}))?(?:,\s*(?<date>${DATE}))?\s*(?<agency>${AGENCY})?\s*(?<separator>${SEPARATOR})(?=\s|\p{Lu})`,
    'du',
  );
}
const CAPITALS = datelinePattern(PLACE);
const TITLE_CASE = datelinePattern(TITLE_PLACE);
const AGENCY_ONLY = new RegExp(String.raw`^(?<agency>${AGENCY})\s*(?<separator>${SEPARATOR})`, 'u');

/** AP's stand-alone dateline cities (no state or country after them). */
const AP_STANDALONE = new Set(
  `ATLANTA BALTIMORE BOSTON CHICAGO CINCINNATI CLEVELAND DALLAS DENVER DETROIT HONOLULU HOUSTON INDIANAPOLIS
  LAS_VEGAS LOS_ANGELES MIAMI MILWAUKEE MINNEAPOLIS NEW_ORLEANS NEW_YORK OKLAHOMA_CITY PHILADELPHIA PHOENIX
  PITTSBURGH ST._LOUIS SALT_LAKE_CITY SAN_ANTONIO SAN_DIEGO SAN_FRANCISCO SEATTLE WASHINGTON AMSTERDAM BAGHDAD
  BANGKOK BEIJING BEIRUT BERLIN BRUSSELS CAIRO DJIBOUTI DUBLIN GENEVA GIBRALTAR GUATEMALA_CITY HAVANA HELSINKI
  HONG_KONG ISLAMABAD ISTANBUL JERUSALEM JOHANNESBURG KABUL KUWAIT_CITY LISBON LONDON LUXEMBOURG MACAU MADRID
  MEXICO_CITY MILAN MONACO MONTREAL MOSCOW MUNICH NEW_DELHI OTTAWA PANAMA_CITY PARIS PRAGUE QUEBEC_CITY
  RIO_DE_JANEIRO ROME SAN_MARINO SAO_PAULO SHANGHAI SINGAPORE STOCKHOLM SYDNEY TOKYO TORONTO VATICAN_CITY VIENNA
  ZURICH KYIV TEL_AVIV`
    .split(/\s+/)
    .map((city) => city.replace(/_/g, ' ')),
);

export interface DatelineResult {
  dateline: Dateline | null;
  absence: { reason: string; span: Span } | null;
  mismatches: DatelineMismatch[];
}

export function parseDateline(text: string, prose: string, paragraphs: readonly Paragraph[], frontMatter: FrontMatter | null, style: DatelineStyle): DatelineResult {
  const first = paragraphs.find((p) => p.kind === 'paragraph');
  if (!first) return { dateline: null, absence: null, mismatches: [] };
  let start = first.start;
  while (start < first.end && /\s/.test(prose[start])) start++;
  const head = prose.slice(start, Math.min(first.end, start + 160));
  const agencyOnly = AGENCY_ONLY.exec(head);
  if (agencyOnly) {
    return {
      dateline: null,
      absence: { reason: `The body opens with only "${agencyOnly[0].trim()}": a dateline needs a place.`, span: { start, end: start + agencyOnly[0].length } },
      mismatches: [],
    };
  }
  const capitals = CAPITALS.exec(head);
  const match = capitals ?? titleCaseDateline(head);
  if (!match?.groups) return { dateline: null, absence: null, mismatches: [] };
  const groups = match.groups;
  const part = (name: string): TextSpan | null => {
    const value = groups[name];
    if (value === undefined) return null;
    const offset = start + match.indices!.groups![name]![0];
    return { start: offset, end: offset + value.length, text: text.slice(offset, offset + value.length) };
  };
  const place = part('place');
  const region = part('region');
  const dateSpan = part('date');
  const agency = part('agency');
  const separator = part('separator');
  const fields = frontMatter?.fields ?? null;
  const iso = dateSpan ? isoFromMonthDay(dateSpan.text, fields) : null;
  const placeText = place && region ? { start: place.start, end: region.end, text: text.slice(place.start, region.end) } : place;
  const dateline: Dateline = {
    start,
    end: separator ? separator.end : start + match[0].length,
    text: text.slice(start, separator ? separator.end : start + match[0].length),
    place: placeText,
    date: dateSpan ? { ...dateSpan, iso } : null,
    agency,
    separator,
    form: agency?.text.includes('AP') ? 'ap' : dateSpan ? 'reuters' : agency ? 'reuters' : 'plain',
    problems: [],
  };
  dateline.problems = problemsFor(dateline, place, region, !capitals, style, fields);
  return { dateline, absence: null, mismatches: mismatches(text, dateline, place, frontMatter) };
}

function titleCaseDateline(head: string): RegExpExecArray | null {
  const match = TITLE_CASE.exec(head);
  // A title-case place is a dateline only when an agency or a dash makes it one: "Washington (AP) —".
  if (!match?.groups) return null;
  const sep = match.groups.separator;
  return match.groups.agency || sep === '—' || sep === '–' || sep === '--' ? match : null;
}

function problemsFor(dateline: Dateline, place: TextSpan | null, region: TextSpan | null, titleCase: boolean, style: DatelineStyle, fields: ArticleFields | null): DatelineProblem[] {
  const problems: DatelineProblem[] = [];
  const expected = expectedDateline(style, place?.text.toUpperCase() ?? 'PLACE', region?.text ?? null, fields, dateline.date?.iso ?? null);
  if (place && titleCase) {
    problems.push({ code: 'place-not-capitals', message: `The dateline's place should be in capitals: "${place.text.toUpperCase()}".`, span: place, expected: place.text.toUpperCase() });
  }
  const agencyText = dateline.agency?.text.replace(/[()]/g, '').trim() ?? null;
  const separator = dateline.separator?.text ?? '';
  const anchor = dateline.separator ?? dateline;
  if (style === 'reuters') {
    if (!dateline.date) problems.push({ code: 'missing-date', message: 'A Reuters dateline carries the date after the place: "PLACE, Mon D (Reuters) -".', span: place ?? dateline, expected });
    else if (!isReutersDate(dateline.date.text)) problems.push({ code: 'date-form', message: `Reuters writes the date as "${reutersDate(dateline.date.text)}" (short month names without a period; March to July in full).`, span: dateline.date, expected: reutersDate(dateline.date.text) });
    if (!agencyText) problems.push({ code: 'missing-agency', message: 'A Reuters dateline names the agency: "(Reuters) -".', span: anchor, expected });
    else if (agencyText !== 'Reuters') problems.push({ code: 'wrong-agency', message: `The agency in a Reuters dateline is "(Reuters)", not "(${agencyText})".`, span: dateline.agency!, expected: '(Reuters)' });
    if (separator !== '-') problems.push({ code: 'wrong-separator', message: 'Reuters separates the dateline with a spaced hyphen: " - ".', span: anchor, expected: '-' });
  } else if (style === 'ap') {
    if (dateline.date) problems.push({ code: 'unexpected-date', message: 'AP datelines carry no date.', span: dateline.date, expected });
    if (!agencyText) problems.push({ code: 'missing-agency', message: 'An AP dateline names the agency: "(AP) —".', span: anchor, expected });
    else if (agencyText !== 'AP') problems.push({ code: 'wrong-agency', message: `The agency in an AP dateline is "(AP)", not "(${agencyText})".`, span: dateline.agency!, expected: '(AP)' });
    if (separator !== '—') problems.push({ code: 'wrong-separator', message: 'AP separates the dateline with an em dash: " — ".', span: anchor, expected: '—' });
    const places = place?.text.toUpperCase().split(/\s*\/\s*/) ?? [];
    if (place && !region && places.some((p) => !AP_STANDALONE.has(p))) {
      problems.push({ code: 'missing-state', message: `"${place.text}" is not on AP's list of stand-alone cities: add its state or country ("${place.text}, State").`, span: place, expected: null });
    }
  } else {
    if (dateline.date && !dateline.agency) problems.push({ code: 'unexpected-date', message: 'A plain dateline is the place alone: "PLACE — ".', span: dateline.date, expected });
    if (separator !== '—') problems.push({ code: 'wrong-separator', message: 'A plain dateline ends with an em dash: " — ".', span: anchor, expected: '—' });
  }
  return problems;
}

/** The dateline the style expects, built from the front matter where it can be. */
export function expectedDateline(style: DatelineStyle, place: string, region: string | null, fields: ArticleFields | null, iso: string | null): string {
  const where = region ? `${place}, ${region}` : place;
  const date = iso ?? fields?.dateline?.date ?? fields?.date ?? null;
  if (style === 'reuters') {
    const agency = fields?.agency && /reuters/i.test(fields.agency) ? 'Reuters' : 'Reuters';
    return `${where}, ${date ? reutersDateFromIso(date) : 'Mon D'} (${agency}) - `;
  }
  if (style === 'ap') return `${where} (AP) — `;
  return `${where} — `;
}

function isReutersDate(text: string): boolean {
  const [month] = text.split(/\s+/);
  return REUTERS_MONTHS.includes(month);
}

function reutersDate(text: string): string {
  const [month, day] = text.replace('.', '').split(/\s+/);
  const number = MONTHS[month.toLowerCase()];
  return number ? `${REUTERS_MONTHS[number - 1]} ${day}` : text;
}

function reutersDateFromIso(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return m >= 1 && m <= 12 ? `${REUTERS_MONTHS[m - 1]} ${d}` : 'Mon D';
}

function isoFromMonthDay(text: string, fields: ArticleFields | null): string | null {
  const [monthText, dayText] = text.replace('.', '').split(/\s+/);
  const month = MONTHS[monthText.toLowerCase()];
  const day = Number(dayText);
  const reference = fields?.dateline?.date ?? fields?.date ?? null;
  const year = reference ? Number(reference.slice(0, 4)) : NaN;
  if (!month || !day || Number.isNaN(year)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mismatches(text: string, dateline: Dateline, place: TextSpan | null, frontMatter: FrontMatter | null): DatelineMismatch[] {
  if (!frontMatter) return [];
  const found: DatelineMismatch[] = [];
  // A field's value as written, inside its quotation marks when it has them (`date: "2016-07-25"`):
  // what the finding shows, and what its fix replaces, keeping the quoting.
  const location = (key: string): TextSpan | null => {
    const field = frontMatter.locations.find((l) => l.key === key);
    if (!field?.valueSpan) return null;
    let { start, end } = field.valueSpan;
    if (end - start >= 2 && (text[start] === '"' || text[start] === "'") && text[end - 1] === text[start]) {
      start++;
      end--;
    }
    return { start, end, text: text.slice(start, end) };
  };
  const fmPlace = frontMatter.fields.dateline?.place;
  const placeSpan = location('dateline.place');
  // The front matter may name the city alone or with its state or country, as the body does:
  // `FALMOUTH, England —` agrees with either `FALMOUTH` or `FALMOUTH, England`.
  const agrees = (written: string): boolean => normalizePlace(written) === normalizePlace(place!.text) || (dateline.place !== null && normalizePlace(written) === normalizePlace(dateline.place.text));
  if (fmPlace && place && placeSpan && !agrees(fmPlace)) {
    found.push({ field: 'place', body: dateline.place ?? place, frontMatter: placeSpan });
  }
  const body = dateline.date;
  if (body?.iso) {
    const explicit = frontMatter.fields.dateline?.date ?? null;
    const explicitSpan = location('dateline.date');
    const articleDate = frontMatter.fields.date;
    const dateSpan = location('date');
    if (explicit && explicitSpan && explicit !== body.iso) {
      found.push({ field: 'date', body, frontMatter: explicitSpan });
    } else if (!explicit && articleDate && dateSpan && Math.abs(daysBetween(articleDate, body.iso)) > 1) {
      // The article's own date may fall a day either side of the dateline's (time zones).
      found.push({ field: 'date', body, frontMatter: dateSpan });
    }
  }
  return found;
}

function normalizePlace(place: string): string {
  return place.toUpperCase().replace(/\s*\/\s*/g, '/').replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}
