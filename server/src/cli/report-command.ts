/**
 * `postmortem report`: the same files as `postmortem lint`, each read into an incident record
 * (core/record.ts) in the lint workers, summed up by core/incident-report.ts and printed in one
 * of the formats of report-formats.ts. Documents that cannot be read are listed with the reason.
 */
import * as path from 'node:path';
import type { ReportArgs } from './args';
import { collectCandidates } from './collect';
import { ConfigResolver } from './config-resolver';
import type { CliIo } from './io';
import type { LintTask } from './lint-file';
import { runTasks } from './pool';
import { buildReport, type Unreadable, type IncidentRecord } from '../core/index';
import { REPORT_FORMATTERS } from './report-formats';

/** Today's date in UTC, `YYYY-MM-DD`. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs `postmortem report` and returns the exit code. Usage and config errors are thrown as `CliError`. */
export async function runReport(args: ReportArgs, io: CliIo): Promise<number> {
  const resolver = new ConfigResolver(io.cwd, args.config);
  const collected = collectCandidates(args.patterns, io.cwd);
  const unreadable: Unreadable[] = [];
  // `cannot read folder <path>: <code>`
  for (const problem of collected.problems) unreadable.push({ path: problem.slice('cannot read folder '.length, problem.lastIndexOf(': ')), reason: problem });
  const tasks: LintTask[] = collected.candidates.map((c) => {
    const resolved = resolver.forFile(c.abs);
    return { abs: c.abs, rel: c.rel, config: resolved.config, teamSchema: resolved.teamSchema, configHash: resolved.hash, fix: false, root: io.cwd, record: true };
  });
  const outcomes = await runTasks(tasks, io.workerScript);
  const records: IncidentRecord[] = [];
  for (const o of outcomes) {
    // `cannot read <path>: <why>`: the path is in its own column.
    if (o.status === 'failed') unreadable.push({ path: o.rel, reason: (o.error ?? 'failed').replace(` ${o.rel}:`, ':') });
    else if (o.unreadable) unreadable.push({ path: o.rel, reason: o.unreadable });
    else if (o.record) records.push(o.record);
  }
  const report = buildReport(records, unreadable, { since: args.since, until: args.until, groupBy: args.groupBy, today: args.today ?? todayUtc(), recurrenceDays: args.recurrenceDays });
  io.stdout(REPORT_FORMATTERS[args.format](report, { cwd: path.resolve(io.cwd) }));
  return 0;
}
