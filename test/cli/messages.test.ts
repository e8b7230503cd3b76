// Messages a new team trips over: each says what is wrong with what was given, and one bad
// folder does not stop the others from being linted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BAD_POSTMORTEM, UNPRIVILEGED, giveToUnprivileged, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

test('--max-warnings -1 says the number is wrong, not that it is missing', () => {
  const dir = tempDir();
  for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1']]) {
    const r = runCli(['lint', ...args], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "postmortem: --max-warnings needs a whole number of 0 or more, not '-1'\n");
  }
  assert.equal(runCli(['lint', '--max-warnings'], { cwd: dir }).stderr, "postmortem: option '--max-warnings' needs a value\n");
});

test('naming a symbolic link loop or a dangling link says so, not "no such file"', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.symlinkSync('loop.md', path.join(dir, 'postmortems', 'loop.md'));
  fs.symlinkSync('gone.md', path.join(dir, 'postmortems', 'dangling.md'));
  const loop = runCli(['lint', 'postmortems/loop.md'], { cwd: dir });
  assert.equal(loop.code, 2);
  assert.equal(loop.stderr, 'postmortem: postmortems/loop.md is a symbolic link loop\n');
  const dangling = runCli(['lint', 'postmortems/dangling.md'], { cwd: dir });
  assert.equal(dangling.code, 2);
  assert.equal(dangling.stderr, 'postmortem: postmortems/dangling.md is a symbolic link to gone.md, which does not exist (ENOENT)\n');
  assert.equal(runCli(['lint', 'postmortems/missing.md'], { cwd: dir }).stderr, 'postmortem: no such file or folder: postmortems/missing.md\n');
});

test('a folder that cannot be listed is reported, and the rest is linted (exit 2)', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a/one.md': BAD_POSTMORTEM, 'postmortems/b/locked.md': BAD_POSTMORTEM, 'postmortems/c/two.md': BAD_POSTMORTEM });
  giveToUnprivileged(dir);
  fs.chmodSync(path.join(dir, 'postmortems', 'b'), 0o000);
  try {
    const r = runCli(['lint', '--format', 'json'], { cwd: dir, as: UNPRIVILEGED });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'postmortem: cannot read folder postmortems/b: EACCES\n');
    assert.deepEqual((JSON.parse(r.stdout) as JsonReport).files.map((f) => f.path), ['postmortems/a/one.md', 'postmortems/c/two.md']);
  } finally {
    fs.chmodSync(path.join(dir, 'postmortems', 'b'), 0o755);
  }
});
