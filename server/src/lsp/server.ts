import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeActionKind, DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification, FileChangeType,
  type Connection, type InitializeParams, type InitializeResult, type CodeAction, type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import { lint, type LintResult } from '../core/lint';
import { ChunkCache } from '../core/parse';
import { LineIndex } from '../core/text';
import type { Finding, Fix, Locale } from '../core/types';
import type { PostmortemConfig } from '../core/config';
import { CONFIG_FILE_NAME } from '../node/config-file';
import { isPostmortem } from '../node/files';
import { ConfigStore, type DocumentConfig } from './workspace';
import { toDiagnostic, toRange, toTextEdit } from './convert';
import { fixAllEdits } from '../core/fix';
import { configCodeActions } from './config-actions';

/** Kind of the fix-all code action, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;

/** What the server remembers of an open document between requests. */
export interface DocState {
  /** Chunk trees of the previous parse, for incremental re-parsing. */
  cache: ChunkCache;
  /** Version of the document the result belongs to. */
  version: number;
  /** The last lint result; undefined when the document is not a postmortem. */
  result: LintResult | undefined;
  /** Line index of the text linted. */
  lines: LineIndex;
  /** Whether the document is a postmortem (SPEC section 3). */
  isPostmortem: boolean;
  /** The configuration used. */
  config: DocumentConfig | undefined;
}

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
  /** The up-to-date state of an open document (lints it first when stale). */
  stateFor(uri: string): Promise<{ doc: TextDocument; state: DocState } | undefined>;
  /** The last state, even if stale (completion and hover answer from it while a lint runs). */
  lastState(uri: string): DocState | undefined;
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

/** Starts a language server on a connection (stdio, IPC or sockets, from the command line). */
export function startServer(connection: Connection, features: readonly Feature[] = []): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigStore();
  const states = new Map<string, DocState>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let pullMode = false;
  let hasConfigurationCapability = false;
  let refreshSupport = false;
  let locale: Locale = 'en';
  let initSettings: Partial<PostmortemConfig> | undefined;
  const settingsCache = new Map<string, Partial<PostmortemConfig> | undefined>();
  let clientCapabilities: InitializeParams['capabilities'] = {};

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
    locale = params.locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
    const init = params.initializationOptions as { settings?: Partial<PostmortemConfig>; locale?: string } | undefined;
    initSettings = init?.settings;
    if (init?.locale?.toLowerCase().startsWith('ko')) locale = 'ko';
    const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
    configs.folders = folders;
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
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      configs.folders = [...configs.folders.filter((f) => !e.removed.some((r) => URI.parse(r.uri).fsPath === f)), ...e.added.map((a) => URI.parse(a.uri).fsPath)];
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

  async function validate(doc: TextDocument): Promise<Diagnostic[]> {
    const uri = doc.uri;
    let state = states.get(uri);
    if (!state) {
      state = { cache: new ChunkCache(), version: -1, result: undefined, lines: new LineIndex(''), isPostmortem: false, config: undefined };
      states.set(uri, state);
    }
    const settings = await settingsFor(uri);
    const dc = configs.configFor(uri, settings);
    const text = doc.getText();
    const u = URI.parse(uri);
    const rel = dc.folder && u.scheme === 'file' ? path.relative(dc.folder, u.fsPath).split(path.sep).join('/') : u.scheme === 'file' ? undefined : undefined;
    state.isPostmortem = isPostmortem(rel, text, dc.config);
    state.config = dc;
    state.version = doc.version;
    state.lines = new LineIndex(text);
    if (!state.isPostmortem) {
      state.result = undefined;
      return [];
    }
    const result = lint(text, { config: dc.config, teamSchema: dc.teamSchema, cache: state.cache, locale });
    for (const e of result.ruleErrors) connection.console.error(`[postmortem] rule ${e.ruleId} failed on ${uri}: ${e.message}`);
    state.result = result;
    return result.findings.map((f, i) => toDiagnostic(state!.lines, f, i));
  }

  function configDiagnostics(file: string, text: string): Diagnostic[] {
    const lines = new LineIndex(text);
    return configs.problemsOf(file).map((p) => ({
      range: toRange(lines, p),
      severity: 1,
      source: 'postmortem',
      code: 'config',
      message: p.teamSchema
        ? (locale === 'ko' ? `${p.message}. 팀 스키마 없이 검사합니다.` : `${p.message}. Postmortems are checked without the team schema.`)
        : (locale === 'ko' ? `${p.message}. 마지막으로 올바르던 설정이 계속 적용됩니다.` : `${p.message}. The last valid configuration stays in force.`),
    }));
  }

  function schedule(doc: TextDocument, delay = 150): void {
    const prev = pending.get(doc.uri);
    if (prev) clearTimeout(prev);
    pending.set(doc.uri, setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (!current) return;
      void guard('validate', undefined, async () => {
        const diagnostics = await validate(current);
        // A newer version may have arrived while settings were fetched: it has its own run.
        if (documents.get(doc.uri)?.version !== current.version) return;
        await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
      })();
    }, delay));
  }

  function relintAll(): void {
    settingsCache.clear();
    configs.invalidate();
    if (pullMode && refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
    for (const doc of documents.all()) {
      const cfg = isConfigFile(doc.uri);
      if (cfg) {
        void connection.sendDiagnostics({ uri: doc.uri, diagnostics: configDiagnostics(cfg, doc.getText()) });
        continue;
      }
      if (!pullMode || !refreshSupport) schedule(doc, 0);
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
    if (!pullMode) schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const cfg = isConfigFile(e.document.uri);
    if (cfg) return onConfigText(e.document, cfg);
    if (!pullMode) schedule(e.document);
  });
  documents.onDidClose((e) => {
    const cfg = isConfigFile(e.document.uri);
    if (cfg) {
      configs.setOpenText(cfg, undefined);
      relintAll();
    }
    states.delete(e.document.uri);
    const p = pending.get(e.document.uri);
    if (p) clearTimeout(p);
    pending.delete(e.document.uri);
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

  connection.languages.diagnostics.on(guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (isConfigFile(doc.uri)) return { kind: DocumentDiagnosticReportKind.Full, items: configDiagnostics(isConfigFile(doc.uri)!, doc.getText()) };
    return { kind: DocumentDiagnosticReportKind.Full, items: await validate(doc) };
  }));

  connection.onCodeAction(guard('codeAction', [] as CodeAction[], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const configFile = isConfigFile(doc.uri);
    if (configFile) return configCodeActions(doc.uri, new LineIndex(doc.getText()), configs.problemsOf(configFile), params);
    let state = states.get(doc.uri);
    if (!state || state.version !== doc.version) {
      await validate(doc);
      state = states.get(doc.uri);
    }
    const result = state?.result;
    if (!state || !result) return [];
    const lines = state.lines;
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
    const wantsQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k));
    const actions: CodeAction[] = [];
    const reqStart = lines.offsetAt(params.range.start);
    const reqEnd = lines.offsetAt(params.range.end);
    const edit = (fix: Fix) => ({ changes: { [doc.uri]: fix.edits.map((e) => toTextEdit(lines, e)) } });
    if (wantsQuickFix) {
      result.findings.forEach((f, i) => {
        if (f.range.end < reqStart || f.range.start > reqEnd) return;
        const diagnostic = params.context.diagnostics.find((d) => d.code === f.ruleId && (d.data as { index?: number } | undefined)?.index === i) ?? toDiagnostic(lines, f, i);
        if (f.fix) actions.push({ title: f.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(f.fix) });
        for (const s of f.suggestions ?? []) {
          if (f.fix && s.title === f.fix.title) continue;
          actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(s) });
        }
      });
    }
    if (wantsFixAll || (!only && result.findings.some((f) => f.fix))) {
      const all = fixAllEdits(result.findings);
      if (all.length > 0) {
        actions.push({
          title: locale === 'ko' ? '고칠 수 있는 postmortem 문제 모두 고치기' : 'Fix all auto-fixable postmortem problems',
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: all.map((e) => toTextEdit(lines, e)) } },
        });
      }
    }
    return actions;
  }));

  const ctx: ServerContext = {
    connection,
    documents,
    configs,
    locale: () => locale,
    capabilities: () => clientCapabilities,
    settingsFor,
    lastState: (uri) => states.get(uri),
    async stateFor(uri) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      let state = states.get(uri);
      if (!state || state.version !== doc.version) {
        await validate(doc);
        state = states.get(uri);
      }
      return state ? { doc, state } : undefined;
    },
  };
  for (const f of features) f.register(ctx);

  connection.onShutdown(() => {
    for (const t of pending.values()) clearTimeout(t);
    pending.clear();
  });

  documents.listen(connection);
  connection.listen();
}

function cleanSettings(v: Record<string, unknown>): Partial<PostmortemConfig> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined) continue;
    if (Array.isArray(x) && x.length === 0 && (k === 'files' || k === 'ignore' || k === 'required' || k === 'severities')) continue;
    out[k] = x;
  }
  return out as Partial<PostmortemConfig>;
}

/** Entry point: `postmortem-language-server --stdio` (or `--node-ipc` from the VS Code client). */
export function main(features: readonly Feature[] = []): void {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (err) => connection.console.error(`[postmortem] uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`[postmortem] unhandled rejection: ${String(err)}`));
  startServer(connection, features);
}
