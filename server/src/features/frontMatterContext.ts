/**
 * Where a cursor stands in the front matter YAML, read from the lines above it (the YAML
 * is usually half-typed and does not parse, so no parser is asked): typing a key under
 * some parent key, or a value of some key.
 */

export type FrontMatterContext =
  | { kind: 'key'; parent: string | null; prefix: string }
  | { kind: 'value'; key: string; parent: string | null; prefix: string }
  | { kind: 'listItem'; parent: string | null; prefix: string };

interface LineShape {
  /** Where the key starts (after the indentation and a `- ` mark). */
  keyColumn: number;
  key: string | null;
  /** The text after `key:`. */
  value: string;
}

/** The context at `offset`, for a cursor inside the YAML text `yaml` (offset relative to it). */
export function frontMatterContext(yaml: string, offset: number): FrontMatterContext | undefined {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const before = yaml.slice(lineStart, offset);
  if (before.includes('#')) return undefined;
  const lines = yaml.slice(0, lineStart).split(/\r?\n/);
  lines.pop(); // the empty remainder after the last newline
  const keyPrefix = /^(\s*)(-\s+)?([\w.-]*)$/.exec(before);
  if (keyPrefix) {
    const keyColumn = keyPrefix[1].length + (keyPrefix[2]?.length ?? 0);
    const parent = parentKey(lines, keyColumn, keyPrefix[2] !== undefined);
    if (parent === undefined) return undefined;
    // `- ` under a key holding a list of plain values (`disable:`) is a list item, not a key.
    if (keyPrefix[2] !== undefined && parent !== null && SCALAR_LISTS.has(parent)) {
      return { kind: 'listItem', parent, prefix: keyPrefix[3] };
    }
    return { kind: 'key', parent, prefix: keyPrefix[3] };
  }
  const valuePrefix = /^(\s*)(-\s+)?([\w.-]+):[ \t]*["']?([^"'#]*)$/.exec(before);
  if (valuePrefix) {
    const keyColumn = valuePrefix[1].length + (valuePrefix[2]?.length ?? 0);
    const parent = parentKey(lines, keyColumn, valuePrefix[2] !== undefined);
    if (parent === undefined) return undefined;
    return { kind: 'value', key: valuePrefix[3], parent, prefix: valuePrefix[4] };
  }
  return undefined;
}

/** Keys whose value is a list of plain values rather than of mappings. */
const SCALAR_LISTS = new Set(['disable', 'byline', 'aliases']);

/** The nearest key above that the cursor's line sits under: null at the top level, undefined inside a multi-line value. */
function parentKey(lines: string[], keyColumn: number, startsItem: boolean): string | null | undefined {
  // A new `- ` item sits under the list's key, which may be at the same column as the dash.
  const column = startsItem ? keyColumn - 2 : keyColumn;
  for (let i = lines.length - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i]);
    if (!shape) continue;
    const ownsList = shape.key !== null && shape.value.trim() === '' && shape.keyColumn <= column;
    if (shape.keyColumn < keyColumn && (shape.keyColumn < column || ownsList)) return shape.value.trim() === '' ? shape.key : undefined;
    if (shape.keyColumn === 0 && keyColumn === 0) return null;
  }
  return null;
}

function shapeOf(line: string): LineShape | undefined {
  if (/^\s*(#.*)?$/.test(line)) return undefined;
  const match = /^(\s*)(-\s+)?(?:([\w.-]+)\s*:(?:\s|$))?(.*)$/.exec(line);
  if (!match) return undefined;
  return { keyColumn: match[1].length + (match[2]?.length ?? 0), key: match[3] ?? null, value: match[4] };
}
