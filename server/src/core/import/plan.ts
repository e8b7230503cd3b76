/**
 * Merging imported entries and writing them into the document's timeline. Entries from every
 * source are put in time order, duplicates within a minute folded (keeping each source's tag), and
 * written the way the timeline writes its own entries (table or list, column order, date style,
 * zone, language); each goes next to the existing entry it follows in time, and existing rows
 * are never changed. Milestones the entries suggest are returned, never written. Pure.
 */
import type { LintResult } from '../lint';
import type { PostmortemConfig } from '../config';
import type { TextEdit } from '../types';
import type { Section } from '../document';
import type { TimelineEntry } from '../timeline';
import { headingLanguage, insertSectionEdit } from '../skeleton';
import type { LanguageId } from '../lang/index';
import { inZone } from '../zone';
import { zoneOffsetMinutes } from '../readers/index';
import { formatNow, isoNow, styleOf, timelineShape, zoneLabel, type NowZone, type TimelineShape } from '../timeline-entry';
import { SOURCE_NAMES, type ImportEntry } from './types';

/** Instants an import keeps (Unix milliseconds, both ends included). */
export interface ImportWindow {
  since?: number;
  until?: number;
}

/** Entries closer than this with the same words are one event. */
const FOLD_MS = 60_000;

/** The words of an entry, for comparing: letters and digits in lower case. */
export function entryWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Entries of every source in one list: in the window, in time order (stable), and an entry with
 * the same words as one kept less than a minute before folded into it (its sources added).
 */
export function mergeEntries(lists: readonly ImportEntry[][], window: ImportWindow = {}): ImportEntry[] {
  const all: ImportEntry[] = [];
  for (const list of lists) {
    for (const e of list) {
      if (window.since !== undefined && e.at < window.since) continue;
      if (window.until !== undefined && e.at > window.until) continue;
      all.push(e);
    }
  }
  all.sort((a, b) => a.at - b.at);
  const out: ImportEntry[] = [];
  const lastByWords = new Map<string, ImportEntry>();
  for (const e of all) {
    const words = entryWords(e.text);
    const kept = lastByWords.get(words);
    if (kept && e.at - kept.at < FOLD_MS) {
      for (const s of e.sources) if (!kept.sources.includes(s)) kept.sources.push(s);
      kept.event ??= e.event;
      continue;
    }
    const copy: ImportEntry = { ...e, sources: [...e.sources] };
    out.push(copy);
    lastByWords.set(words, copy);
  }
  return out;
}

/** A milestone the imported entries suggest: offered to the user, never written by the import. */
export interface MilestoneSuggestion {
  milestone: 'detected' | 'mitigated' | 'resolved';
  /** ISO 8601 with the offset of the document's zone. */
  value: string;
  /** Why: the first alert, the first acknowledgement, the last resolution. */
  reason: 'first-alert' | 'first-ack' | 'last-resolve';
  entry: ImportEntry;
}

/** A row the import writes. */
export interface PlannedRow {
  entry: ImportEntry;
  /** The line as written (a table row or a list item). */
  line: string;
}

/** What an import does to a document. */
export interface ImportPlan {
  /** The rows written, in time order. */
  rows: PlannedRow[];
  /** The insertions (one per place in the timeline), sorted, none overlapping. */
  edits: TextEdit[];
  /** Entries left out because the timeline already has them (same minute, same words). */
  present: number;
  /** Milestones the entries suggest. */
  suggestions: MilestoneSuggestion[];
}

/** What the plan needs besides the document. */
export interface PlanOptions {
  /** The zone to write times in when the timeline states none (`--zone`). */
  zone?: string;
  /** The language of a new Timeline heading; by default the document's headings'. */
  language?: LanguageId;
}

/** The language the import writes its few words and a new heading in: its headings', as inserted sections are. */
export function importLanguage(result: LintResult): LanguageId {
  if (result.doc && result.doc.sections.length > 0) return headingLanguage(result.doc);
  return result.language?.id ?? 'en';
}

type Anchor = { kind: 'after' | 'before'; entry: TimelineEntry } | { kind: 'append' };

/**
 * Plans the import of `entries` (merged, in time order) into the document linted as `result`.
 * `undefined` when the document was not parsed or has no place a timeline can go (it ends inside
 * an open block).
 */
export function planImport(result: LintResult, config: PostmortemConfig, entries: readonly ImportEntry[], options: PlanOptions = {}): ImportPlan | undefined {
  const { doc, fields, timeline } = result;
  if (!doc || !fields) return undefined;
  const eol = doc.lines.eol;
  const section = timeline?.section ?? fields.sections.find((s) => s.field === 'timeline')?.section;
  const existing = timeline?.entries ?? [];
  const stated = timeline?.zone?.zone;
  const zoneName = [stated, options.zone, config.timezone || undefined, 'UTC'].find((z) => z && zoneOffsetMinutes(z, 0) !== null) ?? 'UTC';

  // The instants of the existing entries, where they can be known.
  const known: Array<{ entry: TimelineEntry; at: number }> = [];
  for (const e of existing) {
    if (!e.time) continue;
    const t = e.time.epochMs !== null ? e.time : inZone(e.time, zoneName);
    if (t.epochMs !== null) known.push({ entry: e, at: t.epochMs });
  }
  const knownWords = known.map((k) => ({ at: k.at, words: entryWords(k.entry.text) }));

  // An entry placed alone (and a suggestion) takes the zone the timeline's entries write.
  const zoned = existing.find((e) => e.time?.hasZone && e.time.zone);
  const zoneAt = (at: number, ref: TimelineEntry | undefined): NowZone => {
    const near = ref?.time?.hasZone ? ref : zoned;
    const written = near?.time?.zone ?? undefined;
    for (const zone of [stated, options.zone, written, config.timezone || undefined, 'UTC']) {
      if (!zone) continue;
      const off = zoneOffsetMinutes(zone, at);
      if (off !== null) return { zone, label: zoneLabel(zone, off), offsetMinutes: off };
    }
    return { zone: 'UTC', label: 'UTC', offsetMinutes: 0 };
  };

  const groups = new Map<string, { anchor: Anchor; lines: string[]; shape: TimelineShape }>();
  const rows: PlannedRow[] = [];
  let present = 0;
  for (const entry of entries) {
    const words = entryWords(entry.text);
    if (knownWords.some((k) => Math.abs(k.at - entry.at) < FOLD_MS && k.words.includes(words))) {
      present++;
      continue;
    }
    let anchor: Anchor;
    let last: TimelineEntry | undefined;
    for (const k of known) if (k.at <= entry.at) last = k.entry;
    if (last) anchor = { kind: 'after', entry: last };
    else if (known.length) anchor = { kind: 'before', entry: known[0].entry };
    else if (existing.length) anchor = { kind: 'after', entry: existing[existing.length - 1] };
    else anchor = { kind: 'append' };
    const ref = anchor.kind === 'append' ? undefined : anchor.entry;
    const key = anchor.kind === 'append' ? 'append' : `${anchor.kind}:${anchor.entry.range.start}`;
    let group = groups.get(key);
    if (!group) {
      group = { anchor, lines: [], shape: timelineShape(doc, section, ref, anchor.kind === 'before') };
      groups.set(key, group);
    }
    const zone = zoneAt(entry.at, ref);
    const style = styleOf(doc, result, ref, entry.at, zone);
    const line = rowLine(formatNow(entry.at, zone, style), entryText(entry), group.shape);
    rows.push({ entry, line });
    group.lines.push(line);
  }

  const edits: TextEdit[] = [];
  for (const { anchor, lines } of groups.values()) {
    if (anchor.kind === 'after') {
      const at = anchor.entry.range.end;
      edits.push({ start: at, end: at, newText: lines.map((l) => `${eol}${l}`).join('') });
    } else if (anchor.kind === 'before') {
      const at = doc.lines.lineStarts[doc.lines.positionAt(anchor.entry.range.start).line];
      edits.push({ start: at, end: at, newText: lines.map((l) => `${l}${eol}`).join('') });
    } else {
      const edit = appendEdit(result, section, lines, options.language ?? importLanguage(result));
      if (!edit) return undefined;
      edits.push(edit);
    }
  }
  edits.sort((a, b) => a.start - b.start);
  return { rows, edits, present, suggestions: suggest(entries, (at) => zoneAt(at, undefined)) };
}

/** The entry's words and its sources' tags, escaped for a table cell or a list item. */
function entryText(entry: ImportEntry): string {
  const tags = entry.sources.map((s) => SOURCE_NAMES[s]).join(', ');
  return `${entry.text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/^([#>+\-*]|\d+[.)])(?=\s)/, '\\$1')} (${tags})`;
}

/** A table row with the time and the text in their columns, or a list item. */
function rowLine(time: string, text: string, shape: TimelineShape): string {
  if (shape.kind === 'list') return `${shape.marker}${time}${shape.separator}${text}`;
  const cells: string[] = [];
  let placed = false;
  for (let i = 0; i < shape.columns; i++) {
    if (i === shape.timeColumn) cells.push(time);
    else if (!placed) {
      cells.push(text);
      placed = true;
    } else cells.push('');
  }
  if (!placed) cells.push(text);
  return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
}

function firstSubheading(section: Section): number {
  const i = section.body.findIndex((b) => b.node.type === 'heading');
  return i < 0 ? section.body.length : i;
}

/** Rows for a timeline with no entries yet: after its table or list, else in a new Timeline section. */
function appendEdit(result: LintResult, section: Section | undefined, lines: string[], language: LanguageId): TextEdit | undefined {
  const doc = result.doc!;
  const eol = doc.lines.eol;
  const body = lines.join(eol);
  if (section) {
    const own = section.body.slice(0, firstSubheading(section));
    const last = own[own.length - 1];
    const table = lines[0]?.startsWith('|');
    if (last && (last.node.type === 'table' || last.node.type === 'list') && table === (last.node.type === 'table')) {
      return { start: last.end, end: last.end, newText: `${eol}${body}` };
    }
    const at = last ? last.end : section.headingRange.end;
    const tail = at < doc.text.length && !/^(?:\r?\n|\r){2}/.test(doc.text.slice(at)) ? eol : '';
    return { start: at, end: at, newText: `${eol}${eol}${body}${tail}` };
  }
  const skeleton = insertSectionEdit(doc, result.fields!, 'timeline', language);
  if (!skeleton) return undefined;
  const comment = /<!--[^\r\n]*-->/.exec(skeleton.newText);
  const newText = comment
    ? skeleton.newText.slice(0, comment.index) + body + skeleton.newText.slice(comment.index + comment[0].length)
    : `${skeleton.newText}${body}${eol}`;
  return { start: skeleton.start, end: skeleton.start, newText };
}

/** The first alert (detected), the first acknowledgement (a mitigated candidate), the last resolution. */
function suggest(entries: readonly ImportEntry[], zoneAt: (at: number) => NowZone): MilestoneSuggestion[] {
  const out: MilestoneSuggestion[] = [];
  const alert = entries.find((e) => e.event === 'alert');
  const ack = entries.find((e) => e.event === 'ack');
  const resolve = [...entries].reverse().find((e) => e.event === 'resolve');
  if (alert) out.push({ milestone: 'detected', value: isoNow(alert.at, zoneAt(alert.at)), reason: 'first-alert', entry: alert });
  if (ack) out.push({ milestone: 'mitigated', value: isoNow(ack.at, zoneAt(ack.at)), reason: 'first-ack', entry: ack });
  if (resolve) out.push({ milestone: 'resolved', value: isoNow(resolve.at, zoneAt(resolve.at)), reason: 'last-resolve', entry: resolve });
  return out;
}
