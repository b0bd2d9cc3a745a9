/**
 * The `copydesk.*` settings, read through VS Code and turned into the `Settings` object the
 * server asks for with `workspace/configuration`. Values are normalised here, at the edge: a
 * hand-edited settings.json with a typo falls back to the default package.json declares
 * (the one place defaults live) instead of reaching the server.
 */
import * as vscode from 'vscode';
import type { MarkdownMode, Settings, Severity } from '../../server/src/protocol';

export const SECTION = 'copydesk';

const STYLES = ['reuters', 'ap', 'plain'] as const;
const MARKDOWN_MODES: readonly MarkdownMode[] = ['auto', 'always', 'never'];
const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Reads the settings that apply to `scope` (a document or folder), or the window's. */
export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const read = (key: string): { value: unknown; fallback: unknown } => ({
    value: config.get(key),
    fallback: config.inspect(key)?.defaultValue,
  });
  return normalizeSettings({
    style: read('style'),
    rules: read('rules'),
    markdown: read('markdown'),
    factCheckMode: read('factCheckMode'),
    inlayHints: read('inlayHints'),
  });
}

/** A setting's value as found, and the default to use when the value is not valid. */
export interface RawSetting {
  value: unknown;
  fallback: unknown;
}

export type RawSettings = Record<'style' | 'rules' | 'markdown' | 'factCheckMode' | 'inlayHints', RawSetting>;

function oneOf<T>(allowed: readonly T[], { value, fallback }: RawSetting, last: T): T {
  return allowed.find((a) => a === value) ?? allowed.find((a) => a === fallback) ?? last;
}

function flag({ value, fallback }: RawSetting, last: boolean): boolean {
  if (typeof value === 'boolean') return value;
  return typeof fallback === 'boolean' ? fallback : last;
}

/** Turns raw values into `Settings`; `auto` style means "not set here" (null for the server). */
export function normalizeSettings(raw: RawSettings): Settings {
  const rules: Record<string, Severity> = {};
  if (raw.rules.value && typeof raw.rules.value === 'object') {
    for (const [rule, severity] of Object.entries(raw.rules.value)) {
      const known = SEVERITIES.find((s) => s === severity);
      if (known) rules[rule] = known;
    }
  }
  return {
    style: STYLES.find((s) => s === raw.style.value) ?? null,
    rules,
    markdown: oneOf(MARKDOWN_MODES, raw.markdown, 'auto'),
    factCheckMode: flag(raw.factCheckMode, false),
    inlayHints: flag(raw.inlayHints, true),
  };
}

/** The Markdown mode for a document, which decides whether the server is needed at all. */
export function markdownMode(scope?: vscode.Uri): MarkdownMode {
  return readSettings(scope).markdown;
}
