/** Every request the server answers, over the wire, against the built server. */
import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  ErrorCodes,
  ResponseError,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver-protocol';
import { ArticleModelRequest } from '../../server/src/protocol';
import { PORT_STRIKE } from '../server/features/articles';
import { positionOf } from '../server/features/textPositions';
import { decodeTokens } from '../server/features/tokenDecoding';
import { TestClient } from './testClient';

const URI = 'file:///newsroom/port-strike.article.md';
const SURNAME = 'Jansen said.\n\nShe';

describe('requests over the protocol', function () {
  this.timeout(30_000);
  let client: TestClient;
  const at = (needle: string) => ({ textDocument: { uri: URI }, position: positionOf(client.document(URI).getText(), needle) });
  const textAt = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const document = client.document(URI);
    return document.getText().slice(document.offsetAt(range.start), document.offsetAt(range.end));
  };

  before(async () => {
    client = await TestClient.start();
    await client.open(URI, PORT_STRIKE);
    await client.diagnosticsForCurrentVersion(URI);
  });

  after(async () => {
    assert.deepEqual(client.wireErrors, [], 'stdout carried JSON-RPC only');
    await client.stop();
  });

  it('semanticTokens/full, then /full/delta with only the change, and /range', async () => {
    const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.ok(full?.resultId);
    const decoded = decodeTokens(full.data, client.document(URI).getText());
    assert.ok(decoded.some((t) => t.type === 'speaker' && t.text === 'union leader Marieke Jansen' && t.modifiers.includes('declaration')));

    await client.replace(URI, 'Ships have been waiting', 'Ships had been waiting');
    const delta = (await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: URI }, previousResultId: full.resultId! })) as SemanticTokensDelta;
    assert.ok(delta.edits, 'a delta, not the full tokens');
    const data = [...full.data];
    for (const edit of delta.edits) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const fresh = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } })) as SemanticTokens;
    assert.deepEqual(data, fresh.data, 'the delta applied to the old tokens gives the new ones');

    const document = client.document(URI);
    const quoteLine = positionOf(document.getText(), '"We will').line;
    const ranged = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: quoteLine, character: 0 }, end: { line: quoteLine + 1, character: 0 } },
    });
    const rangeTexts = decodeTokens(ranged!.data, document.getText()).map((t) => t.text);
    assert.ok(rangeTexts.includes('Jansen') && !rangeTexts.includes('ROTTERDAM, Aug 19 (Reuters) -'), rangeTexts.join(' | '));
  });

  it('hover in Markdown for a client that takes it', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, at('stay out'));
    const contents = hover!.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /\*\*Quote from Marieke Jansen\*\*/);
  });

  it('code actions: a quick fix to disable the rule on the line, applied, clears the finding', async () => {
    const diagnostics = (await client.diagnosticsForCurrentVersion(URI)).diagnostics;
    const unattributed = diagnostics.find((d) => d.code === 'unattributed-quote')!;
    assert.ok(unattributed, JSON.stringify(diagnostics));
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: unattributed.range,
      context: { diagnostics: [unattributed] },
    });
    const disable = actions!.find((a) => 'title' in a && a.title === 'Disable unattributed-quote on this line, with a reason');
    assert.ok(disable && 'edit' in disable && disable.edit, JSON.stringify(actions));
    assert.deepEqual(disable.diagnostics, [unattributed], 'the action names the diagnostic it answers');
    await client.applyEdit(disable.edit);
    assert.match(client.document(URI).getText(), /<!-- copydesk-disable-next-line unattributed-quote -- REASON -->\n"Nobody is listening/);
    await client.diagnosticsForCurrentVersion(URI);
  });

  it('document symbols: the dateline, the sources with their quotes, the heading', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    assert.equal(names[0], 'ROTTERDAM, Aug 19 (Reuters) -');
    assert.ok(names.includes('Marieke Jansen'));
    assert.equal(names.at(-1), 'WHAT COMES NEXT');
    assert.equal(symbols.find((s) => s.name === 'Marieke Jansen')!.children!.length, 1);
  });

  it('definition, references, highlights of a source', async () => {
    const definition = await client.connection.sendRequest(DefinitionRequest.type, at('She said'));
    assert.ok(definition && !Array.isArray(definition));
    assert.equal(textAt(definition.range), 'union leader Marieke Jansen');
    const references = await client.connection.sendRequest(ReferencesRequest.type, { ...at(SURNAME), context: { includeDeclaration: true } });
    assert.deepEqual(references!.map((l) => textAt(l.range)), ['union leader Marieke Jansen', '"We will stay out until the port authority talks to us,"', 'Jansen', 'She']);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, at(SURNAME));
    assert.equal(highlights!.length, 4);
  });

  it('rename: prepared on the name, refused on a pronoun with a message', async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, at(SURNAME));
    assert.ok(prepared && 'placeholder' in prepared);
    assert.equal(prepared.placeholder, 'Jansen');
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, at('She said')), /is a pronoun/);
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...at(SURNAME), newName: 'Marieke de Vries' });
    await client.applyEdit(edit!);
    assert.match(client.document(URI).getText(), /union leader Marieke de Vries said/);
  });

  it('inlay hints after the pronoun, code lenses on the first reference', async () => {
    const document = client.document(URI);
    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) },
    });
    assert.deepEqual(hints!.map((h) => h.label), ['Marieke de Vries']);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } });
    const lens = lenses!.find((l) => textAt(l.range) === 'union leader Marieke de Vries');
    assert.equal(lens?.command?.title, '1 quote · person');
  });

  it('completion of front matter values', async () => {
    await client.replace(URI, 'style: reuters', 'style: ');
    const position = positionOf(client.document(URI).getText(), 'style: ', 1, 'style: '.length);
    const values = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position })) as CompletionItem[];
    assert.deepEqual(values.map((item) => item.label), ['reuters', 'ap', 'plain']);
    await client.replace(URI, 'style: \n', 'style: reuters\n');
  });

  it('copydesk/articleModel: the extract object', async () => {
    const model = await client.connection.sendRequest(ArticleModelRequest, { uri: URI });
    assert.equal(model!.file, '/newsroom/port-strike.article.md');
    assert.equal(model!.dateline!.place, 'ROTTERDAM');
    assert.ok(model!.quotes.some((quote) => quote.speaker?.name === 'Marieke de Vries'));
  });

  it('fails only the request a feature throws on, and serves the next one', async () => {
    // A hover with no position: the feature throws on it, as it would on a bug of ours.
    await assert.rejects(
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI } }),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError && /Copydesk could not answer hover/.test(error.message),
    );
    assert.ok(await client.connection.sendRequest(HoverRequest.type, at('stay out')), 'the server is still there');
    assert.ok(client.notifications<{ message: string }>('window/logMessage').some((m) => /hover failed: TypeError/.test(m.message)), 'the cause is in the log');
  });

  it('answers empty for a document it does not know', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.article.md' }, position: { line: 0, character: 0 } };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, unknown), null);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: unknown.textDocument }), []);
    assert.deepEqual((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: unknown.textDocument }))?.data, []);
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: unknown.textDocument }), []);
    assert.equal(await client.connection.sendRequest(ArticleModelRequest, { uri: 'file:///nowhere.article.md' }), null);
  });
});

describe('a client that shows plain text only', function () {
  this.timeout(30_000);

  it('gets hover cards in plain text', async () => {
    const client = await TestClient.start({ capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] } } } });
    try {
      await client.open(URI, PORT_STRIKE);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOf(PORT_STRIKE, 'stay out') });
      const contents = hover!.contents as MarkupContent;
      assert.equal(contents.kind, 'plaintext');
      assert.match(contents.value, /^Quote from Marieke Jansen\nSpeaker: /);
    } finally {
      await client.stop();
    }
  });
});
