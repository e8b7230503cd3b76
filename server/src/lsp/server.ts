import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeActionKind, DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification, FileChangeType,
  type Connection, type InitializeParams, type InitializeResult, type CodeAction, type Diagnostic, type Position, type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import { LineIndex } from '../core/text';
import type { Locale } from '../core/types';
import type { PostmortemConfig } from '../core/config';
import { CONFIG_FILE_NAME } from '../node/config-file';
import { ConfigStore } from './workspace';
import { toRange } from './convert';
import { LintHost, type WorkerMemory } from './lint-host';
import { DEBOUNCE_MS, LintScheduler } from './lint-scheduler';
import { configCodeActions } from './config-actions';
import { localeOf, term } from '../core/lang/index';
import type { Answers, Query } from './lint-protocol';

/** Kind of the fix-all code action, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

/** How long fix-all waits for the lint of the current text (it must never apply stale edits). */
const FIX_ALL_WAIT_MS = 5000;
/** How long quick fixes wait for a lint when the changes since the last one touch the requested range. */
const QUICK_FIX_WAIT_MS = 300;

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
  /** The script a lint worker runs (the server bundle); without one, lints run on the main thread. */
  workerScript?: string;
}

/** Memory use, for `postmortem/memoryUsage` (the benchmark reads it). */
export interface MemoryUsage {
  /** The main thread and the process. */
  main: { heapUsed: number; heapTotal: number; rss: number; external: number };
  /** Each lint worker. */
  workers: WorkerMemory[];
}

/** Starts a language server on a connection (stdio, IPC or sockets, from the command line). */
export function startServer(connection: Connection, features: readonly Feature[] = [], options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigStore();
  let pullMode = false;
  let hasConfigurationCapability = false;
  let refreshSupport = false;
  let locale: Locale = 'en';
  let initSettings: Partial<PostmortemConfig> | undefined;
  let debounceMs = DEBOUNCE_MS;
  const settingsCache = new Map<string, Partial<PostmortemConfig> | undefined>();
  let clientCapabilities: InitializeParams['capabilities'] = {};
  const host = new LintHost(options.workerScript, (m) => connection.console.error(`[postmortem] ${m}`));
  const scheduler = new LintScheduler({
    host,
    documents,
    connection,
    locale: () => locale,
    push: () => !pullMode,
    debounceMs: () => debounceMs,
    configFor: async (uri, text) => {
      const dc = configs.configFor(uri, await settingsFor(uri));
      const u = URI.parse(uri);
      const rel = dc.folder && u.scheme === 'file' ? path.relative(dc.folder, u.fsPath).split(path.sep).join('/') : undefined;
      void text;
      return { config: { key: configKey(dc.config, dc.teamSchema), config: dc.config, teamSchema: dc.teamSchema }, rel };
    },
  });

  /** Runs a handler; an exception is logged and the server keeps serving. */
  function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...a: A) => R | Promise<R>): (...a: A) => Promise<R> {
    return async (...a: A) => {
      try {
        return await fn(...a);
      } catch (err) {
        connection.console.error(`[postmortem] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    clientCapabilities = caps;
    pullMode = !!caps.textDocument?.diagnostic;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    locale = localeOf(params.locale);
    const init = params.initializationOptions as { settings?: Partial<PostmortemConfig>; locale?: string; debounceMs?: unknown } | undefined;
    initSettings = init?.settings;
    // For the latency benchmark and tests: the pause in typing before a lint (docs/performance.md).
    if (typeof init?.debounceMs === 'number' && Number.isFinite(init.debounceMs) && init.debounceMs >= 0) debounceMs = Math.min(init.debounceMs, 10_000);
    if (init?.locale) locale = localeOf(init.locale);
    const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
    configs.folders = folders;
    host.setFolders(folders);
    let capabilities: InitializeResult['capabilities'] = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
      diagnosticProvider: pullMode ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const f of features) if (f.capabilities) capabilities = { ...capabilities, ...f.capabilities(params) };
    return { capabilities, serverInfo: { name: 'postmortem-language-server', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (!clientCapabilities.workspace?.workspaceFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      configs.folders = [...configs.folders.filter((f) => !e.removed.some((r) => URI.parse(r.uri).fsPath === f)), ...e.added.map((a) => URI.parse(a.uri).fsPath)];
      host.setFolders(configs.folders);
      relintAll();
    });
  });

  async function settingsFor(uri: string): Promise<Partial<PostmortemConfig> | undefined> {
    if (!hasConfigurationCapability) return initSettings;
    if (settingsCache.has(uri)) return settingsCache.get(uri);
    let s: Partial<PostmortemConfig> | undefined;
    try {
      const v: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' });
      s = v && typeof v === 'object' ? cleanSettings(v as Record<string, unknown>) : undefined;
    } catch {
      s = initSettings;
    }
    settingsCache.set(uri, s);
    return s;
  }

  function isConfigFile(uri: string): string | undefined {
    const u = URI.parse(uri);
    return u.scheme === 'file' && path.basename(u.fsPath) === CONFIG_FILE_NAME ? u.fsPath : undefined;
  }

  function configDiagnostics(file: string, text: string): Diagnostic[] {
    const lines = new LineIndex(text);
    return configs.problemsOf(file).map((p) => ({
      range: toRange(lines, p),
      severity: 1,
      source: 'postmortem',
      code: 'config',
      message: p.teamSchema
        ? term('config.withoutTeamSchema', locale, { message: p.message })
        : term('config.lastValidStays', locale, { message: p.message }),
    }));
  }

  function relintAll(): void {
    settingsCache.clear();
    configs.invalidate();
    scheduler.configChanged();
    if (pullMode && refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
    for (const doc of documents.all()) {
      const cfg = isConfigFile(doc.uri);
      if (cfg) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: configDiagnostics(cfg, doc.getText()) });
    }
  }

  function onConfigText(doc: TextDocument, file: string): void {
    configs.setOpenText(file, doc.getText());
    void connection.sendDiagnostics({ uri: doc.uri, diagnostics: configDiagnostics(file, doc.getText()) });
    relintAll();
  }

  documents.onDidOpen((e) => {
    const cfg = isConfigFile(e.document.uri);
    if (cfg) return onConfigText(e.document, cfg);
    scheduler.changed(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const cfg = isConfigFile(e.document.uri);
    if (cfg) return onConfigText(e.document, cfg);
    scheduler.changed(e.document);
  });
  documents.onDidClose((e) => {
    const cfg = isConfigFile(e.document.uri);
    if (cfg) {
      configs.setOpenText(cfg, undefined);
      relintAll();
    }
    scheduler.closed(e.document.uri);
    if (!pullMode) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => relintAll());
  connection.onDidChangeWatchedFiles((e) => {
    for (const c of e.changes) {
      const file = isConfigFile(c.uri);
      if (file) configs.invalidate(file);
      if (c.type === FileChangeType.Deleted && file) configs.setOpenText(file, undefined);
    }
    relintAll();
  });

  connection.languages.diagnostics.on(guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params, token) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const cfg = isConfigFile(uri);
    if (cfg) return { kind: DocumentDiagnosticReportKind.Full, items: configDiagnostics(cfg, doc.getText()) };
    // The client cancels a pull when the document changes again; then the last diagnostics do.
    const cancelled = new Promise<undefined>((resolve) => token.onCancellationRequested(() => resolve(undefined)));
    const snap = await Promise.race([scheduler.current(uri), cancelled]);
    const items = (snap ?? scheduler.last(uri))?.diagnostics ?? [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  }));

  connection.onCodeAction(guard('codeAction', [] as CodeAction[], async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    const configFile = isConfigFile(uri);
    if (configFile) return configCodeActions(uri, new LineIndex(doc.getText()), configs.problemsOf(configFile), params);
    const only = params.context.only;
    const wantsFixAll = !!only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
    const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k));
    // Quick fixes come from the last finished lint, carried across the changes since; fix-all
    // (applied on save) only from the lint of the current text.
    let view = scheduler.lastWithMapping(uri);
    if (wantsFixAll || !view || (wantsQuickFix && !view.toOld(params.range))) {
      await scheduler.current(uri, wantsFixAll ? FIX_ALL_WAIT_MS : QUICK_FIX_WAIT_MS);
      view = scheduler.lastWithMapping(uri);
    }
    if (!view || !view.snapshot.isPostmortem) return [];
    const snap = view.snapshot;
    const actions: CodeAction[] = [];
    const edit = (edits: readonly TextEdit[]) => {
      const moved: TextEdit[] = [];
      for (const e of edits) {
        const range = view!.toNew(e.range);
        if (!range) return undefined;
        moved.push({ range, newText: e.newText });
      }
      return { changes: { [uri]: moved } };
    };
    const req = view.toOld(params.range);
    if (wantsQuickFix && req) {
      for (const a of snap.actions) {
        const d = snap.diagnostics[a.index];
        if (before(d.range.end, req.start) || before(req.end, d.range.start)) continue;
        const range = view.toNew(d.range);
        if (!range) continue;
        const diagnostic = params.context.diagnostics.find((x) => x.code === d.code && (x.data as { index?: number } | undefined)?.index === a.index) ?? { ...d, range };
        const fixEdit = a.fix && edit(a.fix.edits);
        if (a.fix && fixEdit) actions.push({ title: a.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: fixEdit });
        for (const s of a.suggestions ?? []) {
          if (a.fix && s.title === a.fix.title) continue;
          const e = edit(s.edits);
          if (e) actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: e });
        }
      }
    }
    const hasFix = snap.actions.some((a) => a.fix);
    if (hasFix && (wantsFixAll || !only) && (!wantsFixAll || snap.version === doc.version)) {
      const all = snap.fixAll ?? (await scheduler.ask(uri, { kind: 'fixAll' }, { current: false, waitMs: FIX_ALL_WAIT_MS }))?.value;
      const e = all && all.length > 0 ? edit(all) : undefined;
      if (e) {
        actions.push({
          title: term('fixAll', locale),
          kind: FIX_ALL_KIND,
          edit: e,
        });
      }
    }
    return actions;
  }));

  connection.onRequest('postmortem/memoryUsage', async (params: { gc?: boolean } | undefined): Promise<MemoryUsage> => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    const u = process.memoryUsage();
    return { main: { heapUsed: u.heapUsed, heapTotal: u.heapTotal, rss: u.rss, external: u.external }, workers: await host.memory(!!params?.gc) };
  });

  const ctx: ServerContext = {
    connection,
    documents,
    configs,
    locale: () => locale,
    capabilities: () => clientCapabilities,
    settingsFor,
    ask: (uri, query, opts) => scheduler.ask(uri, query, opts),
  };
  for (const f of features) f.register(ctx);

  connection.onShutdown(async () => {
    for (const doc of documents.all()) scheduler.closed(doc.uri);
    await host.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** True when position `a` comes before `b`. */
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
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

function cleanSettings(v: Record<string, unknown>): Partial<PostmortemConfig> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined) continue;
    if (Array.isArray(x) && x.length === 0 && (k === 'files' || k === 'ignore' || k === 'required' || k === 'severities')) continue;
    out[k] = x;
  }
  return out as Partial<PostmortemConfig>;
}

/**
 * Entry point: `postmortem-language-server --stdio` (or `--node-ipc` from the VS Code client).
 * `workerScript` is the server bundle itself: its lint workers run it too (main.ts).
 */
export function main(features: readonly Feature[] = [], workerScript?: string): void {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (err) => connection.console.error(`[postmortem] uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`[postmortem] unhandled rejection: ${String(err)}`));
  startServer(connection, features, { workerScript });
}
