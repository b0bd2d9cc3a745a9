/**
 * `copydesk extract [--format json|jsonl] FILE...`: the article model as the JSON contract in
 * analysis/extract.ts, one object per file in argument order. A file that cannot be read
 * gets a message on stderr naming it; the others are still printed; the exit code is then 2.
 */
import { toExtract } from '../analysis/extract';
import { forEachArticle, parseArticleCommand } from './analyzeFile';
import { EXTRACT_HELP } from './help';
import type { Output } from './output';

export function extractCommand(args: string[], io: Output): number {
  const command = parseArticleCommand(args, 'extract', ['json', 'jsonl'] as const);
  if (command.help) {
    io.out(EXTRACT_HELP);
    return 0;
  }
  let first = true;
  // Printed as each file is done, so a large batch streams instead of waiting for the last file.
  if (command.format === 'json') io.out('[');
  const ok = forEachArticle(command, io, (model, file) => {
    const extract = toExtract(model, file);
    if (command.format === 'jsonl') io.out(`${JSON.stringify(extract)}\n`);
    else io.out(`${first ? '\n' : ',\n'}${JSON.stringify(extract, null, 2).replace(/^/gm, '  ')}`);
    first = false;
  });
  if (command.format === 'json') io.out(first ? ']\n' : '\n]\n');
  return ok ? 0 : 2;
}
