/** Command-line parsing with `node:util`'s parseArgs, turning its errors into usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake on the command line: exit code 2, with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(args: string[], options: T): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0].replace(/\.$/, ''));
  }
}

/** A whole number option, or a usage error naming the option. */
export function integer(value: string | boolean | string[] | undefined, name: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim()) || number < minimum) {
    throw new UsageError(`${name} takes a whole number of at least ${minimum}, not "${String(value)}"`);
  }
  return number;
}

export function oneOf<T extends string>(value: string | boolean | string[] | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${choices.join(', ')}, not "${String(value)}"`);
}
