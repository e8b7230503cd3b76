// Runs the web build of the language server (dist/web/server.js) the two ways the web client
// does, for the LSP tests: `worker` in a worker thread that looks like a browser worker (`self`
// with postMessage/onmessage; no `process`, `Buffer`, `require`, `setImmediate` or
// `SharedArrayBuffer` visible to the bundle), or `port` in this thread, given one port of a
// MessageChannel as `postmortemPort`, as the web client does when the editor refuses workers.
// Either way this process speaks LSP over stdio, so the tests drive it as they drive dist/server.js.
// Usage: node test/helpers/web-server-host.mjs worker|port
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, MessageChannel } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const { StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, 'dist', 'web', 'server.js');
const mode = process.argv[2] ?? 'worker';

/** What the bundle may not see: Node's globals are parameters of the function it runs in, all undefined. */
const HIDDEN = ['process', 'Buffer', 'require', 'module', 'exports', 'global', 'setImmediate', 'SharedArrayBuffer'];

const reader = new StreamMessageReader(process.stdin);
const writer = new StreamMessageWriter(process.stdout);

if (mode === 'worker') {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const source = require('node:fs').readFileSync(workerData.bundle, 'utf8');
     const self = { postMessage: (m) => parentPort.postMessage(m), addEventListener: () => undefined, set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); } };
     new Function('self', 'postmortemPort', ...workerData.hidden, source)(self, undefined);`,
    { eval: true, workerData: { bundle, hidden: HIDDEN } },
  );
  worker.on('message', (m) => void writer.write(m));
  worker.on('error', (err) => process.stderr.write(`web server worker failed: ${err.stack ?? err.message}\n`));
  worker.on('exit', (code) => process.exit(code));
  reader.listen((m) => {
    worker.postMessage(m);
    if (m.method === 'exit') setTimeout(() => process.exit(0), 50);
  });
} else {
  const source = readFileSync(bundle, 'utf8');
  const channel = new MessageChannel();
  new Function('postmortemPort', ...HIDDEN, source)(channel.port2);
  channel.port1.on('message', (m) => void writer.write(m));
  reader.listen((m) => {
    channel.port1.postMessage(m);
    if (m.method === 'exit') setTimeout(() => process.exit(0), 50);
  });
}
