/**
 * Starting the web server (dist/web/server.js). Where the editor lets an extension start a web
 * worker (vscode.dev, github.dev), the server gets a worker of its own. VS Code Server and
 * code-server refuse workers from the extensions they serve ("Creating workers from remote
 * extensions is currently not supported"); there the bundle runs inside the extension host's
 * worker, as a function given one port of a `MessageChannel`, and the client talks over the
 * other port with the same protocol.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, type MessageTransports } from 'vscode-languageclient/browser';

/** The parts of a browser `Worker` used here (the client's TypeScript project has no DOM types). */
interface WebWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;

/** Starts the server (at every start of the client): in its own worker when allowed, else in this one. The log says which. */
export async function startWebServer(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<MessageTransports | WebWorker> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  try {
    const worker = new Worker(main.toString(true), { name: 'Postmortem language server' });
    log.info('The Postmortem language server runs in its own web worker.');
    return worker;
  } catch (err) {
    log.info(`No web worker for the language server (${err instanceof Error ? err.message : String(err)}); it runs in the extension host's worker.`);
  }
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(main));
  const channel = new MessageChannel();
  // The bundle is ours, read from the extension's folder; `postmortemPort` is its one parameter (server/src/web/browser-main.ts).
  const run = new Function('postmortemPort', `${source}\n//# sourceURL=${main.toString(true)}`) as (port: unknown) => void;
  run(channel.port2);
  return { reader: new BrowserMessageReader(channel.port1), writer: new BrowserMessageWriter(channel.port1) };
}
