/**
 * Ids of the commands the language server executes (`workspace/executeCommand`). The VS Code
 * client registers every id the server announces as a VS Code command of the same name, so these
 * differ from the client's own palette commands (`postmortem.insertMissingSections`), which call
 * them with the active editor's document and cursor. This module imports nothing, so the client
 * can import it without pulling the server into its bundle.
 */
export const SERVER_COMMANDS = {
  /** Arguments: the document URI. Inserts a section skeleton for every field stated nowhere. */
  insertMissingSections: 'postmortem.server.insertMissingSections',
  /** Arguments: the document URI, optionally the cursor position. Inserts "now" into the timeline. */
  insertTimelineEntry: 'postmortem.server.insertTimelineEntry',
  /**
   * Arguments: the document URI and one `ImportTimelineArgs`. Reads the exported files, and with
   * `preview` answers the text after the import (`CommandResult.preview`) without changing
   * anything; else applies the import as one edit.
   */
  importTimeline: 'postmortem.server.importTimeline',
  /** Arguments: optionally a workspace folder URI. Answers `TemplateList`. */
  listTemplates: 'postmortem.server.listTemplates',
  /** Arguments: one `NewPostmortemArgs`. Writes the file (never overwriting) and answers `NewPostmortemResult`. */
  newFromTemplate: 'postmortem.server.newFromTemplate',
} as const;

/** What Import Timeline reads: the files and their kinds, and the options of `postmortem timeline import`. */
export interface ImportTimelineArgs {
  /** Each file (absolute, or relative to the document's folder) and its kind: `slack`, `pagerduty`, `opsgenie`, `alertmanager`, `grafana`, `git`, `csv`. */
  sources: Array<{ source: string; path: string }>;
  /** Slack: the channel folder of the export. */
  channel?: string;
  /** Slack: reactions (`:pushpin:`) and words that select a message (default `:pushpin:`). */
  match?: string[];
  /** Slack: every message. */
  all?: boolean;
  /** ISO 8601 instants with a zone. */
  since?: string;
  until?: string;
  /** Zone to write times in when the timeline states none. */
  zone?: string;
  /** Git: only merges that touch these paths. */
  paths?: string[];
  /** Answer the text after the import instead of applying it. */
  preview?: boolean;
}

/** A template as the New Postmortem quick pick shows it. */
export interface TemplateItem {
  /** Template id. */
  id: string;
  /** Label. */
  label: string;
  /** One line about it. */
  description: string;
  /** `en` or `ko`. */
  language: string;
  /** The template's own title, if it has one (prefilled examples do). */
  title?: string;
  /** The template's own date, if it has one. */
  date?: string;
}

/** Answer of `listTemplates`. */
export interface TemplateList {
  /** Templates, built-in first. */
  templates: TemplateItem[];
  /** A problem with the team templates folder, if any. */
  warning?: string;
}

/** Arguments of `newFromTemplate`. */
export interface NewPostmortemArgs {
  /** Template id. */
  templateId: string;
  /** Title. */
  title?: string;
  /** Date, YYYY-MM-DD. */
  date?: string;
  /** The workspace folder to write in; absent: render only (for an untitled document). */
  folderUri?: string;
}

/** Answer of `newFromTemplate`. */
export interface NewPostmortemResult {
  /** URI of the file written (when a folder was given). */
  uri?: string;
  /** The rendered text. */
  text: string;
  /** Why nothing was written. */
  error?: string;
}

/** What the server commands answer. */
export interface CommandResult {
  /** The client applied the edit. */
  applied: boolean;
  /** Why nothing was done, or what was done, in the server's locale. */
  message?: string;
  /** Where the cursor should go after the edit (zero-based line and UTF-16 character). */
  position?: { line: number; character: number };
  /** Import Timeline with `preview`: the whole text after the import, and the number of rows it adds. */
  preview?: { text: string; rows: number };
}

/**
 * Custom requests of the Incidents view and Show Incident Report (no parameters). The server
 * answers them from the workspace index's list of postmortems, each linted in the shared lint
 * worker into its incident record (server/src/lsp/incidents.ts).
 */
export const INCIDENT_REQUESTS = {
  /** Answers `IncidentList`. */
  incidents: 'postmortem/incidents',
  /** Answers `IncidentReportPage`. */
  report: 'postmortem/incidentReport',
} as const;

/** What the Incidents view shows of one postmortem (a small part of its incident record). */
export interface IncidentEntry {
  /** The document. */
  uri: string;
  /** Path relative to its workspace folder, with `/`. */
  path: string;
  /** Front matter `id`, else the file name. */
  id: string;
  title: string | null;
  /** `YYYY-MM-DD` the incident started. */
  date: string | null;
  severity: string | null;
  status: string | null;
  /** Time to resolve in minutes. */
  ttrMinutes: number | null;
  /** Action items not done. */
  openActionItems: number;
  /** Of those, due before today. */
  overdueActionItems: number;
}

/** The answer to `postmortem/incidents`. */
export interface IncidentList {
  incidents: IncidentEntry[];
  /** False while the workspace index is still reading the folders for the first time. */
  complete: boolean;
  /** True when the workspace has more postmortems than the server reads for the view (`MAX_INCIDENT_FILES`). */
  truncated: boolean;
}

/** The answer to `postmortem/incidentReport`: the HTML page of `postmortem report --format html`. */
export interface IncidentReportPage {
  html: string;
  /** Incidents in the report. */
  incidents: number;
}
