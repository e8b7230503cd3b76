// `postmortem lint` end to end: the built binary, its exit codes, its stderr lines and its formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BAD_POSTMORTEM, repoRoot, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const root = repoRoot();
const kakao = fs.readdirSync(path.join(root, 'templates')).filter((f) => /^kakao-.*\.md$/.test(f)).sort();

test('the six Kakao templates (English, Korean, Japanese) lint clean (exit 0)', () => {
  assert.equal(kakao.length, 6);
  for (const file of kakao) {
    const r = runCli(['lint', '--format', 'json', path.join('templates', file)], { cwd: root });
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.files.flatMap((f) => f.findings.map((x) => `${x.ruleId} ${x.line}:${x.column} ${x.message}`)), [], file);
    assert.equal(r.code, 0, `${file}: ${r.stderr}`);
    assert.equal(r.stderr, '');
  }
});

test('a postmortem with an error exits 1; stylish groups findings under the file and ends with a summary', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/search.md': BAD_POSTMORTEM });
  const r = runCli(['lint'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^\npostmortems\/search\.md\n {2}7:1 {2}error {2}Missing required field "duration"/);
  assert.match(r.stdout, /✖ 4 problems \(4 errors, 0 warnings\) in 1 postmortem\n/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colors when stdout is not a terminal');
});

test('postmortem-lint is postmortem lint; postmortem alone is a usage error', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/search.md': BAD_POSTMORTEM });
  const bare = runCli([], { cwd: dir });
  assert.equal(bare.code, 2);
  assert.equal(bare.stderr, 'postmortem: missing command: lint, report, new, init, templates or timeline (see --help)\n');
  // npm links each bin under its own name; the bundle reads that name from argv[1].
  const link = path.join(dir, 'postmortem-lint');
  fs.symlinkSync(path.join(root, 'dist', 'cli.js'), link);
  const s = spawnSync(process.execPath, [link, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(s.status, 1, s.stderr);
  assert.equal((JSON.parse(s.stdout) as JsonReport).summary.errors, 4);
});

test('a broken .postmortemrc.json exits 2 with the file, the place and the problem on one stderr line', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/search.md': BAD_POSTMORTEM, '.postmortemrc.json': '{\n  "required": ["cause",]\n}\n' });
  const r = runCli(['lint'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'postmortem: invalid config .postmortemrc.json:2:24: Invalid JSON (ValueExpected)\n');

  writeFiles(dir, { '.postmortemrc.json': '{ "rules": { "required-field": "loud" } }' });
  const bad = runCli(['lint'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^postmortem: invalid config \.postmortemrc\.json:1:\d+: "rules\.required-field" must be one of "error", "warning", "information", "hint", "off"\n$/);
});

test('an unknown option exits 2 with one stderr line', () => {
  const r = runCli(['lint', '--bogus'], { cwd: tempDir() });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "postmortem: unknown option '--bogus' (see --help)\n");
});

test('usage errors: a missing file, a bad --format, a bad --max-warnings, an unknown command', () => {
  const dir = tempDir();
  const cases: Array<[string[], string]> = [
    [['lint', 'nope.md'], 'postmortem: no such file or folder: nope.md\n'],
    [['lint', 'postmortems/**/*.md'], 'postmortem: no files match the pattern: postmortems/**/*.md\n'],
    [['lint', '--format', 'xml'], "postmortem: unknown format 'xml' (expected stylish, json, sarif, github, gitlab)\n"],
    [['lint', '--max-warnings', 'many'], "postmortem: --max-warnings needs a whole number of 0 or more, not 'many'\n"],
    [['lint', '--format'], "postmortem: option '--format' needs a value\n"],
    [['lint', '--config', 'missing.json'], 'postmortem: config file not found: missing.json\n'],
    [['frobnicate'], "postmortem: unknown command 'frobnicate' (see --help)\n"],
  ];
  for (const [args, stderr] of cases) {
    const r = runCli(args, { cwd: dir });
    assert.equal(r.stderr, stderr, args.join(' '));
    assert.equal(r.code, 2, args.join(' '));
  }
});

test('--help and --version', () => {
  const dir = tempDir();
  assert.match(runCli(['--help'], { cwd: dir }).stdout, /^Usage: postmortem <command>/);
  assert.match(runCli(['lint', '--help'], { cwd: dir }).stdout, /--max-warnings <n>/);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(runCli(['--version'], { cwd: dir }).stdout, `${pkg.version}\n`);
});

test('--stdin with --stdin-filename lints standard input as that path', () => {
  const dir = tempDir();
  const r = runCli(['lint', '--stdin', '--stdin-filename', 'postmortems/x.md', '--format', 'json'], { cwd: dir, input: BAD_POSTMORTEM });
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.files.map((f) => f.path), ['postmortems/x.md']);
  assert.equal(report.files[0].findings.length, 4);

  // A path that is not a postmortem's, with no front matter saying so, gets no findings.
  const plain = BAD_POSTMORTEM.replace('type: postmortem\n', '');
  const notes = runCli(['lint', '--stdin', '--stdin-filename', 'notes/x.md', '--format', 'json'], { cwd: dir, input: plain });
  assert.equal(notes.code, 0);
  assert.deepEqual((JSON.parse(notes.stdout) as JsonReport).files, []);
});

test('--format json has the documented shape', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/search.md': BAD_POSTMORTEM });
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.version, 1);
  assert.equal(report.tool.name, 'postmortem');
  assert.equal(report.files.length, 1);
  const f = report.files[0];
  assert.equal(f.path, 'postmortems/search.md');
  assert.equal(f.fixed, 0);
  assert.deepEqual(f.findings[0], {
    ruleId: 'required-field',
    messageId: f.findings[0].messageId,
    severity: 'error',
    message: f.findings[0].message,
    line: 7,
    column: 1,
    endLine: 7,
    endColumn: 14,
    fixable: true,
  });
  for (const x of f.findings) {
    assert.deepEqual(Object.keys(x).sort(), ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'messageId', 'ruleId', 'severity']);
    assert.ok(x.message.length > 0);
  }
  assert.deepEqual(report.summary, { files: 1, errors: 4, warnings: 0, information: 0, hints: 0, fixable: 4, fixed: 0, filesFixed: 0 });
});

test('--format github writes one workflow command per finding, escaped', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a,b: c.md': BAD_POSTMORTEM });
  const r = runCli(['lint', '--format', 'github'], { cwd: dir });
  assert.equal(r.code, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 4);
  assert.equal(
    lines[0],
    '::error file=postmortems/a%2Cb%3A c.md,line=7,col=1,endLine=7,endColumn=14,title=required-field::Missing required field "duration": add a "Duration" section, a "Duration:" line or a front matter key.',
  );
});

test('warnings: --max-warnings and --quiet', () => {
  const dir = tempDir();
  const text = fs.readFileSync(path.join(root, 'templates', 'kakao-2012-lg-cns-power-failure.md'), 'utf8');
  // A second "Summary" section is a duplicate-section warning and nothing else.
  writeFiles(dir, { 'postmortems/dup.md': `${text.trimEnd()}\n\n## Summary\n\nAgain.\n` });
  const plain = runCli(['lint', '--format', 'json'], { cwd: dir });
  const warnings = (JSON.parse(plain.stdout) as JsonReport).summary.warnings;
  assert.ok(warnings >= 1, plain.stdout);
  assert.equal((JSON.parse(plain.stdout) as JsonReport).summary.errors, 0, plain.stdout);
  assert.equal(plain.code, 0);
  assert.equal(runCli(['lint', '--max-warnings', String(warnings)], { cwd: dir }).code, 0);
  const over = runCli(['lint', '--max-warnings', String(warnings - 1)], { cwd: dir });
  assert.equal(over.code, 1);
  assert.match(over.stderr, /more than --max-warnings/);
  const quiet = runCli(['lint', '--quiet', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
  assert.equal(quiet.code, 0);
  assert.deepEqual((JSON.parse(quiet.stdout) as JsonReport).files[0].findings, []);
});

test('which files: config globs, front matter, .gitignore, ignore globs, and named files that are not postmortems', () => {
  const dir = tempDir();
  const noType = BAD_POSTMORTEM.replace('type: postmortem\n', '');
  writeFiles(dir, {
    'postmortems/a.md': noType, // matches the default files globs
    'postmortems/README.md': noType, // ignored by the default ignore globs
    'notes/b.md': BAD_POSTMORTEM, // front matter says postmortem
    'notes/c.md': noType, // not a postmortem
    'build/postmortems/d.md': noType, // .gitignore'd
    '.gitignore': 'build/\n',
    'README.md': '# Project\n',
  });
  const all = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  assert.deepEqual(all.files.map((f) => f.path), ['notes/b.md', 'postmortems/a.md']);

  const folder = JSON.parse(runCli(['lint', '--format', 'json', 'notes'], { cwd: dir }).stdout) as JsonReport;
  assert.deepEqual(folder.files.map((f) => f.path), ['notes/b.md']);

  const glob = JSON.parse(runCli(['lint', '--format', 'json', '**/*.md'], { cwd: dir }).stdout) as JsonReport;
  assert.deepEqual(glob.files.map((f) => f.path), ['notes/b.md', 'postmortems/a.md']);

  // Named files (as pre-commit passes them): postmortems are linted, other Markdown is skipped.
  const named = runCli(['lint', 'README.md', 'notes/c.md', 'build/postmortems/d.md'], { cwd: dir });
  assert.equal(named.code, 1, 'build/postmortems/d.md matches the files globs, so it is linted when named');
  assert.match(named.stdout, /build\/postmortems\/d\.md/);
  assert.match(named.stdout, /2 named files not linted, not postmortems: README\.md, notes\/c\.md\./);

  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ files: ['notes/**/*.md'], ignore: ['notes/b.md'] }) });
  const configured = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  assert.deepEqual(configured.files.map((f) => f.path), ['notes/b.md', 'notes/c.md'], 'front matter wins over ignore; notes/c.md matches files');
});

test('--print-config prints the effective config of a file', () => {
  const dir = tempDir();
  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ timezone: 'Asia/Seoul', rules: { 'duplicate-section': 'off' } }), 'team/.postmortemrc.json': '{ "locale": "ko" }' });
  const top = JSON.parse(runCli(['lint', '--print-config', 'postmortems/x.md'], { cwd: dir }).stdout) as Record<string, unknown>;
  assert.equal(top.timezone, 'Asia/Seoul');
  assert.deepEqual(top.rules, { 'duplicate-section': 'off' });
  assert.equal(top.locale, 'en');
  const team = JSON.parse(runCli(['lint', '--print-config', 'team/x.md'], { cwd: dir }).stdout) as Record<string, unknown>;
  assert.equal(team.locale, 'ko', 'the nearest config file applies');
  assert.equal(team.timezone, '', 'config files do not cascade');
  const explicit = JSON.parse(runCli(['lint', '--config', 'team/.postmortemrc.json', '--print-config', 'x.md'], { cwd: dir }).stdout) as Record<string, unknown>;
  assert.equal(explicit.locale, 'ko');
});

test('a team schema outside the working directory is a config error', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a.md': BAD_POSTMORTEM, '.postmortemrc.json': JSON.stringify({ schema: '../team.schema.json' }) });
  const r = runCli(['lint'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'postmortem: invalid config .postmortemrc.json: "schema" (../team.schema.json) is outside the working directory\n');
});

test('a team schema that is not a usable JSON Schema is a config error, not a silent pass', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a.md': BAD_POSTMORTEM, 'team.schema.json': JSON.stringify({ properties: { severity: { type: 'nope' } } }), '.postmortemrc.json': JSON.stringify({ schema: 'team.schema.json' }) });
  const r = runCli(['lint'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^postmortem: invalid config \.postmortemrc\.json: the team schema team\.schema\.json is not a usable JSON Schema: .*type/);
  assert.equal(r.stderr.split('\n').length, 2, 'one line');
});

test('--cache reuses stored findings of unchanged files and relints changed ones', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a.md': BAD_POSTMORTEM });
  const first = runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
  const cacheFile = path.join(dir, 'node_modules', '.cache', 'postmortem', 'lint-cache.json');
  assert.ok(fs.existsSync(cacheFile));
  // Prove reuse: a stored message is printed as stored.
  const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { findings: Array<{ message: string }> }> };
  const key = Object.keys(cache.entries)[0];
  cache.entries[key].findings[0].message = 'from the cache';
  fs.writeFileSync(cacheFile, JSON.stringify(cache));
  const second = JSON.parse(runCli(['lint', '--cache', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  assert.equal(second.files[0].findings[0].message, 'from the cache');
  // A change to the file, or to the config, invalidates the entry.
  fs.appendFileSync(path.join(dir, 'postmortems/a.md'), '\n');
  const third = JSON.parse(runCli(['lint', '--cache', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  assert.deepEqual(third.files, (JSON.parse(first.stdout) as JsonReport).files);
  // --cache-location names a folder.
  const elsewhere = path.join(dir, 'cache-here') + path.sep;
  runCli(['lint', '--cache-location', elsewhere], { cwd: dir });
  assert.ok(fs.existsSync(path.join(elsewhere, 'lint-cache.json')));
});

test('many files are linted in worker threads with the same findings, sorted by path', () => {
  const dir = tempDir();
  const variants = [
    BAD_POSTMORTEM,
    BAD_POSTMORTEM.replace('## Root cause\n\nA bad index mapping was deployed.\n', ''),
    fs.readFileSync(path.join(root, 'templates', 'kakao-2012-lg-cns-power-failure.md'), 'utf8'),
  ];
  const files: Record<string, string> = {};
  for (let i = 0; i < 63; i++) files[`postmortems/${String(i).padStart(2, '0')}-v${i % 3}.md`] = variants[i % 3];
  writeFiles(dir, files);
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.files.map((f) => f.path), Object.keys(files).sort());
  // Every copy of a variant has the findings a single-file run gives, but for the cross-document
  // ones: copies of one postmortem are duplicates of each other (test/cli/cross-document.test.ts).
  const alone = (findings: JsonReport['files'][number]['findings']) => findings.filter((x) => !['duplicate-incident', 'recurring-incident'].includes(x.ruleId));
  const single = [0, 1, 2].map((v) => (JSON.parse(runCli(['lint', '--format', 'json', `postmortems/0${v}-v${v}.md`], { cwd: dir }).stdout) as JsonReport).files[0].findings);
  for (const f of report.files) assert.deepEqual(alone(f.findings), single[Number(/-v(\d)\.md$/.exec(f.path)![1])], f.path);
});

test('among many files, one too large for a worker is linted on the main thread with the findings a single run gives', () => {
  // Workers have a bounded heap (cli/pool.ts): a file over WORKER_MAX_FILE_BYTES is linted on the
  // main thread, one just under it in a worker (or, if the worker runs out of heap, on the main
  // thread after all); either way the findings are those of a run on that file alone.
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`postmortems/${String(i).padStart(2, '0')}.md`] = BAD_POSTMORTEM;
  const item = (n: number) => `- 2024-03-0${1 + (n % 9)} 10:${String(n % 60).padStart(2, '0')} UTC step ${n} of the rollback\n  - checked the pool on host-${n}\n  - confirmed with the owner\n`;
  const long = (bytes: number) => {
    let body = BAD_POSTMORTEM.replace('## Timeline\n', '## Timeline\n\n');
    for (let n = 0; body.length < bytes; n++) body += item(n);
    return body;
  };
  files['postmortems/zz-just-under.md'] = long(500 * 1024);
  files['postmortems/zz-over.md'] = long(600 * 1024);
  writeFiles(dir, files);
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.equal(r.stderr.trim(), '');
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.files.length, 62);
  for (const name of ['postmortems/zz-just-under.md', 'postmortems/zz-over.md']) {
    const alone = (JSON.parse(runCli(['lint', '--format', 'json', name], { cwd: dir }).stdout) as JsonReport).files[0].findings;
    assert.deepEqual(report.files.find((f) => f.path === name)!.findings, alone, name);
  }
});
