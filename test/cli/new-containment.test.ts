// `postmortem new` and `postmortem templates` stay inside the project: the configured folder for
// new postmortems must be in the working directory (the editor's command applies the same check),
// team templates must be in the templates folder, and a long heading in a team template costs
// linear time. Two untitled postmortems on one day get -2 instead of a refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localDate } from '../../server/src/node/templates';
import { runCli, runCliTimed, tempDir, writeFiles } from './helpers';

test('postmortem new refuses a newFileFolder that leaves the working directory: "../..", an absolute path, a symlinked folder', () => {
  const outside = tempDir('pm-outside-');
  const cases: Array<{ folder: string; link?: boolean }> = [{ folder: '../..' }, { folder: outside }, { folder: 'linked', link: true }];
  for (const c of cases) {
    // The project two folders down in a folder of the test's own, so "../.." is that folder.
    const top = tempDir();
    const dir = path.join(top, 'a', 'project');
    writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ newFileFolder: c.folder }) });
    if (c.link) fs.symlinkSync(outside, path.join(dir, 'linked'));
    const before = fs.readdirSync(outside);
    const r = runCli(['new', '--title', 'Escape', '--date', '2024-05-06'], { cwd: dir });
    assert.equal(r.code, 2, `${c.folder}: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `postmortem: invalid config .postmortemrc.json: "newFileFolder" (${c.folder}) is outside the working directory; refusing to write there\n`);
    assert.deepEqual(fs.readdirSync(outside), before, 'nothing written outside');
    assert.deepEqual(fs.readdirSync(top), ['a'], 'nothing written two folders up');
  }
});

test('postmortem new writes where --out says, inside or outside: that is the user\'s own choice on the command line', () => {
  const dir = tempDir();
  const outside = tempDir('pm-out-');
  const r = runCli(['new', '--title', 'Elsewhere', '--date', '2024-05-06', '--out', `${outside}/`], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(fs.existsSync(path.join(outside, '2024-05-06-elsewhere.md')));
});

test('a team template that is a symbolic link out of the templates folder is not listed, not copied, and the user is told', () => {
  const dir = tempDir();
  const secret = path.join(tempDir('pm-secret-'), 'passwd');
  fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ templates: 'pm-templates' }), 'pm-templates/db.md': '# Database incident\n', 'pm-templates/shared/ok.md': '# Kept\n' });
  fs.symlinkSync(secret, path.join(dir, 'pm-templates', 'passwd.md'));
  // A link that stays inside the folder is fine.
  fs.symlinkSync('shared/ok.md', path.join(dir, 'pm-templates', 'inside.md'));
  const warning = `postmortem: warning: the team template passwd.md is a symbolic link to ${secret}, outside the templates folder; it is not used\n`;

  const list = runCli(['templates', '--format', 'json'], { cwd: dir });
  assert.equal(list.code, 0);
  assert.equal(list.stderr, warning);
  const ids = (JSON.parse(list.stdout) as Array<{ id: string }>).map((t) => t.id);
  assert.ok(ids.includes('db') && ids.includes('inside'));
  assert.ok(!ids.includes('passwd'));

  const created = runCli(['new', '--template', 'passwd', '--title', 'Leak', '--date', '2024-05-06'], { cwd: dir });
  assert.equal(created.code, 2);
  assert.match(created.stderr, new RegExp(`^${warning.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}postmortem: unknown template "passwd"`));
  assert.ok(!fs.existsSync(path.join(dir, 'postmortems')), 'nothing copied');
});

test('a team template with an 80 KB heading padded with blanks is listed and used in linear time', () => {
  const dir = tempDir();
  const heading = `# Team template${' \t'.repeat(40_000)}x${' '.repeat(1000)}`;
  writeFiles(dir, { '.postmortemrc.json': JSON.stringify({ templates: 'pm-templates' }), 'pm-templates/wide.md': `---\ntitle: "{{title}}"\n---\n${heading}\n\n## Summary\n` });
  for (const args of [['templates'], ['new', '--template', 'wide', '--title', 'Wide', '--date', '2024-05-06']]) {
    const r = runCliTimed(args, { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.cpuMs < 2000, `postmortem ${args[0]} took ${r.cpuMs} ms of CPU (${r.wallMs} ms wall)`);
  }
  assert.match(runCli(['templates'], { cwd: dir }).stdout, /^wide\s+en\s+Team template x  \(team\)\n/m);
});

test('postmortem new --template blank-ko after --template blank on the same day: -2, not a refusal', () => {
  const dir = tempDir();
  const today = localDate();
  const first = runCli(['new', '--template', 'blank'], { cwd: dir });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, `postmortems/${today}-untitled-postmortem.md\n`);
  const second = runCli(['new', '--template', 'blank-ko'], { cwd: dir });
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, `postmortems/${today}-untitled-postmortem-2.md\n`);
  assert.match(fs.readFileSync(path.join(dir, 'postmortems', `${today}-untitled-postmortem-2.md`), 'utf8'), /## 원인|근본 원인|원인/);
  // A title of its own is a name the user chose: the same name again is refused, as before.
  assert.equal(runCli(['new', '--title', 'Same', '--date', '2024-01-01'], { cwd: dir }).code, 0);
  const again = runCli(['new', '--title', 'Same', '--date', '2024-01-01'], { cwd: dir });
  assert.equal(again.code, 2);
  assert.equal(again.stderr, 'postmortem: postmortems/2024-01-01-same.md already exists; refusing to overwrite it\n');
});
