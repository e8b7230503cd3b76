import { ruleDocsUrl, type Rule } from './types';
import { headerDate, isLate, itemsWithState } from '../record';
import { datedSnapshot } from '../audience';

/** An issue by repository and number (`oxbow/community-tools#33`). */
const REPO_ISSUE = /(?<![\w.-])[A-Za-z0-9][\w.-]*\/[\w.-]+#\d+/;

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Days after its date during which a postmortem is still where its action items are followed up. */
export const FOLLOW_UP_DAYS = 90;

/**
 * An item due after the day its document was written, in a document written more than FOLLOW_UP_DAYS
 * ago. A postmortem is followed up in the weeks after it is written; months later it is a record of
 * its day (an open item in it was open then), and the item's outcome is kept where the team tracks
 * its work (`postmortem report` still lists it). What was already due on the day the document was
 * written and is not done is a flaw of the document itself, and is reported however old.
 */
function leftToTheTracker(item: { due: string | null; dueLatest?: string }, written: string, today: string, followUpDays: number): boolean {
  const due = item.due ?? item.dueLatest;
  return due !== undefined && due > written && days(written, today) > followUpDays;
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
      overdue: 'This action item was due on {due}, {days} days ago, and is not marked done: finish it, mark it done, or give it a new due date.',
      overdueRelative: 'This action item was due "{due}" in a document dated {written}, {days} days ago, and is not marked done: finish it, mark it done, or give it a due date.',
      overdueAfterDated: 'This action item was due on {due}, {days} days ago, after the date of this document ({dated}), and no outcome is recorded: add the outcome where its follow-up is kept (an addendum, the tracker), or link to it here.',
    },
  },
  check(ctx) {
    const today = ctx.today;
    if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return;
    // Items whose state the document does not keep are not late here (record.ts `itemsWithState`):
    // a notice's commitments (audience.ts; the internal part after one is the team's, and is read),
    // and items that link their ticket and state no status of their own (the tracker says).
    // An e-mail or a submitted report is dated: what fell due after it is followed up elsewhere.
    const dated = datedSnapshot(ctx.doc);
    const written = dated ?? headerDate(ctx.doc);
    for (const item of itemsWithState(ctx.doc, ctx.fields)) {
      if (!isLate(item, today)) continue;
      if (written !== undefined && leftToTheTracker(item, written, today, ctx.followUpDays ?? FOLLOW_UP_DAYS)) continue;
      // (`| next sprint | In progress |` in a review dated 2024-11-05: a deadline said relative to that day, long past.)
      if (item.due === null) {
        if (item.dueWords !== undefined && item.dueFrom !== undefined && dated === undefined) {
          ctx.report({ messageId: 'overdueRelative', data: { due: item.dueWords, written: item.dueFrom, days: days(item.dueFrom, today) }, range: item.range });
        }
        continue;
      }
      // (`@kwame, oxbow/community-tools#33, by end of November` in a sent e-mail: the ticket it links is where its outcome goes.)
      // (`| … | 期限 | 12/3 時点 |`: a table whose states are as of a day is a snapshot of that day too.)
      const snapshot = dated ?? item.asOf;
      if (snapshot !== undefined && snapshot < item.due && (item.link !== null || REPO_ISSUE.test(ctx.doc.text.slice(item.range.start, item.range.end)))) continue;
      if (snapshot !== undefined && snapshot < item.due) ctx.report({ messageId: 'overdueAfterDated', data: { due: item.due, days: days(item.due, today), dated: snapshot }, range: item.range });
      else ctx.report({ messageId: 'overdue', data: { due: item.due, days: days(item.due, today) }, range: item.range });
    }
  },
};
