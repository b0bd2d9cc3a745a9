/** The built server as a program: its transports, its command line, its initialize answer, its manners. */
import * as assert from 'node:assert/strict';
import { fork, spawn, spawnSync } from 'node:child_process';
import * as net from 'node:net';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { InitializeRequest, ShutdownRequest, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../server/src/protocol';
import { SERVER, TestClient } from './testClient';

async function initializeOver(connection: MessageConnection): Promise<string | undefined> {
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendRequest(ShutdownRequest.type);
  return result.serverInfo?.name;
}

describe('the language server program', function () {
  this.timeout(30_000);

  it('answers initialize over stdio with its capabilities and the documented legend', async () => {
    const client = await TestClient.start();
    try {
      const { capabilities, serverInfo } = client.initializeResult;
      assert.equal(serverInfo?.name, 'copydesk-language-server');
      assert.match(serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
      const sync = capabilities.textDocumentSync as { change: number; openClose: boolean };
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      const tokens = capabilities.semanticTokensProvider!;
      assert.deepEqual(tokens.legend.tokenTypes, SEMANTIC_TOKEN_TYPES.map((t) => t.id));
      assert.deepEqual(tokens.legend.tokenModifiers, SEMANTIC_TOKEN_MODIFIERS.map((m) => m.id));
      assert.deepEqual([tokens.full, tokens.range], [{ delta: true }, true]);
      for (const provider of ['hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'renameProvider', 'inlayHintProvider', 'codeLensProvider', 'completionProvider', 'workspaceSymbolProvider'] as const) {
        assert.ok(capabilities[provider], provider);
      }
      assert.equal(capabilities.diagnosticProvider, undefined, 'a client that cannot pull gets pushed diagnostics');
    } finally {
      assert.equal(await client.stop(), 0, 'exits 0 after shutdown and exit');
    }
  });

  it('offers pull diagnostics to a client that pulls', async () => {
    const client = await TestClient.start({ capabilities: { textDocument: { diagnostic: {} } } });
    try {
      assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: true });
    } finally {
      await client.stop();
    }
  });

  it('speaks over Node IPC with --node-ipc', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      assert.equal(await initializeOver(connection), 'copydesk-language-server');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('connects to a port with --socket=PORT', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: 'ignore' });
    try {
      const socket = await accepted;
      const connection = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      assert.equal(await initializeOver(connection), 'copydesk-language-server');
      connection.dispose();
    } finally {
      child.kill();
      server.close();
    }
  });

  it('prints help and its version, and refuses unknown arguments with exit code 2', () => {
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio.*\n.*--node-ipc.*\n.*--socket=PORT/);
    assert.match(spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' }).stdout, /^\d+\.\d+\.\d+\n$/);
    const wrong = spawnSync(process.execPath, [SERVER, '--sockets=12'], { encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown argument "--sockets=12"/);
    assert.equal(wrong.stdout, '', 'nothing on stdout');
  });

  it('ends when the client goes away without a shutdown', async () => {
    const client = await TestClient.start();
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', resolve));
    client.process.stdin!.end();
    assert.notEqual(await exited, null);
  });
});
