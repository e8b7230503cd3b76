/**
 * What a repository of postmortems adds up to: counts, time-to figures, recurring incidents and
 * follow-ups, from the incident records (record.ts). Pure: the records, a date range and today's
 * date go in; the CLI formats what comes out (cli/report-formats.ts).
 */
import { isLate, type IncidentRecord } from './record';

/** How incidents are grouped. */
export const GROUP_BYS = ['month', 'quarter', 'severity', 'service', 'trigger', 'kind'] as const;

/** One way of grouping. */
export type GroupBy = (typeof GROUP_BYS)[number];

/** Options of a report. */
export interface ReportOptions {
  /** First day included, `YYYY-MM-DD`. */
  since?: string;
  /** Last day included, `YYYY-MM-DD`. */
  until?: string;
  /** Grouping (default `month`). */
  groupBy?: GroupBy;
  /** Today, `YYYY-MM-DD`: an action item due before it and not done is overdue. */
  today: string;
  /** Days within which an incident of the same service and trigger counts as a recurrence (default 90). */
  recurrenceDays?: number;
}

/** A time-to figure over several incidents. `n` is how many incidents state it; with `n` 1 it is that incident's figure, not a mean. */
export interface MinutesStat {
  /** Incidents with the figure. */
  n: number;
  /** Median in minutes (null when `n` is 0). */
  median: number | null;
  /** Mean in minutes (null when `n` is 0). */
  mean: number | null;
}

/** The figures of a set of incidents. */
export interface Figures {
  /** Incidents. */
  incidents: number;
  /** Time to detect. */
  ttd: MinutesStat;
  /** Time to mitigate. */
  ttm: MinutesStat;
  /** Time to resolve. */
  ttr: MinutesStat;
  /** Users affected, summed over the incidents that count them. */
  usersAffected: number;
  /** Action items not done. */
  openActionItems: number;
}

/** A group of incidents. */
export interface Group extends Figures {
  /** The month (`2024-03`), quarter (`2024-Q1`), severity, service, trigger or kind; `(none)` when unknown. */
  key: string;
}

/** An incident with an earlier one of the same service and trigger within the window. */
export interface Recurrence {
  /** The later incident. */
  id: string;
  path: string;
  date: string;
  /** The shared service and trigger. */
  service: string;
  trigger: string;
  /** The earlier incident. */
  earlier: { id: string; path: string; date: string };
  /** Days between them. */
  days: number;
}

/** Open and overdue action items of one owner. */
export interface OwnerItems {
  /** The owner, `(no owner)` when the item names none. */
  owner: string;
  /** Not done. */
  open: number;
  /** Not done and due before today. */
  overdue: number;
}

/** A document that could not be read, and why. */
export interface Unreadable {
  /** Path. */
  path: string;
  /** Reason, one line. */
  reason: string;
}

/** The report. */
export interface IncidentReport {
  /** The options it was made with. */
  since: string | null;
  until: string | null;
  groupBy: GroupBy;
  today: string;
  recurrenceDays: number;
  /** Figures of every incident in range. */
  totals: Figures;
  /** Figures per group, in key order. */
  groups: Group[];
  /** Median TTR per month (the chart of the HTML report). */
  ttrByMonth: Array<{ month: string; ttr: MinutesStat }>;
  /** Incidents per severity and per service (most first). */
  bySeverity: Array<{ key: string; incidents: number }>;
  byService: Array<{ key: string; incidents: number }>;
  /** Recurring incidents, in date order. */
  recurring: Recurrence[];
  /** Open and overdue action items, in all and by owner (most open first). */
  actionItems: { open: number; overdue: number; byOwner: OwnerItems[] };
  /** Documents that could not be read. */
  unreadable: Unreadable[];
  /** Documents left out of a `since`/`until` report because they state no date. */
  undated: string[];
  /** The records in range, in date order. */
  records: IncidentRecord[];
}

const NONE = '(none)';

/** Median of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function stat(values: Array<number | null>): MinutesStat {
  const v = values.filter((x): x is number => x !== null);
  return { n: v.length, median: median(v), mean: v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100 : null };
}

function figures(records: readonly IncidentRecord[]): Figures {
  return {
    incidents: records.length,
    ttd: stat(records.map((r) => r.ttdMinutes)),
    ttm: stat(records.map((r) => r.ttmMinutes)),
    ttr: stat(records.map((r) => r.ttrMinutes)),
    usersAffected: records.reduce((n, r) => n + (r.usersAffected ?? 0), 0),
    openActionItems: records.reduce((n, r) => n + r.actionItems.filter((a) => !a.done).length, 0),
  };
}

/** The keys an incident is grouped under (an incident with two services is in both). */
export function groupKeys(r: IncidentRecord, by: GroupBy): string[] {
  switch (by) {
    case 'month':
      return [r.date ? r.date.slice(0, 7) : NONE];
    case 'quarter':
      return [r.date ? `${r.date.slice(0, 4)}-Q${Math.floor((Number(r.date.slice(5, 7)) - 1) / 3) + 1}` : NONE];
    case 'severity':
      return [r.severity ?? NONE];
    case 'service':
      return r.services.length ? [...new Set(r.services)] : [NONE];
    case 'trigger':
      return [r.trigger ?? NONE];
    case 'kind':
      return [r.kind ?? NONE];
  }
}

function byKey(records: readonly IncidentRecord[], by: GroupBy): Map<string, IncidentRecord[]> {
  const map = new Map<string, IncidentRecord[]>();
  for (const r of records) {
    for (const k of groupKeys(r, by)) {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
  }
  return map;
}

/** Keys in order: `(none)` last, the rest as text (months and quarters sort by date that way). */
function keyOrder(a: string, b: string): number {
  if (a === NONE || b === NONE) return a === b ? 0 : a === NONE ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function counts(records: readonly IncidentRecord[], by: GroupBy): Array<{ key: string; incidents: number }> {
  return [...byKey(records, by)].map(([key, list]) => ({ key, incidents: list.length })).sort((a, b) => b.incidents - a.incidents || keyOrder(a.key, b.key));
}

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Incidents with an earlier incident of the same service and trigger at most `window` days
 * before (the nearest one is named). Both need a date, a trigger and a service.
 */
export function recurrences(records: readonly IncidentRecord[], window: number): Recurrence[] {
  const dated = records.filter((r) => r.date && r.trigger && r.services.length).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const out: Recurrence[] = [];
  for (let i = 0; i < dated.length; i++) {
    const r = dated[i]!;
    for (const service of new Set(r.services)) {
      let earlier: IncidentRecord | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const e = dated[j]!;
        if (days(e.date!, r.date!) > window) break;
        if (e.trigger === r.trigger && e.services.includes(service)) {
          earlier = e;
          break;
        }
      }
      if (earlier) out.push({ id: r.id, path: r.path, date: r.date!, service, trigger: r.trigger!, earlier: { id: earlier.id, path: earlier.path, date: earlier.date! }, days: days(earlier.date!, r.date!) });
    }
  }
  return out;
}

/** Builds the report of `records`; `unreadable` are the documents that could not be read. */
export function buildReport(all: readonly IncidentRecord[], unreadable: readonly Unreadable[], options: ReportOptions): IncidentReport {
  const groupBy = options.groupBy ?? 'month';
  const recurrenceDays = options.recurrenceDays ?? 90;
  const ranged = options.since !== undefined || options.until !== undefined;
  const undated: string[] = [];
  const records = all.filter((r) => {
    if (!ranged) return true;
    if (!r.date) {
      undated.push(r.path);
      return false;
    }
    return (options.since === undefined || r.date >= options.since) && (options.until === undefined || r.date <= options.until);
  });
  records.sort((a, b) => ((a.date ?? '~') < (b.date ?? '~') ? -1 : (a.date ?? '~') > (b.date ?? '~') ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const groups = [...byKey(records, groupBy)].map(([key, list]) => ({ key, ...figures(list) })).sort((a, b) => keyOrder(a.key, b.key));
  const ttrByMonth = [...byKey(records.filter((r) => r.date), 'month')].map(([month, list]) => ({ month, ttr: stat(list.map((r) => r.ttrMinutes)) })).sort((a, b) => keyOrder(a.month, b.month));

  const owners = new Map<string, OwnerItems>();
  let open = 0;
  let overdue = 0;
  for (const r of records) {
    for (const a of r.actionItems) {
      if (a.done) continue;
      const late = isLate(a, options.today);
      open++;
      if (late) overdue++;
      const key = a.owner ?? '(no owner)';
      const o = owners.get(key) ?? { owner: key, open: 0, overdue: 0 };
      o.open++;
      if (late) o.overdue++;
      owners.set(key, o);
    }
  }

  return {
    since: options.since ?? null,
    until: options.until ?? null,
    groupBy,
    today: options.today,
    recurrenceDays,
    totals: figures(records),
    groups,
    ttrByMonth,
    bySeverity: counts(records, 'severity'),
    byService: counts(records, 'service'),
    // An incident in range recurs even when the earlier one is before the range.
    recurring: recurrences(all, recurrenceDays).filter((x) => records.some((r) => r.path === x.path)),
    actionItems: { open, overdue, byOwner: [...owners.values()].sort((a, b) => b.open - a.open || b.overdue - a.overdue || (a.owner < b.owner ? -1 : 1)) },
    unreadable: [...unreadable].sort((a, b) => (a.path < b.path ? -1 : 1)),
    undated: undated.sort(),
    records,
  };
}
