// `postmortem new`, `postmortem templates`, and the New Postmortem logic shared with the editor
// (createPostmortem), tested without the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPostmortem, listTemplates, TemplateError } from '../../server/src/node/templates';
import { fileNameFor, renderTemplate, slugify, templateDefaults, withConflictSuffix } from '../../server/src/core/templates';
import { spawn } from 'node:child_process';
import { CLI, repoRoot, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const root = repoRoot();
const KAKAO_2012 = 'postmortems/2012-04-28-kakaotalk-down-after-a-power-failure-at-the-lg-cns-data-center.md';

test('postmortem new writes a postmortem that postmortem lint passes, and refuses to overwrite it', () => {
  const dir = tempDir();
  const r = runCli(['new', '--template', 'kakao-2012-lg-cns-power-failure'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${KAKAO_2012}\n`);
  const written = fs.readFileSync(path.join(dir, KAKAO_2012), 'utf8');
  assert.equal(written, fs.readFileSync(path.join(root, 'templates', 'kakao-2012-lg-cns-power-failure.md'), 'utf8'), 'the example keeps its own title and date');

  const lint = runCli(['lint', '--format', 'json'], { cwd: dir });
  assert.deepEqual((JSON.parse(lint.stdout) as JsonReport).files.map((f) => f.findings), [[]]);
  assert.equal(lint.code, 0, lint.stderr);

  const again = runCli(['new', '--template', 'kakao-2012-lg-cns-power-failure'], { cwd: dir });
  assert.equal(again.code, 2);
  assert.equal(again.stdout, '');
  assert.equal(again.stderr, `postmortem: ${KAKAO_2012} already exists; refusing to overwrite it\n`);
  assert.equal(fs.readFileSync(path.join(dir, KAKAO_2012), 'utf8'), written);
});

test('postmortem new: --title, --date, --out as a folder or a file, and the config', () => {
  const dir = tempDir();
  const a = runCli(['new', '--template', 'blank', '--title', 'Checkout 502s', '--date', '2024-05-06', '--out', 'docs/incidents/'], { cwd: dir });
  assert.equal(a.code, 0, a.stderr);
  assert.equal(a.stdout, 'docs/incidents/2024-05-06-checkout-502s.md\n');
  const text = fs.readFileSync(path.join(dir, 'docs/incidents/2024-05-06-checkout-502s.md'), 'utf8');
  assert.match(text, /^---\ntype: postmortem\nkind: outage +#[^\n]*\ntitle: "Checkout 502s"\ndate: 2024-05-06\n/);
  assert.match(text, /^# Checkout 502s$/m);
  assert.doesNotMatch(text, /\{\{/);

  const b = runCli(['new', '--template', 'blank-ko', '--title', '결제 장애', '--date', '2024-05-07', '--out', 'x/my file.md'], { cwd: dir });
  assert.equal(b.code, 0, b.stderr);
  assert.equal(b.stdout, 'x/my file.md\n');

  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ newFileFolder: 'retro', newFileName: '{date}_{slug}.md' }) });
  const c = runCli(['new', '--title', 'Queue backlog', '--date', '2024-05-08'], { cwd: dir });
  assert.equal(c.stdout, 'retro/2024-05-08_queue-backlog.md\n', c.stderr);

  const bad = runCli(['new', '--date', '2024-13-01'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, "postmortem: invalid --date '2024-13-01': expected YYYY-MM-DD\n");
  const unknown = runCli(['new', '--template', 'nope'], { cwd: dir });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^postmortem: unknown template "nope" \(known: blank, blank-ko, /);
});

test('createPostmortem writes postmortems/2022-10-15-<slug>.md from the Kakao 2022 template, then -2 on conflict', () => {
  const dir = tempDir();
  const options = { templateId: 'kakao-2022-pangyo-data-center-fire', title: 'Pangyo data center fire', date: '2022-10-15', folder: path.join(dir, 'postmortems'), fileNamePattern: '{date}-{slug}.md', suffixOnConflict: true };
  const first = createPostmortem(options);
  assert.equal(first.file, path.join(dir, 'postmortems', '2022-10-15-pangyo-data-center-fire.md'));
  const second = createPostmortem(options);
  assert.equal(second.file, path.join(dir, 'postmortems', '2022-10-15-pangyo-data-center-fire-2.md'));
  assert.equal(fs.readFileSync(second.file, 'utf8'), fs.readFileSync(first.file, 'utf8'));
  assert.match(first.text, /^title: "Pangyo data center fire"$/m);
  assert.match(first.text, /^date: 2022-10-15$/m);
  assert.throws(() => createPostmortem({ ...options, suffixOnConflict: false }), (err: unknown) => err instanceof TemplateError && err.code === 'exists');

  // Both pass the linter.
  const lint = runCli(['lint', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(lint.stdout) as JsonReport;
  assert.deepEqual(report.files.map((f) => f.path), ['postmortems/2022-10-15-pangyo-data-center-fire-2.md', 'postmortems/2022-10-15-pangyo-data-center-fire.md']);
  assert.equal(lint.code, 0, JSON.stringify(report.files.flatMap((f) => f.findings)));
});

test('createPostmortem numbers repeated names -2, -3… and never overwrites', () => {
  const dir = tempDir();
  const files = Array.from({ length: 5 }, () => createPostmortem({ templateId: 'blank', title: 'Same', date: '2024-01-01', folder: dir, suffixOnConflict: true }).file);
  assert.deepEqual(files.map((f) => path.basename(f)), ['2024-01-01-same.md', '2024-01-01-same-2.md', '2024-01-01-same-3.md', '2024-01-01-same-4.md', '2024-01-01-same-5.md']);
});

test('postmortem templates lists the built-ins and the team folder', () => {
  const dir = tempDir();
  const r = runCli(['templates'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0], /^ID\s+LANG\s+LABEL$/);
  for (const id of ['blank', 'blank-ko', 'kakao-2022-pangyo-data-center-fire', 'kakao-2012-lg-cns-power-failure', 'kakao-2022-pangyo-data-center-fire-ko', 'kakao-2012-lg-cns-power-failure-ko']) {
    assert.ok(lines.some((l) => l.startsWith(`${id} `)), id);
  }
  assert.match(r.stdout, /^blank-ko\s+ko\s+빈 포스트모템/m);

  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ templates: 'pm-templates' }), 'pm-templates/db-incident.md': '---\ntype: postmortem\n---\n\n# Database incident\n' });
  const team = JSON.parse(runCli(['templates', '--format', 'json'], { cwd: dir }).stdout) as Array<{ id: string; label: string; source: string }>;
  assert.deepEqual(team.at(-1), { id: 'db-incident', language: 'en', label: 'Database incident', description: '', source: 'team' });
  const created = runCli(['new', '--template', 'db-incident', '--title', 'Replica lag', '--date', '2024-02-02'], { cwd: dir });
  assert.equal(created.stdout, 'postmortems/2024-02-02-replica-lag.md\n', created.stderr);

  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ templates: '../elsewhere' }) });
  const outside = runCli(['templates'], { cwd: dir });
  assert.equal(outside.code, 2);
  assert.equal(outside.stderr, 'postmortem: invalid config .postmortemrc.json: "templates" (../elsewhere) is outside the working directory\n');
});

test('listTemplates reads templates/index.json', () => {
  const ids = listTemplates().map((t) => t.id);
  assert.deepEqual(ids.slice(0, 2), ['blank', 'blank-ko']);
  assert.equal(ids.length, 9);
});

test('slugify: ASCII lower-case and hyphens, accents dropped, Hangul kept', () => {
  assert.equal(slugify('KakaoTalk down: Pangyo data center fire!'), 'kakaotalk-down-pangyo-data-center-fire');
  assert.equal(slugify('Café crème — 502s'), 'cafe-creme-502s');
  assert.equal(slugify('판교 데이터센터 화재 (2022)'), '판교-데이터센터-화재-2022');
  assert.equal(slugify('   '), 'postmortem');
  assert.equal(slugify('中文'), 'postmortem');
  assert.ok(slugify('word '.repeat(40)).length <= 80);
  assert.doesNotMatch(slugify('word '.repeat(40)), /-$/);
});

test('fileNameFor and withConflictSuffix', () => {
  const values = { date: '2022-10-15', slug: 'fire', title: 'Fire: 1/2' };
  assert.equal(fileNameFor(undefined, values), '2022-10-15-fire.md');
  assert.equal(fileNameFor('{date}/{slug}', values), '2022-10-15/fire.md');
  assert.equal(fileNameFor('{title}.md', values), 'Fire 1 2.md');
  assert.equal(fileNameFor('../../{slug}.md', values), 'fire.md');
  assert.equal(withConflictSuffix('a.md', 1), 'a.md');
  assert.equal(withConflictSuffix('a.md', 3), 'a-3.md');
});

test('renderTemplate sets only the title and date values and fills the placeholders', () => {
  const template = '\ufeff---\r\ntitle: "{{title}}"   # the title\r\ndate: {{date}}\r\nseverity: SEV3\r\n---\r\n\r\n# {{title}}\r\n\r\nOn {{date}}.\r\n';
  const out = renderTemplate(template, { title: 'A "quoted": title', date: '2024-01-31' });
  assert.equal(out, '\ufeff---\r\ntitle: "A \\"quoted\\": title"   # the title\r\ndate: 2024-01-31\r\nseverity: SEV3\r\n---\r\n\r\n# A "quoted": title\r\n\r\nOn 2024-01-31.\r\n');
  assert.equal(renderTemplate(template, {}), template, 'nothing given, nothing changed');
  const plain = '---\ntitle: Old\ndate: 2020-01-01 # when\nother: {{title}}\n---\nBody\n';
  assert.equal(renderTemplate(plain, { title: 'New' }), '---\ntitle: "New"\ndate: 2020-01-01 # when\nother: New\n---\nBody\n');
  assert.deepEqual(templateDefaults(plain), { title: 'Old', date: '2020-01-01' });
  assert.deepEqual(templateDefaults(template), {});
});

/** Runs the CLI without waiting, so several runs race. */
function startCli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('six postmortem new runs racing for one name: one writes it whole, the others refuse and touch nothing', async () => {
  const dir = tempDir();
  const runs = await Promise.all(Array.from({ length: 6 }, () => startCli(['new', '--template', 'kakao-2012-lg-cns-power-failure'], dir)));
  const won = runs.filter((r) => r.code === 0);
  assert.equal(won.length, 1, JSON.stringify(runs));
  for (const r of runs.filter((x) => x.code !== 0)) {
    assert.equal(r.code, 2);
    assert.match(r.stderr, /already exists; refusing to overwrite it/);
  }
  const expected = fs.readFileSync(path.join(root, 'templates', 'kakao-2012-lg-cns-power-failure.md'), 'utf8');
  assert.equal(fs.readFileSync(path.join(dir, KAKAO_2012), 'utf8'), expected, 'one whole file, not a mix');
  assert.deepEqual(fs.readdirSync(path.join(dir, 'postmortems')), [path.basename(KAKAO_2012)], 'no temporary or extra files');
});

test('New Postmortem in four processes at once, asking for the same name: four files, -2 to -4, none overwritten', async () => {
  const dir = tempDir();
  const script = [
    `const { createPostmortem } = require(${JSON.stringify(path.join(root, 'server', 'src', 'node', 'templates.ts'))});`,
    `const r = createPostmortem({ templateId: 'blank', title: 'Login outage', date: '2026-01-02', folder: process.argv[1], suffixOnConflict: true });`,
    'process.stdout.write(r.file);',
  ].join('\n');
  const runs = await Promise.all(Array.from({ length: 4 }, () => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  })));
  for (const r of runs) assert.equal(r.code, 0, r.err);
  const names = runs.map((r) => path.basename(r.out)).sort();
  assert.deepEqual(names, ['2026-01-02-login-outage-2.md', '2026-01-02-login-outage-3.md', '2026-01-02-login-outage-4.md', '2026-01-02-login-outage.md']);
  for (const r of runs) assert.match(fs.readFileSync(r.out, 'utf8'), /Login outage/);
});
