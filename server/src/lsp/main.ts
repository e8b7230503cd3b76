import { main } from './server';
import { FEATURES } from './features';
import { isLintWorker, runLintWorker } from './lint-worker';

if (isLintWorker()) {
  runLintWorker();
} else if (process.argv.includes('--version')) {
  process.stdout.write('postmortem-language-server 0.1.0\n');
} else if (process.argv.includes('--help')) {
  process.stdout.write('usage: postmortem-language-server --stdio | --node-ipc | --socket=<port>\n');
} else {
  // The bundle (dist/server.js) is also what each lint worker runs.
  main(FEATURES, __filename);
}
