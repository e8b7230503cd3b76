import type { List, ListItem, Table, Paragraph, Nodes } from 'mdast';
import type { FieldId, OffsetRange, Surface } from './types';
import type { PostmortemConfig } from './config';
import { FRONT_MATTER_KEYS, matchHeading, matchLabel, normalizeHeading, type FieldMatch } from './fields';
import { nodeRange, nodeText, type Block, type ParsedDocument, type Section } from './document';
import { isOnlyPlaceholders } from './placeholders';
import { movedRange, type ReuseKind } from './incremental';
import { PACKS, CJK_LETTER, packWords } from './lang/index';
import { findDurations, readDuration } from './readers/index';
import { ACTION_COLUMNS } from './record';
import { parents } from './scope';

/** One place where a document states a field. */
export interface Occurrence {
  /** The field stated. */
  field: FieldId;
  /** How it is stated. */
  surface: Surface;
  /**
   * How sure the reading is that this states the field: `exact` for front matter and headings or
   * labels that are exactly a field's name (a value must then be readable), `intent` for headings
   * and labels that name the field by meaning, `cue` for a sentence of prose or the timeline.
   * Only `exact` values are checked for readability and compared with each other.
   */
  match: 'exact' | 'intent' | 'cue';
  /** The heading, front matter key, label or table cell that names the field. */
  labelRange: OffsetRange;
  /** The value: a section body, a front matter value, the rest of a labelled line, a table cell. */
  valueRange: OffsetRange;
  /** The value as plain text, HTML comments removed, trimmed. */
  text: string;
  /** True when there is no text at all. */
  empty: boolean;
  /** True when the text is nothing but template placeholders. */
  placeholderOnly: boolean;
  /** The section, for the `section` surface. */
  section?: Section;
  /** The front matter key, for the `front-matter` surface. */
  key?: string;
  /** The front matter value, for the `front-matter` surface. */
  data?: unknown;
}

/** Every statement of every field, in document order within each surface. */
export interface ExtractedFields {
  /** Field → its occurrences, front matter first, then sections, labelled lines, table rows. */
  byField: Map<FieldId, Occurrence[]>;
  /** Sections with the field their heading names (undefined for other headings). */
  sections: Array<{ section: Section; field: FieldId | undefined }>;
}

const SURFACE_ORDER: Record<Surface, number> = { 'front-matter': 0, section: 1, 'labelled-line': 2, 'table-row': 3, prose: 4, timeline: 5 };

/** Reads every surface of a parsed document. */
export function extractFields(doc: ParsedDocument, config: PostmortemConfig): ExtractedFields {
  const byField = new Map<FieldId, Occurrence[]>();
  const add = (o: Occurrence) => {
    const list = byField.get(o.field);
    if (list) list.push(o);
    else byField.set(o.field, [o]);
  };

  // 1. Front matter.
  const fm = doc.frontMatter;
  if (fm?.data) {
    for (const [field, keys] of Object.entries(FRONT_MATTER_KEYS) as Array<[FieldId, string[]]>) {
      for (const key of keys) {
        const entry = fm.entries.find((e) => e.key === key);
        if (!entry) continue;
        const text = valueText(entry.value);
        add({
          field, surface: 'front-matter', match: 'exact', labelRange: entry.keyRange, valueRange: entry.valueRange, text,
          empty: text.trim() === '', placeholderOnly: isOnlyPlaceholders(text), key, data: entry.value,
        });
        break;
      }
    }
    // Keys in the document's own language (`영향기간:`, `原因:`) are read as labels are; a field
    // already stated by one of the keys above keeps that one.
    for (const entry of fm.entries) {
      if (!CJK_LETTER.test(entry.key)) continue;
      const match = matchLabel(entry.key, config.sections);
      if (!match || byField.get(match.field)?.some((o) => o.surface === 'front-matter')) continue;
      const text = valueText(entry.value);
      add({
        field: match.field, surface: 'front-matter', match: match.exact ? 'exact' : 'intent', labelRange: entry.keyRange, valueRange: entry.valueRange, text,
        empty: text.trim() === '', placeholderOnly: isOnlyPlaceholders(text), key: entry.key, data: entry.value,
      });
    }
  }

  // 2. Sections.
  const sections: ExtractedFields['sections'] = [];
  // The document's title names the incident, not a field: only an exact field name counts there.
  const title = doc.sections[0]?.depth === 1 ? doc.sections[0] : undefined;
  // The heading aliases the configuration adds, by content: reused work keyed by them survives an equal new configuration.
  const aliases = doc.reuse ? JSON.stringify(config.sections) : '';
  for (const section of doc.sections) {
    const heading = doc.blocks[section.blockIndex];
    const exactOnly = section === title;
    const match = doc.reuse
      ? doc.reuse.get(HEADING_FIELD, heading.node, heading.start, `${exactOnly}|${aliases}`, () => matchHeading(section.title, config.sections, { exactOnly }))
      : matchHeading(section.title, config.sections, { exactOnly });
    // (`## Action plan` … `## Measures`: after the actions, `Measures` alone is how they will be measured, as an RCA² has it.)
    const field = match?.field === 'action_items' && !match.exact && MEASURES_ALONE.test(normalizeHeading(section.title)) && sections.some((x) => x.field === 'action_items') ? undefined : match?.field;
    sections.push({ section, field });
    if (!field) {
      // `## 📅 When` over `Tue 21 Jan 2025. Bad predictions ~06:10 → 10:20 (about 4h 10m).`: a section that
      // says when it happened and opens with a time range or a length states the duration (as a `When` row does).
      const first = section.body.find((b) => b.node.type === 'paragraph');
      if (first && section !== title && WHEN_LABEL.test(normalizeHeading(section.title))) {
        const text = doc.text.slice(first.start, first.end);
        if (findDurations(text).some((d) => d.value.minutes > 0)) {
          add({ field: 'duration', surface: 'section', match: 'intent', labelRange: section.titleRange, valueRange: { start: first.start, end: first.end }, text: text.trim(), empty: false, placeholderOnly: false, section });
        }
      }
      continue;
    }
    const body = () => {
      const text = bodyText(doc, section.body);
      return { text, placeholderOnly: isOnlyPlaceholders(text) };
    };
    // The text of a section is that of its blocks: reused while they are the same nodes.
    const { text, placeholderOnly } = doc.reuse
      ? doc.reuse.get(SECTION_TEXT, heading.node, heading.start, section.body.map((b) => doc.reuse!.id(b.node)).join(','), body)
      : body();
    const content = section.body.filter((b) => b.node.type !== 'heading' && !(b.node.type === 'html' && /^\s*<!--/.test(b.node.value)));
    const valueRange = content.length ? { start: content[0].start, end: content[content.length - 1].end } : { start: section.bodyRange.start, end: section.bodyRange.start };
    add({
      field, surface: 'section', match: match!.exact ? 'exact' : 'intent', labelRange: section.titleRange, valueRange, text,
      empty: text === '', placeholderOnly, section,
    });
    // An impact section keyed by service (`| Service | Impact |`, `| 機能 | 影響 |`) names the
    // affected services in its first column. What makes the table say so is the section's
    // heading (`Impact`, `影響範囲`), so that is the statement's label; the value is the table.
    if (field === 'user_impact') {
      const table = serviceTable(doc, section);
      if (table) {
        add({
          field: 'affected_services', surface: 'table-row', match: 'intent', labelRange: section.titleRange, valueRange: table.range,
          text: table.names.map((n) => n.name).join(', '), empty: false, placeholderOnly: false, data: table.names.map((n) => n.name),
        });
      }
    }
  }

  // `## What went wrong` is a lesson beside `What went well` and `Where we got lucky`; without
  // them, in a document that names no cause section, it is where the document says what broke.
  // (Beside `What went well` too, when it comes first and is no part of a `Lessons learned` section:
  // `## What went wrong` over the mechanism, before the timeline and `## What went well`, in a
  // document that names its cause nowhere else. After `What went well` it is the lesson beside it.)
  if (!byField.get('cause')?.some((o) => o.surface === 'section')) {
    const lessons = sections.filter((x) => x.field === 'lessons_learned');
    const wrong = lessons.find((x) => PACKS.some((p) => p.wentWrong.test(normalizeHeading(x.section.title))));
    const underLessons = (sec: Section) => sections[parents(doc)[doc.sections.indexOf(sec)]]?.field === 'lessons_learned';
    const well = lessons.find((x) => PACKS.some((p) => p.wentWell.test(normalizeHeading(x.section.title))));
    if (wrong && (!well || (well.section.headingRange.start > wrong.section.headingRange.start && !underLessons(wrong.section) && !byField.has('cause')))) {
      const occ = byField.get('lessons_learned')?.find((o) => o.section === wrong.section);
      if (occ) add({ ...occ, field: 'cause', match: 'intent' });
    }
  }

  // 3 and 4. Labelled lines and metadata table rows, in paragraphs, lists and tables at any level
  // of the block tree (but not inside code).
  if (doc.reuse) {
    for (const o of segmentOccurrences(doc, config, aliases)) add(o);
  } else {
    doc.blocks.forEach((block, i) => {
      const n = doc.blocks[i + 1];
      scanBlock(doc, block.node as Nodes, block.base, config, add, n ? { node: n.node as Nodes, base: n.base } : undefined);
    });
  }

  for (const list of byField.values()) list.sort((a, b) => SURFACE_ORDER[a.surface] - SURFACE_ORDER[b.surface] || a.valueRange.start - b.valueRange.start);
  return { byField, sections };
}

/**
 * The first table of a section whose first column is headed by a word for services (each pack's
 * `tables.serviceHeader`): the names in that column, leaving out rows another cell of which says
 * they were not affected (`tables.unaffected`). Undefined when there is no such table or it names none.
 */
export function serviceTable(doc: ParsedDocument, section: Section, anyHeader = false): { range: OffsetRange; names: Array<{ name: string; range: OffsetRange }> } | undefined {
  for (const b of section.body) {
    if (b.node.type !== 'table') continue;
    const [head, ...rows] = (b.node as Table).children;
    const key = head?.children[0];
    // Under a heading that says the section names the services (`### 2.1 서비스 영향`), its table's
    // first column does, whatever its header says (`| 구분 | 영향 | 비고 |`, `| Area | Impact |`).
    if (!key || !(anyHeader || PACKS.some((p) => p.tables.serviceHeader.test(nodeText(key).trim())))) continue;
    const names: Array<{ name: string; range: OffsetRange }> = [];
    for (const row of rows) {
      const [first, ...rest] = row.children;
      const name = first ? nodeText(first).trim() : '';
      if (!name || name.length > 80 || (anyHeader && !/\p{L}/u.test(name))) continue;
      if (rest.some((c) => PACKS.some((p) => p.tables.unaffected.test(nodeText(c).trim())))) continue;
      names.push({ name, range: nodeRange(first, b.base) });
    }
    return names.length > 0 ? { range: { start: b.start, end: b.end }, names } : undefined;
  }
  return undefined;
}

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(', ');
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).map(valueText).filter(Boolean).join(', ');
  return String(v);
}

/** Text of a run of blocks, HTML comments removed, trimmed. */
export function bodyText(doc: ParsedDocument, body: Block[]): string {
  let s = '';
  for (const b of body) {
    if (b.node.type === 'html' && /^\s*<!--/.test(b.node.value)) continue;
    if (b.node.type === 'heading') continue;
    const text = () => stripComments(doc.text.slice(b.start, b.end));
    s += (doc.reuse ? doc.reuse.get(BLOCK_TEXT, b.node, b.start, '', text) : text()) + '\n';
  }
  return s.trim();
}

/**
 * Labelled lines and table rows, a segment at a time (the sections and pieces of long lists the
 * document was parsed in), each reused while its segment is the same tree: they read only the
 * segment's text, the configuration's heading aliases, and the blocks that follow its blocks
 * outside it (a `Label:` that ends a paragraph introduces the next block), all in the key. A long list's items are read
 * through the list node of each piece, so an edit in the list reads again only its piece.
 */
function segmentOccurrences(doc: ParsedDocument, config: PostmortemConfig, aliases: string): Occurrence[] {
  const reuse = doc.reuse!;
  const index = new Map<object, number>();
  doc.blocks.forEach((b, i) => index.set(b.node, i));
  const out: Occurrence[] = [];
  for (const seg of doc.segments) {
    const kids = seg.tree.children;
    // Blocks after a block of the segment that are not its next node there: the one after the
    // segment, and a long list joined from pieces (a new node at every parse of its section).
    let key = aliases;
    kids.forEach((node, k) => {
      const i = index.get(node);
      const n = i === undefined ? undefined : doc.blocks[i + 1];
      if (n && n.node !== kids[k + 1]) key += `:${reuse.id(n.node)}`;
    });
    const found = reuse.get(OCCURRENCES, seg.tree, seg.start, key, () => {
      const acc: Occurrence[] = [];
      for (const node of kids) {
        if (node.type === 'yaml') continue;
        const i = index.get(node);
        // A node that is not a block is a piece of a long list: lists do not read the next block.
        const n = i === undefined ? undefined : doc.blocks[i + 1];
        scanBlock(doc, node as Nodes, seg.base, config, (o) => acc.push(o), n ? { node: n.node as Nodes, base: n.base } : undefined);
      }
      return acc;
    });
    for (const o of found) out.push(o);
  }
  return out;
}

const OCCURRENCES: ReuseKind<Occurrence[]> = {
  name: 'labelled lines and table rows',
  move: (os, delta) => (delta === 0 ? os : os.map((o) => ({ ...o, labelRange: movedRange(o.labelRange, delta), valueRange: movedRange(o.valueRange, delta) }))),
};
const HEADING_FIELD: ReuseKind<FieldMatch | undefined> = { name: 'field of a heading', move: (f) => f };
const BLOCK_TEXT: ReuseKind<string> = { name: 'text of a block without comments', move: (t) => t };
const SECTION_TEXT: ReuseKind<{ text: string; placeholderOnly: boolean }> = { name: 'text of a section', move: (t) => t };

/**
 * HTML comments removed, as `/<!--[\s\S]*?-->/g` would (an unclosed `<!--` stays), but by a scan:
 * that pattern takes quadratic time on many unclosed `<!--`.
 */
export function stripComments(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = text.indexOf('<!--', pos);
    if (open < 0) return out + text.slice(pos);
    out += text.slice(pos, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out + text.slice(open);
    pos = close + 3;
  }
}

/** The text without trailing pipes and whitespace (a table cell's content); linear, unlike `/[|\s]+$/`. */
function trimCellEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '|' || text[end - 1].trim() === '')) end--;
  return text.slice(0, end);
}

// `**Label:** value`, `**Label**: value`, `- **Label**: value`, `Label: value`, `**Label.** value` (then value up to `<br>` or the end of the line).
// Space before the colon is part of the label group and trimmed after: a separate `[ \t]*` there
// would overlap the label's characters and backtrack polynomially (the ReDoS test checks).
const LABELLED = /^([ \t]{0,3}(?:[-*+•・][ \t]+)?)(?:(\*\*|__|\*|_)([^*_\n:]{1,48}?)[:：][ \t]*\2|(\*\*|__|\*|_)([^*_\n:]{1,48}?)\4[ \t]*[:：]|([\p{L}][^*_\n:|<>]{0,47}?)[:：]|(\*\*|__)([^*_\n:.。]{1,48}?)[.。]\7)[ \t]*/u;
const LINE_BREAK = /\r\n?|\n/g;
/** The end of a sentence, or of a value that stands alone (`2h 10m`, `checkout-api`): a line that ends with it is not wrapped. */
const SENTENCE_END = /[.。!?！？;；)）\]]$|\|$|^[^ \t]{0,40}$|\d[ \t]?[A-Za-z%]{0,12}$/;
/** A label that is a note to the writer in capitals (`TODO:`, `FIXME:`, `TODO(mira):`), not a field. */
const EDITOR_NOTE = /^(?:TODO|TBD|FIXME|XXX)S?(?:[ \t]?\([^()]{1,30}\))?$/;
/**
 * Where one `Label: value` piece of a line ends and the next starts: a `<br>`, or a middle dot,
 * bullet or pipe before bold text (`**Date:** 2025-06-04 · **Impact:** none · **Author:** Lena`):
 * each piece is then read as a label or not on its own. The bold marker the match ends with
 * belongs to the next piece. The blanks are bounded: `[ \t]+` would be tried from every blank of a
 * line of blanks, quadratic in its length.
 */
const BR = /<br\s*\/?>|[ \t]{1,4}[·•|][ \t]{1,4}(?:\*\*|__)|　{1,2}(?:\*\*|__)/gi;

/**
 * Scans a block and the blocks inside it (list items, block quotes), in document order. A work
 * list, not recursion: a quote or list nested thousands deep must not overflow the stack.
 */
function scanBlock(doc: ParsedDocument, root: Nodes, base: number, config: PostmortemConfig, add: (o: Occurrence) => void, rootNext?: { node: Nodes; base: number }): void {
  const work: Array<{ node: Nodes; next?: { node: Nodes; base: number } }> = [{ node: root, next: rootNext }];
  const pushChildren = (children: Nodes[], tail?: { node: Nodes; base: number }) => {
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i], next: children[i + 1] ? { node: children[i + 1], base } : tail });
  };
  for (let w = work.pop(); w; w = work.pop()) {
    const node = w.node;
    if (node.type === 'paragraph') {
      scanParagraph(doc, node, base, config, add, w.next);
    } else if (node.type === 'list') {
      const items = (node as List).children;
      // `- **Impact**:` as the last item, with the value in the paragraph after the list.
      for (let i = items.length - 1; i >= 0; i--) pushChildren((items[i] as ListItem).children as Nodes[], i === items.length - 1 ? w.next : undefined);
    } else if (node.type === 'blockquote') {
      pushChildren(node.children as Nodes[]);
    } else if (node.type === 'table') {
      scanTable(doc, node as Table, base, config, add);
    }
  }
}

/** A plain run-in head at the start of a paragraph: a few words and a full stop, then a sentence (see scanParagraph). */
const RUN_IN_HEAD = /^[ \t]{0,3}([A-Z][A-Za-z'’ -]{2,40})\.[ \t]+(?=[A-Z0-9"“‘(])/;

/** A first line that is wholly bold (`**Why**`, `__Impact (PT)__`), and its line break. */
const BOLD_FIRST_LINE = /^[ \t]{0,3}(\*\*|__)([^*_\r\n]{1,80})\1[ \t]*\r?\n/;

function scanParagraph(doc: ParsedDocument, node: Paragraph, base: number, config: PostmortemConfig, add: (o: Occurrence) => void, next?: { node: Nodes; base: number }): void {
  const r = nodeRange(node, base);
  const src = doc.text.slice(r.start, r.end);
  // A line that is nothing but a field's name (`Action Items`, `**Root cause**`) before a list,
  // a paragraph or a table: a heading written as text.
  if (next && (next.node.type === 'list' || next.node.type === 'paragraph' || next.node.type === 'table') && !/[\r\n]/.test(src.trim())) {
    const label = src.trim().replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
    // A question wholly in bold on its own line (`**How many people did this affect?**`) heads its
    // answer, as the questions of a learning review do: read by meaning, as a heading is.
    const question = label !== src.trim() && /[?？]$/.test(label) && label.length <= 80;
    // `影響時間: 13:05〜16:20` names its field and gives the value: a labelled line (below), not a heading written as text.
    const match = (label.length <= 40 || question) && !/[:：][ \t]*\S/.test(label) ? matchHeading(label, config.sections, { exactOnly: !question }) : undefined;
    if (match && !/[:：]$/.test(label)) {
      const valueRange = nodeRange(next.node, next.base);
      const text = stripComments(doc.text.slice(valueRange.start, valueRange.end)).trim();
      const at = r.start + src.indexOf(label);
      add({ field: match.field, surface: 'labelled-line', match: match.exact ? 'exact' : 'intent', labelRange: { start: at, end: at + label.length }, valueRange, text, empty: text === '', placeholderOnly: isOnlyPlaceholders(text) });
      return;
    }
  }
  // `**Why**` alone on the first line of a paragraph whose other lines are what it heads (a chat
  // digest's `• …` lines, not a Markdown list): a heading written as text too.
  const head = BOLD_FIRST_LINE.exec(src);
  if (head && head[0].length < src.trimEnd().length) {
    const label = head[2].trim();
    const question = /[?？]$/.test(label) && label.length <= 80;
    const match = (label.length <= 40 || question) && !/[:：]/.test(label) ? matchHeading(label, config.sections, { exactOnly: !question }) : undefined;
    if (match) {
      const valueRange = { start: r.start + head[0].length, end: r.end };
      const text = stripComments(doc.text.slice(valueRange.start, valueRange.end)).trim();
      const at = r.start + src.indexOf(label);
      add({ field: match.field, surface: 'labelled-line', match: match.exact ? 'exact' : 'intent', labelRange: { start: at, end: at + label.length }, valueRange, text, empty: text === '', placeholderOnly: isOnlyPlaceholders(text) });
      return;
    }
  }
  // `What it meant for you. 6,212 scan events were lost…`: a letter's run-in head, plain text ending
  // in a full stop, that names a field (wholly, or as a question in words: `What happened`, `Why
  // it happened`); the rest of the paragraph is what it heads.
  const runIn = RUN_IN_HEAD.exec(src);
  if (runIn && src.length - runIn[0].length >= 40) {
    const label = runIn[1].trim();
    const match = label.split(' ').length <= 6 ? matchLabel(label, config.sections) : undefined;
    if (match && (match.exact || /^(?:what|why|how|who|when|where)\b/i.test(label))) {
      const valueRange = { start: r.start + runIn[0].length, end: r.end };
      const text = stripComments(doc.text.slice(valueRange.start, valueRange.end)).trim();
      const at = r.start + src.indexOf(label);
      add({ field: match.field, surface: 'labelled-line', match: match.exact ? 'exact' : 'intent', labelRange: { start: at, end: at + label.length }, valueRange, text, empty: text === '', placeholderOnly: isOnlyPlaceholders(text) });
      return;
    }
  }
  let lineStart = 0;
  while (lineStart <= src.length) {
    // Lines end at \n, \r\n or a lone \r.
    LINE_BREAK.lastIndex = lineStart;
    const lb = LINE_BREAK.exec(src);
    const lineEnd = lb ? lb.index : src.length;
    const isLastLine = lineEnd >= src.length;
    const line = src.slice(lineStart, lineEnd);
    // A line may hold several `Label: value<br>` pieces.
    let pieceStart = 0;
    while (pieceStart < line.length) {
      BR.lastIndex = pieceStart;
      const br = BR.exec(line);
      const brAt = br ? br.index - pieceStart : -1;
      const pieceEnd = brAt < 0 ? line.length : pieceStart + brAt;
      const piece = line.slice(pieceStart, pieceEnd);
      const m = LABELLED.exec(piece);
      if (m) {
        const label = (m[3] ?? m[5] ?? m[6] ?? m[8] ?? '').trim();
        // `TODO: confirm the count` is a note to the writer (the placeholder rule's), not a to-do list.
        const match = EDITOR_NOTE.test(label) ? undefined : matchLabel(label, config.sections);
        const field = match?.field;
        if (match && field) {
          const labelOffset = piece.indexOf(label, m[1].length);
          const valueStartInPiece = m[0].length;
          const raw = piece.slice(valueStartInPiece);
          const trimmed = raw.trimEnd();
          const abs = r.start + lineStart + pieceStart;
          let text = stripComments(trimmed).trim();
          let valueRange = { start: abs + valueStartInPiece, end: abs + valueStartInPiece + trimmed.length };
          // `Label:` ending a paragraph introduces the block after it (a list, usually).
          if (text === '' && isLastLine && brAt < 0 && next && (next.node.type === 'list' || next.node.type === 'paragraph' || next.node.type === 'table')) {
            valueRange = nodeRange(next.node, next.base);
            text = stripComments(doc.text.slice(valueRange.start, valueRange.end)).trim();
          } else if (text !== '' && !isLastLine && brAt < 0 && pieceStart === 0 && !SENTENCE_END.test(trimmed)) {
            // A value wrapped over lines (`**Duration:** from when they updated … until` ⏎ `they got
            // 8.14.1 …`): it goes on while a line stops mid-sentence and the next is not labelled.
            let end = lineEnd;
            let nextStart = lb ? lineEnd + lb[0].length : src.length;
            while (nextStart < src.length) {
              LINE_BREAK.lastIndex = nextStart;
              const nb = LINE_BREAK.exec(src);
              const nextEnd = nb ? nb.index : src.length;
              const nextLine = src.slice(nextStart, nextEnd);
              const labelled = LABELLED.exec(nextLine);
              // `(from Jul 10, 09:55)`: the colon of a time is no label's.
              if ((labelled && !/\d[:：][ \t]*$/.test(labelled[0])) || /^[ \t]*$/.test(nextLine)) break;
              end = nextEnd;
              if (SENTENCE_END.test(nextLine.trimEnd()) || !nb) break;
              nextStart = nextEnd + nb[0].length;
            }
            if (end > lineEnd) {
              valueRange = { start: valueRange.start, end: r.start + end };
              text = stripComments(doc.text.slice(valueRange.start, valueRange.end)).trim();
            }
          } else if (text === '' && !isLastLine && brAt < 0) {
            // `**What happened?**:` then a hard line break: the value is the rest of the paragraph.
            const restStart = r.start + lineEnd + (lb ? lb[0].length : 0);
            valueRange = { start: restStart, end: r.end };
            text = stripComments(doc.text.slice(restStart, r.end)).trim();
          }
          // A plain `Label:` with nothing after it is a lead-in sentence, not a field statement.
          const plain = m[6] !== undefined;
          // (`… what we had told it` ⏎ `to do: drop events.`: a sentence going on over a line break, not a label.)
          const sentenceGoesOn = plain && lineStart > 0 && pieceStart === 0 && /^\p{Ll}/u.test(label) && !SENTENCE_END.test(src.slice(0, lineStart).trimEnd());
          // (`**Impact starts.**` closing a timeline entry: a bold sentence, not a run-in head with nothing after it.)
          const boldSentence = m[8] !== undefined && text === '' && lineStart > 0;
          if (!(plain && text === '') && !sentenceGoesOn && !boldSentence) {
            add({
              field, surface: 'labelled-line', match: match.exact ? 'exact' : 'intent',
              labelRange: { start: abs + labelOffset, end: abs + labelOffset + label.length },
              valueRange, text, empty: text === '', placeholderOnly: isOnlyPlaceholders(text),
            });
          }
        }
      }
      if (!br) break;
      pieceStart = pieceEnd + br[0].length - (br[0].endsWith('**') || br[0].endsWith('__') ? 2 : 0);
    }
    lineStart = lb ? lineEnd + lb[0].length : src.length + 1;
  }
}

function scanTable(doc: ParsedDocument, table: Table, base: number, config: PostmortemConfig, add: (o: Occurrence) => void): void {
  const keyed = keyValueTable(table, config);
  // `| Action | Owner | Target date |`: a list of actions, its rows items whatever their first words
  // (`Downtime labels for pharmacy` is no Downtime label).
  const head = table.children[0]?.children.map((c) => nodeText(c).trim()) ?? [];
  const actions = head.length >= 3 && head.slice(1).some((h) => ACTION_COLUMNS.owner.test(h)) && head.slice(1).some((h) => ACTION_COLUMNS.due.test(h));
  table.children.forEach((row, i) => {
    if (row.children.length < 2 || (actions && i > 0)) return;
    const [keyCell, firstValue] = row.children;
    // `| Duration | | ● | | | ~7 days 4.5 h before fix |` (a matrix with a notes column): the value is the first later
    // cell that says something in letters or digits, when the one next to the label is blank.
    const valueCell = nodeText(firstValue).trim() === '' ? (row.children.slice(2).find((c) => /[\p{L}\p{N}]/u.test(nodeText(c))) ?? firstValue) : firstValue;
    const label = nodeText(keyCell).trim();
    // In a key/value table, a row keyed by a word for services (`| 서비스 | 스타일몰 웹, 앱 |`)
    // names the affected services. The bare word is no label anywhere else: as a column's header
    // (`| 서비스 | 영향 |`) it heads a list of services, read by serviceTable.
    const match = matchLabel(label, config.sections) ?? (keyed && i > 0 && (PACKS.some((p) => p.tables.serviceHeader.test(label)) || hitMachines(label)) ? { field: 'affected_services' as const, exact: false } : undefined) ?? whenRange(label, valueCell);
    if (!match) return;
    const field = match.field;
    const vr = nodeRange(valueCell, base);
    // A cell's range includes its pipe and padding; keep only the content.
    const cellSrc = doc.text.slice(vr.start, vr.end);
    const lead = cellSrc.length - cellSrc.replace(/^[|\s]+/, '').length;
    const content = trimCellEnd(cellSrc.replace(/^[|\s]+/, ''));
    const valueRange = { start: vr.start + lead, end: vr.start + lead + content.length };
    const text = stripComments(content.replace(/<br\s*\/?>/gi, '\n')).trim();
    add({
      field, surface: 'table-row', match: match.exact ? 'exact' : 'intent', labelRange: nodeRange(keyCell, base), valueRange, text,
      empty: text === '', placeholderOnly: isOnlyPlaceholders(text),
    });
  });
}

/**
 * `| 暗号化されたサーバー | FS-HQ01、BK-HQ01 |`, `| Affected hosts | … |`: in a table of properties, a row whose
 * label ends with a word for servers or systems (and says they were hit, not spared) names what was hit.
 */
function hitMachines(label: string): boolean {
  return MACHINES_END.test(label) && !SPARED.test(label);
}
const MACHINES_END = new RegExp(`(?:${packWords('serverNoun')}|${packWords('systemNoun')})[ \\t]*$`, 'i');
const SPARED = new RegExp(`${packWords('unaffected')}|${packWords('sparedWord')}`, 'i');

/**
 * `| 일시 | 2024.5.21 (화) 20:05 ~ 21:17 |`, `| When | 10:05–11:40 UTC |`: in a table of properties, a row
 * that says when it happened and gives a time range states the duration.
 */
function whenRange(label: string, valueCell: Nodes): FieldMatch | undefined {
  if (!WHEN_LABEL.test(label)) return undefined;
  const value = nodeText(valueCell);
  if (!/\d[ \t]?(?:[-–~〜～]|to)[ \t]?\d/.test(value)) return undefined;
  const r = readDuration(value);
  // (`2026-04-06(월) 10:30 ~ 04-13(월) 16:50 (약 7일 6시간)`: a window whose ends the readers do not join, with its length.)
  return r.ok && r.value.minutes > 0 ? { field: 'duration', exact: false } : undefined;
}
const KEY_VALUE_HEADER = new RegExp(`^[*_ \\t]*(?:${packWords('keyValueHeader')})[*_ \\t]*$`, 'i');
/** A heading that is `Measures` alone (numbered or not). */
const MEASURES_ALONE = /^(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?measures$/i;
const WHEN_LABEL = new RegExp(`^[*_ \\t]*(?:${packWords('whenLabel')})[*_ \\t]*[:：]?[*_ \\t]*$`, 'i');

/**
 * A table of keys and values: two columns, and a header row that is empty (`| | |`) or two body
 * rows or more whose first cell is a field's label (`| 발생 | … |`, `| 원인 | … |`).
 */
function keyValueTable(table: Table, config: PostmortemConfig): boolean {
  const [head, ...rows] = table.children;
  if (!head || head.children.length !== 2 || rows.length === 0) return false;
  if (head.children.every((c) => nodeText(c).trim() === '')) return true;
  // `| Property | Value |`, `| 項目 | 内容 |`: a header that says the table is one of keys and values.
  if (head.children.every((c) => KEY_VALUE_HEADER.test(nodeText(c).trim()))) return true;
  let labels = 0;
  for (const row of rows) if (row.children[0] && matchLabel(nodeText(row.children[0]).trim(), config.sections) && ++labels >= 2) return true;
  return false;
}
