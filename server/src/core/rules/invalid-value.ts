import { ruleDocsUrl, type Rule } from './types';
import type { FieldId, MessageArg } from '../types';
import { fieldSpec, FIELDS } from '../fields';
import { impossibleCounts, impossibleTimes } from '../impossible-values';
import type { TermId } from '../lang/index';

/** The language packs' words for what a field's value should look like. */
const EXPECTED: Partial<Record<FieldId, TermId>> = {
  duration: 'expected.duration',
  affected_services: 'expected.affected_services',
  servers_restored: 'expected.servers_restored',
  user_impact: 'expected.user_impact',
};

/** A value that cannot be read as its type: a duration, a count pair, a service list, N/A without a reason. */
export const rule: Rule = {
  meta: {
    id: 'invalid-value',
    docs: { url: ruleDocsUrl('invalid-value') },
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    description: 'Typed values (durations, server counts, service lists) can be read.',
    messages: {
      unreadable: 'Cannot read "{found}" as {expected}.',
      naReason: '"N/A" needs a reason, e.g. "N/A: no servers were involved".',
      noServices: 'No service names found: list at least one service.',
      badTimeDigits: '"{found}" is not a time: write minutes and seconds with two digits (e.g. "13:05:09"); {count} timeline entries are written this way.',
      badTimeMeridiem: '"{found}" mixes a 24-hour time with AM/PM: write "13:55" or "1:55 PM"; {count} timeline entries are written this way.',
      impossibleDate: '"{found}" is not a real date: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has.',
      impossibleTime: '"{found}" is not a real time: hours run from 00 to 23, minutes and seconds from 00 to 59.',
      impossibleOffset: '"{found}" has a time zone offset that no zone has: offsets are at most 14 hours from UTC, with minutes from 00 to 59.',
      notCount: '"{key}" is "{found}": expected a count of 0 or more, such as 12000 or "45.6 million".',
    },
  },
  check(ctx) {
    const t = (f: FieldId): MessageArg => { const id = EXPECTED[f]; return id ? { term: id } : { field: f }; };
    const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');
    const reported = new Set<string>();
    const report = (messageId: string, range: { start: number; end: number }, data: Record<string, MessageArg> = {}) => {
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
      else if (s.names.length === 0 && !s.none) report('noServices', s.occurrence.valueRange);
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
      report('unreadable', issue.range, { found: short(issue.found ?? ''), expected: issue.pattern ? { term: 'expected.pattern', data: { pattern: issue.pattern } } : t(spec.id) });
    }
  },
};
