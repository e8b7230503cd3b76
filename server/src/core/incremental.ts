/**
 * Work reused from the previous lint of the same document, beyond parsing.
 *
 * The chunk cache (parse.ts) hands back the very same tree objects for the parts of a document an
 * edit did not touch. Work done on such a part (a top-level block, a list item, a section piece)
 * is remembered against its tree node: when the node comes back, so does the result, moved to
 * where the node now is. That is sound when the result depends on nothing but the node's own text
 * and the inputs named in its key, so each use names them:
 *
 * - a node stands for its text: a tree is only reused for the same text, and every position in a
 *   result is kept relative to the node's start (`anchor`) and moved by where the node now starts;
 * - everything else the work reads (the configuration, the block after it, the date a timeline
 *   carries into it) is in the `key`, compared as a string.
 *
 * Without a chunk cache (the CLI) nothing is remembered: every tree is new.
 */

/** A kind of reused work: its name and how to move its result by a number of code units. */
export interface ReuseKind<T> {
  /** Name, for debugging. */
  name: string;
  /**
   * The result moved by `delta` code units: a copy when `delta` is not 0; when it is, the result
   * itself may be handed out again (results are never changed after they are made).
   */
  move(value: T, delta: number): T;
}

interface Remembered {
  key: string;
  anchor: number;
  value: unknown;
}

/** Results remembered per tree node, per kind of work. Lives as long as the document's chunk cache. */
export class Reuse {
  private readonly kinds = new Map<ReuseKind<unknown>, WeakMap<object, Remembered>>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  /** Results of `memo` by kind and key, with the run that last used each. */
  private readonly memos = new Map<string, Map<string, { value: unknown; run: number }>>();
  private run = 0;
  /** Results of `memo` used in this run, and in the whole table. */
  private usedNow = 0;
  private memoSize = 0;

  /**
   * A new lint run of the document starts. When the table holds more than a little over what the
   * last run used, results neither it nor the one before used are forgotten: what is kept stays
   * what two runs used (texts of edited lines and segments would pile up otherwise).
   */
  nextRun(): void {
    if (this.memoSize > this.usedNow + 32) {
      this.memoSize = 0;
      for (const table of this.memos.values()) {
        for (const [key, e] of table) {
          if (e.run < this.run - 1) table.delete(key);
          else this.memoSize++;
        }
      }
    }
    this.run++;
    this.usedNow = 0;
  }

  /**
   * The result of `compute`, a pure function of `kind` and `key` alone (`key` is the text read;
   * `kind` names the function and holds every other input), remembered from earlier runs.
   * `compute` is given its own copy of `key` to read, so that the strings of its result do not
   * keep the document's text alive. Results are shared between the calls with the same key: they
   * must never be changed. `own`: `key` is already a string of its own (`ownString`), and is
   * handed out again as the same object while it stands for the same text (`segmentProse`): it is
   * kept as it is, and a later lookup with it finds it without comparing the texts.
   */
  memo<T>(kind: string, key: string, compute: (key: string) => T, own = false): T {
    let table = this.memos.get(kind);
    if (!table) {
      table = new Map();
      this.memos.set(kind, table);
    }
    const e = table.get(key);
    if (e) {
      if (e.run !== this.run) {
        e.run = this.run;
        this.usedNow++;
      }
      return e.value as T;
    }
    const stored = own ? key : ownString(key);
    const value = compute(stored);
    table.set(stored, { value, run: this.run });
    this.usedNow++;
    this.memoSize++;
    return value;
  }

  /**
   * The result of `compute` for `node`, starting at `anchor` in the document, under `key`: remembered
   * from an earlier call with the same node and key (moved to `anchor`), or computed now.
   */
  get<T>(kind: ReuseKind<T>, node: object, anchor: number, key: string, compute: () => T): T {
    let byNode = this.kinds.get(kind as ReuseKind<unknown>);
    if (!byNode) {
      byNode = new WeakMap();
      this.kinds.set(kind as ReuseKind<unknown>, byNode);
    }
    const r = byNode.get(node);
    if (r && r.key === key) return kind.move(r.value as T, anchor - r.anchor);
    const value = compute();
    byNode.set(node, { key, anchor, value });
    return kind.move(value, 0);
  }

  /** A small number that names an object (a node, a configuration) in keys while it lives. */
  id(o: object | undefined): number {
    if (!o) return 0;
    let n = this.ids.get(o);
    if (n === undefined) {
      n = this.nextId++;
      this.ids.set(o, n);
    }
    return n;
  }
}

/**
 * A copy of a string that does not keep a longer one alive: a slice of a document's text points
 * into the whole text, and one remembered slice per version would keep every version.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A range moved by `delta`. */
export function movedRange<R extends { start: number; end: number }>(r: R, delta: number): R {
  return delta === 0 ? { ...r } : { ...r, start: r.start + delta, end: r.end + delta };
}
