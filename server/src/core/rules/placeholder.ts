import { ruleDocsUrl, type Rule } from './types';
import { proseText } from '../facts';
import { findPlaceholders } from '../placeholders';
import type { Nodes, Table } from 'mdast';
import type { OffsetRange } from '../types';
import { nodeRange, nodeText, type ParsedDocument } from '../document';
import { normalizeHeading } from '../fields';

/** A section that shows a template or an example on purpose. */
const EXAMPLE_SECTION = /^(?:templates?|examples?|samples?|appendix: templates?|テンプレート|템플릿|예시|例)$/;
/** A table column of statuses, where TODO, WIP and DONE are values, not leftovers. */
const STATUS_HEADER = /status|state|progress|done|상태|진행|状態|状況|ステータス/i;
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
  const stack: Array<{ node: Nodes; base: number }> = doc.blocks.map((b) => ({ node: b.node as Nodes, base: b.base }));
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
    for (const m of findPlaceholders(text)) {
      if (skip.some((r) => r.start <= m.start && m.start < r.end && (!r.only || r.only.test(m.text)))) continue;
      ctx.report({ messageId: 'placeholder', data: { text: m.text.length > 40 ? `${m.text.slice(0, 39)}…` : m.text }, range: { start: m.start, end: m.end } });
    }
  },
};
