/**
 * `postmortem lint`: collect the files, look up their configuration, lint (in parallel when there
 * are many), fix, format, and choose the exit code: 0 clean, 1 errors (or too many warnings),
 * 2 usage, configuration or file errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintArgs } from './args';
import { cacheFilePath, LintCache } from './cache';
import { collectCandidates, relativePath } from './collect';
import { ConfigResolver } from './config-resolver';
import { FORMATTERS } from './formatters/index';
import type { CliIo } from './io';
import type { LintOutcome, LintTask } from './lint-file';
import { runTasks } from './pool';
import { summarize, type FileReport } from './report';
import { toolVersion } from './version';
import { inCi, localDay, overdueDay, secondPass } from './cross-document';

/** Exit codes. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** True when stylish output may use colors. */
function useColor(args: LintArgs, io: CliIo): boolean {
  if (args.noColor) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdoutIsTTY;
}

/** Tasks whose file (device and inode) an earlier task already names. */
function sameFileAgain(tasks: readonly LintTask[]): Set<LintTask> {
  const seen = new Set<string>();
  const again = new Set<LintTask>();
  for (const t of tasks) {
    let id: string;
    try {
      const st = fs.statSync(t.abs);
      id = `${st.dev}:${st.ino}`;
    } catch {
      continue;
    }
    if (seen.has(id)) again.add(t);
    else seen.add(id);
  }
  return again;
}

/** Runs `postmortem lint` and returns the exit code. Usage and config errors are thrown as `CliError`. */
export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const resolver = new ConfigResolver(io.cwd, args.config);

  if (args.printConfig !== undefined) {
    const resolved = resolver.forFile(path.resolve(io.cwd, args.printConfig));
    io.stdout(JSON.stringify(resolved.config, null, 2) + '\n');
    return EXIT.ok;
  }

  const tasks: LintTask[] = [];
  const explicit = new Set<string>();
  let failed = false;
  if (args.stdin) {
    const text = await io.readStdin();
    const abs = path.resolve(io.cwd, args.stdinFilename ?? '<stdin>');
    const resolved = args.stdinFilename ? resolver.forFile(abs) : resolver.forDirectory(io.cwd);
    tasks.push({
      abs,
      rel: args.stdinFilename ? relativePath(io.cwd, abs) : '<stdin>',
      config: resolved.config,
      teamSchema: resolved.teamSchema,
      configHash: resolved.hash,
      fix: false,
      text,
      alwaysLint: !args.stdinFilename,
    });
  } else {
    const collected = collectCandidates(args.patterns, io.cwd);
    // A folder that cannot be listed is reported, and the rest is linted; the run then exits 2.
    for (const problem of collected.problems) {
      failed = true;
      io.stderr(`postmortem: ${problem}\n`);
    }
    for (const c of collected.candidates) {
      const resolved = resolver.forFile(c.abs);
      if (c.explicit) explicit.add(c.abs);
      tasks.push({ abs: c.abs, rel: c.rel, config: resolved.config, teamSchema: resolved.teamSchema, configHash: resolved.hash, fix: args.fix, root: io.cwd });
    }
  }

  // action-item-overdue depends on the day: its findings are stored in the cache under that day.
  const ci = inCi(io.env);
  const today = localDay();
  for (const t of tasks) {
    t.today = overdueDay(t.config, ci, today);
    if (t.today) t.configHash = `${t.configHash}\u0000${t.today}`;
  }

  const version = toolVersion();
  const cache = args.cache && !args.stdin ? LintCache.load(cacheFilePath(io.cwd, args.cacheLocation), version) : undefined;
  if (cache) for (const t of tasks) t.cached = cache.get(t.abs);

  // With --fix, a file reached by two names (a symbolic link and its target, two hard links) is
  // fixed once, through the first name; the others are linted after it was written.
  const later = args.fix ? sameFileAgain(tasks) : new Set<LintTask>();
  const outcomes: LintOutcome[] = await runTasks(tasks.filter((t) => !later.has(t)), io.workerScript);
  if (later.size > 0) outcomes.push(...(await runTasks([...later], io.workerScript)));
  // Cross-document rules: the files that may have a finding are linted again, seeing the others.
  if (!args.stdin) {
    const again = await runTasks(secondPass(tasks, outcomes, io.cwd), io.workerScript);
    const byAbs = new Map(outcomes.map((o, i) => [o.abs, i]));
    for (const o of again) {
      const i = byAbs.get(o.abs);
      if (i === undefined || o.status !== 'linted') continue;
      const first = outcomes[i]!;
      outcomes[i] = { ...o, fixed: first.fixed, error: first.error ?? o.error, cacheEntry: first.cacheEntry, fromCache: first.fromCache };
    }
  }

  const reports: FileReport[] = [];
  const skipped: string[] = [];
  for (const o of outcomes) {
    if (o.error) {
      failed = true;
      io.stderr(`postmortem: ${o.error}\n`);
    }
    for (const e of o.internalErrors) {
      failed = true;
      io.stderr(`postmortem: internal error in rule ${e} (${o.rel})\n`);
    }
    if (cache && o.status !== 'failed') cache.set(o.abs, o.cacheEntry);
    if (o.status === 'skipped' && explicit.has(o.abs)) skipped.push(o.rel);
    if (o.status !== 'linted') continue;
    const findings = args.quiet ? o.findings.filter((f) => f.severity === 'error') : o.findings;
    reports.push({ path: o.rel, findings, fixed: o.fixed });
  }
  if (cache) {
    const problem = cache.save();
    if (problem) io.stderr(`postmortem: warning: ${problem}\n`);
  }

  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const summary = summarize(reports);
  io.stdout(
    FORMATTERS[args.format](reports, summary, {
      cwd: io.cwd,
      color: useColor(args, io),
      toolVersion: version,
      fix: args.fix,
      skipped: skipped.sort(),
    }),
  );

  if (failed) return EXIT.usage;
  if (summary.errors > 0) return EXIT.findings;
  if (args.maxWarnings !== undefined && summary.warnings > args.maxWarnings) {
    io.stderr(`postmortem: ${summary.warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
