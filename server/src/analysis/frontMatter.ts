/**
 * The YAML front matter: found between `---` fences at the top of the file, parsed with
 * `yaml` keeping every node's position (plain front matter goes through the faster reader in
 * simpleYaml.ts, which reads it as `yaml` does), and read into the fields Copydesk understands.
 */
import { parseDocument } from 'yaml';
import type {
  Annotation,
  ArticleFields,
  ArticleType,
  DatelineStyle,
  FrontMatter,
  FrontMatterError,
  FrontMatterField,
  FrontMatterSource,
  Span,
} from './model';
import { readSimpleYaml } from './simpleYaml';
import { treeOf, valueAt, type YamlEntry, type YamlNode } from './yamlTree';

const OPEN_FENCE = /^\uFEFF?---[ \t]*(?:\r?\n|$)/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;
const STYLES: readonly DatelineStyle[] = ['reuters', 'ap', 'plain'];
const TYPES: readonly ArticleType[] = ['news', 'analysis', 'opinion', 'brief', 'feature'];

export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  bodyStart: number;
}

export function parseFrontMatter(text: string): FrontMatterResult {
  const open = OPEN_FENCE.exec(text);
  if (!open) return { frontMatter: null, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const contentStart = open[0].length;
  CLOSE_FENCE.lastIndex = contentStart;
  const close = CLOSE_FENCE.exec(text);
  const errors: FrontMatterError[] = [];
  let contentEnd: number;
  let blockEnd: number;
  if (close) {
    contentEnd = close.index;
    blockEnd = lineEnd(text, close.index + close[0].length);
  } else {
    // Never closed. Reading the rest of the file as YAML would bury the article in errors;
    // the front matter most likely ends at the first blank line, so the body survives.
    // The content keeps its last line's whole line break, `\r\n` as much as `\n`: a lone `\r`
    // left at its end would be read into the last value.
    const blank = /(\r?\n)[ \t]*\r?\n/.exec(text.slice(contentStart));
    contentEnd = blank ? contentStart + blank.index + blank[1].length : text.length;
    blockEnd = contentEnd;
    const fenceStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    errors.push({
      code: 'UNCLOSED',
      message: 'The front matter is never closed: add a line with only `---` after it.',
      span: { start: fenceStart, end: fenceStart + 3 },
    });
  }
  const yamlText = text.slice(contentStart, contentEnd);
  const parsed = parseYaml(yamlText, contentStart, contentEnd);
  const frontMatter: FrontMatter = {
    span: { start: text.charCodeAt(0) === 0xfeff ? 1 : 0, end: blockEnd },
    content: { start: contentStart, end: contentEnd },
    closed: close !== null,
    fields: parsed.fields,
    locations: parsed.locations,
    errors: [...errors, ...parsed.errors],
  };
  return { frontMatter, bodyStart: blockEnd };
}

export interface ParsedYaml {
  fields: ArticleFields;
  locations: FrontMatterField[];
  errors: FrontMatterError[];
}

/**
 * Parsed front matters, by their text and position. While an editor types in the body the
 * front matter does not change, and YAML parsing would otherwise be a tenth of every
 * keystroke's analysis. The cached objects are shared between models: never mutate them.
 */
const yamlCache = new Map<string, ParsedYaml>();
const YAML_CACHE_SIZE = 32;

function parseYaml(yamlText: string, contentStart: number, contentEnd: number): ParsedYaml {
  const key = `${contentStart}\u0000${yamlText}`;
  const cached = yamlCache.get(key);
  if (cached) return cached;
  const parsed = readYaml(yamlText, contentStart, contentEnd);
  if (yamlCache.size >= YAML_CACHE_SIZE) yamlCache.delete(yamlCache.keys().next().value as string);
  yamlCache.set(key, parsed);
  return parsed;
}

/**
 * The fields of the front matter, through the fast reader when it can and `yaml` when it
 * cannot. `fast: false` always takes `yaml`: the tests hold the two readings to each other.
 */
export function readYaml(yamlText: string, contentStart: number, contentEnd: number, fast = true): ParsedYaml {
  const simple = fast ? readSimpleYaml(yamlText) : undefined;
  if (simple !== undefined) {
    const reader = new FieldReader(simple, contentStart);
    return { fields: reader.fields(), locations: reader.locations, errors: [] };
  }
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: false });
  const errors: FrontMatterError[] = doc.errors.map((error) => ({
    code: error.code,
    message: firstLine(error.message),
    span: keepLineBreaksWhole(yamlText, contentStart, clampSpan({ start: contentStart + error.pos[0], end: contentStart + errorEnd(yamlText, error.code, error.pos) }, contentStart, contentEnd)),
  }));
  const reader = new FieldReader(treeOf(doc.contents), contentStart);
  return { fields: reader.fields(), locations: reader.locations, errors };
}

/** `yaml` marks a duplicate key by its first character; the whole key is what to underline. */
function errorEnd(yamlText: string, code: string, [start, end]: [number, number]): number {
  if (code !== 'DUPLICATE_KEY') return end;
  const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]+?)(?=[ \t]*:)/.exec(yamlText.slice(start, start + 1024));
  return key ? start + key[0].length : end;
}

function lineEnd(text: string, index: number): number {
  if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) return index + 2;
  if (text.charCodeAt(index) === 10) return index + 1;
  return index;
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n');
  return (newline < 0 ? message : message.slice(0, newline)).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * `yaml` marks an error at a line's end (a missing closing quote) by the line break's first
 * character: with CRLF line ends that is the `\r` alone, a position inside the line break that
 * editors cannot show. The span takes the whole `\r\n`. `yamlText` starts at `offset` in the file.
 */
function keepLineBreaksWhole(yamlText: string, offset: number, span: Span): Span {
  const at = (index: number): string => yamlText[index - offset] ?? '';
  const start = at(span.start - 1) === '\r' && at(span.start) === '\n' ? span.start - 1 : span.start;
  const end = at(span.end - 1) === '\r' && at(span.end) === '\n' ? span.end + 1 : span.end;
  return { start, end };
}

function clampSpan(span: Span, min: number, max: number): Span {
  const start = Math.min(Math.max(span.start, min), max);
  const end = Math.min(Math.max(span.end, start), max);
  // A zero-width error at the end of the YAML still needs a character an editor can underline.
  return end > start ? { start, end } : { start: Math.max(min, start - 1), end: Math.max(start, min + 1) };
}

/** Reads the known fields out of the YAML tree, remembering where each stands in the file. */
class FieldReader {
  readonly locations: FrontMatterField[] = [];
  #root: YamlNode | null;
  #offset: number;

  constructor(root: YamlNode | null, offset: number) {
    this.#root = root;
    this.#offset = offset;
  }

  fields(): ArticleFields {
    const root = this.#root?.kind === 'map' ? this.#root : null;
    const get = (key: string): YamlNode | null => (root ? valueAt(root, key) : null);
    for (const entry of root?.entries ?? []) this.#locate(entry, '');
    const datelineNode = get('dateline');
    if (datelineNode?.kind === 'map') for (const entry of datelineNode.entries) this.#locate(entry, 'dateline.');
    const copydesk = get('copydesk');
    const disable = copydesk?.kind === 'map' ? valueAt(copydesk, 'disable') : null;
    return {
      title: text(get('title')),
      byline: list(get('byline')).map(text).filter(isString),
      agency: text(get('agency')),
      style: oneOf(text(get('style')), STYLES),
      type: oneOf(text(get('type')), TYPES),
      date: isoDate(text(get('date'))),
      dateline: datelineNode?.kind === 'map' ? { place: text(valueAt(datelineNode, 'place')), date: text(valueAt(datelineNode, 'date')) } : null,
      sources: list(get('sources')).flatMap((node) => this.#source(node)),
      annotations: list(get('annotations')).flatMap((node) => this.#annotation(node)),
      disabledRules: list(disable).map(text).filter(isString),
    };
  }

  #locate(entry: YamlEntry, prefix: string): void {
    this.locations.push({
      key: prefix + entry.key,
      keySpan: this.#span(entry.keyStart, entry.keyEnd),
      valueSpan: entry.value ? this.#span(entry.value.start, entry.value.end) : null,
    });
  }

  #span(start: number, end: number): Span {
    return { start: this.#offset + start, end: this.#offset + end };
  }

  #source(node: YamlNode): FrontMatterSource[] {
    if (node.kind !== 'map') return [];
    const name = text(valueAt(node, 'name'));
    if (!name) return [];
    const anonymous = valueAt(node, 'anonymous');
    return [
      {
        name,
        title: text(valueAt(node, 'title')),
        anonymous: anonymous?.kind === 'scalar' && anonymous.value === true,
        reason: text(valueAt(node, 'reason')),
        aliases: list(valueAt(node, 'aliases')).map(text).filter(isString),
        span: this.#span(node.start, node.end),
      },
    ];
  }

  #annotation(node: YamlNode): Annotation[] {
    if (node.kind !== 'map') return [];
    const quote = text(valueAt(node, 'quote'));
    if (!quote) return [];
    return [
      {
        quote,
        status: text(valueAt(node, 'status')) ?? 'unverified',
        note: text(valueAt(node, 'note')),
        by: text(valueAt(node, 'by')),
        link: text(valueAt(node, 'link')),
        span: this.#span(node.start, node.end),
      },
    ];
  }
}

function text(node: YamlNode | null): string | null {
  if (node?.kind !== 'scalar' || node.value === null || node.value === undefined) return null;
  const value = node.value instanceof Date ? node.value.toISOString().slice(0, 10) : String(node.value).trim();
  return value === '' ? null : value;
}

function list(node: YamlNode | null): YamlNode[] {
  if (node?.kind === 'list') return node.items;
  return node ? [node] : [];
}

function isString(value: string | null): value is string {
  return value !== null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  const lower = value?.toLowerCase();
  return (allowed as readonly string[]).includes(lower ?? '') ? (lower as T) : null;
}

function isoDate(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value) : null;
  return match ? match[1] : null;
}
