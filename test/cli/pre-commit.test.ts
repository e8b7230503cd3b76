// The pre-commit hooks, run by the real `pre-commit` (Debian's package; .ci/run installs it) in
// throw-away Git repositories: a commit with a broken postmortem is refused with the findings,
// a good one goes through. Two ways in:
//
// - `language: node`, this repository's .pre-commit-hooks.yaml: pre-commit clones the hook
//   repository (here: the working tree, committed into a temporary repository), installs its
//   development dependencies with npm (from npm's cache when it has them), packs it (prepack
//   builds dist/) and installs the tarball into a Node environment of its own;
// - `repo: local` with `language: system`, as `postmortem init --pre-commit` writes it for a
//   repository that installs postmortem-lint itself.
//
// Without `pre-commit` on the PATH the tests are skipped with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BAD_POSTMORTEM, CLI, repoRoot, runCli, tempDir, writeFiles } from './helpers';

const root = repoRoot();
const GOOD = fs.readFileSync(path.join(root, 'templates', 'kakao-2022-pangyo-data-center-fire.md'), 'utf8');

function available(command: string): boolean {
  const r = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

const SKIP = !available('pre-commit')
  ? 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)'
  : !available('git')
    ? 'git is not installed'
    : false;

interface Run { code: number | null; out: string }

/** Runs a command; stdout and stderr together, as a user sees them. */
function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(command, args, {
    cwd, encoding: 'utf8', timeout: 540_000,
    env: { ...process.env, NO_COLOR: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]): Run {
  const r = sh('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], cwd);
  assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.out}`);
  return r;
}

/** A new Git repository with `files`, the pre-commit hook installed, nothing committed yet. */
function repository(files: Record<string, string>, preCommitHome: string): string {
  const dir = tempDir('pm-pre-commit-');
  git(dir, 'init', '-q');
  writeFiles(dir, files);
  const r = sh('pre-commit', ['install'], dir, { PRE_COMMIT_HOME: preCommitHome });
  assert.equal(r.code, 0, r.out);
  return dir;
}

/** Stages `files` and commits; the hook decides. */
function commit(dir: string, files: Record<string, string>, preCommitHome: string, env: Record<string, string> = {}): Run {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  return sh('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'postmortem'], dir, { PRE_COMMIT_HOME: preCommitHome, ...env });
}

function commits(dir: string): number {
  const r = sh('git', ['rev-list', '--count', '--all'], dir);
  return r.code === 0 ? Number(r.out.trim()) : 0;
}

test('pre-commit, repo: local (as postmortem init writes it): a broken postmortem is refused with its findings, a good one is committed', { skip: SKIP }, () => {
  const home = tempDir('pm-pre-commit-home-');
  const dir = repository({ 'package.json': '{ "name": "team", "private": true }\n' }, home);
  // The repository "installs" postmortem-lint: its bin is this build.
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  fs.symlinkSync(CLI, path.join(dir, 'node_modules', '.bin', 'postmortem-lint'));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
  const init = runCli(['init', '--pre-commit'], { cwd: dir });
  assert.equal(init.code, 0, init.stderr);
  assert.match(init.stdout, /^wrote \.pre-commit-config\.yaml$/m);

  const refused = commit(dir, { 'postmortems/2024-03-01-search.md': BAD_POSTMORTEM, 'notes.md': '# Not a postmortem\n' }, home);
  assert.notEqual(refused.code, 0, refused.out);
  assert.match(refused.out, /postmortem-lint\.+Failed/);
  assert.match(refused.out, /postmortems\/2024-03-01-search\.md\n\s+\d+:\d+\s+error\s+Missing required field "duration"/);
  assert.equal(commits(dir), 0, 'nothing was committed');

  const passed = commit(dir, { 'postmortems/2024-03-01-search.md': GOOD }, home);
  assert.equal(passed.code, 0, passed.out);
  assert.match(passed.out, /postmortem-lint\.+Passed/);
  assert.equal(commits(dir), 1);
});

/** The working tree (tracked and new files, not ignored ones) committed into a new repository. */
function hookRepository(): { dir: string; rev: string } {
  const dir = tempDir('pm-hook-repo-');
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
  assert.equal(files.code, 0, files.out);
  for (const rel of files.out.split('\0').filter(Boolean)) {
    const from = path.join(root, rel);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, rel));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hook repository');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD').out.trim() };
}

test('pre-commit, language node (this repository\'s .pre-commit-hooks.yaml): refused with the findings, then passes; the --fix hook fixes', { skip: SKIP, timeout: 600_000 }, () => {
  const hooks = hookRepository();
  const home = tempDir('pm-pre-commit-home-');
  const config = `repos:\n  - repo: ${hooks.dir}\n    rev: ${hooks.rev}\n    hooks:\n      - id: postmortem-lint\n`;
  const dir = repository({ '.pre-commit-config.yaml': config }, home);
  // pre-commit installs the hook repository's development dependencies: from npm's cache when
  // it has them (CI ran npm ci just before), else from the registry.
  const npm = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

  const refused = commit(dir, { 'postmortems/2024-03-01-search.md': BAD_POSTMORTEM }, home, npm);
  assert.notEqual(refused.code, 0, refused.out);
  assert.match(refused.out, /postmortem-lint\.+Failed/);
  assert.match(refused.out, /postmortems\/2024-03-01-search\.md\n\s+\d+:\d+\s+error\s+Missing required field "duration"/);
  assert.equal(commits(dir), 0);

  const passed = commit(dir, { 'postmortems/2024-03-01-search.md': GOOD }, home, npm);
  assert.equal(passed.code, 0, passed.out);
  assert.match(passed.out, /postmortem-lint\.+Passed/);
  assert.equal(commits(dir), 1);

  // The fix hook (same environment): it changes the file, so pre-commit fails the run and the
  // fixed file is left for the author to review and stage.
  writeFiles(dir, {
    '.pre-commit-config.yaml': `${config}      - id: postmortem-lint-fix\n        stages: [manual]\n`,
    'postmortems/2024-03-02-search.md': BAD_POSTMORTEM,
  });
  git(dir, 'add', '-A');
  const fixed = sh('pre-commit', ['run', '--hook-stage', 'manual', 'postmortem-lint-fix', '--files', 'postmortems/2024-03-02-search.md'], dir, { PRE_COMMIT_HOME: home, ...npm });
  assert.notEqual(fixed.code, 0, fixed.out);
  assert.match(fixed.out, /files were modified by this hook/);
  const after = fs.readFileSync(path.join(dir, 'postmortems', '2024-03-02-search.md'), 'utf8');
  assert.notEqual(after, BAD_POSTMORTEM);
  assert.match(after, /^## Duration/m);
});
