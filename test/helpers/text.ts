/** Positions found by searching the text, never written down as numbers. */
import type { Span } from '../../server/src/analysis/model';

/**
 * The offset of the `occurrence`-th (1-based) `needle` in `text`. Throws when the needle
 * occurs fewer times, so a test that searches for the wrong thing fails instead of passing.
 */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} time(s) in the text`);
  }
  return at;
}

/** The text a span covers, or null for no span: what a user sees highlighted. */
export function slice(text: string, span: Span | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null;
}
