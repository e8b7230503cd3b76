// How the language server starts from a shell: without a transport it says how to start it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SERVER } from '../helpers/lsp-client';

const USAGE = 'usage: postmortem-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n';

test('postmortem-language-server started without a transport prints its usage and exits 2, not a stack trace', () => {
  for (const args of [[], ['--verbose']]) {
    const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: 30_000, input: '' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `postmortem-language-server: no transport given\n${USAGE}`);
  }
  const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8', timeout: 30_000 });
  assert.deepEqual([help.status, help.stdout], [0, USAGE]);
});
