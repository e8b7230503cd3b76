/**
 * Timestamp reader: clock times, dates and time zones as postmortem timelines write them, in
 * English, Korean and Japanese. Pure: plain ES2022 plus the built-in `Intl` API (for IANA zone offsets).
 *
 * Shapes read (a date part is optional, a time of day is required for a timestamp):
 * - ISO 8601: `2022-10-15T15:19:00+09:00`, `2022-10-15T15:19+09:00`, `2022-10-15T06:19Z`
 * - `2022-10-15 15:19 KST`, `2022-10-15 15:19`, `2022/10/15 15:19`, `2022. 10. 15. 15:19`
 * - `15:19 KST`, `15:19`, `2:50 p.m.`, `2:50pm`, `7 p.m.`, `13:55 PM PST` (a 24-hour hour wins over AM/PM)
 * - numeric dates with the year last (`07-27-2023 2:14 pm`, `07/27/2023 2:14 PM`, `27.07.2023 14:14`)
 *   only when the month/day order is provable (one number is above 12, both are equal, or
 *   `ctx.dateOrder` says); otherwise the expression is ambiguous and is not read
 * - month names: `Sep 27 2017 13:06`, `June 14th, 2022, 10:00 AM`, `Jan 14, 10:18 AM` (year from
 *   `ctx.date`), `15 October 2022 15:19`, and a date after the time: `3:28 PM UTC on November 23rd`
 * - dates and times written with unit words, from each language pack's `calendar` (Korean
 *   `2022년 10월 15일 15시 19분`, `2022년 10월 15일 (토) 오후 3시`, `오후 3시 19분`, `3시 반`,
 *   month/day with a Japanese or Korean weekday (`3/14(木) 8:35`, `11/26(화) 10:15`),
 *   `오후 3:19`; Japanese `2024年3月1日 14時05分`, `2024年3月1日（金）14:05`, `午後2時5分`, `10時半`)
 * - zones: `Z`, `UTC`, `GMT`, `UTC+9`, `GMT-07:00`, offsets `+09:00`/`+0900`/`+09` (attached) or
 *   ` +09:00`/` -0700` (after a space), the abbreviations of {@link ZONE_ABBREVIATIONS}, `(KST)`,
 *   the packs' zone words (`한국 시간`, `日本時間`); IANA names (`Asia/Seoul`) only through the context.
 */
import type { Found, Read } from './types';
import { code, execAt, isAsciiLetterCode, isDigitCode } from './chars';
import { PACKS, shortTextLanguage } from '../lang/index';
import type { CalendarWords } from '../lang/types';

/** Context a timestamp is read in: what the document (or configuration) already says. */
export interface TimestampContext {
  /** `YYYY-MM-DD` (a longer ISO string is cut to its date) used when the text has only a time, or a date without a year. */
  date?: string;
  /** Zone given by the document or config: an IANA name (`Asia/Seoul`), an abbreviation (`KST`) or an offset (`+09:00`). */
  zone?: string;
  /**
   * Order of numeric dates written with the year last (`07/08/2023`), when the document has shown
   * it elsewhere. Without it, such a date is read only when its order is provable.
   */
  dateOrder?: 'mdy' | 'dmy';
  /**
   * The document's year, for a date written without one (`5/20 08:50`, `3月1日`) when `date` is not
   * given. Unlike `date`, it gives nothing to a time written alone.
   */
  year?: number;
  /**
   * The document is in a language that writes month/day (Korean, Japanese), so `11/4 10:00` alone in a
   * table cell is the fourth of November even where the cell has no word of that language.
   */
  monthDayFirst?: boolean;
}

/** A point in time as read from text. */
export interface Timestamp {
  /**
   * Milliseconds since the Unix epoch, or `null` when the instant is unknown: no zone (neither the
   * text nor the context gives one) or no date (neither the text nor the context gives one).
   */
  epochMs: number | null;
  /**
   * Local date and time as written: `YYYY-MM-DDTHH:MM` (with `:SS` when seconds were written).
   * When no date is known (not in the text, not in the context) it is `THH:MM`.
   */
  localIso: string;
  /** The text itself carried a date (a month-day date with the year from the context counts). */
  hasDate: boolean;
  /** The text itself carried a zone. */
  hasZone: boolean;
  /** The zone used (`KST`, `UTC`, `+09:00`, `Asia/Seoul`), or `null` when none is known. */
  zone: string | null;
  /** Offset from UTC in minutes of the zone used at that instant, or `null` when unknown. */
  offsetMinutes: number | null;
}

/** A calendar date as read from text. */
export interface CalendarDate {
  /** `YYYY-MM-DD`, or `null` when the text has no year and the context none either. */
  iso: string | null;
  /** The year (from the text, else from `ctx.date`), or `null`. */
  year: number | null;
  /** Month, 1–12. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
}

/**
 * Offsets in minutes of the fixed, unambiguous zone abbreviations the readers accept
 * (CST is US Central; IST, BST and other ambiguous names are deliberately absent).
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = Object.freeze({
  KST: 540,
  JST: 540,
  UTC: 0,
  GMT: 0,
  CET: 60,
  CEST: 120,
  EET: 120,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  HKT: 480,
  SGT: 480,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
});

/** Zones written out in full (`Pacific Daylight Time`), and the abbreviation of ZONE_ABBREVIATIONS each is read as. */
const FULL_ZONE_NAMES: Record<string, string> = {
  'pacific daylight time': 'PDT', 'pacific standard time': 'PST', 'eastern daylight time': 'EDT', 'eastern standard time': 'EST',
  'central daylight time': 'CDT', 'central standard time': 'CST', 'mountain daylight time': 'MDT', 'mountain standard time': 'MST',
  'greenwich mean time': 'GMT', 'coordinated universal time': 'UTC', 'british summer time': 'BST', 'central european time': 'CET',
  'central european summer time': 'CEST', 'eastern european time': 'EET', 'eastern european summer time': 'EEST',
  'western european time': 'WET', 'western european summer time': 'WEST', 'korea standard time': 'KST', 'korean standard time': 'KST',
  'japan standard time': 'JST', 'singapore time': 'SGT', 'singapore standard time': 'SGT', 'india standard time': 'IST',
  'australian eastern standard time': 'AEST', 'australian eastern daylight time': 'AEDT',
};
const FULL_ZONE_NAME = new RegExp(`\\b(${Object.keys(FULL_ZONE_NAMES).sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '[ \\t]')).join('|')})\\b`, 'i');

/** The first zone written out in full in a text, as its abbreviation, and where it starts. */
export function fullZoneName(text: string): { zone: string; index: number } | undefined {
  const m = FULL_ZONE_NAME.exec(text);
  return m ? { zone: FULL_ZONE_NAMES[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? m[1], index: m.index } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Zones

const OFFSET_TEXT_RE = /^(?:UTC|GMT)?[ \t]?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i;
const DTF_CACHE = new Map<string, Intl.DateTimeFormat | null>();

function ianaFormatter(zone: string): Intl.DateTimeFormat | null {
  const cached = DTF_CACHE.get(zone);
  if (cached !== undefined) return cached;
  let dtf: Intl.DateTimeFormat | null = null;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    dtf = null;
  }
  DTF_CACHE.set(zone, dtf);
  return dtf;
}

function ianaOffset(dtf: Intl.DateTimeFormat, atUtcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of dtf.formatToParts(new Date(atUtcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, (parts.hour ?? 0) % 24, parts.minute ?? 0, parts.second ?? 0);
  const whole = Math.floor(atUtcMs / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** Offset (minutes) of a numeric offset text such as `+09:00`, `+0900`, `-7`, `UTC+9`, or `null`. */
function offsetTextMinutes(zone: string): number | null {
  const m = OFFSET_TEXT_RE.exec(zone);
  if (!m) return null;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 14 || min > 59 || (h === 14 && min > 0)) return null;
  const sign = m[1] === '+' ? 1 : -1;
  return sign * (h * 60 + min);
}

/**
 * Offset from UTC in minutes of a zone: an abbreviation of {@link ZONE_ABBREVIATIONS}
 * (case-insensitive), `Z`, an offset text (`+09:00`, `+0900`, `UTC+9`, `GMT-07:00`) or an IANA
 * name (`Asia/Seoul`, computed with `Intl` at `atUtcMs`, which defaults to the current time).
 * Returns `null` for an unknown zone.
 */
export function zoneOffsetMinutes(zone: string, atUtcMs?: number): number | null {
  const z = zone.trim();
  if (z === '') return null;
  const upper = z.toUpperCase();
  if (upper === 'Z') return 0;
  const abbr = ZONE_ABBREVIATIONS[upper];
  if (abbr !== undefined) return abbr;
  const fixed = offsetTextMinutes(z);
  if (fixed !== null) return fixed;
  // IANA names only (`Area/Location`): Intl also accepts legacy ambiguous names such as `IST`.
  if (z.length > 64 || !z.includes('/')) return null;
  const dtf = ianaFormatter(z);
  if (!dtf) return null;
  const at = atUtcMs ?? Date.now();
  if (!Number.isFinite(at)) return null;
  return ianaOffset(dtf, at);
}

/** True when `zone` has a fixed offset (abbreviation, `Z`, offset text) rather than an IANA rule. */
function isFixedZone(zone: string): boolean {
  const upper = zone.trim().toUpperCase();
  return upper === 'Z' || ZONE_ABBREVIATIONS[upper] !== undefined || offsetTextMinutes(zone.trim()) !== null;
}

/** UTC epoch of a local wall time in `zone`, or `null` for an unknown zone. */
function localToEpoch(localMs: number, zone: string): { epochMs: number; offset: number } | null {
  if (isFixedZone(zone)) {
    const off = zoneOffsetMinutes(zone);
    if (off === null) return null;
    return { epochMs: localMs - off * 60000, offset: off };
  }
  const off1 = zoneOffsetMinutes(zone, localMs);
  if (off1 === null) return null;
  let utc = localMs - off1 * 60000;
  const off2 = zoneOffsetMinutes(zone, utc);
  if (off2 !== null && off2 !== off1) {
    utc = localMs - off2 * 60000;
    const off3 = zoneOffsetMinutes(zone, utc);
    return { epochMs: utc, offset: off3 ?? off2 };
  }
  return { epochMs: utc, offset: off1 };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

/**
 * Formats an instant in a zone as `YYYY-MM-DD HH:MM` (with `:SS` when the seconds are not zero)
 * followed by the zone: the abbreviation when `zone` is one (`2022-10-15 15:19 KST`; `Z` and
 * `GMT` print as `UTC`/`GMT`), else the numeric offset (`2022-10-15 15:19 +09:00`). An unknown
 * zone prints in UTC.
 */
export function formatTimestamp(epochMs: number, zone: string): string {
  const upper = zone.trim().toUpperCase();
  let off = zoneOffsetMinutes(zone, epochMs);
  let label: string;
  if (off === null) {
    off = 0;
    label = 'UTC';
  } else if (upper === 'Z') {
    label = 'UTC';
  } else if (ZONE_ABBREVIATIONS[upper] !== undefined) {
    label = upper;
  } else {
    label = offsetLabel(off);
  }
  const d = new Date(epochMs + off * 60000);
  const sec = d.getUTCSeconds();
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}${sec !== 0 ? `:${pad2(sec)}` : ''}`;
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${time} ${label}`;
}

// ---------------------------------------------------------------------------------------------
// Character classes

/** ASCII letter, digit or underscore. */
function isWordCode(c: number): boolean {
  return isDigitCode(c) || isAsciiLetterCode(c) || c === 95;
}

/**
 * True when a number may start at `i`: not glued to a preceding ASCII word (`v2`, `SEV1`) and not
 * the continuation of a number (`1.5`, `12,000`, `15:19`). Hangul before is allowed (`약10시간`).
 * Used by all readers.
 */
export function numberStartOk(text: string, i: number): boolean {
  const p = code(text, i - 1);
  if (p === -1) return true;
  if (isWordCode(p)) return false;
  if (p === 46 /* . */ || p === 44 /* , */ || p === 58 /* : */) return !isDigitCode(code(text, i - 2));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** The number of an English month name or its abbreviation (`July`, `jul`, `Sept`), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}
const WEEKDAY_WORDS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
]);
const NAME_PREFIXES = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const YMD_RE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y;
const YMD_DOTTED_RE = /(\d{4})\.[ \t](\d{1,2})\.[ \t](\d{1,2})\.?(?!\d)/y;
const NUM_YEAR_LAST_RE = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/y;
// A weekday before the month (`Saturday Oct 30th`) is read by a second expression so that no
// run of letters can be claimed by two groups (which recheck flags as polynomial).
const WEEKDAY_PREFIX_RE = /([A-Za-z]{3,9})\.?,?[ \t]{1,3}/y;
const MONTH_FIRST_RE = /([A-Za-z]{3,9})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?:,?[ \t]{1,3}(\d{4})(?!\d|:\d))?/y;
const DAY_FIRST_RE = /(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}([A-Za-z]{3,9})\.?(?:,?[ \t]{1,3}(\d{4})(?!\d|:\d))?/y;

interface DateHit {
  year: number | null;
  month: number;
  day: number;
  end: number;
  /** Written with unit words (`10월 15일`, `3月1日`): a time may follow without a separator. */
  unitWords: boolean;
  /** Set when the date is not readable: a reason. */
  problem?: { kind: 'invalid' | 'ambiguous'; reason: string };
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    const y = year ?? 2000;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

function validDate(year: number | null, month: number, day: number): boolean {
  if (year !== null && (year < 1900 || year > 2999)) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}


function makeDate(year: number | null, month: number, day: number, end: number, unitWords: boolean, written: string): DateHit {
  if (!validDate(year, month, day)) {
    return { year, month, day, end, unitWords, problem: { kind: 'invalid', reason: `invalid date ${written}` } };
  }
  return { year, month, day, end, unitWords };
}

function parseDateAt(text: string, pos: number, ctx: TimestampContext): DateHit | null {
  const c = code(text, pos);
  if (isDigitCode(c)) {
    let m = execAt(YMD_RE, text, pos);
    if (m) return makeDate(Number(m[1]), Number(m[3]), Number(m[4]), pos + m[0].length, false, m[0]);
    m = execAt(YMD_DOTTED_RE, text, pos);
    if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]), pos + m[0].length, false, m[0]);
    m = execAt(NUM_YEAR_LAST_RE, text, pos);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = Number(m[4]);
      const end = pos + m[0].length;
      let order: 'mdy' | 'dmy' | null = null;
      if (a > 12 && b <= 12) order = 'dmy';
      else if (b > 12 && a <= 12) order = 'mdy';
      else if (a === b) order = 'mdy';
      else if (a <= 12 && b <= 12) order = ctx.dateOrder ?? null;
      if (order === null) {
        if (a > 12 && b > 12) return { year: y, month: a, day: b, end, unitWords: false, problem: { kind: 'invalid', reason: `invalid date ${m[0]}` } };
        return { year: y, month: a, day: b, end, unitWords: false, problem: { kind: 'ambiguous', reason: `ambiguous date ${m[0]}: month/day order unknown` } };
      }
      return order === 'mdy' ? makeDate(y, a, b, end, false, m[0]) : makeDate(y, b, a, end, false, m[0]);
    }
    // `3/14(木)`, `11/26(화)`: month/day, the order Japanese and Korean write, sure with a weekday.
    m = execAt(MD_CJK_WEEKDAY_RE, text, pos);
    if (m) return makeDate(null, Number(m[1]), Number(m[2]), pos + m[0].length, false, m[0]);
    // `8/4 15:00〜8/13 17:40` in a Korean or Japanese text: month/day, the order those languages write.
    // (In any language when the document writes its dates month first, `Fri 12/20 6:55 pm`, or day first.)
    m = execAt(MD_BEFORE_TIME_RE, text, pos);
    if (m && (ctx.monthDayFirst || ctx.dateOrder === 'mdy' || PACKS.find((p) => p.id === shortTextLanguage(text))?.calendar?.monthFirst)) return makeDate(null, Number(m[1]), Number(m[2]), pos + m[0].length, false, m[0]);
    if (m && ctx.dateOrder === 'dmy') return makeDate(null, Number(m[2]), Number(m[1]), pos + m[0].length, false, m[0]);
    // `12-03 06:00` in the same texts: an ISO date without its year, month and day of two digits each.
    m = execAt(MD_DASH_BEFORE_TIME_RE, text, pos);
    if (m && (ctx.monthDayFirst || PACKS.find((p) => p.id === shortTextLanguage(text))?.calendar?.monthFirst)) return makeDate(null, Number(m[1]), Number(m[2]), pos + m[0].length, false, m[0]);
    // `01-16 (Thu) 09:10`: the same with its weekday named, in any language: the ISO order, and the weekday says it is a day.
    m = execAt(MD_DASH_WEEKDAY_RE, text, pos);
    if (m) return makeDate(null, Number(m[1]), Number(m[2]), pos + m[0].length, false, m[0]);
    for (const w of UNIT_WORDS) {
      // `令和6年11月29日`: a year of an era (its first year is 1).
      if (w.eraDate && w.eraBefore && (m = execAt(w.eraDate, text, pos))) {
        const era = w.eraBefore.exec(text.slice(Math.max(0, pos - 4), pos));
        const first = era ? w.eraFirstYear?.get(era[1] ?? '') : undefined;
        if (first !== undefined) return makeDate(first + Number(m[1]) - 1, Number(m[2]), Number(m[3]), pos + m[0].length, true, m[0]);
      }
      m = execAt(w.date, text, pos);
      if (m) {
        const y = m[1] !== undefined ? Number(m[1]) : null;
        return makeDate(y, Number(m[2]), Number(m[3]), pos + m[0].length, true, m[0]);
      }
    }
    m = execAt(DAY_FIRST_RE, text, pos);
    if (m) {
      const month = MONTHS[(m[2] ?? '').toLowerCase()];
      if (month !== undefined && !(m[2] === 'may')) {
        const y = m[3] !== undefined ? Number(m[3]) : null;
        return makeDate(y, month, Number(m[1]), pos + m[0].length, false, m[0]);
      }
    }
    return null;
  }
  if (isAsciiLetterCode(c)) {
    let start = pos;
    const w = execAt(WEEKDAY_PREFIX_RE, text, pos);
    if (w && WEEKDAY_WORDS.has(w[1].toLowerCase()) && isAsciiLetterCode(code(text, pos + w[0].length))) start = pos + w[0].length;
    const m = execAt(MONTH_FIRST_RE, text, start);
    if (!m) return null;
    const word = m[1] ?? '';
    const month = MONTHS[word.toLowerCase()];
    if (month === undefined || word === 'may') return null;
    const end = start + m[0].length;
    if (isAsciiLetterCode(code(text, end))) return null;
    const y = m[3] !== undefined ? Number(m[3]) : null;
    return makeDate(y, month, Number(m[2]), end, false, text.slice(pos, end));
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Times and zones

const CLOCK_RE = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?![\d])/y;
const DOTTED_CLOCK_RE = /(\d{1,2})\.(\d{2})(?![\d.])/y;
const MERIDIEM_RE = /[ \t]{0,2}([AaPp])(?:\.[ \t]?[Mm]\.?|[Mm])(?![A-Za-z])/y;
/** The end of a time range with its meridiem (`–10:31 p.m.`), right after the range's start: group 1 its hour, 2 `a` or `p`. */
const RANGE_END_MERIDIEM_RE = /[ \t]{0,2}(?:[–—-]|to)[ \t]{0,2}(\d{1,2}):\d{2}[ \t]?([ap])\.?m\b\.?/iy;
const HOUR_MERIDIEM_RE = /(\d{1,2})[ \t]{0,2}([AaPp])(?:\.[ \t]?[Mm]\.?|[Mm])(?![A-Za-z])/y;
const ATTACHED_OFFSET_RE = /([+\-\u2212])(\d{2})(?::?(\d{2}))?(?![\d:])/y;
const SPACED_OFFSET_RE = /[ \t]{1,2}(?:\+(\d{2}):?(\d{2})|[-\u2212](\d{2})(\d{2}))(?![\d:])/y;
const SPACED_NEGATIVE_OFFSET_RE = /[ \t]{1,2}[-\u2212]\d{2}:\d{2}(?![\d:])/y;
const ZONE_WORD_RE = /[ \t]{0,2}([(（]?)(UTC|GMT|KST|JST|CEST|CET|EET|PDT|PST|MDT|MST|CDT|CST|EDT|EST|HKT|SGT|AEDT|AEST|NZST)(?![A-Za-z])/y;
const UTC_SUFFIX_RE = /[ \t]?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?(?![\d:])/y;
const CLOSE_PAREN_RE = /[)）]/y;
/** After a zone that opens a parenthesis: a comma, then the rest of a short note (up to 40 characters), then the closing parenthesis. */
function noteAfterZone(text: string, at: number): boolean {
  let i = at;
  if (text[i] === ' ' || text[i] === '\t') i++;
  if (!',、，;；'.includes(text[i] ?? 'x')) return false;
  for (let k = i + 2; k <= i + 41 && k < text.length; k++) {
    const c = text[k];
    if (c === ')' || c === '）') return true;
    if (c === '(' || c === '（' || c === '\n') return false;
  }
  return false;
}
const DATE_TIME_SEP_RE = /T|[,:]?[ \t]{1,6}(?:(?:at|@)[ \t]{1,3})?(?:(?:approximately|approx\.?|about|around|roughly|~)[ \t]{0,3})?/y;
/** A time right after a date (`9/15 17:12`): the date is that time's. */
const TIME_AFTER_DATE_RE = /[ \t]{1,3}\d{1,2}[:：]\d{2}/y;
const TRAILING_DATE_SEP_RE = /,?[ \t]{1,3}(?:on[ \t]{1,3})?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3}(?=\d))?/iy;
/** The weekdays' three-letter names, Sunday first (as `Date.getUTCDay` counts them). */
export const WEEKDAYS: readonly string[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Month/day right before a time of day, no year: `8/4 15:00`. */
const MD_DASH_BEFORE_TIME_RE = /(?<![\d-])(1[0-2]|0[1-9])-(3[01]|[12]\d|0[1-9])(?=(?:[(（][^()（）\d]{1,3}[)）])?[ \t]{1,2}\d{1,2}[:：]\d{2}(?!\d))/y;
const MD_DASH_WEEKDAY_RE = /(?<![\d-])(1[0-2]|0[1-9])-(3[01]|[12]\d|0[1-9])[ \t]?\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\)(?=[ \t]{1,2}\d{1,2}[:：]\d{2}(?!\d))/iy;
const MD_BEFORE_TIME_RE = /(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?=[ \t]{1,2}\d{1,2}[:：]\d{2}(?!\d))/y;
const MD_CJK_WEEKDAY_RE = /(\d{1,2})\/(\d{1,2})[ \t]?[(（][月火水木金土日월화수목금토일](?:曜日?|요일)?[)）]/y;
const UNREAD_DATE_BEFORE_RE = /\d[-/.]\d{1,4}[ \t,]{1,4}$/;

/** The expressions of one language that writes dates and times with unit words, built from its pack. */
interface UnitWords {
  /** `(year)? month day (weekday)?`: groups 1–3 are year, month, day. */
  date: RegExp;
  /** `hour (minute | half)? (second)?`: group 1 hour, 2 minute, 3 half, 4 second. */
  time: RegExp;
  zones: Array<{ re: RegExp; abbreviation: string }>;
  /** `6年11月29日` after an era name (`令和`): groups 1–3 are the era's year, month, day. */
  eraDate?: RegExp;
  /** The era name right before the era's year, anchored at the end; group 1 is the name. */
  eraBefore?: RegExp;
  eraFirstYear?: ReadonlyMap<string, number>;
}

function unitWordsOf(c: CalendarWords): UnitWords {
  const sp = '[ \\t]{0,2}';
  // A space may also stand between a number and its unit (\`2024 年 10 月 14 日\`, \`14 時 05 分\`), as many
  // Japanese writers set digits apart.
  const u = '[ \\t]?';
  const date = `(?:(\\d{4})${u}(?:${c.year.source})${sp})?(\\d{1,2})${u}(?:${c.month.source})${sp}(\\d{1,2})${u}(?:${c.day.source})(?:${sp}(?:${c.weekday.source}))?`;
  const time = `(\\d{1,2})${u}(?:${c.hour.source})(?:${sp}(?:(\\d{1,2})${u}(?:${c.minute.source})|(${c.half.source})))?(?:${sp}(\\d{1,2})${u}(?:${c.second.source}))?`;
  const eras = c.eras ?? [];
  return {
    date: new RegExp(date, 'y'),
    time: new RegExp(time, 'y'),
    zones: c.zones.map((z) => ({ re: new RegExp(`${sp}(?:${z.words.source})`, 'y'), abbreviation: z.abbreviation })),
    ...(eras.length > 0 && {
      // (`令和7年（2025年）6月20日`: the Western year may follow in parentheses.)
      eraDate: new RegExp(`(\\d{1,2})${u}(?:${c.year.source})(?:[（(]\\d{4}${u}(?:${c.year.source})?[)）])?${sp}(\\d{1,2})${u}(?:${c.month.source})${sp}(\\d{1,2})${u}(?:${c.day.source})(?:${sp}(?:${c.weekday.source}))?`, 'y'),
      eraBefore: new RegExp(`(${eras.map((e) => e.name).join('|')})[ \\t]?$`),
      eraFirstYear: new Map(eras.map((e) => [e.name, e.firstYear])),
    }),
  };
}

/** Every pack's unit-word dates and times (Korean, Japanese), built once. */
const UNIT_WORDS: readonly UnitWords[] = PACKS.flatMap((p) => (p.calendar ? [unitWordsOf(p.calendar)] : []));
/** Morning and afternoon words of every pack (`오후`, `午前`) and which they mean. */
const MERIDIEM_WORDS: ReadonlyMap<string, 'am' | 'pm'> = new Map(
  PACKS.flatMap((p) => [
    ...(p.calendar?.am ?? []).map((w) => [w, 'am'] as const),
    ...(p.calendar?.pm ?? []).map((w) => [w, 'pm'] as const),
  ]),
);
const MERIDIEM_WORD_RE = MERIDIEM_WORDS.size > 0 ? new RegExp(`(${[...MERIDIEM_WORDS.keys()].join('|')})[ \\t]{0,2}`, 'y') : null;

function unitTimeAt(text: string, p: number): RegExpExecArray | null {
  for (const w of UNIT_WORDS) {
    const m = execAt(w.time, text, p);
    if (m) return m;
  }
  return null;
}

interface TimeHit {
  hour: number;
  minute: number;
  second: number;
  hasSeconds: boolean;
  meridiem: 'am' | 'pm' | null;
  end: number;
  problem?: string;
}

function applyMeridiem(hour: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === null || hour > 12 || hour === 0) return hour;
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

function parseTimeAt(text: string, pos: number, checkStart: boolean): TimeHit | null {
  let p = pos;
  let wordMeridiem: 'am' | 'pm' | null = null;
  const km = MERIDIEM_WORD_RE ? execAt(MERIDIEM_WORD_RE, text, p) : null;
  if (km) {
    wordMeridiem = MERIDIEM_WORDS.get(km[1] ?? '') ?? null;
    p += km[0].length;
  }
  if (!isDigitCode(code(text, p))) return null;
  if (checkStart && p === pos && !numberStartOk(text, p)) return null;
  let hour: number;
  let minute = 0;
  let second = 0;
  let hasSeconds = false;
  let meridiem: 'am' | 'pm' | null = wordMeridiem;
  let end: number;
  let written: string;
  let m = execAt(CLOCK_RE, text, p);
  if (m) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    if (m[3] !== undefined) {
      second = Number(m[3]);
      hasSeconds = true;
    }
    end = p + m[0].length;
    written = m[0];
    if (code(text, end) === 58 /* : */ && isDigitCode(code(text, end + 1))) return null;
    if (meridiem === null) {
      const mm = execAt(MERIDIEM_RE, text, end);
      if (mm) {
        meridiem = (mm[1] ?? '').toLowerCase() === 'a' ? 'am' : 'pm';
        end += mm[0].length;
      } else if (hour >= 1 && hour <= 12) {
        // (`10:10–10:31 p.m.`: the range's meridiem is said once, after its end; the start shares it, or
        // is the other half of the day when the range crosses noon or midnight: `11:50–12:10 p.m.`.)
        const partner = execAt(RANGE_END_MERIDIEM_RE, text, end);
        if (partner) {
          const theirs = (partner[2] ?? '').toLowerCase() === 'a' ? 'am' : 'pm';
          meridiem = hour % 12 <= Number(partner[1]) % 12 ? theirs : theirs === 'am' ? 'pm' : 'am';
        }
      }
    }
  } else if ((m = unitTimeAt(text, p))) {
    hour = Number(m[1]);
    if (m[2] !== undefined) minute = Number(m[2]);
    else if (m[3] !== undefined) minute = 30;
    if (m[4] !== undefined) {
      second = Number(m[4]);
      hasSeconds = true;
    }
    end = p + m[0].length;
    written = m[0];
  } else if (wordMeridiem === null && (m = execAt(HOUR_MERIDIEM_RE, text, p))) {
    hour = Number(m[1]);
    meridiem = (m[2] ?? '').toLowerCase() === 'a' ? 'am' : 'pm';
    end = p + m[0].length;
    written = m[0];
    if (hour > 12) return { hour, minute, second, hasSeconds, meridiem, end, problem: `invalid time ${written}` };
  } else {
    return null;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { hour, minute, second, hasSeconds, meridiem, end, problem: `invalid time ${written}` };
  }
  // `午後0時30分`, `오후 0시 30분`: noon, as Japanese and Korean write it (not `0:30 PM`, a malformed time).
  const h = wordMeridiem === 'pm' && meridiem === 'pm' && hour === 0 ? 12 : applyMeridiem(hour, meridiem);
  return { hour: h, minute, second, hasSeconds, meridiem, end };
}

/** `11.50` (a British clock time), read only right after a date. */
function parseDottedTimeAt(text: string, pos: number): TimeHit | null {
  const m = execAt(DOTTED_CLOCK_RE, text, pos);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, second: 0, hasSeconds: false, meridiem: null, end: pos + m[0].length };
}

interface ZoneHit {
  name: string;
  offset: number;
  end: number;
}

/** An offset written where a zone goes that no zone has (`+25:00`, `UTC+15`): the time is invalid, not zone-less. */
interface ZoneProblem {
  problem: string;
  end: number;
}

/**
 * A zone written at `pos`. A negative offset (`-07:00`) is accepted only after an ISO `T` time
 * (attached) or after a dated time (spaced), so that `14:50-19:00` stays a range.
 */
function parseZoneAt(text: string, pos: number, isoT: boolean, dated: boolean): ZoneHit | ZoneProblem | null {
  const c = code(text, pos);
  if (c === 90 /* Z */ && !isWordCode(code(text, pos + 1))) return { name: 'UTC', offset: 0, end: pos + 1 };
  if (c === 43 || ((c === 45 || c === 0x2212) && isoT)) {
    const m = execAt(ATTACHED_OFFSET_RE, text, pos);
    if (m) {
      const off = offsetTextMinutes(m[0]);
      if (off !== null) return { name: offsetLabel(off), offset: off, end: pos + m[0].length };
      // After an ISO time, or written as HH:MM, it can only be an offset; `10:00+15` may be something else.
      if (isoT || m[3] !== undefined) return { problem: `invalid time zone offset ${m[0]}`, end: pos + m[0].length };
    }
    return null;
  }
  let m = execAt(ZONE_WORD_RE, text, pos);
  if (m) {
    let end = pos + m[0].length;
    const abbr = m[2] ?? '';
    let name = abbr;
    let offset = ZONE_ABBREVIATIONS[abbr] ?? 0;
    if (abbr === 'UTC' || abbr === 'GMT') {
      const s = execAt(UTC_SUFFIX_RE, text, end);
      if (s) {
        const off = offsetTextMinutes(s[0].trim());
        if (off === null) return { problem: `invalid time zone offset ${abbr}${s[0].trim()}`, end: end + s[0].length };
        offset = off;
        name = offsetLabel(off);
        end += s[0].length;
      }
    }
    if (m[1] !== '') {
      // `02:15（JST、約7時間半）`, `14:02 (UTC, first page)`: the zone first in a note in parentheses;
      // the timestamp ends with the zone, the rest of the note is not part of it.
      if (noteAfterZone(text, end)) return { name, offset, end };
      if (!execAt(CLOSE_PAREN_RE, text, end)) return null;
      end += 1;
    }
    if (isDigitCode(code(text, end))) return null;
    return { name, offset, end };
  }
  m = execAt(SPACED_OFFSET_RE, text, pos) ?? (dated ? execAt(SPACED_NEGATIVE_OFFSET_RE, text, pos) : null);
  if (m) {
    const off = offsetTextMinutes(m[0].trim());
    if (off !== null) return { name: offsetLabel(off), offset: off, end: pos + m[0].length };
    return { problem: `invalid time zone offset ${m[0].trim()}`, end: pos + m[0].length };
  }
  for (const w of UNIT_WORDS) {
    for (const z of w.zones) {
      m = execAt(z.re, text, pos);
      if (m) return { name: z.abbreviation, offset: ZONE_ABBREVIATIONS[z.abbreviation] ?? 0, end: pos + m[0].length };
    }
  }
  return null;
}

/**
 * `2024-09-23 08:55 Europe/London`: an IANA zone named after a dated time, read with the offset it
 * had at that time (daylight saving included). Only after a full date: the offset depends on it.
 */
function ianaZoneAfter(text: string, pos: number, date: DateHit, time: TimeHit): ZoneHit | null {
  if (date.year === null) return null;
  const m = execAt(IANA_AFTER_RE, text, pos);
  if (!m) return null;
  const name = m[1] ?? '';
  const local = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const first = zoneOffsetMinutes(name, local);
  if (first === null) return null;
  const offset = zoneOffsetMinutes(name, local - first * 60_000) ?? first;
  return { name, offset, end: pos + m[0].length };
}
const IANA_AFTER_RE = /[ \t]{1,2}([A-Z][A-Za-z]{1,20}(?:_[A-Z][A-Za-z]{1,20}){0,2}\/[A-Z][A-Za-z]{1,20}(?:_[A-Z][A-Za-z]{1,20}){0,3}(?:\/[A-Z][A-Za-z]{1,20}(?:_[A-Z][A-Za-z]{1,20}){0,2})?)(?![\w/])/y;

// ---------------------------------------------------------------------------------------------
// Scanning

/** The parts of a timestamp as written, for readers that combine timestamps (time ranges). */
export interface TimestampParts {
  /** Year written (or taken from the context for a month-day date), or `null`. */
  year: number | null;
  /** Month written, or `null` when the text has no date. */
  month: number | null;
  /** Day written, or `null` when the text has no date. */
  day: number | null;
  /** Hour 0–23 (AM/PM applied when written). */
  hour: number;
  /** Minute 0–59. */
  minute: number;
  /** Second 0–59. */
  second: number;
  /** `am`/`pm` (오전/오후) as written, or `null`. */
  meridiem: 'am' | 'pm' | null;
  /** Offset in minutes of a zone written in the text, or `null`. */
  zoneOffset: number | null;
}

/** One temporal expression found by {@link scanTemporal}. */
export type TemporalItem =
  | (Found<Timestamp> & { kind: 'timestamp'; parts: TimestampParts })
  | (Found<CalendarDate> & { kind: 'date' })
  | { kind: 'invalid' | 'ambiguous'; reason: string; start: number; end: number };

function ctxDate(ctx: TimestampContext): { year: number; month: number; day: number } | null {
  if (ctx.date === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ctx.date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return validDate(year, month, day) ? { year, month, day } : null;
}

function toCalendarDate(d: DateHit, ctx: TimestampContext): CalendarDate {
  const year = d.year ?? ctxDate(ctx)?.year ?? null;
  const iso = year === null ? null : `${year}-${pad2(d.month)}-${pad2(d.day)}`;
  return { iso, year, month: d.month, day: d.day };
}

function buildTimestamp(date: DateHit | null, time: TimeHit, zone: ZoneHit | null, ctx: TimestampContext): { ts: Timestamp; parts: TimestampParts } | { problem: string } {
  let y: number | null = null;
  let mo: number | null = null;
  let d: number | null = null;
  let hasDate = false;
  if (date) {
    y = date.year ?? ctxDate(ctx)?.year ?? ctx.year ?? null;
    mo = date.month;
    d = date.day;
    hasDate = y !== null;
    if (y !== null && !validDate(y, mo, d)) return { problem: `invalid date ${y}-${pad2(mo)}-${pad2(d)}` };
  }
  let fy = y;
  let fm = mo;
  let fd = d;
  if (!date) {
    const cd = ctxDate(ctx);
    if (cd) {
      fy = cd.year;
      fm = cd.month;
      fd = cd.day;
    }
  }
  const timeIso = `${pad2(time.hour)}:${pad2(time.minute)}${time.hasSeconds ? `:${pad2(time.second)}` : ''}`;
  const dated = fy !== null && fm !== null && fd !== null;
  const localIso = dated ? `${fy}-${pad2(fm as number)}-${pad2(fd as number)}T${timeIso}` : `T${timeIso}`;
  let zoneName: string | null = null;
  let offset: number | null = null;
  let epochMs: number | null = null;
  const localMs = dated ? Date.UTC(fy as number, (fm as number) - 1, fd as number, time.hour, time.minute, time.second) : null;
  if (zone) {
    zoneName = zone.name;
    offset = zone.offset;
    if (localMs !== null) epochMs = localMs - offset * 60000;
  } else if (ctx.zone !== undefined && ctx.zone.trim() !== '') {
    const z = ctx.zone.trim();
    if (isFixedZone(z)) {
      offset = zoneOffsetMinutes(z);
      if (offset !== null) {
        zoneName = ZONE_ABBREVIATIONS[z.toUpperCase()] !== undefined ? z.toUpperCase() : z;
        if (localMs !== null) epochMs = localMs - offset * 60000;
      }
    } else if (zoneOffsetMinutes(z, 0) !== null) {
      zoneName = z;
      if (localMs !== null) {
        const r = localToEpoch(localMs, z);
        if (r) {
          epochMs = r.epochMs;
          offset = r.offset;
        }
      }
    }
  }
  const ts: Timestamp = { epochMs, localIso, hasDate, hasZone: zone !== null, zone: zoneName, offsetMinutes: offset };
  const parts: TimestampParts = {
    year: y,
    month: mo,
    day: d,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
    meridiem: time.meridiem,
    zoneOffset: zone ? zone.offset : null,
  };
  return { ts, parts };
}

/** `8:40 頃 (JST)`, `10:05경 KST`: the zone after a word of approximation (the word stays outside the timestamp's text only when no zone follows). */
const ABOUT_BEFORE_ZONE_RE = /[ \t]?(?:頃|ごろ|경|쯤)(?=[ \t]?[(（]?[A-Z+])/y;
function zoneAfterAbout(text: string, at: number, isoT: boolean, afterDate: boolean): ReturnType<typeof parseZoneAt> {
  const about = execAt(ABOUT_BEFORE_ZONE_RE, text, at);
  return about ? parseZoneAt(text, at + about[0].length, isoT, afterDate) : null;
}

function scanAt(text: string, i: number, ctx: TimestampContext): TemporalItem | null {
  const date = parseDateAt(text, i, ctx);
  if (date) {
    let time: TimeHit | null = null;
    let isoT = false;
    const sep = execAt(DATE_TIME_SEP_RE, text, date.end);
    if (sep) {
      isoT = sep[0] === 'T';
      time = parseTimeAt(text, date.end + sep[0].length, false);
      if (!time && !isoT) time = parseDottedTimeAt(text, date.end + sep[0].length);
    }
    if (!time && date.unitWords) time = parseTimeAt(text, date.end, false);
    // (`2/3（火）10:00`: the weekday's closing parenthesis sets the time off, no blank needed.)
    if (!time && (code(text, date.end - 1) === 0x29 || code(text, date.end - 1) === 0xff09)) time = parseTimeAt(text, date.end, false);
    if (!time) {
      if (isWordCode(code(text, date.end))) return null;
      if (date.problem) return { kind: date.problem.kind, reason: date.problem.reason, start: i, end: date.end };
      return { kind: 'date', value: toCalendarDate(date, ctx), start: i, end: date.end };
    }
    const found = parseZoneAt(text, time.end, isoT, true) ?? zoneAfterAbout(text, time.end, isoT, true) ?? ianaZoneAfter(text, time.end, date, time);
    const end = found ? found.end : time.end;
    if (isWordCode(code(text, end))) return null;
    if (date.problem) return { kind: date.problem.kind, reason: date.problem.reason, start: i, end };
    if (time.problem) return { kind: 'invalid', reason: time.problem, start: i, end };
    if (found && 'problem' in found) return { kind: 'invalid', reason: found.problem, start: i, end };
    const zone = found;
    const built = buildTimestamp(date, time, zone, ctx);
    if ('problem' in built) return { kind: 'invalid', reason: built.problem, start: i, end };
    return { kind: 'timestamp', value: built.ts, parts: built.parts, start: i, end };
  }
  const time = parseTimeAt(text, i, true);
  if (!time) return null;
  const found = parseZoneAt(text, time.end, false, false) ?? zoneAfterAbout(text, time.end, false, false);
  let end = found ? found.end : time.end;
  let trailing: DateHit | null = null;
  const sep = execAt(TRAILING_DATE_SEP_RE, text, end);
  if (sep) {
    const d = parseDateAt(text, end + sep[0].length, ctx);
    // (`10:00 9/15 17:12 시점까지의 데이터로`: a date with a time of its own after it is that time's, not this one's.)
    if (d && !isWordCode(code(text, d.end)) && !execAt(TIME_AFTER_DATE_RE, text, d.end)) {
      trailing = d;
      end = d.end;
    }
  }
  if (isWordCode(code(text, end))) return null;
  if (trailing?.problem) return { kind: trailing.problem.kind, reason: trailing.problem.reason, start: i, end };
  if (time.problem) return { kind: 'invalid', reason: time.problem, start: i, end };
  if (found && 'problem' in found) return { kind: 'invalid', reason: found.problem, start: i, end };
  const zone = found;
  if (!trailing && UNREAD_DATE_BEFORE_RE.test(text.slice(Math.max(0, i - 16), i))) {
    return { kind: 'ambiguous', reason: 'unreadable date before the time', start: i, end };
  }
  const built = buildTimestamp(trailing, time, zone, ctx);
  if ('problem' in built) return { kind: 'invalid', reason: built.problem, start: i, end };
  return { kind: 'timestamp', value: built.ts, parts: built.parts, start: i, end };
}

/**
 * Where `scanTemporal` tries to read: a run of digits, a word that starts like a month or weekday
 * name, or a meridiem word. Only words with a name's first three letters can start a date, so
 * other words are not matched at all (they were, one by one, and then dropped: a tenth of the
 * reader's time on prose). A name prefix in the middle of a word (`submarine`) is matched and
 * dropped by the letter before it, as a whole word was. Case-insensitive without the `u` flag:
 * no letter outside ASCII folds to one inside it.
 */
const TOKEN_RE = new RegExp(['[0-9]+', `(?:${[...NAME_PREFIXES].join('|')})[a-z]*`, ...MERIDIEM_WORDS.keys()].join('|'), 'gi');
const URL_RE = /https?:\/\/[^\s<>"'`)\]]+/g;

/** Spans of URLs (`https://example.com/issues/94?from=10s`): the other readers read nothing inside them. */
export function urlSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = URL_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Lower-level scan used by the other readers: every timestamp, date-only expression, and
 * unreadable (invalid or ambiguous) date/time in `text`, in order, without overlaps.
 */
export function scanTemporal(text: string, ctx: TimestampContext = {}): TemporalItem[] {
  const out: TemporalItem[] = [];
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    const c = code(text, i);
    if (isDigitCode(c)) {
      if (!numberStartOk(text, i)) continue;
    } else if (isAsciiLetterCode(c)) {
      if (isWordCode(code(text, i - 1))) continue;
    }
    const item = scanAt(text, i, ctx);
    if (item) {
      out.push(item);
      re.lastIndex = Math.max(item.end, i + 1);
    }
  }
  return out;
}

/** Every timestamp (a time of day, with or without date and zone) in `text`, in order. */
export function findTimestamps(text: string, ctx: TimestampContext = {}): Found<Timestamp>[] {
  const out: Found<Timestamp>[] = [];
  for (const item of scanTemporal(text, ctx)) {
    if (item.kind === 'timestamp') out.push({ value: item.value, start: item.start, end: item.end });
  }
  return out;
}

/**
 * Reads the first timestamp in `text`. Fails when there is none, or when the first date/time
 * expression is invalid (`25:00`, `2022-02-30 10:00`) or ambiguous (`07/08/2023 2:14 PM`).
 * Without a zone in the text or context, `epochMs` is `null` and `hasZone` false.
 */
export function readTimestamp(text: string, ctx: TimestampContext = {}): Read<Timestamp> {
  for (const item of scanTemporal(text, ctx)) {
    if (item.kind === 'date') continue;
    if (item.kind === 'timestamp') return { ok: true, value: item.value, start: item.start, end: item.end };
    return { ok: false, reason: item.reason };
  }
  return { ok: false, reason: 'no timestamp found' };
}

/** Every calendar date in `text` (alone or as part of a timestamp), in order. */
export function findDates(text: string, ctx: TimestampContext = {}): Found<CalendarDate>[] {
  const out: Found<CalendarDate>[] = [];
  for (const item of scanTemporal(text, ctx)) {
    if (item.kind === 'date') out.push({ value: item.value, start: item.start, end: item.end });
    else if (item.kind === 'timestamp' && item.parts.month !== null && item.parts.day !== null) {
      const year = item.parts.year;
      const iso = year === null ? null : `${year}-${pad2(item.parts.month)}-${pad2(item.parts.day)}`;
      out.push({ value: { iso, year, month: item.parts.month, day: item.parts.day }, start: item.start, end: item.end });
    }
  }
  return out;
}

/**
 * Reads the first calendar date in `text` (`2022-10-15`, `Oct 30th`, `2022년 10월 15일`,
 * `07/27/2023`), alone or as part of a timestamp (the offsets are then the timestamp's), for
 * example from a dated timeline heading, to pass as `ctx.date`. Fails on an invalid or
 * ambiguous date.
 */
export function readDate(text: string, ctx: TimestampContext = {}): Read<CalendarDate> {
  for (const item of scanTemporal(text, ctx)) {
    if (item.kind === 'date') return { ok: true, value: item.value, start: item.start, end: item.end };
    if (item.kind === 'timestamp') {
      const { year, month, day } = item.parts;
      if (month === null || day === null) continue;
      const iso = year === null ? null : `${year}-${pad2(month)}-${pad2(day)}`;
      return { ok: true, value: { iso, year, month, day }, start: item.start, end: item.end };
    }
    if (item.reason.includes('date')) return { ok: false, reason: item.reason };
  }
  return { ok: false, reason: 'no date found' };
}
