import { ruleDocsUrl, type Rule } from './types';
import { actionItemsOf } from '../record';
import { internalPartStart, isPublicNotice } from '../audience';

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * An action item due before today and not done. Information, and silent when the caller gives
 * no date: the finding depends on the day it is linted, so the CLI runs it in CI only when the
 * configuration turns it on (docs/rules/action-item-overdue.md).
 */
export const rule: Rule = {
  meta: {
    id: 'action-item-overdue',
    docs: { url: ruleDocsUrl('action-item-overdue') },
    type: 'suggestion',
    defaultSeverity: 'information',
    fixable: false,
    description: 'Action items due before today are done.',
    messages: {
      overdue: 'This action item was due on {due}, {days} days ago, and is not done: finish it, mark it done, or give it a new due date.',
    },
  },
  check(ctx) {
    const today = ctx.today;
    if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return;
    // A notice to customers is published once: nobody marks its commitments done in it (audience.ts);
    // the internal part after one (`## Internal appendix`) is the team's, and is read.
    const from = internalPartStart(ctx.doc);
    if (from === undefined && isPublicNotice(ctx.doc)) return;
    for (const item of actionItemsOf(ctx.doc, ctx.fields)) {
      // An item that links its ticket and states no status of its own: the tracker says whether it is done.
      if ((from !== undefined && item.range.start < from) || item.done || item.statusElsewhere || item.due === null || item.due >= today) continue;
      ctx.report({ messageId: 'overdue', data: { due: item.due, days: days(item.due, today) }, range: item.range });
    }
  },
};
