/**
 * The `copydesk.*` settings, read through VS Code and turned into the `Settings` object the
 * server asks for with `workspace/configuration`. Values are normalised here, at the edge, so
 * a hand-edited settings.json with a typo falls back to a default instead of reaching the server.
 */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type MarkdownMode, type Settings, type Severity } from '../../server/src/protocol';

export const SECTION = 'copydesk';

const STYLES = ['reuters', 'ap', 'plain'] as const;
const MARKDOWN_MODES: readonly MarkdownMode[] = ['auto', 'always', 'never'];
const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Reads the settings that apply to `scope` (a document or folder), or the window's. */
export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  return normalizeSettings({
    style: config.get('style'),
    rules: config.get('rules'),
    markdown: config.get('markdown'),
    factCheckMode: config.get('factCheckMode'),
    inlayHints: config.get('inlayHints'),
  });
}

/** Raw values as they come out of settings.json, each possibly missing or mistyped. */
export interface RawSettings {
  style?: unknown;
  rules?: unknown;
  markdown?: unknown;
  factCheckMode?: unknown;
  inlayHints?: unknown;
}

/** Turns raw values into `Settings`; `auto` style means "not set here" (null for the server). */
export function normalizeSettings(raw: RawSettings): Settings {
  const style = STYLES.find((s) => s === raw.style) ?? null;
  const markdown = MARKDOWN_MODES.find((m) => m === raw.markdown) ?? DEFAULT_SETTINGS.markdown;
  const rules: Record<string, Severity> = {};
  if (raw.rules && typeof raw.rules === 'object') {
    for (const [rule, severity] of Object.entries(raw.rules)) {
      const known = SEVERITIES.find((s) => s === severity);
      if (known) rules[rule] = known;
    }
  }
  return {
    style,
    rules,
    markdown,
    factCheckMode: typeof raw.factCheckMode === 'boolean' ? raw.factCheckMode : DEFAULT_SETTINGS.factCheckMode,
    inlayHints: typeof raw.inlayHints === 'boolean' ? raw.inlayHints : DEFAULT_SETTINGS.inlayHints,
  };
}

/** The Markdown mode for a document, which decides whether the server is needed at all. */
export function markdownMode(scope?: vscode.Uri): MarkdownMode {
  return readSettings(scope).markdown;
}
