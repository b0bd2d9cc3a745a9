/**
 * Finding text in a tokenized document and asserting the scopes it was given. Positions are
 * always found by searching the text, so fixtures can change without the tests going stale.
 */
import * as assert from 'node:assert/strict';
import type { Token, TokenizedText } from './tokenize';

/** Where to look for a needle: after some anchor text, and which occurrence from there. */
export interface Find {
  after?: string;
  occurrence?: number;
}

/** The offset of `needle` in `text`, searching from the end of `after` when given. */
export function offsetOf(text: string, needle: string, find: Find = {}): number {
  let from = 0;
  if (find.after !== undefined) {
    const anchor = text.indexOf(find.after);
    if (anchor < 0) throw new Error(`Anchor text not found: ${JSON.stringify(find.after)}`);
    from = anchor + find.after.length;
  }
  let offset = -1;
  for (let seen = 0; seen <= (find.occurrence ?? 0); seen++) {
    offset = text.indexOf(needle, offset < 0 ? from : offset + 1);
    if (offset < 0) throw new Error(`Text not found: ${JSON.stringify(needle)}${find.after ? ` after ${JSON.stringify(find.after)}` : ''}`);
  }
  return offset;
}

/** The tokens that overlap the found needle; the needle must not span lines. */
export function tokensOf(doc: TokenizedText, needle: string, find: Find = {}): Token[] {
  const offset = offsetOf(doc.text, needle, find);
  const before = doc.text.slice(0, offset);
  const line = before.split(/\r?\n/).length - 1;
  const start = offset - (before.lastIndexOf('\n') + 1);
  const end = start + needle.length;
  if (end > doc.lines[line]!.length) throw new Error(`${JSON.stringify(needle)} runs past the end of its line`);
  return doc.tokens[line]!.filter((token) => token.start < end && token.end > start);
}

/** True when `scope` is `selector` or one of its children (`string.quoted` covers `string.quoted.double`). */
export function scopeMatches(scope: string, selector: string): boolean {
  return scope === selector || scope.startsWith(selector + '.');
}

function describe(tokens: Token[]): string {
  return tokens.map((token) => `${JSON.stringify(token.text)}: ${token.scopes.join(' ')}`).join('\n  ');
}

/** Every character of the needle carries a scope matching `selector`. */
export function assertScope(doc: TokenizedText, needle: string, selector: string, find: Find = {}): void {
  const tokens = tokensOf(doc, needle, find);
  const missing = tokens.filter((token) => !token.scopes.some((scope) => scopeMatches(scope, selector)));
  assert.ok(
    tokens.length > 0 && missing.length === 0,
    `Expected ${JSON.stringify(needle)} to be scoped ${selector}, got:\n  ${describe(tokens)}`,
  );
}

/** No character of the needle carries a scope matching `selector`. */
export function assertNoScope(doc: TokenizedText, needle: string, selector: string, find: Find = {}): void {
  const tokens = tokensOf(doc, needle, find);
  const wrong = tokens.filter((token) => token.scopes.some((scope) => scopeMatches(scope, selector)));
  assert.ok(wrong.length === 0, `Expected ${JSON.stringify(needle)} not to be scoped ${selector}, got:\n  ${describe(tokens)}`);
}

/** The needle is exactly one token (nothing more, nothing less) and it carries `selector`. */
export function assertToken(doc: TokenizedText, needle: string, selector: string, find: Find = {}): void {
  const tokens = tokensOf(doc, needle, find);
  assert.ok(
    tokens.length === 1 && tokens[0]!.text === needle && tokens[0]!.scopes.some((scope) => scopeMatches(scope, selector)),
    `Expected ${JSON.stringify(needle)} to be a single ${selector} token, got:\n  ${describe(tokens)}`,
  );
}
