/**
 * The end-to-end run: the extension, loaded from this repository as a development extension,
 * in code-server's real VS Code, driven by Debian's Chromium.
 *
 *   1. the extension-host suite (VS Code API tests under mocha, out/test/e2e/suite/index.js);
 *   2. the UI tests (out/test/e2e/ui/*.js), which click, hover and take the README screenshots.
 *
 * Prints `e2e: N passed, N failed` and exits non-zero when anything failed.
 * Usage: node out/scripts/e2e/run.js [--only api|ui] [--keep] [--screenshots DIR]
 *        [--extension DIR] [--tests FILE] [--ui FILE] [--workspace DIR]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { CodeServer } from './codeServer';
import { runExtensionHostTests } from './extensionHostTests';
import { stageExtension } from './stageExtension';
import type { UiTest } from './uiTest';
import { waitFor } from './waitFor';

const root = path.resolve(__dirname, '..', '..', '..');

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    extension: { type: 'string', default: root },
    tests: { type: 'string', default: path.join(root, 'out/test/e2e/suite/index.js') },
    ui: { type: 'string', multiple: true, default: [path.join(root, 'out/test/e2e/ui/smoke.js')] },
    workspace: { type: 'string', default: path.join(root, 'test/e2e/workspace') },
    // The README's images live in media/screenshots; refresh them deliberately with
    // `npm run test:e2e -- --screenshots media/screenshots`, not on every run.
    screenshots: { type: 'string', default: path.join(root, 'out/e2e-screenshots') },
  },
});

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function elapsed(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

/**
 * Picks a colour theme through the command palette, as a user would, and waits until the
 * workbench carries it (`vs` is the light base theme, `vs-dark` the dark one).
 */
async function pickColorTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().click({ timeout: 10_000 });
  const want = /light/i.test(theme) ? 'vs' : 'vs-dark';
  await waitFor(`the ${theme} theme`, async () => {
    const classes = await page.locator('.monaco-workbench').first().getAttribute('class');
    return classes?.split(/\s+/).includes(want);
  });
}

/** Waits until the workbench has applied a colour theme (its root then carries the theme's class). */
async function waitForTheme(page: Page): Promise<void> {
  await waitFor('the colour theme', async () => {
    const classes = await page.locator('.monaco-workbench').first().getAttribute('class', { timeout: 30_000 });
    return classes?.includes('vscode-theme-');
  }, { timeout: 30_000 });
}

/** Runs a command through the command palette (F1), clicking the entry whose title starts with `title`. */
async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  // Click the exact entry: Enter would take whatever is highlighted (e.g. "Browse Color Themes…").
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${escaped}`) }).first().click({ timeout: 10_000 });
}

function checkInputs(): void {
  const extension = path.resolve(args.extension);
  const manifest = path.join(extension, 'package.json');
  const main = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { main?: string }).main : undefined;
  if (!main) throw new Error(`${manifest}: no extension manifest with a "main" entry`);
  const needed = [path.join(extension, main), args.workspace];
  if (args.only !== 'ui') needed.push(args.tests);
  if (args.only !== 'api') needed.push(...args.ui);
  for (const file of needed) {
    if (!fs.existsSync(file) && !fs.existsSync(`${file}.js`)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

/** Copies the fixture workspace so tests may edit files without touching the repository. */
function copyWorkspace(runDir: string, name: string): string {
  const folder = path.join(runDir, name);
  fs.cpSync(args.workspace, folder, { recursive: true });
  return folder;
}

/** Reads the tally the suite wrote (see test/e2e/suite/index.ts); falls back on the exit code. */
function readTally(file: string, exitCode: number): Tally {
  try {
    const tally = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Tally> & { activationMs?: number };
    const ms = (key: string): string => (typeof (tally as Record<string, unknown>)[key] === 'number' ? `${((tally as Record<string, number>)[key]).toFixed(1)} ms` : 'n/a');
    if (typeof tally.activationMs === 'number') {
      log(`activation: ${ms('activationMs')} (code loading ${ms('codeLoadingMs')}, median ${ms('codeLoadingMedianMs')}; activate() ${ms('activateMs')})`);
    }
    return { passed: tally.passed ?? 0, failed: tally.failed ?? 0, skipped: tally.skipped ?? 0 };
  } catch {
    return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  }
}

async function main(): Promise<number> {
  checkInputs();
  const start = Date.now();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const resultsFile = path.join(runDir, 'results.json');
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const installDir = process.env.COPYDESK_CODE_SERVER_DIR ?? path.join(root, '.cache', 'code-server');
  const extension = stageExtension(path.resolve(args.extension), path.join(runDir, 'extension'));
  const server = await CodeServer.start({
    installDir,
    runDir,
    env: { COPYDESK_E2E_RESULTS: resultsFile },
    // Hover cards below the line: in the README screenshots they then cover the end of the
    // story, not the lines leading up to the quote.
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.hover.above': false },
  });
  log(`code-server on ${server.origin} (${elapsed(start)})`);
  const context = await launchBrowser(runDir, 'chromium-profile');
  try {
    if (args.only !== 'ui') {
      const suiteStart = Date.now();
      const code = await runExtensionHostTests(server, context, {
        extensionPath: extension,
        testsPath: path.resolve(args.tests),
        folder: copyWorkspace(runDir, 'ws-api'),
        timeout: 600_000, // a generous ceiling: each test has its own deadlines, well inside it
        onLog: (line) => log(`  ${line}`),
      }).catch((error: unknown) => {
        log(`extension host: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      });
      const suite = readTally(resultsFile, code);
      if (code !== 0 && suite.failed === 0) suite.failed = 1; // a crash or hang before mocha could count
      log(`extension host: ${suite.passed} passed, ${suite.failed} failed (${elapsed(suiteStart)})`);
      tally.passed += suite.passed;
      tally.failed += suite.failed;
      tally.skipped += suite.skipped;
    }
    if (args.only !== 'api') {
      for (const file of args.ui) {
        const test = require(path.resolve(file)) as { default?: UiTest } & Partial<UiTest>;
        const ui: UiTest = test.default ?? (test as UiTest);
        const page = await context.newPage();
        const testStart = Date.now();
        try {
          const folder = copyWorkspace(runDir, `ws-ui-${tally.passed + tally.failed}`);
          await page.goto(server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remoteUri(extension)]]));
          await waitForTheme(page);
          fs.mkdirSync(path.resolve(args.screenshots), { recursive: true });
          await ui.run({
            page,
            server,
            folder,
            screenshots: path.resolve(args.screenshots),
            setTheme: (theme) => pickColorTheme(page, theme),
            runCommand: (title) => runCommand(page, title),
            report: (name, value) => log(`${name}: ${value}`),
          });
          tally.passed++;
          log(`ui: ✓ ${ui.name} (${elapsed(testStart)})`);
        } catch (error) {
          tally.failed++;
          const shot = path.join(runDir, `failure-${tally.failed}.png`);
          await page.screenshot({ path: shot }).catch(() => undefined);
          log(`ui: ✗ ${ui.name}: ${error instanceof Error ? error.message : String(error)} (screenshot: ${shot})`);
          args.keep = true;
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await context.close().catch(() => undefined);
    server.stop();
    if (tally.failed) args.keep = true;
    if (args.keep) log(`run folder kept: ${runDir} (code-server log: ${server.logFile})`);
    else fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  }
  const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
  log(`e2e total time ${elapsed(start)}`);
  log(`e2e: ${tally.passed} passed, ${tally.failed} failed${skipped}`);
  return tally.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`e2e: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
