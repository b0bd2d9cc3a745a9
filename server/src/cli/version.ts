/** The version of Copydesk, from the package.json above wherever this code runs (dist/ or out/). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function copydeskVersion(): string {
  let directory = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(directory, 'package.json');
    try {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'copydesk' && data.version) return data.version;
    } catch {
      // keep looking upwards
    }
    directory = path.dirname(directory);
  }
  return '0.0.0';
}
