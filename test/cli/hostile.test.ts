/**
 * The built CLI (`node dist/cli.js lint <file>`) on every hostile input of test/helpers/hostile.ts:
 * it exits with 0, 1 or 2, never with a crash or a signal, and says so when it did not lint.
 * `--fix` keeps CRLF line endings and the BOM, and leaves invalid UTF-8 alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HOSTILE } from '../helpers/hostile';

const CLI = path.join(process.cwd(), 'dist', 'cli.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; kills it (and fails) after `timeoutMs`. */
function cli(args: string[], cwd: string, timeoutMs = 300_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`postmortem ${args.join(' ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-hostile-'));
fs.mkdirSync(path.join(dir, 'postmortems'));

test('the CLI is built', () => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`);
});

for (const [i, h] of HOSTILE.entries()) {
  test(`postmortem lint on hostile input "${h.name}" exits with 0, 1 or 2`, { timeout: 600_000 }, async () => {
    const rel = path.join('postmortems', `hostile-${i}.md`);
    fs.writeFileSync(path.join(dir, rel), h.bytes ? h.bytes() : h.text());
    const r = await cli(['lint', '--format', 'json', rel], dir);
    assert.equal(r.signal, null, `not killed by a signal; stderr: ${r.stderr.slice(0, 500)}`);
    assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit code ${r.code}; stderr: ${r.stderr.slice(0, 500)}`);
    assert.doesNotMatch(r.stderr, /internal error|RangeError|TypeError|at .*\.js:\d+/, 'no internal error');
    if (h.expect === 'too-large' || h.expect === 'too-deep' || h.expect === 'binary') assert.match(r.stdout, /unreadable-document/, 'says it did not lint');
    if (h.expect !== 'any' && h.text() !== '') assert.ok(r.code !== 2, `a hostile document is a finding, not a usage error: ${r.stderr.slice(0, 300)}`);
  });
}

test('--fix keeps CRLF line endings and the BOM, and changes nothing else', { timeout: 120_000 }, async () => {
  const rel = path.join('postmortems', 'crlf-bom.md');
  const text = '\ufeff---\r\ntype: postmortem\r\n---\r\n# Payment outage\r\n\r\n## Duration\r\n\r\n45 minutes\r\n\r\n## Affected services\r\n\r\n- payments\r\n\r\n## Servers restored\r\n\r\nN/A\r\n\r\n## User impact\r\n\r\nCard payments failed.\r\n';
  fs.writeFileSync(path.join(dir, rel), text);
  const r = await cli(['lint', '--fix', rel], dir);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
  const after = fs.readFileSync(path.join(dir, rel), 'utf8');
  assert.notEqual(after, text, 'the missing section was inserted');
  assert.ok(after.startsWith('\ufeff---\r\n'), 'the BOM is kept');
  assert.equal(after.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'only CRLF line breaks');
  // Everything that was there is still there, in order.
  let at = 0;
  for (const line of text.split('\r\n')) {
    const k = after.indexOf(line, at);
    assert.ok(k >= 0, `line kept: ${JSON.stringify(line)}`);
    at = k + line.length;
  }
});

test('--fix does not rewrite a file that is not valid UTF-8', { timeout: 120_000 }, async () => {
  const rel = path.join('postmortems', 'invalid-utf8.md');
  const h = HOSTILE.find((x) => x.name === 'invalid UTF-8')!;
  const bytes = h.bytes!();
  fs.writeFileSync(path.join(dir, rel), bytes);
  const r = await cli(['lint', '--fix', rel], dir);
  assert.equal(r.signal, null);
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit ${r.code}`);
  assert.ok(fs.readFileSync(path.join(dir, rel)).equals(bytes), 'the bytes on disk are unchanged');
});

test('clean up', () => {
  fs.rmSync(dir, { recursive: true, force: true });
});
