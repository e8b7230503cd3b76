/**
 * The main thread's side of the lint workers: starts them, sends them jobs and questions, and
 * routes their answers back. Two lanes: most documents share one worker; documents that are large
 * or slow to lint get a worker of their own, so that one unusual document never holds up the
 * others. A newer version of a document cancels the lint of the older one through a table of
 * versions shared with the workers (`SharedArrayBuffer`): the worker checks it between sections
 * and between the steps of a lint, and stops.
 *
 * When a worker cannot be started, or keeps dying, the lane runs the same engine on the main
 * thread, as the server did before it had workers.
 */
import type { Locale } from '../core/index';
import type { LintEngine } from './lint-engine';

/** Makes the engine a lane runs on the main thread (the Node server's has the workspace's service index; the web server's has none). */
export type EngineFactory = (versions: Int32Array, send: (m: FromWorker) => void) => LintEngine;
import {
  type AnswerMessage, type ConfigMessage, type FromWorker, type LintedMessage, type MemoryMessage, type Query, type TextPatch, type ToWorker,
} from './lint-protocol';
import { TextChange } from './lint-scheduler';
import type { IndexStats } from './service-index';
import type { IncidentRecords } from './incidents';

/** Documents at least this long are linted in the worker of their own lane. */
export const HEAVY_CHARS = 256 * 1024;
/** So are documents whose last lint took longer than this, in milliseconds, */
export const HEAVY_LINT_MS = 150;
/**
 * when they are at least this long: a short document that linted slowly did so because its worker
 * had just started (code not yet compiled) or the machine was busy, and moving it would make its
 * requests wait behind the long documents of the heavy lane.
 */
export const HEAVY_MIN_CHARS = 32 * 1024;
/** `text` as a change to `before` (of version `from`), found by comparing them unless `known`. */
function patch(from: number, before: string, text: string, known?: { prefix: number; suffix: number }): TextPatch {
  if (known) return { from, prefix: known.prefix, suffix: known.suffix, insert: text.slice(known.prefix, text.length - known.suffix) };
  const c = TextChange.between(before, text);
  return { from, prefix: c.prefix, suffix: text.length - c.newEnd, insert: text.slice(c.prefix, c.newEnd) };
}

/** What the editor said changed between two versions of a document (change-tracker.ts); undefined when not known. */
export type KnownChange = (uri: string, from: number, to: number, fromLength: number, toLength: number) => { prefix: number; suffix: number } | undefined;

/** Slots of the shared version table (slot 0 holds the configuration generation). */
const SLOTS = 65_536;
/** A lane that lost this many workers runs its engine on the main thread from then on. */
const MAX_RESTARTS = 3;

/** A started lint thread, as the host sees it (lint-threads.ts starts Node's worker threads). */
export interface LintThread {
  /** Sends the thread a message. */
  post(m: ToWorker): void;
  /** Ends the thread. */
  terminate(): Promise<unknown>;
  /** `listener` gets every message of the thread. */
  onMessage(listener: (m: FromWorker) => void): void;
  /** Called once when the thread fails or exits, with why. */
  onLost(listener: (why: string) => void): void;
}

/** Starts a lint thread for a lane that shares the version table; undefined (or no function) lints on the main thread. */
export type StartLintThread = (versions: SharedArrayBuffer, lane: LaneName) => LintThread;

/** The version table: shared with the workers when the runtime has `SharedArrayBuffer` (a browser page that is not cross-origin isolated has not; it lints in-thread). */
function versionTable(bytes: number): SharedArrayBuffer {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : (new ArrayBuffer(bytes) as unknown as SharedArrayBuffer);
}

/** Runs a function after the current task (`setImmediate` where there is one: Node; else a zero timeout). */
const later: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

/** Which lane a document is linted in. */
export type LaneName = 'shared' | 'heavy';

/** Memory of one worker (or of the in-thread engine). */
export interface WorkerMemory {
  lane: LaneName;
  heapUsed: number;
  heapTotal: number;
  external: number;
  documents: number;
  /** Of those, the ones that keep a chunk cache. */
  cached: number;
  /** Of `heapUsed`, V8's compiled code. */
  code: number;
  /** The workspace index of the lane, when it keeps one. */
  index?: IndexStats;
}

/** One worker (or the in-thread fallback) and the replies it owes. */
class Lane {
  private post: ((m: ToWorker) => void) | undefined;
  private stop: (() => Promise<unknown>) | undefined;
  private readonly replies = new Map<number, (m: FromWorker | undefined) => void>();
  private restarts = 0;
  private inThread = false;

  constructor(
    readonly name: LaneName,
    private readonly startThread: StartLintThread | undefined,
    private readonly versions: SharedArrayBuffer,
    private readonly log: (message: string) => void,
    private readonly onStart: (lane: Lane) => void,
    private readonly newEngine: EngineFactory,
    private readonly onEvent: (m: FromWorker) => void = () => undefined,
  ) {}

  /** Sends a message; `key` (a job or query number) waits for the reply with that number. */
  send(m: ToWorker, key?: number): Promise<FromWorker | undefined> {
    const reply = key === undefined ? Promise.resolve(undefined) : new Promise<FromWorker | undefined>((resolve) => this.replies.set(key, resolve));
    this.ensure()(m);
    return reply;
  }

  /** Forgets a reply still owed (a question that timed out). */
  forget(key: number): void {
    this.replies.delete(key);
  }

  /** True when the lane has started a worker or an engine. */
  get started(): boolean {
    return this.post !== undefined;
  }

  async dispose(): Promise<void> {
    const stop = this.stop;
    this.post = undefined;
    this.stop = undefined;
    await stop?.().catch(() => undefined);
  }

  private receive(m: FromWorker): void {
    if (m.type === 'workspaceChanged' || m.type === 'openRecord') return this.onEvent(m);
    const key = m.type === 'linted' ? m.job : m.id;
    const resolve = this.replies.get(key);
    this.replies.delete(key);
    resolve?.(m);
  }

  private ensure(): (m: ToWorker) => void {
    if (this.post) return this.post;
    if (this.startThread && !this.inThread) {
      try {
        const worker = this.startThread(this.versions, this.name);
        worker.onMessage((m) => this.receive(m));
        const lost = (why: string) => {
          if (this.stop === undefined || this.post === undefined) return;
          this.log(`lint worker (${this.name}) ${why}; ${this.restarts < MAX_RESTARTS ? 'starting another' : 'linting on the main thread from now on'}`);
          this.post = undefined;
          this.stop = undefined;
          if (++this.restarts > MAX_RESTARTS) this.inThread = true;
          // Whatever the worker owed is lost: callers see no answer and lint again.
          for (const resolve of this.replies.values()) resolve(undefined);
          this.replies.clear();
        };
        worker.onLost(lost);
        this.post = (m) => worker.post(m);
        this.stop = () => worker.terminate();
        this.onStart(this);
        return this.post;
      } catch (err) {
        this.log(`cannot start a lint worker (${this.name}): ${err instanceof Error ? err.message : String(err)}; linting on the main thread`);
        this.inThread = true;
      }
    }
    const engine = this.newEngine(new Int32Array(this.versions), (m) => later(() => this.receive(m)));
    this.post = (m) => later(() => engine.handle(m));
    this.stop = async () => undefined;
    this.onStart(this);
    return this.post;
  }
}

/** The lint workers of a language server. */
export class LintHost {
  private readonly versions = versionTable(SLOTS * 4);
  private readonly table = new Int32Array(this.versions);
  private readonly lanes: Record<LaneName, Lane>;
  private readonly slots = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private nextSlot = 1;
  private readonly laneOf = new Map<string, LaneName>();
  private readonly heavy = new Set<string>();
  /** The text of the last job sent for each document, for the next job to be sent as a change. */
  private readonly sent = new Map<string, { version: number; text: string; lane: LaneName }>();
  private next = 1;
  private folders: string[] = [];

  /**
   * `startThread`: starts a lint worker (lint-threads.ts), or undefined to lint on the main thread
   * (the web server: a browser worker has no threads of its own to start);
   * `log`: where worker failures are reported; `newEngine`: the engine a lane runs in-thread.
   */
  constructor(
    startThread: StartLintThread | undefined,
    log: (message: string) => void,
    newEngine: EngineFactory,
    onWorkspaceChanged: (lane?: LaneName) => void = () => undefined,
    /** Where a document changed between two versions, when the editor's changes were recorded (else found by comparing texts). */
    private readonly knownChange: KnownChange = () => undefined,
  ) {
    const onStart = (lane: Lane) => {
      void lane.send({ type: 'folders', folders: this.folders, index: lane.name === 'shared' });
      // The heavy lane lints with the shared lane's index: it gets a snapshot of it now and after each change.
      if (lane.name === 'heavy') void this.lanes.shared.send({ type: 'mirror' });
    };
    const fromShared = (m: FromWorker) => {
      if (m.type !== 'workspaceChanged') return;
      if (m.snapshot !== undefined && this.lanes.heavy.started) void this.lanes.heavy.send({ type: 'snapshot', json: m.snapshot });
      // The heavy lane's first snapshot: the records are the same, but the documents it linted before the snapshot came had none of them.
      if (!m.mirror) onWorkspaceChanged();
      else if (this.folders.length > 0) onWorkspaceChanged('heavy');
    };
    const fromHeavy = (m: FromWorker) => {
      if (m.type === 'openRecord') void this.lanes.shared.send(m);
    };
    this.lanes = {
      shared: new Lane('shared', startThread, this.versions, log, onStart, newEngine, fromShared),
      heavy: new Lane('heavy', startThread, this.versions, log, onStart, newEngine, fromHeavy),
    };
  }

  /**
   * Starts the shared lane's worker now (it keeps the workspace index, which starts reading the
   * folders at once), rather than at the first lint.
   */
  warmUp(): void {
    if (!this.lanes.shared.started) void this.lanes.shared.send({ type: 'files', changes: [] });
  }

  /** Files changed on disk: the workspace index reads each again. */
  filesChanged(changes: Array<{ uri: string; deleted: boolean }>): void {
    if (changes.length > 0) void this.lanes.shared.send({ type: 'files', changes });
  }

  /** The configuration generation: a job sent under an older one is cancelled. */
  get generation(): number {
    return Atomics.load(this.table, 0);
  }

  /** A new configuration: every lint under way stops. */
  newGeneration(): number {
    return Atomics.add(this.table, 0, 1) + 1;
  }

  /** Records the newest version of a document: a lint of another version stops. */
  setVersion(uri: string, version: number): void {
    Atomics.store(this.table, this.slot(uri), version);
  }

  /** The lane a document was last linted in. */
  lane(uri: string): LaneName | undefined {
    return this.laneOf.get(uri);
  }

  /** The documents last linted in a lane. */
  documentsIn(lane: LaneName): string[] {
    return [...this.laneOf].filter(([, l]) => l === lane).map(([uri]) => uri);
  }

  /** Lints one version of a document; undefined when the worker was lost meanwhile. */
  async lint(uri: string, version: number, text: string, rel: string | undefined, config: ConfigMessage, locale: Locale): Promise<LintedMessage | undefined> {
    const laneName: LaneName = text.length >= HEAVY_CHARS || this.heavy.has(uri) ? 'heavy' : 'shared';
    const before = this.laneOf.get(uri);
    if (before && before !== laneName) void this.lanes[before].send({ type: 'close', uri });
    this.laneOf.set(uri, laneName);
    const send = async (body: string | TextPatch) => {
      const job = this.next++;
      return (await this.lanes[laneName].send(
        { type: 'lint', job, uri, version, slot: this.slot(uri), generation: this.generation, text: body, rel, config, locale },
        job,
      )) as LintedMessage | undefined;
    };
    const last = this.sent.get(uri);
    let m = await send(last && last.lane === laneName ? patch(last.version, last.text, text, this.knownChange(uri, last.version, version, last.text.length, text.length)) : text);
    if (m?.outcome === 'resend') m = await send(text);
    if (m) this.sent.set(uri, { version, text, lane: laneName });
    else this.sent.delete(uri);
    if (m?.outcome === 'done') {
      if (m.ms > HEAVY_LINT_MS && text.length >= HEAVY_MIN_CHARS) this.heavy.add(uri);
      else if (text.length < HEAVY_CHARS / 2 && m.ms < HEAVY_LINT_MS / 3) this.heavy.delete(uri);
    }
    return m;
  }

  /**
   * Asks the worker holding a document about the result of one version; undefined when it has no
   * result of that version, or gives no answer within `waitMs`.
   */
  async ask(uri: string, version: number, query: Query, locale: Locale, waitMs: number): Promise<AnswerMessage | undefined> {
    const laneName = this.laneOf.get(uri);
    if (!laneName) return undefined;
    const lane = this.lanes[laneName];
    const id = this.next++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
    const answer = (await Promise.race([lane.send({ type: 'query', id, uri, version, query, locale }, id), timeout])) as AnswerMessage | undefined;
    clearTimeout(timer);
    if (!answer) lane.forget(id);
    return answer?.version === undefined ? undefined : answer;
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    const slot = this.slots.get(uri);
    if (slot !== undefined) {
      Atomics.store(this.table, slot, -1);
      this.slots.delete(uri);
      this.freeSlots.push(slot);
    }
    const laneName = this.laneOf.get(uri);
    if (laneName) void this.lanes[laneName].send({ type: 'close', uri });
    this.laneOf.delete(uri);
    this.heavy.delete(uri);
    this.sent.delete(uri);
  }

  /** The workspace folders, for the service names completion offers. */
  setFolders(folders: string[]): void {
    this.folders = folders;
    for (const lane of Object.values(this.lanes)) if (lane.started) void lane.send({ type: 'folders', folders, index: lane.name === 'shared' });
  }

  /** Memory of every started worker, after a full garbage collection where the runtime allows one (`--expose-gc`). */
  async memory(gc: boolean): Promise<WorkerMemory[]> {
    const out: WorkerMemory[] = [];
    for (const lane of Object.values(this.lanes)) {
      if (!lane.started) continue;
      const id = this.next++;
      const m = (await lane.send({ type: 'memory', id, gc }, id)) as MemoryMessage | undefined;
      if (m) out.push({ lane: lane.name, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, documents: m.documents, cached: m.cached, code: m.code, index: m.index });
    }
    return out;
  }

  /** The incident records of the workspace's postmortems, from the shared lane (which keeps the index); undefined when its worker is lost. */
  async incidents(): Promise<IncidentRecords | undefined> {
    const id = this.next++;
    const m = await this.lanes.shared.send({ type: 'incidents', id }, id);
    return m?.type === 'incidents' ? { records: m.records, complete: m.complete, truncated: m.truncated } : undefined;
  }

  /** Stops the workers. */
  async dispose(): Promise<void> {
    await Promise.all(Object.values(this.lanes).map((l) => l.dispose()));
  }

  private slot(uri: string): number {
    let s = this.slots.get(uri);
    if (s === undefined) {
      s = this.freeSlots.pop() ?? (this.nextSlot < SLOTS ? this.nextSlot++ : SLOTS - 1);
      this.slots.set(uri, s);
    }
    return s;
  }
}
