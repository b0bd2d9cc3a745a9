/**
 * Reading a rule's options from the configuration (`rules: { id: [severity, options] }`).
 * The config loader checks them against the schema; these readers still fall back to the
 * default on anything unexpected, because the language server passes settings through too.
 */
export type RuleOptions = Record<string, unknown>;

export function stringListOption(options: RuleOptions, name: string, fallback: readonly string[]): string[] {
  const value = options[name];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : [...fallback];
}

export function numberOption(options: RuleOptions, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function booleanOption(options: RuleOptions, name: string, fallback: boolean): boolean {
  const value = options[name];
  return typeof value === 'boolean' ? value : fallback;
}

export function enumOption<T extends string>(options: RuleOptions, name: string, values: readonly T[], fallback: T): T {
  const value = options[name];
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}
