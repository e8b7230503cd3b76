/**
 * Helpers for the CLI tests: they run the built binary (`node dist/cli.js`) as a child process,
 * in throw-away folders, the way CI and pre-commit run it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/root';
export { repoRoot };


/** The bundle under test. */
export const CLI = path.join(repoRoot(), 'dist', 'cli.js');

/** What a run of the CLI gave. */
export interface CliRun {
  /** Exit code. */
  code: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`, with `input` on standard input (as another user when `as` is given). */
export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; as?: { uid: number; gid: number } } ): CliRun {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
  // As in CI (CI=true): action-item-overdue is off unless configured, so old due dates in the fixtures do not depend on the day.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', ...options.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env, timeout: 120_000, ...(options.as ?? {}) });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A run of the CLI with the time it took: wall clock, and CPU (user + system) of the CLI process. */
export interface TimedRun extends CliRun {
  /** Wall-clock milliseconds, spawn to exit. */
  wallMs: number;
  /** CPU milliseconds of the CLI process (its main thread and the threads of V8 and libuv). */
  cpuMs: number;
}

/**
 * Runs the CLI like `runCli` and measures it. Time limits are asserted on `cpuMs`: the tests share
 * the machine with other work, which stretches wall-clock time but not the CPU time a run needs.
 */
export function runCliTimed(args: string[], options: { cwd: string }): TimedRun {
  const file = path.join(options.cwd, `.cpu-${process.pid}-${Date.now()}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(repoRoot(), 'test', 'helpers', 'cpu-usage.cjs'), CLI, ...args], {
    cwd: options.cwd, input: '', encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', CI: 'true', PM_CPU_USAGE_FILE: file },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  const cpuMs = Number(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file, { force: true });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, wallMs, cpuMs };
}

/** True when the tests run as root: permissions do not stop root, so such tests run the CLI as `nobody`. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A user whom file permissions apply to, for tests of unreadable and unwritable files: `nobody`
 * when the tests run as root, else the user running them. `prepare` gives that user a folder.
 */
export const UNPRIVILEGED = IS_ROOT ? { uid: 65534, gid: 65534 } : undefined;

/** Gives `dir` and everything under it to the unprivileged user (a no-op when not root). */
export function giveToUnprivileged(dir: string): void {
  if (!UNPRIVILEGED) return;
  const walk = (p: string) => {
    fs.lchownSync(p, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    if (fs.lstatSync(p).isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
  };
  walk(dir);
}

/** A new empty folder under the OS temp folder (removed when the process exits). */
export function tempDir(prefix = 'pm-cli-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files (path → text) under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

/** A postmortem that misses four required fields: `required-field` errors, each fixable. */
export const BAD_POSTMORTEM = `---
type: postmortem
kind: infrastructure
date: 2024-03-01
---

# Search team

## Summary

Something went wrong with the search cluster.

## Root cause

A bad index mapping was deployed.
`;

/** The JSON shape of `--format json`. */
export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  files: Array<{
    path: string;
    fixed: number;
    findings: Array<{ ruleId: string; messageId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; fixable: boolean }>;
  }>;
  summary: { files: number; errors: number; warnings: number; information: number; hints: number; fixable: number; fixed: number; filesFixed: number };
}
