/**
 * Messages between the language server's main thread and its lint workers (lint-host.ts and
 * lint-worker.ts). Plain data only: they cross threads by structured clone. Results stay in the
 * worker that computed them; the main thread gets what it publishes (diagnostics) and what code
 * actions need (the fixes, as LSP edits), and asks the worker everything else.
 */
import type { CompletionList, Diagnostic, Hover, Position, TextEdit } from 'vscode-languageserver';
import type { PostmortemConfig, Locale, PeerRecord } from '../core/index';
import type { ImportTimelineArgs } from './command-ids';
import type { IndexStats } from './service-index';
import type { IncidentRecords } from './incidents';

/** The configuration a document is linted with. `key` is stable while the configuration is. */
export interface ConfigMessage {
  /** Identifies the configuration (and team schema): the worker keeps one object per key. */
  key: string;
  /** The effective configuration. */
  config: PostmortemConfig;
  /** The team schema, if any. */
  teamSchema: Record<string, unknown> | undefined;
}

/** Lint one version of a document. */
export interface LintJob {
  type: 'lint';
  /** Job number (increasing per worker). */
  job: number;
  uri: string;
  version: number;
  /**
   * Index of the document's slot in the shared version table: the job is cancelled as soon as
   * the slot no longer holds `version` (a newer version arrived, or the document closed).
   */
  slot: number;
  /** Configuration generation when the job was sent; a newer one in slot 0 cancels the job too. */
  generation: number;
  /**
   * The text: whole, or as a change to the text of the last job of the same document (a 1 MB
   * document is not copied between threads on every keystroke). A worker that no longer has that
   * text answers `resend`.
   */
  text: string | TextPatch;
  /** Path relative to the workspace folder, with `/` (undefined outside any folder). */
  rel: string | undefined;
  config: ConfigMessage;
  locale: Locale;
}

/** A text as a change to an earlier one: its first `prefix` and last `suffix` characters, `insert` between. */
export interface TextPatch {
  /** The version of the earlier text (the last one sent for the document). */
  from: number;
  prefix: number;
  suffix: number;
  insert: string;
}

/** Questions about the last lint of a document. */
export type Query =
  | { kind: 'hover'; position: Position }
  | { kind: 'completion'; position: Position; snippets: boolean; now: number }
  | { kind: 'missingSections' }
  | { kind: 'timelineEntry'; position: Position | undefined; now: number }
  | { kind: 'importTimeline'; args: ImportTimelineArgs; cwd: string }
  | { kind: 'fixAll' };

/** What each query answers. */
export interface Answers {
  hover: Hover | null;
  completion: CompletionList | null;
  missingSections: CommandEdit;
  timelineEntry: CommandEdit;
  importTimeline: CommandEdit;
  fixAll: TextEdit[];
}

/** The edit a command computed, or why there is none. */
export interface CommandEdit {
  /** Edits in the document's version the answer is for. */
  edits?: TextEdit[];
  /** Undo label. */
  label?: string;
  /** A message for the user: what was done or why nothing was. */
  message?: string;
  /** Where the cursor goes in the text after the edits (a new timeline entry). */
  cursor?: Position;
  /** The text after the edits and the rows added (Import Timeline's preview). */
  preview?: { text: string; rows: number };
}

/** Ask about a document. */
export interface QueryMessage {
  type: 'query';
  id: number;
  uri: string;
  /** The version the question is about: the worker answers only from the result of that version. */
  version: number;
  query: Query;
  locale: Locale;
}

/** Forget a document. */
export interface CloseMessage {
  type: 'close';
  uri: string;
}

/** Workspace folders (for the service names of other postmortems, and the workspace index). */
export interface FoldersMessage {
  type: 'folders';
  folders: string[];
  /** True for the lane that keeps the workspace index (reads the whole workspace in the background). */
  index: boolean;
}

/** Files of the workspace created, changed or deleted on disk (`workspace/didChangeWatchedFiles`). */
export interface FilesMessage {
  type: 'files';
  changes: Array<{ uri: string; deleted: boolean }>;
}


/** To the shared lane: send a snapshot of the index with every change from now on (the heavy lane started). */
export interface MirrorMessage {
  type: 'mirror';
}

/** To the heavy lane: the index's views (`WorkspaceIndex.snapshot`). */
export interface SnapshotMessage {
  type: 'snapshot';
  json: string;
}

/** Between lanes, through the main thread: the record of a document open in the heavy lane (`closed`: it closed there). */
export interface OpenRecordMessage {
  type: 'openRecord';
  uri: string;
  record: PeerRecord | null;
  names: string[];
  closed?: boolean;
}

/** Report memory use (after a full garbage collection when `gc` is true and possible). */
export interface MemoryQuery {
  type: 'memory';
  id: number;
  gc: boolean;
}

/** To the shared lane: the incident records of the workspace's postmortems (incidents.ts). */
export interface IncidentsQuery {
  type: 'incidents';
  id: number;
}

/** Main thread → worker. */
export type ToWorker = LintJob | QueryMessage | CloseMessage | FoldersMessage | FilesMessage | MemoryQuery | MirrorMessage | SnapshotMessage | OpenRecordMessage | IncidentsQuery;

/** A quick fix or suggestion of one finding, converted for code actions. */
export interface FixMessage {
  title: string;
  edits: TextEdit[];
}

/** What code actions need of one finding. */
export interface FindingActions {
  /** Index into the snapshot's diagnostics (the same lint's). */
  index: number;
  fix?: FixMessage;
  suggestions?: FixMessage[];
}

/** The outcome of a lint job. */
export interface LintedMessage {
  type: 'linted';
  job: number;
  uri: string;
  version: number;
  /**
   * `done`; `cancelled` (a newer version or configuration arrived first); `resend` (the job came
   * as a change to a text the worker does not have: send the whole text).
   */
  outcome: 'done' | 'cancelled' | 'resend';
  /** False for a Markdown file that is not a postmortem (no diagnostics). */
  isPostmortem: boolean;
  diagnostics: Diagnostic[];
  /** Fixes and suggestions, for findings that have some. */
  actions: FindingActions[];
  /** The edits of fix-all (non-overlapping fixes); undefined when there are too many fixes to choose them now (ask `fixAll`). */
  fixAll: TextEdit[] | undefined;
  /** Rules that threw, for the log. */
  ruleErrors: Array<{ ruleId: string; message: string }>;
  /** Time the lint took in the worker, in milliseconds. */
  ms: number;
}

/** The answer to a query; `version` undefined when the worker had no result of the version asked. */
export interface AnswerMessage {
  type: 'answer';
  id: number;
  version: number | undefined;
  value: unknown;
  /** A failure, for the log. */
  error?: string;
}

/** Memory use of a worker. */
export interface MemoryMessage {
  type: 'memory';
  id: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Documents the worker holds. */
  documents: number;
  /** Of those, the ones that keep a chunk cache (lint-engine.ts, `DOCUMENTS_WITH_CACHE`). */
  cached: number;
  /** Of `heapUsed`, V8's compiled code (`compiledCodeBytes`). */
  code: number;
  /** The workspace index of the worker, when it keeps one. */
  index?: IndexStats;
}

/** The records other documents see changed (the workspace index finished a scan, a file or an open document changed). */
export interface WorkspaceChangedMessage {
  type: 'workspaceChanged';
  /** The index's views, when the heavy lane needs them (`MirrorMessage`). */
  snapshot?: string;
  /** The first snapshot for a heavy lane that just started (the answer to `MirrorMessage`): the records did not change. */
  mirror?: true;
}

/** The answer to `IncidentsQuery`. */
export interface IncidentsMessage extends IncidentRecords {
  type: 'incidents';
  id: number;
}

/** Worker → main thread. */
export type FromWorker = LintedMessage | AnswerMessage | MemoryMessage | WorkspaceChangedMessage | OpenRecordMessage | IncidentsMessage;

/** The `workerData` that marks a lint worker of the language server. */
export const LINT_WORKER_MARK = 'postmortem-lsp-lint-worker';

/** What a worker is started with. */
export interface LintWorkerData {
  kind: typeof LINT_WORKER_MARK;
  /** The shared version table: slot 0 is the configuration generation, the others document versions. */
  versions: SharedArrayBuffer;
}

/** The result a query is asked of (answers of each kind, typed). */
export type AnswerOf<K extends Query['kind']> = Answers[K];
