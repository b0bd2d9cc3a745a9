/** Emacs as a client, headless: eglot (diagnostics, hover, a code action) and lsp-mode (semantic tokens). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findExecutable, run, scratchArticle, SCRIPTS, SERVER, skipBecause, type RunResult } from './editorHarness';

const ELPA = '/usr/share/emacs/site-lisp/elpa';

function installed(prefix: string): boolean {
  return fs.existsSync(ELPA) && fs.readdirSync(ELPA).some((name) => name.startsWith(`${prefix}-`));
}

async function runEmacs(emacs: string, script: string, file: string, env: Record<string, string>): Promise<{ run: RunResult; result: Record<string, unknown> }> {
  const resultFile = path.join(path.dirname(file), `${path.basename(script)}.json`);
  const result = await run(emacs, ['--batch', '-l', path.join(SCRIPTS, 'emacs', script), file], {
    cwd: path.dirname(file),
    timeoutMs: 80_000,
    env: { COPYDESK_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']), COPYDESK_RESULT: resultFile, ...env },
  });
  assert.ok(fs.existsSync(resultFile), `emacs wrote no result (exit ${result.code})\n${result.stderr}`);
  return { run: result, result: JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown> };
}

describe('Emacs as a client', function () {
  this.timeout(90_000);
  const emacs = findExecutable('emacs');

  before(function () {
    if (!emacs) skipBecause(this, 'emacs is not installed (apt-get install -y emacs-nox elpa-eglot elpa-lsp-mode)');
    if (!fs.existsSync(SERVER)) skipBecause(this, `${SERVER} is not built (npm run build)`);
  });

  describe('with eglot', () => {
    before(function () {
      if (!installed('eglot')) skipBecause(this, 'eglot is not installed (apt-get install -y elpa-eglot)');
    });

    it('shows diagnostics through flymake, a hover card through eldoc, and applies a code action', async () => {
      const article = scratchArticle();
      try {
        const { run: emacsRun, result } = await runEmacs(emacs!, 'eglot-check.el', article.file, {
          COPYDESK_HOVER_AT: 'We will stay out',
          COPYDESK_ACTION_AT: 'Nobody is listening',
          COPYDESK_ACTION_TITLE: 'Disable unattributed-quote',
          COPYDESK_ACTION_APPLIED: 'copydesk-disable-next-line unattributed-quote',
        });
        assert.equal(emacsRun.code, 0, emacsRun.stderr);
        assert.deepEqual(result.errors, [], emacsRun.stderr);
        const diagnostics = result.diagnostics as { text: string; line: number }[];
        assert.ok(diagnostics.some((d) => d.text.includes('unattributed-quote')), JSON.stringify(diagnostics));
        assert.match(String(result.hover), /Marieke Jansen/);
        assert.equal(result.applied, true, `offered: ${JSON.stringify(result.action_titles)}`);
        const after = result.diagnostics_after as { text: string }[];
        assert.ok(!after.some((d) => d.text.includes('unattributed-quote')), JSON.stringify(after));
        assert.match(String(result.symbols), /Marieke Jansen/, 'imenu lists the source');
      } finally {
        article.cleanup();
      }
    });
  });

  describe('with lsp-mode', () => {
    before(function () {
      if (!installed('lsp-mode')) skipBecause(this, 'lsp-mode is not installed (apt-get install -y elpa-lsp-mode)');
    });

    it('colours quotes, speakers, cues and the dateline from the semantic tokens', async () => {
      const article = scratchArticle();
      try {
        const { run: emacsRun, result } = await runEmacs(emacs!, 'lsp-mode-check.el', article.file, {
          COPYDESK_FACES_AT: JSON.stringify(['ROTTERDAM', 'Marieke Jansen', '"We will stay out', 'said.']),
        });
        assert.equal(emacsRun.code, 0, emacsRun.stderr);
        assert.deepEqual(result.errors, [], emacsRun.stderr);
        const faces = result.faces as Record<string, string>;
        assert.match(faces.ROTTERDAM, /font-lock-constant-face/, 'the dateline');
        assert.match(faces['Marieke Jansen'], /font-lock-variable-name-face/, 'the speaker');
        assert.match(faces['"We will stay out'], /font-lock-string-face/, 'the quote');
        assert.match(faces['said.'], /font-lock-keyword-face/, 'the cue');
      } finally {
        article.cleanup();
      }
    });
  });
});
