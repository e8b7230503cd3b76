/**
 * Values that look like their type and cannot be: a 30 February, a 25:61, an offset of +25:00, a
 * count of -5 users, `.nan`, `1e400`. The readers give no value for them (a wrong number is worse
 * than none), so without this they would switch checks off in silence; `invalid-value` reports
 * them where they are written.
 */
import type { OffsetRange } from './types';
import type { ParsedDocument } from './document';
import type { Facts } from './facts';
import type { Timeline } from './timeline';
import { proseText, searchBySegment, segmentProse } from './facts';
import { readCount, readDate, readTimestamp, scanTemporal } from './readers/index';
import { packWords } from './lang/index';

/** What kind of impossible value was found. */
export type ImpossibleKind = 'date' | 'time' | 'offset' | 'count';

/** One impossible value. */
export interface ImpossibleValue {
  /** What it should have been. */
  kind: ImpossibleKind;
  /** Where it is written. */
  range: OffsetRange;
  /** The text as written. */
  found: string;
  /** The front matter key, when it is a front matter value. */
  key?: string;
}

/** Front matter keys that hold a count, and the keys of a `servers` mapping. */
const COUNT_KEYS = ['users_affected', 'users_total', 'servers_total'];
const SERVER_KEYS = ['servers', 'servers_restored'];

/** Counts that are honestly unknown rather than wrong. */
const NOT_A_NUMBER_ON_PURPOSE = new RegExp(String.raw`^(?:${packWords('notANumber')}|\?+)$`, 'i');

function kindOfReason(reason: string): ImpossibleKind | undefined {
  if (reason.startsWith('invalid time zone offset')) return 'offset';
  if (reason.startsWith('invalid date')) return 'date';
  // `24:00` is end-of-day notation, not a mistake; the readers do not read it, and that is all.
  if (reason.startsWith('invalid time') && !/^invalid time 24:00(?::00)?$/.test(reason)) return 'time';
  return undefined;
}

/** Impossible dates, times and offsets: front matter milestones and `date`, and timeline entries. */
export function impossibleTimes(doc: ParsedDocument, facts: Facts, timeline: Timeline): ImpossibleValue[] {
  const out: ImpossibleValue[] = [];
  const fm = doc.frontMatter;
  const dateCtx = typeof fm?.data?.date === 'string' ? fm.data.date : undefined;
  for (const u of facts.unreadableMilestones) {
    const r = readTimestamp(u.text, { date: dateCtx });
    const kind = r.ok ? undefined : kindOfReason(r.reason);
    if (kind) out.push({ kind, range: u.range, found: u.text, key: u.id });
  }
  const date = fm?.entries.find((e) => e.key === 'date');
  if (date && typeof date.value === 'string') {
    const r = readDate(date.value);
    if (!r.ok && kindOfReason(r.reason) === 'date') out.push({ kind: 'date', range: date.valueRange, found: date.value, key: 'date' });
  }
  const section = timeline.section;
  if (section) {
    // An entry whose time cannot be real is dropped by the timeline reader; its line is found here.
    const prose = proseText(doc);
    const { start, end } = section.bodyRange;
    const add = (lineStart: number, found: LineImpossibility) => {
      if (lineStart >= start && lineStart < end) out.push({ kind: found.kind, range: { start: lineStart + found.start, end: lineStart + found.end }, found: found.text });
    };
    if (searchBySegment(doc, prose)) {
      // In the language server every line of a long timeline would be read again on every
      // keystroke: the lines of each segment (segments start at line starts) are read once and
      // remembered by the segment's prose, and only the lines in the section are kept.
      for (const seg of doc.segments) {
        if (seg.end <= start || seg.start >= end) continue;
        for (const f of doc.reuse!.memo('impossibleTimesOfLines', segmentProse(doc, seg), linesImpossibilities, true)) add(seg.start + f.line, f);
      }
    } else {
      for (const f of linesImpossibilities(prose.slice(start, end))) add(start + f.line, f);
    }
  }
  return out;
}

/** An impossible time at the start of a line, relative to the line, and where the line starts. */
interface LineImpossibility {
  line: number;
  kind: ImpossibleKind;
  start: number;
  end: number;
  text: string;
}

/** The impossible times at the start of each line of `text` (lines end at `\n` or `\r`). */
function linesImpossibilities(text: string): LineImpossibility[] {
  const out: LineImpossibility[] = [];
  let at = 0;
  while (at < text.length) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const found = impossibleTimeOfLine(text.slice(at, Math.min(end, at + 200)));
    if (found) out.push({ line: at, ...found });
    at = end + 1;
  }
  return out;
}

/** An impossible date, time or offset at the start of a timeline line (after its markers), relative to the line. */
function impossibleTimeOfLine(line: string): { kind: ImpossibleKind; start: number; end: number; text: string } | undefined {
  const lead = leadLength(line);
  const first = scanTemporal(line.slice(lead))[0];
  if (!first || first.start !== 0 || first.kind !== 'invalid') return undefined;
  const kind = kindOfReason(first.reason);
  return kind && { kind, start: lead, end: lead + first.end, text: line.slice(lead, lead + first.end) };
}

/** Length of what comes before an entry's time: list and quote markers, table pipes, heading marks, emphasis. */
function leadLength(line: string): number {
  let i = 0;
  for (;;) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t' || c === '>' || c === '*' || c === '_' || c === '~' || c === '[' || c === '(' || c === '|' || c === '#' || c === '-' || c === '+') {
      i++;
      continue;
    }
    // An ordered list marker: `1.` or `1)` and a blank.
    let j = i;
    while (j < line.length && j - i < 3 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j > i && (line.charAt(j) === '.' || line.charAt(j) === ')') && (line.charAt(j + 1) === ' ' || line.charAt(j + 1) === '\t')) {
      i = j + 1;
      continue;
    }
    return i;
  }
}

/** True when a front matter value is not a count; false when it is one or is honestly absent (`unknown`, `N/A`, empty). */
function notACount(v: unknown, source: string): boolean {
  if (v === null || v === undefined || v === '') return false;
  if (typeof v === 'number') return !Number.isFinite(v) || v < 0;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '' || NOT_A_NUMBER_ON_PURPOSE.test(t) || /^\{\{.*\}\}$/.test(t)) return false;
    if (/^[-\u2212]/.test(t)) return true;
    return !readCount(t).ok;
  }
  // A list, a mapping, a boolean: a count it is not. `!!binary` values arrive as their source text.
  return !/^!!binary/.test(source);
}

/** Front matter counts that are not counts: `users_affected: -5`, `.nan`, `1e400`, `"lots"`. */
export function impossibleCounts(doc: ParsedDocument): ImpossibleValue[] {
  const fm = doc.frontMatter;
  if (!fm?.data) return [];
  const out: ImpossibleValue[] = [];
  const check = (key: string, value: unknown, range: OffsetRange | undefined) => {
    if (!range) return;
    const source = doc.text.slice(range.start, range.end).trim();
    if (notACount(value, source)) out.push({ kind: 'count', range, found: source, key });
  };
  for (const e of fm.entries) {
    if (COUNT_KEYS.includes(e.key)) check(e.key, e.value, e.valueRange);
    else if (SERVER_KEYS.includes(e.key)) {
      if (e.value && typeof e.value === 'object' && !Array.isArray(e.value)) {
        for (const k of ['restored', 'total']) {
          const v = (e.value as Record<string, unknown>)[k];
          if (v !== undefined) check(`${e.key}.${k}`, v, fm.pointers.get(`/${e.key}/${k}`));
        }
      } else if (typeof e.value === 'number') check(e.key, e.value, e.valueRange);
    }
  }
  return out;
}
