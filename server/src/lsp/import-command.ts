/**
 * Import Timeline (issue 20) in the language server: the lint worker that holds the document's
 * lint result reads the exported files (`node/import-sources.ts`), merges them and plans the
 * insertions (`core/import`), then answers either the text after the import (the client shows it
 * as a diff) or the edit, which the server asks the client to apply as one WorkspaceEdit (one
 * undo). A problem in any file is the answer's message and nothing is changed.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { type Locale, term, isKnownZone, applyEdits, importLanguage, IMPORT_SOURCES, mergeEntries, parseInstant, planImport, type ImportEntry, type ImportProblem, type ImportSource } from '../core/index';
import { readSource } from '../node/import-sources';
import type { ImportTimelineArgs } from './command-ids';
import type { LintedDocument } from './lint-engine';
import type { CommandEdit } from './lint-protocol';
import { toTextEdit } from './convert';

/** The folder relative paths of an import start from: the document's own folder (none for an untitled document). */
export function importFolder(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.dirname(URI.parse(uri).fsPath) : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the arguments a client sent (they come over the wire). */
function checkArgs(args: unknown): ImportTimelineArgs | string {
  if (!args || typeof args !== 'object') return 'the command needs the files to import';
  const a = args as ImportTimelineArgs;
  if (!Array.isArray(a.sources) || a.sources.length === 0) return 'the command needs the files to import';
  for (const s of a.sources) {
    if (!s || typeof s.path !== 'string' || !(IMPORT_SOURCES as readonly string[]).includes(s.source)) return `unknown source ${JSON.stringify(s?.source)} (expected ${IMPORT_SOURCES.join(', ')})`;
  }
  if (a.zone !== undefined && (typeof a.zone !== 'string' || !isKnownZone(a.zone))) return `unknown zone ${JSON.stringify(a.zone)}`;
  for (const k of ['since', 'until'] as const) if (a[k] !== undefined && parseInstant(a[k]) === null) return `${k} must be an ISO 8601 time with a zone`;
  return a;
}

function problemLine(p: ImportProblem): string {
  return `${p.file}${p.entry ? `: ${p.entry}` : ''}: ${p.message}`;
}

/** Import Timeline, computed where the lint result is (the lint worker). */
export function importTimelineAnswer(linted: LintedDocument, query: { args: ImportTimelineArgs; cwd: string }, locale: Locale): CommandEdit {
  const result = linted.result;
  if (!result?.doc) return { message: term('command.unreadable', locale) };
  const args = checkArgs(query.args);
  if (typeof args === 'string') return { message: term('command.importProblems', locale, { problems: args }) };
  const language = importLanguage(result);
  const config = linted.config;
  const zone = [result.timeline?.zone?.zone, args.zone, config.timezone || undefined].find((z) => z && isKnownZone(z));
  const since = args.since === undefined ? undefined : parseInstant(args.since) ?? undefined;
  const until = args.until === undefined ? undefined : parseInstant(args.until) ?? undefined;
  const lists: ImportEntry[][] = [];
  const problems: ImportProblem[] = [];
  for (const s of args.sources) {
    const read = readSource(
      { source: s.source as ImportSource, file: s.path },
      { cwd: query.cwd, language, zone, channel: args.channel, match: args.match ?? [], all: args.all === true, since, until, paths: args.paths ?? [] },
    );
    problems.push(...read.problems);
    lists.push(read.entries);
  }
  if (problems.length) return { message: term('command.importProblems', locale, { problems: problems.slice(0, 5).map(problemLine).join('; ') }) };
  const plan = planImport(result, config, mergeEntries(lists, { since, until }), { zone: args.zone });
  if (!plan) return { message: term('command.openBlock', locale) };
  if (plan.rows.length === 0) return { message: term('command.importNothing', locale) };
  const edits = plan.edits.map((e) => toTextEdit(linted.lines, e));
  const message = term('command.imported', locale, { count: plan.rows.length });
  if (args.preview) return { preview: { text: applyEdits(linted.text, plan.edits), rows: plan.rows.length }, message };
  return { edits, label: term('importTimeline', locale), message };
}
