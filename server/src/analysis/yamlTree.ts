/**
 * The front matter as a small tree of plain objects: what the field reader needs from a YAML
 * document (values, keys and positions), whichever reader produced it. `yaml`'s own nodes
 * cost a property definition each; the fast reader in simpleYaml.ts builds these instead,
 * and a full parse is converted to them.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';

export type YamlNode = YamlScalar | YamlMap | YamlList | YamlOther;

interface Placed {
  /** Offsets in the YAML text: where the node starts, where its value ends, and where the full parser ends the node (after its line). */
  start: number;
  end: number;
  after: number;
}

export interface YamlScalar extends Placed {
  kind: 'scalar';
  value: unknown;
}

export interface YamlMap extends Placed {
  kind: 'map';
  entries: YamlEntry[];
}

export interface YamlEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YamlNode | null;
}

export interface YamlList extends Placed {
  kind: 'list';
  items: YamlNode[];
}

/** An alias or a flow map's oddities: present, but nothing the reader takes a value from. */
export interface YamlOther extends Placed {
  kind: 'other';
}

/** The entry's value for `key`, the first when keys repeat (as `yaml`'s `get` does). */
export function valueAt(map: YamlMap, key: string): YamlNode | null {
  for (const entry of map.entries) if (entry.key === key) return entry.value;
  return null;
}

/** The tree of a node `yaml` composed. Keys that are not scalars are left out: no field has one. */
export function treeOf(node: Node | null | undefined): YamlNode | null {
  if (!node) return null;
  const [start, end, after] = node.range ?? [0, 0, 0];
  if (isScalar(node)) return { kind: 'scalar', value: node.value, start, end, after };
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => treeOf(item as Node)).filter((item) => item !== null), start, end, after };
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      entries.push({ key: String(pair.key.value), keyStart: pair.key.range[0], keyEnd: pair.key.range[1], value: treeOf(pair.value as Node | null) });
    }
    return { kind: 'map', entries, start, end, after };
  }
  return { kind: 'other', start, end, after };
}
