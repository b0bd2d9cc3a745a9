/**
 * Runs a test module inside the extension host of a real workbench, the way `extensionTestsPath`
 * works on the desktop: VS Code requires the module, awaits its `run()`, and reports the outcome
 * through `window.codeAutomationExit(code)`, which the browser page exposes back to us.
 */
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { waitFor } from './waitFor';

/** Start-up messages of the web workbench that say nothing about the tests (and the offline gallery). */
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions|\[Service Worker\]|ChatSessionStore)|ENOTFOUND open-vsx\.org/;

export interface ExtensionHostRun {
  extensionPath: string;
  testsPath: string;
  folder: string;
  timeout: number;
  /** Each line the extension host logs (mocha's reporter output among them). */
  onLog?: (line: string) => void;
}

/** Resolves with the exit code the test module reported (0 when every test passed). */
export async function runExtensionHostTests(server: CodeServer, context: BrowserContext, run: ExtensionHostRun): Promise<number> {
  const page = await context.newPage();
  let exitCode: number | undefined;
  await page.exposeFunction('codeAutomationExit', (code: number) => {
    exitCode = code;
  });
  // The workbench hands its own log and the extension host's console (mocha's reporter) to
  // this function, printf-style; the workbench's start-up chatter is dropped.
  await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
    const line = format(...args);
    if (!WORKBENCH_NOISE.test(line)) run.onLog?.(line);
  });
  try {
    await page.goto(
      server.workbenchUrl(run.folder, [
        ['extensionDevelopmentPath', server.remoteUri(run.extensionPath)],
        ['extensionTestsPath', server.remoteUri(run.testsPath)],
      ]),
    );
    return await waitFor('the extension host tests to finish', () => exitCode ?? false, {
      timeout: run.timeout,
      interval: 100,
    });
  } finally {
    await page.close();
  }
}
