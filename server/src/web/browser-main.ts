/**
 * The web build of the language server (`dist/web/server.js`): the same server (server.ts) over
 * `vscode-languageserver/browser`, linting on its own thread (a browser worker has no threads to
 * start), reading configuration files, the team schema and templates through the client
 * (client-files.ts). It talks over the worker's `self` when the client could start it as a web
 * worker; when the editor refuses nested workers (VS Code Server, code-server), the client runs
 * this bundle inside its own worker and passes the port of a `MessageChannel` as `postmortemPort`
 * (client/src/web-server.ts), with the same protocol.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { FEATURES } from '../lsp/features';
import { clientFiles } from './client-files';

/** The port the client hands over when it runs this bundle in its own worker (a parameter of the function it is run as). */
declare const postmortemPort: MessagePort | undefined;

/** Where the messages come from: the given port, else the worker's own scope. */
function endpoint(): MessagePort | DedicatedWorkerGlobalScope {
  return typeof postmortemPort !== 'undefined' && postmortemPort ? postmortemPort : (self as unknown as DedicatedWorkerGlobalScope);
}

function start(): void {
  const port = endpoint();
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
  const files = clientFiles({ sendRequest: (method, params) => connection.sendRequest(method, params) });
  // A server run in the client's worker ends with its port; one in its own worker, with the worker.
  connection.onExit(() => {
    if ('close' in port && port !== (self as unknown)) (port as MessagePort).close();
  });
  startServer(connection, FEATURES, { files });
}

start();
