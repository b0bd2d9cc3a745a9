/** Line numbers for offsets: suppression comments, `--changed-since` and LSP positions work by line. */
import { lastAtOrBefore } from './search';

/** Offsets where each line starts; a line ends at `\n`, `\r\n` or `\r`, as the LSP says. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, by `indexOf`: several times faster than reading every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 13 || code === 10) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line holding `offset`. */
export function lineAt(starts: readonly number[], offset: number): number {
  return lastAtOrBefore(starts, offset);
}
