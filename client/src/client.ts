/**
 * The LanguageClient: how the server is started (a bundled Node module over IPC), which
 * documents it sees, and the middleware that answers the server's `workspace/configuration`
 * pulls with the typed `Settings` object built in config.ts.
 */
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE } from './articleDetector';
import { readSettings, SECTION } from './config';

export const CLIENT_ID = 'copydesk';
export const CLIENT_NAME = 'Copydesk Language Server';

/**
 * Builds (does not start) the client for the server bundled at `dist/server.js`. The client
 * library is loaded here, on first use, not at activation: it is most of the bundle.
 */
export async function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): Promise<LanguageClient> {
  const { LanguageClient, TransportKind } = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every Markdown file is offered; the server decides which ones are articles
    // (`copydesk.markdown`), so the rule lives in one place.
    documentSelector: [
      { language: ARTICLE_LANGUAGE },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: SECTION,
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.copydesk.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}'),
      ],
    },
    // Pull diagnostics default to "on open only"; articles change as you type.
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true },
    outputChannel,
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          if (params.items.every((item) => item.section === SECTION)) {
            return params.items.map((item) => readSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined));
          }
          // Anything else (another section, a single key) is VS Code's to answer.
          return next(params, token);
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
