// Every encoding VS Code opens is read: UTF-8 with or without a byte order mark, UTF-16 LE and BE
// with one (what Windows PowerShell 5 writes with `>`). A file that claims UTF-16 and breaks it
// fails the run instead of passing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeText, type TextEncodingName } from '../../server/src/node/decode';
import { BAD_POSTMORTEM, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const UTF16: Array<{ encoding: TextEncodingName; bom: number[] }> = [
  { encoding: 'utf-16le', bom: [0xff, 0xfe] },
  { encoding: 'utf-16be', bom: [0xfe, 0xff] },
];

for (const { encoding, bom } of UTF16) {
  test(`a ${encoding.toUpperCase()} postmortem with a byte order mark is linted like its UTF-8 twin`, () => {
    const dir = tempDir();
    const bytes = encodeText(`\ufeff${BAD_POSTMORTEM}`, encoding);
    assert.deepEqual([...bytes.subarray(0, 2)], bom);
    writeFiles(dir, { 'postmortems/utf8.md': BAD_POSTMORTEM });
    fs.writeFileSync(path.join(dir, 'postmortems', 'utf16.md'), bytes);
    const r = runCli(['lint', '--format', 'json', 'postmortems/'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    const [utf16, utf8] = [report.files.find((f) => f.path.endsWith('utf16.md'))!, report.files.find((f) => f.path.endsWith('utf8.md'))!];
    assert.deepEqual(utf16.findings.map((f) => f.ruleId), ['required-field', 'required-field', 'required-field', 'required-field']);
    assert.deepEqual(utf16.findings, utf8.findings, 'the same findings at the same lines and columns');
  });

  test(`--fix writes a ${encoding.toUpperCase()} postmortem back in ${encoding.toUpperCase()}, byte order mark kept`, () => {
    const dir = tempDir();
    const file = path.join(dir, 'postmortems', 'x.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, encodeText(`\ufeff${BAD_POSTMORTEM.replace(/\n/g, '\r\n')}`, encoding));
    const r = runCli(['lint', '--fix', '--format', 'json', 'postmortems/'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonReport).files[0].fixed, 4);
    const after = fs.readFileSync(file);
    assert.deepEqual([...after.subarray(0, 2)], bom, 'the byte order mark is kept');
    const text = new TextDecoder(encoding).decode(after);
    assert.match(text, /\r\n## Duration\r\n/, 'the fix is there, with the file\'s own line breaks');
    assert.ok(text.startsWith(BAD_POSTMORTEM.replace(/\n/g, '\r\n').split('## Root cause')[0]), 'the text before the fixes is unchanged');
  });
}

test('a file that claims UTF-16 and is not (odd length, an unpaired surrogate) fails the run with exit 2; the rest is linted', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/good.md': BAD_POSTMORTEM });
  fs.writeFileSync(path.join(dir, 'postmortems', 'odd.md'), Buffer.concat([encodeText(`\ufeff${BAD_POSTMORTEM}`, 'utf-16le'), Buffer.from([0x41])]));
  fs.writeFileSync(path.join(dir, 'postmortems', 'surrogate.md'), Buffer.concat([encodeText(`\ufeff${BAD_POSTMORTEM}`, 'utf-16be'), Buffer.from([0xd8, 0x00, 0x00, 0x41])]));
  const r = runCli(['lint', '--format', 'json', 'postmortems/'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    'postmortem: cannot decode postmortems/odd.md: it starts with a UTF-16LE byte order mark but has an odd number of bytes (' + (encodeText(`\ufeff${BAD_POSTMORTEM}`, 'utf-16le').length + 1) + ')\n' +
      'postmortem: cannot decode postmortems/surrogate.md: it starts with a UTF-16BE byte order mark but is not valid UTF-16BE (an unpaired surrogate)\n',
  );
  assert.deepEqual((JSON.parse(r.stdout) as JsonReport).files.map((f) => f.path), ['postmortems/good.md']);
});

test('a .postmortemrc.json in UTF-16LE (PowerShell\'s `>`) is read, and so is standard input in UTF-16', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/x.md': BAD_POSTMORTEM });
  fs.writeFileSync(path.join(dir, '.postmortemrc.json'), encodeText(`\ufeff${JSON.stringify({ rules: { 'required-field': 'off' } })}\r\n`, 'utf-16le'));
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.deepEqual((JSON.parse(r.stdout) as JsonReport).files[0].findings, []);

  const piped = runCli(['lint', '--stdin', '--format', 'json'], { cwd: dir, input: encodeText(`\ufeff${BAD_POSTMORTEM}`, 'utf-16le') });
  assert.equal(piped.stderr, '');
  assert.deepEqual((JSON.parse(piped.stdout) as JsonReport).files[0].findings, [], 'the config applies to standard input too');
});
