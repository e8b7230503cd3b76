import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerNewFromTemplate } from './commands/newFromTemplate';
import { registerServerCommands } from './commands/serverCommands';
import { registerImportTimeline } from './commands/importTimeline';
import { registerIncidentsView } from './incidents-view';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** What the extension gives VS Code's Markdown preview. */
export interface PostmortemExtensionApi {
  /** Adds the postmortem summary card and timeline to the Markdown preview. */
  extendMarkdownIt(md: unknown): unknown;
}

/**
 * The preview plugin is bundled apart (dist/preview.js) and loaded only when a preview opens, so
 * activation stays small.
 */
function extendMarkdownIt(context: vscode.ExtensionContext, md: unknown): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(context.asAbsolutePath(path.join('dist', 'preview.js'))) as { postmortemPreviewPlugin: (md: unknown) => void };
    return (md as { use(plugin: unknown): unknown }).use(mod.postmortemPreviewPlugin);
  } catch (err) {
    output?.error(`The postmortem preview plugin could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
    return md;
  }
}

/** Starts the language server for Markdown documents and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<PostmortemExtensionApi> {
  const api: PostmortemExtensionApi = { extendMarkdownIt: (md) => extendMarkdownIt(context, md) };
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
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      output?.info('Restarting the Postmortem language server.');
      await client?.restart();
    }),
    registerNewFromTemplate(() => client),
    ...registerServerCommands(() => client),
    ...registerImportTimeline(() => client),
    ...registerIncidentsView(() => client),
  );
  try {
    await client.start();
  } catch (err) {
    // The preview and the commands still work without the server.
    output.error(`The Postmortem language server did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
  return api;
}

/**
 * The default handler shuts the client down for good after a few failed writes, which happens when
 * the user types right after the server died: then nothing restarts it. Write errors here never
 * shut down; a closed connection restarts the server, at most five times in three minutes.
 */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length && now - restarts[0] > 3 * 60 * 1000) restarts.shift();
      if (restarts.length >= 5) {
        output?.error('The Postmortem language server stopped five times in three minutes; run "Postmortem: Restart Language Server" to try again.');
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(now);
      output?.warn('The Postmortem language server stopped; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
