// Values that used to switch checks off in silence, through the built CLI: impossible dates,
// times, offsets and numbers are invalid-value findings on their own line; mistyped front matter
// keys get a did-you-mean (and --fix renames them when that is safe); `status: finl` is fixed (`Final`, the
// same word with a capital, is accepted as it is).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, runCliTimed, tempDir, writeFiles, type JsonReport } from './helpers';

const BODY = '\n# Outage\n\n## Root cause\n\nA bad deploy.\n\n## Affected services\n\n- api\n\n## Servers restored\n\nN/A: a managed service.\n\n## User impact\n\nLogins failed.\n';

/** Lints one postmortem and returns its findings as `line ruleId messageId`. */
function findings(frontMatter: string, body = BODY, args: string[] = []): { list: string[]; messages: string[]; dir: string; code: number | null } {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/x.md': `---\ntype: postmortem\n${frontMatter}---\n${body}` });
  const r = runCli(['lint', '--format', 'json', ...args, 'postmortems/x.md'], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const file = (JSON.parse(r.stdout) as JsonReport).files[0]!;
  return { list: file.findings.map((f) => `${f.line} ${f.ruleId} ${f.messageId}`), messages: file.findings.map((f) => f.message), dir, code: r.code };
}

test('impossible timestamps and dates are invalid-value findings, not "not stated"', () => {
  const r = findings('date: 2024-13-45\nstarted: 2024-02-30T10:00:00Z\nresolved: 2024-03-01T25:61:00Z\nduration: 2h\n', `${BODY}\n## Timeline\n\n- 25:61 UTC database down\n`);
  assert.deepEqual(r.list, [
    '3 invalid-value impossibleDate',
    '4 invalid-value impossibleDate',
    '5 invalid-value impossibleTime',
    '29 invalid-value impossibleTime',
  ]);
  assert.equal(r.code, 1);
});

test('an offset of +25:00 is an impossible offset, not "has no time zone"', () => {
  const r = findings('started: 2024-03-01T10:00:00+09:00\nresolved: 2024-03-01T14:00:00+25:00\nduration: 4h\n');
  assert.deepEqual(r.list, ['4 invalid-value impossibleOffset']);
  assert.match(r.messages[0]!, /^"2024-03-01T14:00:00\+25:00" has a time zone offset that no zone has/);
});

test('impossible numbers are reported on the line they are written on', () => {
  const r = findings('users_affected: -5\nusers_total: .nan\nservers:\n  restored: 1e400\n  total: "lots"\nduration: -2h\n');
  assert.deepEqual(r.list, [
    '3 invalid-value notCount',
    '4 invalid-value notCount',
    '6 invalid-value notCount',
    '7 invalid-value notCount',
    '8 invalid-value unreadable',
  ]);
});

test('a mistyped front matter key gets a did-you-mean, and --fix renames it, which switches the duration check back on', () => {
  const fm = 'started: 2024-03-01T10:00:00Z\nresovled: 2024-03-01T14:00:00Z\nduration: 2h\n';
  const r = findings(fm);
  assert.deepEqual(r.list, ['4 front-matter unknownKey']);
  assert.equal(r.messages[0], 'Unknown front matter key "resovled": did you mean "resolved"? As written, nothing reads it.');
  const fixed = runCli(['lint', '--fix', '--format', 'json', 'postmortems/x.md'], { cwd: r.dir });
  const file = (JSON.parse(fixed.stdout) as JsonReport).files[0]!;
  const text = fs.readFileSync(path.join(r.dir, 'postmortems', 'x.md'), 'utf8');
  assert.match(text, /^resolved: 2024-03-01T14:00:00Z$/m);
  // Read again, the key makes started → resolved 4 h, so duration-mismatch fixes the stated 2 h in the next pass.
  assert.match(text, /^duration: 4 h$/m);
  assert.equal(file.fixed, 2);
  assert.deepEqual(file.findings, []);
});

test('--fix applies the front matter did-you-mean: status: finl becomes final', () => {
  const r = findings('status: finl\nduration: 2h\n');
  assert.deepEqual(r.list, ['3 front-matter enumDidYouMean']);
  const fixed = runCli(['lint', '--fix', 'postmortems/x.md'], { cwd: r.dir });
  assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
  assert.match(fs.readFileSync(path.join(r.dir, 'postmortems', 'x.md'), 'utf8'), /^status: final$/m);
});

test('a !!binary value is quoted as written', () => {
  const r = findings('duration: !!binary aGVsbG8=\n');
  assert.deepEqual(r.messages, ['Cannot read "!!binary aGVsbG8=" as a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`.']);
});

test('front matter of 40,000 keys (800 KB) is answered in well under 2 s; 9,000 keys are read, a duplicate among them found', () => {
  const dir = tempDir();
  const big = Array.from({ length: 40_000 }, (_, i) => `key${String(i).padStart(5, '0')}: value${i}`).join('\n');
  const keys = Array.from({ length: 9_000 }, (_, i) => `key${i}: value${i}`).join('\n');
  writeFiles(dir, { 'postmortems/big.md': `---\ntype: postmortem\n${big}\n---\n${BODY}`, 'postmortems/dup.md': `---\ntype: postmortem\n${keys}\nkey7: again\n---\n${BODY}` });
  const lines = (r: { stdout: string }) => (JSON.parse(r.stdout) as JsonReport).files[0]!.findings.filter((f) => f.ruleId === 'front-matter').map((f) => `${f.line} ${f.messageId}`);

  const big40k = runCliTimed(['lint', '--format', 'json', 'postmortems/big.md'], { cwd: dir });
  assert.deepEqual(lines(big40k), ['2 tooLong']);
  assert.ok(big40k.cpuMs < 2000, `40,000 keys took ${big40k.cpuMs} ms of CPU (${big40k.wallMs} ms wall)`);

  const dup = runCliTimed(['lint', '--format', 'json', 'postmortems/dup.md'], { cwd: dir });
  assert.deepEqual(lines(dup), ['9003 yaml']);
  assert.ok(dup.cpuMs < 2000, `9,000 keys took ${dup.cpuMs} ms of CPU (${dup.wallMs} ms wall)`);
});
