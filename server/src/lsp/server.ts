/**
 * The language server: a document store, the lint scheduler that keeps diagnostics current, and
 * the handlers, each registered behind one guard. Everything else lives in its own module: the
 * client session (session.ts), open configuration files (config-documents.ts), code actions
 * (code-actions.ts, handlers.ts), hover, completion and commands (the feature modules).
 */
import {
  TextDocuments, TextDocumentSyncKind, CodeActionKind, DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification, type Connection, type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ChangeTracker } from './change-tracker';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import type { Locale, PostmortemConfig } from '../core/index';
import { ConfigStore } from './workspace';
import { LintHost, type EngineFactory, type StartLintThread } from './lint-host';
import { LintEngine, NO_INDEX } from './lint-engine';
import { DIRECT_FILE_ACCESS, type FileAccess } from './file-access';
import type { IncidentRecords } from './incidents';
import { LintScheduler } from './lint-scheduler';
import type { Answers, ConfigMessage, Query } from './lint-protocol';
import { ClientSession } from './session';
import { WorkspaceEvents } from './workspace-events';
import { ConfigDocuments } from './config-documents';
import { FIX_ALL_KIND } from './code-actions';
import { codeActionHandler, diagnosticHandler, memoryHandler, type HandlerDeps } from './handlers';

export { FIX_ALL_KIND } from './code-actions';
export type { MemoryUsage } from './handlers';

/** Wraps a handler: an exception is logged and answered with the fallback, and the server keeps serving. */
export type Guard = <A extends unknown[], R>(name: string, fallback: R, fn: (...a: A) => R | Promise<R>) => (...a: A) => Promise<R>;

/** What feature modules (hover, completion, commands) get from the server. */
export interface ServerContext {
  /** The connection. */
  connection: Connection;
  /** Open documents. */
  documents: TextDocuments<TextDocument>;
  /** Configuration lookups. */
  configs: ConfigStore;
  /** The message locale from initialize. */
  locale(): Locale;
  /**
   * Asks the lint worker that holds a document (lint-scheduler.ts): `current` about the lint of
   * the document's current version (linted at once if need be), otherwise about the last finished
   * lint, positions carried across the changes since. Undefined when there is no answer within
   * `waitMs` or the document is not open.
   */
  ask<K extends Query['kind']>(uri: string, query: Extract<Query, { kind: K }>, options: { current: boolean; waitMs: number }): Promise<{ value: Answers[K]; version: number } | undefined>;
  /** Client capabilities sent in initialize. */
  capabilities(): InitializeParams['capabilities'];
  /** The editor's `postmortem.*` settings for a URI (cached until they change). */
  settingsFor(uri: string): Promise<Partial<PostmortemConfig> | undefined>;
  /** The guard every handler goes through. */
  guard: Guard;
  /** How the server reads files (the disk in Node; through the client in the web). */
  files: FileAccess;
  /** The incident records of the workspace's postmortems (incidents.ts); undefined when the worker is lost. */
  incidents(): Promise<IncidentRecords | undefined>;
}

/** A feature module: registers its handlers and contributes capabilities. */
export interface Feature {
  /** Capabilities merged into the initialize result. */
  capabilities?(params: InitializeParams): Partial<InitializeResult['capabilities']>;
  /** Registers handlers on the connection. */
  register(ctx: ServerContext): void;
}

/** Options of a server. */
export interface ServerOptions {
  /** Starts a lint worker (Node: `lintThreads` of lint-worker.ts); without it, lints run on the main thread. */
  startThread?: StartLintThread;
  /** The engine a lane runs on the main thread; by default one without the workspace's service index. */
  newEngine?: EngineFactory;
  /** How files are read; by default the disk, directly. */
  files?: FileAccess;
}

const engineWithoutIndex: EngineFactory = (versions, send) => new LintEngine(versions, send, NO_INDEX);

/** Starts a language server on a connection (stdio, IPC or sockets, from the command line). */
export function startServer(connection: Connection, features: readonly Feature[] = [], options: ServerOptions = {}): void {
  const changes = new ChangeTracker();
  const documents = new TextDocuments(changes.documents);
  const configs = new ConfigStore();
  const session = new ClientSession(connection);
  const locale = () => session.locale;
  const configDocs = new ConfigDocuments(connection, configs, locale);
  const events: WorkspaceEvents = new WorkspaceEvents({ connection, session, configs, configDocs, host: () => host, scheduler: () => scheduler, relintAll: () => relintAll() });
  const host = new LintHost(options.startThread, (m) => connection.console.error(`[postmortem] ${m}`), options.newEngine ?? engineWithoutIndex, (lane) => events.recordsChanged(lane), (uri, from, to, fromLength, toLength) => changes.since(uri, from, to, fromLength, toLength));
  const files = options.files ?? DIRECT_FILE_ACCESS;
  const scheduler = new LintScheduler({ host, documents, connection, push: () => !session.pullMode, debounceMs: () => session.debounceMs, configFor: configLookup(session, configs, files) });
  const guard = guardFor(connection);
  const setFolders = (folders: string[]) => host.setFolders((configs.folders = folders));
  /** The configuration may have changed: lint every document again under it. */
  const relintAll = () => {
    session.forgetSettings();
    configs.invalidate();
    scheduler.configChanged();
    if (session.pullMode && session.refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
    configDocs.publishAll(documents);
  };
  const edited = (doc: TextDocument, delay?: number) => {
    const file = configDocs.fileOf(doc.uri);
    if (!file) return scheduler.changed(doc, delay);
    configDocs.edited(doc, file);
    relintAll();
  };

  connection.onInitialize((params) => {
    setFolders(session.initialize(params));
    let capabilities = serverCapabilities(session.pullMode);
    for (const f of features) if (f.capabilities) capabilities = { ...capabilities, ...f.capabilities(params) };
    return { capabilities, serverInfo: { name: 'postmortem-language-server', version: '0.1.0' } };
  });
  connection.onInitialized(() => {
    events.initialized();
    if (session.configurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (!session.capabilities.workspace?.workspaceFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((r) => URI.parse(r.uri).fsPath));
      setFolders([...configs.folders.filter((f) => !removed.has(f)), ...e.added.map((a) => URI.parse(a.uri).fsPath)]);
      relintAll();
    });
  });
  documents.onDidOpen((e) => edited(e.document, 0));
  documents.onDidChangeContent((e) => edited(e.document));
  documents.onDidClose((e) => {
    const file = configDocs.fileOf(e.document.uri);
    if (file) configs.setOpenText(file, undefined);
    if (file) relintAll();
    scheduler.closed(e.document.uri);
    changes.closed(e.document.uri);
    if (!session.pullMode) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => relintAll());
  files.onArrived(relintAll);
  connection.onDidChangeWatchedFiles((e) => {
    files.forget();
    events.filesChanged(e);
  });

  const deps: HandlerDeps = { documents, configs, configDocs, scheduler };
  connection.languages.diagnostics.on(guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, diagnosticHandler(deps)));
  connection.onCodeAction(guard('codeAction', [], codeActionHandler(deps)));
  connection.onRequest('postmortem/memoryUsage', guard('memoryUsage', null, memoryHandler(host)));
  const ask: ServerContext['ask'] = (uri, query, opts) => scheduler.ask(uri, query, opts);
  const ctx: ServerContext = { connection, documents, configs, locale, capabilities: () => session.capabilities, settingsFor: (uri) => session.settingsFor(uri), ask, guard, files, incidents: () => host.incidents() };
  for (const f of features) f.register(ctx);
  connection.onShutdown(async () => {
    for (const doc of documents.all()) scheduler.closed(doc.uri);
    await host.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

/** The configuration message of a document: the settings, then the files (read as `files` reads them). */
function configLookup(session: ClientSession, configs: ConfigStore, files: FileAccess) {
  return async (uri: string) => {
    const settings = await session.settingsFor(uri);
    return configMessage(await files.settle(() => configs.configFor(uri, settings), () => configs.invalidate()), uri, session.locale);
  };
}

/** What the server itself offers; the feature modules add theirs. */
function serverCapabilities(pullMode: boolean): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
    diagnosticProvider: pullMode ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** The one guard every handler goes through. */
function guardFor(connection: Connection): Guard {
  return (name, fallback, fn) => async (...a) => {
    try {
      return await fn(...a);
    } catch (err) {
      connection.console.error(`[postmortem] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };
}

/**
 * The configuration message of a document for the lint workers, and its path relative to its
 * folder. Its `locale` is the one the configuration file or the settings set, else the editor's.
 */
function configMessage(dc: ReturnType<ConfigStore['configFor']>, uri: string, editorLocale: Locale): { config: ConfigMessage; rel: string | undefined } {
  const u = URI.parse(uri);
  const rel = dc.folder && u.scheme === 'file' ? path.relative(dc.folder, u.fsPath).split(path.sep).join('/') : undefined;
  const config = { ...dc.config, locale: dc.locale ?? editorLocale };
  return { config: { key: configKey(config, dc.teamSchema), config, teamSchema: dc.teamSchema }, rel };
}

/** Names a configuration (and team schema) by its content, so that lint workers keep one object per configuration. */
function configKey(config: PostmortemConfig, teamSchema: Record<string, unknown> | undefined): string {
  let schema = teamSchema ? SCHEMA_KEYS.get(teamSchema) : '';
  if (schema === undefined) {
    schema = JSON.stringify(teamSchema);
    SCHEMA_KEYS.set(teamSchema!, schema);
  }
  return `${JSON.stringify(config)}\u0000${schema}`;
}

const SCHEMA_KEYS = new WeakMap<object, string>();
