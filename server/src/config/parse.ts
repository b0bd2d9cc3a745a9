/**
 * One `.copydesk.yaml` read as data and checked key by key, so a mistake is reported at its
 * line with what was expected there. YAML only: nothing in a config file is ever run.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { DatelineStyle } from '../analysis/model';
import type { LexiconAdditions, PersonEntry } from '../analysis/options';
import { allRules } from '../rules';
import type { RuleOption, SeverityOrOff } from '../rules/types';
import { ConfigError } from './configError';

export type MarkdownMode = 'auto' | 'always' | 'never';

/** A rule's entry in one file: a severity, and options when the `[severity, options]` form gives them. */
export interface RuleEntry {
  severity: SeverityOrOff;
  options?: Record<string, unknown>;
}

export interface ConfigFileData {
  file: string;
  root: boolean;
  extends: Array<{ path: string; line: number; column: number }>;
  style?: DatelineStyle;
  markdown?: MarkdownMode;
  rules: Record<string, RuleEntry>;
  lexicon: LexiconAdditions;
  files?: string[];
  ignore?: string[];
}

export const STYLES: readonly DatelineStyle[] = ['reuters', 'ap', 'plain'];
export const MARKDOWN_MODES: readonly MarkdownMode[] = ['auto', 'always', 'never'];
/** Severities as a config writes them; `info` is short for `information`. */
export const SEVERITY_WORDS: Record<string, SeverityOrOff> = {
  off: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};
export const LEXICON_KEYS = ['speechVerbs', 'anonymousPatterns', 'titles', 'organizations'] as const;
const TOP_LEVEL = ['root', 'extends', 'style', 'markdown', 'rules', ...LEXICON_KEYS, 'people', 'files', 'ignore'];
const PRONOUNS = ['he', 'she', 'they'];

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

export function parseConfigText(text: string, file: string): ConfigFileData {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const fail = (node: Node | null | undefined, problem: string, offset?: number): never => {
    throw new ConfigError(file, problem, at(offset ?? node?.range?.[0] ?? 0));
  };
  const [yamlError] = doc.errors;
  if (yamlError) throw new ConfigError(file, `invalid YAML: ${yamlError.message.split('\n')[0]}`, at(yamlError.pos[0]));

  const data: ConfigFileData = { file, root: false, extends: [], rules: {}, lexicon: {} };
  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) return data; // an empty file is a valid, empty config
  if (!isMap(contents)) return fail(contents, 'the configuration must be a mapping of keys (style:, rules:, ...)');

  for (const pair of contents.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'root':
        data.root = boolean(value, 'root');
        break;
      case 'extends':
        data.extends = strings(value, 'extends', true).map((path, i) => ({ path, ...at(itemNode(value, i)?.range?.[0] ?? pair.key.range?.[0] ?? 0) }));
        break;
      case 'style':
        data.style = oneOf(value, 'style', STYLES);
        break;
      case 'markdown':
        data.markdown = oneOf(value, 'markdown', MARKDOWN_MODES);
        break;
      case 'rules':
        data.rules = rules(value);
        break;
      case 'speechVerbs':
      case 'titles':
      case 'organizations':
        data.lexicon[key] = strings(value, key, false);
        break;
      case 'anonymousPatterns':
        data.lexicon.anonymousPatterns = strings(value, key, false);
        data.lexicon.anonymousPatterns.forEach((pattern, i) => checkPattern(pattern, itemNode(value, i)));
        break;
      case 'people':
        data.lexicon.people = people(value);
        break;
      case 'files':
      case 'ignore':
        data[key] = strings(value, key, true);
        break;
      default:
        fail(pair.key as Node, `unknown key "${key}" (expected one of: ${TOP_LEVEL.join(', ')})`);
    }
  }
  return data;

  function boolean(node: Node | null, key: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return fail(node, `"${key}" must be true or false`);
  }

  function oneOf<T extends string>(node: Node | null, key: string, values: readonly T[]): T {
    if (isScalar(node) && typeof node.value === 'string' && (values as readonly string[]).includes(node.value)) return node.value as T;
    return fail(node, `"${key}" must be one of ${values.join(', ')}${isScalar(node) ? `, not "${String(node.value)}"` : ''}`);
  }

  function strings(node: Node | null, key: string, single: boolean): string[] {
    if (single && isScalar(node) && typeof node.value === 'string') return [node.value];
    if (isSeq(node)) {
      return node.items.map((item) => {
        if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) return String(item.value);
        return fail(item as Node, `each entry of "${key}" must be a string`);
      });
    }
    return fail(node, `"${key}" must be a list of strings${single ? ' (or one string)' : ''}`);
  }

  function checkPattern(pattern: string, node: Node | undefined): void {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      fail(node, `"${pattern}" is not a valid regular expression: ${(error as Error).message}`);
    }
  }

  function people(node: Node | null): PersonEntry[] {
    if (!isSeq(node)) return fail(node, '"people" must be a list of { name, pronouns, aliases }');
    return node.items.map((item) => {
      const entry = item as Node;
      if (!isMap(entry)) return fail(entry, 'each person must be a mapping: { name: ..., pronouns: he | she | they, aliases: [...] }');
      const person: PersonEntry = { name: '' };
      for (const pair of entry.items as Pair<Node, Node | null>[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (key === 'name' && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.trim()) person.name = pair.value.value.trim();
        else if (key === 'pronouns') person.pronouns = oneOf(pair.value, 'pronouns', PRONOUNS) as PersonEntry['pronouns'];
        else if (key === 'aliases') person.aliases = strings(pair.value, 'aliases', false);
        else if (key === 'name') fail(pair.value ?? (pair.key as Node), '"name" must be a non-empty string');
        else fail(pair.key as Node, `unknown key "${key}" in a person (expected name, pronouns, aliases)`);
      }
      if (!person.name) fail(entry, 'each person needs a "name"');
      return person;
    });
  }

  function rules(node: Node | null): Record<string, RuleEntry> {
    if (!isMap(node)) return fail(node, '"rules" must map rule ids to a severity (off, info, warning, error) or [severity, { options }]');
    const entries: Record<string, RuleEntry> = {};
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const rule = rulesById.get(id);
      if (!rule) fail(pair.key as Node, `unknown rule "${id}"${suggest(id)} (run \`copydesk rules\` for the list)`);
      const value = pair.value;
      if (isSeq(value)) {
        const [severityNode, optionsNode, extra] = value.items as Node[];
        if (extra) fail(extra, `"${id}" takes [severity, { options }]: nothing after the options`);
        entries[id] = { severity: severity(severityNode ?? value, id), options: optionsNode ? ruleOptions(optionsNode, id, rule!.options ?? {}) : {} };
      } else {
        entries[id] = { severity: severity(value, id) };
      }
    }
    return entries;
  }

  function severity(node: Node | null, id: string): SeverityOrOff {
    const word = isScalar(node) ? (node.value === false ? 'off' : String(node.value)) : '';
    const found = SEVERITY_WORDS[word];
    if (found) return found;
    return fail(node, `"${id}": the severity must be off, hint, info, warning or error${word ? `, not "${word}"` : ''}`);
  }

  function ruleOptions(node: Node, id: string, schema: Record<string, RuleOption>): Record<string, unknown> {
    if (!isMap(node)) return fail(node, `"${id}": the options must be a mapping, e.g. [warning, { ${Object.keys(schema)[0] ?? 'option'}: ... }]`);
    const names = Object.keys(schema);
    const options: Record<string, unknown> = {};
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const spec = schema[name];
      if (!spec) fail(pair.key as Node, names.length ? `"${id}" has no option "${name}" (its options: ${names.join(', ')})` : `"${id}" takes no options`);
      options[name] = optionValue(pair.value, `${id}.${name}`, spec!);
    }
    return options;
  }

  function optionValue(node: Node | null, name: string, spec: RuleOption): unknown {
    const value = isScalar(node) ? node.value : undefined;
    switch (spec.type) {
      case 'boolean':
        if (typeof value === 'boolean') return value;
        return fail(node, `"${name}" must be true or false`);
      case 'number':
      case 'integer':
        if (typeof value === 'number' && (spec.type === 'number' || Number.isInteger(value)) && (spec.minimum === undefined || value >= spec.minimum)) return value;
        return fail(node, `"${name}" must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}${spec.minimum !== undefined ? ` of at least ${spec.minimum}` : ''}`);
      case 'string':
        if (typeof value === 'string' && (!spec.enum || spec.enum.includes(value))) return value;
        return fail(node, `"${name}" must be ${spec.enum ? `one of ${spec.enum.join(', ')}` : 'a string'}`);
      case 'array':
        return strings(node, name, false);
    }
  }
}

function itemNode(node: Node | null, index: number): Node | undefined {
  return isSeq(node) ? (node.items[index] as Node) : (node ?? undefined);
}

/** "did you mean" for a misspelt rule id: the id sharing the longest prefix. */
function suggest(id: string): string {
  let best = '';
  let bestScore = 0;
  for (const known of rulesById.keys()) {
    let score = 0;
    while (score < id.length && score < known.length && id[score] === known[score]) score++;
    if (score > bestScore) [best, bestScore] = [known, score];
  }
  return bestScore >= 4 ? ` (did you mean "${best}"?)` : '';
}
