import { shortTextLanguage } from '../lang/index';
import { ruleDocsUrl, type Rule } from './types';
import { toleranceMinutes } from '../config';
import type { Stated } from '../facts';
import { formatDuration, type Timestamp } from '../readers/index';
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
    description: 'The stated duration agrees with resolved − started in the front matter.',
    messages: {
      mismatch: 'Duration says {stated}, but started → resolved is {computed} (tolerance {tolerance}).',
      useComputed: 'Change to {computed}',
    },
  },
  check(ctx) {
    // A length read from a sentence may measure something else (`shard 3 returned errors from 02:14 to
    // 02:52, 38 minutes`): only a duration stated as the field is held to started → resolved.
    const stated = ctx.facts.durations.find((d) => d.occurrence.surface !== 'prose');
    const computed = elapsedMinutes(ctx.facts.milestones.started, ctx.facts.milestones.resolved, ctx.config.timezone);
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
