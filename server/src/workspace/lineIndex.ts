/**
 * Offsets ↔ LSP positions for one fixed text.
 *
 * The analysis speaks in offsets; the protocol in lines and UTF-16 characters. A
 * `TextDocument` cannot do the conversion for an analysis because the store updates
 * documents in place, so each analysis carries its own index of the text it was made from.
 */
import type { Position, Range } from 'vscode-languageserver';
import { lineAt, lineStarts } from '../analysis/lines';
import type { Span } from '../analysis/model';

export class LineIndex {
  readonly text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Offsets where each line starts; a line ends at `\n`, `\r\n` or `\r`, as the LSP says. */
  get lineStarts(): readonly number[] {
    if (!this.#starts) this.#starts = lineStarts(this.text);
    return this.#starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line holding `offset` (0-based). */
  lineAt(offset: number): number {
    return lineAt(this.lineStarts, offset);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** The offset of a position; a character past the line's end stops at the line's end. */
  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Where the line's text ends, before its line break. */
  lineEnd(line: number): number {
    const starts = this.lineStarts;
    let end = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    while (end > starts[line] && isLineBreak(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
