/** `copydesk rules`: every rule with its severity here, whether `--fix` can fix it, and its docs. */
import { createColors } from 'picocolors';
import { ConfigError, ConfigLoader } from '../config';
import { allRules } from '../rules';
import { ruleDocsUrl } from '../rules/docs';
import { oneOf, parse } from './args';
import { RULES_HELP } from './help';
import { useColor, type Output } from './output';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WORDS = { error: 'error', warning: 'warning', information: 'info', hint: 'hint', off: 'off' } as const;

export function rulesCommand(args: string[], io: Output): number {
  const { values } = parse(args, OPTIONS);
  if (values.help) {
    io.out(RULES_HELP);
    return 0;
  }
  const format = oneOf(values.format, '--format', ['text', 'json'] as const, 'text');
  let configured: Record<string, { severity: keyof typeof WORDS }> = {};
  try {
    configured = new ConfigLoader().forDirectory(process.cwd()).rules;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`copydesk: ${error.message} (showing the defaults)\n`);
  }
  const rows = allRules.map((rule) => ({
    id: rule.id,
    severity: configured[rule.id]?.severity ?? rule.defaultSeverity,
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    description: rule.description,
    docs: ruleDocsUrl(rule.id),
    options: rule.options ?? {},
  }));
  if (format === 'json') {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const c = createColors(useColor(io, undefined));
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  for (const row of rows) {
    const severity = WORDS[row.severity].padEnd(7);
    const changed = row.severity !== row.defaultSeverity ? c.dim(` (default ${WORDS[row.defaultSeverity]})`) : '';
    io.out(`${row.id.padEnd(idWidth)}  ${severity}  ${row.fixable ? 'fixable' : '       '}  ${row.description}${changed}\n`);
    io.out(`${' '.repeat(idWidth + 2)}${c.dim(row.docs)}\n`);
  }
  return 0;
}
