/**
 * `--shard i/n`: one of n parts of the file list, for CI matrices. The files are sorted by
 * path and dealt out in turn, so every job computes the same split and the parts differ in
 * size by at most one file.
 */

export interface Shard {
  index: number;
  count: number;
}

/** Parses `2/3`; null when it is not `i/n` with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

export function takeShard<T>(items: readonly T[], shard: Shard, key: (item: T) => string): T[] {
  const order = items.map((item, i) => ({ key: key(item), i })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const chosen = new Set(order.filter((_, position) => position % shard.count === shard.index - 1).map((entry) => entry.i));
  return items.filter((_, i) => chosen.has(i));
}
