import { ruleDocsUrl, type Rule } from './types';
import { proseKey, proseText, searchBySegment } from '../facts';
import { findPlaceholders, type PlaceholderMatch } from '../placeholders';
import { movedRange, ownString, type ReuseKind } from '../incremental';
import type { Nodes, Table } from 'mdast';
import type { OffsetRange } from '../types';
import { nodeRange, nodeText, type Block, type ParsedDocument } from '../document';
import { normalizeHeading } from '../fields';
import { packWords } from '../lang/index';

/** A section that shows a template or an example on purpose. */
const EXAMPLE_SECTION = new RegExp(`^(?:${packWords('exampleHeading')})$`);
/** A table column of statuses, where TODO, WIP and DONE are values, not leftovers. */
const STATUS_HEADER = new RegExp(packWords('statusHeader'), 'i');
/** MDX: `import … from …`, `export …`, and JSX components (`<Tabs>`, `<Admonition type="note">`). */
const MDX_LINE = /^(?:import[ \t][^\n]{1,200}[ \t]from[ \t]|export[ \t]+(?:const|default|function|let)\b|<\/?[A-Z][\w.]{0,40}(?:[ \t>]|\/>|$))/;

/**
 * Where a leftover-looking text is not one: sections named Template or Example, status cells of
 * tables, `??` in quoted chat logs, and MDX syntax lines. `only` limits a range to some texts.
 */
function notLeftovers(doc: ParsedDocument, text: string): Array<OffsetRange & { only?: RegExp }> {
  const out: Array<OffsetRange & { only?: RegExp }> = [];
  for (const s of doc.sections) {
    if (EXAMPLE_SECTION.test(normalizeHeading(s.title))) out.push({ start: s.headingRange.start, end: s.bodyRange.end });
  }
  for (const b of doc.blocks) {
    // With a chunk cache, a block's ranges are remembered against its tree node (the prose of a
    // block outside front matter is a function of its own nodes).
    const ranges = doc.reuse ? doc.reuse.get(NOT_LEFTOVERS, b.node, b.start, '', () => notLeftoversIn(b, text)) : notLeftoversIn(b, text);
    for (const r of ranges) out.push(r);
  }
  return out;
}

const NOT_LEFTOVERS: ReuseKind<Array<OffsetRange & { only?: RegExp }>> = {
  name: 'where placeholders are not leftovers, in a block',
  move: (list, d) => (d === 0 ? list : list.map((r) => movedRange(r, d))),
};

function notLeftoversIn(b: Block, text: string): Array<OffsetRange & { only?: RegExp }> {
  const out: Array<OffsetRange & { only?: RegExp }> = [];
  const stack: Array<{ node: Nodes; base: number }> = [{ node: b.node as Nodes, base: b.base }];
  while (stack.length > 0) {
    const { node, base } = stack.pop()!;
    if (node.type === 'blockquote') {
      out.push({ ...nodeRange(node, base), only: /^\?+$/ });
    } else if (node.type === 'table') {
      const [head, ...rows] = (node as Table).children;
      const cols = head ? head.children.map((c, i) => (STATUS_HEADER.test(nodeText(c)) ? i : -1)).filter((i) => i >= 0) : [];
      for (const row of rows) for (const i of cols) if (row.children[i]) out.push({ ...nodeRange(row.children[i], base), only: /^(?:TODO|TBD|WIP|DONE)$/ });
    } else if (node.type === 'list') {
      for (const item of node.children) for (const c of item.children) stack.push({ node: c as Nodes, base });
    } else if (node.type === 'paragraph' || node.type === 'html') {
      const r = nodeRange(node, base);
      let at = r.start;
      for (const line of text.slice(r.start, r.end).split('\n')) {
        if (MDX_LINE.test(line.trimStart())) out.push({ start: at, end: at + line.length });
        at += line.length + 1;
      }
    }
  }
  return out;
}

/**
 * Placeholders in the prose. With a chunk cache, those of each segment are remembered against its
 * tree between lint runs, with the four characters before it and the twelve after it in the key
 * (what `findPlaceholders` reads around a match): no pattern matches a line break and segments
 * start at line starts, so the matches of the segments are those of the whole text. Where that
 * does not hold, the whole text is searched.
 */
function placeholdersOf(doc: ParsedDocument, prose: string): PlaceholderMatch[] {
  if (!searchBySegment(doc, prose)) return findPlaceholders(prose);
  const out: PlaceholderMatch[] = [];
  for (const seg of doc.segments) {
    const from = Math.max(0, seg.start - 4);
    const to = Math.min(prose.length, seg.end + 12);
    const key = `${proseKey(doc, seg)}|${prose.slice(from, seg.start)}|${prose.slice(seg.end, to)}`;
    const found = doc.reuse!.get(PLACEHOLDERS, seg.tree, seg.start, key, () => {
      const pre = seg.start - from;
      const own = seg.end - seg.start;
      // An own copy: the texts of the matches would keep this version of the prose alive with the tree.
      return findPlaceholders(ownString(prose.slice(from, to)))
        .filter((m) => m.start >= pre && m.start < pre + own)
        .map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
    });
    for (const m of found) out.push(m);
  }
  return out;
}

const PLACEHOLDERS: ReuseKind<PlaceholderMatch[]> = {
  name: 'placeholders in a segment',
  move: (list, d) => (d === 0 ? list : list.map((m) => movedRange(m, d))),
};

/**
 * Leftover template text anywhere in the document (front matter values included): TODO, TBD,
 * `<...>`, `{{...}}`, `??`, lorem ipsum, and the blanks of time templates (`2X:XX`, `--:--`,
 * `YYYY-MM-DD`, `Xh Xm`). Code, HTML comments (where templates keep their guidance), link
 * destinations and YAML comments are not read.
 */
export const rule: Rule = {
  meta: {
    id: 'placeholder',
    docs: { url: ruleDocsUrl('placeholder') },
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'No leftover template text (TODO, TBD, <...>, {{...}}, ??, YYYY-MM-DD) outside code and comments.',
    messages: {
      placeholder: 'Leftover template text "{text}": replace it with the real value, or remove it.',
    },
  },
  check(ctx) {
    const text = proseText(ctx.doc);
    const skip = notLeftovers(ctx.doc, text);
    for (const m of placeholdersOf(ctx.doc, text)) {
      if (skip.some((r) => r.start <= m.start && m.start < r.end && (!r.only || r.only.test(m.text)))) continue;
      ctx.report({ messageId: 'placeholder', data: { text: m.text.length > 40 ? `${m.text.slice(0, 39)}…` : m.text }, range: { start: m.start, end: m.end } });
    }
    for (const r of templatePrompts(ctx.doc)) {
      const t = ctx.doc.text.slice(r.start, r.end);
      ctx.report({ messageId: 'placeholder', data: { text: t.length > 40 ? `${t.slice(0, 39)}…` : t }, range: r });
    }
  },
};

/**
 * A template's question left under its heading (`### Timeline:` then `What was the exact timeline of
 * the relevant events/actions?`): the first block of a section is one question, in one line, that
 * asks about the heading's own subject. An answer written as a question is rare there; a question
 * that repeats the heading is the template's prompt.
 */
function templatePrompts(doc: ParsedDocument): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const section of doc.sections) {
    const first = section.body[0];
    if (!first || first.node.type !== 'paragraph') continue;
    const r = nodeRange(first.node as Nodes, first.base);
    const line = doc.text.slice(r.start, r.end).trim();
    if (line.length > 160 || /[\r\n]/.test(line) || !PROMPT.test(line)) continue;
    const words = normalizeHeading(section.title).split(/[^a-z]+/).filter((w) => w.length >= 4);
    const asked = line.toLowerCase();
    if (words.some((w) => asked.includes(w.slice(0, 5)))) out.push(r);
  }
  return out;
}
/** A question as a template asks it. */
const PROMPT = /^(?:what|how|who|when|why|which|where|did|was|were|is|are|do|does|list|describe)\b[^?]{3,150}\?$/i;
