/** `copydesk init [folder]`: writes a commented starter `.copydesk.yaml`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DatelineStyle } from '../analysis/model';
import { oneOf, parse, UsageError } from './args';
import { INIT_HELP } from './help';
import { problemLine, type Output } from './output';
import { describeFsError } from './readArticle';
import { starterConfig } from './starterConfig';

const OPTIONS = {
  style: { type: 'string', short: 's' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function initCommand(args: string[], io: Output): number {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes at most one folder');
  const style = oneOf<DatelineStyle>(values.style, '--style', ['reuters', 'ap', 'plain'], 'reuters');
  const folder = positionals[0] ?? '.';
  const file = path.join(folder, '.copydesk.yaml');
  if (fs.existsSync(file) && !values.force) {
    io.err(problemLine(file, 'already exists; use --force to overwrite it'));
    return 2;
  }
  try {
    fs.writeFileSync(file, starterConfig(style));
  } catch (error) {
    io.err(problemLine(file, `cannot be written: ${describeFsError(error)}`));
    return 2;
  }
  io.out(`Wrote ${file}\n`);
  return 0;
}
