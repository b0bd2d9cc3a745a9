/** Binary searches over things kept in text order: offsets, and spans sorted by their start. */

/** Index of the last of `starts` (ascending) at or before `offset`; 0 when there is none. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Index of the first entry (sorted by start) starting at or after `offset`, or the entry count. */
export function firstStartingAt(entries: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
