/**
 * The contract between the runner and a UI test module (test/e2e/ui/*.js): the runner opens
 * the workbench, the module drives it like a user and throws when something is not as it should be.
 */
import type { Page } from 'playwright-core';
import type { CodeServer } from './codeServer';

export interface UiTestContext {
  page: Page;
  server: CodeServer;
  /** The workspace folder the page has open (a scratch copy of the fixture). */
  folder: string;
  /** Where screenshots go (media/screenshots/ in the repository). */
  screenshots: string;
  /** Switches the colour theme through the command palette, as a user would. */
  setTheme(theme: string): Promise<void>;
  /** Runs a command from the command palette by its title (e.g. `View: Toggle Terminal`). */
  runCommand(title: string): Promise<void>;
  /** Records a measurement (e.g. activation time) for the run's summary. */
  report(name: string, value: string): void;
}

export interface UiTest {
  name: string;
  run(context: UiTestContext): Promise<void>;
}
