/**
 * The formats of `postmortem report`: a terminal table, Markdown, the report as JSON, the records
 * as JSON Lines or CSV, DevLake webhook incidents, and the HTML page (report-html.ts). Labels are
 * in English (docs/report.md says so).
 */
import { type IncidentReport, type MinutesStat, devlakeIncident, isLate, type IncidentRecord } from '../core/index';
import { reportHtml } from './report-html';

/** What a formatter may need besides the report. */
export interface ReportFormatContext {
  /** The working directory. */
  cwd: string;
}

/** `95` → `1h 35m`, `2000` → `1d 9h 20m`; `–` for none. */
export function formatMinutes(m: number | null): string {
  if (m === null) return '–';
  const total = Math.round(m);
  if (total < 60) return `${total}m`;
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const min = total % 60;
  return [d ? `${d}d` : '', h ? `${h}h` : '', min ? `${min}m` : ''].filter(Boolean).join(' ');
}

/**
 * A time-to figure as one cell: the median and the mean with how many incidents they are over,
 * or one incident's figure labelled as such (it is not a mean).
 */
export function statCell(s: MinutesStat): string {
  if (s.n === 0) return '–';
  if (s.n === 1) return `${formatMinutes(s.median)} (1 incident)`;
  return `${formatMinutes(s.median)} / ${formatMinutes(s.mean)} (n=${s.n})`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 incident`, `6 incidents`. */
export function incidents(n: number): string {
  return `${count(n)} incident${n === 1 ? '' : 's'}`;
}

/** The range line: `2024-01-01 to 2024-06-30`, or `all dates`. */
export function rangeText(r: IncidentReport): string {
  if (!r.since && !r.until) return 'all dates';
  return `${r.since ?? 'the first'} to ${r.until ?? 'the last'}`;
}

interface Section {
  title: string;
  head: string[];
  rows: string[][];
  empty: string;
}

function sections(r: IncidentReport): Section[] {
  return [
    {
      title: `By ${r.groupBy}`,
      head: [r.groupBy, 'incidents', 'TTD median / mean', 'TTM median / mean', 'TTR median / mean', 'users affected', 'open action items'],
      rows: [
        ...r.groups.map((g) => [g.key, count(g.incidents), statCell(g.ttd), statCell(g.ttm), statCell(g.ttr), count(g.usersAffected), count(g.openActionItems)]),
        ['all', count(r.totals.incidents), statCell(r.totals.ttd), statCell(r.totals.ttm), statCell(r.totals.ttr), count(r.totals.usersAffected), count(r.totals.openActionItems)],
      ],
      empty: 'No incidents.',
    },
    {
      title: `Recurring incidents (same service and trigger within ${r.recurrenceDays} days)`,
      head: ['incident', 'date', 'service', 'trigger', 'after', 'days'],
      rows: r.recurring.map((x) => [x.path, x.date, x.service, x.trigger, `${x.earlier.path} (${x.earlier.date})`, String(x.days)]),
      empty: 'None.',
    },
    {
      title: `Action items: ${count(r.actionItems.open)} open, ${count(r.actionItems.overdue)} overdue (due before ${r.today})`,
      head: ['owner', 'open', 'overdue'],
      rows: r.actionItems.byOwner.map((o) => [o.owner, count(o.open), count(o.overdue)]),
      empty: 'No open action items.',
    },
    {
      title: 'Documents that could not be read',
      head: ['document', 'reason'],
      rows: [...r.unreadable.map((u) => [u.path, u.reason]), ...r.undated.map((p) => [p, 'left out: no start date (started or date) to place it in the range'])],
      empty: 'None.',
    },
  ];
}

/** Columns a string takes in a terminal: wide (CJK, Hangul, full-width) characters take two. */
function width(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  const w = width(s);
  return w >= n ? s : s + ' '.repeat(n - w);
}

function table(r: IncidentReport): string {
  let out = `Postmortem report: ${incidents(r.totals.incidents)}, ${rangeText(r)}\n`;
  for (const s of sections(r)) {
    out += `\n${s.title}\n`;
    if (s.rows.length === 0) {
      out += `  ${s.empty}\n`;
      continue;
    }
    const widths = s.head.map((h, i) => Math.max(width(h), ...s.rows.map((row) => width(row[i] ?? ''))));
    out += '  ' + s.head.map((h, i) => pad(h, widths[i]!)).join('  ').trimEnd() + '\n';
    for (const row of s.rows) out += '  ' + row.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd() + '\n';
  }
  return out;
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdown(r: IncidentReport): string {
  let out = `# Postmortem report\n\n${incidents(r.totals.incidents)}, ${rangeText(r)}. Times are medians / means over the incidents that state them; a figure of one incident is labelled "(1 incident)".\n`;
  for (const s of sections(r)) {
    out += `\n## ${mdCell(s.title)}\n\n`;
    if (s.rows.length === 0) {
      out += `${s.empty}\n`;
      continue;
    }
    out += `| ${s.head.map(mdCell).join(' | ')} |\n| ${s.head.map(() => '---').join(' | ')} |\n`;
    for (const row of s.rows) out += `| ${row.map(mdCell).join(' | ')} |\n`;
  }
  return out;
}

/** The CSV columns, one row per incident (docs/report.md). */
export const CSV_COLUMNS = [
  'id', 'path', 'title', 'kind', 'severity', 'status', 'date', 'started', 'detected', 'mitigated', 'resolved',
  'ttd_minutes', 'ttm_minutes', 'ttr_minutes', 'services', 'users_affected', 'users_total', 'servers_lost', 'servers_restored',
  'trigger', 'cause_category', 'action_items', 'open_action_items', 'overdue_action_items', 'related',
] as const;

/** One CSV cell (RFC 4180), with a leading `=`, `+`, `-` or `@` of text quoted so spreadsheets do not run it as a formula. */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) || s !== v ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(rec: IncidentRecord, today: string): string {
  const open = rec.actionItems.filter((a) => !a.done);
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    id: rec.id, path: rec.path, title: rec.title, kind: rec.kind, severity: rec.severity, status: rec.status, date: rec.date,
    started: rec.started, detected: rec.detected, mitigated: rec.mitigated, resolved: rec.resolved,
    ttd_minutes: rec.ttdMinutes, ttm_minutes: rec.ttmMinutes, ttr_minutes: rec.ttrMinutes,
    services: rec.services.join('; '), users_affected: rec.usersAffected, users_total: rec.usersTotal, servers_lost: rec.serversLost, servers_restored: rec.serversRestored,
    trigger: rec.trigger, cause_category: rec.causeCategory, action_items: rec.actionItems.length, open_action_items: open.length,
    overdue_action_items: open.filter((a) => isLate(a, today)).length, related: rec.related.join('; '),
  };
  return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
}

function csv(r: IncidentReport): string {
  return [CSV_COLUMNS.join(','), ...r.records.map((rec) => csvRow(rec, r.today))].map((l) => l + '\r\n').join('');
}

function jsonLines(lines: unknown[]): string {
  return lines.map((l) => JSON.stringify(l) + '\n').join('');
}

/** Every format of `postmortem report`. */
export const REPORT_FORMATTERS: Record<'table' | 'markdown' | 'json' | 'jsonl' | 'csv' | 'html' | 'devlake', (r: IncidentReport, ctx: ReportFormatContext) => string> = {
  table,
  markdown,
  json: (r) => JSON.stringify(r, null, 2) + '\n',
  jsonl: (r) => jsonLines(r.records),
  csv,
  html: (r) => reportHtml(r),
  devlake: (r) => jsonLines(r.records.map(devlakeIncident)),
};
