import { main } from './server';
import { FEATURES } from './features';

const USAGE = 'usage: postmortem-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n';

/** True when the arguments name a transport vscode-languageserver can open (see its createConnection). */
function hasTransport(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=./.test(a) || ((a === '--socket' || a === '--pipe') && argv[i + 1] !== undefined));
}

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write('postmortem-language-server 0.1.0\n');
} else if (argv.includes('--help')) {
  process.stdout.write(USAGE);
} else if (!hasTransport(argv)) {
  // Started by hand without a transport: say how to start it, not a stack trace from createConnection.
  process.stderr.write(`postmortem-language-server: no transport given\n${USAGE}`);
  process.exitCode = 2;
} else {
  main(FEATURES);
}
