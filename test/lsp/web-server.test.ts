// The web build of the language server (dist/web/server.js) answers the same LSP tests as the
// Node server, started the two ways the web client starts it (client/src/web-server.ts): in a
// worker of its own (here a worker thread made to look like a browser worker), and inside another
// worker on one port of a MessageChannel (what code-server and VS Code Server leave us). The tests
// of what the web build does not do skip themselves there, saying why (`notInWeb`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';

const HERE = path.join(ROOT, 'test', 'lsp');
/** Every LSP test file but this one and startup.test.ts (the Node binary's command line). */
const ALL = fs.readdirSync(HERE).filter((f) => f.endsWith('.test.ts') && f !== 'web-server.test.ts' && f !== 'startup.test.ts');
/** The bulk of it, for the second way: diagnostics, hover, completion, code actions, commands, configuration. */
const BULK = ['protocol', 'hover', 'completion', 'commands', 'duration-fix', 'values', 'config', 'config-problems', 'templates-command'].map((n) => `${n}.test.ts`);

function runSuite(build: string, files: string[]): Promise<{ code: number | null; out: string }> {
  // Without NODE_TEST_CONTEXT: the inner runner must run its files, not report to this one.
  const env: NodeJS.ProcessEnv = { ...process.env, POSTMORTEM_TEST_SERVER: build, TEST_REPORTER: './scripts/test-reporter.mjs' };
  delete env.NODE_TEST_CONTEXT;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'test.mjs'), ...files.map((f) => path.join('test', 'lsp', f))], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('the web server in a worker of its own passes the LSP suite', { timeout: 900_000 }, async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'web', 'server.js')), 'dist/web/server.js is built (npm run build)');
  const r = await runSuite('web-worker', ALL);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /✔ \d+ passed, 0 failed/, r.out);
});

test('the web server on a MessageChannel port (no worker of its own) passes the bulk of the LSP suite', { timeout: 600_000 }, async () => {
  const r = await runSuite('web-port', BULK);
  assert.equal(r.code, 0, r.out);
});
