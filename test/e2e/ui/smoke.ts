/**
 * The UI smoke test: what an editor sees on opening an article, in the real workbench —
 * squiggles, the Problems panel, a hover card on a quote, the Sources view and the status
 * bar item — with the README screenshots taken along the way, in the default dark and
 * light themes. Assertions use what is on screen, found by text, never by coordinates.
 */
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { UiTest, UiTestContext } from '../../../scripts/e2e/uiTest';
import { waitFor } from '../../../scripts/e2e/waitFor';

const ARTICLE = 'ferry-terminal.article.md';
const LONG = { timeout: 30_000 };

/** The Explorer pane whose header is labelled `title` (a `.pane` holds one header and its body). */
function explorerPane(page: Page, title: string): Locator {
  return page.locator('.pane', { has: page.locator(`.pane-header[aria-label^="${title}"]`) });
}

async function expandPane(page: Page, title: string): Promise<Locator> {
  const pane = explorerPane(page, title);
  const header = pane.locator('.pane-header').first();
  await header.waitFor(LONG);
  if (!((await header.getAttribute('class')) ?? '').includes('expanded')) await header.click();
  return pane;
}

/** Hovers the editor text `needle` and returns the hover card's text once it mentions `expected`. */
async function hoverOver(page: Page, needle: string, expected: string): Promise<string> {
  const hover = page.locator('.monaco-hover-content', { hasText: expected });
  const text = await waitFor(`a hover card with "${expected}"`, async () => {
    // Move away first so a second attempt re-triggers the hover.
    await page.mouse.move(5, 5);
    await page.locator('.editor-instance .view-line span span', { hasText: needle }).first().hover();
    await hover.first().waitFor({ timeout: 3_000 }).catch(() => undefined);
    return (await hover.count()) > 0 && (await hover.first().innerText());
  }, { timeout: 30_000, interval: 200 });
  // The card fades in; a screenshot taken mid-fade shows it half transparent.
  await page.waitForFunction(
    `[...document.querySelectorAll('.monaco-hover')].some((h) => h.textContent.includes(${JSON.stringify(expected)}) && getComputedStyle(h).opacity === '1' && h.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'))`,
    undefined,
    { timeout: 10_000 },
  );
  return text;
}

/** Scrolls the editor until `line` (1-based) is the first line shown. */
async function scrollEditorTo(page: Page, line: number): Promise<void> {
  const editor = page.locator('.editor-instance .monaco-scrollable-element.editor-scrollable').first();
  const box = await editor.boundingBox();
  if (!box) throw new Error('the editor is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await waitFor(`line ${line} at the top of the editor`, async () => {
    const numbers = await page.locator('.editor-instance .line-numbers').allInnerTexts();
    const first = Math.min(...numbers.map(Number).filter((n) => n > 0));
    if (first >= line) return true;
    await page.mouse.wheel(0, 19); // one row at a time: wrapped lines take two
    return false;
  }, { interval: 200 });
}

/**
 * VS Code's own measure of activation (Developer: Show Running Extensions), for Copydesk and,
 * for scale, the other extensions activated in the same window at the same time.
 */
async function measuredActivation(context: UiTestContext): Promise<string> {
  const { page } = context;
  await context.runCommand('Developer: Show Running Extensions');
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.filter({ hasText: 'Copydesk' }).locator('.activation-time').first().waitFor({ timeout: 10_000 });
  const times: string[] = [];
  for (const row of await rows.all()) {
    const name = (await row.locator('.name').first().innerText().catch(() => '')).trim();
    const time = (await row.locator('.activation-time').first().innerText().catch(() => '')).trim();
    if (name && time) times.push(`${name}: ${time.replace(/^.*?(\d+ms)$/, '$1')}`);
  }
  await page.keyboard.press('Control+W');
  return times.join(', ');
}

async function run(context: UiTestContext): Promise<void> {
  const { page, screenshots } = context;
  await page.locator('.monaco-workbench').waitFor(LONG);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).click(LONG);
  await page.locator('.editor-instance .view-lines', { hasText: 'We have waited ten years' }).waitFor(LONG);

  const language = await page.locator('#status\\.editor\\.mode').innerText(LONG);
  if (!/News Article/.test(language)) throw new Error(`language in the status bar is "${language}", not News Article`);

  // Squiggles come from the server's diagnostics.
  await page.locator('.squiggly-warning, .squiggly-error, .squiggly-info').first().waitFor(LONG);

  const status = page.locator('.statusbar-item', { hasText: /\d+ sources? · 1 anonymous/ });
  await status.first().waitFor(LONG);

  const sources = await expandPane(page, 'Sources');
  const marsh = sources.locator('.monaco-list-row', { hasText: 'Lena Marsh' });
  await marsh.waitFor(LONG);
  await marsh.locator('.monaco-tl-twistie').click();
  await sources.locator('.monaco-list-row', { hasText: 'The terminal will open in the spring' }).waitFor(LONG);
  const official = await sources.locator('.monaco-list-row', { hasText: 'no reason given' }).count();
  if (official === 0) throw new Error('the Sources view shows no anonymous source without a reason');

  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'unattributed-quote' });
  await problems.first().waitFor(LONG);

  // Compose the README screenshot: the Sources view gets the folder tree's room, the
  // editor shows the story rather than its front matter, and the hover card is open.
  await page.locator('.pane-header[aria-label^="Explorer Section"]').first().click();
  await scrollEditorTo(page, 8);
  const card = await hoverOver(page, 'ten years for this day', 'Lena Marsh');
  if (!/harbour master/i.test(card)) throw new Error(`the hover card does not give the speaker's title: ${card}`);
  await page.screenshot({ path: path.join(screenshots, 'dark.png') });

  await context.setTheme('Default Light Modern');
  await hoverOver(page, 'ten years for this day', 'Lena Marsh');
  await page.screenshot({ path: path.join(screenshots, 'light.png') });
  await context.setTheme('Default Dark Modern');

  context.report('activation (Running Extensions)', await measuredActivation(context));
}

const smoke: UiTest = { name: 'an article in the workbench: squiggles, Problems, hover, Sources view', run };
export default smoke;
