/**
 * Profiling helper for the core.
 *
 *   tsx bench/profile.ts <scenario> [iterations]
 *   tsx bench/profile.ts summarize <file.cpuprofile> [top]
 *
 * The first form samples only the measured loop (after the inputs are generated and one warm-up
 * call), with the same V8 CPU profiler as `node --cpu-prof`, writes
 * `bench/.out/profiles/<scenario>.cpuprofile` (open it in Chrome DevTools or VS Code) and prints
 * a summary. `node --cpu-prof --import tsx bench/profile.ts <scenario>` works too, but then module
 * loading and input generation are in the profile.
 *
 * Scenarios: `lint-150` (full lint of the twenty 150-line documents of the benchmark),
 * `lint-10000` (full lint of the 10,000-line postmortem), `revalidate-10000` (a one-character edit
 * in its middle, then `lint(text, { cache })`, as the language server does), `lint-list-1mb` (full lint of it), `revalidate-list-1mb`
 * (the same in the middle of a 1 MB postmortem whose timeline is one list, bench/shapes.ts),
 * `lint-cli-set` (every file of the CLI comparison, BENCH_FILES of them, in one thread),
 * `keystroke-10000` (the same edits, as the lint worker gets them: a change to the last version,
 * through `LintEngine`), `parse-10000` (the bare remark parse of the 10,000-line one, for comparison).
 *
 * `summarize` prints the functions with the most self time, and the core functions with the most
 * total time (self plus callees), from a `.cpuprofile`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from 'node:inspector';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lint } from '../server/src/core/lint';
import { ChunkCache } from '../server/src/core/parse';
import { longDocument, revalidationPair, smallDocuments, writeCliCorpus } from './corpus';
import { nestedListPostmortem } from './shapes';
import { mergeConfig } from '../server/src/core/config';
import { LintEngine, NO_INDEX } from '../server/src/lsp/lint-engine';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(n: ProfileNode): string {
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
  // Line numbers are left out: code compiled by tsx reports its own, not the source's.
  return `${n.callFrame.functionName || '(anonymous)'} ${url}`;
}

function summarize(file: string, top: number): void {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Self time per function (merged over call sites); total time per function, counted once per stack.
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    selfBy.set(where(n), (selfBy.get(where(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = where(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + t);
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time');
  for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
  console.log('\ntotal time, core functions (server/src/core)');
  for (const [k, t] of [...totalBy].filter(([k]) => k.includes('server/src/core')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)}  ${k}`);
}

/** The loop body of each scenario, after its setup. */
function scenarioStep(scenario: string): ((i: number) => void) | undefined {
  const floor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();
  if (scenario === 'lint-150') {
    const texts = smallDocuments(20).map((d) => d.text);
    return () => {
      for (const t of texts) lint(t);
    };
  }
  if (scenario === 'lint-10000') {
    const text = longDocument().text;
    return () => lint(text);
  }
  if (scenario === 'revalidate-10000') {
    const { base, edited } = revalidationPair();
    const cache = new ChunkCache();
    lint(base, { cache });
    return (i) => lint(i % 2 ? base : edited, { cache });
  }
  if (scenario === 'keystroke-10000') {
    // As the language server's lint worker gets it: each version as a change to the last one.
    const { base } = revalidationPair();
    const at = base.indexOf('\n', base.length >> 1) + 1;
    const versions = new Int32Array(new SharedArrayBuffer(64));
    const engine = new LintEngine(versions, () => undefined, NO_INDEX);
    const uri = 'untitled:keystroke.md';
    const config = { key: 'k', config: mergeConfig({ maxFileSize: 64 * 1024 * 1024 }), teamSchema: undefined };
    let version = 1;
    versions[1] = version;
    engine.handle({ type: 'lint', job: version, uri, version, slot: 1, generation: 0, text: base, rel: undefined, config, locale: 'en' });
    return (i) => {
      const from = version++;
      versions[1] = version;
      // Typed at `at`, then deleted again: either way the text around it is kept.
      const text = { from, prefix: at, suffix: base.length - at, insert: i % 2 === 0 ? 'x' : '' };
      engine.handle({ type: 'lint', job: version, uri, version, slot: 1, generation: 0, text, rel: undefined, config, locale: 'en' });
    };
  }
  if (scenario === 'lint-list-1mb') {
    const text = nestedListPostmortem({ seed: 16, chars: 1_000_000 });
    const config = mergeConfig({ maxFileSize: 64 * 1024 * 1024 });
    return () => lint(text, { config });
  }
  if (scenario === 'revalidate-list-1mb') {
    const base = nestedListPostmortem({ seed: 16, chars: 1_000_000 });
    const at = base.indexOf('\n- **', base.length >> 1) + 7;
    const edited = base.slice(0, at) + 'x' + base.slice(at);
    const cache = new ChunkCache();
    const config = mergeConfig({ maxFileSize: 64 * 1024 * 1024 });
    lint(base, { cache, config });
    return (i) => lint(i % 2 ? base : edited, { cache, config });
  }
  if (scenario === 'lint-cli-set') {
    // The files of the CLI comparison (measurement 3), each linted once per iteration in this thread.
    const corpus = writeCliCorpus(Number(process.env.BENCH_FILES ?? 1000));
    const texts = corpus.files.map((f) => fs.readFileSync(path.join(corpus.cwd, f), 'utf8'));
    return () => {
      for (const t of texts) lint(t);
    };
  }
  if (scenario === 'parse-10000') {
    const text = longDocument().text;
    return () => floor.parse(text);
  }
  return undefined;
}

async function run(scenario: string, iterations: number): Promise<void> {
  const step = scenarioStep(scenario);
  if (!step) {
    console.error(`unknown scenario '${scenario}' (lint-150, lint-10000, revalidate-10000, keystroke-10000, lint-list-1mb, revalidate-list-1mb, lint-cli-set, parse-10000)`);
    process.exit(2);
  }
  step(-1);
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) step(i);
  const elapsed = performance.now() - t0;
  const { profile } = (await post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const dir = path.join(process.cwd(), 'bench', '.out', 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${scenario}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  console.log(`${scenario}: ${iterations} iterations, ${(elapsed / iterations).toFixed(1)} ms each`);
  summarize(file, 25);
}

const [cmd, arg, extra] = process.argv.slice(2);
if (cmd === 'summarize') summarize(arg, Number(extra ?? 25));
else void run(cmd ?? 'lint-150', Number(arg ?? 20));
