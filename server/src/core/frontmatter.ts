import { parseDocument, isMap, isSeq, isScalar, isPair, type Node as YamlNode, type Document } from 'yaml';
import type { OffsetRange } from './types';

/** A YAML problem, with its range in the document. */
export interface YamlProblem {
  /** The parser's message, first line only. */
  message: string;
  /** Where the parser says the problem is. */
  range: OffsetRange;
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
  let doc: Document;
  try {
    // logLevel 'error': yaml's warnings (a map used as a key) would go to process.emitWarning, that is, to the CLI's stderr.
    doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: false, logLevel: 'error' });
  } catch (err) {
    fm.problems.push({ message: String(err), range: { start: contentStart, end: contentStart } });
    return fm;
  }
  for (const e of doc.errors) {
    const [s, t] = e.pos;
    fm.problems.push({
      message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      range: { start: contentStart + s, end: contentStart + Math.max(s + 1, t) },
    });
  }
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
  fm.data = normalizeDates(data) as Record<string, unknown>;
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    const keyRange = { start: contentStart + item.key.range[0], end: contentStart + item.key.range[1] };
    const vr = (item.value as YamlNode | null)?.range;
    const valueRange = vr ? { start: contentStart + vr[0], end: contentStart + vr[1] } : { start: keyRange.end + 1, end: keyRange.end + 1 };
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
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
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

/**
 * YAML 1.1 style timestamps become `Date` objects in some schemas; the model keeps strings so the
 * readers see what was written.
 */
function normalizeDates(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  if (Array.isArray(v)) return v.map(normalizeDates);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = normalizeDates(x);
    return out;
  }
  return v;
}

/** The source text of a front matter value (what the author wrote, quotes stripped). */
export function frontMatterSource(text: string, range: OffsetRange): string {
  return text.slice(range.start, range.end).replace(/^["']|["']$/g, '');
}
