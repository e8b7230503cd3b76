import { ruleDocsUrl, type Rule, type RuleContext } from './types';
import type { TimelineEntry } from '../timeline';
import { MILESTONES, type MilestoneId } from '../facts';
import { readDate, readTimestamp, type Timestamp } from '../readers/index';

const HALF_DAY = 12 * 60;
const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;
/** The stand-in year of a month and day written without one. */
const YEARLESS = '2000-';

/**
 * Timeline entries that go back in time, and front matter milestones out of order
 * (started ≤ detected ≤ mitigated ≤ resolved).
 */
export const rule: Rule = {
  meta: {
    id: 'timeline-order',
    docs: { url: ruleDocsUrl('timeline-order') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Timeline entries run forward in time, and started ≤ detected ≤ mitigated ≤ resolved.',
    messages: {
      entryBackwards: 'This entry ({time}) is earlier than the one before it ({previous}, line {line}): keep the timeline in time order.',
      milestoneOrder: '"{key}" ({time}) is before "{earlierKey}" ({earlierTime}): expected started ≤ detected ≤ mitigated ≤ resolved.',
    },
  },
  check(ctx) {
    const { phases, days } = subSections(ctx);
    for (const entries of [ctx.timeline.entries, ...ctx.timeline.others]) checkEntries(ctx, entries, phases, days);

    // Each milestone against the nearest earlier one that is stated.
    let earlier: { id: MilestoneId; time: Timestamp; text: string } | undefined;
    for (const id of MILESTONES) {
      const m = ctx.facts.milestones[id];
      if (!m) continue;
      const text = ctx.doc.text.slice(m.range.start, m.range.end).replace(/^["']|["']$/g, '');
      if (earlier && compare(m.value, earlier.time, false) < 0) {
        ctx.report({ messageId: 'milestoneOrder', data: { key: id, time: text, earlierKey: earlier.id, earlierTime: earlier.text }, range: m.range });
      }
      earlier = { id, time: m.value, text };
    }
  },
};

/** The end of a range right after an entry's time: `– 24:00`, `〜 16:30`. */
const RANGE_END = /^[ \t]{0,2}[–—~〜-][ \t]{0,2}(\d{1,2})[:：](\d{2})(?!\d)/;

/** A time written to the second. */
const SECONDS = /\d[:：]\d{2}[:：]\d{2}/;

/** One run of entries, each against the one before it. */
function checkEntries(ctx: RuleContext, entries: readonly TimelineEntry[], phases: readonly number[] = [], days: readonly number[] = []): void {
  let previous: { time: Timestamp; start: number; text: string; weekday?: string; inTable?: boolean } | undefined;
  for (const e of entries) {
    if (!e.time) continue;
    // A sub-section of its own (`### Phase 2: split brain`) may start before the last one ended.
    if (previous && phases.some((at) => previous!.start < at && at <= e.timeRange.start)) previous = undefined;
    // A day heading (`### 2日目: 6月11日（火）`, `### Day 2`) between two times that have no full date: a new day.
    if (previous && !(DATED.test(previous.time.localIso) && DATED.test(e.time.localIso)) && days.some((at) => previous!.start < at && at <= e.timeRange.start)) previous = undefined;
    // `| Fri 21:30 |` then `| Sat 16:00 |`: a weekday before each time, and a new one is a new day.
    // (`| 13:10 | … |` as the table's last row, then `08:20~09:00 사이 로그인 실패는 …` in a paragraph under it: a note on the
    // table, not the next entry.)
    const inTable = ctx.doc.text.charAt(e.range.start) === '|' || /^[ \t]*\|/.test(ctx.doc.text.slice(e.range.start, e.range.start + 8));
    if (previous && previous.inTable && !inTable) previous = undefined;
    const weekday = weekdayBefore(ctx.doc.text.slice(e.range.start, e.timeRange.start));
    if (previous && weekday && previous.weekday && weekday !== previous.weekday && !(DATED.test(previous.time.localIso) && DATED.test(e.time.localIso))) previous = undefined;
    const text = ctx.doc.text.slice(e.timeRange.start, e.timeRange.end);
    const time = withMonthDay(e.time, text);
    // `09:14:05` then `09:14`: a time to the minute covers every second of it.
    const sameMinute = previous !== undefined && !(SECONDS.test(text) && SECONDS.test(previous.text)) && time.localIso.slice(0, 16) === previous.time.localIso.slice(0, 16);
    // `| 14:00 – 24:00 | Alert fires and resolves 5 more times |`: a stretch that sums up the hours
    // around the entries before it, not an event at its start; it moves no one's place.
    const rangeEnd = RANGE_END.exec(ctx.doc.text.slice(e.timeRange.end, e.timeRange.end + 12));
    if (previous && rangeEnd && compare(time, previous.time) < 0 && Number(rangeEnd[1]) * 60 + Number(rangeEnd[2]) >= minutesOfDay(previous.time)) continue;
    if (previous && !sameMinute && compare(time, previous.time) < 0) {
      ctx.report({
        messageId: 'entryBackwards',
        data: { time: text, previous: previous.text, line: ctx.doc.lines.positionAt(previous.start).line + 1 },
        range: e.timeRange,
      });
    }
    previous = { time, start: e.timeRange.start, text, weekday, inTable };
  }
}

/**
 * Where the Timeline's sub-sections start. `phases`: headings that give no date or time (`### 4.2
 * Phase 2: split brain`, `### Restoring redundancy`), phases told one after another that may
 * overlap in time. `days`: headings that name a day (`### 2024-03-01`, `### Day 2`, `### 2日目:
 * 6月11日（火）`), which continue the one story on a later day. A time (`### 13:40`) is neither.
 */
function subSections(ctx: RuleContext): { phases: number[]; days: number[] } {
  const section = ctx.timeline.section;
  const out: number[] = [];
  const days: number[] = [];
  if (!section) return { phases: out, days };
  for (const b of section.body) {
    // A paragraph that is only a day, in emphasis (`**3月5日（火）**`, `**Tuesday 4 June**`): a new day, like a day heading.
    if (b.node.type === 'paragraph') {
      const line = ctx.doc.text.slice(b.start, b.end).trim();
      if (/^(\*\*|__)[^*_\n]{3,40}\1$/.test(line)) {
        const inner = line.slice(2, -2).trim();
        const date = readDate(inner);
        if (date.ok && date.start <= 12 && !/\d{1,2}[:：]\d{2}/.test(inner)) days.push(b.start);
      }
      continue;
    }
    if (b.node.type !== 'heading' || (b.node as { depth: number }).depth <= section.depth) continue;
    const title = ctx.doc.text.slice(b.start, b.end).replace(/^#+[ \t]*/, '');
    // A heading that starts with a time or a date continues the story (`### 13:40`, `### 2024-03-01`,
    // `### Day 2`); one that names a phase (`### Phase 2 — Retry storm (17:50 – 18:40)`) starts one.
    const lead = title.replace(/^[*_\s~≈]+|^(?:about|around|approx\.?|약|約)[ \t]+/gi, '');
    const date = readDate(lead);
    if (/^\d{1,2}(?:[:：]\d{2}|[時시])/.test(lead)) continue;
    if ((date.ok && date.start <= 12) || /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|day\b)|^[0-9]+[일日]|요일|曜日/i.test(lead)) {
      days.push(b.start);
      continue;
    }
    out.push(b.start);
  }
  return { phases: out, days };
}

const DATED = /^\d{4}-\d{2}-\d{2}T/;

/** The weekday written right before an entry's time (`| Fri 21:30`, `- **Sat** 16:00`), by its first three letters. */
function weekdayBefore(lead: string): string | undefined {
  const m = /(?:^|[^A-Za-z])(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[*_ \t]*$/i.exec(lead);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * Positive when `a` is after `b`, negative when before, zero when equal: by instant when both have one, else by
 * local date and time when both have a date, else by time of day, where a time more than twelve
 * hours before the previous one is taken to be after midnight (`23:50` then `00:10`).
 */
function compare(a: Timestamp, b: Timestamp, midnight = true): number {
  if (a.epochMs !== null && b.epochMs !== null) return a.epochMs - b.epochMs;
  const dated = (t: Timestamp) => /^\d{4}-\d{2}-\d{2}T/.test(t.localIso);
  // A date stated after times of no known day (`21:39`, then `16 Apr 15:30`) starts a day of its own:
  // nothing says it is earlier.
  if (dated(a) && !dated(b)) return 1;
  if (dated(a) && dated(b)) {
    // Month and day without a year (`Jan 16, 5:44 AM`): December to January is a new year, not a step back.
    if (a.localIso.startsWith(YEARLESS) && b.localIso.startsWith(YEARLESS) && Date.parse(`${b.localIso}Z`) - Date.parse(`${a.localIso}Z`) > HALF_YEAR_MS) return 1;
    return a.localIso < b.localIso ? -1 : a.localIso > b.localIso ? 1 : 0;
  }
  const diff = minutesOfDay(a) - minutesOfDay(b);
  if (midnight && diff < -HALF_DAY) return 1;
  return diff;
}

/**
 * A time whose text has a month and day but whose year nobody states reads with no date at all;
 * read it again in a stand-in leap year so that its month and day can be compared.
 */
function withMonthDay(t: Timestamp, text: string): Timestamp {
  if (!t.localIso.startsWith('T')) return t;
  const again = readTimestamp(text, { date: `${YEARLESS}01-01` });
  return again.ok && again.value.hasDate ? { ...again.value, epochMs: null } : t;
}

function minutesOfDay(t: Timestamp): number {
  const m = /T(\d{2}):(\d{2})/.exec(t.localIso);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}
