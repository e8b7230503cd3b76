/**
 * What the timeline import works with: entries read from exported files (a chat export, a pager's
 * log, alerts, annotations, Git history, a CSV), and the problems that stop an import. Pure data.
 */
import type { LanguageId } from '../lang/index';

/** The kinds of file an import reads. */
export const IMPORT_SOURCES = ['slack', 'pagerduty', 'opsgenie', 'alertmanager', 'grafana', 'git', 'csv'] as const;

/** One kind of file an import reads. */
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** How each source is named in the tag written after an imported entry: the product's own name. */
export const SOURCE_NAMES: Readonly<Record<ImportSource, string>> = {
  slack: 'Slack',
  pagerduty: 'PagerDuty',
  opsgenie: 'Opsgenie',
  alertmanager: 'Alertmanager',
  grafana: 'Grafana',
  git: 'Git',
  csv: 'CSV',
};

/** What an entry means for the milestones, when the source says so. */
export type ImportEvent = 'alert' | 'ack' | 'resolve';

/** One event read from a source. */
export interface ImportEntry {
  /** The instant, in milliseconds since the Unix epoch. */
  at: number;
  /** The event in one line of plain text, names kept as the source writes them. */
  text: string;
  /** The sources it came from (more than one once duplicates are folded). */
  sources: ImportSource[];
  /** An alert fired, was acknowledged or was resolved. */
  event?: ImportEvent;
}

/** Why a file cannot be imported: the file, the entry in it when there is one, and the reason. */
export interface ImportProblem {
  /** The file as the user named it (a zip's member after `!`). */
  file: string;
  /** The entry: `log_entries[3]`, `row 12`, `message 1700000000.000100`. */
  entry?: string;
  /** What is wrong, in English. */
  message: string;
}

/** What a reader gives: the entries it read, or the problems that stop the import. */
export interface ImportRead {
  entries: ImportEntry[];
  problems: ImportProblem[];
}

/** What every reader is told. */
export interface ReadOptions {
  /** The file as the user named it, for problems. */
  file: string;
  /** The language of the document the entries go into, for the few words an import writes. */
  language: LanguageId;
}
