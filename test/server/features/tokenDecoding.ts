/** Reads encoded semantic tokens back into text, type and modifiers, as a client would. */
import { legend } from '../../../server/src/features/semanticTokens';
import { LineIndex } from '../../../server/src/workspace/lineIndex';

export interface DecodedToken {
  line: number;
  text: string;
  type: string;
  modifiers: string[];
}

export function decodeTokens(data: readonly number[], text: string): DecodedToken[] {
  const lines = new LineIndex(text);
  const rows: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = lines.offsetAt({ line, character });
    rows.push({
      line,
      text: text.slice(start, start + data[i + 2]),
      type: legend.tokenTypes[data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
    });
  }
  return rows;
}
