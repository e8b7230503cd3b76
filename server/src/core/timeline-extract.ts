import type { List, ListItem, Nodes, Table } from 'mdast';
import type { PostmortemConfig } from './config';
import { listParts, nodeRange, nodeText, type Block, type ParsedDocument, type Section } from './document';
import type { ExtractedFields } from './model';
import type { Facts, MilestoneId } from './facts';
import { fieldForHeading } from './fields';
import { readDate, readTimestamp, zoneOffsetMinutes, ZONE_ABBREVIATIONS, type TimestampContext } from './readers/index';
import type { Timeline, TimelineEntry } from './timeline';
import { maskComments, trimEndChars } from './facts';
import { movedRange, type ReuseKind } from './incremental';

const ZONE_WORD = new RegExp(`(?<![A-Za-z])(${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')}|UTC[+-]\\d{1,2}(?::?\\d{2})?)(?![A-Za-z])`);
const IANA_ZONE = /(?<![\w/])((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Etc)\/[A-Za-z_]{1,30}(?:\/[A-Za-z_]{1,30})?)/;

/** The zone a heading, header cell or line names: an abbreviation, `UTC+9`, or a valid IANA name (`US/Pacific`). */
function zoneIn(text: string): { zone: string; index: number } | undefined {
  const z = ZONE_WORD.exec(text);
  if (z) return { zone: z[1], index: z.index };
  const iana = IANA_ZONE.exec(text);
  if (iana && zoneOffsetMinutes(iana[1]) !== null) return { zone: iana[1], index: iana.index };
  return undefined;
}

const ALL_TIMES = /(?:all times|times are|times in|시각은|시간은|기준)/i;

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY_DOT_MONTH = new RegExp(`^(\\d{1,2})\\.(?=[ \\t]{1,2}(?:${MONTH_NAMES})(?![A-Za-z]))`, 'i');

const MILESTONE_LABELS: Array<[MilestoneId, RegExp]> = [
  ['started', /^(?:incident )?(?:started|start|began|impact (?:started|began)|발생|시작)\b/i],
  ['detected', /^(?:first )?(?:detected|detection|identified|noticed|alerted|탐지|감지|인지)\b/i],
  ['mitigated', /^(?:mitigated|mitigation|repaired|workaround|완화|임시 조치)\b/i],
  ['resolved', /^(?:resolved|resolution|recovered|fixed|service restored|해결|복구 완료|정상화)\b/i],
];

/** Reads the timeline: from the Timeline section, or from a list item labelled as the key events. */
export function extractTimeline(doc: ParsedDocument, fields: ExtractedFields, facts: Facts, config: PostmortemConfig): Timeline {
  const occ = fields.byField.get('timeline')?.find((o) => o.surface === 'section');
  const section = occ?.section;
  const timeline: Timeline = { section, entries: [], zone: undefined };
  const fmDate = typeof doc.frontMatter?.data?.date === 'string' ? doc.frontMatter.data.date.slice(0, 10) : facts.milestones.started?.value.localIso.slice(0, 10);
  const state: WalkState = { doc, timeline, date: /^\d{4}-\d{2}-\d{2}$/.test(fmDate ?? '') ? fmDate : undefined, zone: config.timezone || undefined, lastMinutes: undefined };

  if (section) {
    const titleZone = zoneIn(section.title);
    if (titleZone) setZone(state, titleZone.zone, { start: section.titleRange.start + (doc.text.slice(section.titleRange.start, section.titleRange.end).indexOf(titleZone.zone)), end: 0 });
    walkBlocks(state, section.body, section.depth);
  } else {
    // A list item whose first line is a bold label naming the timeline (`- **Key events**`). The
    // first one is the timeline: a log of several incidents has one per incident, each its own.
    outer: for (const b of doc.blocks) {
      if (b.node.type !== 'list') continue;
      for (const item of (b.node as List).children) {
        const first = item.children[0];
        if (!first || first.type !== 'paragraph' || first.children.length !== 1 || first.children[0].type !== 'strong') continue;
        if (fieldForHeading(nodeText(first)) !== 'timeline') continue;
        for (const c of item.children.slice(1)) if (c.type === 'list') walkList(state, c, b.base);
        if (timeline.entries.length > 0) break outer;
      }
    }
  }
  return timeline;
}

interface WalkState {
  doc: ParsedDocument;
  timeline: Timeline;
  /** The date carried forward. */
  date: string | undefined;
  /** The zone in force. */
  zone: string | undefined;
  /** Minutes of day of the previous undated entry, to notice midnight. */
  lastMinutes: number | undefined;
}

function setZone(state: WalkState, zone: string, range: { start: number; end: number }): void {
  state.zone = zone;
  state.timeline.zone ??= { zone, range: { start: range.start, end: range.start + zone.length } };
}

/**
 * Runs `walk` over one node, or with a chunk cache replays what it did the last time it ran over
 * the same node from the same state (the entries it added, moved to where the node is now, and the
 * date, zone and time it left behind). A walk reads only its node's text and the state, so the
 * state is the key.
 */
function replay(state: WalkState, node: object, anchor: number, what: string, walk: () => void): void {
  const reuse = state.doc.reuse;
  if (!reuse) return walk();
  const key = `${what}|${state.date}|${state.zone}|${state.lastMinutes}|${state.timeline.zone ? 1 : 0}`;
  const step = reuse.get(TIMELINE_STEP, node, anchor, key, () => {
    const before = state.timeline.entries.length;
    const hadZone = state.timeline.zone !== undefined;
    walk();
    const entries = state.timeline.entries.splice(before);
    const zone = hadZone ? undefined : state.timeline.zone;
    if (!hadZone) state.timeline.zone = undefined;
    return { entries, zone, date: state.date, stateZone: state.zone, lastMinutes: state.lastMinutes };
  });
  for (const e of step.entries) state.timeline.entries.push(e);
  if (step.zone) state.timeline.zone ??= step.zone;
  state.date = step.date;
  state.zone = step.stateZone;
  state.lastMinutes = step.lastMinutes;
}

interface TimelineStep {
  entries: TimelineEntry[];
  zone: Timeline['zone'];
  date: string | undefined;
  stateZone: string | undefined;
  lastMinutes: number | undefined;
}

const TIMELINE_STEP: ReuseKind<TimelineStep> = {
  name: 'timeline entries of a node',
  move: (s, delta) => delta === 0 ? s : ({
    ...s,
    entries: s.entries.map((e) => ({ ...e, timeRange: movedRange(e.timeRange, delta), range: movedRange(e.range, delta) })),
    zone: s.zone && { zone: s.zone.zone, range: movedRange(s.zone.range, delta) },
  }),
};

function walkBlocks(state: WalkState, blocks: Block[], sectionDepth: number): void {
  for (const b of blocks) {
    // Lists are replayed a piece at a time in walkBlock.
    if (b.node.type === 'list') walkBlock(state, b, sectionDepth);
    else replay(state, b.node, b.start, `block ${sectionDepth}`, () => walkBlock(state, b, sectionDepth));
  }
}

function walkBlock(state: WalkState, b: Block, sectionDepth: number): void {
  const node = b.node as Nodes;
  if (node.type === 'heading' && node.depth > sectionDepth) {
    const r = nodeRange(node, b.base);
    const titleStart = r.start + (/^#+[ \t]*/.exec(state.doc.text.slice(r.start, r.end))?.[0].length ?? 0);
    tryEntry(state, trimEndChars(state.doc.text.slice(titleStart, r.end), ' \t#'), titleStart, r, true);
  } else if (node.type === 'table') {
    walkTable(state, node, b.base);
  } else if (node.type === 'list') {
    // A long list, parsed in pieces, is walked a piece at a time: each piece's walk is replayed while the piece is unchanged.
    for (const part of listParts(state.doc, b)) replay(state, part.list, part.base + (part.list.position?.start.offset ?? 0), 'list', () => walkList(state, part.list, part.base));
  } else if (node.type === 'paragraph') {
    const r = nodeRange(node, b.base);
    const src = maskComments(state.doc.text.slice(r.start, r.end));
    if (ALL_TIMES.test(src)) {
      const z = zoneIn(src);
      if (z) setZone(state, z.zone, { start: r.start + z.index, end: 0 });
    }
    let at = 0;
    for (const line of src.split('\n')) {
      tryEntry(state, line.replace(/\r$/, ''), r.start + at, { start: r.start + at, end: r.start + at + line.replace(/\r$/, '').length }, false);
      at += line.length + 1;
    }
  }
}

function walkTable(state: WalkState, table: Table, base: number): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => nodeText(c).toLowerCase());
  let col = headers.findIndex((h) => /time|date|when|시각|시간|일시|날짜/.test(h));
  if (col < 0) col = 0;
  const headerText = headers[col] ?? '';
  const z = head.children[col] ? zoneIn(nodeText(head.children[col])) : undefined;
  if (z) {
    const cr = nodeRange(head.children[col], base);
    setZone(state, z.zone, { start: cr.start + state.doc.text.slice(cr.start, cr.end).indexOf(z.zone), end: 0 });
  }
  void headerText;
  for (const row of rows) {
    const cell = row.children[col];
    if (!cell) continue;
    const cr = nodeRange(cell, base);
    const src = state.doc.text.slice(cr.start, cr.end);
    const lead = src.length - src.replace(/^[|\s]+/, '').length;
    const content = trimEndChars(src.slice(lead), '| \t\r\n');
    const rest = row.children.filter((_, i) => i !== col).map((c) => nodeText(c)).join(' | ');
    tryEntry(state, content, cr.start + lead, nodeRange(row, base), true, rest);
  }
}

function walkList(state: WalkState, list: List, base: number): void {
  for (const item of list.children as ListItem[]) replay(state, item, base + (item.position?.start.offset ?? 0), 'item', () => walkItem(state, item, base));
}

function walkItem(state: WalkState, item: ListItem, base: number): void {
  const first = item.children[0] as Nodes | undefined;
  if (!first || first.type !== 'paragraph') return;
  const r = nodeRange(first, base);
  const line = state.doc.text.slice(r.start, r.end).split(/\r?\n/)[0];
  tryEntry(state, line, r.start, nodeRange(item, base), false);
  for (const c of item.children.slice(1)) if (c.type === 'list') walkList(state, c, base);
}

/**
 * Reads an entry from a line whose time comes first (`**14:50** …`, `2022-10-15 15:19 …`), or
 * after a short milestone label (`Resolved 2022-01-22 14:38`). `whole` means the text is only the
 * time cell or heading, where a date alone sets the date for what follows.
 */
function tryEntry(state: WalkState, text: string, at: number, range: { start: number; end: number }, whole: boolean, rest?: string): void {
  const lead = /^[\s>*_~[(-]*(?:about |around |approx\.? |약 )?/i.exec(text)?.[0].length ?? 0;
  // `19. April, 11:00` (day, dot, month name) reads as `19  April, 11:00`: same length, same offsets.
  const body = text.slice(lead).replace(DAY_DOT_MONTH, '$1 ');
  const ctx: TimestampContext = { date: state.date, zone: state.zone };
  let r = readTimestamp(body, ctx);
  let labelled: MilestoneId | undefined;
  if (r.ok && r.start > 0) {
    // Allowed only after a short label naming a milestone (`Resolved 14:38`), or after any short
    // label when the time carries its own date (`Incident declared 2022-01-22 14:41`).
    const label = trimEndChars(body.slice(0, r.start), '*_:： \t\r\n').replace(/^[*_\s]+/, '');
    const m = MILESTONE_LABELS.find(([, re]) => re.test(label));
    const short = label.split(/\s+/).length <= 4 && label.length <= 40;
    const datedAfterLabel = short && r.value.hasDate && /^[\p{L}][\p{L} '-]*$/u.test(label);
    if (m && short) labelled = m[0];
    else if (!datedAfterLabel) r = { ok: false, reason: 'not leading' };
  }
  if (!r.ok) {
    if (whole) {
      // A dated sub-heading or cell (`### 2022-10-15`, `### October 15, 2022`, `### 2022년 10월 15일`) dates what follows.
      const d = readDate(body, { date: state.date });
      if (d.ok && d.start === 0 && d.value.iso) {
        state.date = d.value.iso;
        state.lastMinutes = undefined;
      }
    }
    return;
  }
  let t = r.value;
  // An undated time well before the previous one is on the next day (a timeline that crosses midnight).
  const hm = t.localIso.slice(t.localIso.indexOf('T') + 1);
  const minutes = Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  if (!t.hasDate || !/\d{4}-\d{2}-\d{2}/.test(body.slice(r.start, r.end))) {
    if (state.lastMinutes !== undefined && state.date && minutes + 12 * 60 < state.lastMinutes) {
      state.date = nextDay(state.date);
      const again = readTimestamp(body, { date: state.date, zone: state.zone });
      if (again.ok) t = again.value;
    }
  }
  if (t.hasDate) state.date = t.localIso.slice(0, 10);
  state.lastMinutes = minutes;
  const after = body.slice(r.end).replace(/^[\s*_:|—–-]+/, '').trim();
  const entryText = rest ?? after;
  if (!labelled) {
    // `Resolved: …`, `**Detected** — …`: a short label of letters, then a colon or a dash.
    const t = entryText.replace(/^[*_\s]+/, '');
    const labelEnd = t.search(/[:：—–-]/);
    const label = labelEnd < 0 ? '' : trimEndChars(t.slice(0, labelEnd), '*_ \t');
    const m = /^[\p{L} ]{3,30}$/u.test(label) ? MILESTONE_LABELS.find(([, re]) => re.test(t)) : undefined;
    labelled = m?.[0];
  }
  const entry: TimelineEntry = {
    time: t,
    timeRange: { start: at + lead + r.start, end: at + lead + r.end },
    text: entryText,
    range,
  };
  if (labelled) entry.milestone = labelled;
  state.timeline.entries.push(entry);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The section a timeline lives in, for callers that only have the document. */
export function timelineSection(doc: ParsedDocument, config: PostmortemConfig): Section | undefined {
  return doc.sections.find((s) => fieldForHeading(s.title, config.sections) === 'timeline');
}
