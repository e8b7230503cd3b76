/**
 * What a lint worker does (lint-worker.ts runs it in a worker thread; lint-host.ts runs it on the
 * main thread when no worker can be started). It keeps, per document, the chunk cache and the
 * result of the last finished lint, lints new versions, and answers questions (hover, completion,
 * command edits) from that result. Everything it receives and sends is plain data (lint-protocol.ts).
 */
import type { TextEdit } from 'vscode-languageserver';
import { lint, type LintResult, ChunkCache, LineIndex, type PostmortemConfig, type Locale, type PeerRecord, fixAllEdits, peerRecordOf } from '../core/index';
import { localDay } from '../node/local-day';
import { isPostmortem } from '../node/files';
import { toDiagnostic, toTextEdit } from './convert';
import type { AnswerMessage, ConfigMessage, FindingActions, FromWorker, LintJob, LintedMessage, MemoryMessage, QueryMessage, ToWorker } from './lint-protocol';
import { hoverAnswer } from './hover';
import { completionAnswer } from './completion';
import { missingSectionsAnswer, timelineEntryAnswer } from './commands';
import { importTimelineAnswer } from './import-command';
import type { WorkspaceIndex } from './service-index';
import { compiledCodeBytes } from './memory-stats';
import type { IncidentRecords } from './incidents';

/** What the engine uses of the workspace index (service-index.ts in Node; none in the web build). */
export type IndexOfWorkspace = Pick<WorkspaceIndex, 'setFolders' | 'view' | 'snapshot' | 'loadSnapshot' | 'setOpen' | 'closeOpen' | 'filesChanged' | 'stats' | 'names' | 'incidents'>;

/** Makes the index of a lane: `background` in the lane that reads the whole workspace; `onChange` when records change. */
export type IndexFactory = (background: boolean, onChange: () => void) => IndexOfWorkspace;

/** No index: the web server's (README, web limitations): no other postmortems, no service names from them. */
export const NO_INDEX: IndexFactory = () => ({
  setFolders: () => undefined,
  view: () => undefined,
  snapshot: () => '',
  loadSnapshot: () => undefined,
  setOpen: () => undefined,
  closeOpen: () => undefined,
  filesChanged: async () => undefined,
  stats: () => ({ files: 0, postmortems: 0, reads: 0, complete: true }),
  names: async () => ({ names: new Map(), complete: true }),
  incidents: async (): Promise<IncidentRecords> => ({ records: [], complete: true, truncated: false }),
});

/** Memory of this thread, where the runtime tells it (Node; a browser worker does not). */
function memoryOf(): { heapUsed: number; heapTotal: number; external: number } {
  return typeof process === 'object' && typeof process.memoryUsage === 'function' ? process.memoryUsage() : { heapUsed: 0, heapTotal: 0, external: 0 };
}

/** The peer record of a linted or analysed document, with own copies of its strings (a slice would keep the text alive). */
export function recordOf(result: LintResult, rel: string): PeerRecord {
  return JSON.parse(JSON.stringify(peerRecordOf(result, rel))) as PeerRecord;
}

/** A document as the worker last linted it. */
export interface LintedDocument {
  /** The document's URI. */
  uri: string;
  /** The version linted. */
  version: number;
  /** Its text. */
  text: string;
  /** Line index of `text`. */
  lines: LineIndex;
  /** The lint result; undefined when the document is not a postmortem. */
  result: LintResult | undefined;
  /** The configuration used. */
  config: PostmortemConfig;
  /** The team schema used. */
  teamSchema: Record<string, unknown> | undefined;
}

/** Past this many findings with fixes, fix-all's edits are chosen only when asked for (in quadratic time). */
const MAX_FIXES_FOR_FIX_ALL = 1000;

/**
 * Documents whose chunk cache (and the work it remembers) a worker keeps: the ones linted most
 * recently. A chunk cache costs about twenty times its text, and it only pays off on the next
 * edit: a document that was opened and left (an editor with 200 tabs) keeps its last result,
 * without the cache, and lints in full once if it is edited again (about 5 ms at 150 lines,
 * 250 ms at 10,000). Measured with 200 open 150-line postmortems: bench measurement 9.
 */
export const DOCUMENTS_WITH_CACHE = 24;

/** Handles the messages of one lint worker. */
export class LintEngine {
  /** Per document, in the order they were last linted (most recent last). */
  private readonly docs = new Map<string, { state: LintedDocument | undefined; cache: ChunkCache | undefined; last?: { version: number; text: string } }>();
  private readonly configs = new Map<string, ConfigMessage>();
  /** The workspace index: reads the whole workspace in the worker of the shared lane, and only service names elsewhere. */
  private services: IndexOfWorkspace;

  /**
   * `versions`: the shared version table (slot 0 is the configuration generation); `send` posts a
   * message to the main thread.
   */
  /** True in the lane that keeps the workspace index. */
  private indexes = false;
  /** True once the other lane needs the index's views (`mirror`). */
  private mirror = false;

  /** `newIndex`: makes the workspace index (`NO_INDEX` in the web build). */
  constructor(private readonly versions: Int32Array, private readonly send: (m: FromWorker) => void, private readonly newIndex: IndexFactory) {
    this.services = newIndex(false, () => undefined);
  }

  /** Handles one message. Never throws: a failure is logged in the answer. */
  handle(m: ToWorker): void {
    switch (m.type) {
      case 'lint':
        this.send(this.lint(m));
        return;
      case 'query':
        void this.query(m).then((a) => this.send(a));
        return;
      case 'close':
        this.docs.delete(m.uri);
        if (this.indexes) this.services.closeOpen(m.uri);
        else this.send({ type: 'openRecord', uri: m.uri, record: null, names: [], closed: true });
        return;
      case 'folders':
        if (m.index !== this.indexes) {
          this.indexes = m.index;
          this.services = this.newIndex(m.index, () => this.send({ type: 'workspaceChanged', snapshot: this.mirror ? this.services.snapshot() : undefined }));
        }
        this.services.setFolders(m.folders);
        return;
      case 'files':
        void this.services.filesChanged(m.changes);
        return;
      case 'mirror':
        this.mirror = true;
        this.send({ type: 'workspaceChanged', snapshot: this.services.snapshot(), mirror: true });
        return;
      case 'snapshot':
        this.services.loadSnapshot(m.json);
        return;
      case 'openRecord':
        if (m.closed) this.services.closeOpen(m.uri);
        else this.services.setOpen(m.uri, m.record, m.names);
        return;
      case 'incidents':
        void this.services.incidents((uri) => this.docs.get(uri)?.last?.text)
          .catch(() => ({ records: [], complete: false, truncated: false }))
          .then((r) => this.send({ type: 'incidents', id: m.id, ...r }));
        return;
      case 'memory': {
        const gc = (globalThis as { gc?: () => void }).gc;
        if (m.gc && gc) gc();
        const u = memoryOf();
        const index = this.indexes ? this.services.stats() : undefined;
        this.send({ type: 'memory', id: m.id, heapUsed: u.heapUsed, heapTotal: u.heapTotal, external: u.external, documents: this.docs.size, cached: [...this.docs.values()].filter((d) => d.cache).length, code: compiledCodeBytes(), index } satisfies MemoryMessage);
        return;
      }
    }
  }

  private lint(job: LintJob): LintedMessage {
    const t0 = performance.now();
    const cancelled = () => Atomics.load(this.versions, job.slot) !== job.version || Atomics.load(this.versions, 0) !== job.generation;
    const base = { type: 'linted' as const, job: job.job, uri: job.uri, version: job.version, diagnostics: [], actions: [], fixAll: [], ruleErrors: [] };
    let entry = this.docs.get(job.uri);
    if (!entry) entry = { state: undefined, cache: new ChunkCache() };
    else if (!entry.cache) entry.cache = new ChunkCache();
    // Most recently linted last: the order `forgetIdleCaches` evicts in.
    this.docs.delete(job.uri);
    this.docs.set(job.uri, entry);
    this.forgetIdleCaches();
    let text: string;
    if (typeof job.text === 'string') {
      text = job.text;
    } else {
      const p = job.text;
      const last = entry.last;
      if (!last || last.version !== p.from || p.prefix + p.suffix > last.text.length) return { ...base, outcome: 'resend', isPostmortem: false, ms: 0 };
      text = last.text.slice(0, p.prefix) + p.insert + last.text.slice(last.text.length - p.suffix);
      entry.cache?.expectChange(last.text, p.prefix, p.suffix);
    }
    entry.last = { version: job.version, text };
    if (cancelled()) return { ...base, outcome: 'cancelled', isPostmortem: false, ms: 0 };
    const { config, teamSchema } = this.config(job.config);
    const state: LintedDocument = { uri: job.uri, version: job.version, text, lines: undefined as unknown as LineIndex, result: undefined, config, teamSchema };
    if (!isPostmortem(job.rel, text, config)) {
      state.lines = new LineIndex(text);
      entry.state = state;
      this.openRecord(job.uri, null, []);
      return { ...base, outcome: 'done', isPostmortem: false, ms: performance.now() - t0 };
    }
    const cache = entry.cache!;
    const workspace = this.services.view(job.uri);
    const result = lint(text, { config, teamSchema, cache, locale: job.locale, cancelled, workspace, today: localDay() });
    if (result.cancelled) {
      // The trees of the last result may have been moved to the new text's positions: it cannot answer any more.
      if (cache.movedShared) entry.state = undefined;
      return { ...base, outcome: 'cancelled', isPostmortem: true, ms: performance.now() - t0 };
    }
    state.result = result;
    state.lines = result.doc?.lines ?? new LineIndex(text);
    if (result.doc) {
      const names = (result.facts?.services ?? []).filter((x) => x.occurrence.match !== 'cue').flatMap((x) => x.names.map((n) => n.name));
      this.openRecord(job.uri, recordOf(result, workspace?.path ?? job.rel ?? ''), JSON.parse(JSON.stringify(names)) as string[]);
    }
    entry.state = state;
    const lines = state.lines;
    const actions: FindingActions[] = [];
    let fixable = 0;
    result.findings.forEach((f, index) => {
      if (!f.fix && !f.suggestions?.length) return;
      if (f.fix) fixable++;
      actions.push({
        index,
        fix: f.fix && { title: f.fix.title, edits: f.fix.edits.map((e) => toTextEdit(lines, e)) },
        suggestions: f.suggestions?.map((s) => ({ title: s.title, edits: s.edits.map((e) => toTextEdit(lines, e)) })),
      });
    });
    const fixAll: TextEdit[] | undefined = fixable === 0 ? [] : fixable <= MAX_FIXES_FOR_FIX_ALL ? fixAllEdits(result.findings).map((e) => toTextEdit(lines, e)) : undefined;
    return {
      ...base,
      outcome: 'done',
      isPostmortem: true,
      diagnostics: result.findings.map((f) => toDiagnostic(lines, f)),
      actions,
      fixAll,
      ruleErrors: result.ruleErrors,
      ms: performance.now() - t0,
    };
  }

  /**
   * Drops the chunk caches of all but the `DOCUMENTS_WITH_CACHE` documents linted most recently.
   * Their last results stay (hover, completion and commands answer from them), without the work
   * remembered for the next lint (`doc.reuse`), which the cache owns.
   */
  private forgetIdleCaches(): void {
    let keep = this.docs.size - DOCUMENTS_WITH_CACHE;
    if (keep <= 0) return;
    for (const entry of this.docs.values()) {
      if (keep-- <= 0) break;
      if (!entry.cache) continue;
      entry.cache = undefined;
      const result = entry.state?.result;
      if (result?.doc?.reuse) entry.state = { ...entry.state!, result: { ...result, doc: { ...result.doc, reuse: undefined } } };
    }
  }

  /** The record of an open document, for the index of this lane or (through the main thread) of the shared one. */
  private openRecord(uri: string, record: PeerRecord | null, names: string[]): void {
    if (this.indexes) this.services.setOpen(uri, record, names);
    else this.send({ type: 'openRecord', uri, record, names });
  }

  /** One object per configuration key, so that work reused between lints sees the same configuration. */
  private config(m: ConfigMessage): ConfigMessage {
    let c = this.configs.get(m.key);
    if (!c) {
      if (this.configs.size > 50) this.configs.clear();
      c = m;
      this.configs.set(m.key, c);
    }
    return c;
  }

  private async query(m: QueryMessage): Promise<AnswerMessage> {
    const state = this.docs.get(m.uri)?.state;
    if (!state || state.version !== m.version) return { type: 'answer', id: m.id, version: undefined, value: null };
    try {
      const q = m.query;
      let value: unknown;
      if (q.kind === 'hover') value = hoverAnswer(state, q.position, m.locale);
      else if (q.kind === 'completion') value = await completionAnswer(state, q, m.locale, this.services);
      else if (q.kind === 'missingSections') value = missingSectionsAnswer(this.withResult(state, m.locale), m.locale);
      else if (q.kind === 'timelineEntry') value = timelineEntryAnswer(this.withResult(state, m.locale), q, m.locale);
      else if (q.kind === 'importTimeline') value = importTimelineAnswer(this.withResult(state, m.locale), q, m.locale);
      else value = state.result ? fixAllEdits(state.result.findings).map((e) => toTextEdit(state.lines, e)) : [];
      return { type: 'answer', id: m.id, version: state.version, value };
    } catch (err) {
      return { type: 'answer', id: m.id, version: state.version, value: null, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
  }

  /** Commands work on any Markdown file: one that is not (yet) a postmortem is linted for them. */
  private withResult(state: LintedDocument, locale: Locale): LintedDocument {
    return state.result ? state : { ...state, result: lint(state.text, { config: state.config, teamSchema: state.teamSchema, locale }) };
  }
}
