/** Neovim's built-in LSP client against the real server, headless (Debian's 0.7 has no semantic tokens or inlay hints). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findExecutable, run, scratchArticle, SCRIPTS, SERVER, skipBecause } from './editorHarness';

interface NeovimResult {
  errors: string[];
  diagnostics: { code: string; message: string; lnum: number }[];
  hover?: string[];
  action_titles: string[];
  applied?: boolean;
  diagnostics_after?: { code: string; lnum: number }[];
  lines_after?: string[];
  symbols: string[];
}

describe('Neovim as a client', function () {
  this.timeout(90_000);
  const nvim = findExecutable('nvim');

  before(function () {
    if (!nvim) skipBecause(this, 'nvim is not installed (apt-get install -y neovim)');
    if (!fs.existsSync(SERVER)) skipBecause(this, `${SERVER} is not built (npm run build)`);
  });

  it('shows diagnostics, a hover card, applies a code action and lists the document symbols', async () => {
    const article = scratchArticle();
    try {
      const resultFile = path.join(article.dir, 'result.json');
      const { code, stderr } = await run(nvim!, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(SCRIPTS, 'nvim', 'check.lua')}`, '--', article.file], {
        cwd: article.dir,
        timeoutMs: 80_000,
        env: {
          COPYDESK_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']),
          COPYDESK_RESULT: resultFile,
          COPYDESK_HOVER_AT: 'We will stay out',
          COPYDESK_ACTION_AT: 'Nobody is listening',
          COPYDESK_ACTION_TITLE: 'Disable unattributed-quote',
          COPYDESK_ACTION_APPLIED: 'copydesk-disable-next-line unattributed-quote',
        },
      });
      assert.equal(code, 0, stderr);
      const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as NeovimResult;
      assert.deepEqual(result.errors, []);

      const unattributed = result.diagnostics.find((d) => d.code === 'unattributed-quote');
      assert.ok(unattributed, `an unattributed-quote diagnostic, got ${JSON.stringify(result.diagnostics)}`);

      const hover = (result.hover ?? []).join('\n');
      assert.match(hover, /Marieke Jansen/, 'the hover card names the speaker');
      assert.match(hover, /said/, 'and the cue');

      assert.ok(result.applied, `the action was applied; offered: ${result.action_titles.join(' | ')}`);
      const comment = result.lines_after!.findIndex((line) => line.includes('copydesk-disable-next-line unattributed-quote'));
      assert.ok(result.lines_after![comment + 1].includes('Nobody is listening'), 'the comment sits on the line before the quote');
      assert.ok(!result.diagnostics_after!.some((d) => d.code === 'unattributed-quote'), 'the suppressed finding is gone');

      assert.ok(result.symbols.some((symbol) => symbol.includes('Marieke Jansen')), `symbols: ${result.symbols.join(' | ')}`);
      assert.ok(result.symbols.some((symbol) => symbol.includes('WHAT COMES NEXT')), 'the heading is a symbol');
    } finally {
      article.cleanup();
    }
  });
});
