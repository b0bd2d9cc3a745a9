/**
 * Notices edits to `.copydesk.yaml` (or `.yml`, `.json`) for clients that cannot watch files for the server
 * (Neovim 0.7, Helix): watches the folders that hold the config files in use, and the
 * workspace folders, where a new one would most likely appear.
 */
import { watch, type FSWatcher } from 'node:fs';
import { isConfigFile } from './projectConfig';

export class ConfigWatcher {
  #watchers = new Map<string, FSWatcher>();
  #onChange: () => void;
  #timer: NodeJS.Timeout | undefined;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /** Watch the folder of a config file in use, or a workspace folder. */
  watchFolder(folder: string): void {
    if (this.#watchers.has(folder)) return;
    try {
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name === null || isConfigFile(String(name))) this.#changed();
      });
      watcher.on('error', () => this.#unwatch(folder));
      this.#watchers.set(folder, watcher);
    } catch {
      // The folder is gone or cannot be watched; edits there will be noticed on restart.
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const folder of [...this.#watchers.keys()]) this.#unwatch(folder);
  }

  /** Editors save in bursts (write, rename, chmod): one re-check per burst. */
  #changed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#onChange, 100);
  }

  #unwatch(folder: string): void {
    this.#watchers.get(folder)?.close();
    this.#watchers.delete(folder);
  }
}
