/**
 * The long fuzz campaign: `npm run fuzz` (`tsx scripts/fuzz.ts`).
 *
 * Runs the core properties of test/helpers/fuzz.ts over many generated cases (100,000 by
 * default), in parallel worker processes, then times every hostile input of
 * test/helpers/hostile.ts once. Prints a Markdown table for docs/reliability.md.
 *
 *   tsx scripts/fuzz.ts [--runs 100000] [--seed 1] [--jobs <cpus>] [--max-lines 80] [--no-hostile]
 *   tsx scripts/fuzz.ts --replay <case.json>          rerun one saved failing case
 *   tsx scripts/fuzz.ts --replay-id <seed:batch:index> regenerate a case by its id and rerun it
 *
 * A failing case is saved to .cache/fuzz/failure-<id>.json (gitignored) and the campaign goes on.
 * A case that takes longer than --case-timeout seconds (default 120) is reported as a hang: its
 * worker is killed and a new one takes over the remaining batches. Exit code 1 when any case failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import fc from 'fast-check';
import { caseArb, checkCase, describeCase, loadSeeds, PropertyFailure, type FuzzCase } from '../test/helpers/fuzz';
import { HOSTILE } from '../test/helpers/hostile';
import { lint } from '../server/src/core/lint';
import { mergeConfig } from '../server/src/core/config';

const BATCH = 100;
const OUT_DIR = path.resolve('.cache', 'fuzz');

interface Args {
  runs: number;
  seed: number;
  jobs: number;
  maxLines: number;
  hostile: boolean;
  caseTimeout: number;
  worker?: { batches: number[] };
  replay?: string;
  replayId?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { runs: 100_000, seed: 1, jobs: Math.max(1, (os.availableParallelism?.() ?? os.cpus().length)), maxLines: 80, hostile: true, caseTimeout: 120 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    if (k === '--runs') a.runs = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--jobs') a.jobs = Math.max(1, Number(v()));
    else if (k === '--max-lines') a.maxLines = Number(v());
    else if (k === '--case-timeout') a.caseTimeout = Number(v());
    else if (k === '--no-hostile') a.hostile = false;
    else if (k === '--worker') a.worker = { batches: v().split(',').filter(Boolean).map(Number) };
    else if (k === '--replay') a.replay = v();
    else if (k === '--replay-id') a.replayId = v();
    else if (k === '-h' || k === '--help') {
      console.log(fs.readFileSync(__filename, 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

interface Extreme {
  length: number;
  ms: number;
  id: string;
  origin: string;
}

interface Stats {
  cases: number;
  failures: number;
  chars: number;
  ms: number;
  largest?: Extreme;
  slowest?: Extreme;
  byKind: Record<string, { cases: number; failures: number; largest: number; slowestMs: number }>;
  properties: Record<string, number>;
}

function emptyStats(): Stats {
  return { cases: 0, failures: 0, chars: 0, ms: 0, byKind: {}, properties: {} };
}

function kindOf(origin: string): string {
  if (origin === 'unicode' || origin === 'assembled') return origin;
  return 'mutated corpus';
}

function merge(into: Stats, s: Stats): void {
  into.cases += s.cases;
  into.failures += s.failures;
  into.chars += s.chars;
  into.ms += s.ms;
  if (s.largest && (!into.largest || s.largest.length > into.largest.length)) into.largest = s.largest;
  if (s.slowest && (!into.slowest || s.slowest.ms > into.slowest.ms)) into.slowest = s.slowest;
  for (const [k, v] of Object.entries(s.byKind)) {
    const t = (into.byKind[k] ??= { cases: 0, failures: 0, largest: 0, slowestMs: 0 });
    t.cases += v.cases;
    t.failures += v.failures;
    t.largest = Math.max(t.largest, v.largest);
    t.slowestMs = Math.max(t.slowestMs, v.slowestMs);
  }
  for (const [k, v] of Object.entries(s.properties)) into.properties[k] = (into.properties[k] ?? 0) + v;
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

/** The cases of one batch: fast-check's sample with a seed derived from the campaign seed. */
function batchCases(seed: number, batch: number, maxLines: number, seeds: ReturnType<typeof loadSeeds>): FuzzCase[] {
  return fc.sample(caseArb(seeds, maxLines), { numRuns: BATCH, seed: seed * 1_000_003 + batch });
}

function saveFailure(id: string, c: FuzzCase, message: string): string {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `failure-${id.replace(/:/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ id, message, ...c }, null, 1));
  return file;
}

function runOne(c: FuzzCase): { ok: true } | { ok: false; property: string; message: string } {
  try {
    checkCase(c);
    return { ok: true };
  } catch (err) {
    if (err instanceof PropertyFailure) return { ok: false, property: err.property, message: err.message };
    return { ok: false, property: 'checker threw', message: err instanceof Error ? err.stack ?? err.message : String(err) };
  }
}

// ---------------------------------------------------------------------------------------------
// Worker: runs its batches, reports on stdout as JSON lines
// ---------------------------------------------------------------------------------------------

function worker(a: Args): void {
  const seeds = loadSeeds();
  const send = (m: unknown) => process.stdout.write(`${JSON.stringify(m)}\n`);
  for (const batch of a.worker!.batches) {
    const cases = batchCases(a.seed, batch, a.maxLines, seeds);
    const stats = emptyStats();
    cases.forEach((c, index) => {
      const id = `${a.seed}:${batch}:${index}`;
      send({ type: 'start', id, length: c.text.length });
      const t0 = performance.now();
      const r = runOne(c);
      const ms = performance.now() - t0;
      const kind = kindOf(c.origin);
      const k = (stats.byKind[kind] ??= { cases: 0, failures: 0, largest: 0, slowestMs: 0 });
      k.cases++;
      k.largest = Math.max(k.largest, c.text.length);
      k.slowestMs = Math.max(k.slowestMs, ms);
      stats.cases++;
      stats.chars += c.text.length;
      stats.ms += ms;
      const ext = { length: c.text.length, ms, id, origin: c.origin.slice(0, 160) };
      if (!stats.largest || ext.length > stats.largest.length) stats.largest = ext;
      if (!stats.slowest || ext.ms > stats.slowest.ms) stats.slowest = ext;
      if (!r.ok) {
        stats.failures++;
        k.failures++;
        stats.properties[r.property] = (stats.properties[r.property] ?? 0) + 1;
        const file = saveFailure(id, c, r.message);
        send({ type: 'failure', id, property: r.property, message: r.message.slice(0, 400), file });
      }
    });
    send({ type: 'batch', batch, stats });
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: hands out batches, watches for hangs, prints the tables
// ---------------------------------------------------------------------------------------------

async function campaign(a: Args): Promise<number> {
  const batches = Math.ceil(a.runs / BATCH);
  const queue = Array.from({ length: batches }, (_, i) => i);
  const total = emptyStats();
  const failures: Array<{ id: string; property: string; message: string; file?: string }> = [];
  const started = Date.now();
  const per = Math.max(1, Math.min(10, Math.ceil(batches / (a.jobs * 4))));
  console.log(`fuzz: ${batches * BATCH} cases in ${batches} batches of ${BATCH}, seed ${a.seed}, ${a.jobs} workers, corpus windows of up to ${a.maxLines} lines`);

  const spawnWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const mine = queue.splice(0, per);
      if (mine.length === 0) return resolve();
      const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', __filename, '--worker', mine.join(','), '--seed', String(a.seed), '--max-lines', String(a.maxLines)], { stdio: ['ignore', 'pipe', 'inherit'] });
      const done = new Set<number>();
      let current: { id: string; length: number; at: number } | undefined;
      const watchdog = setInterval(() => {
        if (current && Date.now() - current.at > a.caseTimeout * 1000) {
          failures.push({ id: current.id, property: 'bounded time', message: `case ${current.id} (${current.length} chars) ran longer than ${a.caseTimeout} s; rerun with --replay-id ${current.id}` });
          total.failures++;
          total.properties['bounded time'] = (total.properties['bounded time'] ?? 0) + 1;
          total.cases++;
          current = undefined;
          child.kill('SIGKILL');
        }
      }, 1000);
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        let m: { type: string; [k: string]: unknown };
        try {
          m = JSON.parse(line);
        } catch {
          return;
        }
        if (m.type === 'start') current = { id: m.id as string, length: m.length as number, at: Date.now() };
        else if (m.type === 'failure') failures.push(m as unknown as (typeof failures)[number]);
        else if (m.type === 'batch') {
          done.add(m.batch as number);
          merge(total, m.stats as Stats);
        }
      });
      child.on('exit', () => {
        clearInterval(watchdog);
        // Batches a killed worker did not finish: the hung case is skipped, the rest of its batch is lost, later batches go back in the queue.
        for (const b of mine) if (!done.has(b) && b !== Number(current?.id.split(':')[1] ?? -1)) queue.push(b);
        resolve(spawnWorker());
      });
    });

  const progress = setInterval(() => {
    const s = Math.round((Date.now() - started) / 1000);
    console.log(`  ${total.cases} cases, ${total.failures} failures, ${s} s`);
  }, 60_000);
  await Promise.all(Array.from({ length: a.jobs }, () => spawnWorker()));
  clearInterval(progress);
  const wall = Date.now() - started;

  console.log(`\n## Fuzz campaign: seed ${a.seed}, ${total.cases} cases, ${total.failures} failures, ${(wall / 1000).toFixed(0)} s wall clock (${a.jobs} workers)\n`);
  console.log('| Inputs | Cases | Failures | Largest input (chars) | Slowest case (ms) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [k, v] of Object.entries(total.byKind).sort()) console.log(`| ${k} | ${v.cases} | ${v.failures} | ${v.largest} | ${v.slowestMs.toFixed(0)} |`);
  console.log(`| **all** | **${total.cases}** | **${total.failures}** | ${total.largest?.length ?? 0} | ${total.slowest?.ms.toFixed(0) ?? 0} |`);
  console.log(`\nMean ${(total.ms / Math.max(1, total.cases)).toFixed(1)} ms and ${(total.chars / Math.max(1, total.cases)).toFixed(0)} chars a case (a case is a lint, every fix alone, fix-all to convergence, a fresh lint and a chunked-versus-whole parse).`);
  if (total.largest) console.log(`Largest input: ${total.largest.length} chars, ${total.largest.ms.toFixed(0)} ms (${total.largest.id}, ${total.largest.origin}).`);
  if (total.slowest) console.log(`Slowest case: ${total.slowest.ms.toFixed(0)} ms, ${total.slowest.length} chars (${total.slowest.id}, ${total.slowest.origin}).`);
  if (failures.length) {
    console.log(`\nFailures by property: ${JSON.stringify(total.properties)}`);
    for (const f of failures.slice(0, 30)) console.log(`- ${f.id} ${f.property}: ${f.message.split('\n')[0].slice(0, 300)}${f.file ? ` (${path.relative(process.cwd(), f.file)})` : ''}`);
    if (failures.length > 30) console.log(`- … and ${failures.length - 30} more in ${path.relative(process.cwd(), OUT_DIR)}/`);
  }
  return total.failures;
}

/** Times each hostile input once, in a child process each (a crash or hang there must not end the campaign). */
async function hostileTable(a: Args): Promise<number> {
  console.log('\n## Hostile inputs\n');
  console.log('| Input | Size (chars) | Result | Time (ms) |');
  console.log('|---|---:|---|---:|');
  let bad = 0;
  for (const h of HOSTILE) {
    const out = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--hostile-one', h.name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let s = '';
      let e = '';
      child.stdout!.on('data', (d: Buffer) => (s += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (e += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), a.caseTimeout * 1000 * 5);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        resolve(code === 0 ? s.trim() : `| ${h.name} | | **${signal ? `killed (${signal}): over ${a.caseTimeout * 5} s` : `crashed (exit ${code}): ${e.split('\n').find((l) => /Error/.test(l)) ?? ''}`}** | |`);
      });
    });
    if (out.includes('**')) bad++;
    console.log(out);
  }
  return bad;
}

function hostileOne(name: string): void {
  const h = HOSTILE.find((x) => x.name === name)!;
  const text = h.text();
  const t0 = performance.now();
  const r = lint(text, { config: mergeConfig() });
  const ms = performance.now() - t0;
  const outside = r.findings.filter((f) => f.range.start < 0 || f.range.end > text.length || f.range.start > f.range.end).length;
  const rules = [...new Set(r.findings.map((f) => (f.ruleId === 'unreadable-document' ? `${f.ruleId} (${f.messageId})` : f.ruleId)))];
  const problems = [
    outside ? `${outside} ranges outside the document` : '',
    r.ruleErrors.length ? `rules threw: ${r.ruleErrors.map((e) => `${e.ruleId}: ${e.message.split('\n')[0]}`).join('; ')}` : '',
  ].filter(Boolean);
  const result = `${r.findings.length} findings${rules.length ? `: ${rules.slice(0, 4).join(', ')}${rules.length > 4 ? ', …' : ''}` : ''}`;
  console.log(`| ${h.name} | ${text.length} | ${problems.length ? `**${problems.join('; ')}** (${result})` : result} | ${ms.toFixed(0)} |`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--hostile-one') return hostileOne(argv[1]);
  const a = parseArgs(argv);
  if (a.worker) return worker(a);
  if (a.replay || a.replayId) {
    let c: FuzzCase;
    if (a.replay) c = JSON.parse(fs.readFileSync(a.replay, 'utf8')) as FuzzCase;
    else {
      const [seed, batch, index] = a.replayId!.split(':').map(Number);
      c = batchCases(seed, batch, a.maxLines, loadSeeds())[index];
    }
    console.log(describeCase(c));
    const t0 = performance.now();
    const r = runOne(c);
    console.log(r.ok ? `ok (${(performance.now() - t0).toFixed(0)} ms)` : `FAILED ${r.message}`);
    process.exitCode = r.ok ? 0 : 1;
    return;
  }
  const failed = await campaign(a);
  const hostileBad = a.hostile ? await hostileTable(a) : 0;
  process.exitCode = failed || hostileBad ? 1 : 0;
}

void main();
