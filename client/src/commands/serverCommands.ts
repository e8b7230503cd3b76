/**
 * Insert Missing Sections and Insert Timeline Entry: the work is done by the language server
 * (`workspace/executeCommand`, then `workspace/applyEdit`); these only pass the active editor's
 * document and cursor, and move the cursor to where the server says.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS, type CommandResult } from '../../../server/src/lsp/command-ids';

/** Registers the palette commands that call the server's. */
export function registerServerCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('postmortem.insertMissingSections', () => run(client(), SERVER_COMMANDS.insertMissingSections, false)),
    vscode.commands.registerCommand('postmortem.insertTimelineEntry', () => run(client(), SERVER_COMMANDS.insertTimelineEntry, true)),
  ];
}

async function run(client: LanguageClient | undefined, command: string, withPosition: boolean): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown postmortem first.'));
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Postmortem language server is not running.'));
    return;
  }
  const args: unknown[] = [client.code2ProtocolConverter.asUri(editor.document.uri)];
  if (withPosition) args.push(client.code2ProtocolConverter.asPosition(editor.selection.active));
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as CommandResult | null;
  if (!result) return;
  if (!result.applied) {
    if (result.message) void vscode.window.showInformationMessage(result.message);
    return;
  }
  if (result.position && vscode.window.activeTextEditor === editor) {
    const p = client.protocol2CodeConverter.asPosition(result.position);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p));
  }
}
