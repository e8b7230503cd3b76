/**
 * The Incidents view and Show Incident Report (`postmortem/incidents`, `postmortem/incidentReport`).
 *
 * Decision: the workspace index keeps only small peer records (what the cross-document rules
 * compare), and they stay that way. The view needs more (time to resolve, status, action items),
 * so the request takes the index's list of postmortems and lints each of them again in the shared
 * lint worker, giving the same full incident record as `postmortem report` (core/record.ts).
 * It is bounded (`MAX_INCIDENT_FILES`, files over `MAX_FILE_BYTES` left out) and gives the event
 * loop back between files, so lints of open documents are answered in between. Open documents of
 * the shared lane count with their editor text; the others (and the heavy lane's) with the file.
 */
import { buildReport, isLate, type IncidentRecord } from '../core/index';
import { localDay } from '../node/local-day';
import { reportHtml } from '../cli/report-html';
import { INCIDENT_REQUESTS, type IncidentEntry, type IncidentList, type IncidentReportPage } from './command-ids';
import type { Feature, ServerContext } from './server';

/** Most postmortems read for the view and the report. */
export const MAX_INCIDENT_FILES = 2000;

/** The incident records of the workspace, from the worker that keeps the index. */
export interface IncidentRecords {
  records: Array<{ uri: string; record: IncidentRecord }>;
  /** False while the index's first scan runs. */
  complete: boolean;
  /** More postmortems than `MAX_INCIDENT_FILES`. */
  truncated: boolean;
}

/** What the view shows of a record. */
export function incidentEntry(uri: string, r: IncidentRecord, today: string): IncidentEntry {
  const open = r.actionItems.filter((a) => !a.done);
  return {
    uri,
    path: r.path,
    id: r.id,
    title: r.title,
    date: r.date,
    severity: r.severity,
    status: r.status,
    ttrMinutes: r.ttrMinutes,
    openActionItems: open.length,
    overdueActionItems: open.filter((a) => isLate(a, today)).length,
  };
}

/** Registers the two requests. */
export const incidentsFeature: Feature = {
  register(ctx: ServerContext) {
    ctx.connection.onRequest('postmortem/incidents', ctx.guard(INCIDENT_REQUESTS.incidents, null, async (): Promise<IncidentList | null> => {
      const r = await ctx.incidents();
      if (!r) return null;
      const today = localDay();
      return { incidents: r.records.map((x) => incidentEntry(x.uri, x.record, today)), complete: r.complete, truncated: r.truncated };
    }));
    ctx.connection.onRequest('postmortem/incidentReport', ctx.guard(INCIDENT_REQUESTS.report, null, async (): Promise<IncidentReportPage | null> => {
      const r = await ctx.incidents();
      if (!r) return null;
      const report = buildReport(r.records.map((x) => x.record), [], { today: localDay(), groupBy: 'month' });
      return { html: reportHtml(report, { editorThemes: true }), incidents: report.totals.incidents };
    }));
  },
};
