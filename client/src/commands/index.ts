/** Registers every command the extension contributes (package.json `contributes.commands`). */
import * as vscode from 'vscode';
import { revealRange, REVEAL_COMMAND } from '../sourcesView';
import type { CommandContext } from './context';
import { registerInsertDateline } from './insertDateline';
import { registerLintWorkspace } from './lintWorkspace';
import { registerMarkQuoteCommands } from './markQuote';
import { registerOpenConfiguration } from './openConfiguration';
import { registerRenameSource } from './renameSource';
import { registerShowReferences } from './showReferences';
import { registerSourcesReport } from './sourcesReport';

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return [
    ...registerMarkQuoteCommands(context),
    registerInsertDateline(context),
    registerLintWorkspace(context),
    registerSourcesReport(context),
    registerOpenConfiguration(),
    registerRenameSource(),
    registerShowReferences(),
    vscode.commands.registerCommand('copydesk.restartServer', () => context.session.restart()),
    vscode.commands.registerCommand('copydesk.sources.refresh', () => context.sources.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
  ];
}
