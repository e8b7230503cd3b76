import type { Heading, Nodes, RootContent } from 'mdast';
import { LineIndex } from './text';
import { parseChunked, type ChunkCache } from './parse';
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
}

/** Parses a document (never throws for any string). */
export function parseDocument(text: string, cache?: ChunkCache): ParsedDocument {
  const bom = text.charCodeAt(0) === 0xfeff;
  const offset = bom ? 1 : 0;
  const parsed = parseChunked(withFrontMatterBlanked(bom ? text.slice(1) : text), cache);
  const blocks: Block[] = [];
  let frontMatter: FrontMatter | undefined;
  const comments: ParsedDocument['comments'] = [];
  for (const chunk of parsed.chunks) {
    const base = chunk.start + offset;
    for (const node of chunk.tree.children) {
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      if (node.type === 'yaml') {
        if (!frontMatter && start === offset) frontMatter = readFrontMatter(text, node.value, start, end);
        continue;
      }
      if (node.type === 'html' && /^\s*<!--/.test(node.value)) comments.push({ start, end, value: node.value });
      blocks.push({ node, base, start, end });
    }
  }
  const lines = new LineIndex(text);
  return { text, bom, lines, frontMatter, blocks, sections: buildSections(text, blocks), comments };
}

/**
 * The text micromark is given: the lines between the front matter's fences blanked to one line of
 * spaces, same length, so every offset stays. micromark tokenizes front matter line by line (1.5 s
 * for 40,000 keys) to build one `yaml` node whose value nothing reads: readFrontMatter reads the
 * YAML from the document itself. The tree's line numbers inside and after it shift; the core uses
 * offsets only. Fences are read as remark-frontmatter reads them (`---`, optional blanks).
 */
function withFrontMatterBlanked(text: string): string {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return text;
  const contentStart = open[0].length;
  let pos = contentStart;
  while (pos < text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    if (isFence(text, pos, eol)) {
      // Keep the line break before the closing fence; blank everything from the content's start to it.
      const breakLength = pos >= 2 && text.charCodeAt(pos - 2) === 13 && text.charCodeAt(pos - 1) === 10 ? 2 : 1;
      const blank = pos - breakLength - contentStart;
      return blank < 2 ? text : text.slice(0, contentStart) + ' '.repeat(blank) + text.slice(pos - breakLength);
    }
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return text;
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
