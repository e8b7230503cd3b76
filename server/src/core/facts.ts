import type { List, ListItem, Nodes } from 'mdast';
import type { FieldId, OffsetRange } from './types';
import type { ParsedDocument, Segment } from './document';
import { nodeRange, nodeText } from './document';
import type { ExtractedFields, Occurrence } from './model';
import { serviceTable } from './model';
import { normalizeHeading } from './fields';
import { readDuration, readRatio, readCount, readPercent, readTimestamp, findRatios, findCounts, findWordCounts, findPercents, type Duration, type Timestamp } from './readers/index';
import { PACKS, packWords } from './lang/index';
import { trimEndChars } from './text';
import { ownString, type ReuseKind } from './incremental';

/** A typed value read from one occurrence, with the range of the expression. */
export interface Stated<T> {
  /** The value. */
  value: T;
  /** Range of the expression in the document. */
  range: OffsetRange;
  /** Where it was stated. */
  occurrence: Occurrence;
}

/** Servers restored out of a total, or not applicable. */
export interface ServersValue {
  /** Servers restored. */
  restored?: number;
  /** Servers in all. */
  total?: number;
  /** A percentage stated with the counts. */
  percent?: number | null;
  /** True for `N/A`. */
  na?: boolean;
  /** The reason given with `N/A`. */
  reason?: string;
}

/** User counts stated with the impact. */
export interface UsersValue {
  /** Users affected. */
  affected?: number;
  /** Users in all. */
  total?: number;
  /** A percentage stated. */
  percent?: number | null;
  /** Range of the percentage when stated separately. */
  percentRange?: OffsetRange;
}

/** A service name with where it is written. */
export interface ServiceName {
  /** The name, without any explanation after it. */
  name: string;
  /** Range of the name. */
  range: OffsetRange;
}

/** The four milestones of SPEC section 4. */
export type MilestoneId = 'started' | 'detected' | 'mitigated' | 'resolved';

/** Milestone ids in the order they must happen. */
export const MILESTONES: readonly MilestoneId[] = ['started', 'detected', 'mitigated', 'resolved'];

/**
 * Other front matter keys teams give the milestones (`incident_start`, `incident_end`,
 * `started_at`, `ended_at`), read when the milestone's own key is absent. (`detected_by` is not
 * taken for a typo of `detected_at`: the key typo check leaves a key whose one differing word is
 * another word.)
 */
export const MILESTONE_KEY_SYNONYMS: Readonly<Record<MilestoneId, readonly string[]>> = {
  started: ['incident_start', 'start_time', 'impact_start', 'start', 'started_at'],
  detected: ['detection_time', 'detected_at'],
  mitigated: ['mitigation_time', 'mitigated_at'],
  resolved: ['incident_end', 'end_time', 'impact_end', 'end', 'resolved_at', 'ended_at'],
};

/** Typed facts read from a document. */
export interface Facts {
  /** Durations stated, front matter first. */
  durations: Stated<Duration>[];
  /** Occurrences of `duration` that could not be read. */
  unreadableDurations: Occurrence[];
  /** Milestones from the front matter. */
  milestones: Partial<Record<MilestoneId, Stated<Timestamp>>>;
  /** Milestone values that could not be read. */
  unreadableMilestones: Array<{ id: MilestoneId; range: OffsetRange; text: string }>;
  /** Service lists, one per occurrence. */
  /** `none`: the value says no service was hit (`Affected services: none`, `없음`), so it names none on purpose. */
  services: Array<{ occurrence: Occurrence; names: ServiceName[]; readable: boolean; none?: boolean }>;
  /** Server counts, one per occurrence that states any. */
  servers: Stated<ServersValue>[];
  /** Occurrences of `servers_restored` that could not be read. */
  unreadableServers: Occurrence[];
  /** User counts, one per occurrence that states any. */
  users: Stated<UsersValue>[];
}

/** Replaces HTML comments by spaces so readers skip them but offsets stay. */
export function maskComments(s: string): string {
  return s.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\r\n]/g, ' '));
}

/**
 * The document text with everything that is not prose blanked out by spaces (same length, line
 * breaks kept): fenced and indented code, inline code, HTML comments, link and image
 * destinations, bare URLs, link definitions, and YAML comments in the front matter. Rules that
 * look for words (placeholders, blaming language) read this instead of the raw text.
 */
export function proseText(doc: ParsedDocument): string {
  let text = PROSE.get(doc);
  if (text === undefined) {
    const reuse = doc.reuse;
    // With a chunk cache, the prose of each segment the last lint saw is reused (incremental.ts):
    // masking reads only the segment's nodes and text, and the front matter for the first one.
    text = reuse
      ? (doc.bom ? doc.text.charAt(0) : '') + doc.segments.map((seg) => segmentProse(doc, seg)).join('')
      : maskNonProse(doc, doc.blocks.map((b) => ({ node: b.node as Nodes, base: b.base })), 0, doc.text.length);
    PROSE.set(doc, text);
  }
  return text;
}

/**
 * True when a search of the prose may be run a segment at a time and remembered: there is a chunk
 * cache, and the segments cover the prose end to end, each starting at a line start (after a BOM).
 */
export function searchBySegment(doc: ParsedDocument, prose: string): boolean {
  const segs = doc.segments;
  const first = doc.bom ? 1 : 0;
  return !!doc.reuse && segs.length > 0 && segs[0].start === first && segs[segs.length - 1].end === prose.length
    && segs.every((s, i) => (i === 0 || s.start === segs[i - 1].end) && (s.start <= first || prose.charCodeAt(s.start - 1) === 10));
}

/**
 * The results of `search` (a pure function of a text that finds things no line break is part of,
 * with offsets relative to it) over `proseText(doc)`, in order. With a chunk cache, the search of
 * each segment is remembered by its prose between lint runs (under `kind`), so an edit searches
 * only the segments it changed; segments start at line starts, so what is found is what a search
 * of the whole text finds. Where they do not, the whole text is searched.
 */
export function searchProse<T extends { index: number }>(doc: ParsedDocument, kind: string, search: (text: string) => T[]): T[] {
  const prose = proseText(doc);
  if (!searchBySegment(doc, prose)) return search(prose);
  const out: T[] = [];
  for (const seg of doc.segments) {
    const found = doc.reuse!.memo(kind, segmentProse(doc, seg), search, true);
    for (const f of found) out.push({ ...f, index: f.index + seg.start });
  }
  return out;
}

/** Several rules read the prose of one parsed document: mask it once. */
const PROSE = new WeakMap<ParsedDocument, string>();

const PROSE_OF_SEGMENT: ReuseKind<string> = { name: 'prose of a segment', move: (t) => t };

/** What the prose of a segment depends on besides its text: the front matter, for the segment it starts in. */
export function proseKey(doc: ParsedDocument, seg: Segment): string {
  const fm = doc.frontMatter;
  return fm && seg.start <= fm.range.start && fm.range.start < seg.end ? String(doc.reuse?.id(fm)) : '';
}

/** The part of `proseText` that one segment covers; reused with a chunk cache while the segment is. */
export function segmentProse(doc: ParsedDocument, seg: Segment): string {
  const mask = () => maskNonProse(doc, seg.tree.children.map((node) => ({ node: node as Nodes, base: seg.base })), seg.start, seg.end);
  // Kept as a string of its own: it is remembered with the tree and is the key of the searches of the segment (`memo`).
  return doc.reuse ? doc.reuse.get(PROSE_OF_SEGMENT, seg.tree, seg.start, proseKey(doc, seg), () => ownString(mask())) : mask();
}

/** `doc.text` from `from` to `to`, with what is not prose under `roots` (and in front matter that starts there) blanked out. */
function maskNonProse(doc: ParsedDocument, roots: ReadonlyArray<{ node: Nodes; base: number }>, from: number, to: number): string {
  const spans: OffsetRange[] = [];
  // An explicit stack, not recursion: a 5,000-deep quote must not overflow the call stack.
  const stack: Array<{ node: Nodes; base: number }> = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const { node, base } = stack.pop()!;
    const r = nodeRange(node, base);
    let descend = true;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'definition':
      case 'image':
        spans.push(r);
        descend = false;
        break;
      case 'html':
        for (const m of doc.text.slice(r.start, r.end).matchAll(/<!--[\s\S]*?(?:-->|$)/g)) spans.push({ start: r.start + m.index, end: r.start + m.index + m[0].length });
        descend = false;
        break;
      case 'link': {
        // `[text](url)`: the text is prose, the destination is not; an autolink or a bare URL is all destination.
        const last = node.children[node.children.length - 1];
        if (doc.text.charAt(r.start) === '[' && last?.position) spans.push({ start: nodeRange(last, base).end, end: r.end });
        else if (doc.text.charAt(r.start) !== '[') {
          spans.push(r);
          descend = false;
        }
        break;
      }
      default:
        break;
    }
    if (descend && 'children' in node) for (const c of node.children as Nodes[]) stack.push({ node: c, base });
  }
  const fm = doc.frontMatter;
  if (fm && fm.range.start >= from && fm.range.start < to) {
    // A `#` that starts a YAML comment: at a line start or after a blank, and not inside a value.
    const values = [...fm.pointers.values()];
    const yaml = doc.text.slice(fm.contentStart, fm.range.end);
    for (const m of yaml.matchAll(/(?:^|[ \t])(#[^\r\n]*)/gm)) {
      const start = fm.contentStart + m.index + m[0].length - m[1].length;
      if (values.some((v) => v.start <= start && start < v.end)) continue;
      spans.push({ start, end: start + m[1].length });
    }
  }
  if (spans.length === 0) return doc.text.slice(from, to);
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const s of spans) {
    const end = Math.min(s.end, to);
    if (end <= at) continue;
    const start = Math.max(at, s.start);
    out += doc.text.slice(at, start) + doc.text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + doc.text.slice(at, to);
}

/** A value that says the field does not apply (`N/A: managed service`), in any pack's words; the rest is the reason. */
const NA = new RegExp(`^\\s*(?:${PACKS.map((p) => p.notApplicable.source).join('|')})(?=[\\s:：,;.\\-–—、。]|$)\\.?[ \\t]*[:：,;.\\-–—、]?[ \\t]*`, 'i');

/** Reads the typed facts of every occurrence. */
export function readFacts(doc: ParsedDocument, fields: ExtractedFields): Facts {
  const facts: Facts = { durations: [], unreadableDurations: [], milestones: {}, unreadableMilestones: [], services: [], servers: [], unreadableServers: [], users: [] };
  const fm = doc.frontMatter;
  const dateCtx = typeof fm?.data?.date === 'string' ? fm.data.date : undefined;

  for (const id of MILESTONES) {
    const entry = fm?.entries.find((e) => e.key === id) ?? fm?.entries.find((e) => MILESTONE_KEY_SYNONYMS[id].includes(e.key));
    if (!entry || entry.value === null || entry.value === undefined || entry.value === '') continue;
    const text = String(entry.value);
    const r = readTimestamp(text, { date: dateCtx });
    if (r.ok && r.value.hasDate) {
      facts.milestones[id] = { value: r.value, range: entry.valueRange, occurrence: undefined as unknown as Occurrence };
    } else facts.unreadableMilestones.push({ id, range: entry.valueRange, text });
  }

  for (const occ of fields.byField.get('duration') ?? []) {
    if (occ.empty || occ.placeholderOnly) continue;
    const raw = rawValue(doc, occ);
    const base = raw.base;
    // A window read from a sentence may have emphasis around its ends (prose.ts): no word, same length.
    const text = occ.surface === 'prose' ? raw.text.replace(/\*\*|__/g, '  ') : raw.text;
    // (`Duration: 02:35`, `所要: 01:58 (送信)`: a length written as hours and minutes, in a value stated as the field.)
    const r = readDuration(text);
    const clock = r.ok || occ.surface === 'prose' ? undefined : clockLength(text);
    if (r.ok) facts.durations.push({ value: r.value, range: { start: base + r.start, end: base + r.end }, occurrence: occ });
    else if (clock) facts.durations.push({ value: clock.value, range: { start: base + clock.start, end: base + clock.end }, occurrence: occ });
    // Only a value stated as the field must be readable: a heading found by its meaning may hold prose.
    // `Downtime: none. Order placement stayed up.`: no length, said on purpose.
    // (`roughly 6 to 11 hours depending on node pool`: a span of two numbers, given on purpose; `a few hours` is still no length.)
    else if (occ.match === 'exact' && !NO_LENGTH.test(text.trim()) && !numericSpan(text)) facts.unreadableDurations.push(occ);
  }

  // Names read from sentences (prose.ts `nameAt`), one per sentence: gathered into one list.
  // (A value that says none: see NONE_VALUE.)
  const fromProse: ServiceName[] = [];
  let proseOcc: Occurrence | undefined;
  for (const occ of fields.byField.get('affected_services') ?? []) {
    if (occ.empty || occ.placeholderOnly) continue;
    if (occ.match === 'cue') {
      if (!Array.isArray(occ.data)) continue;
      proseOcc ??= occ;
      for (const name of occ.data as string[]) {
        if (!fromProse.some((n) => n.name.toLowerCase() === name.toLowerCase())) fromProse.push({ name, range: occ.valueRange });
      }
      continue;
    }
    const names: { names: ServiceName[]; readable: boolean; none?: boolean } = serviceNames(doc, occ);
    // `Affected services: none`, `서비스 영향: 없음`, `なし`: no service was hit; "none" is no service's name.
    if (names.names.length === 1 && NONE_VALUE.test(names.names[0].name.trim())) {
      names.names = [];
      names.none = true;
    }
    if (occ.match === 'exact' || (names.readable && names.names.length > 0 && names.names.every((n) => n.name.length <= 40))) facts.services.push({ occurrence: occ, ...names });
  }
  if (proseOcc && fromProse.length > 0) facts.services.push({ occurrence: proseOcc, names: fromProse, readable: true });

  for (const occ of fields.byField.get('servers_restored') ?? []) {
    if (occ.empty || occ.placeholderOnly) continue;
    const s = serversOf(doc, occ);
    if (s) facts.servers.push(s);
    // A section called only `Restoration` that gives no count tells how service came back, not how
    // many servers: nothing to report as unreadable.
    else if (occ.match === 'exact' && !onlyRestoration(occ, doc)) facts.unreadableServers.push(occ);
  }
  // `servers_total` in front matter complements `servers_restored`.
  const totalEntry = fm?.entries.find((e) => e.key === 'servers_total');
  if (totalEntry) {
    const fmServers = facts.servers.find((s) => s.occurrence.surface === 'front-matter');
    const total = toNumber(totalEntry.value);
    if (fmServers && total !== undefined && fmServers.value.total === undefined && !fmServers.value.na) fmServers.value.total = total;
  }

  // `### Impact (internal)`, `### 影響(社内)` beside the customers' impact: the staff it counts (`対応職員 3名`) are not the users hit.
  const impacts = fields.byField.get('user_impact') ?? [];
  const internal = (o: Occurrence) => o.surface === 'section' && o.section !== undefined && INTERNAL_IMPACT.test(normalizeHeading(o.section.title));
  const outward = impacts.some((o) => !internal(o));
  for (const occ of impacts) {
    if (outward && internal(occ)) continue;
    const u = usersOf(doc, occ);
    if (u) facts.users.push(u);
  }
  if (fm?.data) {
    const affected = fm.entries.find((e) => e.key === 'users_affected');
    const total = fm.entries.find((e) => e.key === 'users_total');
    const a = affected ? toNumber(affected.value) : undefined;
    const t = total ? toNumber(total.value) : undefined;
    const fromKey = facts.users.find((u) => u.occurrence.surface === 'front-matter' && u.occurrence.key === 'users_affected');
    // `users_affected` was read as the field itself: `users_total` completes it.
    if (fromKey && t !== undefined) fromKey.value.total ??= t;
    if ((a !== undefined || t !== undefined) && !fromKey) {
      const occ = fields.byField.get('user_impact')?.find((o) => o.surface === 'front-matter');
      const range = affected?.valueRange ?? total!.valueRange;
      const occurrence: Occurrence = occ ?? {
        field: 'user_impact', surface: 'front-matter', match: 'exact', labelRange: (affected ?? total)!.keyRange, valueRange: range, text: '', empty: true, placeholderOnly: false, key: (affected ?? total)!.key,
      };
      const existing = facts.users.find((u) => u.occurrence === occurrence);
      if (existing) {
        existing.value.affected ??= a;
        existing.value.total ??= t;
      } else facts.users.unshift({ value: { affected: a, total: t, percent: null }, range, occurrence });
    }
  }
  // `### Summary: … two users submitted a burn request`, with no count under Impact: the summary's
  // count of people is the incident's (read as strictly as prose: a number right before the people
  // it counts). Only when nothing else states one, so it is never compared with another count.
  if (facts.users.length === 0) {
    for (const occ of fields.byField.get('summary') ?? []) {
      const u = occ.surface === 'section' ? usersOf(doc, occ) : undefined;
      if (u && u.value.affected !== undefined) {
        facts.users.push(u);
        break;
      }
    }
  }
  return facts;
}

/** The raw text of an occurrence's value with comments masked, and the offset it starts at. */
export function rawValue(doc: ParsedDocument, occ: Occurrence): { text: string; base: number } {
  if (occ.surface === 'front-matter') {
    // Quoted YAML values: read inside the quotes so ranges point at the words.
    const src = doc.text.slice(occ.valueRange.start, occ.valueRange.end);
    if (typeof occ.data === 'string' && src.includes(occ.data)) return { text: occ.data, base: occ.valueRange.start + src.indexOf(occ.data) };
    return { text: typeof occ.data === 'string' ? occ.data : src, base: occ.valueRange.start };
  }
  return { text: maskComments(doc.text.slice(occ.valueRange.start, occ.valueRange.end)), base: occ.valueRange.start };
}

function toNumber(v: unknown): number | undefined {
  // A negative, NaN or infinite count is no count (invalid-value reports it where it is written).
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (typeof v === 'string' && !/^\s*[-\u2212]/.test(v)) {
    const r = readCount(v);
    if (r.ok) return r.value;
  }
  return undefined;
}

/** A list item YAML read as a mapping of one key to a string or number (`a (b: c)`): the text as written, `a (b: c)`. */
function oneKeyItem(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const entries = Object.entries(item as Record<string, unknown>);
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0];
  return typeof value === 'string' || typeof value === 'number' ? `${key}: ${value}` : undefined;
}

function serviceNames(doc: ParsedDocument, occ: Occurrence): { names: ServiceName[]; readable: boolean } {
  // Front matter, and a table keyed by service (model.ts `serviceTable`): the occurrence carries its list.
  if (occ.surface === 'front-matter' || (occ.surface === 'table-row' && Array.isArray(occ.data))) {
    const names: ServiceName[] = [];
    const data = occ.data;
    const src = doc.text.slice(occ.valueRange.start, occ.valueRange.end);
    const list = Array.isArray(data) ? data : typeof data === 'string' ? data.split(/[,、]/) : null;
    if (!list) return { names, readable: false };
    let cursor = 0;
    for (const raw of list) {
      // `- billing-docs (S3: fl-carrier-invoices-prod)`: YAML reads a colon and a space as a key and its
      // value; an item of one key and a plain value is the name as written.
      const item = oneKeyItem(raw) ?? raw;
      if (typeof item !== 'string' && typeof item !== 'number') return { names, readable: false };
      const name = String(item).trim();
      if (!name) continue;
      const at = src.indexOf(name, cursor);
      const start = occ.valueRange.start + (at < 0 ? 0 : at);
      if (at >= 0) cursor = at + name.length;
      names.push({ name, range: { start, end: at < 0 ? occ.valueRange.end : start + name.length } });
    }
    return { names, readable: true };
  }
  if (occ.surface === 'section' && occ.section) {
    const names: ServiceName[] = [];
    const body = occ.section.body;
    if (body.some((b) => b.node.type === 'list')) {
      for (const [i, b] of body.entries()) {
        if (b.node.type !== 'list') continue;
        // A list under a label that says its services were not hit (`**Cached (not affected):**`).
        const label = i > 0 && body[i - 1].node.type === 'paragraph' ? nodeText(body[i - 1].node as Nodes) : '';
        if (label && UNAFFECTED_GROUP.test(label)) continue;
        for (const item of (b.node as List).children as ListItem[]) {
          const first = item.children[0] as Nodes | undefined;
          if (!first || first.type !== 'paragraph') continue;
          const r = nodeRange(first, b.base);
          const src = doc.text.slice(r.start, r.end);
          const spans = codeSpanNames(src.slice(0, nameEnd(src)));
          if (spans) {
            for (const c of spans) names.push({ name: c.name, range: { start: r.start + c.offset, end: r.start + c.offset + c.name.length } });
            continue;
          }
          const n = splitName(src);
          if (n) names.push({ name: n.name, range: { start: r.start + n.offset, end: r.start + n.offset + n.name.length } });
        }
      }
      return { names, readable: true };
    }
    const table = serviceTable(doc, occ.section, true);
    if (table) return { names: table.names, readable: true };
    const para = occ.section.body.find((b) => b.node.type === 'paragraph');
    if (para) return { names: commaNames(doc, para.start, doc.text.slice(para.start, para.end).split(/\r?\n/)[0]), readable: true };
    return { names, readable: false };
  }
  return { names: commaNames(doc, occ.valueRange.start, doc.text.slice(occ.valueRange.start, occ.valueRange.end)), readable: true };
}

/** A label over a group of services that were not hit: `Cached, long TTL (not affected):`, `영향 없음:`, `影響なし:`. */
const UNAFFECTED_GROUP = new RegExp(packWords('unaffected'), 'i');

/**
 * Names written as code, joined (`` `checkout-api` and `payments-api` ``, `` `a`, `b` ``): each
 * one. Undefined unless the text is nothing but two or more code spans and joining words.
 */
function codeSpanNames(text: string): Array<{ name: string; offset: number }> | undefined {
  if (!CODE_SPAN_LIST.test(text.trimEnd())) return undefined;
  const out: Array<{ name: string; offset: number }> = [];
  for (const m of text.matchAll(/`([^`\n]+)`/g)) out.push({ name: m[1], offset: m.index + 1 });
  return out.length >= 2 ? out : undefined;
}
const CODE_SPAN_LIST = /^`[^`\n]+`(?:[ \t]*(?:,|、|&|\/|and|및|と)[ \t]*(?:and[ \t]+)?`[^`\n]+`)+$/;

function commaNames(_doc: ParsedDocument, base: number, line: string): ServiceName[] {
  const out: ServiceName[] = [];
  const re = /[^,、;]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    // `라이브 방송 내 구매(live-checkout), 일반 상품 상세의 바로구매는 영향 없음`: a part that says it was not hit names no affected service.
    // (Not a note in parentheses: `検査結果表示(…病理は別経路のため影響なし)` names the one that was hit.)
    if (UNAFFECTED_GROUP.test(m[0].replace(/\([^()]*\)|（[^（）]*）|\([^()]*$|（[^（）]*$/g, ''))) continue;
    const n = splitName(m[0]);
    if (n) out.push({ name: n.name, range: { start: base + m.index + n.offset, end: base + m.index + n.offset + n.name.length } });
  }
  return out;
}

/** The name part of `KakaoTalk (messaging) — down 10 h`: markup and explanations removed. */
function splitName(src: string): { name: string; offset: number } | undefined {
  const cut = nameEnd(src);
  let part = src.slice(0, cut);
  let offset = 0;
  const lead = /^[\s*_`[]+/.exec(part)?.[0].length ?? 0;
  offset += lead;
  part = trimEndChars(part.slice(lead), ' \t\r\n*_`].');
  // A link's text without its destination: `[KakaoTalk](https://…` → `KakaoTalk`.
  const link = part.lastIndexOf('](');
  if (link >= 0 && !part.includes(')', link)) part = part.slice(0, link);
  if (!part || part.length > 80) return undefined;
  return { name: part, offset };
}

/**
 * Where the explanation after a name starts: ` (`, ` — `, `: `, `<br`, `<!--`, `. ` or a line
 * break. A scan rather than one alternation with `\s+`, which backtracks quadratically on long runs of blanks.
 */
function nameEnd(src: string): number {
  const blankBefore = (i: number) => {
    let j = i;
    while (j > 0 && /\s/.test(src.charAt(j - 1))) j--;
    return j;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    const next = src.charAt(i + 1);
    if (c === '\n' || (c === '\r' && next === '\n')) return i;
    if ((c === ':' || c === '.') && /\s/.test(next)) return i;
    if (c === '<' && (src.startsWith('<br', i) || src.startsWith('<!--', i))) return blankBefore(i);
    if (c === '(' && i > 0 && /\s/.test(src.charAt(i - 1))) return blankBefore(i);
    if ((c === '—' || c === '–' || c === '-') && i > 0 && /\s/.test(src.charAt(i - 1)) && /\s/.test(next)) return blankBefore(i);
  }
  return src.length;
}


function serversOf(doc: ParsedDocument, occ: Occurrence): Stated<ServersValue> | undefined {
  if (occ.surface === 'front-matter' && occ.data && typeof occ.data === 'object' && !Array.isArray(occ.data)) {
    const d = occ.data as Record<string, unknown>;
    const restored = toNumber(d.restored);
    const total = toNumber(d.total);
    if (restored === undefined && total === undefined) return undefined;
    return { value: { restored, total, percent: null }, range: occ.valueRange, occurrence: occ };
  }
  if (occ.surface === 'front-matter' && typeof occ.data === 'number') {
    return { value: { restored: occ.data, percent: null }, range: occ.valueRange, occurrence: occ };
  }
  const { text, base } = rawValue(doc, occ);
  const na = NA.exec(text);
  if (na) {
    // The reason is the rest of the paragraph that says N/A.
    const rest = text.slice(na[0].length);
    const para = rest.split(/\r?\n[ \t]*\r?\n/)[0];
    const reason = para.trim();
    return { value: { na: true, reason }, range: { start: base + na.index, end: base + na[0].length + para.trimEnd().length }, occurrence: occ };
  }
  // A value stated as the field is read whole; elsewhere a ratio must count servers (`12 of 32 nodes`).
  const r = occ.match === 'exact' ? readRatio(text) : firstOk(findRatios(text).filter((x) => SERVER_NOUN.test(text.slice(x.end, x.end + 30))));
  if (r.ok) {
    return { value: { restored: r.value.part, total: r.value.whole, percent: r.value.percent }, range: { start: base + r.start, end: base + r.end }, occurrence: occ };
  }
  // `both nodes were fully operational`: two of two, said with a word.
  const both = occ.match === 'exact' ? null : BOTH_SERVERS.exec(text);
  if (both) {
    const rest = text.slice(both.index + both[0].length, both.index + both[0].length + 60).split(/[.!?\n]/)[0] ?? '';
    if (BACK_IN_SERVICE.test(rest)) return { value: { restored: 2, total: 2, percent: null }, range: { start: base + both.index, end: base + both.index + both[0].length }, occurrence: occ };
  }
  // `**01:13 UTC:** Node has restored and regained healthy status`: a sentence about the one machine, back.
  const one = occ.match === 'exact' ? null : ONE_SERVER_BACK.exec(text);
  if (one) return { value: { restored: 1, total: 1, percent: null }, range: { start: base + one.index + one[0].length - one[1].length, end: base + one.index + one[0].length }, occurrence: occ };
  return undefined;
}

/**
 * A sentence that opens with the one machine (after a list mark and a bold time, maybe) and says it is
 * back: `Node has restored`, `The affected server was recovered`. Not `the last node …` or `one node …`,
 * one of several.
 */
const ONE_SERVER_BACK = /^[ \t>*+-]*(?:\*\*[^*\n]{1,30}\*\*[ \t]*)?((?:[Tt]he[ \t](?:affected[ \t])?)?(?:[Nn]ode|[Ss]erver|[Hh]ost|[Mm]achine)[ \t](?:has[ \t](?:been[ \t])?|had[ \t](?:been[ \t])?|was[ \t]|is[ \t](?:now[ \t])?)?(?:restored|recovered|back[ \t](?:online|up)))\b/;

/** `both nodes`, `both of our servers`: two hosts, named as a pair. */
const BOTH_SERVERS = /\bboth (?:of (?:my|our|the) )?(?:[\w-]{1,20} )?(?:servers|hosts|nodes|machines|instances)\b/i;
/** After them, that they were back in service. */
const BACK_IN_SERVICE = /\b(?:operational|back online|back up|online|running|restored|recovered|healthy)\b/i;

const SERVER_NOUN = new RegExp(String.raw`^\s?(?:${packWords('serverCounter')}|(?:[\w-]{1,20}\s){0,2}\s?(?:${packWords('serverNoun')}))`, 'i');

function firstOk<T>(found: Array<{ value: T; start: number; end: number }>): { ok: true; value: T; start: number; end: number } | { ok: false } {
  const f = found[0];
  return f ? { ok: true, value: f.value, start: f.start, end: f.end } : { ok: false };
}

/**
 * A length written as a clock reading at the start of a duration's value (`02:35`, `1:52`, `08:22 (0536–1358 UTC)`,
 * `01:58 (送信) + …`): hours and minutes (and seconds), not a time of day, since the value is a length.
 * Not when a range follows (`14:50–19:00`: that is a window, read as one).
 */
export function clockLength(text: string): { start: number; end: number; value: Duration } | undefined {
  const m = /^([ \t]*)(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:])/.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  // (`02:35 UTC`, `08:22 pm`: a time of day; `02:35 hrs` is still a length.)
  if (/^[ \t]{0,2}(?:[-–—~〜～]|to\b|until\b)/i.test(rest) || /^[ \t]?(?:am\b|pm\b|a\.m\.|p\.m\.)/i.test(rest) || /^[ \t]?[A-Z]{2,4}\b/.test(rest)) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + (m[4] ? Number(m[4]) / 60 : 0);
  if (minutes <= 0) return undefined;
  return { start: m[1].length, end: m[0].length, value: { minutes, approximate: false, kind: 'span' } };
}

/** An impact heading qualified as the impact inside the organisation (the packs' `internalWord`). */
const INTERNAL_IMPACT = new RegExp(packWords('internalWord'), 'i');

/** A people noun right after a number word (`two users`, `three affected customers`). */
const PEOPLE_RIGHT_AFTER = /^[ \t](?:[a-z-]{2,20}[ \t])?(?:users|customers|clients|accounts|people|members|subscribers|players|merchants|visitors|students|developers|tenants|organi[sz]ations)\b/i;

/** A people noun or counter inside a ratio. */
const PEOPLE_INSIDE = new RegExp(String.raw`\b(?:users?|customers?|clients?|accounts?|people|members?|subscribers?|players?|visitors?)\b|${packWords('peopleCounter')}`, 'i');
/** A count that ends in a counter of people (`1,200명`, `300人`). */
const PEOPLE_COUNTER_END = new RegExp(`(?:${packWords('peopleCounter')})$`);
/** A counter of things right after a count, or one that ends it: not people. */
const THING_AFTER = new RegExp(`^\\/\\d|^[ \\t]?(?:${packWords('thingCounterAfter')})`);
const THING_END = new RegExp(`(?:${packWords('thingCounterEnd')})$`);
/** A number with a counter of things after it (`61곳`, `3件`). */
const THING_COUNTED = packWords('thingCounterAfter') ? new RegExp(`\\d[ \\t]?(?:${packWords('thingCounterAfter')})`) : /(?!)/;

/** The count ending at `end` counts people: a counter (`명`, `人`) or a people noun within the next words (`1,200 active accounts`). */
function countsPeople(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return PACKS.some((p) => p.cues.people.test(after));
}

function usersOf(doc: ParsedDocument, occ: Occurrence): Stated<UsersValue> | undefined {
  if (occ.empty || occ.placeholderOnly) return undefined;
  if (occ.surface === 'front-matter' && occ.key === 'users_affected') {
    const a = toNumber(occ.data);
    return a === undefined ? undefined : { value: { affected: a, percent: null }, range: occ.valueRange, occurrence: occ };
  }
  const { text, base } = rawValue(doc, occ);
  // A value that is little more than the number (`users affected: 1,200`) is read whole. In longer
  // text only numbers that count people are users: never an HTTP status, a request count or a
  // figure of another kind (`500 errors for 3% of requests`).
  const whole = occ.surface === 'front-matter' || text.trim().length <= 30;
  // A ratio counts people when its own words say so (`45.6 million of 52 million people`, `5,200만 명 중 4,560만 명`) or the words after it do.
  // `7/11 DAU`: a month and a day, not 7 of 11 (unless its own words say people).
  const aDate = (x: { start: number; end: number }) => /^(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])$/.test(text.slice(x.start, x.end).trim());
  // (`| 영향 병원 | 61곳 / 140곳 |`: a ratio of things counted with a counter for them, not of people.)
  const r = whole ? (THING_COUNTED.test(text) ? { ok: false as const } : readRatio(text)) : firstOk(findRatios(text).filter((x) => !aDate(x) && (countsPeople(text, x.end) || PEOPLE_INSIDE.test(text.slice(x.start, x.end)))));
  if (r.ok) return { value: { affected: r.value.part, total: r.value.whole, percent: r.value.percent }, range: { start: base + r.start, end: base + r.end }, occurrence: occ };
  const p = whole ? readPercent(text) : firstOk(findPercents(text).filter((x) => countsPeople(text, x.end) || /^\s{0,2}of (?:(?:the|our|all) )?(?:users|customers|clients|accounts|people|members|subscribers|players|requests? from users)/i.test(text.slice(x.end, x.end + 40))));
  // Not a part of a date (`7/11 DAU`), nor a count of things (`다이아 500개`, `3,000件`).
  // Nor the number of a heading (`### 2.2 고객 영향`).
  // Nor a load figure (`최대 동시 접속자 | 약 18,400명`), nor the whole a later count is part of (`3,912명 중 … 3,604명`),
  // nor a part that did something else (`참가자 중 기권 86명`).
  const lineBefore = (x: { start: number }) => {
    const w = text.slice(Math.max(0, x.start - 40), x.start);
    return w.slice(w.lastIndexOf('\n') + 1);
  };
  const loadOrWhole = (x: { start: number; end: number }) => PACKS.some((pk) => pk.cues.loadBefore.test(lineBefore(x)) || pk.cues.partBefore.test(lineBefore(x)) || pk.cues.wholeAfter.test(text.slice(x.end, x.end + 6)));
  const notPeople = (x: { start: number; end: number }) => loadOrWhole(x) || /(?:^|\n)[ \t]{0,3}#{1,6}[ \t]+$/.test(text.slice(Math.max(0, x.start - 12), x.start)) || THING_AFTER.test(text.slice(x.end, x.end + 4)) || THING_END.test(text.slice(x.start, x.end)) || /\d\/$/.test(text.slice(Math.max(0, x.start - 3), x.start));
  const cw = whole ? findCounts(text)[0] : undefined;
  const c = whole ? (cw && notPeople(cw) ? { ok: false as const } : readCount(text)) : firstOk(findCounts(text).filter((x) => !notPeople(x) && (countsPeople(text, x.end) || PEOPLE_COUNTER_END.test(text.slice(x.start, x.end)))));
  // `two users submitted a burn request`: a number word right before the people it counts.
  const cWord = c.ok || p.ok ? undefined : findWordCounts(text).find((x) => PEOPLE_RIGHT_AFTER.test(text.slice(x.end, x.end + 40)));
  if (cWord) return { value: { affected: cWord.value, percent: null }, range: { start: base + cWord.start, end: base + cWord.end }, occurrence: occ };
  if (c.ok) {
    return { value: { affected: c.value, percent: p.ok ? p.value : null, percentRange: p.ok ? { start: base + p.start, end: base + p.end } : undefined }, range: { start: base + c.start, end: base + c.end }, occurrence: occ };
  }
  if (p.ok) return { value: { percent: p.value, percentRange: { start: base + p.start, end: base + p.end } }, range: { start: base + p.start, end: base + p.end }, occurrence: occ };
  return undefined;
}

/** The plain text of a list item's first paragraph (for tests and hover). */
export function firstParagraphText(item: ListItem): string {
  const p = item.children[0];
  return p ? nodeText(p as Nodes) : '';
}

/** Fields whose typed value the schema checks. */
export const TYPED_FIELDS: readonly FieldId[] = ['duration', 'affected_services', 'servers_restored', 'user_impact'];

/**
 * A section called only `Restoration`: without a count in it, it tells how service came back, not
 * how many servers did, and there is no servers value to call unreadable.
 */
export function onlyRestoration(occ: Occurrence, doc?: ParsedDocument): boolean {
  if (occ.surface === 'section') return /^restoration$/i.test((occ.section?.title ?? '').trim());
  // `**Restoration.** Scaling tax-engine to 24 pods …`: a labelled paragraph that tells how.
  return doc !== undefined && occ.surface !== 'front-matter' && /^[\s*_-]*restoration[\s*_.:：]*$/i.test(doc.text.slice(occ.labelRange.start, occ.labelRange.end));
}

/** A duration value that says there was none: `none`, `no downtime`, `N/A`, `0`, `없음`, `なし`. */
const NO_LENGTH = new RegExp(String.raw`^(?:[*_]{0,2})(?:0|${packWords('noLength')})(?![\p{L}\d])`, 'iu');

/** A length given as a span of two numbers (`6 to 11 hours`, `2〜3時間`): the packs' vague lengths that have two numbers. */
function numericSpan(text: string): boolean {
  return PACKS.some((p) => {
    const m = p.cues.vagueLength.exec(text);
    return m !== null && /\d\D{1,6}\d/.test(m[0]);
  });
}

/** A value that says nothing was hit, in any pack's words (`none`, `N/A`, `없음`, `해당 없음`, `なし`, `該当なし`). */
const NONE_VALUE = new RegExp(`^(?:nothing|no[ \\t]services?|${PACKS.map((p) => p.notApplicable.source).join('|')}|${packWords('noLength')})[.。]?$`, 'i');
