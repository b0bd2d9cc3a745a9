/**
 * Resolves the configuration of each document, once, until something changes.
 *
 * Settings are per resource (a multi-root workspace may give each folder its own), so they
 * are pulled with the document's `scopeUri` and cached by URI, never kept as one global.
 * Clients that cannot answer `workspace/configuration` push their settings instead
 * (`didChangeConfiguration`, or `initializationOptions.settings`).
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { mergeConfig, NO_FILE_CONFIG, type ArticleConfig, type FileConfig } from './articleConfig';
import { normalizeSettings } from './settings';
import { filePathOf } from './uris';

/** Where `.copydesk.yaml` comes from (the CLI's own loader, in the server). */
export interface FileConfigSource {
  /** The configuration in force for a file; throws a message naming the file when it is invalid. */
  read(file: string): FileConfig;
  /** Whether the configuration's `ignore` globs leave the file out. */
  isIgnored(file: string): boolean;
  /** Forget what was read: a configuration file changed. */
  reset(): void;
}

export class ConfigurationResolver {
  #connection: Connection;
  #files: FileConfigSource;
  #pullSettings: boolean;
  #pushedSettings: Settings = DEFAULT_SETTINGS;
  #cache = new Map<string, Promise<ArticleConfig>>();
  #generation = 0;
  #reportedErrors = new Set<string>();

  constructor(connection: Connection, files: FileConfigSource, pullSettings: boolean) {
    this.#connection = connection;
    this.#files = files;
    this.#pullSettings = pullSettings;
  }

  /** Bumped on every change; analyses made under an older generation are stale. */
  get generation(): number {
    return this.#generation;
  }

  /** The configuration of a document; documents in one folder share it (and one settings request). */
  forDocument(uri: string): Promise<ArticleConfig> {
    const key = folderOf(uri);
    let config = this.#cache.get(key);
    if (!config) {
      config = this.#resolve(uri);
      this.#cache.set(key, config);
    }
    return config;
  }

  /** Settings pushed by a client that does not support `workspace/configuration`. */
  setPushedSettings(raw: unknown): void {
    this.#pushedSettings = normalizeSettings(raw);
  }

  /** Forget everything: settings or a `.copydesk.yaml` changed. */
  invalidate(): void {
    this.#files.reset();
    this.#cache.clear();
    this.#reportedErrors.clear();
    this.#generation++;
  }

  /** Whether `.copydesk.yaml` leaves this document out, as `copydesk lint` would. */
  isIgnored(uri: string): boolean {
    const path = filePathOf(uri);
    return path !== null && this.#files.isIgnored(path);
  }

  async #resolve(uri: string): Promise<ArticleConfig> {
    const [settings, file] = await Promise.all([this.#settings(uri), Promise.resolve(this.#fileConfig(uri))]);
    return mergeConfig(file, settings);
  }

  async #settings(uri: string): Promise<Settings> {
    if (!this.#pullSettings) return this.#pushedSettings;
    try {
      return normalizeSettings(await this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }));
    } catch (error) {
      this.#connection.console.warn(`Could not read the copydesk settings: ${messageOf(error)}; using the defaults.`);
      return DEFAULT_SETTINGS;
    }
  }

  #fileConfig(uri: string): FileConfig {
    const path = filePathOf(uri);
    if (!path) return NO_FILE_CONFIG;
    try {
      return this.#files.read(path);
    } catch (error) {
      this.#report(messageOf(error));
      return NO_FILE_CONFIG;
    }
  }

  /** An invalid `.copydesk.yaml` is told once per change, not on every keystroke. */
  #report(message: string): void {
    if (this.#reportedErrors.has(message)) return;
    this.#reportedErrors.add(message);
    this.#connection.console.error(message);
    void this.#connection.window.showErrorMessage(`Copydesk: ${message} (using the default configuration)`);
  }
}

/** Settings and `.copydesk.yaml` apply by folder, so a file's folder is its cache key. */
function folderOf(uri: string): string {
  return uri.startsWith('file:') ? uri.slice(0, uri.lastIndexOf('/') + 1) : uri;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
