/**
 * What the Node client (extension.ts) and the web client (browser.ts) share: the language client's
 * options, the commands, and the error handler that restarts the server.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient/node';
import { registerNewFromTemplate } from './commands/newFromTemplate';
import { registerServerCommands } from './commands/serverCommands';
import { registerImportTimeline } from './commands/importTimeline';

/** What the extension gives VS Code's Markdown preview. */
export interface PostmortemExtensionApi {
  /** Adds the postmortem summary card and timeline to the Markdown preview. */
  extendMarkdownIt(md: unknown): unknown;
}

/** The preview plugin's module (dist/preview.js, dist/web/preview.js). */
export interface PreviewModule {
  postmortemPreviewPlugin: (md: unknown) => void;
}

/** Adds the preview plugin to a markdown-it instance; without the plugin, leaves it as it is. */
export function usePreview(md: unknown, plugin: PreviewModule | undefined): unknown {
  return plugin ? (md as { use(plugin: unknown): unknown }).use(plugin.postmortemPreviewPlugin) : md;
}

/** The client's options; `documentSelector` differs between Node (file and untitled documents) and the web (any scheme). */
export function clientOptions(output: vscode.LogOutputChannel, documentSelector: LanguageClientOptions['documentSelector'], more: Partial<LanguageClientOptions> = {}): LanguageClientOptions {
  return {
    documentSelector,
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'),
    },
    outputChannel: output,
    initializationOptions: { locale: vscode.env.language },
    // Hovers quote document text: never trust their markdown or render their HTML.
    markdown: { isTrusted: false, supportHtml: false },
    errorHandler: restartingErrorHandler(output),
    ...more,
  };
}

/**
 * The palette commands. `importTimeline` is the Node client's Import Timeline; the web client
 * passes one that says the command is not available there.
 */
export function registerCommands(output: vscode.LogOutputChannel, getClient: () => BaseLanguageClient | undefined, importTimeline?: () => void): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('postmortem.restartServer', async () => {
      output.info('Restarting the Postmortem language server.');
      const c = getClient();
      // The Node client restarts its process; the web client has no restart: stop, then start.
      if (c && 'restart' in c && typeof c.restart === 'function') await (c.restart as () => Promise<void>).call(c);
      else if (c) await c.stop().then(() => c.start());
    }),
    registerNewFromTemplate(getClient),
    ...registerServerCommands(getClient),
    ...(importTimeline ? [vscode.commands.registerCommand('postmortem.importTimeline', importTimeline)] : registerImportTimeline(getClient)),
  ];
}

/**
 * The default handler shuts the client down for good after a few failed writes, which happens when
 * the user types right after the server died: then nothing restarts it. Write errors here never
 * shut down; a closed connection restarts the server, at most five times in three minutes.
 */
function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length && now - restarts[0] > 3 * 60 * 1000) restarts.shift();
      if (restarts.length >= 5) {
        output.error('The Postmortem language server stopped five times in three minutes; run "Postmortem: Restart Language Server" to try again.');
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(now);
      output.warn('The Postmortem language server stopped; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
