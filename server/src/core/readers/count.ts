/**
 * Count, percentage and ratio readers: how many servers were restored, how many users were
 * affected, in English and in the languages whose packs give their count words (`counts`: Korean
 * and Japanese). Pure: plain ES2022 plus `Intl.NumberFormat`.
 *
 * Counts: `12,000`, `12000`, `12k`, `12K`, `45.6 million`, `45.6M`, `1.2 billion`, `1.2B`,
 * `4,560만`, `1억`, `3만 2천`, `2천만`, `1억 2,000만`, `3万2000`, with an optional counter that is
 * part of the offsets (`5,200만 명`, `32,000대`, `1,200台`).
 * Not counts: percentages (`87%`), numbers inside dates, times and durations (`2022-10-15`,
 * `15:19`, `4h 10m`), versions and addresses (`v2.5`, `1.270.0`), numbers glued to letters (`SEV1`,
 * `3rd`, `5xx`, `300ms`), issue numbers (`#123`), money (`$5,000`), and years after `in`, `since`
 * and similar words (`in 2022`).
 * Percentages: `87%`, `87.7 %`, `37.5퍼센트`, `37.5 percent`.
 * Ratios: `12,000 of 32,000`, `12,000 out of 32,000 (37.5%)`, `12000/32000`, `all 32,000`,
 * `12,000 servers of the 32,000`, `45.6 million of 52 million people (87.7%)`, and Korean with the
 * whole first: `32,000대 중 12,000대`, `5,200만 명 중 4,560만 명(87.7%)`, `32,000대 모두`.
 */
import { PACKS, packWords as packWordsOf } from '../lang/index';
import type { CountWords } from '../lang/types';
import type { Found, Read } from './types';
import { code, execAt, isAsciiLetterCode, isDigitCode, isHangulCode } from './chars';
import { numberStartOk, scanTemporal, urlSpans } from './timestamp';
import { findDurations, WORD_VALUES } from './duration';

/** A part of a whole, as a ratio sentence states it. */
export interface Ratio {
  /** The part (`12,000` in `12,000 of 32,000`). */
  part: number;
  /** The whole (`32,000`). */
  whole: number;
  /** The percentage stated right after (or right before) the ratio (`37.5`), or `null`. */
  percent: number | null;
  /** True for `all N` / `N대 모두`: part equals whole. */
  all: boolean;
}

// ---------------------------------------------------------------------------------------------
// Regular expressions (all bounded; sticky ones are applied at a known position). The words of
// the languages that write counts with unit and counter words (`4,560만 명`, `3万2000台`) come from
// their packs' `counts`.

/** The packs that write counts with unit words, in pack order. */
const COUNT_PACKS: readonly CountWords[] = PACKS.flatMap((p) => (p.counts ? [p.counts] : []));
/** Words as the alternatives of a fragment, in the packs' order (a word before a longer one it starts with wins), escaped. */
function alternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
const packWords = (pick: (c: CountWords) => readonly string[]): string[] => COUNT_PACKS.flatMap(pick);
const packFragments = (pick: (c: CountWords) => string | undefined): string[] => COUNT_PACKS.flatMap((c) => (pick(c) !== undefined ? [pick(c) as string] : []));
/** Matches nothing, for a table no pack fills. */
const NOTHING = '(?!)';

const NUM_RE = /(\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.(\d{1,6}))?/y;
const PERCENT_RE = new RegExp(`[ \\t]{0,2}(?:%|％|${packFragments((c) => c.percent).map((f) => `${f}|`).join('')}percent(?![A-Za-z])|per[ \\t]cent(?![A-Za-z])|pct(?![A-Za-z]))`, 'iy');
/** Tenths: `4割` is 40 %. */
const TENTHS_RE = new RegExp(packFragments((c) => c.tenths).join('|') || NOTHING, 'y');
const EN_MAGNITUDE_WORD_RE = /[ \t]{1,2}(hundred|thousand|million|billion|trillion)(?![A-Za-z])/iy;
const EN_MAGNITUDE_SUFFIX_RE = /(k|K|M|MM|B|bn|mn)(?![A-Za-z0-9])/y;
const UNIT_SMALL_RE = new RegExp(`(${alternatives(packWords((c) => Object.keys(c.smallUnits))) || NOTHING})`, 'y');
const UNIT_BIG_RE = new RegExp(`(${alternatives(packWords((c) => Object.keys(c.bigUnits))) || NOTHING})`, 'y');
const UNIT_NEXT_CHUNK_RE = /[ \t]?(?=\d)/y;
const COUNTER_RE = new RegExp(`[ \\t]?(${alternatives(packWords((c) => c.counters)) || NOTHING})`, 'y');
const PARTICLE_RE = new RegExp(`(?:${alternatives(packWords((c) => c.particles ?? [])) || NOTHING})`, 'y');
const YEAR_CONTEXT_BEFORE_RE = /(?:^|[^A-Za-z])(?:in|since|until|till|before|after|by|during|of|year|early|late|mid|from|through|fy|circa)[ \t]{1,2}$/i;
const LIST_MARKER_BEFORE_RE = /(?:^|\n)[ \t>*+-]{0,8}$/;
const LIST_MARKER_AFTER_RE = /^\d{1,3}[.)][ \t]/;
const CURRENCY_BEFORE_RE = /[$€£¥₩][ \t]?$/;
const ALL_BEFORE_RE = /(?:^|[^A-Za-z])(all)[ \t]{1,2}(?:of[ \t]{1,2})?(?:the[ \t]{1,2}|our[ \t]{1,2}|its[ \t]{1,2}|their[ \t]{1,2})?$/i;
const ALL_AFTER_RE = new RegExp(`[ \\t]{0,2}(?:${alternatives(packWords((c) => c.all)) || NOTHING})`, 'y');
const SLASH_CHAIN_BEFORE_RE = /\d\/$/;
const SLASH_CHAIN_AFTER_RE = /\/\d/y;
const SLASH_GAP_RE = /^[ \t]{0,2}\/[ \t]{0,2}$/;
/** After a month/day (`6/26 오전`, `6/26 14:00`, `6/26(수)`): a clock time, a weekday or a word for the time of day. */
const MONTH_DAY_AFTER_RE = new RegExp(`^[ \\t]?(?:\\d{1,2}[:：]\\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\b|[ap]\\.?m\\b${PACKS.flatMap((p) => (p.calendar ? [p.calendar.weekday.source, ...p.calendar.am, ...p.calendar.pm] : [])).map((f) => `|${f}`).join('')})`, 'i');
const WS_SPLIT_RE = /[ \t]{1,8}/;
const EN_WORD_RE = /^[A-Za-z][A-Za-z'-]{0,24}$/;
const PERCENT_GAP_AFTER_RE = new RegExp(`^[ \\t]{0,2}(?:[(（,:—–-][ \\t]{0,2})?(?:(?:${alternatives(packWords((c) => c.approx))}|about|around|approx\\.?|approximately|roughly|nearly|~|≈)[ \\t]{0,2})?$`, 'i');
const PERCENT_GAP_WORDS_RE = new RegExp(`^(?:[ \\t]{1,2}(?:[A-Za-z][A-Za-z'-]{0,24}${packFragments((c) => c.word).map((f) => `|${f}`).join('')})){1,2}[ \\t]{0,2}(?:[(（,:—–-][ \\t]{0,2})?$`);
const PERCENT_GAP_BEFORE_RE = /^[ \t]{0,2}[(（][ \t]{0,2}$/;
const CLOSE_PAREN_RE = /[ \t]{0,2}[)）]/y;

const EN_MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, B: 1e9, bn: 1e9, mn: 1e6,
};
const UNIT_MAGNITUDES: Readonly<Record<string, number>> = Object.assign({}, ...COUNT_PACKS.flatMap((c) => [c.smallUnits, c.bigUnits]));
const AFTER_OF_WORDS = new Set(['all', 'the', 'a', 'an', 'our', 'their', 'its', 'total', 'total:', 'about', 'around', 'approximately', 'roughly', 'nearly', 'some', 'over', 'of', 'estimated', 'entire', 'approx.']);
// (`took 12–16 min instead of ~4`: a length against another, not a part of a whole.)
const BEFORE_OF_STOP_WORDS = new Set(['and', 'or', 'but', 'than', 'per', 'in', 'for', 'to', 'from', 'with', 'by', 'at', 'on', 'over', 'were', 'was', 'is', 'are', 'of', 'out', 'then', 'after', 'before', 'instead', 'because', 'ahead', 'short', 's', 'sec', 'secs', 'seconds', 'min', 'mins', 'minutes', 'h', 'hr', 'hrs', 'hours', 'days', 'weeks', 'ms']);
/** Said before a number to make it approximate, in a ratio's gap. */
const APPROX_WORDS = new Set([...packWords((c) => c.approx), '~', '≈']);
/** Whole first (`32,000대 중 12,000대`, `32,000台のうち12,000台`): each pack's words, and the words that may come before them. */
const AMONG = COUNT_PACKS.map((c) => ({ words: new Set(c.among), approx: c.approx, word: c.word !== undefined ? new RegExp(`^(?:${c.word})$`) : null }));

// ---------------------------------------------------------------------------------------------

/** Removes binary floating-point noise (`45.6 * 1e6`), keeping 15 significant digits. */
function roundValue(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}

interface NumberToken {
  value: number;
  start: number;
  end: number;
  percent: boolean;
}

function plainNumber(m: RegExpExecArray): number {
  return Number(`${(m[1] ?? '').replace(/,/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}`);
}

/** Skips a run of digits, dots and commas (a version, address or malformed number). */
function skipNumberRun(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < 64) {
    const c = code(text, p);
    if (isDigitCode(c) || ((c === 46 || c === 44) && isDigitCode(code(text, p + 1)))) p++;
    else break;
  }
  return p;
}

/** Reads a number at `pos` (known to be a digit at a number start). `end` is where scanning resumes. */
function numberAt(text: string, pos: number): { token: NumberToken | null; resume: number } {
  const m = execAt(NUM_RE, text, pos);
  if (!m) return { token: null, resume: pos + 1 };
  let p = pos + m[0].length;
  const next = code(text, p);
  if (isDigitCode(next) || ((next === 46 || next === 44 || next === 58) && isDigitCode(code(text, p + 1)))) {
    return { token: null, resume: skipNumberRun(text, pos) };
  }
  let value = plainNumber(m);
  const pct = execAt(PERCENT_RE, text, p);
  if (pct) return { token: { value, start: pos, end: p + pct[0].length, percent: true }, resume: p + pct[0].length };
  const wari = execAt(TENTHS_RE, text, p);
  if (wari) return { token: { value: roundValue(value * 10), start: pos, end: p + wari[0].length, percent: true }, resume: p + wari[0].length };
  // Korean and Japanese magnitudes: 4,560만, 3만 2천, 2천만, 1억 2,000만, 3만 2000, 1,200万, and
  // with a space before a big unit (`4,000 万人`): read without it, the number would be 10,000 times too small.
  const spaced = (next === 32 || next === 9) && execAt(UNIT_BIG_RE, text, p + 1) !== null;
  if (spaced || execAt(UNIT_SMALL_RE, text, p) || execAt(UNIT_BIG_RE, text, p)) {
    let total = 0;
    let lastBig = Infinity;
    let chunk = value;
    let q = spaced ? p + 1 : p;
    for (let guard = 0; guard < 6; guard++) {
      const small = execAt(UNIT_SMALL_RE, text, q);
      if (small) {
        chunk *= UNIT_MAGNITUDES[small[1] ?? ''] ?? 1;
        q += small[0].length;
      }
      const big = execAt(UNIT_BIG_RE, text, q);
      const bigValue = big ? (UNIT_MAGNITUDES[big[1] ?? ''] ?? 1) : 1;
      if (big && bigValue < lastBig) {
        chunk *= bigValue;
        q += big[0].length;
      }
      if (!small && !(big && bigValue < lastBig)) {
        // a last chunk without a unit, smaller than the previous unit
        if (total > 0 && chunk < lastBig) {
          total += chunk;
          p = q;
        }
        break;
      }
      total += chunk;
      p = q;
      if (!big || bigValue >= lastBig) break;
      lastBig = bigValue;
      const gap = execAt(UNIT_NEXT_CHUNK_RE, text, q);
      if (!gap) break;
      const n = execAt(NUM_RE, text, q + gap[0].length);
      if (!n) break;
      const after = q + gap[0].length + n[0].length;
      if (isDigitCode(code(text, after)) || ((code(text, after) === 46 || code(text, after) === 44) && isDigitCode(code(text, after + 1)))) break;
      chunk = plainNumber(n);
      q = after;
    }
    value = total;
  } else {
    const word = execAt(EN_MAGNITUDE_WORD_RE, text, p);
    const suffix = word ? null : execAt(EN_MAGNITUDE_SUFFIX_RE, text, p);
    const mag = word ?? suffix;
    if (mag) {
      const key = word ? (mag[1] ?? '').toLowerCase() : (mag[1] ?? '');
      value *= EN_MAGNITUDES[key] ?? 1;
      p += mag[0].length;
    }
  }
  const counter = execAt(COUNTER_RE, text, p);
  if (counter) p += counter[0].length;
  else {
    const c = code(text, p);
    if (isAsciiLetterCode(c) || c === 95) return { token: null, resume: p };
    if (isHangulCode(c) && !execAt(PARTICLE_RE, text, p)) return { token: null, resume: p };
  }
  const after = execAt(PERCENT_RE, text, p);
  if (after) return { token: { value: roundValue(value), start: pos, end: p + after[0].length, percent: true }, resume: p + after[0].length };
  return { token: { value: roundValue(value), start: pos, end: p, percent: false }, resume: p };
}

function isYear(text: string, t: NumberToken): boolean {
  const written = text.slice(t.start, t.end);
  if (!/^\d{4}$/.test(written)) return false;
  if (t.value < 1900 || t.value > 2100) return false;
  return YEAR_CONTEXT_BEFORE_RE.test(text.slice(Math.max(0, t.start - 12), t.start));
}

/** All numbers (counts and percentages) of `text` that are not part of a date, time or duration. */
function scanNumbers(text: string): NumberToken[] {
  const masks: { start: number; end: number }[] = [...scanTemporal(text), ...findDurations(text), ...urlSpans(text)];
  const out: NumberToken[] = [];
  let i = 0;
  let maskIndex = 0;
  masks.sort((a, b) => a.start - b.start);
  while (i < text.length) {
    const c = code(text, i);
    if (!isDigitCode(c)) {
      i++;
      continue;
    }
    while (maskIndex < masks.length && (masks[maskIndex]?.end ?? 0) <= i) maskIndex++;
    const mask = masks[maskIndex];
    if (mask && mask.start <= i) {
      i = mask.end;
      continue;
    }
    if (!numberStartOk(text, i)) {
      i = skipNumberRun(text, i);
      continue;
    }
    const prev = code(text, i - 1);
    const prev2 = code(text, i - 2);
    if (
      prev === 61 /* = */ ||
      prev === 94 /* ^ */ ||
      (prev === 47 /* / */ && isAsciiLetterCode(prev2)) ||
      (LIST_MARKER_AFTER_RE.test(text.slice(i, i + 24)) && LIST_MARKER_BEFORE_RE.test(text.slice(Math.max(0, i - 12), i)))
    ) {
      i = skipNumberRun(text, i);
      continue;
    }
    // `+62 / +63 の番号`, `+44 numbers`: country calling codes, not counts.
    if (prev === 43 /* + */ && COUNTRY_CODE_AFTER.test(text.slice(i, i + 30))) {
      i = skipNumberRun(text, i);
      continue;
    }
    if (prev === 35 /* # */ || (prev === 45 /* - */ && (isDigitCode(prev2) || isAsciiLetterCode(prev2))) || CURRENCY_BEFORE_RE.test(text.slice(Math.max(0, i - 2), i))) {
      i = skipNumberRun(text, i);
      continue;
    }
    const { token, resume } = numberAt(text, i);
    if (token && !(mask && token.end > mask.start) && !isYear(text, token)) out.push(token);
    i = Math.max(resume, i + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public API: counts and percentages

/** After a `+`, a calling code: one to three digits, maybe more codes, then a word for phone numbers. */
const COUNTRY_CODE_AFTER = new RegExp(`^\\d{1,3}(?![\\d,.])[ \\t/+,、0-9]{0,16}[^\\s\\d]?[ \\t]?(?:${packWordsOf('phoneWord')})`, 'i');

/** Every count in `text` (see the module comment for what is and is not a count), in order. */
export function findCounts(text: string): Found<number>[] {
  return scanNumbers(text)
    .filter((t) => !t.percent)
    .map((t) => ({ value: t.value, start: t.start, end: t.end }));
}

/**
 * Counts written as English words from two to twelve (`two users`, `Three customers`), in order.
 * Separate from `findCounts`, which reads figures: a word is a count only where its caller knows
 * what follows (`one of the`, `a few` are not counts).
 */
export function findWordCounts(text: string): Found<number>[] {
  const out: Found<number>[] = [];
  for (const m of text.matchAll(NUMBER_WORD)) out.push({ value: WORD_VALUES[m[0].toLowerCase()], start: m.index, end: m.index + m[0].length });
  return out;
}
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

/** Reads the first count in `text` (`12,000`, `45.6 million`, `4,560만 명`). */
export function readCount(text: string): Read<number> {
  const first = findCounts(text)[0];
  return first ? { ok: true, value: first.value, start: first.start, end: first.end } : { ok: false, reason: 'no count found' };
}

/** Every percentage in `text` (`87.7%` is 87.7), in order. */
export function findPercents(text: string): Found<number>[] {
  return scanNumbers(text)
    .filter((t) => t.percent)
    .map((t) => ({ value: t.value, start: t.start, end: t.end }));
}

/** Reads the first percentage in `text`: `87%`, `87.7 %`, `37.5퍼센트`, `37.5 percent` (value 37.5). */
export function readPercent(text: string): Read<number> {
  const first = findPercents(text)[0];
  return first ? { ok: true, value: first.value, start: first.start, end: first.end } : { ok: false, reason: 'no percentage found' };
}

// ---------------------------------------------------------------------------------------------
// Ratios

type Relation = 'part-first' | 'whole-first' | 'slash';

function relationOf(gap: string): Relation | null {
  if (gap.length > 80 || gap.includes('\n') || gap.includes('\r')) return null;
  if (SLASH_GAP_RE.test(gap)) return 'slash';
  const words = gap.trim().split(WS_SPLIT_RE).filter((w) => w !== '');
  // `4만 명 중 약 2,800명`, `4万件のうち約3万件`: an approximation before the part.
  while (words.length > 1 && APPROX_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 0) return null;
  // Whole first: "32,000대 중 12,000대", "32,000대의 서버 중", "32,000台のうち約12,000台" (unspaced, the
  // approximation glued to the word before it).
  const last = words[words.length - 1] ?? '';
  for (const among of AMONG) {
    const glued = words.length === 1 ? among.approx.find((a) => last.length > a.length && last.endsWith(a) && among.words.has(last.slice(0, -a.length))) : undefined;
    if (!among.words.has(last) && glued === undefined) continue;
    const rest = words.slice(0, -1);
    if (rest.length <= 2 && rest.every((w) => among.word?.test(w) === true)) return 'whole-first';
    return null;
  }
  // English, part first: "12,000 [servers] (out) of [the] 32,000"
  const lower = words.map((w) => w.toLowerCase());
  const of = lower.indexOf('of');
  if (of < 0) return null;
  let before = lower.slice(0, of);
  if (before[before.length - 1] === 'out') before = before.slice(0, -1);
  const after = lower.slice(of + 1);
  if (before.length > 3 || after.length > 4) return null;
  if (!before.every((w) => EN_WORD_RE.test(w) && !BEFORE_OF_STOP_WORDS.has(w))) return null;
  if (!after.every((w) => AFTER_OF_WORDS.has(w))) return null;
  return 'part-first';
}

/** A percentage stated right after `end` (after at most two words: `people (87.7%)`), with where it ends. */
function percentAfter(text: string, end: number, percents: NumberToken[]): { value: number; end: number } | null {
  for (const p of percents) {
    if (p.start < end) continue;
    if (p.start - end > 48) return null;
    const gap = text.slice(end, p.start);
    if (!PERCENT_GAP_AFTER_RE.test(gap) && !PERCENT_GAP_WORDS_RE.test(gap)) return null;
    let e = p.end;
    if (gap.includes('(') || gap.includes('（')) {
      const close = execAt(CLOSE_PAREN_RE, text, e);
      if (close) e += close[0].length;
    }
    return { value: p.value, end: e };
  }
  return null;
}

/** A percentage stated right before `start` in parentheses' opening: `37.5% (12,000 of 32,000)`. */
function percentBefore(text: string, start: number, percents: NumberToken[]): { value: number; start: number } | null {
  for (let k = percents.length - 1; k >= 0; k--) {
    const p = percents[k];
    if (!p || p.end > start) continue;
    if (PERCENT_GAP_BEFORE_RE.test(text.slice(p.end, start))) return { value: p.value, start: p.start };
    return null;
  }
  return null;
}

/**
 * Every ratio in `text`, in order: part-of-whole (`12,000 of 32,000`, `12000/32000`), Korean
 * whole-first (`32,000대 중 12,000대`) and `all N` (`all 32,000`, `32,000대 모두`), each with the
 * percentage stated right after it (`(37.5%)`) or right before it (`37.5% (12,000 of 32,000)`).
 */
export function findRatios(text: string): Found<Ratio>[] {
  const tokens = scanNumbers(text);
  const counts = tokens.filter((t) => !t.percent);
  const percents = tokens.filter((t) => t.percent);
  const used = new Set<NumberToken>();
  const out: Found<Ratio>[] = [];
  for (let k = 0; k + 1 < counts.length; k++) {
    const a = counts[k];
    const b = counts[k + 1];
    if (!a || !b || used.has(a)) continue;
    const rel = relationOf(text.slice(a.end, b.start));
    if (rel === null) continue;
    const [part, whole] = rel === 'whole-first' ? [b.value, a.value] : [a.value, b.value];
    if (rel === 'slash' && (part > whole || SLASH_CHAIN_BEFORE_RE.test(text.slice(Math.max(0, a.start - 2), a.start)) || execAt(SLASH_CHAIN_AFTER_RE, text, b.end))) continue;
    // `returned 502/503`: two HTTP error statuses, not a share.
    if (rel === 'slash' && b.end - a.start === 7 && a.value >= 400 && a.value <= 599 && b.value >= 400 && b.value <= 599 && Math.floor(a.value / 100) === Math.floor(b.value / 100)) continue;
    // `6/26 오전`, `6/26 14:00`: a month and a day, not a share.
    if (rel === 'slash' && a.value >= 1 && a.value <= 12 && b.value >= 1 && b.value <= 31 && b.end - a.start <= 5 && MONTH_DAY_AFTER_RE.test(text.slice(b.end, b.end + 12))) continue;
    used.add(a);
    used.add(b);
    let start = a.start;
    let end = b.end;
    let percent: number | null = null;
    const pa = percentAfter(text, b.end, percents);
    if (pa) {
      percent = pa.value;
      end = pa.end;
    } else {
      const pb = percentBefore(text, a.start, percents);
      if (pb) {
        percent = pb.value;
        start = pb.start;
        const close = execAt(CLOSE_PAREN_RE, text, end);
        if (close) end += close[0].length;
      }
    }
    out.push({ value: { part, whole, percent, all: false }, start, end });
    k++;
  }
  for (const t of counts) {
    if (used.has(t)) continue;
    const from = Math.max(0, t.start - 24);
    const m = ALL_BEFORE_RE.exec(text.slice(from, t.start));
    let start = t.start;
    let end = t.end;
    if (m && m[1] !== undefined) {
      start = from + m.index + m[0].toLowerCase().indexOf('all');
    } else {
      const ko = execAt(ALL_AFTER_RE, text, t.end);
      if (!ko) continue;
      end = t.end + ko[0].length;
    }
    let percent: number | null = null;
    const pa = percentAfter(text, end, percents);
    if (pa) {
      percent = pa.value;
      end = pa.end;
    }
    used.add(t);
    out.push({ value: { part: t.value, whole: t.value, percent, all: true }, start, end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Reads the first ratio in `text` (see {@link findRatios}). */
export function readRatio(text: string): Read<Ratio> {
  const first = findRatios(text)[0];
  return first ? { ok: true, value: first.value, start: first.start, end: first.end } : { ok: false, reason: 'no ratio found' };
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Formats a count with thousands separators: `12,000`, `45,600,000`, `1.5`. */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}
