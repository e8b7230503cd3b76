/**
 * The web extension's entry (`browser` in package.json): vscode.dev, github.dev, and code-server
 * for an extension with no `main`. The same commands and options as the Node client (shared.ts);
 * the server is the web build (client/src/web-server.ts), its files come through this client
 * (web-files.ts), and the preview plugin is read from the extension's folder at activation.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, registerCommands, usePreview, type PostmortemExtensionApi, type PreviewModule } from './shared';
import { answerFileRequests, fileUriConverters } from './web-files';
import { startWebServer } from './web-server';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** The schemes of the workspace's files: its folders' (`vscode-vfs` in github.dev, `vscode-remote` in code-server), and `file`. */
function fileSchemes(): string[] {
  return [...new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])];
}

/** The preview plugin (dist/web/preview.js), a CommonJS bundle read from the extension's folder. */
async function loadPreview(extensionUri: vscode.Uri): Promise<PreviewModule | undefined> {
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'preview.js');
  try {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const module = { exports: {} as PreviewModule };
    new Function('module', 'exports', `${source}\n//# sourceURL=${file.toString(true)}`)(module, module.exports);
    return module.exports;
  } catch (err) {
    output?.error(`The postmortem preview plugin could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Import Timeline reads exported files and runs git: not in the web (README, "In the browser"). */
function importTimelineUnavailable(): void {
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Import Timeline is not available in the web: it reads exported files and runs git on disk. Use the postmortem command line (postmortem timeline import) or VS Code on the desktop.'),
  );
}

/** Starts the web language server and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<PostmortemExtensionApi> {
  output = vscode.window.createOutputChannel('Postmortem', { log: true });
  context.subscriptions.push(output);
  const log = output;
  const selector = [
    ...fileSchemes().flatMap((scheme) => [{ scheme, language: 'markdown' }, { scheme, pattern: '**/.postmortemrc.json' }]),
    { scheme: 'untitled', language: 'markdown' },
  ];
  client = new LanguageClient(
    'postmortem',
    'Postmortem',
    (() => startWebServer(context.extensionUri, log)) as unknown as ConstructorParameters<typeof LanguageClient>[2],
    clientOptions(log, selector, { uriConverters: fileUriConverters() }),
  );
  context.subscriptions.push(...registerCommands(log, () => client, importTimelineUnavailable), ...answerFileRequests(client, context.extensionUri));
  const preview = loadPreview(context.extensionUri);
  try {
    await client.start();
  } catch (err) {
    log.error(`The Postmortem language server did not start: ${err instanceof Error ? err.message : String(err)}`);
  }
  const plugin = await preview;
  return { extendMarkdownIt: (md) => usePreview(md, plugin) };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
