import { PACKS, packWords, shortTextLanguage } from '../lang/index';
import { ruleDocsUrl, type Rule } from './types';
import { toleranceMinutes } from '../config';
import { proseText, searchProse, type Stated } from '../facts';
import { incidentLabelBefore, incidentLength, labelledRanges, labelledSpans, labelledWindows } from '../prose';
import { matchLabel } from '../fields';
import { incidentAt } from '../scope';
import type { RuleContext } from './types';
import type { TimelineEntry } from '../timeline';
import { findDurations, formatDuration, WEEKDAYS, type Duration, type Timestamp } from '../readers/index';
import { inZone } from '../zone';

/**
 * The stated duration (the first one: front matter, then sections, labelled lines, tables)
 * differs from `resolved − started` in the front matter by more than `durationTolerance`, and
 * from `mitigated − started` too (a duration of the customer impact, closed later, is right).
 */
export const rule: Rule = {
  meta: {
    id: 'duration-mismatch',
    docs: { url: ruleDocsUrl('duration-mismatch') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: true,
    description: 'The stated duration agrees with resolved − started in the front matter (or the labelled start and end), a length with the time range written beside it, and the summary\'s length with the windows the document states.',
    messages: {
      mismatch: 'Duration says {stated}, but started → resolved is {computed} (tolerance {tolerance}).',
      useComputed: 'Change to {computed}',
      besideRange: 'The length "{stated}" disagrees with the time range beside it, which is {computed}.',
      summaryLength: 'The summary says the incident lasted "{stated}", but line {line} gives {computed}.',
      restated: 'This says the incident lasted "{stated}", but line {line} gives {computed}.',
      labelledEnds: 'Duration says {stated}, but the labelled start and end (line {line}) give {computed}.',
      timelineEnds: 'Duration says {stated}, but the timeline gives {computed}, from the start of the impact (line {from}) to its end (line {to}).',
    },
  },
  check(ctx) {
    // `約15時間（12/30 21:40〜12/31 22:55）`, `20 h 05 m (8:47 am Tue → 10:52 am Wed)`: a length and the range it
    // measures, written together; one of them is wrong when they disagree well beyond rounding.
    for (const b of searchProse(ctx.doc, 'length beside its range', lengthsBesideRanges)) {
      ctx.report({ messageId: 'besideRange', data: { stated: ctx.doc.text.slice(b.index, b.index + b.length), computed: { minutes: b.computed } }, range: { start: b.index, end: b.index + b.length } });
    }
    const summaryAt = summaryAgainstWindows(ctx);
    if (!restatedAgainstWindows(ctx)) sameThingRestated(ctx, summaryAt);
    // A length read from a sentence may measure something else (`shard 3 returned errors from 02:14 to
    // 02:52, 38 minutes`): only a duration stated as the field is held to started → resolved.
    const stated = ctx.facts.durations.find((d) => d.occurrence.surface !== 'prose');
    const computed = elapsedMinutes(ctx.facts.milestones.started, ctx.facts.milestones.resolved, ctx.config.timezone);
    // (The field said as a length, `| **Duration** | 6 hours 25 minutes |`, after a row read for its range, `| **When** | 02:15 – 16:40 |`.)
    const field = ctx.facts.durations.find(isFieldLength) ?? stated;
    // (Not again when the summary's length, reported above, is this field: `- **障害時間**：約3時間15分` in `## 障害概要`.)
    const reported = field !== undefined && summaryAt !== undefined && field.range.start <= summaryAt && summaryAt < field.range.end;
    if (field && !reported && computed === undefined && !ctx.facts.milestones.started && !durationAgainstLabelledEnds(ctx, field) && !durationAgainstTimelineEnds(ctx, field)) durationAgainstOutageRange(ctx, field);
    if (!stated || computed === undefined || computed <= 0) return;
    const tolerance = toleranceMinutes(ctx.config.durationTolerance, computed);
    if (Math.abs(stated.value.minutes - computed) <= tolerance) return;
    // Many teams count the impact, started → mitigated, and close the incident later: a duration
    // that agrees with that span is right by its own definition.
    const toMitigated = elapsedMinutes(ctx.facts.milestones.started, ctx.facts.milestones.mitigated, ctx.config.timezone);
    if (toMitigated !== undefined && toMitigated > 0 && Math.abs(stated.value.minutes - toMitigated) <= toleranceMinutes(ctx.config.durationTolerance, toMitigated)) return;
    const expression = ctx.doc.text.slice(stated.range.start, stated.range.end);
    // The replacement speaks the language of the expression it replaces (`약 2시간` → `4시간 10분`).
    const replacement = formatDuration(computed, shortTextLanguage(expression));
    const title = ctx.message('useComputed', { computed: replacement });
    ctx.report({
      messageId: 'mismatch',
      data: { stated: { minutes: stated.value.minutes }, computed: { minutes: computed }, tolerance: { minutes: tolerance } },
      range: stated.range,
      // A time range (`14:50–16:50`) is not replaced by a length: which end is wrong is for the author to say.
      fix: stated.value.kind === 'span' ? { title, edits: [{ start: stated.range.start, end: stated.range.end, newText: replacement }] } : undefined,
    });
  },
};

/**
 * A duration stated as the field (`| Duration | 2:40 from first duplicate to resolution |`) against the
 * window the document gives by its labelled ends (`| Started | 2024-12-31 09:15Z |` … `| Resolved |
 * 2024-12-31 12:55Z |`), when the front matter gives no start (`labelledEnds`). Not a time range, whose ends
 * are the author's to check; not a length more than twice the window or under half of it, which measures
 * something else; rounding as configured (`durationTolerance`). No fix: which of the three is wrong is for
 * the author to say.
 */
function durationAgainstLabelledEnds(ctx: RuleContext, stated: Stated<Duration>): boolean {
  if (stated.occurrence.match !== 'exact' || stated.value.kind !== 'span') return false;
  const scope = incidentAt(ctx.doc, stated.range.start);
  const ends = searchProse(ctx.doc, 'labelled start and end', labelledWindows).find((w) => incidentAt(ctx.doc, w.index) === scope);
  // (`| **When** | … 02:15 – 16:40 CDT |` over `| **Duration** | 6 hours 25 minutes |`: both ends in one labelled value;
  // two labels side by side in a summary are about the same thing, so a slip up to three times is still one.)
  // (In the same section as the field, no heading between them.)
  const beside = (at: number) => !/\n#{1,6}[ \t]/.test(ctx.doc.text.slice(Math.min(at, stated.range.start), Math.max(at, stated.range.start)));
  const range = ends ? undefined : searchProse(ctx.doc, 'labelled range', labelledRanges).find((w) => incidentAt(ctx.doc, w.index) === scope && beside(w.index));
  const window = ends ?? range;
  if (!window || window.minutes <= 0) return false;
  const m = stated.value.minutes;
  const tolerance = toleranceMinutes(ctx.config.durationTolerance, window.minutes);
  // (`| 発生日時 | 00:00 |` … `| 復旧日時 | 00:52 |` over `| 影響時間 | 約25分 |` in one table: side by side, a slip.)
  const apart = range || beside(window.index) ? 3 : 2;
  if (Math.abs(m - window.minutes) <= tolerance || Math.max(m, window.minutes) > apart * Math.min(m, window.minutes)) return true;
  ctx.report({
    messageId: 'labelledEnds',
    data: { stated: { minutes: m }, computed: { minutes: window.minutes }, line: ctx.doc.lines.positionAt(window.index).line + 1 },
    range: stated.range,
  });
  return true;
}

/**
 * A duration stated as the field against the timeline's own ends, when nothing labels them: the first entry
 * that says the impact began (`**09:12** — … Site is down from here.`, the packs' `timelineDown`, or an
 * entry labelled as the start) and the entries after it that say it was over (`**14:47** — … Site fully
 * back.`, `timelineBack`, or labelled resolved). Reported (`timelineEnds`) only when the duration agrees
 * with none of the windows from the start to any such end, beyond the configured rounding, and is within
 * twice of them (a length further off measures something else). Times of one day without a date are
 * compared as wall-clock times, in order; entries whose times cannot be compared give no window.
 */
function durationAgainstTimelineEnds(ctx: RuleContext, stated: Stated<Duration>): boolean {
  if (stated.occurrence.match !== 'exact' || stated.value.kind !== 'span') return false;
  const found = timelineWindows(ctx, incidentAt(ctx.doc, stated.range.start));
  if (!found) return false;
  const { down, windows } = found;
  const m = stated.value.minutes;
  const fits = (w: number) => Math.abs(m - w) <= toleranceMinutes(ctx.config.durationTolerance, w) || Math.max(m, w) > 2 * Math.min(m, w);
  if (windows.some((w) => fits(w.minutes))) return true;
  const last = windows[windows.length - 1];
  const line = (at: number) => ctx.doc.lines.positionAt(at).line + 1;
  ctx.report({
    messageId: 'timelineEnds',
    data: { stated: { minutes: m }, computed: { minutes: last.minutes }, from: line(down.range.start), to: line(last.entry.range.start) },
    range: stated.range,
  });
  return true;
}

/** The timeline's start of the impact said in words and the windows from it to each entry that says it was over (see above). */
function timelineWindows(ctx: RuleContext, scope: unknown): { down: TimelineEntry; windows: Array<{ entry: TimelineEntry; minutes: number }> } | undefined {
  const entries = ctx.timeline.entries.filter((e) => e.time !== null && incidentAt(ctx.doc, e.range.start) === scope);
  // (An entry's whole text: a list item's wrapped lines too, where `Site is down from here.` often is.)
  const says = (e: (typeof entries)[number], cue: 'timelineDown' | 'timelineBack') => PACKS.some((p) => p.cues[cue].test(ctx.doc.text.slice(e.range.start, e.range.end)));
  const downAt = entries.findIndex((e) => e.milestone === 'started' || says(e, 'timelineDown'));
  if (downAt < 0) return undefined;
  const down = entries[downAt];
  // (Times of one day without a date: only while they keep going forward, since a later day would not show.)
  const after: typeof entries = [];
  for (let i = downAt + 1; i < entries.length; i++) {
    if (minutesBetween(entries[i - 1].time!, entries[i].time!) === undefined) break;
    after.push(entries[i]);
  }
  const ends = after.filter((e) => e.milestone === 'resolved' || e.milestone === 'mitigated' || says(e, 'timelineBack'));
  const windows = ends.map((e) => ({ entry: e, minutes: minutesBetween(down.time!, e.time!) })).filter((w): w is { entry: typeof w.entry; minutes: number } => w.minutes !== undefined && w.minutes > 0);
  return windows.length === 0 ? undefined : { down, windows };
}

/** Minutes from one timeline time to another: by instants, by dated wall-clock times, or by times of one day in order. */
function minutesBetween(a: Timestamp, b: Timestamp): number | undefined {
  if (a.epochMs !== null && b.epochMs !== null) return (b.epochMs - a.epochMs) / 60000;
  const dated = (t: Timestamp) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t.localIso);
  const clock = (t: Timestamp) => /^T(\d{2}):(\d{2})/.exec(t.localIso);
  if (dated(a) && dated(b)) return (Date.parse(`${b.localIso.slice(0, 16)}Z`) - Date.parse(`${a.localIso.slice(0, 16)}Z`)) / 60000;
  const ca = clock(a);
  const cb = clock(b);
  if (!ca || !cb) return undefined;
  const d = Number(cb[1]) * 60 + Number(cb[2]) - (Number(ca[1]) * 60 + Number(ca[2]));
  return d >= 0 ? d : undefined;
}

/**
 * `| Duration | 2h 10m (ingest lag > 15 min) |` against `- Dashboards stale from 06:50 to 10:20 (lag > 15 min).`: a
 * duration stated as the field, in a document with no labelled start and end, against a sentence that says something
 * was out (`stale`, `down`, `read-only` …) from one time to another and shares a word with the field's value (here
 * `lag`: the same measure). Reported (`restated`, on the field) beyond rounding and within twice; not a later phase
 * (`then read-only from 10:30 to 17:00` beside a window of its own shares no word with it).
 */
function durationAgainstOutageRange(ctx: RuleContext, stated: Stated<Duration>): void {
  if (stated.occurrence.match !== 'exact' || stated.value.kind !== 'span') return;
  const value = ctx.doc.text.slice(stated.occurrence.valueRange.start, stated.occurrence.valueRange.end);
  const words = contentWords(value.replace(ctx.doc.text.slice(stated.range.start, stated.range.end), ' '));
  if (words.length === 0) return;
  const scope = incidentAt(ctx.doc, stated.range.start);
  const found = searchProse(ctx.doc, 'outage range', outageRanges).find((w) => incidentAt(ctx.doc, w.index) === scope && w.words.some((x) => words.includes(x)));
  if (!found) return;
  const m = stated.value.minutes;
  if (Math.abs(m - found.minutes) <= Math.max(5, found.minutes * 0.1) || Math.max(m, found.minutes) > 2 * Math.min(m, found.minutes)) return;
  ctx.report({
    messageId: 'restated',
    data: { stated: ctx.doc.text.slice(stated.range.start, stated.range.end), line: ctx.doc.lines.positionAt(found.index).line + 1, computed: { minutes: found.minutes } },
    range: stated.range,
  });
}

/** A sentence that says something was out from one time to another (`Dashboards stale from 06:50 to 10:20`), with its words. */
function outageRanges(text: string): Array<{ index: number; minutes: number; words: string[] }> {
  const out: Array<{ index: number; minutes: number; words: string[] }> = [];
  for (const b of sentenceBounds(text)) {
    const t = text.slice(b.start, b.end);
    const o = OUT_FROM.exec(t);
    if (!o) continue;
    const r = findDurations(t.slice(o.index + o[0].length - 1)).find((d) => d.value.kind === 'range' && d.value.minutes > 0);
    if (r) out.push({ index: b.start, minutes: r.value.minutes, words: contentWords(t) });
  }
  return out;
}
/** Out (`stale`, `down`, `read-only` …), then `from` or `between` a little further on. */
const OUT_FROM = /\b(?:stale|down|unavailable|unreachable|offline|degraded|broken|failing|read-only|frozen|halted|stopped|paused|blocked)[ \t](?:[\w-]{1,20}[ \t]){0,3}?(?:from|between)[ \t]/i;

/** A duration stated as the field and said as a length (`| Duration | 2h 10m |`), not a range or a sentence's. */
function isFieldLength(d: Stated<Duration>): boolean {
  return d.occurrence.surface !== 'prose' && d.occurrence.match === 'exact' && d.value.kind === 'span';
}

/**
 * Minutes from `started` to `resolved`: by their instants when both have one (reading a zone-less
 * value in the configured zone), else by their wall-clock times when neither has a zone (both are
 * then in the same, unstated zone). Undefined when the two cannot be compared.
 */
function elapsedMinutes(started: Stated<Timestamp> | undefined, resolved: Stated<Timestamp> | undefined, zone: string): number | undefined {
  if (!started || !resolved) return undefined;
  const s = withZone(started.value, zone);
  const r = withZone(resolved.value, zone);
  if (s.epochMs !== null && r.epochMs !== null) return (r.epochMs - s.epochMs) / 60000;
  if (!s.hasZone && !r.hasZone && s.zone === null && r.zone === null) {
    const local = (t: Timestamp) => Date.parse(`${t.localIso}Z`);
    const d = local(r) - local(s);
    return Number.isFinite(d) ? d / 60000 : undefined;
  }
  return undefined;
}

function withZone(t: Timestamp, zone: string): Timestamp {
  return inZone(t, zone);
}

/** A length written with the time range it measures in parentheses after it, when the two disagree. */
/** The lines of `text` with a clock time and a parenthesis, where a length and its range may stand together, with their lengths read. */
function* linesWithClockAndParenthesis(text: string): Generator<{ line: string; from: number; ds: ReturnType<typeof findDurations> }> {
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    if ((line.includes('(') || line.includes('（')) && /\d[:：]\d/.test(line)) yield { line, from, ds: findDurations(line) };
    from = end + 1;
  }
}

interface LengthBesideRange {
  index: number;
  length: number;
  stated: number;
  computed: number;
}

/**
 * Every length of `text` followed by the range it measures in parentheses (`約15時間（12/30 21:40〜12/31 22:55）`,
 * `20 h 05 m (8:47 am Tue → 10:52 am Wed)`) whose span differs from the length by more than rounding: 10 %
 * (25 % when the length is approximate, `about`, `約`) of the range, and at least 30 minutes.
 */
export function lengthsBesideRanges(text: string): LengthBesideRange[] {
  const out: LengthBesideRange[] = [];
  for (const { line, from, ds } of linesWithClockAndParenthesis(text)) {
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      // (`p95 … 最大 6.4秒(8:40〜9:20)`: a latency at its worst, and when; not the length of the range.)
      if (d.value.kind !== 'span' || d.value.minutes < 10 || MEASURE_NEAR.test(line.slice(Math.max(0, d.start - 12), d.end))) continue;
      const open = /^[ \t]{0,2}[(（][ \t]{0,2}/.exec(line.slice(d.end));
      if (!open) continue;
      const at = d.end + open[0].length;
      const next = ds[i + 1];
      let computed: number | undefined;
      if (next && next.start === at && next.value.kind === 'range' && /^[ \t]{0,2}(?:[A-Z]{2,5}[ \t]{0,2})?[)）]/.test(line.slice(next.end))) computed = next.value.minutes;
      else computed = weekdaySpan(line.slice(at)) ?? namedEndsSpan(line.slice(at));
      if (computed === undefined || computed <= 0) continue;
      // (`For 37 minutes (10:14–11:01 AST)`: an exact length that is no round figure is said to the minute, and held to three.)
      const precise = !d.value.approximate && d.value.minutes % 5 !== 0;
      const tolerance = precise ? Math.max(3, computed * 0.05) : Math.max(d.value.approximate ? 30 : 10, computed * (d.value.approximate ? 0.25 : 0.1));
      if (Math.abs(d.value.minutes - computed) > tolerance) out.push({ index: from + d.start, length: d.end - d.start, stated: d.value.minutes, computed });
    }
  }
  return out;
}

/** A word just before a length, or opening it (`최대 40분`), that makes it a measurement (a peak, an average, a percentile), not how long something lasted. */
const MEASURE_NEAR = new RegExp(`\\b(?:max(?:imum)?|peak(?:ed)?|avg|average|mean|median|p\\d{2}|up[ \\t]to)\\b|${PACKS.map((p) => p.words.measureBefore).join('|')}`, 'i');

/**
 * `deploy 09:12 -> first customer report 10:05)`: two clock times of one day, each after a few words that
 * name the moment (not `during support hours 10:00-17:00)`, a window of another kind), joined by an arrow, a dash or `to`, closing the parenthesis; their span in minutes.
 */
function namedEndsSpan(text: string): number | undefined {
  const m = NAMED_ENDS.exec(text);
  if (!m) return undefined;
  const span = Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2]));
  return span > 0 ? span : undefined;
}
const NAMED_ENDS = /^(?:[A-Za-z][\w-]*[ \t]){1,3}(\d{1,2})[:：](\d{2})[ \t]*(?:->|→|–|—|-|to)[ \t]*(?:[A-Za-z][\w-]*[ \t]){1,4}(\d{1,2})[:：](\d{2})[ \t]*[)）]/;

/** `8:47 am Tue → 10:52 am Wed)`, `Tue 8:47 am – Wed 10:52 am)`: two clock times on named weekdays, closing the parenthesis; their span in minutes. */
function weekdaySpan(text: string): number | undefined {
  const m = WEEKDAY_TIME_AFTER.exec(text) ?? WEEKDAY_TIME_BEFORE.exec(text);
  if (!m) return undefined;
  const g = m.groups!;
  const clock = (h: string, min: string, ampm: string | undefined) => {
    let hour = Number(h);
    if (ampm) hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
    return hour * 60 + Number(min);
  };
  const day = (w: string) => WEEKDAYS.indexOf(w.slice(0, 3).toLowerCase());
  const days = (day(g.d2) - day(g.d1) + 7) % 7;
  const span = days * 1440 + clock(g.h2, g.m2, g.p2) - clock(g.h1, g.m1, g.p1);
  return span > 0 ? span : undefined;
}
const WD = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?';
const TO = '[ \\t]{0,2}(?:→|->|–|—|-|to|until)[ \\t]{0,2}';
const WEEKDAY_TIME_AFTER = new RegExp(`^(?<h1>\\d{1,2}):(?<m1>\\d{2})[ \\t]?(?<p1>am|pm)?[ \\t](?:on[ \\t])?(?<d1>${WD})${TO}(?<h2>\\d{1,2}):(?<m2>\\d{2})[ \\t]?(?<p2>am|pm)?[ \\t](?:on[ \\t])?(?<d2>${WD})[ \\t]{0,2}[)）]`, 'i');
const WEEKDAY_TIME_BEFORE = new RegExp(`^(?<d1>${WD}),?[ \\t](?<h1>\\d{1,2}):(?<m1>\\d{2})[ \\t]?(?<p1>am|pm)?${TO}(?<d2>${WD}),?[ \\t](?<h2>\\d{1,2}):(?<m2>\\d{2})[ \\t]?(?<p2>am|pm)?[ \\t]{0,2}[)）]`, 'i');

/**
 * `약 1시간 50분 동안 빈 태그가 나갔고` in the summary, and under Impact `06:02 ~ 08:52 (2시간 50분)`: the
 * length the summary gives for the incident, held to the windows the document states as such (a
 * duration labelled as the field, or by meaning when it is no time-to metric such as `TTR`; a time
 * range written with its own length; started → resolved or → mitigated in the front matter). It is
 * reported only when it agrees with none of them (a summary may give the customer impact and a field
 * the whole incident) and differs from the nearest by more than rounding. Only the summary's first
 * length is read, and only when it is said as the incident's (`for`, `동안`, `にわたり`), not a peak, an
 * average, a lower bound (`over 14 hours`, `1시간 이상`) or a point in time (`one day late`).
 */
function summaryAgainstWindows(ctx: RuleContext): number | undefined {
  const summary = (ctx.fields.byField.get('summary') ?? []).filter((o) => o.surface === 'section' || o.surface === 'labelled-line').sort((a, b) => a.labelRange.start - b.labelRange.start)[0];
  if (!summary) return;
  // (A `5 Whys (요약)` late in the document is no summary of the incident: the summary comes before its timeline.)
  const timeline = (ctx.fields.byField.get('timeline') ?? []).find((o) => o.surface === 'section');
  if (timeline && timeline.labelRange.start < summary.labelRange.start) return;
  const prose = proseText(ctx.doc);
  const stated = summaryLengthIn(prose, summary.valueRange.start, summary.valueRange.end);
  if (!stated) return;
  const incident = incidentAt(ctx.doc, stated.start);
  const inSummary = (at: number) => summary.valueRange.start <= at && at < summary.valueRange.end;
  // (A length on a labelled line of the summary, `Total outage time: 2 hours 10 minutes.`, is held to the range another of
  // its sentences gives; a length said in a sentence, `rejected for 48 minutes in total`, is `restated`'s to compare.)
  const statedLine = prose.slice(prose.lastIndexOf('\n', stated.start - 1) + 1, stated.start);
  const beside = LINE_LABEL.test(statedLine) ? rangesBeside(prose, summary.valueRange.start, summary.valueRange.end, stated) : [];
  // (`For **4 hours and 10 minutes** …` in the TL;DR against `**08:14** First index page … served stale` … `**14:57** … fresh`.)
  const fromTimeline = timelineWindows(ctx, incident)?.windows.map((w) => ({ minutes: w.minutes, at: w.entry.range.start })) ?? [];
  const windows = [...statedWindows(ctx, incident, inSummary), ...beside, ...fromTimeline];
  if (windows.length === 0) return;
  // Rounding: a quarter of the window for a length said as approximate or round (`about 6 hours`, `3 hours`,
  // `90 minutes`), a tenth for an exact one (`46분`, `3 h 40 min`); at least five minutes. Hours with
  // minutes that are not a half hour (`약 2시간 40분`) are said to the minute, `about` or not.
  const m = stated.value.minutes;
  const round = isRound(stated.value);
  const off = (w: { minutes: number }) => Math.abs(m - w.minutes) - Math.max(5, w.minutes * (round ? 0.25 : 0.1));
  if (windows.some((w) => off(w) <= 0)) return;
  // (`…상태가 약 1시간 14분 동안 이어졌습니다. 이후 미지급 건을 재처리하는 데 31분이 더 걸렸습니다.`: a first phase, and the
  // length said next comes on top of it; together they are the incident's.)
  const more = lengthOnTop(prose.slice(stated.end, Math.min(summary.valueRange.end, stated.end + 200)));
  if (more !== undefined && windows.some((w) => off({ minutes: w.minutes - more }) <= 0)) return;
  // (`노출은 09:00~10:31 KST(1시간 31분) 동안 있었다` beside `발생 시각` 09:00 … `노출 차단 시각` 10:31 … `복구 시각` 11:40: the
  // summary gives the span to another labelled moment, the exposure stopped, not the recovery.)
  if (searchProse(ctx.doc, 'labelled spans', labelledSpans).some((w) => incidentAt(ctx.doc, w.index) === incident && off(w) <= 0)) return;
  const nearest = windows.reduce((a, b) => (off(b) < off(a) ? b : a));
  // (`piling up for five weeks` against a window of 2 h 35 min: a length of something else, the
  // cause building up or a deadline away, not the incident's told wrong; a slip is within twice.)
  if (Math.max(stated.value.minutes, nearest.minutes) > 2 * Math.min(stated.value.minutes, nearest.minutes)) return;
  ctx.report({
    messageId: 'summaryLength',
    data: { stated: ctx.doc.text.slice(stated.start, stated.end), line: ctx.doc.lines.positionAt(nearest.at).line + 1, computed: { minutes: nearest.minutes } },
    range: { start: stated.start, end: stated.end },
  });
  return stated.start;
}

/**
 * The windows the document states as the incident's, outside `skip`: a duration labelled as the field (or by
 * meaning, when it is no time-to metric, an average or a plan), a time range written with its own length, the
 * labelled start and end, and started → resolved or → mitigated.
 */
function statedWindows(ctx: RuleContext, incident: unknown, skip: (at: number) => boolean): Array<{ minutes: number; at: number }> {
  const windows: Array<{ minutes: number; at: number }> = [];
  for (const d of ctx.facts.durations) {
    if (d.occurrence.surface === 'prose' || skip(d.range.start) || incidentAt(ctx.doc, d.range.start) !== incident) continue;
    const label = ctx.doc.text.slice(d.occurrence.labelRange.start, d.occurrence.labelRange.end);
    // (Not a measure: `평균 배달 소요 시간: 34분 → 52분` is an average, not the incident's window; nor a plan:
    // `Approved downtime window: 12:30 a.m. to 4:30 a.m. (4 hours)` is what was meant to happen.)
    if (AVERAGE_LABEL.test(label) || PLANNED_LABEL.test(label)) continue;
    if (d.occurrence.match === 'exact' || (d.occurrence.match === 'intent' && !TIME_TO_METRIC.test(label))) windows.push({ minutes: d.value.minutes, at: d.range.start });
  }
  for (const w of searchProse(ctx.doc, 'range with its length', rangesWithLengths)) if (!skip(w.index) && incidentAt(ctx.doc, w.index) === incident) windows.push({ minutes: w.minutes, at: w.index });
  // (`- 발생 일시: 2025-03-14 01:10` … `- 복구 일시: 2025-03-14 03:20`: the window its two labelled ends give, in the summary or not.)
  for (const w of searchProse(ctx.doc, 'labelled start and end', labelledWindows)) if (incidentAt(ctx.doc, w.index) === incident) windows.push({ minutes: w.minutes, at: w.index });
  const { started, mitigated, resolved } = ctx.facts.milestones;
  for (const end of [resolved, mitigated]) {
    const m = elapsedMinutes(started, end, ctx.config.timezone);
    if (m !== undefined && m > 0) windows.push({ minutes: m, at: (end ?? started)!.range.start });
  }
  return windows;
}

/**
 * `- 영향 시간 동안(약 200분) …` under Impact, when the summary says `영향 시간 10:05 ~ 12:55, 2시간 50분`: a length
 * said as the incident's (after a label that names the incident, or in parentheses right after such words,
 * `incidentLabelBefore`) held to the windows the document states (`statedWindows`, and a time range in a sentence
 * written with its own length). Reported (`restated`) when it agrees with none of them, by more than its rounding
 * (a quarter of the window for a round or approximate length, a tenth for an exact one, five minutes at least),
 * and is within twice the nearest (further apart, it measures something else). One per document.
 */
function restatedAgainstWindows(ctx: RuleContext): boolean {
  // The lengths said as the incident's: read from a sentence after a label that names it, or said as the whole anywhere.
  const candidates: Array<{ start: number; end: number; value: { minutes: number; approximate?: boolean }; whole: boolean; fieldOnly?: boolean }> = [];
  for (const d of ctx.facts.durations) {
    if (d.occurrence.surface !== 'prose' || d.value.kind !== 'span') continue;
    const lineStart = ctx.doc.text.lastIndexOf('\n', d.range.start - 1) + 1;
    const before = ctx.doc.text.slice(Math.max(lineStart, d.range.start - 200), d.range.start);
    if (incidentLabelBefore(before) || incidentLabelBefore(before, true)) candidates.push({ start: d.range.start, end: d.range.end, value: d.value, whole: false });
  }
  for (const w of searchProse(ctx.doc, 'whole length', wholeLengths)) {
    if (!candidates.some((c) => c.start === w.index)) candidates.push({ start: w.index, end: w.index + w.length, value: { minutes: w.minutes, approximate: w.approximate }, whole: true });
  }
  // (`Staff locked out of CMS for ~3h40m.` against `duration: 2h40m`: the length of something said to be out, held to a
  // duration stated as the field, when there is one.)
  if (ctx.facts.durations.some(isFieldLength)) {
    for (const o of searchProse(ctx.doc, 'outage length', outageLengths)) {
      if (!candidates.some((c) => c.start === o.index)) candidates.push({ start: o.index, end: o.index + o.length, value: { minutes: o.minutes, approximate: o.approximate }, whole: false, fieldOnly: true });
    }
  }
  for (const d of candidates) {
    // (`合計 94 分。` under a table of each flight's delay: the sum of the table's lengths, not the incident's.)
    if (d.whole && sumsTableBefore(ctx, d.start, d.value.minutes)) continue;
    const incident = incidentAt(ctx.doc, d.start);
    // (`Submissions were rejected for 48 minutes in total` against `Between 23:38 and 00:11 on Friday, the LMS rejected …`:
    // a whole length is held also to a range a sentence gives as the incident's.)
    // (`Robots were paused from 07:41 to 08:53 (1h 12m)`: and to a range a sentence writes with its own length.)
    const ranges = d.whole
      ? [
          // (Only the first: a later range, `02:15~06:15 구간 4시간은 데이터 결측`, may be a part of the window.)
          ...ctx.facts.durations.filter((r) => r.occurrence.surface === 'prose' && r.value.kind === 'range' && incidentAt(ctx.doc, r.range.start) === incident).slice(0, 1).map((r) => ({ minutes: r.value.minutes, at: r.range.start })),
          ...searchProse(ctx.doc, 'range with its length, anywhere', (t) => rangesWithLengths(t, true)).filter((w) => incidentAt(ctx.doc, w.index) === incident).map((w) => ({ minutes: w.minutes, at: w.index })),
          // (`For **3 hours 10 minutes**\n(13:20 to 16:30 UTC) …`: a sentence whose length and range agree, over two lines;
          // the first only, as above.)
          ...searchProse(ctx.doc, 'sentence window', sentenceWindows).filter((w) => incidentAt(ctx.doc, w.index) === incident).slice(0, 1).filter((w) => !(w.index <= d.start && d.start < w.index + w.length)).map((w) => ({ minutes: w.minutes, at: w.index })),
        ]
      : [];
    const windows = [...statedWindows(ctx, incident, (at) => at === d.start), ...(d.whole ? ranges : rangesWithOwnLength(ctx, incident))].filter((w) => w.at !== d.start);
    // (A length of something out is held only against the field: it must agree with none of the windows, and differ from the field.)
    if (d.fieldOnly && !ctx.facts.durations.some((f) => f.occurrence.surface !== 'prose' && f.occurrence.match === 'exact' && incidentAt(ctx.doc, f.range.start) === incident)) continue;
    if (windows.length === 0) continue;
    const m = d.value.minutes;
    const round = isRound(d.value);
    // (Rounding: a quarter for a round length said as approximate, `about 3 hours`; half an hour, or a tenth, for whole
    // hours said plainly, `7 hours`; else a tenth, five minutes at least.)
    const tolerance = (w: number) => (round && d.value.approximate ? Math.max(5, w * 0.25) : round && m >= 60 ? Math.max(30, w * 0.1) : Math.max(5, w * 0.1));
    const off = (w: { minutes: number }) => Math.abs(m - w.minutes) - tolerance(w.minutes);
    if (windows.some((w) => off(w) <= 0)) continue;
    const nearest = windows.reduce((a, b) => (off(b) < off(a) ? b : a));
    if (Math.max(m, nearest.minutes) > 2 * Math.min(m, nearest.minutes)) continue;
    ctx.report({
      messageId: 'restated',
      data: { stated: ctx.doc.text.slice(d.start, d.end), line: ctx.doc.lines.positionAt(nearest.at).line + 1, computed: { minutes: nearest.minutes } },
      range: { start: d.start, end: d.end },
    });
    return true;
  }
  return false;
}

/**
 * `The marketing site was unreachable for 47 minutes (14:06–14:53 CT).` in the summary, `- Marketing site (apex,
 * www) down for ~74 min.` under Impact: a window a sentence proves with its own range, and a later length of the
 * same thing said to be out (`down for`, `unavailable for`, `lasted`) by a sentence whose subject shares a word with
 * it. Reported (`restated`) when the two disagree beyond rounding (as `restatedAgainstWindows`), are within twice
 * of each other, and the length agrees with no other window the document states. English only: the packs' other
 * languages put the length before what was stopped, and are read by the labelled forms above.
 */
function sameThingRestated(ctx: RuleContext, reported: number | undefined): void {
  const windows = searchProse(ctx.doc, 'sentence window', sentenceWindows);
  if (windows.length === 0) return;
  for (const c of searchProse(ctx.doc, 'outage length', outageLengths)) {
    // (The summary's length, reported against the windows already.)
    if (c.index === reported) continue;
    const incident = incidentAt(ctx.doc, c.index);
    const same = windows.filter((w) => w.index !== c.sentence && incidentAt(ctx.doc, w.index) === incident && w.words.some((x) => c.words.includes(x)));
    if (same.length === 0) continue;
    const m = c.minutes;
    const round = isRound({ minutes: m, approximate: c.approximate });
    const tolerance = (w: number) => (round && c.approximate ? Math.max(5, w * 0.25) : round && m >= 60 ? Math.max(30, w * 0.1) : Math.max(5, w * 0.1));
    const off = (w: { minutes: number }) => Math.abs(m - w.minutes) - tolerance(w.minutes);
    const all = [...same, ...statedWindows(ctx, incident, (at) => at === c.index)];
    if (all.some((w) => off(w) <= 0)) continue;
    const nearest = same.reduce((a, b) => (off(b) < off(a) ? b : a));
    if (Math.max(m, nearest.minutes) > 2 * Math.min(m, nearest.minutes)) continue;
    ctx.report({
      messageId: 'restated',
      data: { stated: ctx.doc.text.slice(c.index, c.index + c.length), line: ctx.doc.lines.positionAt(nearest.index).line + 1, computed: { minutes: nearest.minutes } },
      range: { start: c.index, end: c.index + c.length },
    });
    return;
  }
}

/**
 * Where the sentences of a text start and end: after a full stop followed by a capital, at a blank line, before a
 * list item, a heading or a table row. A scan: each character is looked at a bounded number of times (the one
 * pattern for it took recheck past its limit).
 */
function sentenceBounds(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    if (end > start) out.push({ start, end });
    // (A sentence starts at its first letter, not on the blank line before it.)
    while (next < text.length && /\s/.test(text[next])) next++;
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) {
      // `.`, `!`, `?`, then blanks and a capital, a parenthesis or emphasis.
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k > i + 1 && k < text.length && /[A-Z(*_]/.test(text[k])) {
        cut(i + 1, k);
        i = k - 1;
      }
    } else if (c === 10) {
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      const n = text[k];
      if (n === '\n' || n === '#' || n === '|' || ((n === '-' || n === '*' || n === '+') && /[ \t]/.test(text[k + 1] ?? '')) || LIST_NUMBER.test(text.slice(k, k + 5))) {
        cut(i, k);
        // (The blanks skipped to the next sentence are not looked at again.)
        i = Math.max(i, start - 1);
      }
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
/** A numbered list item's start: `1.`, `12)`, then a blank. */
const LIST_NUMBER = /^\d{1,3}[.)][ \t]/;

/** The content words of a sentence, lower case: three letters or more, no number, no common or time word. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]{2,}/g)) {
    const w = m[0].toLowerCase();
    if (!COMMON_WORD.test(w) && !out.includes(w)) out.push(w);
  }
  return out;
}
const COMMON_WORD = /^(?:from|into|onto|with|without|between|during|after|before|until|about|around|roughly|approximately|over|under|that|this|these|those|there|their|them|they|then|than|were|was|have|been|being|while|when|which|what|where|whole|every|each|some|most|more|less|also|only|just|still|even|hours?|minutes?|mins?|seconds?|days?|weeks?|time|times|total|window|period|incident|outage|down|unavailable|unreachable|offline|lasted|stopped|halted|affected|impact|users?|customers?|because|could|would|should|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|the|and|for|are|but|not|all|any|can|had|has|her|his|its|our|out|one|two|per|via|new|old|off|now|yet|set|got|get|due|may|see|let|end|day|min|mins|hrs|utc|gmt|you|who|how|why|did|too|own|use|put|ran|run|saw|few|top|max|avg|[a-z]{1,2})$/;

/** A sentence that proves a window: a time range and a length within rounding of it (`for 47 minutes (14:06–14:53 CT)`). */
function sentenceWindows(text: string): Array<{ index: number; length: number; minutes: number; words: string[] }> {
  const out: Array<{ index: number; length: number; minutes: number; words: string[] }> = [];
  for (const b of sentenceBounds(text)) {
    const t = text.slice(b.start, b.end);
    if (!/\d{1,2}:\d{2}/.test(t) || !/[A-Za-z]/.test(t)) continue;
    const ds = findDurations(t);
    const range = ds.find((d) => d.value.kind === 'range' && d.value.minutes > 0);
    if (!range) continue;
    const span = ds.find((d) => d.value.kind === 'span' && Math.abs(d.value.minutes - range.value.minutes) <= Math.max(2, range.value.minutes * 0.05));
    if (span) out.push({ index: b.start, length: b.end - b.start, minutes: range.value.minutes, words: contentWords(t) });
  }
  return out;
}

/**
 * A length of something said to be out (`Marketing site … down for ~74 min`, `Fleet-wide ground stop lasted 2h 20m`),
 * with the content words of what comes before it in its sentence; not a bound (`over 2 hours`, `up to`).
 */
function outageLengths(text: string): Array<{ index: number; length: number; minutes: number; approximate: boolean; sentence: number; words: string[] }> {
  const out: Array<{ index: number; length: number; minutes: number; approximate: boolean; sentence: number; words: string[] }> = [];
  for (const b of sentenceBounds(text)) {
    const t = text.slice(b.start, b.end);
    const p = OUT_FOR.exec(t);
    if (!p) continue;
    const after = t.slice(p.index + p[0].length);
    const d = findDurations(after)[0];
    if (!d || d.value.kind !== 'span' || !/^[ \t]{0,2}(?:about[ \t]|around[ \t]|roughly[ \t]|approximately[ \t]|nearly[ \t]|~[ \t]?)?$/i.test(after.slice(0, d.start)) || BOUND.test(after.slice(0, d.end))) continue;
    const at = b.start + p.index + p[0].length + d.start;
    out.push({ index: at, length: d.end - d.start, minutes: d.value.minutes, approximate: d.value.approximate === true || /~|about|around|roughly|approximately|nearly/i.test(after.slice(0, d.start)), sentence: b.start, words: contentWords(t.slice(0, p.index)) });
  }
  return out;
}
/** A bound, not a length: `over 30 minutes`, `more than`, `at least`, `up to`, `under`, `less than`. */
const BOUND = /\b(?:over|more[ \t]than|at[ \t]least|up[ \t]to|under|less[ \t]than|at[ \t]most)\b/i;
/** Being out for a length: `down for`, `unreachable for`, `grounded for`, `lasted`. */
const OUT_FOR = /\b(?:(?:down|unreachable|unavailable|offline|inaccessible|grounded|read-only|frozen|halted|dark|locked[ \t]out(?:[ \t]of[ \t][\w-]{2,20})?)[ \t]for|lasted)\b/i;

/**
 * The lengths a text says are the whole (`rejected for 48 minutes in total`, `a total of 3 hours`, `총 250분 간의 공백`,
 * `合計 5 時間`, `For the 52 minutes the fleet was stopped`, `for 3h 40m before the correction was published`), each with
 * where it is; for `searchProse`.
 */
function wholeLengths(text: string): Array<{ index: number; length: number; minutes: number; approximate: boolean }> {
  const out: Array<{ index: number; length: number; minutes: number; approximate: boolean }> = [];
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    if (/\d/.test(line)) {
      for (const d of findDurations(line)) {
        if (d.value.kind !== 'span' || d.value.minutes < 10) continue;
        const before = line.slice(Math.max(0, d.start - 30), d.start);
        const after = line.slice(d.end, d.end + 60);
        if (TOTAL_AFTER.test(after) || TOTAL_BEFORE.test(before) || (/\bfor[ \t]the[ \t]$/i.test(before) && STOPPED_AFTER.test(after)) || (/\bfor[ \t]$/i.test(before) && UNTIL_FIX_AFTER.test(after)) || (DURING_THE.test(before) && OUTAGE_NOUN_AFTER.test(after))) {
          out.push({ index: from + d.start, length: d.end - d.start, minutes: d.value.minutes, approximate: d.value.approximate === true });
        }
      }
    }
    from = end + 1;
  }
  return out;
}

/** The top-level block right before the one that holds `at` is a table whose lengths add up to `minutes`. */
function sumsTableBefore(ctx: RuleContext, at: number, minutes: number): boolean {
  const blocks = ctx.doc.blocks;
  let i = 0;
  while (i < blocks.length && blocks[i].end <= at) i++;
  const before = i > 0 ? blocks[i - 1] : undefined;
  if (!before || before.node.type !== 'table' || before.end - before.start > 20_000) return false;
  let sum = 0;
  for (const d of findDurations(ctx.doc.text.slice(before.start, before.end))) if (d.value.kind === 'span') sum += d.value.minutes;
  return sum > 0 && Math.abs(sum - minutes) <= 1;
}

/** `During the 2h 10m outage`: the length named as the outage's, after `during the` (`over the`, `throughout the`). */
const DURING_THE = /\b(?:during|over|throughout|across)[ \t]the[ \t](?:(?:whole|entire|full)[ \t])?$/i;
// (`Over the 72 minutes of impact`: the length, then what it was of.)
const OUTAGE_NOUN_AFTER = /^[ \t-](?:(?:full|total|complete)[ \t])?(?:outage|downtime|disruption|incident|ground[ \t]stop)\b|^[ \t]of[ \t](?:impact|downtime|outage|disruption)\b/i;
/** After a length, that it is the whole (`in total`, `all told`). */
const TOTAL_AFTER = /^[ \t]*(?:in[ \t]total|all[ \t]told|altogether|overall)\b/i;
/** Before a length, that it is the whole (`a total of`, `총`, `合計`; the packs' `totalBefore`). */
const TOTAL_BEFORE = new RegExp(`(?:\\ba[ \\t]total[ \\t]of|${packWords('totalBefore') || '(?!)'})[ \\t]*$`, 'i');
/** After `for N`, the fix that ended it (`live in LiveTT for 3h 40m before the correction was published`). */
const UNTIL_FIX_AFTER = /^[ \t](?:before|until)[ \t](?:the[ \t]|a[ \t]|our[ \t])?(?:fix|correction|rollback|revert|mitigation|restore|recovery|patch|hotfix)\b/i;
/** After `for the N minutes`, what was stopped or wrong for all of them (`the fleet was stopped`, `that stale data was served`). */
const STOPPED_AFTER = /^[ \t](?:that[ \t]|when[ \t]|while[ \t])?(?:the[ \t])?[\w-]{2,20}(?:[ \t][\w-]{2,20}){0,2}[ \t](?:was|were)[ \t](?:stopped|down|offline|paused|unavailable|out|halted|frozen|served|broken|wrong|stale|delayed|missing|failing|rejected)\b/i;

/** A time range read from a sentence with its own length right after it, agreeing (`10:05 ~ 12:55, 2시간 50분`): a window the sentence states. */
function rangesWithOwnLength(ctx: RuleContext, incident: unknown): Array<{ minutes: number; at: number }> {
  const out: Array<{ minutes: number; at: number }> = [];
  for (const d of ctx.facts.durations) {
    if (d.occurrence.surface !== 'prose' || d.value.kind !== 'range' || incidentAt(ctx.doc, d.range.start) !== incident) continue;
    const next = findDurations(ctx.doc.text.slice(d.range.end, d.range.end + 30))[0];
    if (next && next.start <= 6 && next.value.kind === 'span' && Math.abs(next.value.minutes - d.value.minutes) <= 2) out.push({ minutes: d.value.minutes, at: d.range.start });
  }
  return out;
}

/** A length said as a round figure: whole half hours from an hour up, else approximate or a quarter hour (`3 hours`, `90 minutes`, `about 20 minutes`). */
function isRound(v: { minutes: number; approximate?: boolean }): boolean {
  return v.minutes >= 60 ? v.minutes % 30 === 0 : v.approximate === true || v.minutes % 15 === 0;
}

/** A label of an average or a percentile (the packs' `averageWord`). */
const AVERAGE_LABEL = new RegExp(PACKS.map((p) => `(?:${p.words.averageWord})`).join('|'), 'i');
/** A label of a window planned, not one that happened (`Approved downtime window`, `계획 작업 시간`; the packs' `plannedWord`). */
const PLANNED_LABEL = new RegExp(packWords('plannedWord'), 'i');
/** A label of a time-to metric (`TTR`, `Time to resolve`, `MTTR`): measured between other points than the incident's window. */
const TIME_TO_METRIC = /\b(?:M?TT[A-Z]{1,2}|time[ \t]to)\b/i;
/** Words that make a length a lower bound (`over 14 hours`, `more than`, `1시간 이상`, `3時間以上`). */
const LOWER_BOUND_BEFORE = /\b(?:over|more[ \t]than|at[ \t]least|upwards[ \t]of|in[ \t]excess[ \t]of)[ \t]*$/i;
const LOWER_BOUND_AFTER = new RegExp(`^[ \\t]?(?:${PACKS.flatMap((p) => (p.words.lowerBound ? [p.words.lowerBound] : [])).join('|') || '(?!)'})`, 'i');
/** (`over 4 hours`, `1시간 이상`: the reader takes the word into the length.) */
const LOWER_BOUND_START = /^(?:over|more[ \t]than|at[ \t]least)\b/i;
const LOWER_BOUND_END = new RegExp(`(?:${PACKS.flatMap((p) => (p.words.lowerBound ? [p.words.lowerBound] : [])).join('|') || '(?!)'})$`, 'i');
/** Words right before a length that make it a trial run before the incident (`tested in staging for two weeks`). */
const TRIAL_BEFORE = /\b(?:tested|trialled|trialed|piloted|soaked|canaried|dogfooded|in[ \t]staging|in[ \t]beta)\b[^.\n]{0,30}$/i;
/** `degraded for about 55 minutes before latency came back`: a length after `for`, whose `before` names the end. */
const FOR_BEFORE = /\bfor[ \t]+(?:(?:about|around|roughly|approximately|nearly|almost|just[ \t]over|just[ \t]under)[ \t]+|~[ \t]?)?$/i;
/** Words after a length that make it a point in time or a lateness (`one day late`, `30일 이전`, `2時間前`). */
const NOT_A_WINDOW_AFTER = new RegExp(`^[ \\t]?(?:late|early|earlier|later|ago|before|after|behind|away|left|remaining|to[ \\t]go|in[ \\t]advance|beforehand|notice|of[ \\t]notice|${PACKS.flatMap((p) => (p.words.pointAfter ? [p.words.pointAfter] : [])).join('|') || '(?!)'})`, 'i');

/** A line of a list or a paragraph that opens with a short label and a colon (`- 최종 손실:`, `**Impact window:**`). */
const LINE_LABEL = /^[ \t]*(?:[-*+][ \t]{1,4})?(?:\*\*|__)?([^:：\n*_0-9 \t+-][^:：\n*_0-9]{0,23})(?:\*\*|__)?[:：](?=[ \t*_]|$)/;

/**
 * The sentences of the summary's text, with where each starts: a sentence goes on over a line break, not into the
 * next item of a list, row of a table or heading, and ends at its stop (`1.5` and `e.g.` inside it aside) or at the
 * end of its line. Replacing a line break by a blank keeps the offsets.
 */
function* summarySentences(prose: string, start: number, end: number): Generator<{ text: string; at: number }> {
  const body = prose.slice(start, end).replace(/\n(?![ \t]*(?:[-*+>|#]|\d{1,3}[.)]|\n|$))/g, ' ');
  const sentence = /(?:[^\n。.!?！？]|\.(?![\s*_]|$))+(?:[。.!?！？]+|(?=\n)|$)/g;
  for (let m = sentence.exec(body); m; m = sentence.exec(body)) yield { text: m[0], at: start + m.index };
}

/**
 * `Between **7:48 AM and 10:33 AM CT** on Saturday, point-of-sale lanes … crashed` then `Total outage time: 2 hours
 * 10 minutes.` in the same summary: the window another sentence of the summary gives the incident by its two ends
 * (`incidentLength`, a range in a sentence about the incident, not in a table row), at that sentence.
 */
function rangesBeside(prose: string, start: number, end: number, stated: { start: number; end: number }): Array<{ minutes: number; at: number }> {
  const out: Array<{ minutes: number; at: number }> = [];
  for (const { text, at } of summarySentences(prose, start, end)) {
    if (/^[ \t]*\|/.test(text) || (at <= stated.start && stated.start < at + text.length)) continue;
    const d = incidentLength(text, true);
    if (d && d.value.kind === 'range' && d.value.minutes > 0) out.push({ minutes: d.value.minutes, at: at + d.start });
  }
  return out;
}

/** The first length of the text that a word says comes on top of the one before (the packs' `moreTime`), in minutes. */
function lengthOnTop(after: string): number | undefined {
  for (const d of findDurations(after)) {
    if (d.value.kind !== 'span') continue;
    const near = after.slice(Math.max(0, d.start - 12), Math.min(after.length, d.end + 8));
    return MORE_TIME.test(near) ? d.value.minutes : undefined;
  }
  return undefined;
}
const MORE_TIME = new RegExp(`(?:^|[^\\p{L}])(?:${PACKS.map((p) => p.words.moreTime).join('|')})(?!\\p{L})`, 'iu');

/** The first length the summary gives for the incident, if it is one (see `summaryAgainstWindows`). */
function summaryLengthIn(prose: string, start: number, end: number): { start: number; end: number; value: { minutes: number; approximate?: boolean } } | undefined {
  for (const { text: t, at } of summarySentences(prose, start, end)) {
    // (A window with its length right after it, `10시 12분부터 10시 58분까지 46분간`: the length; a window
    // alone, `(1교시 10:00~11:40)`, may be the time of something else.)
    // (`- 최종 손실: 9월 28일 오후 11시~… (약 19시간 30분)`: a line labelled as something else than the
    // incident's length gives the length of that, here the span of the data lost.)
    // (A row of a table, `| 3:45 a.m. | … est. 2 h 40 min … |`, is an entry of a timeline or a fact, not the summary's telling.)
    if (/^[ \t]*\|/.test(t)) continue;
    const label = LINE_LABEL.exec(t);
    if (label && matchLabel(label[1].trim())?.field !== 'duration') continue;
    let d = incidentLength(t, true);
    if (d && d.value.kind === 'range') {
      const range = d;
      d = findDurations(t).find((x) => x.start >= range.end && x.start - range.end <= 6 && x.value.kind === 'span' && Math.abs(x.value.minutes - range.value.minutes) <= 2);
    }
    if (!d) continue;
    const before = t.slice(Math.max(0, d.start - 16), d.start);
    // (`365시간(약 15일 5시간) 뒤로`: the words after a restatement in parentheses.)
    const after = t.slice(d.end, d.end + 60).replace(/^[ \t]?[(（][^()（）]{0,40}[)）]/, '');
    const said = t.slice(d.start, d.end);
    // (`matching rounds slowed from ~4 s to as much as 48 s`: seconds and a few minutes measure a step, not the incident; the summary may give its length later.)
    if (d.value.minutes < 10) continue;
    // (`had been tested in staging for two weeks`: how long a change was tried before, not the incident.)
    if (TRIAL_BEFORE.test(t.slice(Math.max(0, d.start - 60), d.start))) continue;
    if (MEASURE_NEAR.test(before + said) || LOWER_BOUND_BEFORE.test(before) || LOWER_BOUND_START.test(said) || LOWER_BOUND_AFTER.test(after) || LOWER_BOUND_END.test(said) || (NOT_A_WINDOW_AFTER.test(after) && !(FOR_BEFORE.test(before) && /^[ \t]?before\b/i.test(after)))) return undefined;
    return { start: at + d.start, end: at + d.end, value: d.value };
  }
  return undefined;
}

/**
 * `빈 태그 출력 지속: 06:02 ~ 08:52 (2시간 50분)`, `| 影響 | 36 時間 30 分（12/27 17:40〜12/29 06:10） |`: a time
 * range and its own length written together and agreeing, as the value of a label or a cell: a window
 * the document states as such, with its length.
 */
function rangesWithLengths(text: string, anywhere = false): Array<{ index: number; minutes: number }> {
  const out: Array<{ index: number; minutes: number }> = [];
  for (const { line, from, ds } of linesWithClockAndParenthesis(text)) {
    for (let i = 0; i + 1 < ds.length; i++) {
      const [a, b] = [ds[i], ds[i + 1]];
      const kinds = a.value.kind + b.value.kind;
      // (`(약 2시간 40분, 160분)`: the length said again in other units before the parenthesis closes.)
      // (`**18:12 – 19:47 AEST** (1h35m)`: a zone and the emphasis may close the range before the parenthesis.)
      if ((kinds !== 'rangespan' && kinds !== 'spanrange') || !/^[ \t]?(?:[A-Z]{2,5})?[*_]{0,2}[ \t]{0,2}[(（][ \t]{0,2}$/.test(line.slice(a.end, b.start)) || !/^[ \t]{0,2}(?:[,，/][^()（）\n]{1,20})?[)）]/.test(line.slice(b.end))) continue;
      const [range, span] = a.value.kind === 'range' ? [a, b] : [b, a];
      // Only a window given as a value, after a label or in a cell (`빈 태그 출력 지속: **06:02 ~ 08:52 (2시간 50분)**`,
      // `| 影響期間 | … |`): a list item that opens with a range (`- 09:50~11:40 (110분) 다른 메뉴 차단`) tells a part.
      // (Nor one labelled as a plan: `계획 작업 시간: 02:00 ~ 04:00 (2시간)`.)
      if ((!anywhere && !/[:：|][ \t*_]*$/.test(line.slice(0, a.start))) || PLANNED_LABEL.test(line.slice(0, a.start))) continue;
      if (range.value.minutes > 0 && Math.abs(range.value.minutes - span.value.minutes) <= Math.max(2, range.value.minutes * 0.05)) out.push({ index: from + a.start, minutes: range.value.minutes });
    }
  }
  return out;
}
