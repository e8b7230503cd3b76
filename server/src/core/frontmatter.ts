import { parseDocument, isMap, isSeq, isScalar, isPair, isDocument, type Node as YamlNode, type Document } from 'yaml';
import type { OffsetRange } from './types';

/** A YAML problem, with its range in the document. */
export interface YamlProblem {
  /** The parser's message, first line only. */
  message: string;
  /** Where the parser says the problem is. */
  range: OffsetRange;
  /** Set when the front matter was not read at all: longer than MAX_FRONT_MATTER or MAX_FRONT_MATTER_LINES. */
  tooLong?: { chars: number; lines: number };
}

/**
 * Front matter longer than this (UTF-16 code units) or than MAX_FRONT_MATTER_LINES is not read.
 * A postmortem's front matter is a few dozen keys, a few KB. Reading YAML costs about 2 µs a
 * character and 60 µs a key (the YAML library, then the model), so front matter filling the 4 MiB
 * a document may have would take seconds, and 27,000 one-letter keys in 256 KiB two: the two
 * limits keep the worst front matter read to about a second.
 */
export const MAX_FRONT_MATTER = 256 * 1024;

/** See MAX_FRONT_MATTER. */
export const MAX_FRONT_MATTER_LINES = 10_000;

/** Lines of `text` (`\n`, `\r\n` or a lone `\r` end one), counting stops past `max`. */
function lineCount(text: string, max: number): number {
  let n = 1;
  for (let i = 0; i < text.length && n <= max; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** One key of the front matter, with where its key and value are. */
export interface FrontMatterEntry {
  /** The key as written. */
  key: string;
  /** The value as JSON-compatible data. */
  value: unknown;
  /** The key's range in the document. */
  keyRange: OffsetRange;
  /** The value's range in the document (empty at the key's end when the value is missing). */
  valueRange: OffsetRange;
}

/** The front matter block of a document. */
export interface FrontMatter {
  /** Range of the whole block, fences included. */
  range: OffsetRange;
  /** Offset where the YAML text starts (after the opening fence's line break). */
  contentStart: number;
  /** The data, or `undefined` when the YAML is not a mapping or does not parse. */
  data: Record<string, unknown> | undefined;
  /** Top-level entries in document order. */
  entries: FrontMatterEntry[];
  /** Syntax errors. Empty when the YAML parsed. */
  problems: YamlProblem[];
  /** JSON pointer (`/servers/total`) → document range of that value, for schema errors. */
  pointers: Map<string, OffsetRange>;
}

/**
 * Reads a front matter block found by remark-frontmatter: `value` is the YAML between the fences,
 * `blockStart`/`blockEnd` the block's offsets in the document. Never throws.
 */
export function readFrontMatter(documentText: string, value: string, blockStart: number, blockEnd: number): FrontMatter {
  const firstBreak = documentText.indexOf('\n', blockStart);
  const contentStart = firstBreak < 0 ? blockEnd : firstBreak + 1;
  const fm: FrontMatter = { range: { start: blockStart, end: blockEnd }, contentStart, data: undefined, entries: [], problems: [], pointers: new Map() };
  // The YAML text is taken from the document itself so that offsets line up even with CRLF.
  const yamlText = documentText.slice(contentStart, Math.max(contentStart, blockEnd - closingFenceLength(documentText, blockEnd)));
  const lines = yamlText.length > MAX_FRONT_MATTER ? MAX_FRONT_MATTER_LINES + 1 : lineCount(yamlText, MAX_FRONT_MATTER_LINES);
  if (yamlText.length > MAX_FRONT_MATTER || lines > MAX_FRONT_MATTER_LINES) {
    const end = documentText.indexOf('\n', contentStart);
    fm.problems.push({
      message: `front matter of ${yamlText.length} characters is longer than ${MAX_FRONT_MATTER} or ${MAX_FRONT_MATTER_LINES} lines`,
      range: { start: contentStart, end: end < 0 ? contentStart : end },
      tooLong: { chars: yamlText.length, lines: lineCount(yamlText, Infinity) },
    });
    return fm;
  }
  let doc: Document;
  try {
    // logLevel 'error': yaml's warnings (a map used as a key) would go to process.emitWarning, that is, to the CLI's stderr.
    // uniqueKeys false: yaml's own check compares each key with every key before it (40,000 keys:
    // 19 s); duplicateKeys below finds the same duplicates with one set per map.
    doc = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
  } catch (err) {
    fm.problems.push({ message: String(err), range: { start: contentStart, end: contentStart } });
    return fm;
  }
  const duplicates = doc.errors.length === 0 ? duplicateKeys(doc) : [];
  for (const e of doc.errors) {
    const [s, t] = e.pos;
    fm.problems.push({
      message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      range: { start: contentStart + s, end: contentStart + Math.max(s + 1, t) },
    });
  }
  for (const d of duplicates) fm.problems.push({ message: 'Map keys must be unique', range: { start: contentStart + d[0], end: contentStart + Math.max(d[0] + 1, d[1]) } });
  if (fm.problems.length > 0) return fm;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    fm.problems.push({ message: err instanceof Error ? err.message : String(err), range: { start: contentStart, end: contentStart } });
    return fm;
  }
  if (data === null || data === undefined) {
    fm.data = {};
    return fm;
  }
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    fm.problems.push({ message: 'Front matter must be a mapping of keys to values', range: { start: contentStart, end: Math.max(contentStart, blockEnd) } });
    return fm;
  }
  fm.data = normalizeValues(data) as Record<string, unknown>;
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    const keyRange = { start: contentStart + item.key.range[0], end: contentStart + item.key.range[1] };
    const vr = (item.value as YamlNode | null)?.range;
    const valueRange = vr ? { start: contentStart + vr[0], end: contentStart + vr[1] } : { start: keyRange.end + 1, end: keyRange.end + 1 };
    // `!!binary` data reads as what was written (`!!binary aGVsbG8=`), not as a list of byte values.
    if (fm.data[key] === BINARY && vr) fm.data[key] = `!!binary ${yamlText.slice(vr[0], vr[1]).trim()}`;
    fm.entries.push({ key, value: fm.data[key], keyRange, valueRange });
    fm.pointers.set(`/${escapePointer(key)}`, valueRange);
    if (item.value) mapPointers(item.value as YamlNode, `/${escapePointer(key)}`, contentStart, fm.pointers);
  }
  return fm;
}

function closingFenceLength(text: string, blockEnd: number): number {
  const lineStart = text.lastIndexOf('\n', blockEnd - 1) + 1;
  return blockEnd - lineStart;
}

function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

function mapPointers(node: YamlNode, path: string, base: number, out: Map<string, OffsetRange>): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const p = `${path}/${escapePointer(String(item.key.value))}`;
      const v = item.value as YamlNode | null;
      if (v?.range) out.set(p, { start: base + v.range[0], end: base + v.range[1] });
      else if (item.key.range) out.set(p, { start: base + item.key.range[0], end: base + item.key.range[1] });
      if (v) mapPointers(v, p, base, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const v = item as YamlNode;
      const p = `${path}/${i}`;
      if (v?.range) out.set(p, { start: base + v.range[0], end: base + v.range[1] });
      if (v) mapPointers(v, p, base, out);
    });
  }
}

/** What a `!!binary` value becomes (top-level values are then replaced by their source text). */
const BINARY = '[binary data]';

/**
 * Key ranges (in the YAML text) of keys that repeat a key before them in the same mapping, as
 * yaml's `uniqueKeys` would report them, but in linear time: one set of scalar keys per mapping,
 * and a work list instead of recursion (a 5,000-deep flow sequence must not overflow the stack).
 */
function duplicateKeys(doc: Document): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: unknown[] = [isDocument(doc) ? doc.contents : undefined];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        if (isScalar(item.key)) {
          const v = item.key.value;
          const id = `${typeof v}:${String(v)}`;
          if (seen.has(id) && item.key.range) out.push([item.key.range[0], item.key.range[1]]);
          seen.add(id);
        } else if (item.key) stack.push(item.key);
        if (item.value) stack.push(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * YAML 1.1 style timestamps become `Date` objects in some schemas, and `!!binary` values
 * `Uint8Array`s; the model keeps strings so the readers see what was written. Changed in place
 * (the data is `toJS`'s fresh copy), with a work list: no copy of 40,000 keys, no recursion.
 */
function normalizeValues(root: unknown): unknown {
  const fix = (v: unknown): unknown => (v instanceof Date ? (Number.isNaN(v.getTime()) ? String(v) : v.toISOString()) : v instanceof Uint8Array ? BINARY : v);
  const top = fix(root);
  const stack: unknown[] = [top];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const y = fix(x);
        if (y !== x) v[i] = y;
        else if (x && typeof x === 'object') stack.push(x);
      }
    } else if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const x = o[k];
        const y = fix(x);
        if (y !== x) o[k] = y;
        else if (x && typeof x === 'object') stack.push(x);
      }
    }
  }
  return top;
}

/** The source text of a front matter value (what the author wrote, quotes stripped). */
export function frontMatterSource(text: string, range: OffsetRange): string {
  return text.slice(range.start, range.end).replace(/^["']|["']$/g, '');
}
