/** Positions found by searching the text, never written as coordinates. */
import type { Position } from 'vscode-languageserver';
import { LineIndex } from '../../../server/src/workspace/lineIndex';

/** The offset of the `occurrence`-th (1-based) `needle` in `text`, plus `delta`; throws when absent so a test cannot pass by accident. */
export function offsetOf(text: string, needle: string, occurrence = 1, delta = 0): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return at + delta;
}

export function positionOf(text: string, needle: string, occurrence = 1, delta = 0): Position {
  return new LineIndex(text).positionAt(offsetOf(text, needle, occurrence, delta));
}
