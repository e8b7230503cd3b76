import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { FEATURES } from './features';
import { isLintWorker, lintThreads, nodeEngine, runLintWorker } from './lint-worker';

const USAGE = 'usage: postmortem-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n';

/** True when the arguments name a transport vscode-languageserver can open (see its createConnection). */
function hasTransport(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=./.test(a) || ((a === '--socket' || a === '--pipe') && argv[i + 1] !== undefined));
}

/**
 * Entry point: `postmortem-language-server --stdio` (or `--node-ipc` from the VS Code client).
 * The bundle (dist/server.js) is also what each lint worker runs.
 */
function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (err) => connection.console.error(`[postmortem] uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`[postmortem] unhandled rejection: ${String(err)}`));
  startServer(connection, FEATURES, { startThread: lintThreads(__filename), newEngine: nodeEngine });
}

const argv = process.argv.slice(2);
if (isLintWorker()) {
  runLintWorker();
} else if (argv.includes('--version')) {
  process.stdout.write('postmortem-language-server 0.1.0\n');
} else if (argv.includes('--help')) {
  process.stdout.write(USAGE);
} else if (!hasTransport(argv)) {
  // Started by hand without a transport: say how to start it, not a stack trace from createConnection.
  process.stderr.write(`postmortem-language-server: no transport given\n${USAGE}`);
  process.exitCode = 2;
} else {
  main();
}
