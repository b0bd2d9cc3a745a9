/**
 * Tokenizes text with the real TextMate engine VS Code uses (vscode-textmate + the Oniguruma
 * wasm), loading Copydesk's grammars from `syntaxes/` and the Markdown, YAML and HTML grammars
 * they embed from the `tm-grammars` package.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The repository root, from `out/test/syntaxes/` where the compiled tests run. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

export const ARTICLE_SCOPE = 'text.article.copydesk';
export const INJECTION_SCOPE = 'copydesk.injection';
export const MARKDOWN_SCOPE = 'text.html.markdown';

const tmGrammar = (file: string): string => path.join(REPO_ROOT, 'node_modules/tm-grammars/grammars', file);

/**
 * Every grammar the tests can load, by scope name. Scopes not listed (the languages of fenced
 * code blocks, CSS and JavaScript inside HTML) resolve to nothing, as in an editor without them.
 */
export const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  [ARTICLE_SCOPE]: path.join(REPO_ROOT, 'syntaxes/copydesk-article.tmLanguage.json'),
  [INJECTION_SCOPE]: path.join(REPO_ROOT, 'syntaxes/copydesk-injection.tmLanguage.json'),
  [MARKDOWN_SCOPE]: tmGrammar('markdown.json'),
  'source.yaml': tmGrammar('yaml.json'),
  'text.html.derivative': tmGrammar('html-derivative.json'),
  'text.html.basic': tmGrammar('html.json'),
};

/** One token: a run of a line's text (UTF-16 columns, end exclusive) and its scopes, root first. */
export interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

export interface TokenizedText {
  text: string;
  lines: string[];
  /** `tokens[i]` are the tokens of `lines[i]`. */
  tokens: Token[][];
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

/** The wasm can be loaded only once per process, so every registry shares this library. */
export function loadOnigLib(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    await oniguruma.loadWASM(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (content: string) => new oniguruma.OnigString(content),
    };
  })();
  return onigLib;
}

let registry: textmate.Registry | undefined;

function getRegistry(): textmate.Registry {
  registry ??= new textmate.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    // As VS Code does for a grammar contributed with `injectTo: ["text.html.markdown"]`.
    getInjections: (scopeName) => (scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  return registry;
}

/** Loads a grammar by scope name, failing loudly when it cannot be found. */
export async function loadGrammar(scopeName: string): Promise<textmate.IGrammar> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`No grammar for scope ${scopeName}`);
  return grammar;
}

/** Tokenizes a whole text line by line, carrying the rule stack across lines as an editor does. */
export async function tokenizeText(text: string, scopeName: string = ARTICLE_SCOPE): Promise<TokenizedText> {
  const grammar = await loadGrammar(scopeName);
  const lines = text.split(/\r?\n/);
  const tokens: Token[][] = [];
  let state = textmate.INITIAL;
  lines.forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    tokens.push(
      result.tokens
        .map((token) => ({
          line,
          start: token.startIndex,
          end: Math.min(token.endIndex, lineText.length),
          text: lineText.slice(token.startIndex, token.endIndex),
          scopes: token.scopes,
        }))
        .filter((token) => token.end > token.start),
    );
  });
  return { text, lines, tokens };
}

/** The grammar a fixture is read with: articles by their own grammar, other Markdown with the injection. */
export function scopeForFixture(fileName: string): string {
  return fileName.endsWith('.article.md') ? ARTICLE_SCOPE : MARKDOWN_SCOPE;
}

export const FIXTURES_DIR = path.join(REPO_ROOT, 'test/syntaxes/fixtures');

export function readFixture(fileName: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, fileName), 'utf8');
}
