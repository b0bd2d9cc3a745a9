/**
 * Where the front matter's `sources` entries stand, down to each `name` and alias value:
 * what rename edits, go-to-definition starts from, and "add this source" appends to.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { ArticleModel, Span, TextSpan } from '../analysis/model';

export interface SourceEntry {
  name: TextSpan;
  aliases: TextSpan[];
  /** The whole entry. */
  span: Span;
}

export interface SourcesBlock {
  entries: SourceEntry[];
  /** The `sources:` value; null when the key is absent. */
  value: Span | null;
  /** Written `[...]` rather than as a block list. */
  flow: boolean;
  /** The indentation of the entries' `- ` marks (two spaces when none exist yet). */
  indent: string;
}

const cache = new WeakMap<ArticleModel, SourcesBlock>();

export function sourcesBlock(model: ArticleModel): SourcesBlock {
  let block = cache.get(model);
  if (!block) {
    block = readSourcesBlock(model);
    cache.set(model, block);
  }
  return block;
}

/** The entry whose name or alias holds `offset`. */
export function sourceEntryAt(model: ArticleModel, offset: number): { entry: SourceEntry; hit: TextSpan } | undefined {
  for (const entry of sourcesBlock(model).entries) {
    for (const hit of [entry.name, ...entry.aliases]) {
      if (offset >= hit.start && offset <= hit.end) return { entry, hit };
    }
  }
  return undefined;
}

function readSourcesBlock(model: ArticleModel): SourcesBlock {
  const empty: SourcesBlock = { entries: [], value: null, flow: false, indent: '  ' };
  const frontMatter = model.frontMatter;
  if (!frontMatter) return empty;
  const base = frontMatter.content.start;
  const doc = parseDocument(model.text.slice(base, frontMatter.content.end), { strict: false });
  if (!isMap(doc.contents)) return empty;
  const value = doc.contents.get('sources', true) as Node | undefined;
  if (!value?.range) return empty;
  const span = (node: Node): TextSpan | null => {
    if (!isScalar(node) || !node.range || node.value === null) return null;
    const start = base + node.range[0];
    const end = base + node.range[1];
    return { start, end, text: String(node.value) };
  };
  const entries: SourceEntry[] = [];
  const items = isSeq(value) ? (value.items as Node[]) : [];
  for (const item of items) {
    if (!isMap(item) || !item.range) continue;
    const name = span((item as YAMLMap).get('name', true) as Node);
    if (!name) continue;
    const aliasNode = (item as YAMLMap).get('aliases', true) as Node | undefined;
    const aliases = isSeq(aliasNode) ? (aliasNode.items as Node[]).map(span).filter((a): a is TextSpan => a !== null) : [];
    entries.push({ name, aliases, span: { start: base + item.range[0], end: base + item.range[1] } });
  }
  const valueSpan = { start: base + value.range[0], end: base + value.range[1] };
  const flow = isSeq(value) && value.flow === true;
  return { entries, value: valueSpan, flow, indent: indentOfItems(model.text, valueSpan) };
}

/** The indentation before the first `- ` of a block list. */
function indentOfItems(text: string, value: Span): string {
  const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
  const before = text.slice(lineStart, value.start);
  return /^[ \t]*$/.test(before) ? before : '  ';
}
