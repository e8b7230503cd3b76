import type { Rule } from './types';
import type { FieldId } from '../types';
import { fieldSpec, FIELDS } from '../fields';
import { impossibleCounts, impossibleTimes } from '../impossible-values';

const EXPECTED: Partial<Record<FieldId, { en: string; ko: string }>> = {
  duration: { en: 'a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`', ko: '`4시간 10분`, `250분`, `14:50–19:00 KST` 같은 시간' },
  affected_services: { en: 'a list of service names', ko: '서비스 이름 목록' },
  servers_restored: { en: 'restored of total servers such as `12,000 of 32,000`, or `N/A` with a reason', ko: '`32,000대 중 12,000대` 같은 복구 서버 수, 또는 이유가 있는 `N/A`' },
  user_impact: { en: 'a description of what users felt', ko: '사용자가 겪은 일에 대한 설명' },
};

/** A value that cannot be read as its type: a duration, a count pair, a service list, N/A without a reason. */
export const rule: Rule = {
  meta: {
    id: 'invalid-value',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'Typed values (durations, server counts, service lists) can be read.',
    descriptionKo: '시간, 서버 수, 서비스 목록 같은 값은 읽을 수 있는 형식이어야 합니다.',
    messages: {
      unreadable: { en: 'Cannot read "{found}" as {expected}.', ko: '"{found}"을(를) {expected}(으)로 읽을 수 없습니다.' },
      naReason: { en: '"N/A" needs a reason, e.g. "N/A: no servers were involved".', ko: '"N/A"에는 이유가 필요합니다. 예: "N/A: 서버와 무관한 장애".' },
      noServices: { en: 'No service names found: list at least one service.', ko: '서비스 이름이 없습니다. 서비스를 하나 이상 적으세요.' },
      badTimeDigits: { en: '"{found}" is not a time: write minutes and seconds with two digits (e.g. "13:05:09"); {count} timeline entries are written this way.', ko: '"{found}"은(는) 시각이 아닙니다. 분과 초는 두 자리로 적으세요(예: "13:05:09"). 이렇게 적힌 타임라인 항목이 {count}개입니다.' },
      badTimeMeridiem: { en: '"{found}" mixes a 24-hour time with AM/PM: write "13:55" or "1:55 PM"; {count} timeline entries are written this way.', ko: '"{found}"은(는) 24시간제 시각에 AM/PM을 붙였습니다. "13:55"나 "1:55 PM"으로 적으세요. 이렇게 적힌 타임라인 항목이 {count}개입니다.' },
      impossibleDate: {
        en: '"{found}" is not a real date: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has.',
        ko: '"{found}"은(는) 존재하지 않는 날짜입니다. 월은 01~12, 일은 그 달에 있는 날이어야 합니다(YYYY-MM-DD).',
      },
      impossibleTime: {
        en: '"{found}" is not a real time: hours run from 00 to 23, minutes and seconds from 00 to 59.',
        ko: '"{found}"은(는) 존재하지 않는 시각입니다. 시는 00~23, 분과 초는 00~59여야 합니다.',
      },
      impossibleOffset: {
        en: '"{found}" has a time zone offset that no zone has: offsets are at most 14 hours from UTC, with minutes from 00 to 59.',
        ko: '"{found}"의 시간대 오프셋은 존재하지 않습니다. 오프셋은 UTC에서 14시간 이내이고 분은 00~59여야 합니다.',
      },
      notCount: {
        en: '"{key}" is "{found}": expected a count of 0 or more, such as 12000 or "45.6 million".',
        ko: '"{key}" 값 "{found}"은(는) 수가 아닙니다. 12000이나 "4,560만" 같은 0 이상의 수를 적으세요.',
      },
    },
  },
  check(ctx) {
    const t = (f: FieldId) => (ctx.locale === 'ko' ? EXPECTED[f]?.ko : EXPECTED[f]?.en) ?? f;
    const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');
    const reported = new Set<string>();
    const report = (messageId: string, range: { start: number; end: number }, data: Record<string, string> = {}) => {
      const k = `${range.start}:${range.end}`;
      if (reported.has(k)) return;
      reported.add(k);
      ctx.report({ messageId, range, data });
    };
    // Values that look like their type and cannot be (2024-02-30, 25:61, +25:00, -5 users): reported where written.
    const impossibleId = { date: 'impossibleDate', time: 'impossibleTime', offset: 'impossibleOffset', count: 'notCount' } as const;
    const impossible = [...impossibleTimes(ctx.doc, ctx.facts, ctx.timeline), ...impossibleCounts(ctx.doc)];
    for (const v of impossible) report(impossibleId[v.kind], v.range, { found: short(v.found), key: v.key ?? '' });
    // `servers: {restored: 1e400}` is one finding on the number, not a second one on the whole mapping.
    const holdsImpossible = (r: { start: number; end: number }) => impossible.some((v) => r.start <= v.range.start && v.range.end <= r.end);
    for (const occ of ctx.facts.unreadableDurations) report('unreadable', occ.valueRange, { found: short(occ.text), expected: t('duration') });
    for (const occ of ctx.facts.unreadableServers) if (!holdsImpossible(occ.valueRange)) report('unreadable', occ.valueRange, { found: short(occ.text), expected: t('servers_restored') });
    for (const s of ctx.facts.servers) if (s.value.na && !s.value.reason) report('naReason', s.range);
    for (const s of ctx.facts.services) {
      if (!s.readable) report('unreadable', s.occurrence.valueRange, { found: short(s.occurrence.text), expected: t('affected_services') });
      else if (s.names.length === 0) report('noServices', s.occurrence.valueRange);
    }
    // Whatever else the schema rejects in a field's value (a team schema's pattern, say).
    // One finding per way of getting it wrong, on its first entry: the fix is the same for all.
    // Out-of-range times (25:10) are impossibleTime findings above, one per time, so not counted here.
    for (const reason of ['digits', 'meridiem'] as const) {
      const all = ctx.timeline.malformed.filter((t) => t.reason === reason);
      if (all.length === 0) continue;
      report(reason === 'digits' ? 'badTimeDigits' : 'badTimeMeridiem', all[0].range, { found: all[0].text, count: String(all.length) });
    }
    for (const issue of ctx.schemaIssues) {
      if (issue.keyword === 'required' && issue.pointer === '') continue;
      if (!FIELDS.some((f) => f.id === issue.property)) continue;
      if (['minLength', 'minItems'].includes(issue.keyword)) continue;
      if (issue.keyword === 'required') continue;
      if (holdsImpossible(issue.range)) continue;
      const spec = fieldSpec(issue.property as FieldId);
      report('unreadable', issue.range, { found: short(issue.found ?? ''), expected: issue.pattern ? `text matching ${issue.pattern}` : t(spec.id) ?? spec.label });
    }
  },
};
