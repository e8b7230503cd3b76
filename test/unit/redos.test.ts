/**
 * Every regular expression that runs on a document, a template or a configuration is checked for
 * catastrophic backtracking (ReDoS) with recheck (https://makenowjust-labs.github.io/recheck/), a
 * static checker from the registry: the core, the Node code the CLI and the server share (config
 * files, templates, file reading), the CLI, the server's template and configuration code, and the
 * `pattern`s of our JSON Schemas (ajv runs the config schema's on .postmortemrc.json text). A
 * team template's 80 KB heading once took 12.6 s in a pattern outside the core.
 *
 * Sources are found four ways:
 * 1. regular expression literals, read from the TypeScript syntax tree of every file of SOURCES
 *    (the compiler API, not a grep, so regex-looking strings and comments are not mistaken for
 *    patterns and no literal is missed);
 * 2. `new RegExp(...)` / `RegExp(...)` whose arguments can be evaluated from the source: string
 *    literals, templates, `String.raw`, `[...].join(sep)`, `+`, and `const`s of the same file;
 * 3. `new RegExp(...)` built at run time (from tables in other modules, or from configuration):
 *    the global `RegExp` is wrapped before the core is loaded, the core is exercised on the
 *    templates and the corpus, and each constructed pattern is tied to its call site by the
 *    stack trace (tsx maps it to the .ts line and column).
 * 4. every `pattern` in schemas/*.json, with the `u` flag ajv compiles them with.
 * A call site that none of these resolves fails the test, so a new dynamic pattern cannot slip
 * through unchecked. `string.match("…")` and friends with a string argument are checked too
 * (JavaScript turns the string into a pattern).
 *
 * Every pattern must be `safe`. `unknown` (the checker gave up) is accepted only for the
 * patterns listed in ALLOW_UNKNOWN with a reason. recheck's fuzzer runs without its time limits
 * (see `params`), so a verdict does not depend on how loaded the machine is.
 *
 * recheck runs its native binary when the platform package is installed (recheck-linux-x64 and
 * friends); otherwise it is told to use its pure JavaScript checker (RECHECK_BACKEND=pure), which
 * needs neither Java nor the network.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = process.cwd();
const CORE = path.join(ROOT, 'server', 'src', 'core');
const SRC = path.join(ROOT, 'server', 'src');

/** Folders and files whose expressions run on document, template or configuration text. */
const SOURCES = [
  CORE,
  path.join(SRC, 'node'),
  path.join(SRC, 'cli'),
  path.join(SRC, 'lsp', 'templates-command.ts'),
  path.join(SRC, 'lsp', 'workspace.ts'),
  path.join(SRC, 'lsp', 'config-actions.ts'),
];

/** Patterns for which `unknown` is accepted, by source, with the reason. Keep this short. */
const ALLOW_UNKNOWN: Record<string, string> = {};

interface Pattern {
  source: string;
  flags: string;
  /** `file:line:col` of the literal or call. */
  where: string;
  how: 'literal' | 'static' | 'runtime' | 'string-argument' | 'schema';
}

interface CallSite {
  where: string;
  file: string;
  line: number;
  col: number;
  text: string;
}

function coreFiles(dir = CORE): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every TypeScript file of SOURCES. */
function sourceFiles(): string[] {
  return SOURCES.flatMap((p) => (fs.statSync(p).isDirectory() ? coreFiles(p) : [p]));
}

/** The `pattern` keywords of our JSON Schemas, as ajv compiles them (`u`). */
function schemaPatterns(): Pattern[] {
  const out: Pattern[] = [];
  const dir = path.join(ROOT, 'schemas');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'pattern' && typeof x === 'string') out.push({ source: x, flags: 'u', where: `schemas/${name}#${at}/pattern`, how: 'schema' });
          else walk(x, `${at}/${k}`);
        }
      }
    };
    walk(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), '');
  }
  return out;
}

const NOT_EVALUABLE = Symbol('not evaluable');
type Value = string | string[] | typeof NOT_EVALUABLE;

/** Evaluates the constant string expressions regular expressions are built from. */
function evaluator(sf: ts.SourceFile): (e: ts.Expression) => Value {
  const consts = new Map<string, ts.Expression>();
  const collect = (n: ts.Node): void => {
    if (ts.isVariableDeclarationList(n) && n.flags & ts.NodeFlags.Const) {
      for (const d of n.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    }
    ts.forEachChild(n, collect);
  };
  collect(sf);
  const active = new Set<string>();
  const ev = (e: ts.Expression): Value => {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return ev(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = ev(span.expression);
        if (typeof v !== 'string') return NOT_EVALUABLE;
        s += v + span.literal.text;
      }
      return s;
    }
    if (ts.isTaggedTemplateExpression(e) && e.tag.getText(sf) === 'String.raw') {
      const t = e.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? NOT_EVALUABLE;
      let s = t.head.rawText ?? '';
      for (const span of t.templateSpans) {
        const v = ev(span.expression);
        if (typeof v !== 'string') return NOT_EVALUABLE;
        s += v + (span.literal.rawText ?? '');
      }
      return s;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = ev(e.left);
      const b = ev(e.right);
      return typeof a === 'string' && typeof b === 'string' ? a + b : NOT_EVALUABLE;
    }
    if (ts.isArrayLiteralExpression(e)) {
      const out: string[] = [];
      for (const x of e.elements) {
        const v = ev(x);
        if (typeof v !== 'string') return NOT_EVALUABLE;
        out.push(v);
      }
      return out;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') {
      const arr = ev(e.expression.expression);
      const sep = e.arguments.length ? ev(e.arguments[0]) : ',';
      return Array.isArray(arr) && typeof sep === 'string' ? arr.join(sep) : NOT_EVALUABLE;
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source' && ts.isIdentifier(e.expression)) {
      const init = consts.get(e.expression.text);
      if (init && ts.isRegularExpressionLiteral(init)) return literalParts(init.text).source;
      return NOT_EVALUABLE;
    }
    if (ts.isIdentifier(e)) {
      const init = consts.get(e.text);
      if (!init || active.has(e.text)) return NOT_EVALUABLE;
      active.add(e.text);
      try {
        return ev(init);
      } finally {
        active.delete(e.text);
      }
    }
    return NOT_EVALUABLE;
  };
  return ev;
}

function literalParts(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Literals, statically evaluable constructor calls, and the call sites left for the run-time capture. */
function scan(): { patterns: Pattern[]; dynamic: CallSite[] } {
  const patterns: Pattern[] = [];
  const dynamic: CallSite[] = [];
  for (const file of sourceFiles()) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const ev = evaluator(sf);
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const whereOf = (n: ts.Node) => {
      const p = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      return { where: `${rel}:${p.line + 1}:${p.character + 1}`, line: p.line + 1, col: p.character + 1 };
    };
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        patterns.push({ ...literalParts(n.getText(sf)), where: whereOf(n).where, how: 'literal' });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const args = n.arguments ?? [];
        const source = args.length ? ev(args[0]) : '';
        const flags = args.length > 1 ? ev(args[1]) : '';
        if (typeof source === 'string' && typeof flags === 'string') patterns.push({ source, flags, where: whereOf(n).where, how: 'static' });
        else dynamic.push({ ...whereOf(n), file: rel, text: n.getText(sf).slice(0, 120) });
      } else if (
        ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ['match', 'matchAll', 'search'].includes(n.expression.name.text) &&
        n.arguments.length === 1 && (ts.isStringLiteral(n.arguments[0]) || ts.isNoSubstitutionTemplateLiteral(n.arguments[0]) || ts.isTemplateExpression(n.arguments[0]))
      ) {
        const source = ev(n.arguments[0]);
        if (typeof source === 'string') patterns.push({ source, flags: '', where: whereOf(n).where, how: 'string-argument' });
        else dynamic.push({ ...whereOf(n), file: rel, text: n.getText(sf).slice(0, 120) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { patterns, dynamic };
}

/**
 * Wraps the global RegExp, loads every core module and lints the templates and the corpus with a
 * configuration that uses every setting patterns may be built from. Returns what was built, where.
 */
async function captureRuntime(): Promise<Array<{ source: string; flags: string; frames: string[] }>> {
  const Original = RegExp;
  const built: Array<{ source: string; flags: string; frames: string[] }> = [];
  const record = (r: RegExp) => {
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => l.includes(`${path.sep}server${path.sep}src${path.sep}core${path.sep}`));
    if (frames.length) built.push({ source: r.source, flags: r.flags, frames });
    return r;
  };
  const Wrapped: RegExpConstructor = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget) as RegExp),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args) as RegExp),
  });
  (globalThis as { RegExp: RegExpConstructor }).RegExp = Wrapped;
  try {
    for (const f of coreFiles()) await import(f);
    const { lint } = await import('../../server/src/core/lint');
    const { mergeConfig } = await import('../../server/src/core/config');
    const texts: string[] = [];
    for (const dir of [path.join(ROOT, 'templates'), path.join(ROOT, '..', 'shared', 'corpus', 'postmortems'), path.join(ROOT, '..', 'shared', 'corpus', 'templates')]) {
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir)) if (f.endsWith('.md')) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    const configs = [
      mergeConfig(),
      mergeConfig({
        locale: 'ko', timezone: 'Asia/Seoul', services: ['payments', 'api (v2)', 'web.*', '카카오톡'],
        sections: { cause: ['what went wrong?', 'why (really)'], duration: ['how long [h]'], user_impact: ['customers*'] },
        required: ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact', 'summary', 'timeline', 'detection', 'resolution', 'communication', 'lessons_learned', 'action_items'],
        severities: ['P0', 'P1', 'SEV+1'],
      }),
    ];
    for (const config of configs) for (const t of texts) lint(t, { config });
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = Original;
  }
  return built;
}

async function loadRecheck(): Promise<typeof import('recheck')> {
  if (!process.env.RECHECK_BACKEND) {
    const pkg = { linux: 'recheck-linux-x64', darwin: process.arch === 'arm64' ? 'recheck-macos-arm64' : 'recheck-macos-x64', win32: 'recheck-windows-x64' }[process.platform as string];
    let native = false;
    try {
      native = !!pkg && fs.existsSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), process.platform === 'win32' ? 'recheck.exe' : 'recheck'));
    } catch {
      native = false;
    }
    // Without the native binary, "auto" would look for Java next; the pure JS checker needs nothing.
    process.env.RECHECK_BACKEND = native ? 'native' : 'pure';
  }
  return import('recheck');
}

// (About 1,300 patterns take 400 to 500 s on a loaded 2-core machine: the limit leaves room as the vocabulary grows.)
test('every regular expression that runs on documents, templates and configuration is safe from catastrophic backtracking (recheck)', { timeout: 1_500_000 }, async () => {
  const started = Date.now();
  const { patterns, dynamic } = scan();
  patterns.push(...schemaPatterns());
  assert.ok(patterns.some((p) => p.where.startsWith('server/src/node/')) && patterns.some((p) => p.where.startsWith('server/src/cli/')), 'the scan reaches the Node and CLI code');
  assert.ok(patterns.some((p) => p.how === 'schema'), 'the schemas\' patterns are checked');
  const scanned = Date.now();
  assert.ok(patterns.filter((p) => p.how === 'literal').length > 100, 'the scan finds the core\'s regular expression literals');

  if (dynamic.length) {
    const built = await captureRuntime();
    for (const site of dynamic) {
      const mark = `${site.file.split('/').join(path.sep)}:${site.line}:${site.col}`;
      const hits = built.filter((b) => b.frames.some((f) => f.includes(mark)));
      assert.ok(hits.length > 0, `${site.where}: ${site.text} builds a pattern at run time that neither the static evaluation nor the run over the corpus produced; make it evaluable or exercise it`);
      const distinct = new Map(hits.map((h) => [`${h.flags}/${h.source}`, h]));
      for (const h of distinct.values()) patterns.push({ source: h.source, flags: h.flags, where: site.where, how: 'runtime' });
    }
  }

  const captured = Date.now();
  console.log(`scan ${scanned - started} ms, run-time capture ${captured - scanned} ms`);
  const { check } = await loadRecheck();
  const unique = new Map<string, Pattern & { places: string[] }>();
  for (const p of patterns) {
    // g, y and d change where matching starts or what it reports, not how it backtracks; recheck ignores or rejects them.
    const flags = [...new Set(p.flags.replace(/[gyd]/g, ''))].sort().join('');
    const key = `${flags}/${p.source}`;
    const u = unique.get(key);
    if (u) u.places.push(p.where);
    else unique.set(key, { ...p, flags, places: [p.where] });
  }

  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const all = [...unique.values()];
  const t0 = Date.now();
  // recheck's fuzzer stops a match after a time limit (incubation, attack, seeding, recall); under
  // load that changed its verdicts from run to run. Without time limits it counts steps only, and
  // with a fixed random seed the verdict of a pattern is the same on every machine. A few checks
  // at a time: hundreds of checkers at once starve each other into overall timeouts.
  // (The overall limit is wall time, with four checks sharing the machine's cores: the slowest
  // pattern, timeline-extract's ZONE_STATEMENT, takes about 95 s alone and went over 120 s once under
  // load, so the limit leaves room for that; a pattern that needs more is to be split, not waited for.)
  const params = { timeout: 300_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: null, randomSeed: 0 };
  const results: Awaited<ReturnType<typeof check>>[] = new Array(all.length);
  const took: number[] = new Array(all.length);
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < all.length) {
      const i = next++;
      const t = Date.now();
      results[i] = await check(all[i].source, all[i].flags, params);
      took[i] = Date.now() - t;
    }
  }));
  const elapsed = Date.now() - t0;
  for (const [i, p] of all.entries()) {
    const d = results[i];
    counts[d.status] = (counts[d.status] ?? 0) + 1;
    if (d.status === 'safe') continue;
    if (d.status === 'unknown' && ALLOW_UNKNOWN[p.source]) continue;
    const detail = d.status === 'vulnerable'
      ? `vulnerable (${d.complexity.type}${'degree' in d.complexity ? ` degree ${d.complexity.degree}` : ''}), attack ${JSON.stringify(d.attack.pattern)}, hotspot ${JSON.stringify(d.hotspot.map((h) => p.source.slice(h.start, h.end)))}`
      : `unknown: ${JSON.stringify(d.error)}`;
    problems.push(`${p.places.join(', ')}: /${p.source}/${p.flags} is ${detail}`);
  }
  // The slowest, so that a pattern near the limit is seen (and split) before a slower machine fails on it.
  const slowest = [...took.keys()].sort((a, b) => took[b] - took[a]).slice(0, 3);
  console.log(`recheck, slowest: ${slowest.map((i) => `${all[i].places[0]} ${Math.round(took[i] / 1000)} s`).join('; ')}`);
  console.log(`recheck: ${all.length} distinct patterns (${patterns.length} occurrences, ${patterns.filter((p) => p.how === 'runtime').length} built at run time): ${JSON.stringify(counts)} in ${elapsed} ms`);
  assert.deepEqual(problems, [], 'patterns that may backtrack catastrophically');
});
