import { ruleDocsUrl, type Rule } from './types';
import { isLate, itemsWithState } from '../record';

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
    // Items whose state the document does not keep are not late here (record.ts `itemsWithState`):
    // a notice's commitments (audience.ts; the internal part after one is the team's, and is read),
    // and items that link their ticket and state no status of their own (the tracker says).
    for (const item of itemsWithState(ctx.doc, ctx.fields)) {
      if (!isLate(item, today) || item.due === null) continue;
      ctx.report({ messageId: 'overdue', data: { due: item.due, days: days(item.due, today) }, range: item.range });
    }
  },
};
