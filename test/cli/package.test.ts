// The release artefact, used as a team would: `npm pack` the project, install the tarball into a
// fresh repository with nothing else (npm offline: no registry), and run the bins there. The
// lint step of the GitHub Action (action.yml) runs against that install too.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BAD_POSTMORTEM, CLI, repoRoot, tempDir, writeFiles } from './helpers';

const root = repoRoot();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string; version: string; bin: Record<string, string>; dependencies?: object; private?: boolean; scripts: Record<string, string>;
};
const GOOD = fs.readFileSync(path.join(root, 'templates', 'kakao-2022-pangyo-data-center-fire.md'), 'utf8');

/** npm with no registry: everything must come from the tarball. */
const OFFLINE = { npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };

interface Run { code: number | null; stdout: string; stderr: string }

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  // As in CI (CI=true): action-item-overdue is off unless configured (docs/cli.md).
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...OFFLINE, CI: 'true', ...env }, timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the installed language server, sends `initialize`, and returns what it wrote until it answered. */
function initializeServer(cwd: string): Promise<string> {
  const message = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const child = spawn('npx', ['--offline', 'postmortem-language-server', '--stdio'], { cwd, env: { ...process.env, ...OFFLINE } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no answer to initialize: ${out}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('"id":1')) {
        clearTimeout(timer);
        child.kill();
        resolve(out);
      }
    });
    child.on('error', reject);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  });
}

let tarball: string;
let packed: string[];
let team: string;
/** A folder for the many small repositories of the tests below. */
let scratch: string | undefined;

before(() => {
  assert.ok(fs.existsSync(CLI), 'dist/ is built (npm test builds it first)');
  const out = tempDir('pm-pack-');
  // --ignore-scripts: the tests run against the dist/ already built; prepack would rebuild it
  // under the feet of the other test files running at the same time.
  const r = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], root);
  assert.equal(r.code, 0, r.stderr);
  const info = (JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
  tarball = path.join(out, info.filename);
  packed = info.files.map((f) => f.path);

  team = tempDir('pm-team-');
  writeFiles(team, { 'package.json': '{ "name": "team-postmortems", "private": true }\n' });
  const i = sh('npm', ['install', '--save-dev', tarball], team);
  assert.equal(i.code, 0, i.stdout + i.stderr);
  // Nothing but the package itself, and no lifecycle script that npm would warn about.
  assert.doesNotMatch(i.stderr, /install-scripts|warn/i, i.stderr);
});

test('the package is installable by name: not private, no runtime dependencies, three bins, the bundles and assets inside', () => {
  assert.equal(pkg.name, 'postmortem-lint');
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.dependencies, undefined, 'esbuild bundles every dependency into dist/');
  assert.deepEqual(Object.keys(pkg.bin).sort(), ['postmortem', 'postmortem-language-server', 'postmortem-lint']);
  for (const scriptName of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[scriptName], undefined, scriptName);
  for (const f of ['dist/cli.js', 'dist/server.js', 'dist/client.js', 'dist/preview.js', 'templates/index.json', 'templates/blank-ko.md', 'schemas/config.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    assert.ok(packed.includes(f), `${f} is packed`);
  }
  assert.deepEqual(packed.filter((f) => /^(server|client|test|scripts)\/|node_modules|\.map$/.test(f)), []);
  assert.deepEqual(fs.readdirSync(path.join(team, 'node_modules')).filter((n) => !n.startsWith('.')), ['postmortem-lint']);
});

test('installed from the tarball: --version, lint, new, init and the language server run through npx', async () => {
  for (const bin of ['postmortem', 'postmortem-lint']) {
    const v = sh('npx', ['--offline', bin, '--version'], team);
    assert.equal(v.code, 0, v.stderr);
    assert.equal(v.stdout, `${pkg.version}\n`, `${bin} --version is the package's version`);
  }
  // The same through the package spec the docs use for repositories that do not install it.
  const spec = sh('npx', ['--yes', '--package', `postmortem-lint@${pkg.version}`, 'postmortem', '--version'], team);
  assert.equal(spec.stdout, `${pkg.version}\n`, spec.stderr);

  const init = sh('npx', ['--offline', 'postmortem', 'init', '--timezone', 'UTC'], team);
  assert.equal(init.code, 0, init.stderr);
  assert.match(init.stdout, /^wrote \.postmortemrc\.json$/m);

  const created = sh('npx', ['--offline', 'postmortem', 'new', '--template', 'kakao-2022-pangyo-data-center-fire', '--title', 'Data center fire', '--date', '2022-10-15'], team);
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.stdout, 'postmortems/2022-10-15-data-center-fire.md\n');
  const clean = sh('npx', ['--offline', 'postmortem', 'lint'], team);
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /No problems in 1 postmortem/);

  writeFiles(team, { 'postmortems/2024-03-01-search.md': BAD_POSTMORTEM });
  const bad = sh('npx', ['--offline', 'postmortem-lint', '--format', 'json'], team);
  assert.equal(bad.code, 1, bad.stderr);
  const report = JSON.parse(bad.stdout) as { tool: { version: string }; summary: { files: number; errors: number } };
  assert.equal(report.tool.version, pkg.version);
  assert.equal(report.summary.files, 2);
  assert.ok(report.summary.errors >= 3);
  fs.rmSync(path.join(team, 'postmortems', '2024-03-01-search.md'));

  // The language server answers initialize over stdio.
  assert.match(await initializeServer(team), /"id":1,"result":\{"capabilities"/);
});

/** The lint step of action.yml, run as GitHub runs a `shell: bash` step. */
function runActionStep(cwd: string, inputs: Record<string, string>): { code: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
  const action = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { steps: Array<{ id?: string; run?: string; env?: Record<string, string> }> };
  };
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const values = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.env ?? {})) {
    env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => values[name] ?? '');
  }
  scratch ??= tempDir('pm-docs-');
  const script = path.join(fs.mkdtempSync(path.join(scratch, 'action-')), 'step.sh');
  const outputFile = `${script}.out`;
  fs.writeFileSync(script, step.run!);
  fs.writeFileSync(outputFile, '');
  const r = sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], cwd, { ...env, GITHUB_OUTPUT: outputFile });
  const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
  return { ...r, outputs };
}

test('action.yml: the lint step writes SARIF, annotates, and hands the exit code to the last step', () => {
  scratch ??= tempDir('pm-docs-');
  const repo = fs.mkdtempSync(path.join(scratch, 'action-repo-'));
  fs.symlinkSync(path.join(team, 'node_modules'), path.join(repo, 'node_modules'));
  writeFiles(repo, { 'postmortems/good.md': GOOD });

  const clean = runActionStep(repo, {});
  assert.equal(clean.code, 0, clean.stderr);
  assert.deepEqual(clean.outputs, { 'exit-code': '0', 'sarif-file': 'postmortem.sarif' });
  assert.equal((JSON.parse(fs.readFileSync(path.join(repo, 'postmortem.sarif'), 'utf8')) as { version: string }).version, '2.1.0');

  writeFiles(repo, { 'postmortems/bad.md': BAD_POSTMORTEM, 'other/also-bad.md': BAD_POSTMORTEM });
  const failing = runActionStep(repo, { 'sarif-file': 'pm.sarif', files: 'postmortems' });
  assert.equal(failing.code, 0, 'the step itself succeeds so the upload can run');
  assert.deepEqual(failing.outputs, { 'exit-code': '1', 'sarif-file': 'pm.sarif' });
  const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'pm.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
  const uris = new Set(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris], ['postmortems/bad.md'], 'only the files asked for');
  assert.match(failing.stdout, /^::error file=postmortems\/bad\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=required-field::Missing required field/m);

  const quiet = runActionStep(repo, { annotations: 'false', 'max-warnings': '0', files: 'postmortems/good.md' });
  assert.equal(quiet.outputs['exit-code'], '0');
  assert.equal(quiet.stdout, '');

  writeFiles(repo, { 'broken.json': '{ "rules": ' });
  const broken = runActionStep(repo, { config: 'broken.json' });
  assert.equal(broken.outputs['exit-code'], '2');
  assert.match(broken.stderr, /^postmortem: invalid config broken\.json/m);
  assert.equal(fs.existsSync(path.join(repo, 'postmortem.sarif')), false, 'no SARIF to upload after a configuration error');
});

/** A command of a CI example in the docs, and what runs it. */
interface DocCommand {
  /** The file and line it is on. */
  where: string;
  /** The command as written. */
  command: string;
  /** `shell`: run as is; `entry`: a pre-commit entry, given the staged files; `lefthook`: `{staged_files}` replaced. */
  kind: 'shell' | 'entry' | 'lefthook';
}

/**
 * Every command line that runs this tool in the CI examples: the shell and YAML blocks of
 * docs/ci.md and README.md (`run:`, `entry:` and `script:` items included).
 */
function docCommands(): DocCommand[] {
  const out: DocCommand[] = [];
  for (const file of ['docs/ci.md', 'README.md']) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const block of text.matchAll(/^```(sh|yaml)\n([\s\S]*?)^```/gm)) {
      const firstLine = text.slice(0, block.index).split('\n').length + 1;
      block[2]!.split('\n').forEach((line, i) => {
        const where = `${file}:${firstLine + i}`;
        if (block[1] === 'sh') {
          const command = line.replace(/\s+#\s.*$/, '').trim();
          if (/\bpostmortem/.test(command)) out.push({ where, command, kind: 'shell' });
          return;
        }
        const m = /^\s*(?:-\s+)?(?:(run|entry):\s+)?((?:npx|postmortem)\b.*)$/.exec(line);
        if (!m) return;
        const command = m[2]!.trim();
        out.push({ where, command, kind: m[1] === 'entry' ? 'entry' : command.includes('{staged_files}') ? 'lefthook' : 'shell' });
      });
    }
  }
  return out;
}

/** A repository like a team's: the package installed, a good and a broken postmortem staged. */
function stagedRepository(): string {
  scratch ??= tempDir('pm-docs-');
  const dir = fs.mkdtempSync(path.join(scratch, 'repo-'));
  writeFiles(dir, {
    'package.json': '{ "name": "team-postmortems", "private": true }\n',
    'postmortems/2022-10-15-fire.md': GOOD,
    'postmortems/2024-03-01-search.md': BAD_POSTMORTEM,
    'docs/guide.md': '# Not a postmortem\n',
  });
  fs.symlinkSync(path.join(team, 'node_modules'), path.join(dir, 'node_modules'));
  for (const args of [['init', '-q'], ['add', 'postmortems', 'docs', 'package.json']]) {
    const r = sh('git', args, dir);
    assert.equal(r.code, 0, r.stderr);
  }
  return dir;
}

test('every CI example command in docs/ci.md and README.md runs against the installed package', () => {
  const commands = docCommands();
  // The examples this test knows are there; a new one is run too, and must be added here.
  const expected = [
    'npm install --save-dev postmortem-lint && npx postmortem init --pre-commit --github',
    'npx --yes --package postmortem-lint@0.1.0 postmortem lint',
    'npx postmortem lint --format sarif > postmortem.sarif',
    'npx postmortem lint --format github --max-warnings 20',
    'npx --yes postmortem-lint@0.1.0 --format gitlab > postmortem-code-quality.json || true',
    'npx --yes postmortem-lint@0.1.0',
    'npx --offline postmortem-lint',
    'git diff --cached --name-only -z --diff-filter=ACMR -- \'*.md\' | xargs -0 -r npx --offline postmortem-lint',
    'npx --offline postmortem-lint {staged_files}',
    'npx postmortem lint',
    'npx postmortem lint --format sarif > pm.sarif',
    'npx postmortem lint --format github',
    'npx postmortem lint --format gitlab > gl-code-quality.json',
    'npx postmortem lint --fix postmortems/',
    'npx postmortem new --template kakao-2012-lg-cns-power-failure --title "Power failure" --date 2012-04-28 --out postmortems/',
    'npx postmortem templates',
    'npx postmortem report --format html > postmortem-report.html',
  ].map((c) => c.replaceAll('0.1.0', pkg.version));
  assert.deepEqual([...new Set(commands.map((c) => c.command))].sort(), [...new Set(expected)].sort());

  for (const { where, command, kind } of commands) {
    const dir = stagedRepository();
    let script = command;
    // The registry name stands for the tarball under test (npm is offline here).
    if (command.startsWith('npm install')) {
      fs.rmSync(path.join(dir, 'node_modules'));
      script = command.replace('npm install --save-dev postmortem-lint', `npm install --save-dev ${JSON.stringify(tarball)}`);
    }
    if (kind === 'entry') script = `${command} postmortems/2024-03-01-search.md docs/guide.md`;
    if (kind === 'lefthook') script = command.replace('{staged_files}', 'postmortems/2024-03-01-search.md docs/guide.md');
    const run = sh('bash', ['-c', script], dir);
    // xargs exits 123 when the command it ran exited 1 to 125: the commit is refused all the same.
    const r = { ...run, code: /\bxargs\b/.test(command) && run.code === 123 ? 1 : run.code };
    const what = `${where}: ${command}\n${r.stdout}${r.stderr}`;
    // 0 or 1 (the broken postmortem), never a usage error, never npm failing to find something.
    assert.ok(r.code === 0 || r.code === 1, what);
    assert.doesNotMatch(r.stderr, /npm error|postmortem: /, what);

    const redirect = /> (\S+)/.exec(command)?.[1];
    if (redirect?.endsWith('.html')) {
      assert.equal(r.code, 0, what);
      const page = fs.readFileSync(path.join(dir, redirect), 'utf8');
      assert.match(page, /^<!DOCTYPE html>/, what);
      assert.match(page, /<svg /, what);
      assert.doesNotMatch(page, /<script/i, what);
    } else if (redirect) {
      const written = JSON.parse(fs.readFileSync(path.join(dir, redirect), 'utf8')) as unknown;
      if (redirect.endsWith('.sarif')) assert.equal((written as { version: string }).version, '2.1.0', what);
      else assert.ok(Array.isArray(written) && written.length > 0 && 'fingerprint' in written[0], what);
    } else if (/--format github/.test(command)) {
      assert.match(r.stdout, /^::error file=postmortems\/2024-03-01-search\.md,/m, what);
    } else if (/\binit\b/.test(command)) {
      assert.match(r.stdout, /^wrote \.pre-commit-config\.yaml$/m, what);
      assert.ok(fs.existsSync(path.join(dir, '.github', 'workflows', 'postmortems.yml')), what);
    } else if (/\bnew\b/.test(command)) {
      assert.equal(r.code, 0, what);
      assert.ok(fs.existsSync(path.join(dir, 'postmortems', '2012-04-28-power-failure.md')), what);
    } else if (/\btemplates\b/.test(command)) {
      assert.match(r.stdout, /blank-ko/, what);
    } else {
      // A lint: the broken postmortem is reported (the fix run reports what it could not fix).
      assert.equal(r.code, 1, what);
      assert.match(r.stdout, /2024-03-01-search\.md/, what);
      assert.doesNotMatch(r.stdout, /^docs\/guide\.md$/m, what);
    }
  }
});
