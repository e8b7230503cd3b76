/**
 * Server commands (SPEC section 7): Insert Missing Sections and Insert Timeline Entry. Each
 * computes its edit from the lint result of the document's current version (in the lint worker
 * that holds it), then asks the client to apply it (`workspace/applyEdit`), so the change goes
 * through the editor's undo stack.
 */
import type { ExecuteCommandParams, Position, TextDocumentEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { type LintResult, type PostmortemConfig, type FieldId, type Locale, type TextEdit, type Section, type TimelineEntry, FIELDS, fieldSpec, insertSectionEdit, headingLanguage, term, type LanguageId, fieldLabel, applyEdits, LineIndex } from '../core/index';
import type { Feature, ServerContext } from './server';
import { toTextEdit } from './convert';
import { SERVER_COMMANDS, type CommandResult, type ImportTimelineArgs, type TemplateList, type NewPostmortemResult } from './command-ids';
import { importFolder } from './import-command';
import { listTemplatesCommand, newFromTemplateCommand } from './templates-command';
import type { LintedDocument } from './lint-engine';
import type { CommandEdit, Query } from './lint-protocol';
import { entryLine, formatNow, nowZone, styleOf, timelineShape, wallClock } from '../core/index';

/** The edit that inserts every missing section, and the fields it adds. */
export interface MissingSections {
  /** Insertions, at most one per offset. */
  edits: TextEdit[];
  /** The fields added, in the recommended order. */
  fields: FieldId[];
  /** Missing fields left out because their place is inside a block left open at the end. */
  skipped: FieldId[];
}

/**
 * Inserts a skeleton for each of the twelve fields that the document states nowhere (not in
 * front matter, a section, a labelled line or a table row), each where the recommended order
 * puts it. Insertions at the same offset are merged in that order.
 */
export function missingSectionsEdits(result: LintResult, language: LanguageId): MissingSections {
  const { doc, fields, model } = result;
  if (!doc || !fields || !model) return { edits: [], fields: [], skipped: [] };
  const missing = FIELDS.map((f) => f.id).filter((id) => !Object.prototype.hasOwnProperty.call(model.data, id));
  const byOffset = new Map<number, string[]>();
  const inserted: FieldId[] = [];
  const skipped: FieldId[] = [];
  for (const id of missing) {
    const e = insertSectionEdit(doc, fields, id, language);
    // The document ends inside an open block: a heading there would be code.
    if (!e) {
      skipped.push(id);
      continue;
    }
    inserted.push(id);
    const list = byOffset.get(e.start) ?? [];
    list.push(e.newText);
    byOffset.set(e.start, list);
  }
  const eol = doc.lines.eol;
  const edits = [...byOffset].map(([at, texts]) => {
    // Each skeleton brings its own blank lines; where two meet, keep one.
    let text = texts[0];
    for (const next of texts.slice(1)) text = joinBlocks(text, next, eol);
    return { start: at, end: at, newText: text };
  });
  return { edits: edits.sort((a, b) => a.start - b.start), fields: inserted, skipped };
}

function joinBlocks(a: string, b: string, eol: string): string {
  return `${a.replace(/(?:\r?\n|\r)+$/, '')}${eol}${eol}${b.replace(/^(?:\r?\n|\r)+/, '')}`;
}

/** A new timeline entry: the edit, and the offset of the cursor in the edited text. */
export interface TimelineInsert {
  /** The insertion. */
  edit: TextEdit;
  /** Cursor offset in the text after the edit. */
  cursor: number;
}

/**
 * Inserts an entry for `now` into the timeline: among the entries in time order (a table row when
 * the timeline is a table, else a list item written like its neighbour), or into a new Timeline
 * section when there is none. `cursorOffset` places the entry after the entry under the cursor
 * when no entry has a time that can be compared with now.
 */
export function timelineEntryEdit(result: LintResult, config: PostmortemConfig, now: number, language: LanguageId, cursorOffset?: number): TimelineInsert | undefined {
  const { doc, fields, timeline } = result;
  if (!doc || !fields) return undefined;
  const eol = doc.lines.eol;
  const section = timeline?.section ?? fields.sections.find((s) => s.field === 'timeline')?.section;
  const entries = timeline?.entries ?? [];

  if (entries.length > 0) {
    const zone = nowZone(result, config, now);
    const { after, before } = neighbours(entries, now, wallClock(now, zone.offsetMinutes), cursorOffset);
    const ref = after ?? before!;
    const refZone = nowZone(result, config, now, ref);
    const time = formatNow(now, refZone, styleOf(doc, result, ref, now, refZone));
    const line = entryLine(time, timelineShape(doc, section, ref, !after));
    if (after) {
      const at = after.range.end;
      return { edit: { start: at, end: at, newText: `${eol}${line.text}` }, cursor: at + eol.length + line.cursor };
    }
    const at = doc.lines.lineStarts[doc.lines.positionAt(before!.range.start).line];
    return { edit: { start: at, end: at, newText: `${line.text}${eol}` }, cursor: at + line.cursor };
  }

  const zone = nowZone(result, config, now);
  const time = formatNow(now, zone, styleOf(doc, result, undefined, now, zone));
  if (section) return appendToSection(result, section, time, eol);

  // No Timeline section: add one where the recommended order puts it, holding the entry.
  const skeleton = insertSectionEdit(doc, fields, 'timeline', language);
  if (!skeleton) return undefined;
  const line = entryLine(time, { kind: 'list', columns: 0, timeColumn: 0, marker: '- ', separator: ' — ' });
  const comment = /<!--[^\r\n]*-->/.exec(skeleton.newText);
  const newText = comment
    ? skeleton.newText.slice(0, comment.index) + line.text + skeleton.newText.slice(comment.index + comment[0].length)
    : `${skeleton.newText}${line.text}${eol}`;
  const lineAt = comment ? comment.index : skeleton.newText.length;
  return { edit: { start: skeleton.start, end: skeleton.start, newText }, cursor: skeleton.start + lineAt + line.cursor };
}

/** The entry to insert after (the last one not later than now), or else the one to insert before. */
function neighbours(entries: TimelineEntry[], now: number, wall: { date: string; time: string }, cursorOffset?: number): { after?: TimelineEntry; before?: TimelineEntry } {
  const nowLocal = `${wall.date}T${wall.time}`;
  const compare = (e: TimelineEntry): number | undefined => {
    const t = e.time;
    if (!t) return undefined;
    if (t.epochMs !== null) return Math.sign(t.epochMs - now);
    if (/^\d{4}-/.test(t.localIso)) return t.localIso.slice(0, 16) < nowLocal ? -1 : t.localIso.slice(0, 16) > nowLocal ? 1 : 0;
    return undefined;
  };
  const known = entries.filter((e) => compare(e) !== undefined);
  if (known.length === 0) {
    const atCursor = cursorOffset === undefined ? undefined : [...entries].reverse().find((e) => e.range.start <= cursorOffset);
    return { after: atCursor ?? entries[entries.length - 1] };
  }
  const later = known.find((e) => compare(e)! > 0 && known.slice(known.indexOf(e)).every((x) => compare(x)! > 0));
  if (!later) return { after: known[known.length - 1] };
  const idx = entries.indexOf(later);
  return idx > 0 ? { after: entries[idx - 1] } : { before: later };
}

/** An entry in a Timeline section that has none yet: after its table or list, else after its text. */
function appendToSection(result: LintResult, section: Section, time: string, eol: string): TimelineInsert {
  const doc = result.doc!;
  const own = section.body.slice(0, firstSubheading(section));
  const shape = timelineShape(doc, section, undefined);
  const line = entryLine(time, shape);
  const last = own[own.length - 1];
  if (last && (last.node.type === 'table' || last.node.type === 'list') && (shape.kind === 'table') === (last.node.type === 'table')) {
    return { edit: { start: last.end, end: last.end, newText: `${eol}${line.text}` }, cursor: last.end + eol.length + line.cursor };
  }
  const at = last ? last.end : section.headingRange.end;
  const lead = `${eol}${eol}`;
  const tail = at < doc.text.length && !/^(?:\r?\n|\r){2}/.test(doc.text.slice(at)) ? eol : '';
  return { edit: { start: at, end: at, newText: `${lead}${line.text}${tail}` }, cursor: at + lead.length + line.cursor };
}

function firstSubheading(section: Section): number {
  const i = section.body.findIndex((b) => b.node.type === 'heading');
  return i < 0 ? section.body.length : i;
}

/** Registers the server commands. */
export const commandsFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) } }),
  register(ctx: ServerContext) {
    ctx.connection.onExecuteCommand(ctx.guard('executeCommand', null, async (params: ExecuteCommandParams): Promise<CommandResult | TemplateList | NewPostmortemResult | null> => {
      if (params.command === SERVER_COMMANDS.listTemplates) return listTemplatesCommand(ctx, params.arguments?.[0]);
      if (params.command === SERVER_COMMANDS.newFromTemplate) return newFromTemplateCommand(ctx, params.arguments?.[0]);
      const [uri, position] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof uri !== 'string') return { applied: false, message: 'The command needs the document URI as its first argument.' };
      try {
        switch (params.command) {
          case SERVER_COMMANDS.insertMissingSections:
            return await insertMissingSections(ctx, uri);
          case SERVER_COMMANDS.insertTimelineEntry:
            return await insertTimelineEntry(ctx, uri, isPosition(position) ? position : undefined);
          case SERVER_COMMANDS.importTimeline:
            return await editCommand(ctx, uri, { kind: 'importTimeline', args: position as ImportTimelineArgs, cwd: importFolder(uri) ?? process.cwd() });
          default:
            return null;
        }
      } catch (err) {
        ctx.connection.console.error(`[postmortem] ${params.command} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        return { applied: false, message: err instanceof Error ? err.message : String(err) };
      }
    }));
  },
};

function isPosition(v: unknown): v is Position {
  return !!v && typeof v === 'object' && typeof (v as Position).line === 'number' && typeof (v as Position).character === 'number';
}


/** How long a command waits for the lint of the document's current version. */
const COMMAND_WAIT_MS = 30_000;

/** What a command needs of the linted document, or the message that says why it cannot run. */
function commandInput(linted: LintedDocument, locale: Locale): { result: LintResult; language: LanguageId } | string {
  const result = linted.result;
  if (!result?.doc) return term('command.unreadable', locale);
  // Inserted headings follow the document's own headings; an empty document gets the user's language.
  const language = result.doc.sections.length > 0 ? headingLanguage(result.doc) : locale;
  return { result, language };
}

/** Insert Missing Sections, computed where the lint result is (the lint worker). */
export function missingSectionsAnswer(linted: LintedDocument, locale: Locale): CommandEdit {
    const r = commandInput(linted, locale);
  if (typeof r === 'string') return { message: r };
  const { edits, fields, skipped } = missingSectionsEdits(r.result, r.language);
  if (edits.length === 0) return { message: skipped.length > 0 ? term('command.openBlock', locale) : term('command.nothing', locale) };
  const labels = fields.map((f) => fieldLabel(f, r.language));
  return {
    edits: edits.map((e) => toTextEdit(linted.lines, e)),
    label: term('insertMissingSections', locale),
    message: term('command.inserted', locale, { sections: labels.join(', ') }),
  };
}

/** Insert Timeline Entry, computed where the lint result is (the lint worker). */
export function timelineEntryAnswer(linted: LintedDocument, query: { position: Position | undefined; now: number }, locale: Locale): CommandEdit {
    const r = commandInput(linted, locale);
  if (typeof r === 'string') return { message: r };
  const lines = linted.lines;
  const insert = timelineEntryEdit(r.result, linted.config, query.now, r.language, query.position ? lines.offsetAt(query.position) : undefined);
  // Read but nowhere to put it: the document ends inside a block left open (insertSectionEdit).
  if (!insert) return { message: term('command.openBlock', locale) };
  const after = new LineIndex(applyEdits(linted.text, [insert.edit]));
  return { edits: [toTextEdit(lines, insert.edit)], label: term('insertTimelineEntry', locale), cursor: after.positionAt(insert.cursor) };
}

async function apply(ctx: ServerContext, uri: string, version: number, edits: LspTextEdit[], label: string | undefined): Promise<boolean> {
  const versioned = !!ctx.capabilities().workspace?.workspaceEdit?.documentChanges;
  const edit: WorkspaceEdit = versioned
    ? { documentChanges: [{ textDocument: { uri, version }, edits } satisfies TextDocumentEdit] }
    : { changes: { [uri]: edits } };
  const r = await ctx.connection.workspace.applyEdit({ label, edit });
  return r.applied;
}

/** Runs an edit command: the lint worker computes the edit of the current version, the client applies it. */
async function editCommand(ctx: ServerContext, uri: string, query: Query & { kind: 'missingSections' | 'timelineEntry' | 'importTimeline' }): Promise<CommandResult> {
  const locale = ctx.locale();
  if (!ctx.documents.get(uri)) return { applied: false, message: term('command.notOpen', locale) };
  const a = await ctx.ask(uri, query, { current: true, waitMs: COMMAND_WAIT_MS });
  if (!a) return { applied: false, message: term('command.busy', locale) };
  const r = a.value;
  if (r.preview) return { applied: false, message: r.message, preview: r.preview };
  if (!r.edits) return { applied: false, message: r.message };
  const applied = await apply(ctx, uri, a.version, r.edits, r.label);
  if (!applied) return { applied, message: term('command.rejected', locale) };
  return r.cursor ? { applied, position: r.cursor } : { applied, message: r.message };
}

async function insertMissingSections(ctx: ServerContext, uri: string): Promise<CommandResult> {
  return editCommand(ctx, uri, { kind: 'missingSections' });
}

async function insertTimelineEntry(ctx: ServerContext, uri: string, position: Position | undefined): Promise<CommandResult> {
  return editCommand(ctx, uri, { kind: 'timelineEntry', position, now: Date.now() });
}
