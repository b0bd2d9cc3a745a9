import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { prepareRename, rename, RenameRefused } from '../../../server/src/features/rename';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf, readExample, textOf } from './helpers';

const OPTIONS = { documentChanges: false, snippets: false };

function applyRename(text: string, at: string, newName: string): string {
  const analysis = analyze(text);
  const edit = rename(analysis, positionOf(text, at), newName, OPTIONS);
  assert.ok(edit?.changes, 'an edit');
  const document = TextDocument.create(analysis.uri, 'copydesk-article', 1, text);
  return TextDocument.applyEdits(document, edit.changes[analysis.uri] as TextEdit[]);
}

describe('rename a source', () => {
  it('renames full names and surnames in the body and the front matter entry with its aliases', () => {
    const text = readExample('ceasefire-talks.article.md');
    const renamed = applyRename(text, 'Brenner said the two', 'Tomas Brennan');
    assert.match(renamed, /- name: Tomas Brennan\n\s+title: U\.N\. special envoy\n\s+aliases: \[Brennan\]/);
    assert.match(renamed, /U\.N\. special envoy Tomas Brennan said after the session/);
    assert.match(renamed, /\nBrennan said the two sides/);
    assert.doesNotMatch(renamed, /Brenner/);
    const source = analyze(renamed).model.sources.find((s) => s.name === 'Tomas Brennan');
    assert.ok(source?.declared, 'the renamed source is still the declared one');
  });

  it('never rewrites a name inside a quotation, such as a transcript label', () => {
    const text = ['---', 'title: Debate preview', '---', '', 'Fox host Dana Wallace pressed Mike Pence. "We have little time," Wallace said.', '', '"WALLACE: Will she be there?', '', '"PENCE: She will not."', ''].join('\n');
    const renamed = applyRename(text, 'Wallace pressed', 'Dana Wallis');
    assert.match(renamed, /Fox host Dana Wallis pressed/);
    assert.match(renamed, /," Wallis said\./);
    assert.match(renamed, /"WALLACE: Will she be there\?/, 'the quoted label is left as written');
  });

  it('leaves pronouns alone', () => {
    const renamed = applyRename(PORT_STRIKE, 'Jansen said.\n\nShe', 'Marieke de Vries');
    assert.match(renamed, /union leader Marieke de Vries said/);
    assert.match(renamed, /," de Vries said\./, 'the surname is what follows the unchanged forename');
    assert.match(renamed, /\nShe said talks/);
  });

  it('prepares the rename on the name under the cursor', () => {
    const analysis = analyze(PORT_STRIKE);
    const prepared = prepareRename(analysis, positionOf(PORT_STRIKE, 'Jansen said.\n\nShe'));
    assert.equal(textOf(analysis, prepared!.range), 'Jansen');
    assert.equal(prepared!.placeholder, 'Jansen');
  });

  it('refuses on a pronoun or an anonymous source, saying why', () => {
    const analysis = analyze(PORT_STRIKE);
    assert.throws(() => prepareRename(analysis, positionOf(PORT_STRIKE, 'She said')), (error: unknown) => error instanceof RenameRefused && /pronoun/.test(error.message));
    assert.throws(() => prepareRename(analysis, positionOf(PORT_STRIKE, 'A port official')), RenameRefused);
    assert.equal(prepareRename(analysis, positionOf(PORT_STRIKE, 'anchor')), null);
  });
});
