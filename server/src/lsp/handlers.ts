/**
 * The server's own request handlers (the feature modules register theirs): pulled diagnostics,
 * code actions, memory use. Each is built from what it needs and registered behind the guard.
 */
import { DocumentDiagnosticReportKind, type CancellationToken, type CodeAction, type CodeActionParams, type DocumentDiagnosticParams, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, term } from '../core/index';
import type { LintScheduler } from './lint-scheduler';
import type { LintHost, WorkerMemory } from './lint-host';
import type { ConfigStore } from './workspace';
import type { ConfigDocuments } from './config-documents';
import { configCodeActions } from './config-actions';
import { codeActionsFor, wantedActions } from './code-actions';
import { compiledCodeBytes } from './memory-stats';

/** How long fix-all waits for the lint of the current text (it must never apply stale edits). */
const FIX_ALL_WAIT_MS = 5000;
/** How long quick fixes wait for a lint when the changes since the last one touch the requested range. */
const QUICK_FIX_WAIT_MS = 300;

/** What the handlers read. */
export interface HandlerDeps {
  documents: TextDocuments<TextDocument>;
  configs: ConfigStore;
  configDocs: ConfigDocuments;
  scheduler: LintScheduler;
}

/** `textDocument/diagnostic`: the diagnostics of the current text, or the last ones when the client cancels. */
export function diagnosticHandler(d: HandlerDeps) {
  return async (params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const doc = d.documents.get(uri);
    const configFile = d.configDocs.fileOf(uri);
    if (!doc || configFile) return { kind: DocumentDiagnosticReportKind.Full, items: doc && configFile ? d.configDocs.diagnostics(configFile, doc.getText()) : [] };
    // The client cancels a pull when the document changes again; then the last diagnostics do.
    const cancelled = new Promise<undefined>((resolve) => token.onCancellationRequested(() => resolve(undefined)));
    const snap = await Promise.race([d.scheduler.current(uri), cancelled]);
    return { kind: DocumentDiagnosticReportKind.Full, items: (snap ?? d.scheduler.last(uri))?.diagnostics ?? [] };
  };
}

/**
 * `textDocument/codeAction`. Quick fixes come from the last finished lint, carried across the
 * changes since (waiting a little only when those changes touch the range); fix-all, applied on
 * save, only from the lint of the current text.
 */
export function codeActionHandler(d: HandlerDeps) {
  return async (params: CodeActionParams): Promise<CodeAction[]> => {
    const uri = params.textDocument.uri;
    const doc = d.documents.get(uri);
    if (!doc) return [];
    const configFile = d.configDocs.fileOf(uri);
    if (configFile) return configCodeActions(uri, new LineIndex(doc.getText()), d.configs.problemsOf(configFile), params);
    const wants = wantedActions(params.context.only);
    let view = d.scheduler.lastWithMapping(uri);
    if (wants.fixAll || !view || (wants.quickFix && !view.toOld(params.range))) {
      await d.scheduler.current(uri, wants.fixAll ? FIX_ALL_WAIT_MS : QUICK_FIX_WAIT_MS);
      view = d.scheduler.lastWithMapping(uri);
    }
    if (!view) return [];
    const snap = view.snapshot;
    const offerAll = snap.actions.some((a) => a.fix) && (wants.fixAll || !params.context.only) && (!wants.fixAll || snap.version === doc.version);
    const all = offerAll ? snap.fixAll ?? (await d.scheduler.ask(uri, { kind: 'fixAll' }, { current: false, waitMs: FIX_ALL_WAIT_MS }))?.value : undefined;
    return codeActionsFor(view, params, all ?? undefined, term('fixAll', snap.locale));
  };
}

/** Memory use, for `postmortem/memoryUsage` (the benchmark reads it). */
export interface MemoryUsage {
  /** The main thread and the process. */
  main: { heapUsed: number; heapTotal: number; rss: number; external: number; code: number };
  /** Each lint worker. */
  workers: WorkerMemory[];
}

/** `postmortem/memoryUsage`: after a full collection when `gc` is asked and node runs with `--expose-gc`. */
export function memoryHandler(host: LintHost) {
  return async (params: { gc?: boolean } | undefined): Promise<MemoryUsage> => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    const u = process.memoryUsage();
    return { main: { heapUsed: u.heapUsed, heapTotal: u.heapTotal, rss: u.rss, external: u.external, code: compiledCodeBytes() }, workers: await host.memory(!!params?.gc) };
  };
}

