import { PACKS, textFor, type LanguageId } from '../lang/index';
import type { DurationWords } from '../lang/types';
/**
 * Duration reader: how long an incident lasted, as postmortems write it, in English and Korean.
 * Pure: plain ES2022.
 *
 * Shapes read:
 * - unit sequences, largest unit first: `4h 10m`, `4h10m`, `4 h 10 min`, `4 hours 10 minutes`,
 *   `7 hours and 9 minutes`, `4 hrs`, `250 minutes`, `45 mins`, `90 seconds`, `1.5 days`,
 *   `2 days 3 hours`, `1 d 2 h`, `1 week`, `a 2-hour outage`, `an hour`, `half an hour`,
 *   `a day and a half`, `three and a half hours`; Korean `4시간 10분`, `10시간`, `30분`, `1일 2시간`, `1시간 반`, `두 시간`
 * - ISO 8601 durations: `PT4H10M`, `P1DT2H`, `P2W` (years and months are not read: their length varies)
 * - time ranges: `14:50–19:00 KST`, `14:50-19:00`, `14:50 to 19:00`, `14:50 ~ 19:00`,
 *   `2:50 p.m. to 7 p.m.`, `from 15:30 to 18:10 UTC`, `14:50부터 19:00까지`, `10時05分から11時20分まで`,
 *   `10:05～11:20`, and dated ends
 *   (`November 11, 4:02 PM UTC to November 14, 3:02 PM UTC`); an end before the start on the
 *   same (or no) date crossed midnight: 24 h are added.
 *
 * `approximate` is set by a marker before (`about`, `around`, `approx.`, `almost`, `nearly`,
 * `roughly`, `over`, `under`, `more than`, `less than`, `at least`, `up to`, `~`, `≈`, `약`,
 * `대략`, `거의`, `최소`, `최대`) or after (`or so`, `or more`, `정도`, `가량`, `남짓`, `쯤`, `여`,
 * `이상`, `이내`, `미만`, `넘게`, `가까이`, `안팎`, `내외`); the markers are part of the offsets.
 *
 * Not read: clock times or dates alone (`at 15:19`, `10월 15일`), versions (`v2.5`), other units
 * (`3 nodes`, `300ms`), months and years, vague amounts (`a few hours`, `몇 시간`) and value
 * ranges (`2-3 hours`, `2~3시간`).
 */
import type { Found, Read } from './types';
import { code, execAt, isAsciiLetterCode, isDigitCode, isHangulCode } from './chars';
import { numberStartOk, scanTemporal, urlSpans, type TemporalItem, type TimestampParts } from './timestamp';

/** A length of time. */
export interface Duration {
  /** Length in minutes; may be fractional (`90 seconds` is 1.5). */
  minutes: number;
  /** The text marks the length as approximate (`about`, `~`, `약`, `정도`, ...). */
  approximate: boolean;
  /** `span` for a stated length, `range` for a length computed from a start and an end time. */
  kind: 'span' | 'range';
}

// ---------------------------------------------------------------------------------------------
// Regular expressions (all bounded; sticky ones are applied at a known position)

const NUM_RE = /(\d{1,3}(?:,\d{3}){1,3}|\d{1,7})(?:\.(\d{1,6}))?/y;
/** `two`, `seventeen`, `forty-five`, `twenty four`, `half an`: a whole word, before a space. */
const WORD_NUM_RE = /(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|half[ \t]an?)(?=[ \t])/iy;
const LONG_UNIT_RE = /(?:[ \t]{0,2}|-)((?:business|working)[ \t]days?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)(?![A-Za-z])/iy;
const SPACED_LONG_UNIT_RE = /[ \t]{1,2}((?:business|working)[ \t]days?|weeks?|days?|hours?|minutes?|seconds?)(?![A-Za-z])/iy;
const SHORT_UNIT_RE = /[ \t]{0,2}([wdhms])(?![A-Za-z])/y;
const AND_A_HALF_RE = /[ \t]{1,2}and[ \t]{1,2}a[ \t]{1,2}half(?![A-Za-z])/iy;
/** `an hour and a quarter`, `an hour and three quarters`, after the unit (with `and a half`: `AND_A_HALF_RE`). */
const AND_QUARTERS_RE = /[ \t]{1,2}and[ \t]{1,2}(a|three)[ \t]{1,2}quarters?(?![A-Za-z]|[ \t]of\b)/iy;

/** The fraction of a unit said after it in English (`and a half`, `and a quarter`, `and three quarters`), if any. */
function fractionAfter(text: string, p: number): { value: number; length: number } | null {
  const h = execAt(AND_A_HALF_RE, text, p);
  if (h) return { value: 0.5, length: h[0].length };
  const q = execAt(AND_QUARTERS_RE, text, p);
  return q ? { value: (q[1] ?? '').toLowerCase() === 'three' ? 0.75 : 0.25, length: q[0].length } : null;
}
const CONNECT_RE = /,?[ \t]{0,2}(?:and[ \t]{1,2})?/y;
const ISO_DURATION_RE = /P(?:(\d{1,6}(?:[.,]\d{1,6})?)W)?(?:(\d{1,6}(?:[.,]\d{1,6})?)D)?(?:T(?:(\d{1,6}(?:[.,]\d{1,6})?)H)?(?:(\d{1,6}(?:[.,]\d{1,6})?)M)?(?:(\d{1,6}(?:[.,]\d{1,6})?)S)?)?/y;
const VALUE_RANGE_BEFORE_RE = /\d[ \t]{0,2}(?:-|–|~|〜|to|or|and)[ \t]{0,2}$/i;
const APPROX_BEFORE_EN_RE = /(?:^|[^A-Za-z])(about|around|approx\.?|approximately|almost|nearly|roughly|circa|ca\.|some|over|under|just[ \t]over|just[ \t]under|more[ \t]than|less[ \t]than|at[ \t]least|up[ \t]to|close[ \t]to|an[ \t]estimated|estimated)[ \t]{1,3}$/i;
const APPROX_BEFORE_SYMBOL_RE = /([~≈∼〜])[ \t]{0,2}$/;
const APPROX_AFTER_RE = /[ \t]{0,2}(?:정도|가량|남짓|쯤|이상|이하|이내|미만|넘게|가까이|안팎|내외|程度|ほど|前後|以上|弱|強)|여(?=$|[^가-힣]|동안|만에|간)|[ \t]{1,2}or[ \t]{1,2}(?:so|more|less)(?![A-Za-z])/iy;
const RANGE_GAP_RE = /^(?:[ \t]{1,2}\(?(?:ET|PT|CT|MT)\)?)?(?:[ \t]{0,2}(?:경|쯤|頃|ごろ))?(?:[ \t]{0,2}[(（][^()（）\n]{1,40}[)）])?(?:[ \t](?:on[ \t])?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)?[ \t]{0,3}(?:[-–—~〜]|to|until|till|thru|through|and|부터|에서|부터[ \t]{0,2}[~-]|から|～)[ \t]{0,3}(?:[~≈∼][ \t]?|(?:about|around|approx\.|approximately|roughly|ca\.)[ \t]{1,2})?$/i;
const BETWEEN_BEFORE_RE = /between[ \t]{1,3}(?:[~≈∼][ \t]?|(?:about|around|approx\.|approximately|roughly|ca\.)[ \t]{1,2})?$/i;

/**
 * How many characters before `at` say `between` (with an approximation after it: `between ~`, `between
 * about `), else 0: the word that makes two times joined by `and` a range.
 */
export function betweenBefore(text: string, at: number): number {
  return BETWEEN_BEFORE_RE.exec(text.slice(Math.max(0, at - 26), at))?.[0].length ?? 0;
}
const UNTIL_AFTER_RE = /(?:경|쯤|頃|ごろ)?(?:까지|まで)/y;
const VAGUE_RE = /(?:^|[^A-Za-z])(?:a[ \t]few|few|several|a[ \t]couple[ \t]of|couple[ \t]of|many|multiple|a[ \t]number[ \t]of)[ \t]{1,2}(?:hours|minutes|days|weeks|seconds)(?![A-Za-z])|(?:몇|수)[ \t]?(?:시간|분|일|주)/i;
const TOKEN_RE = /[0-9]{1,20}|[A-Za-z]{1,20}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열/g;

/** English number words (`two hours`, `two users`): the duration reader's, and `findWordCounts`'. */
export const WORD_VALUES: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The value of a number word of WORD_NUM_RE: `forty-five` and `forty five` are 45. */
function wordValue(word: string): number {
  const [tens, ones] = word.split(/[- ]/);
  return (WORD_VALUES[tens] ?? 0) + (ones ? (WORD_VALUES[ones] ?? 0) : 0);
}

/** Minutes per unit and rank (larger units first in a sequence). */
const UNITS: Readonly<Record<string, { minutes: number; rank: number }>> = {
  w: { minutes: 10080, rank: 5 },
  d: { minutes: 1440, rank: 4 },
  h: { minutes: 60, rank: 3 },
  m: { minutes: 1, rank: 2 },
  s: { minutes: 1 / 60, rank: 1 },
};

/** The packs that write lengths with unit words (`1시간 30분`, `2時間半`), in pack order. */
const WORD_PACKS: readonly DurationWords[] = PACKS.flatMap((p) => (p.durations ? [p.durations] : []));
const APPROX_BEFORE_RES: readonly RegExp[] = [APPROX_BEFORE_SYMBOL_RE, APPROX_BEFORE_EN_RE, ...WORD_PACKS.map((w) => w.approxBefore)];

/** The unit of an English unit word (`hrs`, `business days`, `m`). */
function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('w')) return 'w';
  if (w.startsWith('d') || w.startsWith('business') || w.startsWith('working')) return 'd';
  if (w.startsWith('h')) return 'h';
  if (w.startsWith('m')) return 'm';
  return 's';
}

/** Removes binary floating-point noise (`0.1 h`), keeping 12 significant digits. */
function roundMinutes(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Unit sequences

interface Component {
  minutes: number;
  rank: number;
  end: number;
}

function parseComponent(text: string, pos: number): Component | null {
  const c = code(text, pos);
  if (isDigitCode(c)) {
    const m = execAt(NUM_RE, text, pos);
    if (!m) return null;
    let p = pos + m[0].length;
    const next = code(text, p);
    if (isDigitCode(next)) return null;
    if ((next === 46 || next === 44) && isDigitCode(code(text, p + 1))) return null;
    let value = Number(`${(m[1] ?? '').replace(/,/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`);
    const half = execAt(AND_A_HALF_RE, text, p);
    let needLong = false;
    if (half) {
      value += 0.5;
      p += half[0].length;
      needLong = true;
    }
    let u = needLong ? execAt(SPACED_LONG_UNIT_RE, text, p) : execAt(LONG_UNIT_RE, text, p);
    if (!u && !needLong) u = execAt(SHORT_UNIT_RE, text, p);
    // A language's unit words (`시간`, `時間`), from its pack.
    let words: DurationWords | undefined;
    for (const w of needLong || u ? [] : WORD_PACKS) {
      u = execAt(w.units, text, p);
      if (u) {
        words = w;
        break;
      }
    }
    if (!u) return null;
    const unit = UNITS[words ? (words.unitKeys[u[1] ?? ''] ?? '') : unitKey(u[1] ?? '')];
    if (!unit) return null;
    p += u[0].length;
    if (!needLong) {
      const h = words ? (unit.rank >= 3 ? execAt(words.half, text, p) : null) : null;
      const f = words ? null : fractionAfter(text, p);
      if (h) {
        value += 0.5;
        p += h[0].length;
      } else if (f && (u[1] ?? '').length > 1) {
        value += f.value;
        p += f.length;
      }
    }
    if (u[1] === 's' && u[0] === 's' && m[2] === undefined && (m[1] ?? '').length >= 3) {
      // HTTP status classes and decades, not seconds: `503s`, `1990s`
      const n = Number((m[1] ?? '').replace(/,/g, ''));
      if ((n >= 100 && n <= 599) || (n >= 1900 && n <= 2099)) return null;
    }
    return { minutes: value * unit.minutes, rank: unit.rank, end: p };
  }
  if (isAsciiLetterCode(c)) {
    const m = execAt(WORD_NUM_RE, text, pos);
    if (!m) return null;
    const word = (m[1] ?? '').toLowerCase();
    let value = word.startsWith('half') ? 0.5 : wordValue(word);
    let p = pos + m[0].length;
    // `three and a half hours`: the half before the unit.
    const halfFirst = word.startsWith('half') || word === 'a' || word === 'an' ? null : execAt(AND_A_HALF_RE, text, p);
    if (halfFirst) {
      value += 0.5;
      p += halfFirst[0].length;
    }
    const u = execAt(SPACED_LONG_UNIT_RE, text, p);
    if (!u) return null;
    const unit = UNITS[unitKey(u[1] ?? '')];
    if (!unit) return null;
    p += u[0].length;
    const h = word.startsWith('half') || halfFirst ? null : fractionAfter(text, p);
    if (h) {
      value += h.value;
      p += h.length;
    }
    return { minutes: value * unit.minutes, rank: unit.rank, end: p };
  }
  // Hours in a language's number words (`두 시간 반`).
  for (const w of WORD_PACKS) {
    const m = w.hourWords ? execAt(w.hourWords.re, text, pos) : null;
    if (!m) continue;
    let value = w.hourWords!.values[m[1] ?? ''] ?? 0;
    let p = pos + m[0].length;
    const h = execAt(w.half, text, p);
    if (h) {
      value += 0.5;
      p += h[0].length;
    }
    return { minutes: value * 60, rank: 3, end: p };
  }
  return null;
}

function parseSequence(text: string, pos: number): { minutes: number; end: number } | null {
  const first = parseComponent(text, pos);
  if (!first) return null;
  let total = first.minutes;
  let rank = first.rank;
  let end = first.end;
  for (let guard = 0; guard < 5; guard++) {
    const sep = execAt(CONNECT_RE, text, end);
    const at = end + (sep ? sep[0].length : 0);
    if (!isDigitCode(code(text, at))) break;
    const next = parseComponent(text, at);
    if (!next || next.rank >= rank) break;
    total += next.minutes;
    rank = next.rank;
    end = next.end;
  }
  if (isDigitCode(code(text, end)) || isAsciiLetterCode(code(text, end))) return null;
  return { minutes: total, end };
}

function parseIsoDuration(text: string, pos: number): { minutes: number; end: number } | null {
  const m = execAt(ISO_DURATION_RE, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m.slice(1).every((g) => g === undefined)) return null;
  if (isDigitCode(code(text, end)) || isAsciiLetterCode(code(text, end))) return null;
  if (m[0].endsWith('T')) return null;
  const n = (g: string | undefined): number => (g === undefined ? 0 : Number(g.replace(',', '.')));
  const minutes = n(m[1]) * 10080 + n(m[2]) * 1440 + n(m[3]) * 60 + n(m[4]) + n(m[5]) / 60;
  return { minutes, end };
}

// ---------------------------------------------------------------------------------------------
// Approximation markers

function approxBefore(text: string, start: number): number | null {
  const from = Math.max(0, start - 24);
  const before = text.slice(from, start);
  for (const re of APPROX_BEFORE_RES) {
    const m = re.exec(before);
    if (m && m[1] !== undefined) return from + m.index + m[0].indexOf(m[1]);
  }
  return null;
}

function approxAfter(text: string, end: number): number | null {
  const m = execAt(APPROX_AFTER_RE, text, end);
  return m ? end + m[0].length : null;
}

function withApprox(text: string, start: number, end: number, minutes: number, kind: Duration['kind']): Found<Duration> {
  const s = approxBefore(text, start);
  const e = approxAfter(text, end);
  return {
    value: { minutes: roundMinutes(minutes), approximate: s !== null || e !== null, kind },
    start: s ?? start,
    end: e ?? end,
  };
}

// ---------------------------------------------------------------------------------------------
// Time ranges

function otherMeridiem(m: 'am' | 'pm'): 'am' | 'pm' {
  return m === 'am' ? 'pm' : 'am';
}

function to24(hour: number, meridiem: 'am' | 'pm'): number {
  if (hour > 12 || hour === 0) return hour;
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** Hours of `a` and `b`, with a missing AM/PM on one end taken from the other when that fits. */
function resolveHours(a: TimestampParts, b: TimestampParts): [number, number] {
  let ha = a.hour;
  let hb = b.hour;
  const minA = (h: number): number => h * 60 + a.minute;
  const minB = (h: number): number => h * 60 + b.minute;
  if (a.meridiem === null && b.meridiem !== null && a.hour >= 1 && a.hour <= 12) {
    const same = to24(a.hour, b.meridiem);
    ha = minA(same) <= minB(hb) ? same : to24(a.hour, otherMeridiem(b.meridiem));
  } else if (b.meridiem === null && a.meridiem !== null && b.hour >= 1 && b.hour <= 12) {
    const same = to24(b.hour, a.meridiem);
    hb = minB(same) >= minA(ha) ? same : to24(b.hour, otherMeridiem(a.meridiem));
  }
  return [ha, hb];
}

function rangeMinutes(a: TimestampParts, b: TimestampParts): number | null {
  const [ha, hb] = resolveHours(a, b);
  const offA = a.zoneOffset ?? b.zoneOffset ?? 0;
  const offB = b.zoneOffset ?? a.zoneOffset ?? 0;
  const aDated = a.month !== null && a.day !== null;
  const bDated = b.month !== null && b.day !== null;
  if (!aDated && !bDated) {
    const diff = hb * 60 + b.minute + b.second / 60 - offB - (ha * 60 + a.minute + a.second / 60 - offA);
    return ((diff % 1440) + 1440) % 1440;
  }
  const ya = a.year ?? b.year ?? 2000;
  const yb = b.year ?? ya;
  const ma = (aDated ? a.month : b.month) as number;
  const da = (aDated ? a.day : b.day) as number;
  const mb = (bDated ? b.month : a.month) as number;
  const db = (bDated ? b.day : a.day) as number;
  const utcA = Date.UTC(ya, ma - 1, da, ha, a.minute, a.second) - offA * 60000;
  let utcB = Date.UTC(yb, mb - 1, db, hb, b.minute, b.second) - offB * 60000;
  if (aDated !== bDated && utcB < utcA) utcB += 86400000;
  if (utcB < utcA) return null;
  return (utcB - utcA) / 60000;
}

function findRanges(text: string, items: TemporalItem[]): Found<Duration>[] {
  const out: Found<Duration>[] = [];
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b || a.kind !== 'timestamp' || b.kind !== 'timestamp') continue;
    const gap = text.slice(a.end, b.start);
    // A note between the two ends is allowed (`15:00 ごろ(v2.14.0 デプロイ)〜 17:40`, `14:02 (first page) to 15:10`), and a US zone's
    // two letters after the first (`00:00 PT ~ 4월 10일 11:20 PT`): the readers do not convert them, so both ends are read alike.
    if (gap.length > 75 || !RANGE_GAP_RE.test(gap)) continue;
    if (/and/i.test(gap) && betweenBefore(text, a.start) === 0) continue;
    const minutes = rangeMinutes(a.parts, b.parts);
    if (minutes === null) continue;
    let end = b.end;
    const until = execAt(UNTIL_AFTER_RE, text, end);
    if (until) end += until[0].length;
    out.push(withApprox(text, a.start, end, minutes, 'range'));
    k++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public API

function overlaps(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}

/** True when the number at `i` has a minus sign of its own (`-2h`, `−30 min`), not a dash after a word or number. */
function isMinusSign(text: string, i: number): boolean {
  const p = code(text, i - 1);
  if (p !== 45 /* - */ && p !== 0x2212) return false;
  const before = code(text, i - 2);
  return before === -1 || before === 32 || before === 9 || before === 10 || before === 13 || before === 40 /* ( */ || before === 58 /* : */ || before === 34 /* " */ || before === 39 /* ' */;
}

/**
 * Every duration in `text`, in order of position, without overlaps: stated lengths (`4h 10m`,
 * `PT4H10M`, `약 10시간`) and time ranges (`14:50–19:00 KST`). Used for hover and by other readers.
 */
export function findDurations(text: string): Found<Duration>[] {
  const temporal = scanTemporal(text);
  const ranges = findRanges(text, temporal);
  const masks: { start: number; end: number }[] = [...temporal, ...ranges, ...urlSpans(text)];
  const spans: Found<Duration>[] = [];
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    const c = code(text, i);
    let hit: { minutes: number; end: number } | null = null;
    if (isDigitCode(c)) {
      if (!numberStartOk(text, i)) continue;
      // `-2h` is a negative length, which no incident has: not read, so invalid-value says so.
      // (`2-3 hours` is a value range, `a 2-hour outage` a unit after the number.)
      if (isMinusSign(text, i)) {
        const skipped = parseSequence(text, i);
        if (skipped) re.lastIndex = skipped.end;
        continue;
      }
      hit = parseSequence(text, i);
      if (hit && VALUE_RANGE_BEFORE_RE.test(text.slice(Math.max(0, i - 12), i))) {
        re.lastIndex = hit.end;
        continue;
      }
    } else if (isAsciiLetterCode(c)) {
      if (isAsciiLetterCode(code(text, i - 1)) || isDigitCode(code(text, i - 1))) continue;
      hit = c === 80 /* P */ ? parseIsoDuration(text, i) : parseSequence(text, i);
    } else {
      if (isHangulCode(code(text, i - 1))) continue;
      hit = parseSequence(text, i);
    }
    if (!hit || overlaps(i, hit.end, masks)) continue;
    spans.push(withApprox(text, i, hit.end, hit.minutes, 'span'));
    re.lastIndex = hit.end;
  }
  return [...ranges, ...spans].sort((x, y) => x.start - y.start);
}

/**
 * Reads the first duration in `text` (which may be a whole sentence). Fails with a reason when
 * there is none, or when the text states only a vague one (`a few hours`).
 */
export function readDuration(text: string): Read<Duration> {
  const first = findDurations(text)[0];
  if (first) return { ok: true, value: first.value, start: first.start, end: first.end };
  const vague = VAGUE_RE.exec(text);
  if (vague) return { ok: false, reason: `vague duration: "${vague[0].trim()}"` };
  return { ok: false, reason: 'no duration found' };
}

/**
 * Formats a length in minutes, rounded to whole minutes, largest unit first, zero parts left out:
 * English `4 h 10 min`, `10 h`, `45 min`, `1 d 2 h`, `69 d 10 h 40 min` (days from 24 h up);
 * Korean `4시간 10분`, `1일 2시간`, Japanese `4時間10分` (the units of each language pack). Zero is `0 min` / `0분`; a negative length gets a leading `-`.
 * {@link readDuration} reads every output back to the same (rounded, non-negative) number.
 * @throws RangeError when `minutes` is not finite.
 */
export function formatDuration(minutes: number, locale: LanguageId = 'en'): string {
  if (!Number.isFinite(minutes)) throw new RangeError(`not a finite number of minutes: ${minutes}`);
  const rounded = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && rounded !== 0 ? '-' : '';
  const d = Math.floor(rounded / 1440);
  const h = Math.floor((rounded % 1440) / 60);
  const m = rounded % 60;
  const u = textFor(locale).durationUnits;
  const labels = [u.day, u.hour, u.minute];
  const parts: string[] = [];
  if (d > 0) parts.push(`${d}${labels[0]}`);
  if (h > 0) parts.push(`${h}${labels[1]}`);
  if (m > 0 || parts.length === 0) parts.push(`${m}${labels[2]}`);
  return sign + parts.join(u.join);
}
