import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerNewFromTemplate } from './commands/newFromTemplate';
import { registerServerCommands } from './commands/serverCommands';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** Starts the language server for Markdown documents and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Postmortem', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/.postmortemrc.json' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'),
    },
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    // Hovers quote document text: never trust their markdown or render their HTML.
    markdown: { isTrusted: false, supportHtml: false },
  };
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      output?.info('Restarting the Postmortem language server.');
      await client?.restart();
    }),
    registerNewFromTemplate(),
    ...registerServerCommands(() => client),
  );
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
