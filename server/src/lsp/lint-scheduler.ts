/**
 * When each open document is linted, and what requests are answered from.
 *
 * - A change records the document's new version at once (a lint of an older version under way
 *   stops) and lints after a pause in typing (push diagnostics). Diagnostics are published only
 *   for the version that is current when they arrive: a cancelled or outdated lint never
 *   publishes.
 * - Lints run in the lint workers (lint-host.ts), never on the thread that answers requests.
 * - Hover and quick fixes answer from the last finished lint. When the document changed since,
 *   positions are carried across the change (`TextChange`); a request inside the changed text
 *   waits, at most a bound, for the lint of the current version.
 * - Completion, fix-all, commands and pulled diagnostics need the current version: it is linted
 *   at once if it is not yet, and they wait for it, at most a bound.
 */
import type { Connection, TextDocuments, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Locale, LineIndex, commonPrefix, commonSuffix } from '../core/index';
import type { LintHost } from './lint-host';
import type { Answers, ConfigMessage, FindingActions, LintedMessage, Query } from './lint-protocol';

/** The last finished lint of a document. */
export interface Snapshot {
  /** The version linted. */
  version: number;
  /** Configuration generation it was linted under. */
  generation: number;
  /** The text linted. */
  text: string;
  /** The message locale it was linted in (hover and completion answer in it too). */
  locale: Locale;
  /** False for a Markdown file that is not a postmortem. */
  isPostmortem: boolean;
  diagnostics: Diagnostic[];
  actions: FindingActions[];
  /** Fix-all edits; undefined when they must be asked for. */
  fixAll: TextEdit[] | undefined;
}

/** What the scheduler needs from the server. */
export interface SchedulerDeps {
  host: LintHost;
  documents: TextDocuments<TextDocument>;
  connection: Connection;
  /** The configuration and relative path of a document (reads settings and config files). */
  configFor(uri: string, text: string): Promise<{ config: ConfigMessage; rel: string | undefined }>;
  /** True when diagnostics are pushed (publishDiagnostics) rather than pulled. */
  push(): boolean;
  /** The pause in typing before a lint, in milliseconds (`DEBOUNCE_MS` when not given). */
  debounceMs?(): number;
}

/** How long typing must pause before a lint starts (push diagnostics), in milliseconds. */
export const DEBOUNCE_MS = 150;

interface DocState {
  /** The lint due after the pause in typing. */
  timer?: { cancel(): void };
  /** The lint under way, by version and generation. */
  running?: { version: number; generation: number; done: Promise<Snapshot | undefined> };
  finished?: Snapshot;
  /** Line index of `finished.text`, built when a position must be carried across versions. */
  finishedLines?: LineIndex;
  /** Lint again when the lint under way ends, even at the same version (`relint`). */
  again?: boolean;
}

/** Schedules lints and answers from their results. */
export class LintScheduler {
  private readonly docs = new Map<string, DocState>();

  constructor(private readonly deps: SchedulerDeps) {}

  /** A document opened or changed: record its version, and (push) lint it after `delay`. */
  changed(doc: TextDocument, delay = this.deps.debounceMs?.() ?? DEBOUNCE_MS): void {
    this.deps.host.setVersion(doc.uri, doc.version);
    if (this.deps.push()) this.schedule(doc.uri, delay);
  }

  /** A document closed. */
  closed(uri: string): void {
    const s = this.docs.get(uri);
    s?.timer?.cancel();
    this.docs.delete(uri);
    this.deps.host.close(uri);
  }

  /** The configuration changed: lints under way stop, and (push) every document is linted again. */
  configChanged(): void {
    this.deps.host.newGeneration();
    if (!this.deps.push()) return;
    for (const doc of this.deps.documents.all()) this.schedule(doc.uri, 0);
  }

  /** The URIs of the open documents. */
  openDocuments(): string[] {
    return this.deps.documents.keys();
  }

  /**
   * Lints documents again at their current version (push), though their last lint is of it: what
   * they are linted with besides their text and configuration (the workspace index) changed.
   * Requests answer from the last lint meanwhile; a lint of the same version under way is followed
   * by one more. Pulled diagnostics have no lint to start: a new configuration generation makes the
   * next pull lint again.
   */
  relint(uris: readonly string[]): void {
    if (!this.deps.push()) {
      this.deps.host.newGeneration();
      return;
    }
    for (const uri of uris) {
      const s = this.docs.get(uri);
      if (!s || !this.deps.documents.get(uri)) continue;
      if (s.timer) continue; // A lint is due anyway.
      void this.start(uri, true);
    }
  }

  /** The last finished lint of a document, whatever its version. */
  last(uri: string): Snapshot | undefined {
    return this.docs.get(uri)?.finished;
  }

  /**
   * The finished lint of the document's current version, linted now if need be. Undefined when it
   * is not ready within `waitMs`, or the document is closed.
   */
  async current(uri: string, waitMs = 60_000): Promise<Snapshot | undefined> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const doc = this.deps.documents.get(uri);
      if (!doc) return undefined;
      const s = this.state(uri);
      if (this.isCurrent(s.finished, doc)) return s.finished;
      if (s.timer) {
        s.timer.cancel();
        s.timer = undefined;
      }
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      const run = this.start(uri);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const out = await Promise.race([run, new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), left)))]);
      clearTimeout(timer);
      if (out === 'late') return undefined;
      // Lost worker, cancelled lint or a newer version: try again with what is current now.
      if (out && this.isCurrent(out, this.deps.documents.get(uri))) return out;
      if (!out) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Asks the worker about a document. `current`: about the current version (see `current`);
   * otherwise about the last finished lint, the query's position carried across the changes
   * since, and the answer's ranges carried back. Undefined when there is no answer in time.
   */
  async ask<K extends Query['kind']>(uri: string, query: Extract<Query, { kind: K }>, options: { current: boolean; waitMs: number }): Promise<{ value: Answers[K]; version: number } | undefined> {
    const deadline = Date.now() + options.waitMs;
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = this.deps.documents.get(uri);
      if (!doc) return undefined;
      let snap = options.current ? undefined : this.last(uri);
      let q: Query = query;
      let change: TextChange | undefined;
      if (snap && snap.version !== doc.version) {
        change = TextChange.between(snap.text, doc.getText());
        const moved = 'position' in query && query.position ? this.toOld(uri, snap, doc, change, query.position) : null;
        if (moved === undefined) snap = undefined; // Inside the changed text: wait for the current version.
        else if (moved) q = { ...query, position: moved } as Query;
      }
      if (!snap || snap.generation !== this.deps.host.generation) {
        snap = await this.current(uri, Math.max(0, deadline - Date.now()));
        if (!snap) return undefined;
        q = query;
        change = undefined;
      }
      const answer = await this.deps.host.ask(uri, snap.version, q, snap.locale, Math.max(1, deadline - Date.now()));
      if (!answer) {
        if (Date.now() >= deadline) return undefined;
        continue;
      }
      let value = answer.value as Answers[K];
      if (change && query.kind === 'hover' && value) value = this.hoverToNew(uri, snap, doc, change, value as NonNullable<Answers['hover']>) as Answers[K];
      return { value, version: answer.version! };
    }
    return undefined;
  }

  /**
   * The last finished lint with ranges carried between its version and the current one: `toNew`
   * and `toOld` give undefined for a range the changes since touched.
   */
  lastWithMapping(uri: string): { snapshot: Snapshot; toNew: (r: Range) => Range | undefined; toOld: (r: Range) => Range | undefined } | undefined {
    const doc = this.deps.documents.get(uri);
    const snap = this.last(uri);
    if (!doc || !snap || snap.generation !== this.deps.host.generation) return undefined;
    if (snap.version === doc.version) return { snapshot: snap, toNew: (r) => r, toOld: (r) => r };
    const change = TextChange.between(snap.text, doc.getText());
    const lines = this.linesOf(uri, snap);
    return {
      snapshot: snap,
      toNew: (r) => {
        const m = change.rangeToNew(lines.offsetAt(r.start), lines.offsetAt(r.end));
        return m && { start: doc.positionAt(m[0]), end: doc.positionAt(m[1]) };
      },
      toOld: (r) => {
        const m = change.rangeToOld(doc.offsetAt(r.start), doc.offsetAt(r.end));
        return m && { start: lines.positionAt(m[0]), end: lines.positionAt(m[1]) };
      },
    };
  }

  private toOld(uri: string, snap: Snapshot, doc: TextDocument, change: TextChange, p: Position): Position | undefined {
    const old = change.offsetToOld(doc.offsetAt(p));
    return old === undefined ? undefined : this.linesOf(uri, snap).positionAt(old);
  }

  private hoverToNew(uri: string, snap: Snapshot, doc: TextDocument, change: TextChange, hover: NonNullable<Answers['hover']>): Answers['hover'] {
    if (!hover.range) return hover;
    const lines = this.linesOf(uri, snap);
    const m = change.rangeToNew(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end));
    if (!m) return { contents: hover.contents };
    return { ...hover, range: { start: doc.positionAt(m[0]), end: doc.positionAt(m[1]) } };
  }

  private linesOf(uri: string, snap: Snapshot): LineIndex {
    const s = this.state(uri);
    if (s.finished === snap && s.finishedLines) return s.finishedLines;
    const lines = new LineIndex(snap.text);
    if (s.finished === snap) s.finishedLines = lines;
    return lines;
  }

  private isCurrent(snap: Snapshot | undefined, doc: TextDocument | undefined): snap is Snapshot {
    return !!snap && !!doc && snap.version === doc.version && snap.generation === this.deps.host.generation;
  }

  private state(uri: string): DocState {
    let s = this.docs.get(uri);
    if (!s) {
      s = {};
      this.docs.set(uri, s);
    }
    return s;
  }

  private schedule(uri: string, delay: number): void {
    const s = this.state(uri);
    s.timer?.cancel();
    const fire = () => {
      s.timer = undefined;
      void this.start(uri);
    };
    // No pause: after the messages already read (a timer would wait a millisecond or more).
    if (delay <= 0 && typeof setImmediate === 'function') {
      const immediate = setImmediate(fire);
      s.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(fire, delay);
      s.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  /** Lints one version; undefined when it was cancelled, outdated or lost. Never rejects. */
  private async run(uri: string, version: number, text: string, generation: number): Promise<Snapshot | undefined> {
    try {
      const { config, rel } = await this.deps.configFor(uri, text);
      // Settings may have been fetched while the document changed: its newer version has its own lint.
      if (this.deps.documents.get(uri)?.version !== version || this.deps.host.generation !== generation) return undefined;
      const m = await this.deps.host.lint(uri, version, text, rel, config, config.config.locale);
      if (!m || m.outcome !== 'done') return undefined;
      for (const e of m.ruleErrors) this.deps.connection.console.error(`[postmortem] rule ${e.ruleId} failed on ${uri}: ${e.message}`);
      const snap = snapshotOf(m, text, generation, config.config.locale);
      const st = this.docs.get(uri);
      if (st && (!st.finished || st.finished.version <= version || st.finished.generation < generation)) {
        st.finished = snap;
        st.finishedLines = undefined;
      }
      return snap;
    } catch (err) {
      this.deps.connection.console.error(`[postmortem] lint of ${uri} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return undefined;
    }
  }

  private async publish(uri: string, snap: Snapshot | undefined): Promise<void> {
    // Only the diagnostics of the version that is current now: a lint that lost the race publishes nothing.
    if (!this.deps.push() || !this.isCurrent(snap, this.deps.documents.get(uri))) return;
    await this.deps.connection.sendDiagnostics({ uri, version: snap.version, diagnostics: snap.diagnostics }).catch(() => undefined);
  }

  /** Starts (or joins) the lint of the document's current version; `again`: even when its last lint is of it. */
  private start(uri: string, again = false): Promise<Snapshot | undefined> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const s = this.state(uri);
    const generation = this.deps.host.generation;
    if (!again && this.isCurrent(s.finished, doc)) return Promise.resolve(s.finished);
    if (s.running && s.running.version === doc.version && s.running.generation === generation) {
      if (again) s.again = true;
      return s.running.done;
    }
    const version = doc.version;
    const done = this.run(uri, version, doc.getText(), generation);
    void done.then(async (snap) => {
      if (s.running?.done === done) s.running = undefined;
      // Whoever started the lint (the timer, or a request that could not wait for it), its diagnostics are published.
      await this.publish(uri, snap);
      if (s.again && !s.running && this.docs.get(uri) === s) {
        s.again = false;
        if (!s.timer) void this.start(uri, true);
      }
    });
    s.running = { version, generation, done };
    return done;
  }
}

function snapshotOf(m: LintedMessage, text: string, generation: number, locale: Locale): Snapshot {
  return { version: m.version, generation, text, locale, isPostmortem: m.isPostmortem, diagnostics: m.diagnostics, actions: m.actions, fixAll: m.fixAll };
}

/**
 * How one text became another, as one changed span (the common prefix and suffix are unchanged):
 * carries offsets and ranges outside the span across the change. Several edits since the last
 * lint make one span that covers them all.
 */
export class TextChange {
  private constructor(
    /** Length of the common prefix: where the changed span starts in both texts. */
    readonly prefix: number,
    /** End of the changed span in the old text. */
    readonly oldEnd: number,
    /** End of the changed span in the new text. */
    readonly newEnd: number,
  ) {}

  /** The change from `before` to `after`. */
  static between(before: string, after: string): TextChange {
    const max = Math.min(before.length, after.length);
    const p = commonPrefix(before, after, max);
    const sfx = commonSuffix(before, after, max - p);
    return new TextChange(p, before.length - sfx, after.length - sfx);
  }

  /** The old offset of the character at `offset` in the new text; undefined for a character of the changed span. */
  offsetToOld(offset: number): number | undefined {
    if (offset < this.prefix) return offset;
    if (offset >= this.newEnd) return offset - this.newEnd + this.oldEnd;
    return undefined;
  }

  /** A range of the new text in the old one; undefined when it overlaps the changed span (an empty range at its edge too). */
  rangeToOld(start: number, end: number): [number, number] | undefined {
    return move(start, end, this.prefix, this.newEnd, this.oldEnd);
  }

  /** A range of the old text in the new one; undefined when it overlaps the changed span (an empty range at its edge too). */
  rangeToNew(start: number, end: number): [number, number] | undefined {
    return move(start, end, this.prefix, this.oldEnd, this.newEnd);
  }
}

/** `[start, end)` of a text whose changed span is `[prefix, spanEnd)`, in the other text where it ends at `otherEnd`. */
function move(start: number, end: number, prefix: number, spanEnd: number, otherEnd: number): [number, number] | undefined {
  if (end < prefix || (end === prefix && start < end)) return [start, end];
  if (start > spanEnd || (start === spanEnd && start < end)) return [start - spanEnd + otherEnd, end - spanEnd + otherEnd];
  return undefined;
}


