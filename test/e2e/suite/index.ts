/**
 * The extension-host suite's entry point: VS Code requires this module (extensionTestsPath)
 * inside the extension host and awaits `run()`. Mocha runs every `*.e2e.js` beside it. The
 * tally (and the measured activation time) goes to $COPYDESK_E2E_RESULTS for the runner.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { measurements } from './helpers';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.COPYDESK_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.e2e.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      const results = process.env.COPYDESK_E2E_RESULTS;
      if (results) {
        const tally = {
          passed: stats?.passes ?? 0,
          failed: stats?.failures ?? failures,
          skipped: stats?.pending ?? 0,
          ...measurements,
        };
        fs.writeFileSync(results, JSON.stringify(tally, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
  });
}
