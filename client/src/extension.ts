import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, registerCommands, usePreview, type PostmortemExtensionApi, type PreviewModule } from './shared';

export type { PostmortemExtensionApi } from './shared';
import { registerIncidentsView } from './incidents-view';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/**
 * The preview plugin is bundled apart (dist/preview.js) and loaded only when a preview opens, so
 * activation stays small.
 */
function extendMarkdownIt(context: vscode.ExtensionContext, md: unknown): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return usePreview(md, require(context.asAbsolutePath(path.join('dist', 'preview.js'))) as PreviewModule);
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
  const selector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
    { scheme: 'file', pattern: '**/.postmortemrc.json' },
  ];
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions(output, selector));
  context.subscriptions.push(...registerCommands(output, () => client));
  context.subscriptions.push(...registerIncidentsView(() => client));
  try {
    await client.start();
  } catch (err) {
    // The preview and the commands still work without the server.
    output.error(`The Postmortem language server did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
  return api;
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
