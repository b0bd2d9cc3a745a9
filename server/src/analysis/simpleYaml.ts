/**
 * A fast reader for the plain front matter most articles have: `key: value` lines, nested
 * maps, lists of names and lists of sources, with plain or quoted one-line values. It builds
 * the tree, with the same positions, that a `yaml` parse converts to, in a small part of the
 * time: on a short article, `parseDocument` was a fifth of the whole analysis.
 *
 * Anything outside that subset (comments, blank lines, tabs, escapes, numbers, nulls, anchors,
 * block scalars, flow maps, multi-line values, duplicate keys) returns `undefined`, and the
 * caller parses with `yaml` as before, so its errors and its reading stay the reference.
 * test/server/analysis/simpleYaml.test.ts checks the two agree on generated front matter.
 */
import type { YamlList, YamlMap, YamlNode, YamlScalar } from './yamlTree';

/** The root node (null for an empty text), or undefined when the text needs the full parser. */
export function readSimpleYaml(text: string): YamlNode | null | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  const lines = splitLines(text);
  if (!lines) return undefined;
  if (!lines.length) return null;
  if (lines[0].indent !== 0) return undefined;
  const reader = new Reader(text, lines);
  const root = reader.map(0, 0);
  return root && reader.done() ? root : undefined;
}

// Tabs, carriage returns, control characters, byte-order marks and escapes have rules of their own.
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f\ufeff\\]/;
/** A key the core schema reads as a string, its colon, and the spaces after it. */
const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?: +|(?=\n)|$)/y;
/** Plain values the core schema reads as null, a number or infinity: left to the full parser. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
/** Characters a plain value may not start with: YAML's indicators. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its newline, or the end of the text. */
  end: number;
  /** Leading spaces. */
  indent: number;
}

/** Lines with their indents; undefined when one is blank or a comment. */
function splitLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    if (start + indent === end || text.charCodeAt(start + indent) === 35 /* # */) return undefined;
    lines.push({ start, end, indent });
    start = end + 1;
  }
  return lines;
}

class Reader {
  #text: string;
  #lines: Line[];
  #next = 0;

  constructor(text: string, lines: Line[]) {
    this.#text = text;
    this.#lines = lines;
  }

  done(): boolean {
    return this.#next === this.#lines.length;
  }

  /**
   * A block map whose keys stand at column `column` of their lines. Its first key may start
   * mid-line, after a list item's `- `, at `firstKey`.
   */
  map(column: number, firstKey: number): YamlMap | undefined {
    const map: YamlMap = { kind: 'map', entries: [], start: firstKey, end: firstKey, after: firstKey };
    const keys = new Set<string>();
    let keyStart = firstKey;
    for (;;) {
      const line = this.#lines[this.#next];
      KEY.lastIndex = keyStart;
      const match = KEY.exec(this.#text);
      if (!match) return undefined;
      const key = match[1];
      if (key.length > 1000 || keys.has(key) || TRUE.test(key) || FALSE.test(key) || NOT_A_STRING.test(key)) return undefined;
      keys.add(key);
      const valueStart = keyStart + match[0].length;
      let value: YamlNode | undefined;
      if (valueStart < line.end) {
        value = this.#inline(valueStart, line.end);
        this.#next++;
      } else {
        this.#next++;
        value = this.#nested(column, line.end);
      }
      if (!value) return undefined;
      map.entries.push({ key, keyStart, keyEnd: keyStart + key.length, value });
      map.end = map.after = value.after;
      const following = this.#lines[this.#next];
      if (!following || following.indent < column) return map;
      // Deeper lines after a one-line value would continue it over several lines.
      if (following.indent > column) return undefined;
      keyStart = following.start + column;
    }
  }

  /** What follows a key with nothing after its colon: a nested map, a list, or null. */
  #nested(column: number, lineEnd: number): YamlNode | undefined {
    const line = this.#lines[this.#next];
    if (line && line.indent >= column) {
      const at = line.start + line.indent;
      if (this.#text.startsWith('- ', at)) return this.#list(line.indent);
      if (line.indent > column) return this.map(line.indent, at);
    }
    // `key:` alone is null. The full parser places it at the line's end.
    return scalar(null, lineEnd, lineEnd, lineEnd);
  }

  /** A block list whose dashes stand at column `column`. */
  #list(column: number): YamlList | undefined {
    const first = this.#lines[this.#next].start + column;
    const list: YamlList = { kind: 'list', items: [], start: first, end: first, after: first };
    for (;;) {
      const line = this.#lines[this.#next];
      const itemStart = line.start + column + 2;
      if (this.#text.charCodeAt(itemStart) === 32) return undefined;
      KEY.lastIndex = itemStart;
      let item: YamlNode | undefined;
      if (KEY.test(this.#text)) {
        item = this.map(column + 2, itemStart);
      } else {
        item = this.#inline(itemStart, line.end);
        this.#next++;
        const following = this.#lines[this.#next];
        if (following && following.indent > column) return undefined;
      }
      if (!item) return undefined;
      list.items.push(item);
      list.end = list.after = item.after;
      const following = this.#lines[this.#next];
      if (!following || following.indent !== column || !this.#text.startsWith('- ', following.start + column)) return list;
    }
  }

  /** A value on the rest of a line: quoted, a flow list of plain words, or plain. */
  #inline(start: number, lineEnd: number): YamlNode | undefined {
    const text = this.#text;
    let end = lineEnd;
    while (text.charCodeAt(end - 1) === 32) end--;
    if (end <= start) return undefined;
    // The full parser ends a one-line node after its newline.
    const after = Math.min(lineEnd + 1, text.length);
    const first = text[start];
    if (first === '"' || first === "'") {
      if (end - start < 2 || text[end - 1] !== first || text.indexOf(first, start + 1) !== end - 1) return undefined;
      return scalar(text.slice(start + 1, end - 1), start, end, after);
    }
    if (first === '[') return flowList(text, start, end, after);
    return plain(text.slice(start, end), start, end, after);
  }
}

/** `[a, b c]`: plain items only; quotes, nesting and empty items go to the full parser. */
function flowList(text: string, start: number, end: number, after: number): YamlList | undefined {
  if (text[end - 1] !== ']') return undefined;
  const inner = text.slice(start + 1, end - 1);
  if (/[[\]{}"'#:]/.test(inner)) return undefined;
  const list: YamlList = { kind: 'list', items: [], start, end, after };
  if (inner.trim() === '') return list;
  let itemStart = start + 1;
  for (const part of inner.split(',')) {
    const value = part.trim();
    const at = itemStart + part.length - part.trimStart().length;
    // The full parser ends a flow item after the spaces that follow it, at its comma or bracket.
    const item = value && plain(value, at, at + value.length, itemStart + part.length);
    if (!item) return undefined;
    list.items.push(item);
    itemStart += part.length + 1;
  }
  return list;
}

function plain(value: string, start: number, end: number, after: number): YamlScalar | undefined {
  if (INDICATOR.test(value) || value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  if (TRUE.test(value)) return scalar(true, start, end, after);
  if (FALSE.test(value)) return scalar(false, start, end, after);
  if (NOT_A_STRING.test(value)) return undefined;
  return scalar(value, start, end, after);
}

function scalar(value: unknown, start: number, end: number, after: number): YamlScalar {
  return { kind: 'scalar', value, start, end, after };
}
