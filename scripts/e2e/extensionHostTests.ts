/**
 * Runs a test module inside the extension host of a real workbench, the way `extensionTestsPath`
 * works on the desktop: VS Code requires the module, awaits its `run()`, and reports the outcome
 * through `window.codeAutomationExit(code)`, which the browser page exposes back to us.
 */
import type { BrowserContext } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { waitFor } from './waitFor';

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
  await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => {
    run.onLog?.(args.map(String).join(' '));
  });
  // The extension host's console is mirrored into the page's console, prefixed by VS Code.
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('[Extension Host]')) run.onLog?.(text.replace(/^.*\[Extension Host\]\s*/, ''));
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
