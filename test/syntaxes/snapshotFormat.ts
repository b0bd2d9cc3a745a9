/**
 * A readable text form of a tokenized document, for snapshot files: each source line (`>`)
 * followed by one row per token, carets under the token's columns and then its scopes.
 */
import type { TokenizedText } from './tokenize';

/** Renders the tokens of every line; the root scope is named once in the header, not on every row. */
export function formatSnapshot(doc: TokenizedText, scopeName: string, source: string): string {
  const out = [
    `# ${source} tokenized as ${scopeName}`,
    '# ">" is a source line; each "#" row under it is one token: carets under its columns, then its scopes.',
  ];
  doc.lines.forEach((line, index) => {
    out.push(`>${line}`);
    for (const token of doc.tokens[index]!) {
      const scopes = token.scopes[0] === scopeName ? token.scopes.slice(1) : token.scopes;
      out.push(`#${' '.repeat(token.start)}${'^'.repeat(token.end - token.start)} ${scopes.join(' ') || '(root only)'}`);
    }
  });
  return out.join('\n') + '\n';
}

/**
 * A compact line diff of two snapshots ("-" expected, "+" actual), each change shown with the
 * source line (">") it belongs to, so a failure reads as "this construct now tokenizes so".
 */
export function diffSnapshots(expected: string, actual: string, maxRows = 80): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  // Longest common subsequence table, from the end; snapshots are a few hundred rows.
  const common: number[][] = Array.from({ length: want.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
  for (let i = want.length - 1; i >= 0; i--) {
    for (let j = got.length - 1; j >= 0; j--) {
      common[i]![j] = want[i] === got[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const rows: string[] = [];
  let source = '';
  let shownSource = '';
  const emit = (row: string): void => {
    if (source !== shownSource) {
      rows.push(`  ${source}`);
      shownSource = source;
    }
    rows.push(row);
  };
  let i = 0;
  let j = 0;
  while (i < want.length || j < got.length) {
    if (i < want.length && j < got.length && want[i] === got[j]) {
      if (got[j]!.startsWith('>')) source = got[j]!;
      i++;
      j++;
    } else if (j < got.length && (i === want.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      emit(`+ ${got[j]}`);
      if (got[j]!.startsWith('>')) source = got[j]!;
      j++;
    } else {
      emit(`- ${want[i]}`);
      i++;
    }
  }
  const more = rows.length > maxRows ? [`  ... ${rows.length - maxRows} more rows`] : [];
  return [...rows.slice(0, maxRows), ...more].join('\n');
}
