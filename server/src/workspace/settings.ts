/**
 * The client's `copydesk.*` settings, read defensively: whatever arrives over the wire
 * (null, a partial object, a wrong type from a hand-edited settings file) becomes a
 * complete `Settings`, falling back to the default for each field it cannot use.
 */
import { DEFAULT_SETTINGS, type MarkdownMode, type Settings, type Severity } from '../protocol';

const STYLES = ['reuters', 'ap', 'plain'] as const;
const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];
const MARKDOWN_MODES: readonly MarkdownMode[] = ['auto', 'always', 'never'];

/** A complete `Settings` from anything a client may send. */
export function normalizeSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  return {
    style: oneOf(input.style, STYLES) ?? DEFAULT_SETTINGS.style,
    rules: normalizeRules(input.rules),
    markdown: oneOf(input.markdown, MARKDOWN_MODES) ?? DEFAULT_SETTINGS.markdown,
    factCheckMode: typeof input.factCheckMode === 'boolean' ? input.factCheckMode : DEFAULT_SETTINGS.factCheckMode,
    inlayHints: typeof input.inlayHints === 'boolean' ? input.inlayHints : DEFAULT_SETTINGS.inlayHints,
  };
}

function normalizeRules(raw: unknown): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  if (!isRecord(raw)) return rules;
  for (const [id, value] of Object.entries(raw)) {
    // `information` is what the CLI and `.copydesk.yaml` accept; settings spell it `info`.
    const severity = oneOf(value === 'information' ? 'info' : value, SEVERITIES);
    if (severity) rules[id] = severity;
  }
  return rules;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
