/**
 * `copydesk-language-server`: the program editors start. Chooses the transport from the
 * command line (stdio unless told otherwise), keeps stdout for JSON-RPC alone, and sends
 * every log line to the client's console. Started as a worker thread, the same file
 * analyses large documents for the server.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createConnection,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from './server';
import { runAnalysisWorker } from './workspace/analysisWorker';
import { WORKER_MARKER } from './workspace/analyzer';

const USAGE = `Usage: copydesk-language-server [--stdio | --node-ipc | --socket=PORT]

The Copydesk language server for news articles (Markdown with YAML front matter).
Editors start it and speak the Language Server Protocol with it:
  --stdio        over standard input and output (the default)
  --node-ipc     over Node's IPC channel (when forked by a Node client)
  --socket=PORT  over a TCP connection to PORT on this machine
  --version      print the version
  --help         print this help
`;

type Transport = { kind: 'stdio' } | { kind: 'ipc' } | { kind: 'socket'; port: number };

/** The transport the arguments ask for, or a message saying what is wrong with them. */
export function parseArguments(argv: readonly string[]): Transport | { help: true } | { version: true } | { error: string } {
  let transport: Transport | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let next: Transport | undefined;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--version' || arg === '-v') return { version: true };
    if (arg === '--stdio') next = { kind: 'stdio' };
    else if (arg === '--node-ipc') next = { kind: 'ipc' };
    else if (arg === '--socket' || arg.startsWith('--socket=')) {
      const value = arg === '--socket' ? argv[++i] : arg.slice('--socket='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port <= 0 || port > 65535) return { error: `--socket needs a port number, not "${value ?? ''}"` };
      next = { kind: 'socket', port };
    } else if (arg.startsWith('--clientProcessId')) {
      if (arg === '--clientProcessId') i++; // the client's pid; the server learns it again from initialize
      continue;
    } else {
      return { error: `unknown argument "${arg}"` };
    }
    if (transport && transport.kind !== next.kind) return { error: 'choose one transport: --stdio, --node-ipc or --socket=PORT' };
    transport = next;
  }
  return transport ?? { kind: 'stdio' };
}

function connect(transport: Transport): Connection {
  // Given the raw stdio streams, the library also ends the process when the client goes away.
  if (transport.kind === 'stdio') return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const [reader, writer] = streams(transport);
  return createConnection(ProposedFeatures.all, reader, writer);
}

function streams(transport: Exclude<Transport, { kind: 'stdio' }>): [MessageReader, MessageWriter] {
  switch (transport.kind) {
    case 'ipc':
      return [new IPCMessageReader(process), new IPCMessageWriter(process)];
    case 'socket':
      return createServerSocketTransport(transport.port);
  }
}

/** Anything written with console.* goes to the client's log, never into the JSON-RPC stream. */
function redirectConsole(connection: Connection): void {
  const join = (args: unknown[]): string => args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(join(args));
  console.info = (...args: unknown[]) => connection.console.info(join(args));
  console.debug = (...args: unknown[]) => connection.console.log(join(args));
  console.warn = (...args: unknown[]) => connection.console.warn(join(args));
  console.error = (...args: unknown[]) => connection.console.error(join(args));
  console.trace = (...args: unknown[]) => connection.console.log(join(args));
}

/** The version from the package.json next to the bundle (dist/) or the compiled tree (out/server/src/). */
function packageVersion(): string {
  for (const candidate of ['../package.json', '../../../package.json']) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(__dirname, candidate), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'copydesk' && json.version) return json.version;
    } catch {
      // not here; try the next place
    }
  }
  return '0.0.0';
}

function main(argv: readonly string[]): void {
  const parsed = parseArguments(argv);
  if ('help' in parsed) return void process.stdout.write(USAGE);
  if ('version' in parsed) return void process.stdout.write(`${packageVersion()}\n`);
  if ('error' in parsed) {
    process.stderr.write(`copydesk-language-server: ${parsed.error}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const connection = connect(parsed);
  redirectConsole(connection);
  // The server never dies of its own bug: the failure is logged and the next request is served.
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
  startServer(connection, { workerScript: __filename, version: packageVersion() });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARKER]) runAnalysisWorker();
else if (require.main === module) main(process.argv.slice(2));
