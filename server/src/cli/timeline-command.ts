/**
 * `postmortem timeline import`: entries from exported files (a Slack export, PagerDuty or Opsgenie
 * logs, Alertmanager alerts, Grafana annotations, the Git history, a CSV) merged into the
 * document's timeline, written as the timeline writes its entries. `--dry-run` prints the rows;
 * otherwise the file is written in place as `--fix` writes (write-fix.ts). Any problem in any
 * source stops the import before anything is written (exit 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, applyEdits, isKnownZone, readTimestamp, importLanguage, mergeEntries, parseInstant, planImport, SOURCE_NAMES, type ImportEntry, type ImportProblem } from '../core/index';
import { decodeText, encodeText, isUndecodable } from '../node/decode';
import { parseSourceSpec, readSource, type SourceSpec } from '../node/import-sources';
import { parse, value, type Options } from './args';
import { relativePath } from './collect';
import { ConfigResolver } from './config-resolver';
import { CliError } from './errors';
import type { CliIo } from './io';
import { writeFixedFile } from './write-fix';

/** The options of `postmortem timeline import`, checked. */
export interface TimelineImportArgs {
  /** The postmortem to import into. */
  file?: string;
  /** The sources, in the order given. */
  from: SourceSpec[];
  channel?: string;
  match: string[];
  all: boolean;
  since?: string;
  until?: string;
  zone?: string;
  paths: string[];
  dryRun: boolean;
  config?: string;
  help: boolean;
}

const TIMELINE_IMPORT_OPTIONS = {
  from: { type: 'string', multiple: true },
  channel: { type: 'string' },
  match: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
  zone: { type: 'string' },
  path: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Parses the arguments after `postmortem timeline import`. */
export function parseTimelineImportArgs(args: string[]): TimelineImportArgs {
  const { values, positionals } = parse(args, TIMELINE_IMPORT_OPTIONS, true);
  if (values.help) return { from: [], match: [], all: false, paths: [], dryRun: false, help: true };
  if (positionals.length > 1) throw new CliError(`one postmortem at a time (got ${positionals.length} files)`);
  const from: SourceSpec[] = [];
  for (const f of values.from ?? []) {
    const spec = parseSourceSpec(f);
    if ('error' in spec) throw new CliError(spec.error);
    from.push(spec);
  }
  if (from.length === 0) throw new CliError('missing --from SOURCE:PATH (see --help)');
  if (positionals.length === 0) throw new CliError('missing the postmortem to import into (see --help)');
  const zone = value('zone', values.zone);
  if (zone !== undefined && !isKnownZone(zone)) throw new CliError(`unknown --zone '${zone}' (an IANA name such as Asia/Seoul, an abbreviation such as KST, or an offset such as +09:00)`);
  return {
    file: positionals[0],
    from,
    channel: value('channel', values.channel),
    match: (values.match ?? []).filter((m) => m.trim() !== ''),
    all: values.all ?? false,
    since: value('since', values.since),
    until: value('until', values.until),
    zone,
    paths: values.path ?? [],
    dryRun: values['dry-run'] ?? false,
    config: value('config', values.config),
    help: false,
  };
}

/** `--since`/`--until`: an instant with a zone, or a date and time read in the document's zone. */
function windowEnd(name: string, text: string | undefined, zone: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const iso = parseInstant(text);
  if (iso !== null) return iso;
  const read = readTimestamp(text, zone ? { zone } : {});
  if (read.ok && read.value.hasDate && read.value.epochMs !== null && text.slice(read.end).trim() === '') return read.value.epochMs;
  if (read.ok && read.value.hasDate && read.value.epochMs === null) throw new CliError(`--${name} '${text}' has no zone, and the document states none: write one or give --zone`);
  throw new CliError(`invalid --${name} '${text}': expected a date and time such as 2024-03-01T14:00:00+09:00`);
}

function problemLine(p: ImportProblem): string {
  return `${p.file}${p.entry ? `: ${p.entry}` : ''}: ${p.message}`;
}

/** Runs `postmortem timeline import` and returns the exit code. */
export function runTimelineImport(args: TimelineImportArgs, io: CliIo): number {
  const file = args.file!;
  const abs = path.resolve(io.cwd, file);
  const rel = relativePath(io.cwd, abs);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (err) {
    throw new CliError(`cannot read ${rel}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const decoded = decodeText(bytes);
  if (isUndecodable(decoded)) throw new CliError(`cannot decode ${rel}: ${decoded.problem}`);
  const text = decoded.text;
  const resolved = new ConfigResolver(io.cwd, args.config).forFile(abs);
  const config = resolved.config;
  const result = lint(text, { config, teamSchema: resolved.teamSchema });
  if (!result.doc) throw new CliError(`${rel} could not be read as Markdown (too large or binary)`);
  const language = importLanguage(result);
  const zone = [result.timeline?.zone?.zone, args.zone, config.timezone || undefined].find((z) => z && isKnownZone(z));
  const since = windowEnd('since', args.since, zone);
  const until = windowEnd('until', args.until, zone);
  if (since !== undefined && until !== undefined && since > until) throw new CliError('--since is after --until');

  const lists: ImportEntry[][] = [];
  const problems: ImportProblem[] = [];
  for (const spec of args.from) {
    const read = readSource(spec, { cwd: io.cwd, language, zone, channel: args.channel, match: args.match, all: args.all, since, until, paths: args.paths });
    problems.push(...read.problems);
    lists.push(read.entries);
  }
  if (problems.length) throw new CliError(`nothing imported: ${problems.length === 1 ? 'a source has a problem' : `${problems.length} problems in the sources`}`, problems.map(problemLine));

  const entries = mergeEntries(lists, { since, until });
  const plan = planImport(result, config, entries, { zone: args.zone });
  if (!plan) throw new CliError(`${rel} ends inside an open block (a fence or an HTML block), so no Timeline section can be added`);
  for (const s of plan.suggestions) {
    io.stderr(`postmortem: suggested ${s.milestone}: ${s.value} (${s.reason.replace('-', ' ')}: ${s.entry.text.slice(0, 80)}, ${s.entry.sources.map((x) => SOURCE_NAMES[x]).join(', ')}); not written\n`);
  }
  const note = plan.present ? `, ${plan.present} already in the timeline` : '';
  if (args.dryRun) {
    for (const row of plan.rows) io.stdout(`${row.line}\n`);
    io.stderr(`postmortem: ${plan.rows.length} ${plan.rows.length === 1 ? 'entry' : 'entries'} to import into ${rel}${note} (dry run, nothing written)\n`);
    return 0;
  }
  if (plan.rows.length === 0) {
    io.stdout(`${rel}: nothing to import${note}\n`);
    return 0;
  }
  if (!decoded.exact) throw new CliError(`not written: ${rel} is not valid UTF-8, and writing it back would change bytes`);
  const next = applyEdits(text, plan.edits);
  const written = writeFixedFile(abs, rel, io.cwd, bytes, encodeText(next, decoded.encoding));
  if (!written.ok) throw new CliError(`not written: ${written.reason}`);
  io.stdout(`${rel}: imported ${plan.rows.length} ${plan.rows.length === 1 ? 'entry' : 'entries'}${note}\n`);
  return 0;
}
