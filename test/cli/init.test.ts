// `postmortem init`: asks nothing, writes the config and the folder's README for the layout it
// finds, writes the hook and CI files when asked, never overwrites and never leaves the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot, runCli, tempDir, writeFiles } from './helpers';

const root = repoRoot();
const template = (name: string) => fs.readFileSync(path.join(root, 'templates', name), 'utf8');
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const ALL = ['.postmortemrc.json', 'postmortems/README.md', '.pre-commit-config.yaml', '.github/workflows/postmortems.yml', '.gitlab-ci.yml'];

/** Every file under `dir` (relative, with `/`), with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

test('init in an empty repository: postmortems/, English, no zone; the config is valid and the README is not linted', () => {
  const dir = tempDir();
  const r = runCli(['init', '--pre-commit', '--github', '--gitlab'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(
    r.stdout,
    'postmortem init: folder postmortems (new), language en, time zone none agreed on\n' + ALL.map((f) => `wrote ${f}\n`).join(''),
  );
  assert.deepEqual([...snapshot(dir).keys()].sort(), [...ALL].sort());
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.postmortemrc.json'), 'utf8')), { newFileFolder: 'postmortems' });

  const readme = fs.readFileSync(path.join(dir, 'postmortems', 'README.md'), 'utf8');
  assert.match(readme, /--template blank /);
  assert.match(readme, new RegExp(`npx --yes --package postmortem-lint@${version.replace(/\./g, '\\.')} postmortem new`));

  // Not a Node project: the hook comes from the hook repository, pinned to this version.
  const preCommit = parseYaml(fs.readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
  assert.equal(preCommit.repos[0]!.rev, `v${version}`);
  assert.equal(preCommit.repos[0]!.hooks[0]!.id, 'postmortem-lint');
  const workflow = fs.readFileSync(path.join(dir, '.github', 'workflows', 'postmortems.yml'), 'utf8');
  assert.match(workflow, new RegExp(`uses: postmortem-tools/postmortem@v${version.replace(/\./g, '\\.')}\\n`));
  const gitlab = parseYaml(fs.readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as { postmortems: { artifacts: { reports: { codequality: string } } } };
  assert.equal(gitlab.postmortems.artifacts.reports.codequality, 'postmortem-code-quality.json');

  // The config it wrote is accepted, the README is not a postmortem, and `new` writes into the folder.
  const lint = runCli(['lint'], { cwd: dir });
  assert.equal(lint.code, 0, lint.stdout + lint.stderr);
  const created = runCli(['new', '--title', 'Search outage', '--date', '2024-03-01'], { cwd: dir });
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.stdout, 'postmortems/2024-03-01-search-outage.md\n');
});

test('init in a repository with Korean postmortems: finds the folder, the language and the zone they agree on', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'package.json': '{ "name": "team-docs", "private": true }\n',
    'docs/incidents/2022-10-15-판교.md': template('kakao-2022-pangyo-data-center-fire.ko.md'),
    'docs/incidents/2012-04-28-가산.md': template('kakao-2012-lg-cns-power-failure.ko.md'),
    'docs/notes/retro.md': '# Notes\n',
  });
  const r = runCli(['init', '--pre-commit'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'postmortem init: folder docs/incidents, language ko, time zone Asia/Seoul\n' +
      'wrote .postmortemrc.json\nwrote docs/incidents/README.md\nwrote .pre-commit-config.yaml\n',
  );
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.postmortemrc.json'), 'utf8')), {
    newFileFolder: 'docs/incidents',
    timezone: 'Asia/Seoul',
    locale: 'ko',
  });
  const readme = fs.readFileSync(path.join(dir, 'docs', 'incidents', 'README.md'), 'utf8');
  assert.match(readme, /npx postmortem new --template blank-ko /);
  assert.match(readme, /Times are in Asia\/Seoul/);
  // A Node project: the hook runs the CLI the repository installs.
  const preCommit = parseYaml(fs.readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; hooks: Array<{ entry: string; language: string }> }> };
  assert.equal(preCommit.repos[0]!.repo, 'local');
  assert.equal(preCommit.repos[0]!.hooks[0]!.entry, 'npx --offline postmortem-lint');
  assert.equal(preCommit.repos[0]!.hooks[0]!.language, 'system');

  const lint = runCli(['lint'], { cwd: dir });
  assert.equal(lint.code, 0, lint.stdout + lint.stderr);
  assert.match(lint.stdout, /2 postmortems/);
});

test('init with a folder of another name adds it to the files globs; documents that disagree on the zone give none', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'ops/reviews/a.md': template('kakao-2022-pangyo-data-center-fire.md'),
    'ops/reviews/b.md': template('kakao-2022-pangyo-data-center-fire.md').replace(/KST/g, 'UTC'),
  });
  const r = runCli(['init', '--folder', 'ops/reviews'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^postmortem init: folder ops\/reviews, language en, time zone none agreed on\n/);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.postmortemrc.json'), 'utf8')), { files: ['ops/reviews/**/*.md'], newFileFolder: 'ops/reviews' });
  const flags = tempDir();
  assert.equal(runCli(['init', '--language', 'ja', '--timezone', 'Asia/Tokyo'], { cwd: flags }).code, 0);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(flags, '.postmortemrc.json'), 'utf8')), { newFileFolder: 'postmortems', timezone: 'Asia/Tokyo', locale: 'ja' });
  assert.match(fs.readFileSync(path.join(flags, 'postmortems', 'README.md'), 'utf8'), /--template blank-ja /);
});

test('init where every target file exists: nothing is overwritten, and it says so', () => {
  const dir = tempDir();
  const before: Record<string, string> = Object.fromEntries(ALL.map((f) => [f, `mine: ${f}\n`]));
  writeFiles(dir, before);
  const r = runCli(['init', '--pre-commit', '--github', '--gitlab'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'postmortem init: folder postmortems, language en, time zone none agreed on\n' +
      ALL.map((f) => `kept  ${f} (it exists; not changed)\n`).join('') +
      'nothing written: every file was already there\n',
  );
  const after = snapshot(dir);
  for (const [f, text] of Object.entries(before)) assert.equal(after.get(f), text, f);
  assert.equal(after.size, ALL.length);

  // A dangling symbolic link is something that exists too: it is not followed to create its target.
  const linked = tempDir();
  fs.symlinkSync(path.join(linked, 'nowhere.json'), path.join(linked, '.postmortemrc.json'));
  const l = runCli(['init'], { cwd: linked });
  assert.equal(l.code, 0, l.stderr);
  assert.match(l.stdout, /kept  \.postmortemrc\.json/);
  assert.equal(fs.existsSync(path.join(linked, 'nowhere.json')), false);
});

test('init never writes outside the working directory, and bad flags are usage errors (exit 2)', () => {
  const outside = tempDir();
  const dir = tempDir();
  fs.symlinkSync(outside, path.join(dir, 'postmortems'));
  const linked = runCli(['init'], { cwd: dir });
  assert.equal(linked.code, 2);
  assert.equal(linked.stderr, 'postmortem: refusing to write postmortems/README.md: it leads outside the working directory\n');
  assert.deepEqual(fs.readdirSync(outside), []);

  const cases: Array<[string[], string]> = [
    [['init', '--folder', '../x'], "postmortem: --folder '../x' must be a folder inside the working directory\n"],
    [['init', '--folder', '.'], "postmortem: --folder '.' must be a folder inside the working directory\n"],
    [['init', '--folder', outside], `postmortem: --folder '${outside}' must be a folder inside the working directory\n`],
    [['init', '--language', 'fr'], "postmortem: unknown --language 'fr' (expected en, ko, ja)\n"],
    [['init', '--timezone', 'Asia/Seol'], "postmortem: unknown --timezone 'Asia/Seol' (did you mean Asia/Seoul?)\n"],
    [['init', '--force'], "postmortem: unknown option '--force' (see --help)\n"],
    [['init', 'here'], "postmortem: unexpected argument 'here'\n"],
    [['init', '--folder'], "postmortem: option '--folder' needs a value\n"],
  ];
  const empty = tempDir();
  for (const [args, stderr] of cases) {
    const r = runCli(args, { cwd: empty });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr, stderr, args.join(' '));
    assert.equal(r.stdout, '');
  }
  assert.deepEqual(fs.readdirSync(empty), []);
  assert.match(runCli(['init', '--help'], { cwd: empty }).stdout, /^Usage: postmortem init /);
});
