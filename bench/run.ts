/**
 * `npm run bench`: performance figures of Postmortem, each next to a reference measured in the same
 * run, and the budgets of docs/performance.md checked against them.
 *
 *   tsx bench/run.ts [--quick] [--strict] [--only 1,3]
 *
 * --quick   100 files instead of 1,000 and fewer runs: a smoke check.
 * --strict  exit 1 when a budget fails (by default the run always exits 0).
 * --only    run only these measurements (1 lint vs parse, 2 re-validation, 3 CLI and report, 4 scaling,
 *           5 start-up and bundles, 6 keystroke to diagnostics in the server, 7 requests while a
 *           pathological document is linted, 8 unusual shapes per MB, 9 server memory, 10 timeline import,
 *           11 web server start in a worker, 12 a workspace of 10,000 postmortems).
  line();
}

// ---------------------------------------------------------------------------------------------
 *           5 start-up and bundles (the web bundles too), 6 keystroke to diagnostics in the server, 7 requests while a
 *           pathological document is linted, 8 unusual shapes per MB, 9 server memory, 10 timeline import,
 *           11 the web server's start in a worker).
 *
 * Environment: BENCH_RUNS (runs of commands and of in-process figures slower than a quarter
 * second), BENCH_SAMPLES (samples of faster in-process figures), BENCH_WARMUP (warm-up calls),
 * BENCH_FILES (files of the CLI comparison), BENCH_MIN_SAMPLE_MS (shortest timed sample).
 *
 * Every figure is the median of several samples. A figure and its reference are sampled in
 * alternation (the order flips every round), and in-process ratios are the median of the
 * per-round ratios, so a machine that is busy with other work slows both alike and the ratio
 * stays meaningful even when the absolute times are not. The inputs come from the seeded
 * generator (`bench/generate.ts`) and are written to `bench/.out/`.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lint } from '../server/src/core/lint';
import { ChunkCache } from '../server/src/core/parse';
import { mergeConfig } from '../server/src/core/config';
import { documentOfSize, longDocument, OUT, revalidationPair, ROOT, sharedCorpus, smallDocuments, writeCliCorpus, writeDocuments, writeWorkspace } from './corpus';
import { pathToFileURL } from 'node:url';
import { shapedPostmortem } from './shapes';
import { LspSession, percentile, positionAt, treeMemory } from './lsp';

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const STRICT = argv.includes('--strict');
const onlyArg = argv.find((a) => a.startsWith('--only'));
const ONLY = new Set(
  (onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? argv[argv.indexOf(onlyArg) + 1] ?? '' : '')
    .split(',')
    .filter(Boolean)
    .map(Number),
);

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: ${name} must be a whole number of 1 or more, not '${v}'`);
    process.exit(2);
  }
  return n;
}

const RUNS = envInt('BENCH_RUNS', QUICK ? 3 : 7);
const SAMPLES = envInt('BENCH_SAMPLES', QUICK ? 15 : 41);
const WARMUP = envInt('BENCH_WARMUP', QUICK ? 1 : 3);
const FILES = envInt('BENCH_FILES', QUICK ? 100 : 1000);
const MIN_SAMPLE_MS = envInt('BENCH_MIN_SAMPLE_MS', QUICK ? 40 : 150);
/** In-process ops are called for at least this long before sampling (JIT, ajv compilation, caches). */
const WARMUP_MS = QUICK ? 600 : 2000;

const DIST = path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli.js');
const SERVER = path.join(DIST, 'server.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2');
const REMARK = path.join(ROOT, 'node_modules', '.bin', 'remark');
const REMARKRC = path.join(ROOT, 'bench', '.remarkrc');

// No forced garbage collection between samples: V8 drops compiled regular expressions and cold
// bytecode on a full collection, which made a small document's lint after gc() twice as slow as in
// real use. Collections happen when they would, and the medians absorb them.

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The median of the per-round ratios a[i] / b[i]: each pair ran back to back, under the same load. */
function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]));
}

function ms(v: number): string {
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${v.toFixed(3)} ms`;
}

function kb(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} KB`;
}

function ratio(r: number): string {
  return r >= 10 ? `${r.toFixed(1)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

function bytesOf(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A budget from docs/performance.md and what this run measured for it. */
interface BudgetResult {
  id: string;
  what: string;
  measured: number;
  limit: number;
  unit: Unit;
  pass: boolean;
  /** False when this run is not the one the budget is set for (the CLI budgets with fewer than 1,000 files): shown, not counted. */
  applies: boolean;
}

const budgets: BudgetResult[] = [];
const results: Record<string, unknown> = {};

/** Units of budgets: a ratio, kilobytes (1,024 bytes), milliseconds, megabytes (1,000,000 bytes), a count of files. */
type Unit = '×' | 'KB' | 'ms' | 'MB' | 'files';

function withUnit(v: number, unit: Unit, digits?: number): string {
  if (unit === '×') return digits === undefined ? ratio(v) : `${v}×`;
  if (unit === 'ms') return digits === undefined ? ms(v) : `${v} ms`;
  return `${digits === undefined ? v.toFixed(unit === 'MB' ? 1 : 0) : v} ${unit}`;
}

function budget(id: string, what: string, measured: number, limit: number, unit: Unit, applies = true): string {
  const pass = measured <= limit;
  budgets.push({ id, what, measured, limit, unit, pass, applies });
  return `budget ≤ ${withUnit(limit, unit, 0)}  ${verdict({ pass, applies })}`;
}

function verdict(b: { pass: boolean; applies: boolean }): string {
  return b.applies ? (b.pass ? 'PASS' : 'FAIL') : `${b.pass ? 'pass' : 'fail'} (not counted: set for 1,000 files)`;
}

function line(s = ''): void {
  process.stdout.write(s + '\n');
}

/** A progress note on stderr (the figures go to stdout). */
function progress(s: string): void {
  process.stderr.write(`  … ${s}\n`);
}

function table(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) line('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ').trimEnd());
}

// ---------------------------------------------------------------------------------------------
// In-process timing

/** Something to time: one call of `fn` is one operation. */
interface Op {
  name: string;
  fn: () => void;
  /** False for slow ops run after warm ones: no warm-up call, one call per sample. */
  warm?: boolean;
}

/**
 * Times of one operation of each op, sampled in rounds: every round times each op once (the order
 * flips every round). Ops that take less than a quarter second get `SAMPLES` rounds, others `runs`.
 */
function sampleInterleaved(ops: readonly Op[], runs = RUNS, warmup = WARMUP): number[][] {
  let slowest = 0;
  const inner: number[] = [];
  for (const op of ops) {
    if (op.warm === false) {
      inner.push(1);
      slowest = Infinity;
      continue;
    }
    const times: number[] = [];
    const start = performance.now();
    while (times.length < Math.max(1, warmup) || (performance.now() - start < WARMUP_MS && times.length < 1000)) {
      const t0 = performance.now();
      op.fn();
      times.push(performance.now() - t0);
    }
    const typical = median(times.slice(-Math.max(1, times.length >> 1)));
    slowest = Math.max(slowest, typical);
    inner.push(Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(typical, 0.001))));
  }
  const rounds = slowest < 250 ? Math.max(runs, SAMPLES) : runs;
  const samples: number[][] = ops.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = ops.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const t0 = performance.now();
      for (let k = 0; k < inner[i]; k++) ops[i].fn();
      samples[i].push((performance.now() - t0) / inner[i]);
    }
  }
  return samples;
}

const floorProcessor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();

/** The parse floor: a bare remark parse with the plugins the core uses. */
function parseFloor(text: string): void {
  floorProcessor.parse(text);
}

// ---------------------------------------------------------------------------------------------
// 1. Full lint vs parse floor

function benchLintVsParse(): void {
  line('1. Full lint of one document vs the parse floor (a bare unified + remark-parse + remark-frontmatter + remark-gfm parse of the same text)');
  const config = mergeConfig();
  const smalls = smallDocuments(20);
  const long = longDocument();
  const cases: Array<{ label: string; texts: string[]; budgetId?: string }> = [
    { label: `150 lines (20 documents, ${kb(smalls.reduce((n, d) => n + bytesOf(d.text), 0) / 20)} each on average)`, texts: smalls.map((d) => d.text), budgetId: 'lint-150' },
    { label: `${long.lineCount.toLocaleString('en-US')} lines (${kb(bytesOf(long.text))})`, texts: [long.text], budgetId: 'lint-10000' },
  ];
  const corpus = sharedCorpus();
  if (corpus.length) cases.push({ label: `../shared/corpus (${corpus.length} real postmortems, ${kb(corpus.reduce((n, d) => n + bytesOf(d.text), 0))})`, texts: corpus.map((d) => d.text) });
  const rows = [['document', 'lint', 'parse floor', 'ratio', '']];
  for (const c of cases) {
    progress(c.label);
    const per = c.texts.length;
    const [a, b] = sampleInterleaved([
      { name: 'lint', fn: () => { for (const t of c.texts) lint(t, { config }); } },
      { name: 'parse', fn: () => { for (const t of c.texts) parseFloor(t); } },
    ]);
    const lintMs = median(a) / per;
    const parseMs = median(b) / per;
    const r = pairedRatio(a, b);
    const verdict = c.budgetId ? budget(c.budgetId, `full lint at ${c.budgetId === 'lint-150' ? '150' : '10,000'} lines vs parse floor`, r, 1.3, '×') : '(no budget)';
    rows.push([c.label, ms(lintMs), ms(parseMs), ratio(r), verdict]);
    results[c.budgetId ?? 'lint-corpus'] = { label: c.label, lintMs, parseMs, ratio: r, lintSamples: a, parseSamples: b, documents: per };
  }
  if (!corpus.length) rows.push(['../shared/corpus', '', '', '', 'skipped: not present']);
  table(rows);
  line();
}

// ---------------------------------------------------------------------------------------------
// 2. Re-validation after a one-character edit

function benchRevalidation(): void {
  line('2. Re-validation after a one-character edit in the middle of a 10,000-line postmortem vs a full parse of it');
  line('   (re-validation = lint(text, { cache }) with the ChunkCache of the previous version, as the language server does)');
  const config = mergeConfig();
  const { base, edited } = revalidationPair();
  const cache = new ChunkCache();
  lint(base, { config, cache });
  let version = 0;
  const steady = new ChunkCache();
  lint(base, { config, cache: steady });
  const [a, b, c] = sampleInterleaved([
    { name: 'revalidate', fn: () => { version++; lint(version % 2 ? edited : base, { config, cache }); } },
    { name: 'parse', fn: () => parseFloor(base) },
    { name: 'unchanged', fn: () => lint(base, { config, cache: steady }) },
  ]);
  const reMs = median(a);
  const parseMs = median(b);
  const sameMs = median(c);
  const r = pairedRatio(a, b);
  table([
    ['measurement', 'time', 'vs full parse', ''],
    ['re-validation after a one-character edit', ms(reMs), ratio(r), budget('revalidate', 're-validation after a one-char edit vs full parse (10,000 lines)', r, 0.1, '×')],
    ['full parse (parse floor)', ms(parseMs), '1×', ''],
    ['re-validation, nothing changed (every chunk cached)', ms(sameMs), ratio(pairedRatio(c, b)), '(no budget: the cost of everything but parsing)'],
  ]);
  results.revalidate = { reMs, parseMs, unchangedMs: sameMs, ratio: r, samples: a, parseSamples: b };
  line();
}

// ---------------------------------------------------------------------------------------------
// 3. The command line on many files

interface CommandRun {
  /** Wall time. */
  ms: number;
  /** CPU time (user + system) of the command and its threads; NaN where it cannot be read. */
  cpuMs: number;
  /** Peak resident memory of the command's process tree, in bytes; NaN where it cannot be read. */
  peakRss: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * CPU time of the children this process has waited for, from /proc (Linux): the `cutime` and
 * `cstime` fields, in clock ticks (100 per second on Linux). NaN elsewhere.
 */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Runs a command and waits for it. While it runs, the resident memory of its process tree is read
 * from /proc every few milliseconds (Linux): `peakRss` is the largest sum of the processes'
 * high-water marks (`VmHWM`) seen, NaN where /proc cannot be read.
 */
function runCommand(file: string, args: string[], cwd: string, capture: boolean): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const child = spawn(file, args, {
      cwd,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'ignore',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let peakRss = NaN;
    const poll = () => {
      const m = child.pid === undefined ? undefined : treeMemory(child.pid);
      if (m) peakRss = Number.isNaN(peakRss) ? m.hwm : Math.max(peakRss, m.hwm);
    };
    const timer = setInterval(poll, 5);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t0, cpuMs: childrenCpuMs() - cpu0, peakRss, status, stdout, stderr });
    });
  });
}

async function benchCli(): Promise<void> {
  line(`3. \`postmortem lint\` on ${FILES.toLocaleString('en-US')} generated postmortems vs markdownlint-cli2 (default config) and remark-cli (remark-preset-lint-recommended + remark-frontmatter + remark-gfm)`);
  for (const [name, p] of [['dist/cli.js', CLI], ['markdownlint-cli2', MARKDOWNLINT], ['remark', REMARK]] as const) {
    if (!fs.existsSync(p)) {
      line(`  skipped: ${name} not found (${p}); build with \`npm run build:prod\` and install the devDependencies`);
      line();
      return;
    }
  }
  const corpus = writeCliCorpus(FILES);
  line(`  ${corpus.files.length} files, ${kb(corpus.bytes)}, in ${path.relative(ROOT, corpus.cwd)}/; every tool gets the same list of file paths, as a pre-commit hook passes them`);
  const cacheFile = path.join(OUT, 'cache', `lint-cache-${FILES}.json`);
  fs.rmSync(cacheFile, { force: true });
  const tools: Array<{ name: string; file: string; args: string[]; ok: (status: number | null) => boolean }> = [
    { name: 'postmortem lint', file: process.execPath, args: [CLI, 'lint', '--no-color', ...corpus.files], ok: (s) => s === 0 || s === 1 },
    { name: 'markdownlint-cli2', file: MARKDOWNLINT, args: corpus.files, ok: (s) => s === 0 || s === 1 },
    { name: 'remark', file: REMARK, args: ['--rc-path', REMARKRC, '--no-stdout', '--no-color', ...corpus.files], ok: (s) => s === 0 || s === 1 },
    { name: 'postmortem lint --cache (nothing changed)', file: process.execPath, args: [CLI, 'lint', '--no-color', '--cache', '--cache-location', cacheFile, ...corpus.files], ok: (s) => s === 0 || s === 1 },
    // The report reads the same files through the same lint, then sums up the records (issue 17).
    { name: 'postmortem report', file: process.execPath, args: [CLI, 'report', '--format', 'json', ...corpus.files], ok: (s) => s === 0 },
  ];
  // Warm-up: the file cache of the OS, and the lint cache of the --cache run. Its output is checked.
  for (const t of tools) {
    progress(`${t.name}, warm-up`);
    for (let w = 0; w < Math.max(1, Math.min(WARMUP, 2)); w++) {
      const r = await runCommand(t.file, t.args, corpus.cwd, w === 0);
      if (w === 0 && !t.ok(r.status)) {
        line(`  ${t.name} failed (exit ${r.status}): ${(r.stderr || r.stdout).split('\n').slice(0, 5).join(' | ')}`);
        line('  skipped');
        line();
        return;
      }
      if (w === 0 && t.name === 'postmortem lint') {
        const summary = r.stdout.trim().split('\n').filter((l) => /postmortems?\b/.test(l)).pop();
        if (summary) line(`  postmortem says: ${summary.trim()}`);
      }
    }
  }
  const samples: number[][] = tools.map(() => []);
  const cpu: number[][] = tools.map(() => []);
  const peak: number[][] = tools.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    const order = tools.map((_, i) => i);
    for (let k = 0; k < r % tools.length; k++) order.push(order.shift()!);
    for (const i of order) {
      progress(`${tools[i].name}, run ${r + 1} of ${RUNS}`);
      const run = await runCommand(tools[i].file, tools[i].args, corpus.cwd, false);
      samples[i].push(run.ms);
      cpu[i].push(run.cpuMs);
      peak[i].push(run.peakRss);
    }
  }
  const [pm, mdl, rmk, cached, rep] = samples.map(median);
  const [pmCpu, mdlCpu, rmkCpu, cachedCpu, repCpu] = cpu.map(median);
  // The report against the lint of the same run, paired by round (both are slowed alike by other work).
  const reportRatio = pairedRatio(samples[4], samples[0]);
  // Peak memory: the largest of the runs (the budget is on the worst case), MB of 1,000,000 bytes.
  const [pmPeak, mdlPeak, rmkPeak, cachedPeak, repPeak] = peak.map((p) => Math.max(...p) / 1_000_000);
  const cpuCell = (v: number, ref: number) => (Number.isNaN(v) ? '–' : `${ms(v)} (${ratio(v / ref)})`);
  const peakCell = (v: number) => (Number.isNaN(v) ? '–' : `${v.toFixed(0)} MB (${ratio(v / mdlPeak)})`);
  table([
    ['command', 'wall time', 'vs markdownlint-cli2', 'CPU time (vs markdownlint-cli2)', 'peak RSS (vs markdownlint-cli2)', ''],
    ['postmortem lint', ms(pm), ratio(pm / mdl), cpuCell(pmCpu, mdlCpu), peakCell(pmPeak), budget('cli', `postmortem lint on ${FILES} files vs markdownlint-cli2`, pm / mdl, 0.35, '×', FILES >= 1000)],
    ['postmortem lint --cache, nothing changed', ms(cached), ratio(cached / mdl), cpuCell(cachedCpu, mdlCpu), peakCell(cachedPeak), budget('cli-cache', `postmortem lint --cache (nothing changed) on ${FILES} files vs markdownlint-cli2`, cached / mdl, 0.05, '×', FILES >= 1000)],
    ['postmortem report --format json', ms(rep), ratio(rep / mdl), cpuCell(repCpu, mdlCpu), peakCell(repPeak), `${ratio(reportRatio)} of postmortem lint, ${budget('report', `postmortem report on ${FILES} files vs postmortem lint`, reportRatio, 1.2, '×', FILES >= 1000)}`],
    ['markdownlint-cli2', ms(mdl), '1×', cpuCell(mdlCpu, mdlCpu), peakCell(mdlPeak), ''],
    ['remark (recommended + frontmatter + gfm)', ms(rmk), ratio(rmk / mdl), cpuCell(rmkCpu, mdlCpu), peakCell(rmkPeak), ''],
  ]);
  if (Number.isNaN(pmPeak) || Number.isNaN(mdlPeak)) line('  peak memory: /proc cannot be read here (Linux only); no memory budget');
  else line(`  peak RSS of postmortem lint vs markdownlint-cli2 (largest of ${RUNS} runs each): ${ratio(pmPeak / mdlPeak)}  ${budget('cli-memory', `postmortem lint peak RSS on ${FILES} files vs markdownlint-cli2`, pmPeak / mdlPeak, 1, '×', FILES >= 1000)}`);
  line(`  postmortem lints more than 50 files in worker threads (${os.availableParallelism()} CPUs here); markdownlint-cli2 and remark use one thread.`);
  line('  The budgets are on wall time; CPU time (Linux only) is less sensitive to other work on the machine.');
  if (FILES < 1000) line(`  The budgets are set for 1,000 files: with ${FILES}, start-up costs weigh more, the --cache figure most.`);
  results.cli = { files: FILES, bytes: corpus.bytes, postmortemMs: pm, markdownlintMs: mdl, remarkMs: rmk, cachedMs: cached, reportMs: rep, reportVsLint: reportRatio, cpuMs: { postmortem: pmCpu, markdownlint: mdlCpu, remark: rmkCpu, cached: cachedCpu, report: repCpu }, peakMb: { postmortem: pmPeak, markdownlint: mdlPeak, remark: rmkPeak, cached: cachedPeak, report: repPeak }, samples, cpu, peak };
  line();
}

// ---------------------------------------------------------------------------------------------
// 4. Scaling

function benchScaling(): void {
  line('4. Scaling: time per MB of a full lint at 10 KB, 1 MB and 5 MB (maxFileSize raised through the config)');
  const config = mergeConfig({ maxFileSize: 64 * 1024 * 1024 });
  const sizes = [
    { label: '10 KB', doc: documentOfSize(10_000), floor: true },
    { label: '1 MB', doc: documentOfSize(1_000_000), floor: true },
    // The bare parse of 5 MB in one piece takes tens of seconds (remark is superlinear there): full runs only.
    { label: '5 MB', doc: documentOfSize(5_000_000), floor: !QUICK },
  ];
  for (const s of sizes) {
    if (!lint(s.doc.text, { config }).doc) line(`  warning: the ${s.label} document was not linted (maxFileSize)`);
  }
  progress('10 KB, 1 MB and 5 MB in rounds');
  const ops: Op[] = [];
  for (const [i, s] of sizes.entries()) {
    ops.push({ name: `lint ${s.label}`, fn: () => { lint(s.doc.text, { config }); }, warm: i === 0 });
    if (s.floor) ops.push({ name: `parse ${s.label}`, fn: () => parseFloor(s.doc.text), warm: i === 0 });
  }
  const samples = sampleInterleaved(ops, Math.min(RUNS, 5));
  const perMb = (label: string, kind: 'lint' | 'parse') => {
    const i = ops.findIndex((o) => o.name === `${kind} ${label}`);
    const mb = bytesOf(sizes.find((s) => s.label === label)!.doc.text) / 1_000_000;
    return i < 0 ? undefined : samples[i].map((t) => t / mb);
  };
  const small = perMb('10 KB', 'lint')!;
  const rows = [['document', 'size', 'lint', 'lint per MB', 'parse floor per MB', 'lint per MB vs 10 KB', '']];
  for (const s of sizes) {
    const lintPer = perMb(s.label, 'lint')!;
    const parsePer = perMb(s.label, 'parse');
    const vsSmall = pairedRatio(lintPer, small);
    const mb = bytesOf(s.doc.text) / 1_000_000;
    rows.push([
      `${s.label} (${s.doc.lineCount.toLocaleString('en-US')} lines)`,
      kb(bytesOf(s.doc.text)),
      ms(median(lintPer) * mb),
      ms(median(lintPer)),
      parsePer ? ms(median(parsePer)) : '– (full runs only)',
      s.label === '10 KB' ? '1×' : ratio(vsSmall),
      s.label === '5 MB' ? budget('scaling', 'time per MB at 5 MB vs at 10 KB', vsSmall, 1.5, '×') : '',
    ]);
    results[`scaling-${s.label}`] = { bytes: bytesOf(s.doc.text), lintMsPerMb: median(lintPer), parseMsPerMb: parsePer ? median(parsePer) : null, vs10KB: vsSmall, lintPerMbSamples: lintPer };
  }
  table(rows);
  line();
}

// ---------------------------------------------------------------------------------------------
// 5. Start-up and bundles

/** Spawns the server, sends `initialize`, and resolves with the time to its response. */
function serverInitializeMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const send = (msg: object) => {
      const body = JSON.stringify(msg);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} } });
    let buf = Buffer.alloc(0);
    let elapsed: number | undefined;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('no initialize response within 60 s'));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const headerEnd = buf.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (buf.length < headerEnd + 4 + length) return;
        const msg = JSON.parse(buf.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as { id?: number; result?: unknown };
        buf = buf.subarray(headerEnd + 4 + length);
        if (msg.id === 1 && elapsed === undefined) {
          elapsed = performance.now() - t0;
          send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
        } else if (msg.id === 2) {
          send({ jsonrpc: '2.0', method: 'exit' });
        }
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (elapsed === undefined) reject(new Error('the server exited before answering initialize'));
      else resolve(elapsed);
    });
    child.on('error', reject);
  });
}

function nodeStartMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('exit', () => resolve(performance.now() - t0));
    child.on('error', reject);
  });
}

async function benchStartup(): Promise<void> {
  line('5. Language server start (spawn node dist/server.js --stdio, send initialize, time to the response) vs `node -e 0`; bundle sizes');
  if (serverMissing()) return;
  for (let w = 0; w < Math.max(1, WARMUP); w++) {
    await serverInitializeMs();
    await nodeStartMs();
  }
  const server: number[] = [];
  const bare: number[] = [];
  const runs = Math.max(RUNS, QUICK ? 5 : 11);
  for (let r = 0; r < runs; r++) {
    if (r % 2) {
      bare.push(await nodeStartMs());
      server.push(await serverInitializeMs());
    } else {
      server.push(await serverInitializeMs());
      bare.push(await nodeStartMs());
    }
  }
  const s = median(server);
  const b = median(bare);
  table([
    ['measurement', 'time', 'vs node -e 0', ''],
    ['server start to initialize result', ms(s), ratio(s / b), budget('startup', 'server start to initialize vs node -e 0', s / b, 3, '×')],
    ['node -e 0', ms(b), '1×', ''],
  ]);
  results.startup = { serverMs: s, nodeMs: b, serverSamples: server, nodeSamples: bare };

  const rows = [['bundle', 'size', 'loads', '']];
  const production = fs.existsSync(path.join(DIST, 'client.js')) && !fs.readFileSync(path.join(DIST, 'client.js'), 'utf8').includes('//# sourceMappingURL=');
  for (const [file, when] of [['client.js', 'on activation'], ['preview.js', 'lazily, with the Markdown preview'], ['server.js', 'in the server process'], ['cli.js', 'by the command line']] as const) {
    const p = path.join(DIST, file);
    if (!fs.existsSync(p)) {
      rows.push([`dist/${file}`, 'missing', when, '']);
      continue;
    }
    const size = fs.statSync(p).size;
    rows.push([`dist/${file}`, `${(size / 1024).toFixed(0)} KB`, when, file === 'client.js' ? budget('client-bundle', 'client bundle size (KB = 1024 bytes)', size / 1024, 500, 'KB') : '']);
    results[`bundle-${file}`] = size;
  }
  // The web extension (README, "In the browser"): its client is loaded on activation in a web worker, its server in another (or the same).
  for (const [file, when, id, limit] of [['web/client.js', 'on activation, in the browser', 'web-client-bundle', 500], ['web/server.js', 'in a web worker', 'web-server-bundle', 1536], ['web/preview.js', 'on activation, in the browser', '', 0]] as const) {
    const p = path.join(DIST, file);
    if (!fs.existsSync(p)) {
      rows.push([`dist/${file}`, 'missing', when, '']);
      continue;
    }
    const size = fs.statSync(p).size;
    rows.push([`dist/${file}`, `${(size / 1024).toFixed(0)} KB`, when, id ? budget(id, `${file === 'web/client.js' ? 'web client' : 'web server'} bundle size (KB = 1024 bytes)`, size / 1024, limit, 'KB') : '']);
    results[`bundle-${file}`] = size;
  }
  table(rows);
  if (!production) line('  warning: dist/ is not a production build (source map comments found); run `npm run build:prod` for the sizes that ship');
  line();
}

// ---------------------------------------------------------------------------------------------
// 6. Keystroke to diagnostics in the language server

function sleep(msec: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msec));
}

/** Where measurement 2 edits the 10,000-line postmortem: the first offset its two versions differ at. */
function revalidationOffset(base: string, edited: string): number {
  let i = 0;
  while (base[i] === edited[i]) i++;
  return i;
}

/**
 * Times one-character edits of an open document, typed one at a time: each inserts `x` at `at`
 * or removes it again, and is timed from writing `didChange` to reading the `publishDiagnostics`
 * of its version.
 */
async function keystrokes(session: LspSession, uri: string, at: number, count: number, warmup: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const typed = session.text(uri)[at] === 'x' && i % 2 === 1;
    const { version, sentAt } = typed ? session.edit(uri, at, at + 1, '') : session.edit(uri, at, at, 'x');
    const arrived = await session.diagnosticsOf(uri, version);
    if (i >= warmup) times.push(arrived - sentAt);
    // A pause between keystrokes, as typing has, so that one lint does not run into the next.
    await sleep(20);
  }
  return times;
}

/** True (and says so) when dist/server.js is not built: the LSP measurements are skipped. */
function serverMissing(): boolean {
  if (fs.existsSync(SERVER)) return false;
  line('  skipped: dist/server.js not found; build with `npm run build:prod`');
  line();
  return true;
}

async function benchKeystroke(): Promise<void> {
  line('6. Keystroke to diagnostics in the language server: node dist/server.js --stdio driven over LSP, a one-character edit (insert, then delete) typed');
  line('   in the middle of a document, timed from writing didChange to reading the publishDiagnostics of that version, with the debounce set to 0');
  line('   (initializationOptions.debounceMs; 150 ms in an editor), so the figure is the work alone');
  if (serverMissing()) return;
  const { base, edited } = revalidationPair();
  const small = smallDocuments(1)[0].text;
  const count = QUICK ? 21 : 61;
  const rows = [['document', 'edits', 'p50', 'p90', 'max', '']];
  const session = await LspSession.start({ server: SERVER });
  try {
    for (const c of [
      { label: `10,000 lines (${kb(bytesOf(base))})`, uri: 'untitled:bench/postmortem-10000-lines.md', text: base, at: revalidationOffset(base, edited), id: 'keystroke-10000' },
      { label: `150 lines (${kb(bytesOf(small))})`, uri: 'untitled:bench/postmortem-150-lines.md', text: small, at: small.indexOf('\n', small.length >> 1) - 5, id: undefined },
    ]) {
      progress(`keystrokes in ${c.label}`);
      session.open(c.uri, c.text);
      await session.diagnosticsOf(c.uri, 1);
      const times = await keystrokes(session, c.uri, c.at, count, QUICK ? 5 : 10);
      const p50 = percentile(times, 0.5);
      const p90 = percentile(times, 0.9);
      rows.push([c.label, String(times.length), ms(p50), ms(p90), ms(Math.max(...times)), c.id ? `${budget(`${c.id}-p50`, 'keystroke to diagnostics, 10,000 lines, p50', p50, 20, 'ms')}; p90 ${budget(`${c.id}-p90`, 'keystroke to diagnostics, 10,000 lines, p90', p90, 40, 'ms')}` : '(no budget)']);
      results[c.id ?? 'keystroke-150'] = { p50, p90, samples: times };
    }
  } finally {
    await session.stop();
  }
  table(rows);
  line();
}

// ---------------------------------------------------------------------------------------------
// 7. Requests while a pathological document is linted and edited

interface RequestCase {
  kind: 'hover' | 'completion' | 'codeAction';
  uri: string;
  method: string;
  params: unknown;
}

/** Hover on a front matter key, completion at the start of a front matter line, code actions on the first line of the body. */
function requestsOn(uri: string, text: string): RequestCase[] {
  const key = text.indexOf('\nstarted:') + 3;
  const lineStart = text.indexOf('\nseverity:') + 1;
  const body = positionAt(text, text.indexOf('\n# ') + 1);
  return [
    { kind: 'hover', uri, method: 'textDocument/hover', params: { textDocument: { uri }, position: positionAt(text, key) } },
    { kind: 'completion', uri, method: 'textDocument/completion', params: { textDocument: { uri }, position: positionAt(text, lineStart) } },
    { kind: 'codeAction', uri, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: body, end: { line: body.line + 1, character: 0 } }, context: { diagnostics: [] } } },
  ];
}

async function benchRequests(): Promise<void> {
  line('7. Requests while a pathological document is linted and edited: a 1 MB postmortem whose timeline is one list with sub-lists (bench/shapes.ts)');
  line('   is opened, then edited every 100 ms in the middle of the list (debounce 0: every edit starts a lint that cancels the one before); meanwhile');
  line('   hover, completion and code actions are requested one after another on a 150-line postmortem open beside it, and on the 1 MB one away from the edits');
  if (serverMissing()) return;
  const heavyText = shapedPostmortem('nested-list', { seed: 16, chars: 1_000_000 });
  const otherText = smallDocuments(1)[0].text;
  const heavy = 'untitled:bench/nested-list-1MB.md';
  const other = 'untitled:bench/postmortem-150-lines.md';
  const durationMs = QUICK ? 8000 : 30_000;
  const session = await LspSession.start({ server: SERVER });
  const times = new Map<string, number[]>();
  let edits = 0;
  let lintsOfHeavy = 0;
  try {
    session.open(other, otherText);
    await session.diagnosticsOf(other, 1);
    // Warm the request handlers on the small document alone.
    for (const r of requestsOn(other, otherText)) for (let i = 0; i < 5; i++) await session.timed(r.method, r.params);
    progress(`requests for ${durationMs / 1000} s while the 1 MB list is linted and edited`);
    session.open(heavy, heavyText);
    const editAt = heavyText.indexOf('\n- **', heavyText.length >> 1) + 8;
    const start = performance.now();
    const end = start + durationMs;
    const editor = (async () => {
      let typed = false;
      while (performance.now() < end) {
        await sleep(100);
        session.edit(heavy, editAt, typed ? editAt + 1 : editAt, typed ? '' : 'x');
        typed = !typed;
        edits++;
      }
    })();
    // One client loop per document, as two editor panes: requests on one never wait for the other's.
    let heavyReadyAt = NaN;
    const requester = async (cases: RequestCase[], label: string) => {
      for (let i = 0; performance.now() < end; i++) {
        const r = cases[i % cases.length];
        const { ms: t } = await session.timed(r.method, r.params);
        const key = `${label} ${r.kind}`;
        times.set(key, [...(times.get(key) ?? []), t]);
        await sleep(5);
      }
    };
    const requesters = [
      requester(requestsOn(other, otherText), 'other'),
      // The 1 MB document answers from its last finished lint: there is none before the first one ends.
      session.diagnosticsOf(heavy, 1, durationMs + 300_000).then((at) => {
        heavyReadyAt = at;
        return requester(requestsOn(heavy, heavyText), 'heavy');
      }),
    ];
    await Promise.all([editor, ...requesters]);
    const last = session.published.get(heavy);
    lintsOfHeavy = last?.count ?? 0;
    // The last version's diagnostics still arrive.
    const t0 = performance.now();
    await session.diagnosticsOf(heavy, 1 + edits, 300_000);
    const settle = performance.now() - t0;
    const rows = [['document', 'request', 'requests', 'p50', 'p99', 'max', '']];
    const all: Record<string, number[]> = { other: [], heavy: [] };
    for (const [key, t] of times) {
      const [doc, kind] = key.split(' ');
      all[doc].push(...t);
      rows.push([doc === 'other' ? '150 lines beside it' : 'the 1 MB list itself', kind, String(t.length), ms(percentile(t, 0.5)), ms(percentile(t, 0.99)), ms(Math.max(...t)), '']);
    }
    const otherP99 = percentile(all.other, 0.99);
    const heavyP99 = percentile(all.heavy, 0.99);
    rows.push(['150 lines beside it', 'all', String(all.other.length), ms(percentile(all.other, 0.5)), ms(otherP99), ms(Math.max(...all.other)), budget('requests-other', 'hover, completion, code action p99 beside a 1 MB list being linted', otherP99, 50, 'ms')]);
    rows.push(['the 1 MB list itself', 'all', String(all.heavy.length), ms(percentile(all.heavy, 0.5)), ms(heavyP99), ms(Math.max(...all.heavy)), '(no budget)']);
    table(rows);
    line(`  ${edits} edits of the 1 MB list in ${(durationMs / 1000).toFixed(0)} s; its first diagnostics ${ms(heavyReadyAt - start)} after it was opened (requests on it start then);`);
    line(`  diagnostics of ${lintsOfHeavy} of its versions published meanwhile; those of the last version ${ms(settle)} after the end`);
    results.requests = { edits, lintsOfHeavy, settleMs: settle, otherP99, heavyP99, samples: Object.fromEntries(times) };
  } finally {
    await session.stop();
  }
  line();
}

// ---------------------------------------------------------------------------------------------
// 8. Unusual shapes per MB

function benchShapes(): void {
  line('8. Full lint per MB of unusual shapes at 1 MB vs an ordinary postmortem of the same size (bench/shapes.ts; maxFileSize raised through the config)');
  const config = mergeConfig({ maxFileSize: 64 * 1024 * 1024 });
  const ordinary = documentOfSize(1_000_000).text;
  const cases = [
    { label: 'ordinary postmortem', text: ordinary, id: undefined as string | undefined },
    { label: 'timeline of one nested list', text: shapedPostmortem('nested-list', { seed: 16, chars: 1_000_000 }), id: 'shape-nested-list' },
    { label: '40,000 keys of front matter', text: shapedPostmortem('front-matter-keys', { seed: 16, chars: 1_000_000 }), id: 'shape-front-matter' },
  ];
  for (const c of cases) if (!lint(c.text, { config }).doc) line(`  warning: ${c.label} was not linted`);
  progress('1 MB shapes in rounds');
  const samples = sampleInterleaved(cases.map((c, i) => ({ name: c.label, fn: () => { lint(c.text, { config }); }, warm: i === 0 })), Math.min(RUNS, 5));
  const perMb = samples.map((t, i) => t.map((x) => x / (bytesOf(cases[i].text) / 1_000_000)));
  const rows = [['document', 'size', 'lint', 'lint per MB', 'vs ordinary', '']];
  for (const [i, c] of cases.entries()) {
    const r = pairedRatio(perMb[i], perMb[0]);
    rows.push([c.label, kb(bytesOf(c.text)), ms(median(samples[i])), ms(median(perMb[i])), i === 0 ? '1×' : ratio(r), c.id ? budget(c.id, `lint per MB at 1 MB, ${c.label}, vs ordinary`, r, 2, '×') : '']);
    results[c.id ?? 'shape-ordinary'] = { bytes: bytesOf(c.text), msPerMb: median(perMb[i]), vsOrdinary: r, samples: samples[i] };
  }
  table(rows);
  line();
}

// ---------------------------------------------------------------------------------------------
// 9. Server memory

async function benchMemory(): Promise<void> {
  line('9. Server memory: heap (main thread + lint workers, after a full collection) across one-character edits of a 150-line postmortem,');
  line('   and the resident memory of the server process (/proc VmRSS) with 200 open 150-line postmortems');
  if (serverMissing()) return;
  const totalEdits = QUICK ? 2000 : 10_000;
  // The heap grows over the first few hundred edits (compiled code and type feedback of the paths
  // edits take): the budget is on the growth after the first 1,000.
  const warm = 1000;
  const heapOf = async (s: LspSession) => {
    const m = await s.memory(true);
    const workers = m.workers.reduce((n, w) => n + w.heapUsed, 0) / 1_000_000;
    const codeMb = (m.main.code + m.workers.reduce((n, w) => n + w.code, 0)) / 1_000_000;
    const heapMb = m.main.heapUsed / 1_000_000 + workers;
    return { heapMb, dataMb: heapMb - codeMb, codeMb, mainMb: m.main.heapUsed / 1_000_000, workersMb: workers };
  };
  // Heap across edits: the server runs with --expose-gc (its lint workers inherit it), so that
  // postmortem/memoryUsage can collect before it reads the heaps.
  const session = await LspSession.start({ server: SERVER, execArgv: ['--expose-gc'] });
  const rows = [['measurement', 'figure', '']];
  try {
    const text = smallDocuments(1)[0].text;
    const uri = 'untitled:bench/edited-150-lines.md';
    session.open(uri, text);
    await session.diagnosticsOf(uri, 1);
    // Edits at places chosen by a seeded generator: an `x` typed, then deleted, then the next.
    let seed = 16;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const checkpoints: Array<{ edits: number; heapMb: number; dataMb: number; codeMb: number; mainMb: number; workersMb: number }> = [];
    let at = 0;
    for (let i = 1; i <= totalEdits; i++) {
      const typed = i % 2 === 0;
      if (!typed) {
        const len = session.text(uri).length;
        at = text.indexOf('\n## ') + 1 + Math.floor(next() * (len - text.indexOf('\n## ') - 2));
      }
      const { version } = typed ? session.edit(uri, at, at + 1, '') : session.edit(uri, at, at, 'x');
      await session.diagnosticsOf(uri, version);
      if (i % (totalEdits / 10) === 0) {
        progress(`${i} edits`);
        checkpoints.push({ edits: i, ...(await heapOf(session)) });
      }
    }
    const first = checkpoints.find((c) => c.edits === warm)!;
    const lastCp = checkpoints[checkpoints.length - 1];
    const growth = lastCp.heapMb - first.heapMb;
    const dataGrowth = lastCp.dataMb - first.dataMb;
    const largest = Math.max(...checkpoints.map((c) => c.heapMb));
    rows.push([`heap after ${warm.toLocaleString('en-US')} edits`, `${first.heapMb.toFixed(1)} MB (main thread ${first.mainMb.toFixed(1)}, workers ${first.workersMb.toFixed(1)}; compiled code ${first.codeMb.toFixed(1)})`, '']);
    rows.push([`heap after ${totalEdits.toLocaleString('en-US')} edits`, `${lastCp.heapMb.toFixed(1)} MB (main thread ${lastCp.mainMb.toFixed(1)}, workers ${lastCp.workersMb.toFixed(1)}; compiled code ${lastCp.codeMb.toFixed(1)})`, '']);
    rows.push([`growth over the last ${(totalEdits - warm).toLocaleString('en-US')} edits, all of the heap`, `${growth.toFixed(2)} MB (compiled code ${(lastCp.codeMb - first.codeMb).toFixed(2)})`, '']);
    // V8 keeps compiling more of the paths the edits take for thousands of edits (its code spaces
    // grow, then level off); a leak of the server's own data shows in the rest of the heap.
    rows.push([`growth over the last ${(totalEdits - warm).toLocaleString('en-US')} edits, without compiled code`, `${dataGrowth.toFixed(2)} MB`, budget('heap-edits', `heap growth from ${warm} to ${totalEdits} edits, without V8's compiled code (after a full collection)`, dataGrowth, 1, 'MB')]);
    rows.push(['largest of the ten checkpoints', `${largest.toFixed(1)} MB`, '']);
    results.heapEdits = { edits: totalEdits, checkpoints, growthMb: growth, dataGrowthMb: dataGrowth };
  } finally {
    await session.stop();
  }
  // 200 open postmortems, in a server as an editor starts it (no --expose-gc).
  const many = await LspSession.start({ server: SERVER });
  try {
    progress('200 open postmortems');
    const docs = smallDocuments(200);
    for (const [i, d] of docs.entries()) many.open(`untitled:bench/open-${i}.md`, d.text);
    for (let i = 0; i < docs.length; i++) await many.diagnosticsOf(`untitled:bench/open-${i}.md`, 1);
    await sleep(500);
    const m = treeMemory(many.pid);
    const reported = await many.memory(false);
    const heap = (reported.main.heapUsed + reported.workers.reduce((n, w) => n + w.heapUsed, 0)) / 1_000_000;
    if (m) {
      const rss = m.rss / 1_000_000;
      rows.push(['200 open 150-line postmortems: resident memory', `${rss.toFixed(0)} MB (peak ${(m.hwm / 1_000_000).toFixed(0)} MB; heap ${heap.toFixed(0)} MB)`, budget('rss-200', 'server resident memory with 200 open 150-line postmortems', rss, 250, 'MB')]);
      results.rss200 = { rssMb: rss, peakMb: m.hwm / 1_000_000, heapMb: heap };
    } else {
      const rss = reported.main.rss / 1_000_000;
      rows.push(['200 open 150-line postmortems: resident memory', `${rss.toFixed(0)} MB (process.memoryUsage; heap ${heap.toFixed(0)} MB)`, budget('rss-200', 'server resident memory with 200 open 150-line postmortems', rss, 250, 'MB')]);
      results.rss200 = { rssMb: rss, heapMb: heap };
    }
  } finally {
    await many.stop();
  }
  table(rows);
  line();
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 10. Timeline import

/** Messages of the generated chat export. */
const IMPORT_MESSAGES = 10_000;

/**
 * A Slack export of one channel with `n` messages over the Kakao 2022 incident (15:19 to 01:30 KST),
 * spread over two day files, half of them in threads and a tenth edited; written once.
 */
function writeChatExport(n: number): string {
  const dir = path.join(OUT, 'import', 'slack-export');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'inc-2022'), { recursive: true });
  const users = Array.from({ length: 40 }, (_, i) => ({ id: `U${i}`, name: `user${i}`, profile: { display_name: `Engineer ${i}` } }));
  fs.writeFileSync(path.join(dir, 'users.json'), JSON.stringify(users));
  const start = Date.parse('2022-10-15T06:19:00Z') / 1000;
  const span = Date.parse('2022-10-15T16:30:00Z') / 1000 - start;
  const days = new Map<string, unknown[]>();
  let parent = '';
  for (let i = 0; i < n; i++) {
    const t = start + (span * i) / n;
    const ts = `${Math.floor(t)}.${String(i).padStart(6, '0')}`;
    if (i % 2 === 0) parent = ts;
    const msg: Record<string, unknown> = {
      type: 'message', ts, user: `U${i % 40}`,
      text: `Update ${i}: <@U${(i + 1) % 40}> checked hall ${i % 7} &amp; rack ${i % 13}, see <https://status.example.com/${i}|status>`,
    };
    if (i % 2 === 1) msg.thread_ts = parent;
    if (i % 10 === 0) msg.edited = { user: msg.user, ts: `${Math.floor(t) + 30}.000000` };
    if (i % 3 === 0) msg.reactions = [{ name: 'pushpin', users: ['U1'], count: 1 }];
    const day = new Date((t + 9 * 3600) * 1000).toISOString().slice(0, 10);
    const list = days.get(day) ?? [];
    list.push(msg);
    days.set(day, list);
  }
  for (const [day, list] of days) fs.writeFileSync(path.join(dir, 'inc-2022', `${day}.json`), JSON.stringify(list, null, 1));
  return dir;
}

async function benchImport(): Promise<void> {
  line(`10. \`postmortem timeline import\` of ${IMPORT_MESSAGES.toLocaleString('en-US')} chat messages (a generated Slack export, --all) into a copy of the Kakao 2022 template, written in place`);
  if (!fs.existsSync(CLI)) {
    line('  dist/cli.js is missing: run npm run build first');
    line();
    return;
  }
  const exportDir = writeChatExport(IMPORT_MESSAGES);
  const work = path.join(OUT, 'import');
  const template = path.join(ROOT, 'templates', 'kakao-2022-pangyo-data-center-fire.md');
  const target = path.join(work, 'postmortem.md');
  const args = [CLI, 'timeline', 'import', '--all', '--channel', 'inc-2022', '--from', `slack:${path.relative(work, exportDir)}`, 'postmortem.md'];
  const runs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    fs.copyFileSync(template, target);
    const r = await runCommand(process.execPath, args, work, true);
    if (r.status !== 0) throw new Error(`timeline import failed (${r.status}): ${r.stderr}`);
    if (i >= WARMUP) {
      runs.push(r.ms);
      cpus.push(r.cpuMs);
    }
  }
  const rows = fs.readFileSync(target, 'utf8').split('\n').filter((l) => l.endsWith('(Slack) |')).length;
  if (rows !== IMPORT_MESSAGES) throw new Error(`expected ${IMPORT_MESSAGES} imported rows, found ${rows}`);
  const wall = median(runs);
  table([
    ['', 'wall', 'CPU', ''],
    [`import ${IMPORT_MESSAGES.toLocaleString('en-US')} messages (process start to exit)`, ms(wall), ms(median(cpus)), budget('import-10000', `timeline import of ${IMPORT_MESSAGES.toLocaleString('en-US')} chat messages (wall time)`, wall, 2000, 'ms')],
  ]);
  results.import = { messages: IMPORT_MESSAGES, wallMs: wall, cpuMs: median(cpus), runs };
  line();
}

// ---------------------------------------------------------------------------------------------
// 11. The web server's start in a worker

/**
 * Starts dist/web/server.js in a worker thread made to look like a browser worker (as
 * test/helpers/web-server-host.mjs does: `self` with postMessage and onmessage, Node's globals
 * hidden), posts `initialize` and resolves with the time from creating the worker to the result.
 */
function webWorkerInitializeMs(bundle: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const source = require('node:fs').readFileSync(workerData.bundle, 'utf8');
       const self = { postMessage: (m) => parentPort.postMessage(m), addEventListener: () => undefined, set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); } };
       new Function('self', 'postmortemPort', 'process', 'Buffer', 'require', 'setImmediate', 'SharedArrayBuffer', source)(self, undefined);`,
      { eval: true, workerData: { bundle } },
    );
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('no initialize response from the web server within 60 s'));
    }, 60_000);
    worker.on('message', (m: { id?: number }) => {
      if (m.id !== 1) return;
      const elapsed = performance.now() - t0;
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(elapsed));
    });
    worker.on('error', reject);
    worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} } });
  });
}

async function benchWebStartup(): Promise<void> {
  line('11. Web server start in a worker (create a browser-like worker thread running dist/web/server.js, post initialize, time to the result)');
  const bundle = path.join(DIST, 'web', 'server.js');
  if (!fs.existsSync(bundle)) {
    line('  dist/web/server.js is missing: run `npm run build:prod` first');
    line();
    return;
  }
  for (let w = 0; w < Math.max(1, WARMUP); w++) await webWorkerInitializeMs(bundle);
  const times: number[] = [];
  for (let r = 0; r < Math.max(RUNS, QUICK ? 5 : 11); r++) times.push(await webWorkerInitializeMs(bundle));
  table([
    ['measurement', 'time', ''],
    ['web server: worker created to initialize result', ms(median(times)), '(no budget: measured, as issue 19 asks)'],
  ]);
  results.webStartup = { medianMs: median(times), samples: times };
  line();
}

// ---------------------------------------------------------------------------------------------
// 12. A workspace of 10,000 postmortems

/** Postmortems of the large workspace (BENCH_WORKSPACE_FILES; 10,000, or 1,000 with --quick). */
const WORKSPACE_FILES = envInt('BENCH_WORKSPACE_FILES', QUICK ? 1000 : 10_000);

/** Index statistics of the server (`postmortem/memoryUsage`). */
async function indexOf(session: LspSession): Promise<{ files: number; postmortems: number; reads: number; complete: boolean } | undefined> {
  return (await session.memory(false)).workers.find((w) => w.index)?.index;
}

/** Spawns a server on `folder`, opens the postmortem and returns the times to initialize and to its first diagnostics. */
async function openIn(folder: string, open: string, text: string, keep = false): Promise<{ initMs: number; diagMs: number; session?: LspSession }> {
  const session = await LspSession.start({ server: SERVER, folder });
  const uri = pathToFileURL(path.join(folder, open)).href;
  const t0 = performance.now();
  session.open(uri, text);
  const at = await session.diagnosticsOf(uri, 1);
  const out = { initMs: session.initializeMs, diagMs: at - t0 };
  if (keep) return { ...out, session };
  await session.stop();
  return out;
}

async function benchWorkspace(): Promise<void> {
  line(`12. A workspace of ${WORKSPACE_FILES.toLocaleString('en-US')} generated postmortems (the sizes of the CLI set) vs an empty one: spawn to the initialize result, and`);
  line('   didOpen to the first diagnostics of a 150-line postmortem, in alternation; then, while the workspace index reads the rest in the');
  line('   background, hover and completion on the open postmortem one after another; the time to index everything, the resident memory after it,');
  line('   and the files read again after one file changes on disk (workspace/didChangeWatchedFiles)');
  if (serverMissing()) return;
  progress(`writing ${WORKSPACE_FILES} postmortems`);
  const ws = writeWorkspace(WORKSPACE_FILES);
  const text = fs.readFileSync(path.join(ws.folder, ws.open), 'utf8');
  const runs = Math.max(RUNS, 5);
  const empty: Array<{ initMs: number; diagMs: number }> = [];
  const large: Array<{ initMs: number; diagMs: number }> = [];
  for (let w = 0; w < WARMUP; w++) await openIn(ws.empty, ws.open, text);
  for (let r = 0; r < runs; r++) {
    progress(`start ${r + 1} of ${runs}`);
    if (r % 2) {
      large.push(await openIn(ws.folder, ws.open, text));
      empty.push(await openIn(ws.empty, ws.open, text));
    } else {
      empty.push(await openIn(ws.empty, ws.open, text));
      large.push(await openIn(ws.folder, ws.open, text));
    }
  }
  const initRatio = median(large.map((x) => x.initMs)) / median(empty.map((x) => x.initMs));
  const diagRatio = median(large.map((x) => x.diagMs)) / median(empty.map((x) => x.diagMs));
  const rows = [['measurement', 'empty workspace', `${WORKSPACE_FILES.toLocaleString('en-US')} postmortems`, '']];
  rows.push(['spawn to initialize result (median)', ms(median(empty.map((x) => x.initMs))), ms(median(large.map((x) => x.initMs))), `${ratio(initRatio)}  ${budget('workspace-initialize', `initialize, ${WORKSPACE_FILES} postmortems vs empty workspace`, initRatio, 1.2, '×', WORKSPACE_FILES >= 10_000)}`]);
  rows.push(['didOpen to first diagnostics (median)', ms(median(empty.map((x) => x.diagMs))), ms(median(large.map((x) => x.diagMs))), `${ratio(diagRatio)}  ${budget('workspace-first-diagnostics', `first diagnostics, ${WORKSPACE_FILES} postmortems vs empty workspace`, diagRatio, 1.2, '×', WORKSPACE_FILES >= 10_000)}`]);

  // Requests while the index reads the workspace, and the same requests in the empty workspace.
  const uriIn = (folder: string) => pathToFileURL(path.join(folder, ws.open)).href;
  const base = await openIn(ws.empty, ws.open, text, true);
  const baseline: number[] = [];
  try {
    for (let i = 0; i < 40; i++) for (const r of requestsOn(uriIn(ws.empty), text).filter((x) => x.kind !== 'codeAction')) baseline.push((await base.session!.timed(r.method, r.params)).ms);
  } finally {
    await base.session!.stop();
  }
  const big = await openIn(ws.folder, ws.open, text, true);
  const session = big.session!;
  const during: number[] = [];
  try {
    const t0 = performance.now();
    const limitMs = QUICK ? 120_000 : 900_000;
    let stats = await indexOf(session);
    let lastPoll = performance.now();
    progress('requests while the index reads the workspace');
    while (!stats?.complete && performance.now() - t0 < limitMs) {
      for (const r of requestsOn(uriIn(ws.folder), text).filter((x) => x.kind !== 'codeAction')) during.push((await session.timed(r.method, r.params)).ms);
      await sleep(20);
      if (performance.now() - lastPoll > 1000) {
        stats = await indexOf(session);
        lastPoll = performance.now();
        progress(`${stats?.files ?? 0} files read`);
      }
    }
    const indexMs = performance.now() - t0;
    const p99 = percentile(during, 0.99);
    rows.push(['hover and completion: p50 / p99 / max', `${ms(percentile(baseline, 0.5))} / ${ms(percentile(baseline, 0.99))} / ${ms(Math.max(...baseline))} (${baseline.length})`, `${ms(percentile(during, 0.5))} / ${ms(p99)} / ${ms(Math.max(...during))} (${during.length}, while indexing)`, budget('workspace-requests', 'hover and completion p99 while the workspace index reads 10,000 postmortems', p99, 50, 'ms', WORKSPACE_FILES >= 10_000)]);
    rows.push(['whole workspace indexed', '', `${ms(indexMs)} after the first diagnostics (${stats?.postmortems ?? 0} postmortems of ${stats?.files ?? 0} Markdown files${stats?.complete ? '' : ', NOT complete'})`, '']);
    await sleep(500);
    const mem = treeMemory(session.pid);
    const rss = (mem?.rss ?? (await session.memory(false)).main.rss) / 1_000_000;
    rows.push(['resident memory, whole workspace indexed', '', `${rss.toFixed(0)} MB${mem ? ` (peak ${(mem.hwm / 1_000_000).toFixed(0)} MB)` : ''}`, budget('workspace-rss', `server resident memory with ${WORKSPACE_FILES} postmortems indexed`, rss, 400, 'MB', WORKSPACE_FILES >= 10_000)]);

    // One file changed on disk: read again alone. The file is put back afterwards.
    const changed = ws.files[Math.floor(ws.files.length / 2)]!;
    const original = fs.readFileSync(changed, 'utf8');
    const before = (await indexOf(session))?.reads ?? 0;
    try {
      fs.writeFileSync(changed, original.replace(/^title: .*$/m, (t) => `${t} (edited)`));
      await session.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(changed).href, type: 2 }] });
      let after = before;
      for (let i = 0; i < 100 && after === before; i++) {
        await sleep(20);
        after = (await indexOf(session))?.reads ?? before;
      }
      await sleep(300);
      after = (await indexOf(session))?.reads ?? before;
      rows.push(['files read after one file changed on disk', '', String(after - before), budget('workspace-reads', 'files read again after one changed file', after - before, 1, 'files')]);
      results.workspace = { files: WORKSPACE_FILES, empty, large, initRatio, diagRatio, baseline, during, indexMs, rssMb: rss, readsAfterChange: after - before, stats };
    } finally {
      fs.writeFileSync(changed, original);
    }
  } finally {
    await session.stop();
  }
  table(rows);
  line();
}

async function main(): Promise<void> {
  const wanted = (n: number) => ONLY.size === 0 || ONLY.has(n);
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  fs.mkdirSync(OUT, { recursive: true });
  writeDocuments();
  const started = performance.now();
  line(`Postmortem benchmarks${QUICK ? ' (--quick)' : ''}: medians of ${SAMPLES} samples (in-process figures under 250 ms) or ${RUNS} runs (the rest), ${WARMUP} warm-up; Node ${process.version}, ${os.platform()} ${os.arch()}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load average ${load()}`);
  line();
  if (wanted(1)) benchLintVsParse();
  if (wanted(2)) benchRevalidation();
  if (wanted(3)) await benchCli();
  if (wanted(4)) benchScaling();
  if (wanted(5)) await benchStartup();
  if (wanted(6)) await benchKeystroke();
  if (wanted(7)) await benchRequests();
  if (wanted(8)) benchShapes();
  if (wanted(9)) await benchMemory();
  if (wanted(10)) await benchImport();
  if (wanted(12)) await benchWorkspace();
  if (wanted(11)) await benchWebStartup();

  line('Budgets (docs/performance.md)');
  table([
    ['budget', 'measured', 'limit', ''],
    ...budgets.map((b) => [b.what, withUnit(b.measured, b.unit), `≤ ${withUnit(b.limit, b.unit, 0)}`, verdict(b)]),
  ]);
  const counted = budgets.filter((b) => b.applies);
  const failed = counted.filter((b) => !b.pass).length;
  line();
  line(`${counted.length - failed} of ${counted.length} budgets pass${counted.length < budgets.length ? ` (${budgets.length - counted.length} not counted in this run)` : ''}; ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${load()}`);
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ date: new Date().toISOString(), quick: QUICK, runs: RUNS, node: process.version, loadavg: os.loadavg(), budgets, results }, null, 2));
  if (STRICT && failed > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exitCode = 2;
});
