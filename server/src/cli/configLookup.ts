/** The configuration each file gets in one CLI run: found by walking up, or the one `--config` names. */
import { ConfigError, ConfigLoader, type ProjectConfig } from '../config';
import type { ConfigLookup } from './lintFile';

/** A lookup that reads each configuration once; `configFile` (from `--config`) replaces the walk. */
export function configLookup(configFile: string | null): ConfigLookup {
  const loader = new ConfigLoader();
  let fixed: ProjectConfig | ConfigError | undefined;
  return (file) => {
    try {
      if (configFile) return (fixed ??= loader.fromFile(configFile));
      return loader.forFile(file);
    } catch (error) {
      if (error instanceof ConfigError) {
        if (configFile) fixed = error;
        return error;
      }
      throw error;
    }
  };
}
