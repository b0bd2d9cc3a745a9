/**
 * What the client can do (read once from `initialize`) and what the server offers in return.
 */
import {
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from './codeActions';
import { legend } from './semanticTokens';

export interface ClientSupport {
  /** The client pulls diagnostics (`textDocument/diagnostic`), so the server does not push them. */
  pullDiagnostics: boolean;
  diagnosticsRefresh: boolean;
  /** The client answers `workspace/configuration`. */
  configuration: boolean;
  didChangeConfigurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  workDoneProgress: boolean;
  hoverMarkdown: boolean;
  hierarchicalSymbols: boolean;
  documentChanges: boolean;
  snippetEdits: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
  workspaceFolders: boolean;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const text = capabilities.textDocument;
  const workspace = capabilities.workspace;
  return {
    pullDiagnostics: text?.diagnostic !== undefined,
    diagnosticsRefresh: workspace?.diagnostics?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    didChangeConfigurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    // A client that does not say is sent plain text: it shows everywhere.
    hoverMarkdown: text?.hover?.contentFormat?.includes('markdown') === true,
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    snippetEdits: (workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    semanticTokensRefresh: workspace?.semanticTokens?.refreshSupport === true,
    inlayHintRefresh: workspace?.inlayHint?.refreshSupport === true,
    codeLensRefresh: workspace?.codeLens?.refreshSupport === true,
    workspaceFolders: workspace?.workspaceFolders === true,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    ...(support.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: true } }
      : {}),
    semanticTokensProvider: { legend, full: { delta: true }, range: true },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    documentSymbolProvider: { label: 'Copydesk' },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
    workspaceSymbolProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
