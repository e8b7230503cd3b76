import { ruleDocsUrl, type Rule } from './types';
import { frontMatterRange, ownRecord, peersOf, relativeLink, sameService, type PeerRecord } from '../workspace';

/** Days within which an incident of the same service and trigger is a recurrence (the report's default window). */
export const RECURRENCE_DAYS = 90;

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * An earlier postmortem of the workspace had the same trigger and one of the same services at
 * most `RECURRENCE_DAYS` before: the nearest is named, with its path relative to this document.
 * Information: a recurrence is worth knowing, not an error of the document.
 */
export const rule: Rule = {
  meta: {
    id: 'recurring-incident',
    docs: { url: ruleDocsUrl('recurring-incident') },
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'An incident with the same service and trigger as an earlier postmortem names it as a recurrence.',
    messages: {
      recurs: 'This incident recurs: {earlier} ({date}) had the same service "{service}" and trigger "{trigger}", {days} days earlier.',
    },
  },
  check(ctx) {
    const view = ctx.workspace;
    if (!view) return;
    const self = ownRecord(ctx);
    if (!self.date || !self.trigger || self.services.length === 0) return;
    let best: { peer: PeerRecord; service: string; days: number } | undefined;
    for (const p of peersOf(view)) {
      if (!p.date || p.trigger !== self.trigger) continue;
      const d = days(p.date, self.date);
      if (d < 0 || d > RECURRENCE_DAYS || (d === 0 && p.path >= (view.path ?? ''))) continue;
      const service = self.services.find((s) => p.services.some((t) => sameService(s, t)));
      if (service === undefined) continue;
      if (!best || d < best.days || (d === best.days && p.path < best.peer.path)) best = { peer: p, service, days: d };
    }
    if (!best) return;
    ctx.report({
      messageId: 'recurs',
      data: { earlier: relativeLink(view.path, best.peer.path), date: best.peer.date!, service: best.service, trigger: self.trigger, days: best.days },
      range: frontMatterRange(ctx, '/trigger'),
    });
  },
};
