/**
 * A timeline entry for "now", written the way the document writes its other entries: shared by
 * the timestamp completion and the Insert Timeline Entry command. Pure: the clock is a parameter.
 */
import type { Table } from 'mdast';
import type { LintResult } from './lint';
import type { PostmortemConfig } from './config';
import type { TimelineEntry } from './timeline';
import type { ParsedDocument, Section } from './document';
import { ZONE_ABBREVIATIONS, zoneOffsetMinutes } from './readers/index';
import { packWords } from './lang/index';

/** How a document writes the time of a timeline entry. */
/** A table column of times (the packs' `timeColumn`). */
const TIME_COLUMN = new RegExp(packWords('timeColumn'));

export interface TimeStyle {
  /** Writes a date before the time. */
  date: boolean;
  /** Writes ISO 8601 (`2024-03-01T14:05:00+09:00`) instead of `2024-03-01 14:05 KST`. */
  iso: boolean;
  /** Writes seconds. */
  seconds: boolean;
  /** Writes the zone after the time (false when the timeline states it once). */
  zone: boolean;
  /** Markup around the time, such as `**`. */
  wrap: string;
}

/** The zone "now" is written in, and the label to write for it. */
export interface NowZone {
  /** A zone the readers understand: IANA name, abbreviation or offset. */
  zone: string;
  /** The label written after the time (`KST`, `UTC`, `+05:30`). */
  label: string;
  /** Offset from UTC at the instant, in minutes. */
  offsetMinutes: number;
}

/** The shape of the timeline a new entry joins. */
export interface TimelineShape {
  /** A table row or a list item. */
  kind: 'table' | 'list';
  /** Number of columns of the table. */
  columns: number;
  /** Index of the time column of the table. */
  timeColumn: number;
  /** The list marker and what precedes it (`- `, `  * `, `1. `). */
  marker: string;
  /** What separates the time from the text in a list item (` — `, `: `, ` `). */
  separator: string;
}

/**
 * IANA zones whose abbreviation is unambiguous in the readers' table, with the abbreviation for
 * each offset they take: `Asia/Seoul` is written `KST` as the other entries are.
 */
const IANA_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'Asia/Seoul': ['KST'],
  'Asia/Tokyo': ['JST'],
  'Asia/Hong_Kong': ['HKT'],
  'Asia/Singapore': ['SGT'],
  UTC: ['UTC'],
  'Etc/UTC': ['UTC'],
  'Etc/GMT': ['UTC'],
  'America/New_York': ['EST', 'EDT'],
  'America/Chicago': ['CST', 'CDT'],
  'America/Denver': ['MST', 'MDT'],
  'America/Los_Angeles': ['PST', 'PDT'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `+09:00`, `-05:30`, `+00:00`. */
export function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

/**
 * The zone for "now", so that a new entry reads like its neighbours: the zone the timeline states
 * once for all entries, else the zone the neighbouring entry writes, else the configured
 * `timezone`, else UTC. A zone the readers cannot use is skipped.
 */
export function nowZone(result: LintResult | undefined, config: PostmortemConfig, now: number, ref?: TimelineEntry): NowZone {
  const written = ref?.time?.hasZone ? ref.time.zone ?? undefined : undefined;
  const candidates = [result?.timeline?.zone?.zone, written, config.timezone || undefined, 'UTC'];
  for (const zone of candidates) {
    if (!zone) continue;
    const off = zoneOffsetMinutes(zone, now);
    if (off === null) continue;
    return { zone, label: zoneLabel(zone, off), offsetMinutes: off };
  }
  return { zone: 'UTC', label: 'UTC', offsetMinutes: 0 };
}

export function zoneLabel(zone: string, offset: number): string {
  const upper = zone.trim().toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'UTC';
  if (ZONE_ABBREVIATIONS[upper] !== undefined) return upper;
  const abbr = IANA_ABBREVIATIONS[zone.trim()]?.find((a) => ZONE_ABBREVIATIONS[a] === offset);
  return abbr ?? offsetText(offset);
}

/** The wall clock of an instant in a zone: `YYYY-MM-DD`, `HH:MM`, `SS`. */
export function wallClock(now: number, offsetMinutes: number): { date: string; time: string; seconds: string } {
  const d = new Date(now + offsetMinutes * 60000);
  return {
    date: `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`,
    time: `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`,
    seconds: pad2(d.getUTCSeconds()),
  };
}

/** ISO 8601 with the offset: `2024-03-01T14:05:00+09:00`, for front matter milestones. */
export function isoNow(now: number, zone: NowZone): string {
  const w = wallClock(now, zone.offsetMinutes);
  return `${w.date}T${w.time}:${w.seconds}${offsetText(zone.offsetMinutes)}`;
}

/** Writes "now" in a style: `2024-03-01 14:05 KST`, `14:05`, `**2024-03-01T14:05:00+09:00**`. */
export function formatNow(now: number, zone: NowZone, style: TimeStyle): string {
  const w = wallClock(now, zone.offsetMinutes);
  let s: string;
  if (style.iso) {
    s = `${w.date}T${w.time}${style.seconds ? `:${w.seconds}` : ''}${style.zone ? (zone.offsetMinutes === 0 ? 'Z' : offsetText(zone.offsetMinutes)) : ''}`;
  } else {
    s = `${style.date ? `${w.date} ` : ''}${w.time}${style.seconds ? `:${w.seconds}` : ''}${style.zone ? ` ${zone.label}` : ''}`;
  }
  return `${style.wrap}${s}${style.wrap}`;
}

/**
 * The style of a reference entry (the one a new entry goes next to). Without one: date, time and
 * zone, unless the timeline states its zone once. A time written without a date gets one when
 * "now" is on another day than the entry.
 */
export function styleOf(doc: ParsedDocument, result: LintResult | undefined, ref: TimelineEntry | undefined, now: number, zone: NowZone): TimeStyle {
  const statedOnce = !!result?.timeline?.zone;
  if (!ref || !ref.time) return { date: true, iso: false, seconds: false, zone: !statedOnce, wrap: '' };
  const written = doc.text.slice(ref.timeRange.start, ref.timeRange.end);
  const before = doc.text.slice(Math.max(0, ref.timeRange.start - 2), ref.timeRange.start);
  const after = doc.text.slice(ref.timeRange.end, ref.timeRange.end + 2);
  const wrap = ['**', '__', '`', '*', '_'].find((w) => before.endsWith(w) && after.startsWith(w)) ?? '';
  const iso = /\d{4}-\d{2}-\d{2}T\d/.test(written);
  let date = /\d{4}|\d{1,2}월|[A-Za-z]{3}/.test(written.replace(/\b(?:UTC|GMT|[A-Z]{2,4}T|[ap]\.?m\.?)\b/gi, ''));
  // An entry written without a date has one from its context (a dated sub-heading, the front matter).
  if (!date && /^\d{4}-/.test(ref.time.localIso) && ref.time.localIso.slice(0, 10) !== wallClock(now, zone.offsetMinutes).date) date = true;
  return { date: date || iso, iso, seconds: /\d:\d{2}:\d{2}/.test(written), zone: ref.time.hasZone || (!statedOnce && !ref.time.zone), wrap };
}

/**
 * How the timeline section lays out its entries: like the reference entry, else like its first
 * table. `before` says the new entry goes before the reference (it then takes its number).
 */
export function timelineShape(doc: ParsedDocument, section: Section | undefined, ref: TimelineEntry | undefined, before = false): TimelineShape {
  const tables = section?.body.filter((b) => b.node.type === 'table') ?? [];
  const table = ref ? tables.find((b) => b.start <= ref.range.start && ref.range.end <= b.end) : tables[0];
  if (table) {
    const head = (table.node as Table).children[0];
    const headers = head ? head.children.map((c) => doc.text.slice(table.base + (c.position?.start.offset ?? 0), table.base + (c.position?.end.offset ?? 0)).toLowerCase()) : [];
    const col = headers.findIndex((h) => TIME_COLUMN.test(h));
    return { kind: 'table', columns: Math.max(1, headers.length), timeColumn: Math.max(0, col), marker: '', separator: '' };
  }
  let marker = '- ';
  let separator = ' — ';
  if (ref) {
    const line = doc.lines.positionAt(ref.range.start).line;
    const text = doc.text.slice(doc.lines.lineStarts[line], doc.lines.lineEnd(line));
    // A numbered list goes on with the next number. A line without a marker (entries written as
    // lines of a paragraph) is followed by another such line.
    const m = /^([ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+)/.exec(text);
    marker = m ? m[1].replace(/\d{1,3}(?=[.)])/, (n) => String(Number(n) + (before ? 0 : 1))) : (/^[ \t>]*/.exec(text)?.[0] ?? '');
    const afterTime = doc.text.slice(ref.timeRange.end, doc.lines.lineEnd(line)).replace(/^(?:\*\*|__|`|\*|_)/, '');
    separator = /^[ \t]*(?:[—–:|-]+[ \t]*)?/.exec(afterTime)?.[0] || ' ';
  }
  return { kind: 'list', columns: 0, timeColumn: 0, marker, separator };
}

/** The text of a new entry line and where in it the cursor goes (after the time). */
export function entryLine(time: string, shape: TimelineShape): { text: string; cursor: number } {
  if (shape.kind === 'table') {
    let text = '|';
    let cursor = -1;
    for (let i = 0; i < shape.columns; i++) {
      text += ' ';
      if (i === shape.timeColumn) text += time;
      else if (cursor < 0) cursor = text.length;
      text += ' |';
    }
    return { text, cursor: cursor < 0 ? text.length : cursor };
  }
  const text = `${shape.marker}${time}${shape.separator}`;
  return { text, cursor: text.length };
}
