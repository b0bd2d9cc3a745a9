/**
 * The language server: wires the protocol to the features. Each handler finds the
 * document's analysis and hands it to a pure function in `features/`; everything stateful
 * (documents, configuration, analyses, the workspace index) lives in `workspace/`.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { ArticleModelRequest } from './protocol';
import { clientSupport, serverCapabilities, type ClientSupport } from './features/capabilities';
import { documentDiagnosticReport } from './features/diagnostics';
import { guarded, unlessCancelled } from './features/guard';
import { workspaceDiagnosticReport } from './features/workspaceDiagnostics';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { ArticleAnalysis } from './workspace/analysisHandle';
import { createAnalyzer } from './workspace/analyzer';
import { Articles, type ArticleTest } from './workspace/articles';
import { Checker } from './workspace/checker';
import { ConfigurationResolver, type FileConfigSource } from './workspace/configuration';
import { ConfigWatcher } from './workspace/configWatcher';
import { isArticleText, isConfigFile, ProjectConfigReader, ruleIds } from './workspace/projectConfig';
import { indexProgress } from './workspace/progress';
import { TokenResults } from './workspace/tokenResults';
import { filePathOf } from './workspace/uris';
import { WorkspaceIndex } from './workspace/workspaceIndex';

export interface ServerOptions {
  /** A script that runs `runAnalysisWorker` when started as a worker (the server's entry point); without it, everything is analysed in-process. */
  workerScript?: string;
  /** How long typing must pause before a re-check, in milliseconds. */
  checkDelay?: number;
  /** The server's version, for `serverInfo`. */
  version?: string;
  projectConfig?: FileConfigSource;
  isArticle?: ArticleTest;
}

/** The default pause after typing before diagnostics are recomputed. */
export const DEFAULT_CHECK_DELAY = 150;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = createAnalyzer(options.workerScript);
  const isArticle = options.isArticle ?? isArticleText;
  const log = (message: string): void => connection.console.error(message);
  /** A request to the client whose failure is worth a log line, never a crash or a stall. */
  const quietly = (request: Promise<unknown>): void => void request.catch((error: unknown) => log(`The client refused a request: ${String(error)}`));
  const tokenResults = new TokenResults();
  const opened = new Set<string>();
  let support: ClientSupport;
  let configuration: ConfigurationResolver;
  let articles: Articles;
  let checker: Checker;
  let index: WorkspaceIndex;
  let roots: string[] = [];
  let configWatcher: ConfigWatcher | undefined;

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params.capabilities);
    configuration = new ConfigurationResolver(connection, options.projectConfig ?? new ProjectConfigReader(), support.configuration);
    const initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initialSettings !== undefined) configuration.setPushedSettings(initialSettings);
    articles = new Articles(documents, configuration, analyzer, isArticle);
    analyzer.onWorkerLost(() => {
      log('The analysis worker stopped; large documents are being analysed again.');
      articles.forgetAll();
      checker.scheduleAll();
    });
    checker = new Checker(connection, articles, {
      push: !support.pullDiagnostics,
      delay: options.checkDelay ?? DEFAULT_CHECK_DELAY,
      onChecked: (analysis) => index.updateFrom(analysis),
    });
    index = new WorkspaceIndex(analyzer, configuration, isArticle, (message) => connection.console.warn(message));
    roots = (params.workspaceFolders ?? []).map((folder) => filePathOf(folder.uri)).filter(isString);
    if (roots.length === 0 && params.rootUri) roots = [filePathOf(params.rootUri)].filter(isString);
    return { capabilities: serverCapabilities(support), serverInfo: { name: 'copydesk-language-server', version: options.version ?? '0.0.0' } };
  });

  connection.onInitialized(() => {
    if (support.didChangeConfigurationRegistration) {
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }));
    }
    if (support.watchedFilesRegistration) {
      quietly(
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.copydesk.{yaml,yml,json}' }, { globPattern: '**/*.{md,markdown}' }],
        }),
      );
    } else {
      configWatcher = new ConfigWatcher(configurationChanged);
      for (const root of roots) configWatcher.watchFolder(root);
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => filePathOf(folder.uri)));
        roots = [...roots.filter((root) => !removed.has(root)), ...event.added.map((folder) => filePathOf(folder.uri)).filter(isString)];
        reindex();
      });
    }
    reindex();
  });

  function reindex(): void {
    index.build(roots, indexProgress(connection, support.workDoneProgress)).catch((error) => log(`Indexing the workspace failed: ${String(error)}`));
  }

  /** Settings or a `.copydesk.yaml` changed: everything computed under the old ones is stale. */
  function configurationChanged(): void {
    configuration.invalidate();
    checker.scheduleAll();
    if (support.pullDiagnostics && support.diagnosticsRefresh) quietly(connection.languages.diagnostics.refresh());
    if (support.semanticTokensRefresh) quietly(connection.languages.semanticTokens.refresh());
    if (support.inlayHintRefresh) quietly(connection.languages.inlayHint.refresh());
    if (support.codeLensRefresh) quietly(connection.sendRequest('workspace/codeLens/refresh'));
    reindex();
  }

  connection.onDidChangeConfiguration((params) => {
    if (!support.configuration) configuration.setPushedSettings((params.settings as { copydesk?: unknown } | null)?.copydesk);
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isConfigFile(change.uri))) return configurationChanged();
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue; // the open document is the truth until it closes
      if (change.type === FileChangeType.Deleted) index.remove(change.uri);
      else void index.refresh(change.uri);
    }
  });

  documents.onDidChangeContent(({ document }) => {
    const first = !opened.has(document.uri);
    opened.add(document.uri);
    checker.schedule(document.uri, first);
    trackConfigFolder(document.uri);
  });

  documents.onDidClose(({ document }) => {
    opened.delete(document.uri);
    checker.close(document.uri);
    articles.forget(document.uri);
    tokenResults.forget(document.uri);
    void index.refresh(document.uri);
  });

  /** Without client-side file watching, watch the folder of each config file in use. */
  function trackConfigFolder(uri: string): void {
    if (!configWatcher) return;
    void configuration.forDocument(uri).then((config) => {
      for (const file of config.configFiles) configWatcher?.watchFolder(path.dirname(file));
    });
  }

  /** A handler for a request about one document: empty for an unknown one, the feature's answer otherwise. */
  function onArticle<P extends { textDocument: { uri: string } }, R>(
    name: string,
    empty: R,
    answer: (analysis: ArticleAnalysis, params: P) => Promise<R>,
  ): (params: P, token: CancellationToken) => Promise<R> {
    return guarded(name, log, async (params: P, token) => {
      const analysis = await unlessCancelled(articles.analysis(params.textDocument.uri), token);
      return analysis ? unlessCancelled(answer(analysis, params), token) : empty;
    });
  }

  const editOptions = () => ({ documentChanges: support.documentChanges, snippets: support.snippetEdits });

  connection.languages.diagnostics.on(
    onArticle('textDocument/diagnostic', { kind: 'full' as const, items: [] }, (analysis, params) =>
      documentDiagnosticReport(analysis, configuration.generation, params.previousResultId),
    ),
  );
  connection.languages.diagnostics.onWorkspace(
    guarded('workspace/diagnostic', log, async (params, token): Promise<WorkspaceDiagnosticReport> => {
      await index.whenReady();
      return workspaceDiagnosticReport(index, (uri) => documents.get(uri) !== undefined, params.previousResultIds, token);
    }),
  );
  connection.languages.semanticTokens.on(
    onArticle('semanticTokens/full', { data: [] }, async (analysis) => tokenResults.full(analysis.uri, await analysis.run('semanticTokens'))),
  );
  connection.languages.semanticTokens.onDelta(
    onArticle('semanticTokens/full/delta', { data: [] }, async (analysis, params) =>
      tokenResults.delta(analysis.uri, params.previousResultId, await analysis.run('semanticTokens')),
    ),
  );
  connection.languages.semanticTokens.onRange(
    onArticle('semanticTokens/range', { data: [] }, async (analysis, params) => ({ data: await analysis.run('semanticTokensInRange', params.range) })),
  );
  connection.onHover(onArticle('hover', null, (a, params) => a.run('hover', params.position, { markdown: support.hoverMarkdown })));
  connection.onCodeAction(onArticle('codeAction', [], (a, params) => a.run('codeActions', params.range, params.context, editOptions())));
  connection.onDocumentSymbol(onArticle('documentSymbol', [], (a) => a.run('documentSymbols', support.hierarchicalSymbols)));
  connection.onDefinition(onArticle('definition', null, (a, params) => a.run('definition', params.position)));
  connection.onReferences(onArticle('references', [], (a, params) => a.run('references', params.position, params.context.includeDeclaration)));
  connection.onDocumentHighlight(onArticle('documentHighlight', [], (a, params) => a.run('documentHighlights', params.position)));
  connection.onPrepareRename(onArticle('prepareRename', null, (a, params) => a.run('prepareRename', params.position)));
  connection.onRenameRequest(onArticle('rename', null, (a, params) => a.run('rename', params.position, params.newName, editOptions())));
  connection.languages.inlayHint.on(onArticle('inlayHint', [], (a, params) => a.run('inlayHints', params.range)));
  connection.onCodeLens(onArticle('codeLens', [], (a) => a.run('codeLenses')));
  connection.onCompletion(onArticle('completion', [], (a, params) => a.run('completion', params.position, ruleIds())));
  connection.onWorkspaceSymbol(
    guarded('workspace/symbol', log, async (params) => {
      await index.whenReady();
      return workspaceSymbols(await index.articles(), params.query);
    }),
  );
  connection.onRequest(
    ArticleModelRequest,
    guarded('copydesk/articleModel', log, async (params, token) => {
      const analysis = await unlessCancelled(articles.analysis(params.uri), token);
      return analysis ? unlessCancelled(analysis.run('articleModel'), token) : null;
    }),
  );

  connection.onShutdown(() => {
    checker?.dispose();
    configWatcher?.dispose();
    analyzer.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function isString(value: string | null): value is string {
  return value !== null;
}
