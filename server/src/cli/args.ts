/**
 * Command-line parsing with `node:util` `parseArgs`: one table of options per command, and every
 * mistake turned into a one-line `CliError` (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, reasonOf } from './errors';

/** The output formats of `postmortem lint`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;

/** One output format. */
export type Format = (typeof FORMATS)[number];

/** The options of `postmortem lint`, checked. */
export interface LintArgs {
  /** Files, folders or globs; empty for the configured `files` globs. */
  patterns: string[];
  /** Output format. */
  format: Format;
  /** Apply safe fixes and write the files. */
  fix: boolean;
  /** A config file used for every file instead of looking one up. */
  config?: string;
  /** More warnings than this fail the run; undefined for no limit. */
  maxWarnings?: number;
  /** Report errors only. */
  quiet: boolean;
  /** Lint standard input. */
  stdin: boolean;
  /** The path standard input stands for. */
  stdinFilename?: string;
  /** Print the effective config for this file and stop. */
  printConfig?: string;
  /** Never use colors. */
  noColor: boolean;
  /** Reuse results of unchanged files. */
  cache: boolean;
  /** Cache file or folder. */
  cacheLocation?: string;
  /** Show help and stop. */
  help: boolean;
  /** Show the version and stop. */
  version: boolean;
}

/** The options of `postmortem new`, checked. */
export interface NewArgs {
  /** Template id. */
  template: string;
  /** Title of the new postmortem. */
  title?: string;
  /** Date, `YYYY-MM-DD`. */
  date?: string;
  /** File or folder to write to. */
  out?: string;
  /** Config file. */
  config?: string;
  /** Show help and stop. */
  help: boolean;
}

/** The options of `postmortem templates`, checked. */
export interface TemplatesArgs {
  /** Config file (for the team templates folder). */
  config?: string;
  /** `text` (a table) or `json`. */
  format: 'text' | 'json';
  /** Show help and stop. */
  help: boolean;
}

/** The options of `postmortem init`, as given (the command checks the values). */
export interface InitArgs {
  /** The postmortems folder, instead of the one found (or `postmortems`). */
  folder?: string;
  /** The language of the postmortems, instead of the one read from them. */
  language?: string;
  /** The time zone, instead of the one the postmortems agree on. */
  timezone?: string;
  /** Write `.pre-commit-config.yaml`. */
  preCommit: boolean;
  /** Write `.github/workflows/postmortems.yml`. */
  github: boolean;
  /** Write `.gitlab-ci.yml`. */
  gitlab: boolean;
  /** Show help and stop. */
  help: boolean;
}

/** The output formats of `postmortem report`. */
export const REPORT_FORMATS = ['table', 'markdown', 'json', 'jsonl', 'csv', 'html', 'devlake'] as const;

/** The groupings of `postmortem report` (core/incident-report.ts `GROUP_BYS`). */
export const REPORT_GROUP_BYS = ['month', 'quarter', 'severity', 'service', 'trigger', 'kind'] as const;

/** The options of `postmortem report`, checked. */
export interface ReportArgs {
  /** Files, folders or globs; empty for the configured `files` globs. */
  patterns: string[];
  /** Output format. */
  format: (typeof REPORT_FORMATS)[number];
  /** First day included. */
  since?: string;
  /** Last day included. */
  until?: string;
  /** Grouping. */
  groupBy: (typeof REPORT_GROUP_BYS)[number];
  /** Today (for overdue action items); defaults to the current UTC date. */
  today?: string;
  /** Days within which the same service and trigger make a recurrence. */
  recurrenceDays: number;
  /** A config file used for every file instead of looking one up. */
  config?: string;
  /** Show help and stop. */
  help: boolean;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  since: { type: 'string' },
  until: { type: 'string' },
  'group-by': { type: 'string', short: 'g' },
  today: { type: 'string' },
  'recurrence-days': { type: 'string' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const LINT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  'no-color': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Options;

const NEW_OPTIONS = {
  template: { type: 'string', short: 't' },
  title: { type: 'string' },
  date: { type: 'string' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const TEMPLATES_OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const INIT_OPTIONS = {
  folder: { type: 'string' },
  language: { type: 'string' },
  timezone: { type: 'string' },
  'pre-commit': { type: 'boolean' },
  github: { type: 'boolean' },
  gitlab: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Runs `parseArgs` and rewrites its errors as one short line. */
export function parse<O extends Options>(args: string[], options: O, positionals: boolean): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const name = /'([^']+)'/.exec(reasonOf(err))?.[1]?.replace(/ <value>$/, '').replace(/^-\w, /, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option '${name ?? '?'}' (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`option '${name ?? '?'}' needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliError(`unexpected argument '${name ?? '?'}'`);
    throw new CliError(reasonOf(err));
  }
}

/** A string option must not be an empty string or look like another option. */
export function value(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v === '') throw new CliError(`option '--${name}' needs a value`);
  return v;
}

/** `--max-warnings -1`: parseArgs takes `-1` for an option and would say the value is missing. */
function checkNegativeMaxWarnings(args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return;
    const inline = /^--max-warnings=(-.*)$/.exec(args[i]!)?.[1];
    const next = args[i] === '--max-warnings' ? args[i + 1] : undefined;
    const raw = inline ?? (next !== undefined && /^-\d/.test(next) ? next : undefined);
    if (raw !== undefined) throw new CliError(`--max-warnings needs a whole number of 0 or more, not '${raw}'`);
  }
}

/** Parses the arguments of `postmortem lint`. */
export function parseLintArgs(args: string[]): LintArgs {
  checkNegativeMaxWarnings(args);
  const { values, positionals } = parse(args, LINT_OPTIONS, true);
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new CliError(`--max-warnings needs a whole number of 0 or more, not '${raw}'`);
    maxWarnings = Number(raw);
  }
  const out: LintArgs = {
    patterns: positionals,
    format: format as Format,
    fix: values.fix ?? false,
    config: value('config', values.config),
    maxWarnings,
    quiet: values.quiet ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: value('stdin-filename', values['stdin-filename']),
    printConfig: value('print-config', values['print-config']),
    noColor: values['no-color'] ?? false,
    cache: values.cache ?? false,
    cacheLocation: value('cache-location', values['cache-location']),
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (out.stdinFilename !== undefined && !out.stdin) throw new CliError('--stdin-filename needs --stdin');
  if (out.stdin && out.patterns.length > 0) throw new CliError('--stdin takes no file arguments');
  if (out.stdin && out.fix) throw new CliError('--fix cannot be used with --stdin');
  if (out.cacheLocation !== undefined) out.cache = true;
  return out;
}

/** Parses the arguments of `postmortem new`. */
export function parseNewArgs(args: string[]): NewArgs {
  const { values } = parse(args, NEW_OPTIONS, false);
  return {
    template: value('template', values.template) ?? 'blank',
    title: values.title,
    date: value('date', values.date),
    out: value('out', values.out),
    config: value('config', values.config),
    help: values.help ?? false,
  };
}

/** Parses the arguments of `postmortem templates`. */
export function parseTemplatesArgs(args: string[]): TemplatesArgs {
  const { values } = parse(args, TEMPLATES_OPTIONS, false);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`unknown format '${format}' (expected text, json)`);
  return { config: value('config', values.config), format, help: values.help ?? false };
}

/** Parses the arguments of `postmortem init`. */
export function parseInitArgs(args: string[]): InitArgs {
  const { values } = parse(args, INIT_OPTIONS, false);
  return {
    folder: value('folder', values.folder),
    language: value('language', values.language),
    timezone: value('timezone', values.timezone),
    preCommit: values['pre-commit'] ?? false,
    github: values.github ?? false,
    gitlab: values.gitlab ?? false,
    help: values.help ?? false,
  };
}

/** A `YYYY-MM-DD` that is a real day, or a usage error. */
function day(name: string, v: string | undefined): string | undefined {
  const d = value(name, v);
  if (d === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !t || t.getUTCMonth() !== Number(m[2]) - 1 || t.getUTCDate() !== Number(m[3])) throw new CliError(`--${name} needs a date YYYY-MM-DD, not '${d}'`);
  return d;
}

/** Parses the arguments of `postmortem report`. */
export function parseReportArgs(args: string[]): ReportArgs {
  const { values, positionals } = parse(args, REPORT_OPTIONS, true);
  const format = values.format ?? 'table';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown format '${format}' (expected ${REPORT_FORMATS.join(', ')})`);
  const groupBy = values['group-by'] ?? 'month';
  if (!(REPORT_GROUP_BYS as readonly string[]).includes(groupBy)) throw new CliError(`unknown --group-by '${groupBy}' (expected ${REPORT_GROUP_BYS.join(', ')})`);
  const rawDays = values['recurrence-days'] ?? '90';
  if (!/^\d{1,5}$/.test(rawDays)) throw new CliError(`--recurrence-days needs a whole number of days, not '${rawDays}'`);
  const out: ReportArgs = {
    patterns: positionals,
    format: format as ReportArgs['format'],
    since: day('since', values.since),
    until: day('until', values.until),
    groupBy: groupBy as ReportArgs['groupBy'],
    today: day('today', values.today),
    recurrenceDays: Number(rawDays),
    config: value('config', values.config),
    help: values.help ?? false,
  };
  if (out.since && out.until && out.since > out.until) throw new CliError(`--since ${out.since} is after --until ${out.until}`);
  return out;
}
