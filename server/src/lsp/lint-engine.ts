/**
 * What a lint worker does (lint-worker.ts runs it in a worker thread; lint-host.ts runs it on the
 * main thread when no worker can be started). It keeps, per document, the chunk cache and the
 * result of the last finished lint, lints new versions, and answers questions (hover, completion,
 * command edits) from that result. Everything it receives and sends is plain data (lint-protocol.ts).
 */
import type { TextEdit } from 'vscode-languageserver';
import { lint, type LintResult, ChunkCache, LineIndex, type PostmortemConfig, type Locale, fixAllEdits } from '../core/index';
import { isPostmortem } from '../node/files';
import { toDiagnostic, toTextEdit } from './convert';
import type { AnswerMessage, ConfigMessage, FindingActions, FromWorker, LintJob, LintedMessage, MemoryMessage, QueryMessage, ToWorker } from './lint-protocol';
import { hoverAnswer } from './hover';
import { completionAnswer } from './completion';
import { missingSectionsAnswer, timelineEntryAnswer } from './commands';
import { importTimelineAnswer } from './import-command';
import type { WorkspaceServices } from './service-index';

/** Where completion finds the service names other postmortems use (service-index.ts in Node; none in the web build). */
export type ServiceNames = Pick<WorkspaceServices, 'names' | 'setFolders'>;

/** No other postmortems: the web server's service names (README, web limitations). */
export const NO_SERVICE_NAMES: ServiceNames = {
  names: async () => ({ names: new Map(), complete: true }),
  setFolders: () => undefined,
};

/** Memory of this thread, where the runtime tells it (Node; a browser worker does not). */
function memoryOf(): { heapUsed: number; heapTotal: number; external: number } {
  return typeof process === 'object' && typeof process.memoryUsage === 'function' ? process.memoryUsage() : { heapUsed: 0, heapTotal: 0, external: 0 };
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

/** Handles the messages of one lint worker. */
export class LintEngine {
  private readonly docs = new Map<string, { state: LintedDocument | undefined; cache: ChunkCache; last?: { version: number; text: string } }>();
  private readonly configs = new Map<string, ConfigMessage>();

  /**
   * `versions`: the shared version table (slot 0 is the configuration generation); `send` posts a
   * message to the main thread; `services`: the service names of the workspace's other postmortems.
   */
  constructor(private readonly versions: Int32Array, private readonly send: (m: FromWorker) => void, private readonly services: ServiceNames) {}

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
        return;
      case 'folders':
        this.services.setFolders(m.folders);
        return;
      case 'memory': {
        const gc = (globalThis as { gc?: () => void }).gc;
        if (m.gc && gc) gc();
        const u = memoryOf();
        this.send({ type: 'memory', id: m.id, heapUsed: u.heapUsed, heapTotal: u.heapTotal, external: u.external, documents: this.docs.size } satisfies MemoryMessage);
        return;
      }
    }
  }

  private lint(job: LintJob): LintedMessage {
    const t0 = performance.now();
    const cancelled = () => Atomics.load(this.versions, job.slot) !== job.version || Atomics.load(this.versions, 0) !== job.generation;
    const base = { type: 'linted' as const, job: job.job, uri: job.uri, version: job.version, diagnostics: [], actions: [], fixAll: [], ruleErrors: [] };
    let entry = this.docs.get(job.uri);
    if (!entry) {
      entry = { state: undefined, cache: new ChunkCache() };
      this.docs.set(job.uri, entry);
    }
    let text: string;
    if (typeof job.text === 'string') {
      text = job.text;
    } else {
      const p = job.text;
      const last = entry.last;
      if (!last || last.version !== p.from || p.prefix + p.suffix > last.text.length) return { ...base, outcome: 'resend', isPostmortem: false, ms: 0 };
      text = last.text.slice(0, p.prefix) + p.insert + last.text.slice(last.text.length - p.suffix);
    }
    entry.last = { version: job.version, text };
    if (cancelled()) return { ...base, outcome: 'cancelled', isPostmortem: false, ms: 0 };
    const { config, teamSchema } = this.config(job.config);
    const state: LintedDocument = { uri: job.uri, version: job.version, text, lines: undefined as unknown as LineIndex, result: undefined, config, teamSchema };
    if (!isPostmortem(job.rel, text, config)) {
      state.lines = new LineIndex(text);
      entry.state = state;
      return { ...base, outcome: 'done', isPostmortem: false, ms: performance.now() - t0 };
    }
    const result = lint(text, { config, teamSchema, cache: entry.cache, locale: job.locale, cancelled });
    if (result.cancelled) {
      // The trees of the last result may have been moved to the new text's positions: it cannot answer any more.
      if (entry.cache.movedShared) entry.state = undefined;
      return { ...base, outcome: 'cancelled', isPostmortem: true, ms: performance.now() - t0 };
    }
    state.result = result;
    state.lines = result.doc?.lines ?? new LineIndex(text);
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
