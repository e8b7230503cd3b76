/**
 * Searching the prose of a document (`proseText`) for words, segment by segment: with a chunk
 * cache, what was found in a segment that did not change since the last lint is reused
 * (incremental.ts). A search gives the same as over the whole prose text when what it looks for
 * never spans a line break: segments start at line starts.
 */
import type { ParsedDocument } from './document';
import { proseKey, proseText, segmentProse } from './facts';
import type { ReuseKind } from './incremental';

/** A match: where it starts in the document, and what each group matched. */
export type ProseMatch = RegExpMatchArray & { index: number };

const MATCHES: ReuseKind<ProseMatch[][]> = {
  name: 'matches in the prose of a segment',
  move: (lists, delta) => (delta === 0 ? lists : lists.map((ms) => ms.map((m) => moveMatch(m, delta)))),
};

const FOUND: ReuseKind<Array<{ start: number; end: number }>> = {
  name: 'finds in the prose of a segment',
  move: (fs, delta) => (delta === 0 ? fs : fs.map((f) => ({ ...f, start: f.start + delta, end: f.end + delta }))),
};

function moveMatch(m: ProseMatch, delta: number): ProseMatch {
  return Object.assign([...m], { index: m.index + delta }) as ProseMatch;
}

/** Names of lists of regular expressions, for keys. */
const PATTERN_KEYS = new WeakMap<readonly RegExp[], string>();

/**
 * Every match of each global regular expression in the document's prose, one list per expression
 * (none may match across a line break).
 */
export function proseMatches(doc: ParsedDocument, patterns: readonly RegExp[]): ProseMatch[][] {
  const all = (text: string) => patterns.map((re) => [...text.matchAll(re)] as ProseMatch[]);
  const reuse = doc.reuse;
  if (!reuse) return all(proseText(doc));
  let key = PATTERN_KEYS.get(patterns);
  if (key === undefined) {
    key = patterns.map((re) => `${re.source}/${re.flags}`).join('\n');
    PATTERN_KEYS.set(patterns, key);
  }
  const out: ProseMatch[][] = patterns.map(() => []);
  for (const seg of doc.segments) {
    // Found in the segment's own text (anchor 0), then moved to where the segment starts now.
    const lists = reuse.get(MATCHES, seg.tree, 0, `${key}|${proseKey(doc, seg)}`, () => all(segmentProse(doc, seg)));
    lists.forEach((ms, i) => {
      for (const m of ms) out[i].push(moveMatch(m, seg.start));
    });
  }
  return out;
}

/**
 * What `find` finds in the document's prose, offsets moved to the document: `find` gives offsets
 * relative to the text it is given and must not find anything across a line break.
 */
export function proseFind<F extends { start: number; end: number }>(doc: ParsedDocument, find: (text: string) => F[]): F[] {
  const reuse = doc.reuse;
  if (!reuse) return find(proseText(doc));
  const kind = FOUND as unknown as ReuseKind<F[]>;
  const out: F[] = [];
  for (const seg of doc.segments) {
    const found = reuse.get(kind, seg.tree, 0, `${reuse.id(find)}|${proseKey(doc, seg)}`, () => find(segmentProse(doc, seg)));
    for (const f of found) out.push({ ...f, start: f.start + seg.start, end: f.end + seg.start });
  }
  return out;
}
