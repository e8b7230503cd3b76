/**
 * Reading the files a timeline import names, for the CLI and the language server: a Slack export
 * folder or zip (fflate), a JSON log, a CSV/TSV (csv-parse), and the repository's Git history
 * (`git log` and `git for-each-ref`, run without a shell). The readers themselves are pure
 * (`core/import`); this module only gets their text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText, isUndecodable } from './decode';
import { GIT_FORMATS, IMPORT_SOURCES, readAlertmanager, readCsvRows, readGitRecords, readGrafana, readOpsgenie, readPagerDuty, readSlackExport, type ExportFile, type ImportRead, type ImportSource, type LanguageId } from '../core/index';

/** One `--from source:path`. */
export interface SourceSpec {
  source: ImportSource;
  /** The path as the user wrote it (for Git, the repository; `.` by default). */
  file: string;
}

/** What reading a source needs besides its spec. */
export interface SourceReadOptions {
  /** Paths are resolved from here. */
  cwd: string;
  language: LanguageId;
  /** The zone of CSV times written without one. */
  zone?: string;
  /** Slack: the channel, the reactions and keywords that select a message, or every message. */
  channel?: string;
  match: string[];
  all: boolean;
  /** The window, Unix milliseconds. */
  since?: number;
  until?: number;
  /** Git: only merges that touch these paths. */
  paths: string[];
}

/** Largest file (or unpacked export) read: a log larger than this is not an incident's. */
const MAX_BYTES = 512 * 1024 * 1024;

/** Parses `slack:export.zip`, `pagerduty:log.json`, `git` or `git:../repo`. */
export function parseSourceSpec(spec: string): SourceSpec | { error: string } {
  const colon = spec.indexOf(':');
  const name = (colon < 0 ? spec : spec.slice(0, colon)).toLowerCase();
  const file = colon < 0 ? '' : spec.slice(colon + 1);
  if (!(IMPORT_SOURCES as readonly string[]).includes(name)) {
    return { error: `unknown source '${name}' in --from ${spec} (expected ${IMPORT_SOURCES.join(', ')})` };
  }
  const source = name as ImportSource;
  if (source === 'git') return { source, file: file || '.' };
  if (file === '') return { error: `--from ${spec} needs a file: ${source}:PATH` };
  return { source, file };
}

function problem(file: string, message: string): ImportRead {
  return { entries: [], problems: [{ file, message }] };
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message.split('\n')[0] : String(err));
}

/** A file's text (UTF-8 or UTF-16 with a BOM), or a problem. */
function readText(abs: string, file: string): { text: string } | { problem: ImportRead } {
  let bytes: Buffer;
  try {
    const st = fs.statSync(abs);
    if (st.isDirectory()) return { problem: problem(file, 'is a folder, not a file') };
    if (st.size > MAX_BYTES) return { problem: problem(file, `is larger than ${MAX_BYTES / 1024 / 1024} MiB`) };
    bytes = fs.readFileSync(abs);
  } catch (err) {
    return { problem: problem(file, `cannot be read (${errorCode(err)})`) };
  }
  const decoded = decodeText(bytes);
  if (isUndecodable(decoded)) return { problem: problem(file, `cannot be decoded: ${decoded.problem}`) };
  return { text: decoded.text };
}

/** The JSON files of an export folder, with paths relative to it. */
function folderFiles(root: string): ExportFile[] {
  const out: ExportFile[] = [];
  let total = 0;
  const walk = (dir: string, depth: number): void => {
    if (depth > 4) return;
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory()) walk(abs, depth + 1);
      else if (d.isFile() && d.name.toLowerCase().endsWith('.json')) {
        total += fs.statSync(abs).size;
        if (total > MAX_BYTES) throw new Error(`the export is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
        out.push({ path: path.relative(root, abs).split(path.sep).join('/'), text: fs.readFileSync(abs, 'utf8') });
      }
    }
  };
  walk(root, 0);
  return out;
}

/** The JSON files of an export zip. */
export function zipFiles(bytes: Uint8Array): ExportFile[] {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!f.name.toLowerCase().endsWith('.json') || f.name.startsWith('__MACOSX/')) return false;
      total += f.originalSize;
      if (total > MAX_BYTES) throw new Error(`the export unpacks to more than ${MAX_BYTES / 1024 / 1024} MiB`);
      return true;
    },
  });
  return Object.entries(files).map(([name, data]) => ({ path: name, text: strFromU8(data).replace(/^\uFEFF/, '') }));
}

/** Rows of a CSV or TSV (the delimiter from the extension, else the first line). */
export function csvRows(text: string, file: string): { rows: string[][] } | { problem: string } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tab = /\.tsv$/i.test(file) || (firstLine.includes('\t') && !firstLine.includes(','));
  try {
    const rows = parseCsv(text, { delimiter: tab ? '\t' : ',', bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: tab }) as string[][];
    return { rows };
  } catch (err) {
    return { problem: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

/**
 * Runs git without a shell, a pager or the repository's fsmonitor hook: a repository's own
 * configuration must not make reading its history run a program (ARCHITECTURE: nothing from the
 * workspace is executed).
 */
function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.pager=cat', ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_BYTES, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/** Merges into the current branch (its first-parent line; touching `paths`, when given) and tags of the repository at `repo`, in the window. */
function readGit(spec: SourceSpec, abs: string, opts: SourceReadOptions): ImportRead {
  const window: string[] = [];
  if (opts.since !== undefined) window.push(`--since=${new Date(opts.since).toISOString()}`);
  if (opts.until !== undefined) window.push(`--until=${new Date(opts.until).toISOString()}`);
  let merges: string;
  let tags: string;
  try {
    merges = git(abs, ['log', '--first-parent', '--merges', `--format=${GIT_FORMATS.merges}`, ...window, '--', ...opts.paths]);
    tags = git(abs, ['for-each-ref', `--format=${GIT_FORMATS.tags}`, 'refs/tags']);
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.toString().trim().split('\n')[0];
    return problem(spec.file, `git failed: ${stderr || errorCode(err)}`);
  }
  const a = readGitRecords(merges, 'merges', { file: spec.file, language: opts.language });
  const b = readGitRecords(tags, 'tags', { file: spec.file, language: opts.language });
  return { entries: [...a.entries, ...b.entries], problems: [...a.problems, ...b.problems] };
}

/** Reads one source. Never throws: what goes wrong is a problem naming the file. */
export function readSource(spec: SourceSpec, opts: SourceReadOptions): ImportRead {
  const abs = path.resolve(opts.cwd, spec.file);
  const base = { file: spec.file, language: opts.language };
  try {
    if (spec.source === 'git') return readGit(spec, abs, opts);
    if (spec.source === 'slack') {
      let files: ExportFile[];
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch (err) {
        return problem(spec.file, `cannot be read (${errorCode(err)})`);
      }
      if (st.isDirectory()) files = folderFiles(abs);
      else {
        if (st.size > MAX_BYTES) return problem(spec.file, `is larger than ${MAX_BYTES / 1024 / 1024} MiB`);
        try {
          files = zipFiles(fs.readFileSync(abs));
        } catch (err) {
          return problem(spec.file, `is not a readable zip of a Slack export (${err instanceof Error ? err.message : String(err)})`);
        }
      }
      return readSlackExport(spec.file, files, { ...base, channel: opts.channel, match: opts.match, all: opts.all, since: opts.since, until: opts.until });
    }
    const read = readText(abs, spec.file);
    if ('problem' in read) return read.problem;
    switch (spec.source) {
      case 'pagerduty':
        return readPagerDuty(read.text, base);
      case 'opsgenie':
        return readOpsgenie(read.text, base);
      case 'alertmanager':
        return readAlertmanager(read.text, base);
      case 'grafana':
        return readGrafana(read.text, base);
      case 'csv': {
        const parsed = csvRows(read.text, spec.file);
        if ('problem' in parsed) return problem(spec.file, `is not a readable CSV (${parsed.problem})`);
        return readCsvRows(parsed.rows, { ...base, zone: opts.zone });
      }
    }
  } catch (err) {
    return problem(spec.file, `cannot be read (${errorCode(err)})`);
  }
}
