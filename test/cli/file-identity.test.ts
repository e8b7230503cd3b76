// `postmortem lint --fix` writes into the file the user meant and keeps what the file is: a
// symbolic link stays a link (its target is fixed, or the fix is refused with the reason), hard
// links stay linked, owner, group, mode and inode stay, a read-only file is left alone (exit 2),
// and a writable file in a folder that is not writable is fixed. Then a property test over random
// trees of files. docs/cli.md, "How --fix writes a file", has the decision per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { mergeConfig } from '../../server/src/core/config';
import { fixText, lintFile } from '../../server/src/cli/lint-file';
import { decodeText, encodeText, isUndecodable, type TextEncodingName } from '../../server/src/node/decode';
import { BAD_POSTMORTEM, IS_ROOT, UNPRIVILEGED, giveToUnprivileged, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

/** What --fix must make of a text: the core's own fix loop. */
function fixedText(text: string): string {
  return fixText(text, { config: mergeConfig() }).text;
}

test('--fix through a symbolic link fixes its target inside the working directory and keeps the link', () => {
  const dir = tempDir();
  writeFiles(dir, { 'shared/real.md': BAD_POSTMORTEM });
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.symlinkSync('../shared/real.md', path.join(dir, 'postmortems', 'link.md'));
  const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  assert.equal((JSON.parse(r.stdout) as JsonReport).files[0].fixed, 4);
  const link = path.join(dir, 'postmortems', 'link.md');
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a symbolic link');
  assert.equal(fs.readlinkSync(link), '../shared/real.md', 'pointing where it pointed');
  assert.equal(fs.readFileSync(path.join(dir, 'shared', 'real.md'), 'utf8'), fixedText(BAD_POSTMORTEM), 'the target holds the fix');
});

test('--fix refuses a symbolic link to a file outside the working directory, says why, and exits 2', () => {
  const dir = tempDir();
  const elsewhere = tempDir('pm-elsewhere-');
  fs.writeFileSync(path.join(elsewhere, 'real.md'), BAD_POSTMORTEM);
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.symlinkSync(path.join(elsewhere, 'real.md'), path.join(dir, 'postmortems', 'out.md'));
  const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `postmortem: not fixed: postmortems/out.md is a symbolic link to ${path.join(elsewhere, 'real.md')}, outside the working directory; run --fix where that file lives\n`);
  assert.equal(fs.readFileSync(path.join(elsewhere, 'real.md'), 'utf8'), BAD_POSTMORTEM, 'the target is untouched');
  assert.ok(fs.lstatSync(path.join(dir, 'postmortems', 'out.md')).isSymbolicLink());
  assert.equal((JSON.parse(r.stdout) as JsonReport).files[0].findings.length, 4, 'its findings are still reported');
});

test('--fix keeps hard links linked: both names see the fix, one inode', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a.md': BAD_POSTMORTEM });
  fs.linkSync(path.join(dir, 'postmortems', 'a.md'), path.join(dir, 'postmortems', 'b.md'));
  const ino = fs.statSync(path.join(dir, 'postmortems', 'a.md')).ino;
  const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.files.map((f) => [f.path, f.fixed]), [['postmortems/a.md', 4], ['postmortems/b.md', 0]], 'fixed once, through the first name');
  for (const name of ['a.md', 'b.md']) {
    const st = fs.statSync(path.join(dir, 'postmortems', name));
    assert.equal(st.ino, ino, `${name} keeps the inode`);
    assert.equal(st.nlink, 2, `${name} is still linked`);
    assert.equal(fs.readFileSync(path.join(dir, 'postmortems', name), 'utf8'), fixedText(BAD_POSTMORTEM));
  }
});

test('--fix keeps the owner, group, mode and inode of a file', { skip: !IS_ROOT && 'changing a file\'s owner needs root' }, () => {
  const dir = tempDir();
  const file = path.join(dir, 'postmortems', 'theirs.md');
  writeFiles(dir, { 'postmortems/theirs.md': BAD_POSTMORTEM });
  fs.chownSync(file, 1234, 5678);
  fs.chmodSync(file, 0o640);
  const before = fs.statSync(file);
  const r = runCli(['lint', '--fix', 'postmortems/'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const after = fs.statSync(file);
  assert.deepEqual([after.ino, after.uid, after.gid, after.mode & 0o7777], [before.ino, 1234, 5678, 0o640]);
  assert.equal(fs.readFileSync(file, 'utf8'), fixedText(BAD_POSTMORTEM));
});

test('--fix leaves a read-only file (chmod 444) untouched, says so and exits 2, even as root', () => {
  const dir = tempDir();
  const file = path.join(dir, 'postmortems', 'ro.md');
  writeFiles(dir, { 'postmortems/ro.md': BAD_POSTMORTEM });
  fs.chmodSync(file, 0o444);
  const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'postmortem: not fixed: postmortems/ro.md is read-only (mode 0444)\n');
  assert.equal(fs.readFileSync(file, 'utf8'), BAD_POSTMORTEM);
  assert.equal(fs.statSync(file).mode & 0o777, 0o444);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual([report.files[0].fixed, report.files[0].findings.length], [0, 4], 'the findings of the file as it is');
});

test('--fix writes a writable file in a folder it may not write (no temporary file is needed)', () => {
  const dir = tempDir();
  const file = path.join(dir, 'postmortems', 'mine.md');
  writeFiles(dir, { 'postmortems/mine.md': BAD_POSTMORTEM });
  giveToUnprivileged(file);
  fs.chmodSync(path.join(dir, 'postmortems'), 0o555);
  if (UNPRIVILEGED) fs.chmodSync(dir, 0o755);
  try {
    const r = runCli(['lint', '--fix', 'postmortems/'], { cwd: dir, as: UNPRIVILEGED });
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(fs.readFileSync(file, 'utf8'), fixedText(BAD_POSTMORTEM));
  } finally {
    fs.chmodSync(path.join(dir, 'postmortems'), 0o755);
  }
});

test('--fix that fails half way through a write puts the original bytes back', (t) => {
  const dir = tempDir();
  const file = path.join(dir, 'postmortems', 'full.md');
  writeFiles(dir, { 'postmortems/full.md': BAD_POSTMORTEM });
  // The disk fills up after 10 bytes of the new text: those 10 bytes are on disk, the rest is not.
  const realWrite = fs.writeSync;
  let calls = 0;
  t.mock.method(fs, 'writeSync', (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => {
    if (calls++ === 0) {
      realWrite(fd, buffer, offset, Math.min(10, length), position);
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    return realWrite(fd, buffer, offset, length, position);
  });
  const outcome = lintFile({ abs: file, rel: 'postmortems/full.md', config: mergeConfig(), configHash: 'x', fix: true, root: dir });
  assert.equal(outcome.error, 'not fixed: cannot write postmortems/full.md: ENOSPC');
  assert.equal(outcome.fixed, 0);
  assert.equal(outcome.findings.length, 4, 'the findings of the file as it is');
  assert.equal(fs.readFileSync(file, 'utf8'), BAD_POSTMORTEM);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['full.md'], 'no other file');
});

// ---------------------------------------------------------------------------------------------
// Property: random trees of files, one --fix run each.

interface Content {
  name: string;
  text: string;
  encoding: TextEncodingName;
}

const CONTENTS: Content[] = [
  { name: 'missing sections', text: BAD_POSTMORTEM, encoding: 'utf-8' },
  { name: 'BOM and CRLF', text: `\ufeff${BAD_POSTMORTEM.replace(/\n/g, '\r\n')}`, encoding: 'utf-8' },
  { name: 'UTF-16LE', text: `\ufeff${BAD_POSTMORTEM}`, encoding: 'utf-16le' },
  { name: 'UTF-16BE, CRLF', text: `\ufeff${BAD_POSTMORTEM.replace(/\n/g, '\r\n')}`, encoding: 'utf-16be' },
  { name: 'a status in another case', text: BAD_POSTMORTEM.replace('date: 2024-03-01\n', 'date: 2024-03-01\nstatus: Final\n'), encoding: 'utf-8' },
  { name: 'nothing to fix', text: BAD_POSTMORTEM.replace('# Search down', '# Search down\n\n<!-- postmortem-disable required-field -->'), encoding: 'utf-8' },
];

interface Entry {
  content: number;
  kind: 'file' | 'symlink' | 'hardlinks';
  mode: number;
  owner: number;
}

const entryArb: fc.Arbitrary<Entry> = fc.record({
  content: fc.nat({ max: CONTENTS.length - 1 }),
  kind: fc.constantFrom('file', 'symlink', 'hardlinks'),
  mode: fc.constantFrom(0o600, 0o640, 0o644, 0o664, 0o444),
  owner: fc.constantFrom(0, 1234),
});

interface Seen {
  path: string;
  link?: string;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  bytes: Buffer;
}

function snapshot(file: string): Seen {
  const lst = fs.lstatSync(file);
  const st = fs.statSync(file);
  return { path: file, link: lst.isSymbolicLink() ? fs.readlinkSync(file) : undefined, ino: st.ino, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, bytes: fs.readFileSync(file) };
}

test('property: over random trees, --fix keeps every inode or symlink, mode and owner, and changes bytes only by the fixes', { timeout: 300_000 }, () => {
  fc.assert(
    fc.property(fc.array(entryArb, { minLength: 1, maxLength: 4 }), (entries) => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-fix-prop-')));
      try {
        check(dir, entries);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: Number(process.env.FIX_PROPERTY_RUNS ?? 25), seed: Number(process.env.FIX_PROPERTY_SEED ?? 15) },
  );
});

/** One run of the property: builds the tree in `dir`, runs --fix, compares. */
function check(dir: string, entries: Entry[]): void {
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.mkdirSync(path.join(dir, 'shared'));
  const names: string[] = [];
  entries.forEach((e, i) => {
    const c = CONTENTS[e.content]!;
    const bytes = encodeText(c.text, c.encoding);
    const own = path.join(dir, e.kind === 'symlink' ? 'shared' : 'postmortems', `f${i}.md`);
    fs.writeFileSync(own, bytes);
    fs.chmodSync(own, e.mode);
    if (IS_ROOT) fs.chownSync(own, e.owner, e.owner);
    if (e.kind === 'symlink') {
      fs.symlinkSync(`../shared/f${i}.md`, path.join(dir, 'postmortems', `f${i}.md`));
    } else if (e.kind === 'hardlinks') {
      fs.linkSync(own, path.join(dir, 'postmortems', `f${i}-again.md`));
      names.push(`f${i}-again.md`);
    }
    names.push(`f${i}.md`);
  });
  const before = new Map(names.map((n) => [n, snapshot(path.join(dir, 'postmortems', n))]));
  const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit ${r.code}: ${r.stderr}`);
  for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^postmortem: not fixed: \S+ is read-only \(mode 0444\)$/);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'postmortems')).sort(), [...names].sort(), 'no file added or removed');
  for (const [name, b] of before) {
    const a = snapshot(path.join(dir, 'postmortems', name));
    assert.equal(a.link, b.link, `${name}: a link stays the same link, a file stays a file`);
    assert.deepEqual([a.ino, a.mode, a.uid, a.gid], [b.ino, b.mode, b.uid, b.gid], `${name}: inode, mode and owner`);
    const decoded = decodeText(b.bytes);
    assert.ok(!isUndecodable(decoded));
    const expected = b.mode === 0o444 ? b.bytes : encodeText(fixedText(decoded.text), decoded.encoding);
    assert.ok(a.bytes.equals(expected), `${name}: the bytes are the original's with the core's fixes applied, in its own encoding`);
  }
}
