import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, RootContent } from 'mdast';

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

/**
 * GitHub Flavored Markdown, one extension at a time, so that a text is parsed only with the
 * extensions it can use. Each optional extension has a cheap test that is true of every text in
 * which that extension could produce anything; when the test is false, parsing without it gives
 * the same tree (test/unit/gfm-subset.test.ts compares it with remark-gfm's on the corpus and on
 * generated text). It matters because autolink literals try a match at every ASCII letter, and
 * tables at every paragraph line: on typical postmortems the two cost as much as the rest of the
 * parse. Task list items are cheap and always on. The order is remark-gfm's.
 */
const GFM_PARTS = [
  {
    name: 'autolink',
    // `www.`, `http://`, `https://` (any case) or an e-mail address, which needs `@`; written
    // out, or with a character escaped (`www\.`) or written as a reference (`&#64;`), since the
    // tree transform of this extension reads the decoded text. See also parseWithParts.
    needed: (text: string) => /[@&\\]|www|https?:/i.test(text),
    syntax: () => gfmAutolinkLiteral(),
    tree: () => gfmAutolinkLiteralFromMarkdown(),
  },
  { name: 'footnote', needed: (text: string) => text.includes('[^'), syntax: () => gfmFootnote(), tree: () => gfmFootnoteFromMarkdown() },
  { name: 'strikethrough', needed: (text: string) => text.includes('~'), syntax: () => gfmStrikethrough(), tree: () => gfmStrikethroughFromMarkdown() },
  {
    name: 'table',
    // A delimiter row has a pipe, or is one cell with a colon beside its dashes (`a` over `:-:`).
    needed: (text: string) => text.includes('|') || /:[ \t]*-|-[ \t]*:/.test(text),
    syntax: () => gfmTable(),
    tree: () => gfmTableFromMarkdown(),
  },
  { name: 'tasklist', needed: () => true, syntax: () => gfmTaskListItem(), tree: () => gfmTaskListItemFromMarkdown() },
] as const;

/** YAML front matter can only open a text's first line (column 1, line 1); remark-frontmatter's extension, when it can. */
const FRONT_MATTER = ['yaml'] as const;
const frontMatterNeeded = (text: string) => text.startsWith('---');
const FRONT_MATTER_BIT = 1 << GFM_PARTS.length;

/** The parts `text` can use, as a bit mask over GFM_PARTS and FRONT_MATTER_BIT. */
function partsMask(text: string): number {
  let mask = 0;
  GFM_PARTS.forEach((part, i) => {
    if (part.needed(text)) mask |= 1 << i;
  });
  return frontMatterNeeded(text) ? mask | FRONT_MATTER_BIT : mask;
}

/** Processors by the parts they include (a bit mask over GFM_PARTS, and FRONT_MATTER_BIT), built when first needed. */
const processors = new Map<number, Processor<Root>>();

const partBit = (name: (typeof GFM_PARTS)[number]['name']) => 1 << GFM_PARTS.findIndex((p) => p.name === name);
const AUTOLINK_BIT = partBit('autolink');
const FOOTNOTE_BIT = partBit('footnote');

/**
 * Parses `text` with the parts it can use: the tree equals remark-gfm's (with remark-frontmatter)
 * of the same text. URLs in postmortems are mostly link destinations (`[dashboard](https://…)`),
 * where autolink literals never apply, yet their mere presence turns on the costliest extension.
 * So when every URL-like spot in the text sits right after a `](`, the text is parsed without
 * it first, and that tree is kept when none of its text (where the extension would act) holds an
 * `@`, `www.` or `http(s)://`; otherwise it is parsed again with it.
 */
export function parseWithParts(text: string): Root {
  const mask = partsMask(text);
  if (!(mask & AUTOLINK_BIT) || mask & FOOTNOTE_BIT || !urlsLookLikeDestinations(text)) return processorByMask(mask).parse(text) as Root;
  const tree = processorByMask(mask & ~AUTOLINK_BIT).parse(text) as Root;
  return textHoldsUrl(tree) ? (processorByMask(mask).parse(text) as Root) : tree;
}

const URL_LIKE = /@|www\.|https?:\/\//gi;

/** Every `@`, `www.` and `http(s)://` of the text follows a `](` with no space or `(` between: a guess, checked by textHoldsUrl. */
function urlsLookLikeDestinations(text: string): boolean {
  URL_LIKE.lastIndex = 0;
  for (let m = URL_LIKE.exec(text); m; m = URL_LIKE.exec(text)) {
    let i = m.index - 1;
    while (i >= 0 && !/[\s(]/.test(text[i])) i--;
    if (i < 1 || text[i] !== '(' || text[i - 1] !== ']') return false;
  }
  return true;
}

/** True when a text node (or an image's alt text) holds an `@`, `www.` or `http(s)://`: the places autolink literals act on. */
function textHoldsUrl(tree: Root): boolean {
  const work: unknown[] = [tree];
  for (let n = work.pop() as { type: string; value?: string; alt?: string | null; children?: unknown[] } | undefined; n; n = work.pop() as typeof n) {
    const value = n.type === 'text' ? n.value : n.type === 'image' || n.type === 'imageReference' ? n.alt : undefined;
    if (value) {
      URL_LIKE.lastIndex = 0;
      if (URL_LIKE.test(value)) return true;
    }
    if (n.children) for (const c of n.children) work.push(c);
  }
  return false;
}

function processorByMask(mask: number): Processor<Root> {
  let p = processors.get(mask);
  if (!p) {
    const parts = GFM_PARTS.filter((_, i) => mask & (1 << i));
    p = unified()
      .use(remarkParse)
      .use(function markdownParts(this: Processor) {
        // As remark-frontmatter and then remark-gfm add theirs.
        const data = this.data();
        const syntax = (data.micromarkExtensions ??= []);
        const tree = (data.fromMarkdownExtensions ??= []);
        if (mask & FRONT_MATTER_BIT) {
          syntax.push(frontmatter([...FRONT_MATTER]));
          tree.push(frontmatterFromMarkdown([...FRONT_MATTER]));
        }
        syntax.push(combineExtensions(parts.map((x) => x.syntax())));
        tree.push(parts.map((x) => x.tree()));
      })
      .freeze() as unknown as Processor<Root>;
    processors.set(mask, p);
  }
  return p;
}

/** Parses one piece of Markdown with the same plugins the whole core uses. */
export function parseMarkdownTree(text: string): Root {
  const swaps: Array<[string, string]> = [];
  let source = text;
  // micromark drops a BOM at the very start and counts offsets without it; parseDocument strips
  // the document's BOM, so one here is a second BOM, which is text: a stand-in keeps the offsets.
  if (source.charCodeAt(0) === 0xfeff) {
    const standIn = STAND_INS_FORMAT.find((c) => !text.includes(c));
    if (standIn) {
      source = standIn + source.slice(1);
      swaps.push([standIn, '\ufeff']);
    }
  }
  const defused = defuseInlineHtml(source);
  if (defused) {
    source = defused.text;
    swaps.push(...defused.swaps);
  }
  const tree = parseWithParts(source);
  if (swaps.length) restore(tree, swaps);
  return tree;
}

/** Invisible format characters (like the BOM) used as its stand-in. */
const STAND_INS_FORMAT = ['\u2060', '\u2061', '\u2062', '\u2063', '\u2064'];

/**
 * micromark looks for the end of an inline comment, CDATA section, processing instruction or
 * declaration (`-->`, `]]>`, `?>`, `>`) from every opener, to the end of the paragraph: a long
 * paragraph of openers with no end (`<!--<!--<!--…`) takes quadratic time (200,000 of them:
 * about an hour). An opener with no end before the next blank line can only be text, so one of
 * its characters is swapped for a stand-in the parser does not read as that opener, of the same
 * length and class (punctuation for `!` and `?`, a letter for the `C` of CDATA: emphasis looks at
 * the class of its neighbours), and put back in the tree after. Offsets do not move. Openers at
 * the start of a block line may open an HTML block (which runs past blank lines): those are left
 * alone. Returns undefined when nothing needs it, the common case.
 */
function defuseInlineHtml(text: string): { text: string; swaps: Array<[string, string]> } | undefined {
  if (!text.includes('<!') && !text.includes('<?')) return undefined;
  const [bang, question] = STAND_INS_PUNCTUATION.filter((c) => !text.includes(c));
  const letter = STAND_INS_LETTER.find((c) => !text.includes(c));
  if (!bang || !question || !letter) return undefined;
  const out: string[] = [];
  let last = 0;
  let blankFrom = -1;
  let blankAt = -1;
  // The next blank line (a line of spaces and tabs only): a paragraph ends there at the latest.
  const nextBlank = (from: number): number => {
    if (from >= blankFrom && from <= blankAt) return blankAt;
    BLANK_LINE.lastIndex = from;
    const m = BLANK_LINE.exec(text);
    blankFrom = from;
    blankAt = m ? m.index : text.length;
    return blankAt;
  };
  // The last search for each kind of end: openers come in order, so one forward scan per kind.
  const found = new Map<string, { from: number; at: number }>();
  const endAfter = (close: string, from: number): number => {
    const known = found.get(close);
    if (known && known.from <= from && (known.at >= from || known.at === -1)) return known.at;
    const at = text.indexOf(close, from);
    found.set(close, { from, at });
    return at;
  };
  // The line of the current opener, and where its container markers (`>`, bullets) end.
  let lineStart = 0;
  let scanned = 0;
  let prefixEnd = -1;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const i = m.index;
    for (; scanned < i; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 10 || c === 13) {
        lineStart = scanned + 1;
        prefixEnd = -1;
      }
    }
    if (prefixEnd < 0) {
      CONTAINER_PREFIX.lastIndex = lineStart;
      prefixEnd = lineStart + (CONTAINER_PREFIX.exec(text)?.[0].length ?? 0);
    }
    // At the start of a block: it may open an HTML block, which is not the parser's slow path.
    if (i <= prefixEnd) continue;
    const kind = m[0];
    // `<?>`: its `?` may be the end of an earlier `<?`.
    if (kind === '<?' && text.charCodeAt(i + 2) === 62) continue;
    const close = kind === '<!--' ? '-->' : kind === '<![CDATA[' ? ']]>' : kind === '<?' ? '?>' : '>';
    const end = endAfter(close, i + 2);
    if (end >= 0 && end < nextBlank(i)) continue;
    // `<!--` `<!A` `<?`: the second character; `<![CDATA[`: the C (a `!` before `[` starts an image).
    const at = kind === '<![CDATA[' ? i + 3 : i + 1;
    out.push(text.slice(last, at), kind === '<![CDATA[' ? letter : kind === '<?' ? question : bang);
    last = at + 1;
  }
  if (out.length === 0) return undefined;
  out.push(text.slice(last));
  return { text: out.join(''), swaps: [[bang, '!'], [question, '?'], [letter, 'C']] };
}

/** Rare punctuation and letters (one UTF-16 unit each) used as stand-ins; the first absent from the text is used. */
const STAND_INS_PUNCTUATION = ['\u2e2e', '\u2e53', '\ua673', '\u2e4f', '\u2e3c'];
const STAND_INS_LETTER = ['\ua66e', '\ua66d', '\u16a0', '\u2c00'];
const OPENER = /<!--|<!\[CDATA\[|<![A-Za-z]|<\?/g;
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n|$)/g;

/** Spaces, tabs and container markers (`>`, bullets, ordered list numbers) at a line's start. */
const CONTAINER_PREFIX = /(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/y;

/** Puts back the characters `defuseInlineHtml` swapped, in every string a node carries. */
function restore(tree: Root, swaps: ReadonlyArray<[string, string]>): void {
  const work: unknown[] = [tree];
  for (let n = work.pop() as Record<string, unknown> | undefined; n; n = work.pop() as Record<string, unknown> | undefined) {
    for (const key of ['value', 'url', 'title', 'alt', 'label', 'identifier', 'lang', 'meta'] as const) {
      const value = n[key];
      if (typeof value !== 'string') continue;
      let v = value;
      for (const [mark, original] of swaps) if (v.includes(mark)) v = v.split(mark).join(original);
      n[key] = v;
    }
    const children = n.children;
    if (Array.isArray(children)) for (const c of children) work.push(c);
  }
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

/** Parses a document chunk by chunk, reusing trees from `cache` when given. */
export function parseChunked(text: string, cache?: ChunkCache): ParsedMarkdown {
  // Always cut, even with no cache to fill: each chunk is parsed with only the GFM extensions
  // its own text can use (a section without a table or a URL skips the two costliest), which
  // saves more than the fixed cost of one parse call per chunk; and micromark's cost grows
  // faster than the text. Chunked and whole parses give the same blocks (tested). Without a
  // cache, neighbours that use the same extensions are parsed together (joinAlike).
  const bounds = cache ? chunkBoundaries(text) : joinAlike(text, chunkBoundaries(text));
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

/** Chunks joined without a cache stay under this many characters (micromark slows on long texts). */
const JOINED_CHUNK_LIMIT = 32 * 1024;

/**
 * Without a cache, neighbouring chunks that use the same GFM extensions are parsed in one call:
 * each call has a fixed cost (micromark combines its extensions anew), and with no cache to
 * reuse small chunks nothing is lost. The joins are at chunk boundaries, so the blocks are the
 * same. The one state micromark keeps across blocks is the list of definitions (`[ref]: url`,
 * `[^1]: note`), which decides whether `[x][ref]` or `[^1]` elsewhere is a reference: a text
 * with any `]:` is not joined, so its trees are exactly those the server's chunk cache holds.
 */
function joinAlike(text: string, bounds: number[]): number[] {
  if (text.includes(']:')) return bounds;
  const out: number[] = [];
  let groupMask = -1;
  let groupStart = 0;
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i];
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    const mask = partsMask(text.slice(start, end));
    if (mask !== groupMask || end - groupStart > JOINED_CHUNK_LIMIT) {
      out.push(start);
      groupMask = mask;
      groupStart = start;
    }
  }
  return out;
}

/**
 * True when the last top-level block of a chunk is a fenced code or HTML block that is still open
 * at the chunk's end: then the heading that starts the next chunk belongs to it.
 */
function endsOpen(tree: Root, piece: string): boolean {
  // The last block, or the last block inside it (a fence opened in the last list item of the
  // chunk and never closed runs to the chunk's end there, but ends with the item before the heading).
  let last: RootContent | undefined = tree.children[tree.children.length - 1];
  let nested = false;
  while (last && last.type !== 'code' && last.type !== 'html' && 'children' in last && last.children.length > 0) {
    last = last.children[last.children.length - 1] as RootContent;
    nested = true;
  }
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const from = last.position?.start.offset ?? 0;
  const to = last.position?.end.offset ?? piece.length;
  // A nested block is read from its own start, its other lines without its container's indentation
  // (as far as that is spaces; a closing fence behind `>` is not seen, and the chunk is not cut).
  const indent = nested ? (last.position?.start.column ?? 1) - 1 : 0;
  const raw = piece.slice(nested ? from : Math.max(piece.lastIndexOf('\n', from - 1), piece.lastIndexOf('\r', from - 1)) + 1, to);
  const lines = raw.split(/\r\n|\r|\n/).map((l, i) => (i === 0 ? l : l.slice(Math.min(indent, l.length - l.trimStart().length))));
  const first = lines[0].trimStart();
  if (last.type === 'code') {
    const open = FENCE.exec(lines[0]);
    if (!open) return false; // Indented code: a heading at column 0 ends it.
    const close = lines.length > 1 ? FENCE.exec(lines[lines.length - 1]) : null;
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length && SPACES.test(lines[lines.length - 1].slice(close[0].length)));
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
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/** Blank as CommonMark means it: spaces and tabs only (a form feed or U+00A0 is text). */
const SPACES = /^[ \t]*$/;

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
      // As remark-frontmatter reads it: `---` and optional spaces or tabs, closed by the same (not `...`).
      if (FRONT_MATTER_FENCE.test(line)) {
        inFrontMatter = true;
        continue;
      }
    }
    if (inFrontMatter) {
      if (FRONT_MATTER_FENCE.test(line)) inFrontMatter = false;
      continue;
    }
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len && SPACES.test(line.slice(m[0].length))) fence = null;
      continue;
    }
    if (html) {
      if (html === 'block') {
        if (SPACES.test(line)) html = null;
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
