import * as assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ADD_SOURCE_KIND, codeActions, FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import type { Analysis } from '../../../server/src/workspace/analysis';
import { PORT_STRIKE } from './articles';
import { analyze, positionOf, readExample } from './helpers';

const OPTIONS = { documentChanges: false, snippets: false };

function actionsAt(analysis: Analysis, at: string): CodeAction[] {
  const position = positionOf(analysis.model.text, at);
  return codeActions(analysis, { start: position, end: position }, { diagnostics: [] }, OPTIONS);
}

function apply(analysis: Analysis, action: CodeAction): string {
  const document = TextDocument.create(analysis.uri, 'copydesk-article', 1, analysis.model.text);
  return TextDocument.applyEdits(document, action.edit!.changes![analysis.uri] as TextEdit[]);
}

describe('code actions: quick fixes', () => {
  it('are left out when nothing is wrong where the cursor is', () => {
    const analysis = analyze(PORT_STRIKE);
    const titles = actionsAt(analysis, 'ROTTERDAM').map((a) => a.title);
    assert.ok(!titles.some((title) => title.startsWith('Disable')), titles.join(' | '));
  });
});

describe('code actions: add a source to the front matter', () => {
  it('creates the sources list with the source’s name and title', () => {
    const analysis = analyze(PORT_STRIKE);
    const action = actionsAt(analysis, 'Jansen said.\n\nShe').find((a) => a.kind === ADD_SOURCE_KIND)!;
    assert.equal(action.title, 'Add "Marieke Jansen" to the front matter sources');
    const source = analyze(apply(analysis, action)).model.frontMatter!.fields.sources;
    assert.deepEqual(source.map((s) => [s.name, s.title]), [['Marieke Jansen', 'union leader']]);
  });

  it('appends to an existing list with its indentation, marking an anonymous source', () => {
    const declared = PORT_STRIKE.replace('date: 2025-08-19\n', 'date: 2025-08-19\nsources:\n    - name: Marieke Jansen\n      title: union leader\n');
    const analysis = analyze(declared);
    const official = analysis.model.sources.find((s) => s.kind === 'anonymous' && !s.declared);
    assert.ok(official, `an undeclared anonymous source among ${analysis.model.sources.map((s) => s.name).join(', ')}`);
    const action = actionsAt(analysis, 'A port official').find((a) => a.kind === ADD_SOURCE_KIND)!;
    const after = apply(analysis, action);
    assert.match(after, /\n    - name: Marieke Jansen\n      title: union leader\n    - name: /, 'the new entry at the list’s own indentation');
    const frontMatter = analyze(after).model.frontMatter!;
    assert.deepEqual(frontMatter.errors, []);
    const added = frontMatter.fields.sources.at(-1)!;
    assert.equal(added.name, official.name);
    assert.equal(added.anonymous, true);
    assert.equal(frontMatter.fields.sources.length, 2);
  });

  it('is not offered for a declared source', () => {
    const text = readExample('ceasefire-talks.article.md');
    assert.deepEqual(actionsAt(analyze(text), 'Brenner said the two').filter((a) => a.kind === ADD_SOURCE_KIND), []);
  });

  it('is left out when the client asks only for other kinds', () => {
    const analysis = analyze(PORT_STRIKE);
    const position = positionOf(PORT_STRIKE, 'Jansen said.\n\nShe');
    assert.deepEqual(codeActions(analysis, { start: position, end: position }, { diagnostics: [], only: ['source.fixAll'] }, OPTIONS), []);
  });
});

describe('code actions from the rules', () => {
  const findingsOf = (text: string, rule: string) => analyze(text).findings.filter((f) => f.rule === rule);

  function actionsFor(analysis: Analysis, rule: string, only?: string[]): CodeAction[] {
    const finding = analysis.findings.find((f) => f.rule === rule)!;
    assert.ok(finding, `a ${rule} finding`);
    const range = analysis.lines.rangeOf(finding.span);
    return codeActions(analysis, range, { diagnostics: [], ...(only ? { only } : {}) }, OPTIONS);
  }

  it('offers each finding’s own fix, which removes the finding once applied', () => {
    const text = readExample('rheinstahl-profit-warning.article.md');
    const analysis = analyze(text);
    const fix = actionsFor(analysis, 'malformed-dateline').find((a) => a.title === 'Change "Sept. 11" to "Sept 11"')!;
    assert.ok(fix, 'the rule’s fix');
    assert.equal(fix.isPreferred, true, 'a lone safe fix is the preferred one');
    assert.deepEqual(findingsOf(apply(analysis, fix), 'malformed-dateline'), []);
  });

  it('applies every safe fix at once for source.fixAll.copydesk', () => {
    const text = readExample('draft-with-problems.article.md');
    const analysis = analyze(text);
    const [fixAll] = codeActions(analysis, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] }, OPTIONS);
    assert.equal(fixAll.kind, FIX_ALL_KIND);
    const fixed = apply(analysis, fixAll);
    assert.deepEqual(findingsOf(fixed, 'missing-dateline'), []);
    assert.deepEqual(findingsOf(fixed, 'mixed-quote-style'), []);
    assert.ok(findingsOf(fixed, 'unattributed-quote').length > 0, 'findings with no safe fix stay');
  });

  it('disables a rule on a one-line paragraph with a comment on the line before, which the rules honour', () => {
    const analysis = analyze(PORT_STRIKE);
    const disable = actionsFor(analysis, 'unattributed-quote').find((a) => a.title === 'Disable unattributed-quote on this line, with a reason')!;
    const after = apply(analysis, disable);
    assert.match(after, /\n<!-- copydesk-disable-next-line unattributed-quote -- REASON -->\n"Nobody is listening/);
    assert.deepEqual(findingsOf(after, 'unattributed-quote'), []);
  });

  it('disables a rule inside a wrapped paragraph at the end of the line, so the paragraph stays whole', () => {
    const wrapped = PORT_STRIKE.replace('Ships have been waiting at anchor since Monday.\n\n"Nobody', 'Ships have been waiting at anchor since Monday.\nThe mood on the quay was grim. "Nobody');
    const analysis = analyze(wrapped);
    const disable = actionsFor(analysis, 'unattributed-quote').find((a) => a.title.startsWith('Disable unattributed-quote'))!;
    const after = apply(analysis, disable);
    assert.match(after, /grim\. "Nobody is listening to the people who load the ships\." <!-- copydesk-disable-line unattributed-quote -- REASON -->\n/);
    assert.equal(analyze(after).model.paragraphs.length, analysis.model.paragraphs.length, 'no paragraph split');
    assert.deepEqual(findingsOf(after, 'unattributed-quote'), []);
  });

  it('selects the REASON placeholder for typing where the client takes snippet edits', () => {
    const analysis = analyze(PORT_STRIKE);
    const finding = analysis.findings.find((f) => f.rule === 'unattributed-quote')!;
    const range = analysis.lines.rangeOf(finding.span);
    const [disable] = codeActions(analysis, range, { diagnostics: [] }, { documentChanges: true, snippets: true }).filter((a) => a.title.startsWith('Disable'));
    const change = disable.edit!.documentChanges![0] as { textDocument: { version: number }; edits: { snippet?: { value: string } }[] };
    assert.equal(change.textDocument.version, analysis.version, 'tied to the analysed version');
    assert.match(change.edits[0].snippet!.value, /-- \$\{1:REASON\} -->/);
  });
});
