/**
 * Launches Debian's Chromium through playwright-core (which downloads no browser of its own),
 * headless, in a fresh profile inside the run folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { scratchEnv } from './codeServer';

export const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

/** A browser context with a 1400×1000 viewport; close it in a `finally`. */
export async function launchBrowser(runDir: string, profile: string): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run scripts/e2e/setup-code-server.sh (or set COPYDESK_CHROMIUM)`);
  }
  const env = { ...process.env, ...scratchEnv(runDir) } as Record<string, string>;
  return chromium.launchPersistentContext(path.join(runDir, profile), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    env, // otherwise crashpad writes into the real ~/.config/chromium
    args: [
      '--no-sandbox', // running as root
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
