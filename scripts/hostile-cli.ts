/**
 * Times the built CLI (and the server's start) on the hostile files, trees and configurations of
 * issue 15, and prints a Markdown table for docs/reliability.md: what was run, its size, what came
 * of it (exit code and the first line that says so) and the wall time, the best of `--repeat`
 * runs (the machine may be shared; the best run is the one least disturbed).
 *
 *   tsx scripts/hostile-cli.ts [--repeat 3] [--cli dist/cli.js] [--server dist/server.js]
 *
 * `--cli` may name another build (an older one, to compare). Scenarios that need file
 * permissions to bite run the CLI as `nobody` when this runs as root, and are skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HOSTILE } from '../test/helpers/hostile';

interface Args {
  repeat: number;
  cli: string;
  server: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { repeat: 3, cli: path.resolve('dist/cli.js'), server: path.resolve('dist/server.js') };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--repeat') a.repeat = Number(v);
    else if (k === '--cli') a.cli = path.resolve(v!);
    else if (k === '--server') a.server = path.resolve(v!);
    else continue;
    i++;
  }
  return a;
}

const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

const POSTMORTEM = '---\ntype: postmortem\ntitle: "Search down"\ndate: 2024-03-01\n---\n\n# Search down\n\n## Root cause\n\nA bad index mapping was deployed.\n';

/** A postmortem with every required field: only what a scenario adds is found. */
const COMPLETE = `${POSTMORTEM}\n## Duration\n\n45 minutes\n\n## Affected services\n\n- search\n\n## Servers restored\n\nN/A: a managed service.\n\n## User impact\n\nSearches failed.\n`;

/** One scenario: builds its folder, names what to run, and how big the input is. */
interface Scenario {
  name: string;
  size: (dir: string) => string;
  setup: (dir: string) => void;
  args: string[];
  /** Run the language server instead of the CLI. */
  server?: boolean;
  /** Needs permissions that bite (runs as nobody when root). */
  unprivileged?: boolean;
  /** Where to run, inside the scenario's folder. */
  cwd?: string;
}

function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

function chownTree(p: string): void {
  fs.lchownSync(p, NOBODY.uid, NOBODY.gid);
  if (fs.lstatSync(p).isDirectory()) for (const n of fs.readdirSync(p)) chownTree(path.join(p, n));
}

const kb = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KB`;
const fileSize = (rel: string) => (dir: string) => kb(fs.statSync(path.join(dir, rel)).size);
const hostileBytes = (name: string) => {
  const h = HOSTILE.find((x) => x.name === name)!;
  return h.bytes ? h.bytes() : Buffer.from(h.text(), 'utf8');
};

/** A scenario that writes one file into postmortems/ and lints the folder (`extra`: flags such as `--fix`). */
function lintsOne(name: string, file: string, content: () => string | Buffer, extra: string[] = []): Scenario {
  const rel = `postmortems/${file}`;
  return { name, size: fileSize(rel), setup: (d) => write(d, { [rel]: content() }), args: ['lint', ...extra, '--format', 'json', 'postmortems/'] };
}

const SCENARIOS: Scenario[] = [
  {
    name: '`--fix` through a symlink to a file in the project',
    size: fileSize('shared/real.md'),
    setup: (d) => {
      write(d, { 'shared/real.md': POSTMORTEM });
      fs.mkdirSync(path.join(d, 'postmortems'));
      fs.symlinkSync('../shared/real.md', path.join(d, 'postmortems', 'link.md'));
    },
    args: ['lint', '--fix', '--format', 'json', 'postmortems/'],
  },
  {
    name: '`--fix` through a symlink to a file outside the project',
    size: () => kb(POSTMORTEM.length),
    setup: (d) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-out-'));
      elsewhere.push(out);
      fs.writeFileSync(path.join(out, 'real.md'), POSTMORTEM);
      fs.mkdirSync(path.join(d, 'postmortems'));
      fs.symlinkSync(path.join(out, 'real.md'), path.join(d, 'postmortems', 'out.md'));
    },
    args: ['lint', '--fix', '--format', 'json', 'postmortems/'],
  },
  {
    name: '`--fix` on two hard links to one file',
    size: fileSize('postmortems/a.md'),
    setup: (d) => {
      write(d, { 'postmortems/a.md': POSTMORTEM });
      fs.linkSync(path.join(d, 'postmortems', 'a.md'), path.join(d, 'postmortems', 'b.md'));
    },
    args: ['lint', '--fix', '--format', 'json', 'postmortems/'],
  },
  {
    name: '`--fix` on a file `chmod 444`',
    size: fileSize('postmortems/ro.md'),
    setup: (d) => {
      write(d, { 'postmortems/ro.md': POSTMORTEM });
      fs.chmodSync(path.join(d, 'postmortems', 'ro.md'), 0o444);
    },
    args: ['lint', '--fix', '--format', 'json', 'postmortems/'],
  },
  {
    name: '`--fix` on a writable file in a folder that is not',
    size: fileSize('postmortems/mine.md'),
    setup: (d) => {
      write(d, { 'postmortems/mine.md': POSTMORTEM });
      chownTree(path.join(d, 'postmortems', 'mine.md'));
      fs.chmodSync(path.join(d, 'postmortems'), 0o555);
      fs.chmodSync(d, 0o755);
    },
    args: ['lint', '--fix', '--format', 'json', 'postmortems/'],
    unprivileged: true,
  },
  {
    name: 'a folder that cannot be listed, among others',
    size: () => '3 folders',
    setup: (d) => {
      write(d, { 'postmortems/a/one.md': POSTMORTEM, 'postmortems/b/two.md': POSTMORTEM, 'postmortems/c/three.md': POSTMORTEM });
      chownTree(d);
      fs.chmodSync(path.join(d, 'postmortems', 'b'), 0);
    },
    args: ['lint', '--format', 'json', 'postmortems/'],
    unprivileged: true,
  },
  {
    name: '`newFileFolder: "../.."`',
    size: () => '1 key',
    // Two folders down, so that an old build that obeys writes into the scenario's own folder.
    setup: (d) => write(d, { 'a/b/.postmortemrc.json': JSON.stringify({ newFileFolder: '../..' }) }),
    args: ['new', '--title', 'Escape', '--date', '2024-05-06'],
    cwd: 'a/b',
  },
  {
    name: '`newFileFolder` an absolute path elsewhere',
    size: () => '1 key',
    setup: (d) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-out-'));
      elsewhere.push(out);
      write(d, { '.postmortemrc.json': JSON.stringify({ newFileFolder: out }) });
    },
    args: ['new', '--title', 'Escape', '--date', '2024-05-06'],
  },
  {
    name: 'a team template that is a symlink to `/etc/passwd`',
    size: () => '2 templates',
    setup: (d) => {
      write(d, { '.postmortemrc.json': JSON.stringify({ templates: 'pm-templates' }), 'pm-templates/db.md': '# Database incident\n' });
      fs.symlinkSync('/etc/passwd', path.join(d, 'pm-templates', 'passwd.md'));
    },
    args: ['templates'],
  },
  {
    name: 'a team template with an 80 KB heading padded with blanks (`postmortem new`)',
    size: fileSize('pm-templates/wide.md'),
    setup: (d) => write(d, { '.postmortemrc.json': JSON.stringify({ templates: 'pm-templates' }), 'pm-templates/wide.md': `# Team template${' \t'.repeat(40_000)}x\n\n## Summary\n` }),
    args: ['new', '--template', 'wide', '--title', 'Wide', '--date', '2024-05-06'],
  },
  {
    name: '`--template blank-ko` after `--template blank`, same day',
    size: () => '2 runs',
    setup: (d) => {
      const r = spawnSync(process.execPath, [args.cli, 'new', '--template', 'blank'], { cwd: d, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
    },
    args: ['new', '--template', 'blank-ko'],
  },
  lintsOne('a UTF-16LE postmortem with a BOM', 'utf16.md', () => hostileBytes('UTF-16LE with a BOM')),
  lintsOne('a UTF-16BE postmortem with an unpaired surrogate', 'broken.md', () => hostileBytes('UTF-16BE that breaks it')),
  lintsOne('impossible dates, times, offsets and counts, a mistyped key, `!!binary`', 'x.md', () => hostileBytes('impossible values')),
  lintsOne('`status: Final` with `--fix`', 'x.md', () => COMPLETE.replace('date: 2024-03-01\n', 'date: 2024-03-01\nstatus: Final\n'), ['--fix']),
  lintsOne('front matter of 40,000 keys', 'keys.md', () => hostileBytes('40,000 front matter keys')),
  lintsOne('front matter of 9,000 keys and a duplicate', 'keys.md', () => hostileBytes('9,000 front matter keys and a duplicate')),
  lintsOne('front matter at the line limit: 9,990 one-letter keys', 'keys.md', () => `---\ntype: postmortem\n${Array.from({ length: 9_990 }, (_, i) => `k${i}: v\n`).join('')}---\n# Outage\n`),
  lintsOne('front matter at the size limit: 255 KiB in 2,000 keys', 'keys.md', () => `---\ntype: postmortem\n${Array.from({ length: 2_000 }, (_, i) => `key${i}: ${'word '.repeat(24)}\n`).join('')}---\n# Outage\n`),
  {
    name: '`.postmortemrc.json` of `[` nested 3,000 deep',
    size: fileSize('.postmortemrc.json'),
    setup: (d) => write(d, { '.postmortemrc.json': `${'['.repeat(3000)}${']'.repeat(3000)}`, 'postmortems/x.md': POSTMORTEM }),
    args: ['lint', '--format', 'json'],
  },
  {
    name: 'a config with four problems (unknown key, rule id typo, `Mars/Olympus`, `durationTolerance: "abc"`)',
    size: fileSize('.postmortemrc.json'),
    setup: (d) => write(d, { '.postmortemrc.json': JSON.stringify({ filez: [], rules: { 'blameless-languge': 'off' }, timezone: 'Mars/Olympus', durationTolerance: 'abc' }), 'postmortems/x.md': POSTMORTEM }),
    args: ['lint', '--format', 'json'],
  },
  {
    name: '`--max-warnings -1`',
    size: () => '',
    setup: () => undefined,
    args: ['lint', '--max-warnings', '-1'],
  },
  {
    name: 'naming a symlink loop',
    size: () => '',
    setup: (d) => {
      fs.mkdirSync(path.join(d, 'postmortems'));
      fs.symlinkSync('loop.md', path.join(d, 'postmortems', 'loop.md'));
    },
    args: ['lint', 'postmortems/loop.md'],
  },
  {
    name: '`postmortem-language-server` without `--stdio`',
    size: () => '',
    setup: () => undefined,
    args: [],
    server: true,
  },
];

const args = parseArgs(process.argv.slice(2));

/** Folders made outside a scenario's own, removed at the end. */
const elsewhere: string[] = [];

interface Row {
  name: string;
  size: string;
  outcome: string;
  ms: number | undefined;
}

function runOnce(s: Scenario): { ms: number; outcome: string; size: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-hostile-cli-')));
  try {
    s.setup(dir);
    const size = s.size(dir);
    const as = s.unprivileged ? NOBODY : undefined;
    const script = s.server ? args.server : args.cli;
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [script, ...s.args], { cwd: path.join(dir, s.cwd ?? '.'), encoding: 'utf8', timeout: 300_000, input: '', env: { ...process.env, NO_COLOR: '1' }, ...(as ?? {}) });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const outcome = r.error ? `killed: ${r.error.message}` : `exit ${r.status}${describe(r.stdout, r.stderr)}`;
    return { ms, outcome, size };
  } finally {
    try {
      for (const p of [dir, path.join(dir, 'postmortems'), path.join(dir, 'postmortems', 'b')]) if (fs.existsSync(p)) fs.chmodSync(p, 0o755);
    } catch {
      // Best effort.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a run said: its first stderr line, and from JSON output the findings by rule and the fixes. */
function describe(stdout: string, stderr: string): string {
  const parts: string[] = [];
  const err = stderr.split('\n').find((l) => l.trim());
  if (err) parts.push(err.length > 150 ? `${err.slice(0, 149)}…` : err);
  try {
    const report = JSON.parse(stdout) as { files: Array<{ findings: Array<{ ruleId: string; messageId: string }>; fixed: number }> };
    const counts = new Map<string, number>();
    for (const f of report.files.flatMap((x) => x.findings)) counts.set(`${f.ruleId} (${f.messageId})`, (counts.get(`${f.ruleId} (${f.messageId})`) ?? 0) + 1);
    const fixed = report.files.reduce((n, f) => n + f.fixed, 0);
    parts.push(`${[...counts].map(([k, n]) => (n > 1 ? `${n}× ${k}` : k)).join(', ') || 'no findings'}${fixed ? `; ${fixed} fixed` : ''}`);
  } catch {
    const out = stdout.split('\n').find((l) => l.trim());
    if (out && !err) parts.push(out.trim());
  }
  return parts.length ? `: ${parts.join('; ')}` : '';
}

const rows: Row[] = [];
for (const s of SCENARIOS) {
  if (s.unprivileged && !IS_ROOT) {
    rows.push({ name: s.name, size: '', outcome: 'skipped (needs root to run as nobody)', ms: undefined });
    continue;
  }
  let best: { ms: number; outcome: string; size: string } | undefined;
  for (let i = 0; i < args.repeat; i++) {
    const r = runOnce(s);
    if (!best || r.ms < best.ms) best = r;
  }
  rows.push({ name: s.name, size: best!.size, outcome: best!.outcome.replace(/\|/g, '\\|'), ms: best!.ms });
  process.stderr.write(`${s.name}: ${best!.ms.toFixed(0)} ms\n`);
}

for (const d of elsewhere) fs.rmSync(d, { recursive: true, force: true });

console.log('| Input | Size | Outcome | Time (ms) |');
console.log('|---|---:|---|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.size} | ${r.outcome} | ${r.ms === undefined ? '' : r.ms.toFixed(0)} |`);
const slow = rows.filter((r) => (r.ms ?? 0) > 2000);
if (slow.length) {
  console.log(`\n${slow.length} over 2 s: ${slow.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}
