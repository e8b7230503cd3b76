import { ruleDocsUrl, type Rule, type Report } from './types';
import type { ChunkCache } from '../parse';

/** Counts code points that suggest binary content: NUL and other C0 controls, and U+FFFD. */
function binaryRatio(text: string): number {
  const n = Math.min(text.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 1;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** A line whose lists and quotes may nest deeper than this is not parsed. */
export const MAX_LINE_NESTING = 1000;
/** Nor is a document whose lines, together, nest more than this many levels past NESTING_FREE. */
export const MAX_NESTING_EXCESS = 5000;
/** Levels a line may nest at no cost to the budget: real postmortems stay well under it. */
const NESTING_FREE = 8;

/**
 * micromark checks every open list and quote on every line, so its time grows with nesting depth
 * times lines, and faster within a line: 100 KB of `- - - … x` lines (50 deep) take 7 s, a list
 * nested 1,000 deep by indentation (1 MB) 32 s, 2,000 deep (4 MB, under the size limit) four
 * minutes. This finds, without parsing, an upper bound of each line's depth: its indentation / 2
 * (list content is indented at least two columns per level) plus the `>`, bullets and `1.` markers
 * at its start, or the depth of the line before when it may continue that line's paragraph
 * lazily; lines in a top-level fenced code block count nothing. Returns the first line (0-based)
 * where a line passes MAX_LINE_NESTING or the running sum past NESTING_FREE passes
 * MAX_NESTING_EXCESS, with the depth there.
 */
export function excessiveNesting(text: string, memory?: NestingMemory): Deep | undefined {
  const m = memory?.last;
  const change = m && memory!.changeSince(m.text, text);
  if (!memory || !m || !change) return remember(memory, text, scanNesting(text, START, []));
  const { prefix, suffix } = change;
  const delta = text.length - m.text.length;
  const newEnd = text.length - suffix;
  // The last checkpoint before the change: the lines before it are the same, so is the state there.
  let k = -1;
  while (k + 1 < m.checkpoints.length && m.checkpoints[k + 1].at < prefix) k++;
  const kept = m.checkpoints.slice(0, k + 1);
  const from = k >= 0 ? m.checkpoints[k] : START;
  // Past the change, at an old checkpoint moved by `delta` with the same carried state, the rest
  // of the scan is the old one with the running sum moved by the difference there.
  const scan = scanNesting(text, from, kept, { from: newEnd + 2, old: m.checkpoints, next: k + 1, delta });
  if (scan.found || scan.resumedFrom === undefined) return remember(memory, text, scan);
  const old = m.checkpoints[scan.resumedFrom];
  const d = scan.state.excess - old.excess;
  // The sum only grows: the old one ended at `m.excess`, this one ends `d` away from it.
  if (m.excess + d > MAX_NESTING_EXCESS) return remember(memory, text, scanNesting(text, START, []));
  const lineDelta = scan.state.line - old.line;
  for (let i = scan.resumedFrom; i < m.checkpoints.length; i++) {
    const c = m.checkpoints[i];
    kept.push({ ...c, at: c.at + delta, line: c.line + lineDelta, excess: c.excess + d });
  }
  memory.last = { text, checkpoints: kept, excess: m.excess + d };
  return undefined;
}

/** The nesting check's memory of each document with a chunk cache. */
const MEMORIES = new WeakMap<ChunkCache, NestingMemory>();

function nestingMemory(cache: ChunkCache): NestingMemory {
  let m = MEMORIES.get(cache);
  if (!m) {
    m = { changeSince: (old, text) => cache.changeSince(old, text) };
    MEMORIES.set(cache, m);
  }
  return m;
}

/** A line that nests too deeply, found by `excessiveNesting`. */
export interface Deep {
  line: number;
  start: number;
  end: number;
  depth: number;
}

/** The scanner's state at a line start (`at`, 0-based `line`). */
interface Checkpoint {
  at: number;
  line: number;
  excess: number;
  carried: number;
  prevBlank: boolean;
  fence: string;
}

const START: Checkpoint = { at: 0, line: 0, excess: 0, carried: 0, prevBlank: true, fence: '' };

/** Characters between the checkpoints a scan keeps. */
const CHECKPOINT_EVERY = 4096;

/**
 * What the nesting check of one document keeps between lints (the chunk cache holds it): the
 * scanner's state every few KB of the last text, so that after an edit only the lines from the
 * checkpoint before it to the first one after it where the state is the same are scanned again.
 */
export interface NestingMemory {
  last?: { text: string; checkpoints: Checkpoint[]; excess: number };
  /** The characters `text` keeps at each end of `old`, when known (`ChunkCache.changeSince`). */
  changeSince(old: string, text: string): { prefix: number; suffix: number } | undefined;
}

function remember(memory: NestingMemory | undefined, text: string, scan: ReturnType<typeof scanNesting>): Deep | undefined {
  if (memory) memory.last = scan.found ? undefined : { text, checkpoints: scan.checkpoints, excess: scan.state.excess };
  return scan.found;
}

/**
 * Scans from checkpoint `from` to the end, adding a checkpoint to `checkpoints` every
 * CHECKPOINT_EVERY characters; stops at the first line start from `sync.from` on that is one of
 * the `sync.old` checkpoints moved by `sync.delta`, in the same state but for the running sum
 * (`resumedFrom`, its index), or at a line that nests too deeply (`found`).
 */
function scanNesting(text: string, from: Checkpoint, checkpoints: Checkpoint[], sync?: { from: number; old: readonly Checkpoint[]; next: number; delta: number }): { found?: Deep; state: Checkpoint; checkpoints: Checkpoint[]; resumedFrom?: number } {
  let { excess, carried, prevBlank, fence, line } = from;
  let lastCheckpoint = from.at;
  const lineEnd = /[\r\n]/g;
  // The end of each line, found by `indexOf` when there is no carriage return (the usual case,
  // and the cheapest search), else by the regular expression engine: a character loop here was
  // the costliest part of re-checking a long document after a keystroke.
  const onlyNewlines = text.indexOf('\r', from.at) === -1;
  const here = (at: number): Checkpoint => ({ at, line, excess, carried, prevBlank, fence });
  for (let start = from.at; start <= text.length; line++) {
    if (sync && start >= sync.from) {
      while (sync.next < sync.old.length && sync.old[sync.next].at + sync.delta < start) sync.next++;
      const o = sync.old[sync.next];
      if (o && o.at + sync.delta === start && o.carried === carried && o.prevBlank === prevBlank && o.fence === fence) return { state: here(start), checkpoints, resumedFrom: sync.next };
    }
    if (start - lastCheckpoint >= CHECKPOINT_EVERY) {
      checkpoints.push(here(start));
      lastCheckpoint = start;
    }
    let end: number;
    if (onlyNewlines) {
      end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
    } else {
      lineEnd.lastIndex = start;
      end = lineEnd.exec(text)?.index ?? text.length;
    }
    const next = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    // Leading columns (a tab counts four), then the container markers.
    let i = start;
    let columns = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else break;
    }
    let depth = Math.floor(columns / 2);
    let markers = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 62) i++; // >
      else if ((c === 45 || c === 42 || c === 43) && (i + 1 >= end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) i++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d !== 46 && d !== 41) || (j + 1 < end && text.charCodeAt(j + 1) !== 32 && text.charCodeAt(j + 1) !== 9)) break;
        i = j + 1;
      } else break;
      markers++;
      while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    }
    const blank = i >= end && markers === 0;
    // Fenced code at the top level: its lines are not containers.
    const first = text.charCodeAt(i);
    const fenceMatch = columns < 4 && markers === 0 && (first === 96 || first === 126) ? /^(`{3,}|~{3,})/.exec(text.slice(i, Math.min(end, i + 64))) : null;
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = '';
      start = next;
      prevBlank = true;
      carried = 0;
      continue;
    }
    if (fenceMatch && depth === 0) {
      fence = fenceMatch[1];
      start = next;
      continue;
    }
    depth += markers;
    // A blank line is checked against every open container; a non-blank one after a non-blank
    // one may continue its paragraph lazily, inside every container that one had.
    if (blank || !prevBlank) depth = Math.max(depth, carried);
    if (depth > MAX_LINE_NESTING) return { found: { line, start, end, depth }, state: here(start), checkpoints };
    if (depth > NESTING_FREE) {
      excess += depth - NESTING_FREE;
      if (excess > MAX_NESTING_EXCESS) return { found: { line, start, end, depth }, state: here(start), checkpoints };
    }
    carried = blank ? 0 : depth;
    prevBlank = blank;
    if (end >= text.length) break;
    start = next;
  }
  return { state: here(text.length), checkpoints };
}

/** A document that is too large or binary is not linted, and says so instead of hanging. */
export const rule: Rule = {
  meta: {
    id: 'unreadable-document',
    docs: { url: ruleDocsUrl('unreadable-document') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'The document is small enough to lint and is text, not binary data.',
    messages: {
      tooLarge: 'Not linted: the document has {size} characters, more than the limit of {limit} (setting "maxFileSize").',
      binary: 'Not linted: the document looks like binary data, not Markdown text.',
      tooDeep: 'Not linted: lists and block quotes nest too deeply to parse in reasonable time (about {depth} levels on line {line}).',
      tooComplex: 'Not linted: the document is nested too deeply (or is otherwise too complex) to parse.',
    },
  },
  check() {
    // Everything this rule finds, it finds before parsing (see precheck).
  },
  precheck(text, config, cache): Report[] {
    const firstLineEnd = Math.min(text.length, Math.max(0, text.search(/\r|\n|$/)));
    const range = { start: 0, end: Math.min(firstLineEnd, 200) };
    if (text.length > config.maxFileSize) return [{ messageId: 'tooLarge', data: { size: text.length, limit: config.maxFileSize }, range }];
    if (binaryRatio(text) > 0.1) return [{ messageId: 'binary', range: { start: 0, end: 0 } }];
    const deep = excessiveNesting(text, cache && nestingMemory(cache));
    if (deep) return [{ messageId: 'tooDeep', data: { depth: deep.depth, line: deep.line + 1 }, range: { start: deep.start, end: Math.min(deep.end, deep.start + 200) } }];
    return [];
  },
};
