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
import type { List, Root, RootContent } from 'mdast';
import { Reuse } from './incremental';
import type { OffsetRange } from './types';
import { commonPrefix, commonSuffix } from './text';

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
  /**
   * For a chunk parsed in pieces (long lists, `listCuts`): each piece's tree (its nodes are in
   * `tree` too, lists joined) and where the piece starts in the chunk.
   */
  pieces?: ReadonlyArray<{ offset: number; tree: Root }>;
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

/**
 * Long lists are parsed a piece at a time.
 *
 * micromark's time on one list grows with the square of its length: a 300 KB timeline written as
 * one list of 2,000 items with sub-lists took 6.6 s, the same at 600 KB 35 s. A section longer
 * than `CUT_SIZES.from` is therefore cut before some of the items of its top-level lists, each piece is
 * parsed on its own, and the pieces' lists are joined into one. The tree is the one a parse of the
 * whole section gives (test/unit/list-cut.test.ts compares them, positions included), because:
 *
 * - a cut is made only at a line that starts a list item in column 1 (`-`, `+`, `*`, or 1 to 9
 *   digits and `.` or `)`, then a space or tab and text; not a thematic break), outside front
 *   matter, fenced code and HTML blocks, right after a line that is not blank;
 * - at such a line, when the list above it is still open, CommonMark closes everything inside the
 *   previous item (the line is not indented enough to continue it, and a list item interrupts a
 *   paragraph, so it is not a lazy continuation line either) and starts a new item of that list.
 *   What the new item holds depends only on its own lines, so the items from the cut on are
 *   exactly those of a list that starts at the cut;
 * - after parsing, the join is checked: the piece above must end with a list (so that list is
 *   still open at the cut: the line before is not blank, so it belongs to that last block) with
 *   the same kind of marker (`-`, `+`, `*`, `.` or `)`: another one starts a new list), and the
 *   piece below must start with a list at its first line. No blank line separates the two items,
 *   so the joined list is loose (`spread`) exactly when one of the pieces' lists is. The last item
 *   above must also end before the cut: micromark ends an item whose last line ending belongs to a
 *   fenced code or HTML block left open after the next item's marker, which a piece cannot know.
 *   Where a check fails, the two pieces around the cut are parsed as one;
 * - link and footnote definitions belong to the whole text (a reference resolves against a
 *   definition anywhere in it), so a section holding `]:` is not cut.
 *
 * Cuts are chosen by content, not by position: a candidate line ends a piece when the piece is at
 * least `min` long and a hash of the line falls in one of `spread` buckets, or when the piece has
 * reached `max` (`CUT_SIZES`). An edit then changes the piece it falls in (and at most the
 * next), and the other pieces are found again in the cache, unparsed.
 */

/** How sections are cut between list items: sizes in UTF-16 code units. */
export interface CutSizes {
  /** Sections at least this long are cut. */
  from: number;
  /** Shortest piece. */
  min: number;
  /** Longest piece, unless no item starts in it. */
  max: number;
  /** One candidate line in this many (by a hash of its text) ends a piece. */
  spread: number;
}

/** The sizes used with a chunk cache (tests pass smaller ones, to cut short texts often): small pieces, so that a keystroke parses little again. */
export const CUT_SIZES: CutSizes = { from: 16 * 1024, min: 1024, max: 8 * 1024, spread: 8 };

/**
 * The sizes used without a cache (the CLI): only sections longer than chunks are joined to are
 * cut. The pieces are small all the same: while micromark parses a piece, its events and tokens
 * are alive, and every scavenge copies them; in a long nested list (many containers, many tokens
 * per line) pieces of 4 to 16 KB spent a quarter of the lint in the garbage collector, and pieces
 * of 1 to 4 KB made the lint of the 1 MB nested-list shape 10 to 20 % faster (bench measurement 8;
 * sections under 32 KB, most of them, are not cut at all).
 */
const CUT_SIZES_ONCE: CutSizes = { from: 32 * 1024, min: 1024, max: 4 * 1024, spread: 8 };

/** A list item marker in column 1, a space or tab, then text. */
const LIST_ITEM_LINE = /^(?:[-*+]|\d{1,9}[.)])[ \t]+[^ \t]/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Where a section is cut: the offset of a line start and its zero-based line number. */
interface Cut {
  at: number;
  line: number;
}

/** A hash of a line's first characters (FNV-1a), to choose cuts by content. */
function lineHash(line: string): number {
  let h = 0x811c9dc5;
  const n = Math.min(line.length, 64);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The cuts of a section (none for a short one, or one with definitions). */
export function listCuts(text: string, sizes: CutSizes = CUT_SIZES, before?: { text: string; cuts: readonly Cut[] }): Cut[] {
  if (text.length < sizes.from || text.includes(']:')) return [];
  // After an edit, the cuts before it are the same, and after it the old ones moved, from the
  // first cut both texts make past the edit: a cut line is at top level and not blank, so what
  // follows depends on nothing before it but the cut itself.
  let kept: Cut[] = [];
  let change: TextChangeSpan | undefined;
  const old = before && before.cuts.length > 0 ? before : undefined;
  if (old) {
    change = changeBetween(old.text, text);
    let k = 0;
    while (k < old.cuts.length && lineEndAfter(old.text, old.cuts[k].at) < change.prefix) k++;
    kept = old.cuts.slice(0, k);
  }
  const cuts = kept;
  const from = kept.length ? kept[kept.length - 1] : { at: 0, line: 0 };
  let last = from.at;
  let prevBlank = true;
  const oldAfter = new Map<number, number>();
  if (old && change) for (let i = kept.length; i < old.cuts.length; i++) if (old.cuts[i].at >= change.newEnd - change.delta) oldAfter.set(old.cuts[i].at, i);
  let resync = -1;
  let lineDelta = 0;
  forEachLine(text, (line, start, lineNo, topLevel) => {
    const lineAt = from.line + lineNo;
    if (start !== from.at || kept.length === 0) {
      if (
        topLevel && !prevBlank && start - last >= sizes.min && LIST_ITEM_LINE.test(line) && !THEMATIC_BREAK.test(line) &&
        (start - last >= sizes.max || lineHash(line) % sizes.spread === 0)
      ) {
        const i = change && start >= change.newEnd ? oldAfter.get(start - change.delta) : undefined;
        if (i !== undefined) {
          resync = i;
          lineDelta = lineAt - old!.cuts[i].line;
          return false;
        }
        cuts.push({ at: start, line: lineAt });
        last = start;
      }
    }
    prevBlank = SPACES.test(line);
    return true;
  }, from.at);
  if (resync >= 0) for (let i = resync; i < old!.cuts.length; i++) cuts.push({ at: old!.cuts[i].at + change!.delta, line: old!.cuts[i].line + lineDelta });
  return cuts;
}

/** Where the line that starts at `at` ends (its line break included). */
function lineEndAfter(text: string, at: number): number {
  LINE_BREAK.lastIndex = at;
  const m = LINE_BREAK.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** The character that tells a list's kind: its bullet, or the delimiter after an ordered item's number. */
function markerAt(text: string, offset: number): string {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text.charAt(i);
}

/** Moves every position of a tree by `offset` code units and `line` lines (a piece starts at a line start: columns stay). */
function shiftTree(tree: Root, offset: number, line: number): void {
  if (offset === 0 && line === 0) return;
  const work: Array<{ position?: Root['position']; children?: unknown[] }> = [tree];
  for (let n = work.pop(); n; n = work.pop()) {
    const p = n.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += offset;
      if (p.end.offset !== undefined) p.end.offset += offset;
      p.start.line += line;
      p.end.line += line;
    }
    if (n.children) for (const c of n.children) work.push(c as typeof n);
  }
}

/** A piece of a cut section, its tree placed at its offset and line in the section. */
interface PlacedPiece {
  tree: Root;
  offset: number;
  line: number;
  /** The piece's text (with a cache: its key there). */
  text?: string;
}

/** A list made of the lists of several pieces, joined when the section's tree is built. */
interface Chain {
  chain: List[];
}

/**
 * Joins the trees of the pieces of a section into the tree of the section. Where a join cannot be
 * proved (see above), the cut is dropped: the two pieces around it are parsed again as one
 * (`reparse`). Returns the tree and the pieces it was made of. Piece trees are not changed: joined
 * lists are new nodes.
 */
function joinPieces(text: string, pieces: readonly PlacedPiece[], reparse: (from: number, to: number) => PlacedPiece): { root: Root; used: PlacedPiece[] } {
  const entries: Array<RootContent | Chain> = [];
  // What each piece used so far changed, to take it back when the cut after it is dropped.
  const used: Array<{ piece: PlacedPiece; end: number; length: number; joined?: { entry: RootContent | Chain; chainLength: number } }> = [];
  const add = (piece: PlacedPiece, end: number): boolean => {
    const kids = piece.tree.children;
    const length = entries.length;
    if (used.length === 0) {
      entries.push(...kids);
      used.push({ piece, end, length });
      return true;
    }
    const above = entries[entries.length - 1];
    const aboveList = above && ('chain' in above ? above.chain[above.chain.length - 1] : above.type === 'list' ? above : undefined);
    const firstList = above && ('chain' in above ? above.chain[0] : above);
    const below = kids[0];
    if (
      !aboveList || !firstList || firstList.type !== 'list' || !below || below.type !== 'list' || below.position?.start.offset !== piece.offset ||
      firstList.ordered !== below.ordered || markerAt(text, firstList.position?.start.offset ?? -1) !== markerAt(text, piece.offset) ||
      !((aboveList.children[aboveList.children.length - 1]?.position?.end.offset ?? Infinity) < piece.offset)
    ) {
      return false;
    }
    let joined: { entry: RootContent | Chain; chainLength: number };
    if ('chain' in above) {
      joined = { entry: above, chainLength: above.chain.length };
      above.chain.push(below);
    } else {
      joined = { entry: above, chainLength: 1 };
      entries[entries.length - 1] = { chain: [above as List, below] };
    }
    for (let k = 1; k < kids.length; k++) entries.push(kids[k]);
    used.push({ piece, end, length, joined });
    return true;
  };
  const takeBack = () => {
    const u = used.pop()!;
    entries.length = u.length;
    if (u.joined) {
      const e = u.joined.entry;
      if ('chain' in e) e.chain.length = u.joined.chainLength;
      entries[entries.length - 1] = 'chain' in e && u.joined.chainLength > 1 ? e : 'chain' in e ? e.chain[0] : e;
    }
    return u;
  };
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i];
    let end = i + 1 < pieces.length ? pieces[i + 1].offset : text.length;
    while (!add(piece, end)) {
      // Drop the cut before this piece: parse it together with the piece above.
      const above = takeBack();
      piece = reparse(above.piece.offset, end);
    }
  }
  const children = entries.map((e): RootContent => {
    if (!('chain' in e)) return e;
    const first = e.chain[0];
    const last = e.chain[e.chain.length - 1];
    return {
      ...first,
      spread: e.chain.some((l) => l.spread),
      children: e.chain.flatMap((l) => l.children),
      position: { start: { ...first.position!.start }, end: { ...last.position!.end } },
    };
  });
  const first = used[0].piece.tree.position;
  const last = used[used.length - 1].piece.tree.position;
  // Other fields of a root come from the pieces, the later winning, as in a whole parse: the task
  // list extension sets `checked` on the parent of a paragraph that starts with `[x]`, the root too.
  const root: Root = Object.assign({}, ...used.map((u) => u.piece.tree));
  root.children = children;
  root.position = first && last ? { start: { ...first.start }, end: { ...last.end } } : undefined;
  return { root, used: used.map((u) => u.piece) };
}



/** A cached section: its tree, and for a cut section the piece trees it is made of. */
interface CachedSection {
  root: Root;
  pieces?: PlacedPiece[];
  /** `endsOpen(root, text)`, once known. */
  open?: boolean;
}

/** A chunk of the last parse of a document through a cache. */
interface ParsedChunk {
  start: number;
  end: number;
  /** Its text (the very string the cache holds it under: looking it up again hashes nothing). */
  text: string;
  entry: CachedSection;
}

/** Where two texts differ: one span, after a common prefix and before a common suffix. */
interface TextChangeSpan {
  /** Length of the common prefix. */
  prefix: number;
  /** End of the changed span in the new text. */
  newEnd: number;
  /** New length minus old length. */
  delta: number;
}

function changeBetween(old: string, text: string): TextChangeSpan {
  const max = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, max);
  const suffix = commonSuffix(old, text, max - prefix);
  return { prefix, newEnd: text.length - suffix, delta: text.length - old.length };
}

/**
 * Trees kept from one parse of a document to the next: sections keyed by their text, and the
 * pieces of cut sections keyed by theirs. A piece's tree is moved in place to where the piece
 * now is in its section (only offsets and line numbers change); a piece needed at two places of
 * one parse is parsed again for the second.
 */
export class ChunkCache {
  /** `sizes`: how sections are cut (tests use small ones). */
  constructor(private readonly sizes: CutSizes = CUT_SIZES) {}

  private current = new Map<string, CachedSection>();
  private previous = new Map<string, CachedSection>();
  private currentPieces = new Map<string, Root>();
  private previousPieces = new Map<string, Root>();
  /** Where each piece tree's positions put it now. */
  private readonly placement = new WeakMap<Root, { offset: number; line: number }>();
  /** Piece trees placed by the parse under way. */
  private placed = new Set<Root>();
  /** True when the parse under way moved a piece tree that an earlier tree also holds. */
  private moved = false;

  /** Returns the tree of a section's text, from the cache or parsed (and cut) now. */
  get(text: string): Root {
    return this.section(text).root;
  }

  /** Like `get`, with the pieces of a section parsed in pieces. */
  section(text: string): { root: Root; pieces?: ReadonlyArray<{ offset: number; tree: Root }> } {
    let entry = this.current.get(text) ?? this.previous.get(text);
    if (entry?.pieces && !this.reusePieces(entry.pieces)) entry = undefined;
    if (!entry) entry = this.parse(text);
    this.current.set(text, entry);
    return entry;
  }

  /** Work beyond parsing reused from one lint of the document to the next (incremental.ts). */
  readonly reuse = new Reuse();

  /**
   * Tells the cache how the next document it reads was made from `old`: its first `prefix` and
   * last `suffix` characters are `old`'s. The language server's worker receives texts as such
   * patches; without this, the cache finds the change by comparing the two texts (about a
   * millisecond per MB, on every keystroke). `parseDocument` takes it (`takeHint`) and passes it
   * on for the text it parses (`expectParsedChange`) when it holds there too.
   */
  expectChange(old: string, prefix: number, suffix: number): void {
    this.hint = { old, prefix, suffix };
  }

  /** The hint of `expectChange`, when it was about the document read last; `raw` is read now. */
  takeHint(raw: string): { prefix: number; suffix: number } | undefined {
    const last = this.lastRaw;
    const h = last === undefined ? undefined : this.changeSince(last, raw);
    this.hint = undefined;
    this.lastRaw = raw;
    return h;
  }

  /**
   * True when `pattern` (which matches single UTF-16 code units, without the `g` or `y` flag)
   * matches nowhere in `text`. When the hint of `expectChange` is about the last text found
   * without a match, only the part of `text` that changed is searched.
   */
  lacks(text: string, pattern: RegExp): boolean {
    const l = this.lacking;
    const h = l && l.pattern === pattern ? this.changeSince(l.text, text) : undefined;
    const found = h ? pattern.test(text.slice(h.prefix, text.length - h.suffix)) : pattern.test(text);
    this.lacking = found ? undefined : { pattern, text };
    return !found;
  }

  /**
   * The characters `text`, the next document the cache reads, keeps at each end of `old`, when the
   * hint of `expectChange` is about `old` (before `parseDocument` takes it).
   */
  changeSince(old: string, text: string): { prefix: number; suffix: number } | undefined {
    const h = this.hint;
    // `old` is the same string object as the hint's (a patch of it): compared without reading it.
    return h && h.old === old && h.prefix + h.suffix <= Math.min(old.length, text.length) ? h : undefined;
  }

  /** The last text `lacks` found without a match, and the pattern. */
  private lacking: { pattern: RegExp; text: string } | undefined;

  /** The next text `chunks` gets shares its first `prefix` and last `suffix` characters with the last one. */
  expectParsedChange(prefix: number, suffix: number): void {
    this.known = { prefix, suffix };
  }

  /** Where `text` differs from the last text parsed. */
  private changeTo(text: string): TextChangeSpan {
    const old = this.lastText!;
    const k = this.known;
    this.known = undefined;
    if (k && k.prefix + k.suffix <= Math.min(old.length, text.length)) {
      return { prefix: k.prefix, newEnd: text.length - k.suffix, delta: text.length - old.length };
    }
    return changeBetween(old, text);
  }

  private lastText: string | undefined;
  /** The document text read last (`takeHint`), and the change to the next one, when known. */
  private lastRaw: string | undefined;
  private hint: { old: string; prefix: number; suffix: number } | undefined;
  /** Where the next text `chunks` parses differs from `lastText`, when known (`expectParsedChange`). */
  private known: { prefix: number; suffix: number } | undefined;
  private lastBounds: number[] = [];
  /** Line starts inside front matter, fences and HTML blocks in the last text, as `[start, end)` pairs. */
  private lastDirty: number[] = [];
  /** The last section cut between list items, and its cuts. */
  private lastCut: { text: string; cuts: Cut[] } | undefined;
  private lastChunks: ParsedChunk[] = [];

  /**
   * Parses a document chunk by chunk. Chunks wholly before or after what changed since the last
   * parse are the last parse's (moved), without slicing or looking up their text; the others come
   * from the cache by their text, or are parsed. Undefined when `cancelled` said so.
   */
  chunks(text: string, options: ParseOptions = {}): Chunk[] | undefined {
    const change = this.lastText === undefined ? undefined : this.changeTo(text);
    this.known = undefined;
    const bounds = this.boundaries(text, change);
    const before = new Map<number, ParsedChunk>();
    for (const c of this.lastChunks) before.set(c.start, c);
    this.begin();
    const chunks: Chunk[] = [];
    const parsed: ParsedChunk[] = [];
    for (let i = 0; i < bounds.length; i++) {
      if (options.cancelled?.()) {
        // Both generations stay: the next parse finds what this one parsed and what it did not reach.
        this.abandon();
        this.lastChunks = [];
        return undefined;
      }
      const start = bounds[i];
      let end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
      let chunk = this.unchanged(before, change, start, end) ?? this.lookup(text, start, end, options.blank);
      if (end < text.length && (chunk.entry.open ??= endsOpen(chunk.entry.root, chunk.text))) {
        // The splitter was wrong: a fence or HTML block is still open where the next chunk starts
        // (one opened inside a list item ends with the item, and the next fence line opens another).
        // Parse the rest of the text as one chunk rather than guess again.
        end = text.length;
        chunk = this.unchanged(before, change, start, end) ?? this.lookup(text, start, end, options.blank);
        parsed.push(chunk);
        chunks.push({ start, end, tree: chunk.entry.root, pieces: chunk.entry.pieces });
        break;
      }
      parsed.push(chunk);
      chunks.push({ start, end, tree: chunk.entry.root, pieces: chunk.entry.pieces });
    }
    this.lastChunks = parsed;
    this.sweep();
    return chunks;
  }

  /** The last parse's chunk of the same text, when `[start, end)` lies wholly before or after the change. */
  private unchanged(before: Map<number, ParsedChunk>, change: TextChangeSpan | undefined, start: number, end: number): ParsedChunk | undefined {
    if (!change) return undefined;
    const shift = start >= change.newEnd ? change.delta : end <= change.prefix ? 0 : undefined;
    if (shift === undefined) return undefined;
    const c = before.get(start - shift);
    if (!c || c.end !== end - shift) return undefined;
    if (c.entry.pieces && !this.reusePieces(c.entry.pieces)) return undefined;
    this.current.set(c.text, c.entry);
    return { start, end, text: c.text, entry: c.entry };
  }

  private lookup(text: string, start: number, end: number, blank: OffsetRange | undefined): ParsedChunk {
    const piece = chunkText(text, start, end, blank);
    this.section(piece);
    return { start, end, text: piece, entry: this.current.get(piece)! };
  }

  /**
   * `chunkBoundaries(text)`, found again only around what changed since the last call (`change`):
   * before the change the boundaries are the same, and after it they are the old ones moved, from
   * the first boundary past the change that was a boundary before (at a boundary the line scanner
   * is at top level, so from there on it sees the same lines in the same state).
   */
  boundaries(text: string, change: TextChangeSpan | undefined = this.lastText === undefined ? undefined : changeBetween(this.lastText, text)): number[] {
    const old = this.lastText;
    let bounds: number[];
    let dirty: number[];
    if (old === text && change) {
      bounds = this.lastBounds;
      dirty = this.lastDirty;
    } else if (old === undefined || !change) {
      ({ bounds, dirty } = scanBoundaries(text, 0, () => false));
    } else {
      const { prefix, delta, newEnd } = change;
      const oldEnd = newEnd - delta;
      const oldBounds = this.lastBounds;
      const oldDirty = this.lastDirty;
      // The last boundary before the change; the scan starts again at the start of the changed line
      // when the scanner was outside front matter, fences and HTML blocks there (it is then in the
      // state it is in at a boundary), else at that boundary.
      let k = 0;
      while (k + 1 < oldBounds.length && oldBounds[k + 1] < prefix) k++;
      const line = unchangedLineStart(text, prefix);
      const atLine = line > oldBounds[k] && !inDirty(oldDirty, line);
      const from = atLine ? line : oldBounds[k];
      // Resumed past the change at the first line that starts a line of both texts outside
      // fences and HTML blocks: from there on the scanner sees the same lines in the same state.
      // (Not at the old text's start: front matter can open only there.)
      const resumeAt = (start: number) => start >= newEnd && start - delta > 0 && isLineStart(old, start - delta) && !inDirty(oldDirty, start - delta);
      const scan = scanBoundaries(text, from, resumeAt);
      // A scan from that boundary finds it again (when its line is still a heading), except 0, always one.
      bounds = oldBounds.slice(0, atLine ? k + 1 : Math.max(k, 1));
      for (const b of scan.bounds) if (b > 0) bounds.push(b);
      dirty = [];
      for (let i = 0; i < oldDirty.length; i += 2) if (oldDirty[i + 1] <= from) dirty.push(oldDirty[i], oldDirty[i + 1]);
      dirty.push(...scan.dirty);
      if (scan.resumedAt >= 0) {
        const at = scan.resumedAt - delta;
        for (const b of oldBounds) if (b >= at) bounds.push(b + delta);
        for (let i = 0; i < oldDirty.length; i += 2) if (oldDirty[i] >= at) dirty.push(oldDirty[i] + delta, oldDirty[i + 1] + delta);
      }
    }
    this.lastDirty = dirty;
    this.lastText = text;
    this.lastBounds = bounds;
    return bounds;
  }

  /**
   * True when the last parse moved a piece tree that the tree of an earlier parse also holds: the
   * positions of that earlier tree are then those of the new text.
   */
  get movedShared(): boolean {
    return this.moved;
  }

  /** Ends a parse: trees not used by it are dropped at the end of the next one. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousPieces = this.currentPieces;
    this.currentPieces = new Map();
    this.placed = new Set();
  }

  /** Starts a parse (clears what `movedShared` reports). */
  begin(): void {
    this.moved = false;
  }

  /** Ends a parse that was stopped half way: nothing is dropped. */
  abandon(): void {
    this.placed = new Set();
  }

  private parse(text: string): CachedSection {
    // The section most recently cut is, most often, this one before the last keystroke.
    const before = this.lastCut && text.length >= this.sizes.from ? this.lastCut : undefined;
    const cuts = listCuts(text, this.sizes, before);
    if (cuts.length > 0) this.lastCut = { text, cuts };
    if (cuts.length === 0) return { root: parseMarkdownTree(text) };
    const piece = (from: number, to: number, line: number): PlacedPiece => {
      const t = text.slice(from, to);
      let tree = this.currentPieces.get(t) ?? this.previousPieces.get(t);
      if (!tree || !this.place(tree, from, line)) {
        tree = parseMarkdownTree(t);
        this.placement.set(tree, { offset: 0, line: 0 });
        this.place(tree, from, line);
      }
      this.currentPieces.set(t, tree);
      return { tree, offset: from, line, text: t };
    };
    const pieces = piecesOf(text, cuts, piece);
    const { root, used } = joinPieces(text, pieces, (from, to) => piece(from, to, pieces.find((p) => p.offset === from)!.line));
    return { root, pieces: used };
  }

  /**
   * Places the pieces of a section taken from the cache, and keeps them for the next parse (a
   * section that stays the same for a while must not lose its pieces: the first edit in it would
   * parse it all again). False when one of them is already placed elsewhere by this parse.
   */
  private reusePieces(pieces: readonly PlacedPiece[]): boolean {
    if (!pieces.every((p) => this.place(p.tree, p.offset, p.line))) return false;
    for (const p of pieces) if (p.text !== undefined) this.currentPieces.set(p.text, p.tree);
    return true;
  }

  /** Moves a piece tree to `offset` and `line`; false when this parse already placed it elsewhere. */
  private place(tree: Root, offset: number, line: number): boolean {
    const at = this.placement.get(tree) ?? { offset: 0, line: 0 };
    if (at.offset === offset && at.line === line) {
      this.placed.add(tree);
      return true;
    }
    if (this.placed.has(tree)) return false;
    shiftTree(tree, offset - at.offset, line - at.line);
    this.placement.set(tree, { offset, line });
    this.placed.add(tree);
    this.moved = true;
    return true;
  }
}

/** The pieces of a section between its cuts, parsed by `parse(from, to, line)`. */
function piecesOf(text: string, cuts: readonly Cut[], parse: (from: number, to: number, line: number) => PlacedPiece): PlacedPiece[] {
  const pieces: PlacedPiece[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    const from = i === 0 ? 0 : cuts[i - 1].at;
    pieces.push(parse(from, i < cuts.length ? cuts[i].at : text.length, i === 0 ? 0 : cuts[i - 1].line));
  }
  return pieces;
}

/** Parses one section, cut between list items when it is long (see `listCuts`); no cache. */
export function parseSection(text: string, sizes: CutSizes = CUT_SIZES): Root {
  const cuts = listCuts(text, sizes);
  if (cuts.length === 0) return parseMarkdownTree(text);
  const parse = (from: number, to: number, line: number): PlacedPiece => {
    const tree = parseMarkdownTree(text.slice(from, to));
    shiftTree(tree, from, line);
    return { tree, offset: from, line };
  };
  const pieces = piecesOf(text, cuts, parse);
  return joinPieces(text, pieces, (from, to) => parse(from, to, pieces.find((p) => p.offset === from)!.line)).root;
}

/** Options of `parseChunked`. */
export interface ParseOptions {
  /** Called between sections; when it returns true the parse stops and `parseChunked` returns undefined. */
  cancelled?: () => boolean;
  /**
   * Characters micromark is given as spaces (the front matter's lines, `frontMatterBlank` in
   * document.ts). They lie in the first chunk: the text is blanked chunk by chunk, as each is
   * sliced, so no blanked copy of the whole text is made (on every keystroke, in the server).
   */
  blank?: OffsetRange;
}

/** `text` from `start` to `end`, with the part of `blank` inside it turned into spaces. */
function chunkText(text: string, start: number, end: number, blank: OffsetRange | undefined): string {
  const from = blank ? Math.max(start, blank.start) : 0;
  const to = blank ? Math.min(end, blank.end) : 0;
  if (from >= to) return text.slice(start, end);
  return text.slice(start, from) + ' '.repeat(to - from) + text.slice(to, end);
}

/** Parses a document chunk by chunk, reusing trees from `cache` when given. Undefined only when cancelled. */
export function parseChunked(text: string, cache: ChunkCache | undefined, options: ParseOptions): ParsedMarkdown | undefined;
export function parseChunked(text: string, cache?: ChunkCache): ParsedMarkdown;
export function parseChunked(text: string, cache?: ChunkCache, options: ParseOptions = {}): ParsedMarkdown | undefined {
  // Always cut, even with no cache to fill: each chunk is parsed with only the GFM extensions
  // its own text can use (a section without a table or a URL skips the two costliest), which
  // saves more than the fixed cost of one parse call per chunk; and micromark's cost grows
  // faster than the text. Chunked and whole parses give the same blocks (tested). Without a
  // cache, neighbours that use the same extensions are parsed together (joinAlike).
  if (cache) {
    const chunks = cache.chunks(text, options);
    return chunks && { text, chunks };
  }
  const slice = (start: number, end: number) => chunkText(text, start, end, options.blank);
  const bounds = joinAlike(text, chunkBoundaries(text), slice);
  const chunks: Chunk[] = [];
  for (let i = 0; i < bounds.length; i++) {
    if (options.cancelled?.()) return undefined;
    const start = bounds[i];
    let end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    let piece = slice(start, end);
    let tree = parseSection(piece, CUT_SIZES_ONCE);
    if (end < text.length && endsOpen(tree, piece)) {
      // The splitter was wrong: a fence or HTML block is still open where the next chunk starts
      // (one opened inside a list item ends with the item, and the next fence line opens another).
      // Parse the rest of the text as one chunk rather than guess again.
      end = text.length;
      piece = slice(start, end);
      tree = parseSection(piece, CUT_SIZES_ONCE);
      chunks.push({ start, end, tree });
      break;
    }
    chunks.push({ start, end, tree });
  }
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
function joinAlike(text: string, bounds: number[], slice: (start: number, end: number) => string): number[] {
  if (text.includes(']:')) return bounds;
  const out: number[] = [];
  let groupMask = -1;
  let groupStart = 0;
  for (let i = 0; i < bounds.length; i++) {
    const start = bounds[i];
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    const mask = partsMask(slice(start, end));
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
  forEachLine(text, (line, start, _lineNo, topLevel) => {
    if (topLevel && start > 0 && ATX.test(line)) bounds.push(start);
  });
  return bounds;
}

/**
 * Chunk boundaries from `from` (a boundary, or 0), and the line starts inside front matter,
 * fences and HTML blocks (`[start, end)` pairs); stops at the first line where `resume` says the
 * rest is known (`resumedAt`, or -1).
 */
function scanBoundaries(text: string, from: number, resume: (start: number) => boolean): { bounds: number[]; dirty: number[]; resumedAt: number } {
  const bounds: number[] = from === 0 ? [0] : [];
  const dirty: number[] = [];
  let dirtyFrom = -1;
  let resumedAt = -1;
  forEachLine(text, (line, start, _no, topLevel, clean) => {
    if (clean && dirtyFrom >= 0) {
      dirty.push(dirtyFrom, start);
      dirtyFrom = -1;
    } else if (!clean && dirtyFrom < 0) {
      dirtyFrom = start;
    }
    if (clean && start > from && resume(start)) {
      resumedAt = start;
      return false;
    }
    if (topLevel && start > 0 && ATX.test(line)) bounds.push(start);
    return true;
  }, from);
  if (dirtyFrom >= 0) dirty.push(dirtyFrom, text.length + 1);
  return { bounds, dirty, resumedAt };
}

/** True when `at` starts a line of `text` (a line ends at \n, \r\n or a lone \r). */
function isLineStart(text: string, at: number): boolean {
  if (at <= 0) return at === 0;
  const c = text.charCodeAt(at - 1);
  return c === 10 || (c === 13 && text.charCodeAt(at) !== 10);
}

/**
 * The start of the line that holds the last character before `prefix`, or of an earlier line,
 * such that the line break before it lies wholly in the first `prefix` characters (not the `\r`
 * of a `\r\n` whose `\n` was changed): a line start of any text that shares those characters.
 */
function unchangedLineStart(text: string, prefix: number): number {
  let i = prefix - 1;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) return i;
    i--;
  }
  return 0;
}

/** True when line start `at` is in one of the `[start, end)` pairs. */
function inDirty(dirty: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = dirty.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dirty[mid * 2 + 1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < dirty.length / 2 && dirty[lo * 2] <= at;
}

/**
 * Calls `visit` for every line (ends at \n, \r\n or a lone \r, as in CommonMark) with its
 * start offset, its zero-based number, and whether it is at top level: outside front matter, a
 * fenced code block and an HTML block, and not opening one. Fences and HTML blocks are tracked as
 * if at top level even when indented inside a list item: unsure lines are simply not at top level.
 * Starts at `from` (a line start at top level; line numbers then count from there) and stops when
 * `visit` returns false. `clean` says the line starts outside front matter, fences and HTML blocks
 * (it may open one).
 */
function forEachLine(text: string, visit: (line: string, start: number, lineNo: number, topLevel: boolean, clean: boolean) => boolean | void, from = 0): void {
  let pos = from;
  let lineNo = 0;
  const n = text.length;
  let fence: { char: string; len: number } | null = null;
  let html: 'comment' | 'raw' | 'block' | 'cdata' | 'pi' | 'decl' | null = null;
  let first = from === 0;
  let inFrontMatter = false;
  const lineBreak = new RegExp(LINE_BREAK.source, 'g');
  lineBreak.lastIndex = from;
  while (pos < n) {
    const m = lineBreak.exec(text);
    const eol = m ? m.index : n;
    const line = text.slice(pos, eol);
    const lineStart = pos;
    const no = lineNo++;
    pos = m ? eol + m[0].length : n;
    lineBreak.lastIndex = pos;
    const clean = !inFrontMatter && !fence && !html;
    let topLevel = false;
    if (first && FRONT_MATTER_FENCE.test(line)) {
      // As remark-frontmatter reads it: `---` and optional spaces or tabs, closed by the same (not `...`).
      inFrontMatter = true;
    } else if (inFrontMatter) {
      if (FRONT_MATTER_FENCE.test(line)) inFrontMatter = false;
    } else if (fence) {
      const f = FENCE.exec(line);
      if (f && f[1][0] === fence.char && f[1].length >= fence.len && SPACES.test(line.slice(f[0].length))) fence = null;
    } else if (html) {
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
    } else {
      const f = FENCE.exec(line);
      if (f) {
        if (!(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = { char: f[1][0], len: f[1].length };
      } else if (HTML_START.test(line)) {
        const t = line.trimStart();
        if (t.startsWith('<!--')) html = t.includes('-->', 4) ? null : 'comment';
        else if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(t)) html = /<\/(?:script|pre|style|textarea)>/i.test(t) ? null : 'raw';
        else if (t.startsWith('<![CDATA[')) html = t.includes(']]>') ? null : 'cdata';
        else if (t.startsWith('<?')) html = t.includes('?>') ? null : 'pi';
        else if (/^<![A-Za-z]/.test(t)) html = t.includes('>') ? null : 'decl';
        else html = 'block';
      } else {
        topLevel = true;
      }
    }
    first = false;
    if (visit(line, lineStart, no, topLevel, clean) === false) return;
  }
}
