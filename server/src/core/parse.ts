import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/**
 * Parsing a document a section at a time.
 *
 * remark reads Markdown at roughly half a megabyte a second, so re-parsing a long postmortem on
 * every keystroke would lag. The text is cut into chunks at ATX headings that start a line
 * outside front matter, fenced code and HTML blocks: such a heading always begins a new block in
 * CommonMark, so parsing the chunks one by one gives the same blocks as parsing the whole text.
 * Each chunk's tree is cached by its text, so an edit re-parses only the chunk it touched.
 * Positions inside a chunk's tree are relative to the chunk; `Chunk.start` shifts them.
 */

/** One piece of the document, parsed on its own. */
export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number;
  /** Offset just past the chunk. */
  end: number;
  /** The chunk's tree; node offsets are relative to `start`. */
  tree: Root;
}

/** The result of parsing a document. */
export interface ParsedMarkdown {
  /** The text parsed (without a BOM). */
  text: string;
  /** The chunks in document order, covering the whole text. */
  chunks: Chunk[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parses one piece of Markdown with the same plugins the whole core uses. */
export function parseMarkdownTree(text: string): Root {
  return processor.parse(text) as Root;
}

/** A cache of chunk trees keyed by chunk text, kept from one parse to the next. */
export class ChunkCache {
  private current = new Map<string, Root>();
  private previous = new Map<string, Root>();

  /** Returns the cached tree for this text, or parses and caches it. */
  get(text: string): Root {
    let tree = this.current.get(text);
    if (tree) return tree;
    tree = this.previous.get(text);
    if (!tree) tree = parseMarkdownTree(text);
    this.current.set(text, tree);
    return tree;
  }

  /** Ends a parse: trees not used by it are dropped at the end of the next one. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Texts up to this many characters are parsed whole when no cache is given. */
const WHOLE_PARSE_LIMIT = 64 * 1024;

/** Parses a document chunk by chunk, reusing trees from `cache` when given. */
export function parseChunked(text: string, cache?: ChunkCache): ParsedMarkdown {
  // Without a cache nothing is reused later, so a short text is cheapest in one parse (every
  // parse call pays a fixed set-up cost). A long one is still cut: micromark's cost grows faster
  // than the text. Chunked and whole parses give the same blocks (tested).
  if (!cache && text.length <= WHOLE_PARSE_LIMIT) return { text, chunks: [{ start: 0, end: text.length, tree: parseMarkdownTree(text) }] };
  const bounds = chunkBoundaries(text);
  const chunks: Chunk[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i];
    let end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    let piece = text.slice(start, end);
    let tree = cache ? cache.get(piece) : parseMarkdownTree(piece);
    if (end < text.length && endsOpen(tree, piece)) {
      // The splitter was wrong: a fence or HTML block is still open where the next chunk starts
      // (one opened inside a list item ends with the item, and the next fence line opens another).
      // Parse the rest of the text as one chunk rather than guess again.
      end = text.length;
      piece = text.slice(start);
      tree = cache ? cache.get(piece) : parseMarkdownTree(piece);
      chunks.push({ start, end, tree });
      break;
    }
    chunks.push({ start, end, tree });
  }
  cache?.sweep();
  return { text, chunks };
}

/**
 * True when the last top-level block of a chunk is a fenced code or HTML block that is still open
 * at the chunk's end: then the heading that starts the next chunk belongs to it.
 */
function endsOpen(tree: Root, piece: string): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const from = last.position?.start.offset ?? 0;
  const to = last.position?.end.offset ?? piece.length;
  const raw = piece.slice(Math.max(piece.lastIndexOf('\n', from - 1), piece.lastIndexOf('\r', from - 1)) + 1, to);
  const lines = raw.split(/\r\n|\r|\n/);
  const first = lines[0].trimStart();
  if (last.type === 'code') {
    const open = FENCE.exec(lines[0]);
    if (!open) return false; // Indented code: a heading at column 0 ends it.
    const close = lines.length > 1 ? FENCE.exec(lines[lines.length - 1]) : null;
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length && lines[lines.length - 1].slice(close[0].length).trim() === '');
  }
  if (first.startsWith('<!--')) return !raw.includes('-->', raw.indexOf('<!--') + 2);
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(first)) return !/<\/(?:script|pre|style|textarea)>/i.test(raw);
  if (first.startsWith('<![CDATA[')) return !raw.includes(']]>');
  if (first.startsWith('<?')) return !raw.includes('?>', raw.indexOf('<?') + 2);
  if (/^<![A-Za-z]/.test(first)) return !raw.includes('>', raw.indexOf('<!') + 2);
  // Any other HTML block ends at a blank line: one must follow it inside the chunk.
  return !/^[ \t]*(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(piece.slice(to));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const HTML_START = /^ {0,3}</;
const LINE_BREAK = /\r\n?|\n/g;

/**
 * Offsets where chunks start: 0, then every line that is an ATX heading at column 0 and is not
 * inside front matter, a fence, or an HTML block. Unsure cases do not split: a missed split
 * costs speed, a wrong one would change the tree.
 */
export function chunkBoundaries(text: string): number[] {
  const bounds = [0];
  let pos = 0;
  const n = text.length;
  let fence: { char: string; len: number } | null = null;
  let html: 'comment' | 'raw' | 'block' | 'cdata' | 'pi' | 'decl' | null = null;
  let first = true;
  let inFrontMatter = false;
  LINE_BREAK.lastIndex = 0;
  while (pos < n) {
    // Lines end at \n, \r\n or a lone \r, as in CommonMark.
    const m = LINE_BREAK.exec(text);
    const eol = m ? m.index : n;
    const line = text.slice(pos, eol);
    const lineStart = pos;
    pos = m ? eol + m[0].length : n;
    LINE_BREAK.lastIndex = pos;
    if (first) {
      first = false;
      if (line === '---') {
        inFrontMatter = true;
        continue;
      }
    }
    if (inFrontMatter) {
      if (line === '---' || line === '...') inFrontMatter = false;
      continue;
    }
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len && line.slice(m[0].length).trim() === '') fence = null;
      continue;
    }
    if (html) {
      if (html === 'block') {
        if (line.trim() === '') html = null;
      } else if (html === 'comment') {
        if (line.includes('-->')) html = null;
      } else if (html === 'raw') {
        if (/<\/(?:script|pre|style|textarea)>/i.test(line)) html = null;
      } else if (html === 'cdata') {
        if (line.includes(']]>')) html = null;
      } else if (html === 'pi') {
        if (line.includes('?>')) html = null;
      } else if (line.includes('>')) {
        html = null;
      }
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      if (!(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = { char: f[1][0], len: f[1].length };
      continue;
    }
    if (HTML_START.test(line)) {
      const t = line.trimStart();
      if (t.startsWith('<!--')) html = t.includes('-->', 4) ? null : 'comment';
      else if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(t)) html = /<\/(?:script|pre|style|textarea)>/i.test(t) ? null : 'raw';
      else if (t.startsWith('<![CDATA[')) html = t.includes(']]>') ? null : 'cdata';
      else if (t.startsWith('<?')) html = t.includes('?>') ? null : 'pi';
      else if (/^<![A-Za-z]/.test(t)) html = t.includes('>') ? null : 'decl';
      else html = 'block';
      continue;
    }
    if (ATX.test(line) && lineStart > 0) bounds.push(lineStart);
  }
  return bounds;
}
