import type { Rule } from './types';
import { MILESTONES, type MilestoneId } from '../facts';
import type { Timestamp } from '../readers/index';

const HALF_DAY = 12 * 60;

/**
 * Timeline entries that go back in time, and front matter milestones out of order
 * (started ≤ detected ≤ mitigated ≤ resolved).
 */
export const rule: Rule = {
  meta: {
    id: 'timeline-order',
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Timeline entries run forward in time, and started ≤ detected ≤ mitigated ≤ resolved.',
    descriptionKo: '타임라인 항목은 시간 순서대로, 시각은 started ≤ detected ≤ mitigated ≤ resolved 순서여야 합니다.',
    messages: {
      entryBackwards: {
        en: 'This entry ({time}) is earlier than the one before it ({previous}, line {line}): keep the timeline in time order.',
        ko: '이 항목({time})이 앞 항목({previous}, {line}번째 줄)보다 이릅니다. 타임라인을 시간 순서대로 적으세요.',
      },
      milestoneOrder: {
        en: '"{key}" ({time}) is before "{earlierKey}" ({earlierTime}): expected started ≤ detected ≤ mitigated ≤ resolved.',
        ko: '"{key}"({time})가 "{earlierKey}"({earlierTime})보다 이릅니다. started ≤ detected ≤ mitigated ≤ resolved 순서여야 합니다.',
      },
    },
  },
  check(ctx) {
    let previous: { time: Timestamp; start: number; text: string } | undefined;
    for (const e of ctx.timeline.entries) {
      if (!e.time) continue;
      const text = ctx.doc.text.slice(e.timeRange.start, e.timeRange.end);
      if (previous && compare(e.time, previous.time) < 0) {
        ctx.report({
          messageId: 'entryBackwards',
          data: { time: text, previous: previous.text, line: ctx.doc.lines.positionAt(previous.start).line + 1 },
          range: e.timeRange,
        });
      }
      previous = { time: e.time, start: e.timeRange.start, text };
    }

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

/**
 * Positive when `a` is after `b`, negative when before, zero when equal: by instant when both have one, else by
 * local date and time when both have a date, else by time of day, where a time more than twelve
 * hours before the previous one is taken to be after midnight (`23:50` then `00:10`).
 */
function compare(a: Timestamp, b: Timestamp, midnight = true): number {
  if (a.epochMs !== null && b.epochMs !== null) return a.epochMs - b.epochMs;
  const dated = (t: Timestamp) => /^\d{4}-\d{2}-\d{2}T/.test(t.localIso);
  if (dated(a) && dated(b)) return a.localIso < b.localIso ? -1 : a.localIso > b.localIso ? 1 : 0;
  const diff = minutesOfDay(a) - minutesOfDay(b);
  if (midnight && diff < -HALF_DAY) return 1;
  return diff;
}

function minutesOfDay(t: Timestamp): number {
  const m = /T(\d{2}):(\d{2})/.exec(t.localIso);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}
