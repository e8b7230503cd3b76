import type { Heading, List, Nodes, RootContent } from 'mdast';
import { LineIndex } from './text';
import { parseChunked, type ChunkCache } from './parse';
import type { Root } from 'mdast';
import { Reuse, type ReuseKind } from './incremental';
import { readFrontMatter, type FrontMatter } from './frontmatter';
import type { OffsetRange } from './types';

/** A top-level block of the document, with absolute offsets. */
export interface Block {
  /** The mdast node; its own positions are relative to `base`. */
  node: RootContent;
  /** Offset to add to the node's positions. */
  base: number;
  /** Absolute start offset. */
  start: number;
  /** Absolute end offset. */
  end: number;
}

/** A heading and the part of the document it governs. */
export interface Section {
  /** Index of the heading in `ParsedDocument.blocks`. */
  blockIndex: number;
  /** Heading depth, 1 to 6. */
  depth: number;
  /** The heading's plain text. */
  title: string;
  /** Range of the heading line. */
  headingRange: OffsetRange;
  /** Range of the heading's text (after the `#` marks). */
  titleRange: OffsetRange;
  /** The body: from the end of the heading to the next heading of the same or a higher level. */
  bodyRange: OffsetRange;
  /** Blocks of the body (sub-sections included). */
  body: Block[];
}

/** A document parsed once, shared by extraction, rules, hover and completion. */
export interface ParsedDocument {
  /** The full text, BOM included when present. */
  text: string;
  /** True when the text starts with a byte order mark. */
  bom: boolean;
  /** Line lookups. */
  lines: LineIndex;
  /** The front matter, when the document has one. */
  frontMatter: FrontMatter | undefined;
  /** Top-level blocks in order (front matter excluded). */
  blocks: Block[];
  /** Every top-level heading as a section. */
  sections: Section[];
  /** Ranges of HTML comments at top level (guidance and inline directives live there). */
  comments: Array<OffsetRange & { value: string }>;
  /**
   * The document cut into the pieces it was parsed in (sections, and pieces of long lists), in
   * order, covering the text after a BOM. Work on a segment that did not change since the last
   * lint is reused (`reuse`).
   */
  segments: Segment[];
  /** Work reused from the last lint of this document; undefined without a chunk cache (incremental.ts). */
  reuse: Reuse | undefined;
}

/** A part of the document parsed on its own. */
export interface Segment {
  /** Absolute start offset. */
  start: number;
  /** Absolute end offset. */
  end: number;
  /** The tree it was parsed into (the same object while its text is the same). */
  tree: Root;
  /** Offset to add to the positions of the tree's nodes. */
  base: number;
}

/** Parses a document (never throws for any string). */
export function parseDocument(text: string, cache?: ChunkCache): ParsedDocument;
/** Parses a document; undefined when `cancelled` returned true between two sections. */
export function parseDocument(text: string, cache: ChunkCache | undefined, cancelled: (() => boolean) | undefined): ParsedDocument | undefined;
export function parseDocument(text: string, cache?: ChunkCache, cancelled?: () => boolean): ParsedDocument | undefined {
  const bom = text.charCodeAt(0) === 0xfeff;
  const offset = bom ? 1 : 0;
  const hint = cache?.takeHint(text);
  const body = bom ? text.slice(1) : text;
  // The text parsed is the document's (without a BOM): the hint holds for it too.
  if (hint && hint.prefix >= offset) cache!.expectParsedChange(hint.prefix - offset, hint.suffix);
  const parsed = parseChunked(body, cache, { cancelled, blank: frontMatterBlank(body) });
  if (!parsed) return undefined;
  const reuse = cache?.reuse;
  reuse?.nextRun();
  const blocks: Block[] = [];
  let frontMatter: FrontMatter | undefined;
  const comments: ParsedDocument['comments'] = [];
  const segments: Segment[] = [];
  for (const chunk of parsed.chunks) {
    const base = chunk.start + offset;
    if (chunk.pieces) {
      chunk.pieces.forEach((p, i) => {
        const next = chunk.pieces![i + 1];
        segments.push({ start: base + p.offset, end: base + (next ? next.offset : chunk.end - chunk.start), tree: p.tree, base });
      });
    } else {
      segments.push({ start: base, end: chunk.end + offset, tree: chunk.tree, base });
    }
    for (const node of chunk.tree.children) {
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      if (node.type === 'yaml') {
        if (!frontMatter && start === offset) {
          // Reading YAML costs as much as parsing it: reused while the front matter's text is the same.
          // The key is the document's own text of the block: micromark saw it blanked
          // (frontMatterBlank), so the node alone would be the same for any YAML of that length.
          frontMatter = reuse ? reuse.get(FRONT_MATTER, node, start, text.slice(start, end), () => readFrontMatter(text, node.value, start, end)) : readFrontMatter(text, node.value, start, end);
        }
        continue;
      }
      if (node.type === 'html' && /^\s*<!--/.test(node.value)) comments.push({ start, end, value: node.value });
      blocks.push({ node, base, start, end });
    }
  }
  const lines = reuse ? new LineIndex(text, lineStartsOf(text, segments, reuse, frontMatter?.range)) : new LineIndex(text);
  return { text, bom, lines, frontMatter, blocks, sections: buildSections(text, blocks), comments, segments, reuse };
}

/** The front matter, reused while its node is (always at the start of the text: it does not move). */
const FRONT_MATTER: ReuseKind<FrontMatter> = { name: 'front matter', move: (fm) => fm };

/** Line starts of a segment, relative to its start, after position 0: reused while the segment is. */
const LINE_STARTS: ReuseKind<number[]> = { name: 'line starts', move: (starts) => starts };

/** The document's line starts, from those of each segment (segments start at line starts). */
function lineStartsOf(text: string, segments: readonly Segment[], reuse: Reuse, frontMatter: OffsetRange | undefined): number[] {
  const starts = [0];
  for (const seg of segments) {
    // The tree of the segment that holds the front matter is the same for any YAML of one length
    // (micromark saw it blanked): its line breaks are in the key.
    const fm = frontMatter && seg.start <= frontMatter.start && frontMatter.start < seg.end ? `|${text.slice(frontMatter.start, frontMatter.end)}` : '';
    const rel = reuse.get(LINE_STARTS, seg.tree, seg.start, `${seg.end - seg.start}${fm}`, () => new LineIndex(text.slice(seg.start, seg.end)).lineStarts.slice(1));
    for (const r of rel) starts.push(seg.start + r);
  }
  // A last line start at the very end of a segment is also the first of the next: keep one.
  let w = 1;
  for (let i = 1; i < starts.length; i++) if (starts[i] !== starts[w - 1]) starts[w++] = starts[i];
  starts.length = w;
  return starts;
}

/**
 * The list nodes a top-level list block is made of, in order, each with its own items and the
 * offset to add to its positions: one per piece of a long list parsed in pieces (each the same
 * node while its piece's text is), else the block's own node.
 */
export function listParts(doc: ParsedDocument, block: Block): Array<{ list: List; base: number }> {
  if (block.node.type !== 'list') return [];
  const segs = doc.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].end <= block.start) lo = mid + 1;
    else hi = mid;
  }
  const parts: Array<{ list: List; base: number }> = [];
  for (let i = lo; i < segs.length && segs[i].start < block.end; i++) {
    const seg = segs[i];
    for (const node of seg.tree.children) {
      if (node.type !== 'list') continue;
      const start = seg.base + (node.position?.start.offset ?? 0);
      const end = seg.base + (node.position?.end.offset ?? 0);
      if (start < block.end && end > block.start) parts.push({ list: node, base: seg.base });
    }
  }
  return parts.length > 0 ? parts : [{ list: block.node, base: block.base }];
}

/**
 * What micromark is given as spaces: the lines between the front matter's fences, which become one
 * line of spaces of the same length, so every offset stays. micromark tokenizes front matter line
 * by line (1.5 s for 40,000 keys) to build one `yaml` node whose value nothing reads:
 * readFrontMatter reads the YAML from the document itself. The tree's line numbers inside and
 * after it shift; the core uses offsets only. Fences are read as remark-frontmatter reads them
 * (`---`, optional blanks). The parser blanks the range as it slices the first chunk (parse.ts).
 */
function frontMatterBlank(text: string): OffsetRange | undefined {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  let pos = contentStart;
  while (pos < text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    if (isFence(text, pos, eol)) {
      // Keep the line break before the closing fence; blank everything from the content's start to it.
      const breakLength = pos >= 2 && text.charCodeAt(pos - 2) === 13 && text.charCodeAt(pos - 1) === 10 ? 2 : 1;
      const end = pos - breakLength;
      return end - contentStart < 2 ? undefined : { start: contentStart, end };
    }
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  // Never closed: nothing blanked.
  return undefined;
}

/** The line from `start` to `end` is `---` and optional spaces or tabs. */
function isFence(text: string, start: number, end: number): boolean {
  if (!text.startsWith('---', start)) return false;
  for (let i = start + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function buildSections(text: string, blocks: Block[]): Section[] {
  const sections: Section[] = [];
  const headingIdx: number[] = [];
  blocks.forEach((b, i) => {
    if (b.node.type === 'heading') headingIdx.push(i);
  });
  for (let h = 0; h < headingIdx.length; h++) {
    const i = headingIdx[h];
    const block = blocks[i];
    const heading = block.node as Heading;
    let endIdx = blocks.length;
    for (let k = h + 1; k < headingIdx.length; k++) {
      if ((blocks[headingIdx[k]].node as Heading).depth <= heading.depth) {
        endIdx = headingIdx[k];
        break;
      }
    }
    const bodyEnd = endIdx < blocks.length ? lineStartBefore(text, blocks[endIdx].start) : text.length;
    const first = heading.children[0];
    const last = heading.children[heading.children.length - 1];
    const titleRange = first && last
      ? { start: block.base + (first.position?.start.offset ?? 0), end: block.base + (last.position?.end.offset ?? 0) }
      : { start: block.end, end: block.end };
    sections.push({
      blockIndex: i,
      depth: heading.depth,
      title: nodeText(heading),
      headingRange: { start: block.start, end: block.end },
      titleRange,
      bodyRange: { start: block.end, end: Math.max(block.end, bodyEnd) },
      body: blocks.slice(i + 1, endIdx),
    });
  }
  return sections;
}

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The plain text of an mdast node (inline code and text values joined, no markup). */
export function nodeText(node: Nodes): string {
  // A work list, not recursion: inline nesting thousands deep must not overflow the stack.
  let s = '';
  const work: Nodes[] = [node];
  for (let n = work.pop(); n; n = work.pop()) {
    if ('value' in n && typeof n.value === 'string') {
      if (n.type !== 'html') s += n.value;
    } else if ('children' in n) {
      const children = n.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) work.push(children[i]);
    }
  }
  return s;
}

/** Absolute range of a node inside a block. */
export function nodeRange(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, base: number): OffsetRange {
  return { start: base + (node.position?.start.offset ?? 0), end: base + (node.position?.end.offset ?? 0) };
}
