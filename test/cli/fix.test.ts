// `postmortem lint --fix`: fixes only what is fixable, is idempotent, keeps BOM and line endings,
// and writes nothing else (checked with git on a copy of the shared corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import * as path from 'node:path';
import { BAD_POSTMORTEM, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const corpus = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'postmortems');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], { cwd, encoding: 'utf8' });
}

function changedFiles(cwd: string): string[] {
  return git(cwd, 'diff', '--name-only', '-z').split('\0').filter(Boolean).sort();
}

test('--fix on a copy of the corpus changes only files with fixable findings, once', { skip: !fs.existsSync(corpus) && 'shared/corpus is absent' }, () => {
  const dir = tempDir('pm-fix-');
  fs.cpSync(corpus, dir, { recursive: true });
  // The shared corpus is read-only, and a copy keeps the mode; --fix leaves read-only files alone.
  fs.chmodSync(dir, 0o755);
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
  fs.writeFileSync(path.join(dir, '.postmortemrc.json'), JSON.stringify({ files: ['**/*.md'] }) + '\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'corpus');

  const before = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  const fixable = before.files.filter((f) => f.findings.some((x) => x.fixable)).map((f) => f.path).sort();
  assert.ok(before.files.length > 10, 'the corpus files are postmortems under the config');

  const first = runCli(['lint', '--fix', '--format', 'json'], { cwd: dir });
  assert.notEqual(first.code, 2, first.stderr);
  const fixed = JSON.parse(first.stdout) as JsonReport;
  const reported = fixed.files.filter((f) => f.fixed > 0).map((f) => f.path).sort();
  const changed = changedFiles(dir);
  assert.deepEqual(changed, reported, 'git sees exactly the files the fixes reported');
  for (const file of changed) assert.ok(fixable.includes(file), `${file} had a fixable finding`);
  assert.equal(fixed.summary.fixable, 0, 'no fixable finding is left behind');
  assert.equal(fixed.summary.filesFixed, reported.length);
  assert.equal(git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter((l) => l.startsWith('??')).length, 0, 'no temp file is left');

  const diff = git(dir, 'diff');
  const second = runCli(['lint', '--fix', '--format', 'json'], { cwd: dir });
  const again = JSON.parse(second.stdout) as JsonReport;
  assert.equal(again.summary.fixed, 0, 'a second --fix has nothing to do');
  assert.equal(git(dir, 'diff'), diff, 'and changes nothing');
  assert.deepEqual(again.files.map((f) => f.findings), fixed.files.map((f) => f.findings), 'it reports what the first one left');
});

test('--fix keeps a BOM and CRLF line endings, and the file mode', () => {
  const dir = tempDir();
  const file = path.join(dir, 'postmortems', 'crlf.md');
  writeFiles(dir, { 'postmortems/crlf.md': '\ufeff' + BAD_POSTMORTEM.replace(/\n/g, '\r\n') });
  fs.chmodSync(file, 0o640);
  const r = runCli(['lint', '--fix', '--format', 'json'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.files[0].fixed, 4);
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.startsWith('\ufeff---\r\n'), 'BOM kept');
  assert.doesNotMatch(text, /[^\r]\n/, 'every line break is CRLF');
  assert.match(text, /\r\n## Duration\r\n/);
  assert.ok(text.includes(BAD_POSTMORTEM.replace(/\n/g, '\r\n').split('## Root cause')[0]), 'the text before the inserted sections is unchanged');
  assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['crlf.md'], 'no temp file is left');
});

test('--fix is refused with --stdin', () => {
  const r = runCli(['lint', '--stdin', '--fix'], { cwd: tempDir(), input: BAD_POSTMORTEM });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'postmortem: --fix cannot be used with --stdin\n');
});
