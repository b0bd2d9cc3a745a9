/**
 * The grammar files are what VS Code loads as they stand, with no build step, so these tests
 * check their shape: known rule keys, compilable regexes, includes that resolve, and scope names
 * that end in `.copydesk` and start with a root that themes colour.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { ARTICLE_SCOPE, GRAMMAR_FILES, INJECTION_SCOPE, loadOnigLib } from './tokenize';

type Json = Record<string, unknown>;

const RULE_KEYS = new Set([
  'comment', 'name', 'contentName', 'match', 'begin', 'end', 'while', 'captures', 'beginCaptures',
  'endCaptures', 'whileCaptures', 'patterns', 'include', 'applyEndPatternLast', 'repository', 'disabled',
]);
const REGEX_KEYS = ['match', 'begin', 'end', 'while'] as const;
const CAPTURE_KEYS = ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const;
/** The roots of the TextMate naming conventions, the ones themes target. */
const STANDARD_ROOTS = new Set([
  'comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'storage', 'string', 'support', 'variable',
]);

const readJson = (file: string): Json => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every rule of a grammar with a path for messages: patterns, repository entries, captures and injections. */
function collectRules(grammar: Json): Array<{ where: string; rule: Json }> {
  const rules: Array<{ where: string; rule: Json }> = [];
  const visit = (rule: unknown, where: string): void => {
    assert.ok(isObject(rule), `${where} is not an object`);
    rules.push({ where, rule });
    if (rule['patterns'] !== undefined) {
      assert.ok(Array.isArray(rule['patterns']), `${where}.patterns is not an array`);
      rule['patterns'].forEach((child, index) => visit(child, `${where}.patterns[${index}]`));
    }
    for (const key of CAPTURE_KEYS) {
      const captures = rule[key];
      if (captures === undefined) continue;
      assert.ok(isObject(captures), `${where}.${key} is not an object`);
      for (const [group, capture] of Object.entries(captures)) {
        assert.match(group, /^\d+$/, `${where}.${key} has a non-numeric group ${group}`);
        visit(capture, `${where}.${key}[${group}]`);
      }
    }
  };
  (grammar['patterns'] as unknown[] | undefined)?.forEach((rule, index) => visit(rule, `patterns[${index}]`));
  for (const [key, rule] of Object.entries((grammar['repository'] as Json | undefined) ?? {})) visit(rule, `repository.${key}`);
  for (const [selector, rule] of Object.entries((grammar['injections'] as Json | undefined) ?? {})) visit(rule, `injections[${selector}]`);
  return rules;
}

const ours = {
  [ARTICLE_SCOPE]: readJson(GRAMMAR_FILES[ARTICLE_SCOPE]!),
  [INJECTION_SCOPE]: readJson(GRAMMAR_FILES[INJECTION_SCOPE]!),
};

describe('grammar files', () => {
  before(() => loadOnigLib());

  for (const [scopeName, grammar] of Object.entries(ours)) {
    describe(scopeName, () => {
      const rules = collectRules(grammar);

      it('declares its scope name and top-level patterns', () => {
        assert.equal(grammar['scopeName'], scopeName);
        assert.ok(Array.isArray(grammar['patterns']) && grammar['patterns'].length > 0);
      });

      it('uses only rule keys VS Code knows, in valid combinations', () => {
        for (const { where, rule } of rules) {
          for (const key of Object.keys(rule)) assert.ok(RULE_KEYS.has(key), `${where} has an unknown key "${key}"`);
          if (rule['begin'] !== undefined) {
            assert.ok((rule['end'] === undefined) !== (rule['while'] === undefined), `${where} needs exactly one of end/while`);
            assert.equal(rule['match'], undefined, `${where} has both begin and match`);
          } else {
            for (const key of ['end', 'while', 'beginCaptures', 'endCaptures', 'whileCaptures', 'contentName']) {
              assert.equal(rule[key], undefined, `${where} has ${key} without begin`);
            }
          }
        }
      });

      it('has regexes that Oniguruma compiles', () => {
        for (const { where, rule } of rules) {
          for (const key of REGEX_KEYS) {
            const source = rule[key];
            if (source === undefined) continue;
            assert.equal(typeof source, 'string', `${where}.${key} is not a string`);
            assert.doesNotThrow(() => new oniguruma.OnigScanner([source as string]).dispose(), `${where}.${key} does not compile`);
          }
        }
      });

      it('includes only rules that exist', () => {
        for (const { where, rule } of rules) {
          const include = rule['include'];
          if (include === undefined) continue;
          assert.equal(typeof include, 'string', `${where}.include is not a string`);
          const [target, key] = (include as string).startsWith('#') ? [scopeName, (include as string).slice(1)] : (include as string).split('#');
          assert.ok(target && GRAMMAR_FILES[target], `${where} includes ${include}, a grammar the extension does not get`);
          if (key === undefined || key === '$self' || key === '$base') continue;
          const repository = (target in ours ? ours[target as keyof typeof ours] : readJson(GRAMMAR_FILES[target]!))['repository'] as Json | undefined;
          assert.ok(repository && isObject(repository[key]), `${where} includes ${include}, which does not exist`);
        }
      });

      it('names scopes with standard roots and the .copydesk suffix', () => {
        for (const { where, rule } of rules) {
          for (const key of ['name', 'contentName']) {
            const value = rule[key];
            if (value === undefined) continue;
            for (const scope of String(value).split(' ')) {
              assert.ok(STANDARD_ROOTS.has(scope.split('.')[0]!), `${where}.${key}: ${scope} has no standard root`);
              assert.ok(scope.endsWith('.copydesk'), `${where}.${key}: ${scope} does not end in .copydesk`);
            }
          }
        }
      });
    });
  }

  it('injects into Markdown paragraphs but not into code, comments or front matter', () => {
    const selector = String(ours[INJECTION_SCOPE]['injectionSelector']);
    assert.match(selector, /^L:text\.html\.markdown /);
    for (const excluded of ['markup.fenced_code', 'markup.inline.raw', 'comment', 'meta.embedded']) {
      assert.ok(selector.includes(excluded), `the injection selector should exclude ${excluded}`);
    }
  });
});
