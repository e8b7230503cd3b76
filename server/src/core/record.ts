/**
 * The incident record of one postmortem: the facts `lint()` already read, put in the flat shape
 * that `postmortem report`, CSV, JSON Lines and dashboards use (schemas/incident-record.schema.json).
 * Pure: it reads a `LintResult` and never parses the text again, except the rows of the action
 * items section, which the lint only checks and does not keep.
 */
import type { List, ListItem, Nodes, Table, TableRow } from 'mdast';
import type { LintResult } from './lint';
import type { Block, ParsedDocument, Section } from './document';
import { nodeRange, nodeText } from './document';
import { findDates, monthNumber } from './readers/index';
import { DONE_SECTION, IMPERATIVE_START, isDone, isDoneLead, isDoneStatus, RELATIVE_END, saysDone } from './action-done';
import { matchHeading, normalizeHeading } from './fields';
import { packWords, PACKS } from './lang/index';
import { internalPartStart, isPublicNotice } from './audience';
// (A cycle: `rules/action-item.ts` reads this module's tables. Both use each other's bindings only inside functions.)
import { ownerNameOf } from './rules/action-item';
import type { ExtractedFields, Occurrence } from './model';
import type { OffsetRange } from './types';

/** One follow-up of a postmortem. */
export interface ActionItem {
  /** What is to be done (the first line of the item, or the table's action cell). */
  text: string;
  /** Who owns it, when the item says. */
  owner: string | null;
  /** Due date `YYYY-MM-DD`, when the item says. */
  due: string | null;
  /**
   * A due date said relative to when the document was written (`next sprint`, `1Q`), as written, and
   * the last day it can mean (`dueLatest`): some weeks after the document's date for a sprint, the
   * later of the calendar and the April fiscal quarter for a quarter given by number alone.
   */
  dueWords?: string;
  dueLatest?: string;
  /** The document's date that `dueWords` counts from. */
  dueFrom?: string;
  /** The day the states of the item's table were written, from its header (`| 12/3 時点 |`, `| Status (as of 2025-06-01) |`). */
  asOf?: string;
  /** True for a checked box (`- [x]`) or a done/closed status. */
  done: boolean;
  /** The issue or ticket that tracks it: a URL or a ticket key, when the item has one. */
  link: string | null;
  /**
   * True when the document is not where the item's state is kept: it links its ticket and states
   * none, the document says where its items are tracked, or it is a commitment in a notice to
   * customers. Such an item is not called overdue (`action-item-overdue` and the report agree).
   */
  stateElsewhere?: boolean;
}

/** The record of one incident. Times are ISO 8601; minutes are whole or fractional minutes. */
export interface IncidentRecord {
  /** Front matter `id`, else the file name without `.md`. */
  id: string;
  /** Path relative to where the report was run, with `/`. */
  path: string;
  /** Front matter `title`, else the first heading. */
  title: string | null;
  /** The kind of incident (front matter, inferred, or the default). */
  kind: string | null;
  /** Severity label as written. */
  severity: string | null;
  /** Review status as written. */
  status: string | null;
  /** `YYYY-MM-DD` the incident started: `started`, else the front matter `date`. */
  date: string | null;
  /** The four milestones, as UTC instants when their zone is known, else as written. */
  started: string | null;
  detected: string | null;
  mitigated: string | null;
  resolved: string | null;
  /** Time to detect: detected − started. */
  ttdMinutes: number | null;
  /** Time to mitigate: mitigated − started. */
  ttmMinutes: number | null;
  /** Time to resolve: resolved − started, else the duration the document states. */
  ttrMinutes: number | null;
  /** Affected services, as named. */
  services: string[];
  /** Users affected, when counted. */
  usersAffected: number | null;
  /** Users in all, when stated. */
  usersTotal: number | null;
  /** Servers lost (the total of `servers_restored`), when stated. */
  serversLost: number | null;
  /** Servers restored, when stated. */
  serversRestored: number | null;
  /** What set the incident off (front matter `trigger`). */
  trigger: string | null;
  /** The category of its root cause (front matter `cause_category`). */
  causeCategory: string | null;
  /** Follow-ups. */
  actionItems: ActionItem[];
  /** Related incidents: front matter `related` (ids or paths). */
  related: string[];
}

/**
 * The default vocabulary of `trigger` and `cause_category`, from common practice (the SRE
 * workbook's trigger categories). Any other value is accepted; a team narrows or extends the
 * list with an `enum` in its team schema.
 */
export const DEFAULT_TRIGGERS: readonly string[] = ['binary push', 'configuration push', 'dependency', 'capacity', 'hardware', 'power', 'network', 'security'];

/** The record of a linted document; `path` is the file's path, used for the id when the front matter has none. */
export function incidentRecord(result: LintResult, path: string): IncidentRecord {
  const data = result.model?.data ?? {};
  const fm = result.doc?.frontMatter?.data ?? {};
  const facts = result.facts;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);
  const ms = (id: 'started' | 'detected' | 'mitigated' | 'resolved') => facts?.milestones[id]?.value;
  const iso = (id: 'started' | 'detected' | 'mitigated' | 'resolved'): string | null => {
    const t = ms(id);
    if (!t) return null;
    return t.epochMs !== null ? new Date(t.epochMs).toISOString() : t.localIso;
  };
  const since = (id: 'detected' | 'mitigated' | 'resolved'): number | null => {
    const a = ms('started')?.epochMs;
    const b = ms(id)?.epochMs;
    return a != null && b != null && b >= a ? round((b - a) / 60000) : null;
  };
  const stated = facts?.durations.find((d) => d.occurrence.surface !== 'timeline') ?? facts?.durations[0];
  const svc = Array.isArray(data.affected_services) ? (data.affected_services as unknown[]).filter((s): s is string => typeof s === 'string') : [];
  const users = facts?.users.find((u) => u.value.affected !== undefined);
  const servers = facts?.servers.find((s) => !s.value.na && (s.value.restored !== undefined || s.value.total !== undefined));
  const started = ms('started');
  const dateText = str(fm.date);
  const startDay = started && /^\d{4}-\d{2}-\d{2}/.test(started.localIso) ? (started.epochMs !== null ? new Date(started.epochMs).toISOString() : started.localIso).slice(0, 10) : null;
  const date = realDay(startDay) ?? realDay(dateText?.slice(0, 10) ?? null);
  const fileId = path.replace(/\\/g, '/').split('/').pop()!.replace(/\.(md|markdown)$/i, '');
  const title = str(data.title) ?? (result.doc?.sections.find((s) => s.depth === 1)?.title.trim() || null);
  const related = Array.isArray(fm.related) ? fm.related.map(str).filter((s): s is string => s !== null) : str(fm.related) ? [str(fm.related)!] : [];
  return {
    id: str(fm.id) ?? fileId,
    path,
    title,
    kind: result.kind?.kind ?? null,
    severity: str(data.severity),
    status: str(data.status),
    date,
    started: iso('started'),
    detected: iso('detected'),
    mitigated: iso('mitigated'),
    resolved: iso('resolved'),
    ttdMinutes: since('detected'),
    ttmMinutes: since('mitigated'),
    ttrMinutes: since('resolved') ?? (stated ? round(stated.value.minutes) : null),
    services: svc,
    usersAffected: users?.value.affected ?? null,
    usersTotal: users?.value.total ?? null,
    serversLost: servers?.value.total ?? null,
    serversRestored: servers?.value.restored ?? null,
    trigger: str(fm.trigger),
    causeCategory: str(fm.cause_category),
    actionItems: result.doc && result.fields ? recordedItems(result.doc, result.fields) : [],
    related,
  };
}

/** An item of a record that is late on `today`: open, due before it, and its state kept in the document. One definition for the report, its CSV and the editor's incident list. */
export function isLate(a: ActionItem, today: string): boolean {
  const due = a.due ?? a.dueLatest ?? null;
  return !a.done && due !== null && due < today && a.stateElsewhere !== true;
}

/**
 * The action items of a document, each marked when the document does not keep its state (it links
 * its ticket and states none, the document says where items are tracked, or it is a commitment in a
 * notice to customers, before any internal part): what `action-item-overdue` reports and the
 * record keeps, with `isLate` deciding for both.
 */
export function itemsWithState(doc: ParsedDocument, fields: ExtractedFields): Array<PlacedActionItem & { stateElsewhere?: boolean }> {
  const from = internalPartStart(doc);
  const notice = from === undefined && isPublicNotice(doc);
  const items = actionItemsOf(doc, fields);
  const doneLater = doneInFollowUp(doc, items);
  const movedLater = movedByNoteAfter(doc, items);
  // (`| 2 | Add scheduled tasks to the freeze | LMS team | 20 May 2024 | Open |` in a review for students: a
  // notice that gives each item's state in a status column keeps it.)
  const statusTables = notice ? doc.blocks.filter((b) => b.node.type === 'table' && ((b.node as Table).children[0]?.children ?? []).some((c) => ACTION_COLUMNS.status.test(nodeText(c).trim()))) : [];
  const stateKept = (a: PlacedActionItem) => statusTables.some((b) => b.start <= a.range.start && a.range.start < b.end);
  return items.map((a, i) => {
    if (a.statusElsewhere === true || (notice && !stateKept(a)) || (from !== undefined && a.range.start < from)) return { ...a, stateElsewhere: true };
    if (doneLater.has(i)) return { ...a, done: true };
    if (movedLater.has(i)) return { ...a, due: null };
    // `| 2026/03 | 対応中(2026 年度へ延期) |`: the date beside the item was moved to a later one it gives in words.
    // (`보류 — 4번·5번 완료 후 재판단`: on hold until it is looked at again, no longer aimed at that date.)
    const row = a.due !== null && !a.done ? doc.text.slice(a.range.start, a.range.end) : '';
    if (row !== '' && (POSTPONED.test(row) || onHoldUntilRevisited(row))) return { ...a, due: null };
    return a;
  });
}

/**
 * `#6 は … 22 テナント分が反映済み(11月末時点)。残りは 2027年3月の年度更新で対応する。` in the paragraph
 * right under the table: a note on a row by its number (`#6`, `No. 6`, the row's first cell) that
 * gives a later month than the row's due date moves the item there; the date in the row is no
 * longer its deadline.
 */
function movedByNoteAfter(doc: ParsedDocument, items: readonly PlacedActionItem[]): Set<number> {
  const out = new Set<number>();
  doc.blocks.forEach((b, k) => {
    const next = doc.blocks[k + 1];
    if (b.node.type !== 'table' || next?.node.type !== 'paragraph') return;
    const note = doc.text.slice(next.start, next.end);
    for (const m of note.matchAll(ROW_REFERENCE)) {
      const i = items.findIndex((a) => a.due !== null && !a.done && b.start <= a.range.start && a.range.start < b.end && ROW_NUMBER.exec(doc.text.slice(a.range.start, a.range.end))?.[1] === m[1]);
      if (i < 0) continue;
      const sentence = note.slice(m.index).split(/[。.!?！？](?:[ \t]|$)/, 2).slice(0, 2).join(' ');
      const months = [...sentence.matchAll(YEAR_MONTHS)].map((y) => (y[1] ? `${y[1]}-${y[2].padStart(2, '0')}` : `${y[4]}-${String(monthNumber(y[3]) ?? 0).padStart(2, '0')}`));
      if (months.some((ym) => ym > items[i].due!.slice(0, 7))) out.add(i);
    }
  });
  return out;
}
/** `#6`, `No. 6` in a note. */
const ROW_REFERENCE = /(?:#|\bNo\.?[ \t]?)(\d{1,2})(?!\d)/g;
/** The number a table row starts with (`| 6 |`, `| #6 |`). */
const ROW_NUMBER = /^[ \t]*\|?[ \t]*#?(\d{1,2})[ \t]*\|/;
/** Moved to a later time (the packs' `postponedWord`). */
const POSTPONED = new RegExp(packWords('postponedWord'), 'i');
/**
 * On hold, with when it is looked at again (`보류 (하반기 재검토)`, `on hold, revisit in Q1`; the packs'
 * `onHoldWord`, `revisitWord`): the `action-item` rule takes that as the item's next date, and the
 * date written beside it is no longer its deadline.
 */
export function onHoldUntilRevisited(text: string): boolean {
  return ON_HOLD.test(text) && REVISIT.test(text);
}
const ON_HOLD = new RegExp(packWords('onHoldWord'), 'i');
const REVISIT = new RegExp(packWords('revisitWord'), 'i');

/** Headings of notes added later on how the items went (the packs' `followUpSection`). */
const FOLLOW_UP_SECTION = new RegExp(packWords('followUpSection'), 'i');

/**
 * The items that a note added after them says are done: `## 6. 후속 확인 (2025-07-10 추가)` below the
 * table, `- 만료 알림 3/20 적용 완료` in it. A note is a line of a section with a follow-up heading that
 * comes after the items and holds none of them; it says it is done (`saysDone`) and shares at least
 * two words (in Korean and Japanese, two pairs of letters) with one item more than with any other.
 */
function doneInFollowUp(doc: ParsedDocument, items: readonly PlacedActionItem[]): Set<number> {
  const done = new Set<number>();
  if (items.length === 0) return done;
  const lastItem = Math.max(...items.map((a) => a.range.start));
  const notes: string[][] = doc.sections
    .filter((s) => s.headingRange.start > lastItem && FOLLOW_UP_SECTION.test(normalizeHeading(s.title)) && !items.some((a) => s.bodyRange.start <= a.range.start && a.range.start < s.bodyRange.end))
    .map((s) => doc.text.slice(s.bodyRange.start, s.bodyRange.end).split(/\r?\n/));
  // `追記 2024-08-30: 対策 3(滞留監視)を本番に適用。…`, `업데이트 2024-12-03:` then its note on the next line: a dated
  // note added below the items without a heading of its own, read sentence by sentence.
  // (`> 내부 메모 (장우진, 8/30): 모니터링 추가 8/28 완료.`: quoted, with a name and a day of the month.)
  for (const b of doc.blocks) {
    if (b.start <= lastItem || (b.node.type !== 'paragraph' && b.node.type !== 'blockquote')) continue;
    const whole = b.node.type === 'blockquote' ? doc.text.slice(b.start, b.end).replace(/^[ \t]{0,3}>[ \t]?/gm, '') : doc.text.slice(b.start, b.end);
    // (A note may open a later line of its paragraph: `마지막 항목은 … 정리됐다.` then `(2026-07 추기: …)`.)
    const from = whole.split('\n').reduce<number | undefined>((at, line, i, all) => at ?? (FOLLOW_UP_LEAD_WORD.test(line) || FOLLOW_UP_DATE_FIRST.test(line) ? all.slice(0, i).join('\n').length + (i > 0 ? 1 : 0) : undefined), undefined) ?? 0;
    const text = whole.slice(from);
    const word = FOLLOW_UP_LEAD_WORD.exec(text);
    const date = word ? FOLLOW_UP_LEAD_DATE.exec(text.slice(word[0].length)) ?? FOLLOW_UP_LEAD_DAY.exec(text.slice(word[0].length)) : null;
    // (`(2026-07 추기: 위 체크박스는 갱신하지 않았지만 검토안 제출 완료. …)`: the date before the word.)
    const dateFirst = word && date ? null : FOLLOW_UP_DATE_FIRST.exec(text);
    const lead = word && date ? word[0].length + date[0].length : dateFirst ? dateFirst[0].length : -1;
    if (lead >= 0) notes.push(text.slice(lead).replace(/\r?\n/g, ' ').split(/(?<=[。！？])|(?<=[.!?])[ \t]+/));
  }
  if (notes.length === 0) return done;
  const words = items.map((a) => wordsOf(doc.text.slice(a.range.start, a.range.end)));
  let numbers: Array<string | undefined> | undefined;
  for (const lines of notes) {
    // (`Note (Priya, 2025-09-30): last item — Finance decided to stay … Closing it as won't-do for the rest.`: a note on the
    // last item, then that it is closed.)
    let onLast = false;
    for (const line of lines) {
      const note = line.replace(/^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+/, '');
      if (note.length < 4) continue;
      onLast ||= LAST_ITEM.test(note);
      if (onLast && CLOSING_IT.test(note)) {
        done.add(items.findIndex((a) => a.range.start === lastItem));
        continue;
      }
      // `施策 3・5・6 は期限内に完了。施策 4 は 3/27 に…完了し`: items named by their numbers, each
      // group with the words up to the next group, which must say done themselves.
      numbers ??= items.map((a) => itemNumberOf(doc.text, a.range));
      const named = numberedDone(note, numbers);
      if (named.length > 0) {
        for (const i of named) done.add(i);
        continue;
      }
      // `上の TODO は 3/13 までに全部 close`, `All of the above are done`: every item.
      if (ALL_ITEMS_DONE.test(note)) {
        items.forEach((_, i) => done.add(i));
        continue;
      }
      if (!(saysDone(note) || isDone(note) || NOTE_DONE_WORD?.test(note))) continue;
      const mine = wordsOf(note);
      let best = -1;
      let bestShared = 0;
      let tie = false;
      words.forEach((w, i) => {
        let shared = 0;
        for (const x of mine) if (w.has(x)) shared++;
        if (shared > bestShared) [best, bestShared, tie] = [i, shared, false];
        else if (shared === bestShared && shared > 0) tie = true;
      });
      if (best >= 0 && bestShared >= 2 && !tie) done.add(best);
    }
  }
  return done;
}

/** `#1 and #2 are done`, `have been completed`: a note's words for items it names being done (not read in an item's own text, where `make sure X is done` is a plan). */
const NOTE_SAYS_DONE = /\b(?:is|are|was|were)[ \t](?:now[ \t]|all[ \t]|both[ \t])?(?:done|complete|completed|finished|closed|shipped|fixed|in[ \t]place|live)\b|\b(?:has|have)[ \t](?:now[ \t]|all[ \t])?(?:been[ \t])?(?:done|completed|finished|closed|shipped|landed)\b/i;

/** A note's words for a change made (the packs' `noteDone`: `本番に適用。`, `절차서 배포,`). */
const NOTE_DONE_WORD = PACKS.some((p) => p.words.noteDone) ? new RegExp(PACKS.flatMap((p) => (p.words.noteDone ? [`(?:${p.words.noteDone})`] : [])).join('|')) : undefined;

/** A note that opens on the last item (`last item —`, `The last one:`). */
const LAST_ITEM = /^[ \t]*(?:the[ \t])?last[ \t](?:item|one|action)\b/i;
/** Words that close the item a note speaks of (`Closing it as won't-do`, `closed it`, `it is done`). */
const CLOSING_IT = /\bclos(?:e|ing|ed)[ \t]it\b|\bwon'?t[- ]do\b|\bit[ \t](?:is|was)[ \t](?:done|closed|dropped|cancell?ed)\b/i;
/** A note's words that every item above is done (the packs' `allItemsDone`). */
const ALL_ITEMS_DONE = new RegExp(`(?:${packWords('allItemsDone') || '(?!)'})`, 'i');

/** A paragraph that opens as a dated note added later (`追記 2024-08-30:`, `Update (2024-12-03):`, `(2026-07 추기: …)`; the packs' `followUpSection` and `noteLead`). */
const FOLLOW_UP_LEAD_WORD = new RegExp(`^[(（]?[*_]{0,2}(?:${packWords('followUpSection')}|${packWords('noteLead')})`, 'i');
/** (The date and colon after the word, a pattern of their own: the two in one could not be proved safe from backtracking.) */
const FOLLOW_UP_LEAD_DATE = /^[*_]{0,2}[ \t]?[(（]?\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[)）]?[*_]{0,2}[ \t]?[:：][*_]{0,2}[ \t]?/;
/** A date, then the word of a note added later, then a colon (`(2026-07 추기:`, `2024-12-03 Update:`). */
const FOLLOW_UP_DATE_FIRST = new RegExp(`^[(（]?[*_]{0,2}\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?[ \\t]?(?:${packWords('followUpSection')}|${packWords('noteLead')})[*_]{0,2}[ \\t]?[:：][ \\t]?`, 'i');
/** A day of the month in parentheses, maybe after who wrote the note (`(장우진, 8/30):`, `(J. Park, 3/14):`). */
const FOLLOW_UP_LEAD_DAY = /^[ \t]?[(（](?:[^()（）\n,，、]{1,30}[,，、][ \t]?)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2})[)）][ \t]?[:：][ \t]?/;

/** Items named by number (the packs' `itemNumbers`). */
const ITEM_NUMBERS = new RegExp(PACKS.map((p) => `(?:${p.words.itemNumbers})`).join('|'), 'gi');

/** The number an item is known by: its table row's first cell (`| 3 |`, `| #3 |`) or the ordered list marker before it on its line (`3.`, `3. [ ]`). */
function itemNumberOf(text: string, range: OffsetRange): string | undefined {
  const row = ROW_NUMBER.exec(text.slice(range.start, range.end))?.[1];
  if (row !== undefined) return row;
  const lead = text.slice(text.lastIndexOf('\n', range.start - 1) + 1, range.start);
  return /^[ \t>]*(\d{1,2})[.)][ \t]+(?:\[[ xX]\][ \t]+)?$/.exec(lead)?.[1];
}

/**
 * The items a note names by number and says are done: each group of numbers (`施策 3・5・6`) is
 * read with the words up to the next group (`は期限内に完了。`), so `#3 done, #5 still open` marks
 * only the third. Only numbers that exactly one item carries count.
 */
function numberedDone(note: string, numbers: ReadonlyArray<string | undefined>): number[] {
  const groups = [...note.matchAll(ITEM_NUMBERS)];
  const out: number[] = [];
  groups.forEach((m, k) => {
    const said = note.slice(m.index, k + 1 < groups.length ? groups[k + 1].index : note.length);
    if (!(saysDone(said) || isDone(said) || NOTE_SAYS_DONE.test(said) || NOTE_DONE_WORD?.test(said))) return;
    // (`恒久対策 1〜5`: a range of numbers, each of them.)
    const digits: string[] = [];
    const tokens = (m.slice(1).find((g) => g !== undefined) ?? '').match(/\d{1,2}|[〜~～]/g) ?? [];
    tokens.forEach((tok, k) => {
      if (/\d/.test(tok)) digits.push(tok);
      else if (k > 0 && k + 1 < tokens.length) for (let n = Number(tokens[k - 1]) + 1; n < Number(tokens[k + 1]) && n - Number(tokens[k - 1]) < 20; n++) digits.push(String(n));
    });
    for (const d of digits) {
      const at = numbers.indexOf(String(Number(d)));
      if (at >= 0 && numbers.indexOf(String(Number(d)), at + 1) < 0) out.push(at);
    }
  });
  return out;
}

/** The words of a text for matching a note to its item: Latin words of four letters or more, and pairs of Korean, Chinese or Japanese letters. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z0-9-]{3,}/g)) if (!COMMON_WORD.test(m[0])) out.add(m[0]);
  for (const m of text.matchAll(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]{2,}/gu)) for (let i = 0; i + 1 < m[0].length; i++) out.add(m[0].slice(i, i + 2));
  return out;
}
const COMMON_WORD = /^(?:with|that|this|from|have|been|will|into|when|then|than|they|them|their|there|were|what|which|also|after|before|done|completed?|owner|team|added|should|would|could|more|less|only|each|every|some|other|about|over|under|still|since|until|http|https|www)$/;

/** The action items of a record: `itemsWithState` without where each is. */
function recordedItems(doc: ParsedDocument, fields: ExtractedFields): ActionItem[] {
  return itemsWithState(doc, fields).map(({ range: _range, statusElsewhere: _elsewhere, ...a }) => a);
}

/** `YYYY-MM-DD` when it is a day of the calendar (not `2024-13-45`), else null. */
function realDay(s: string | null): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]) ? s : null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The columns of an action item table, by their header. One vocabulary for the `action-item` rule,
 * `action-item-overdue` and the report, so they find the same owner, date and state in a row.
 * Tried in this order, each column taken at most once: owner, tracking, status, due.
 */
export const ACTION_COLUMNS = {
  owner: /owner|assignee|assigned|responsible|\bdri\b|^team$|^who$|^R$|^accountable$|담당|책임|주관|수행[ \t]?(?:자|부서|기관)|担当|主管|オーナー|오너|責任者|実施者|実施部署|対応者/i,
  tracking: /track|issue|ticket|link|\bbug\b|jira|\bpr\b|추적|이슈|티켓|링크|チケット|リンク/i,
  status: /status|state|progress|done|^current$|^outcome$|^result$|^decision$|상태|진행|현황|^결과$|^결정$|状態|状況|進捗|現状|現況|ステータス|^結果$|^決定$|^判断$/i,
  due: /due|deadline|target|\beta\b|\bdate\b|when|^until$|^by$|기한|언제|까지|いつ|まで|마감|목표|일정|날짜|예정|완료일|일자|시한|시기|期限|期日|予定|目標日|完了日|時期/i,
} as const;
/**
 * The columns of an action item table, with a header that names several in one (`담당 / 기한 / 상태`,
 * `Owner / Due`) taken apart: each virtual column says which real column it comes from and which
 * of its slash-separated parts. A cell of such a column is split at its spaced slashes
 * (`인프라팀 문태오 / 04-30 / 진행 중`; `12/6` is not split) when it has as many parts as the header;
 * otherwise the whole cell stays with the first part.
 */
export interface ActionColumn {
  header: string;
  col: number;
  part: number;
  parts: number;
}
export function actionColumns(headers: readonly string[]): ActionColumn[] {
  const out: ActionColumn[] = [];
  headers.forEach((h, col) => {
    const parts = h.split(/[ \t]*[/／][ \t]*/).map((x) => x.trim());
    const kinds = Object.values(ACTION_COLUMNS);
    if (parts.length >= 2 && parts.length <= 4 && parts.every((x) => x !== '' && kinds.some((re) => re.test(x)))) parts.forEach((x, part) => out.push({ header: x, col, part, parts: parts.length }));
    else out.push({ header: h, col, part: 0, parts: 1 });
  });
  return out;
}
/** The part of a cell a virtual column reads, with its offset in the cell (see `actionColumns`). */
export function cellPart(cell: string, c: ActionColumn): { text: string; offset: number } {
  if (c.parts === 1) return { text: cell, offset: 0 };
  const seps = [...cell.matchAll(/[ \t]+[/／][ \t]+/g)];
  if (seps.length !== c.parts - 1) return c.part === 0 ? { text: cell, offset: 0 } : { text: '', offset: cell.length };
  const start = c.part === 0 ? 0 : seps[c.part - 1].index + seps[c.part - 1][0].length;
  const end = c.part === c.parts - 1 ? cell.length : seps[c.part].index;
  return { text: cell.slice(start, end), offset: start };
}

const OWNER_LABEL = /(?:\b(?:owners?|assignees?|assigned to|DRI)\b|담당자?|担当者?)[ \t]*(?:[:：][ \t]*)?/i;
/** Where an owner's name ends: a comma, a parenthesis, a dash between spaces (`Owner: Ana — Target: …`), `due` or `by`. */
const OWNER_END = /[,;()\n、，（）]|\s[—–]\s|\s(?:due|by)\b/i;
/** `@dana`, `（@mori）`, `@인프라팀`: a handle after a space, a bracket or a dash, not inside an address. */
const HANDLE = /(?:^|[\s(（\[,、，·—–])@([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*)/u;
const URL = /https?:\/\/[^\s)>\]]+/;
const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/;

/** An action item and where it is written (the item's first line, or the table row). */
/**
 * An action item and where it is. `statusElsewhere`: it links its issue or ticket and says nothing
 * of its state itself (no checkbox, no status cell): the tracker holds whether it is done.
 */
export type PlacedActionItem = ActionItem & { range: OffsetRange; statusElsewhere?: boolean };

/**
 * Action items sections that sum up another one (`## 今後の対策（要点）` in an executive summary,
 * `## E. 対策の詳細` in the appendix): a heading with a pack's `summaryMark`, when the document has
 * an action items section without one. Their items are restatements; the full ones are read.
 */
export function summedUpElsewhere(fields: ExtractedFields): Set<Section> {
  const sections = (fields.byField.get('action_items') ?? []).flatMap((o) => (o.surface === 'section' && o.section ? [o.section] : []));
  const marked = sections.filter((s) => PACKS.some((p) => p.summaryMark.test(s.title)));
  return marked.length > 0 && marked.length < sections.length ? new Set(marked) : new Set();
}

/**
 * `---` then `### Technical note (for engineers)` after the items: a thematic break before a heading
 * that is not one of action items, nor a group of them (`Long term`, `Phase 2`), closes the items.
 */
export function closesActionItems(body: readonly Block[], k: number): boolean {
  const node = body[k].node as Nodes;
  // `### Links`, `**References**`, `<summary>Links</summary>`: what follows is a list of documents.
  if (node.type === 'heading' || node.type === 'paragraph') {
    if (REFERENCES_LABEL.test(nodeText(node).trim())) return true;
  } else if (node.type === 'html') {
    const summary = /<summary>([^<]{1,60})<\/summary>/i.exec(node.value);
    if (summary && REFERENCES_LABEL.test(summary[1].trim())) return true;
  }
  const next = body[k + 1]?.node as Nodes | undefined;
  return node.type === 'thematicBreak' && next?.type === 'heading' && matchHeading(nodeText(next))?.field !== 'action_items' && !ACTION_GROUP.test(nodeText(next));
}
/** A whole label that names a list of links or documents (`Links`, `References:`, `📎 Related`, `참고 링크 (토글)`), with an optional number before it and a note after it. */
const REFERENCES_LABEL = new RegExp(`^(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+)?(?:\\p{Extended_Pictographic}\\uFE0F?[ \\t]*)?(?:${packWords('referencesLabel')})(?:[ \\t]?[(（][^()（）]{1,20}[)）])?[ \\t]*[:：]?$`, 'iu');
/** A heading that groups actions (`Long term`, `Phase 2`, `P1`), not one that ends them. */
const ACTION_GROUP = /\b(?:short|medium|mid|long|near)[- ]term\b|\bphase\b|\bP[0-3]\b|\bpriority\b|\bimmediate\b|\bfollow[- ]?ups?\b|\bnext steps\b/i;

/** The list at `k` comes right after a lead that says its items are done (`実施済み:`). */
export function underDoneLead(body: readonly Block[], k: number): boolean {
  const previous = body[k - 1]?.node as Nodes | undefined;
  return body[k].node.type === 'list' && previous?.type === 'paragraph' && isDoneLead(nodeText(previous));
}

/**
 * The list at `k` is restated by tables that track it (`### 恒久対応` listing the fixes in prose, then
 * `| 対応 | 担当 | 期限 | 状況 |` with a row for each, in its section or another): a table has an owner,
 * due or status column, and every top-level item of the list shares at least two words (in Korean and
 * Japanese, two pairs of letters) with the task cells of one of the rows (`itemsRestatedByTable`). The
 * rows are the items then; the list only describes them.
 */
export function restatedByTable(doc: ParsedDocument, body: readonly Block[], k: number): boolean {
  const list = body[k].node;
  return list.type === 'list' && list.children.length > 0 && itemsRestatedByTable(doc, body, k).size === list.children.length;
}

/**
 * The items of the list `body[k]` (by index) that a table of actions restates: each shares two words
 * with a row's task cells. The tables of its own section first, then any of the document's (`## What
 * we are changing` as prose points, then `## Follow-up actions` as a table with owners and dates: the
 * same changes, tracked there). An item of fewer than two words is never restated.
 */
export function itemsRestatedByTable(doc: ParsedDocument, body: readonly Block[], k: number): Set<number> {
  const out = new Set<number>();
  const list = body[k].node;
  if (list.type !== 'list' || list.children.length === 0) return out;
  // (Latin words by their first five letters: `Alert when a slot is inactive … retains` and `Slot inactivity and retained-WAL alerts`.)
  const stems = (w: Set<string>) => new Set([...w].map((x) => (/^[a-z]/.test(x) ? x.slice(0, 5) : x)));
  const items = list.children.map((item) => stems(wordsOf(item.children[0] ? nodeText(item.children[0] as Nodes) : '')));
  const own = body.filter((b, i) => i !== k && b.node.type === 'table');
  const tasks: Array<Set<string>> = [];
  for (const b of [...own, ...doc.blocks.filter((x) => x.node.type === 'table' && !own.includes(x))]) {
    const [head, ...rows] = (b.node as Table).children;
    if (!head || rows.length === 0) continue;
    const headers = head.children.map((c) => nodeText(c).trim());
    const tracks = headers.map((h) => ACTION_COLUMNS.owner.test(h) || ACTION_COLUMNS.due.test(h) || ACTION_COLUMNS.status.test(h) || ACTION_COLUMNS.tracking.test(h));
    if (!tracks.includes(true) || !tracks.includes(false)) continue;
    // (Elsewhere in the document, only a table of actions: one with an owner, a status or a ticket column,
    // not a timeline's `| Date and Time | Event |`.)
    if (!own.includes(b) && !headers.some((h) => ACTION_COLUMNS.owner.test(h) || ACTION_COLUMNS.status.test(h) || ACTION_COLUMNS.tracking.test(h))) continue;
    for (const row of rows) tasks.push(stems(wordsOf(row.children.filter((_, c) => !tracks[c]).map((c) => nodeText(c)).join(' '))));
  }
  items.forEach((w, i) => {
    if (w.size < 2) return;
    if (tasks.some((t) => {
      let shared = 0;
      for (const x of w) if (t.has(x) && ++shared >= 2) return true;
      return false;
    })) out.add(i);
  });
  return out;
}

/**
 * Action items: the items of the action items section's lists and the rows of its tables. Read
 * once per analysis: `action-item-overdue` and the document's record (`incidentRecord`, which the
 * CLI makes of every file) ask for the same ones.
 */
export function actionItemsOf(doc: ParsedDocument, fields: ExtractedFields): readonly PlacedActionItem[] {
  const known = ITEMS.get(fields);
  if (known?.doc === doc) return known.items;
  const items = readActionItems(doc, fields);
  ITEMS.set(fields, { doc, items });
  return items;
}
const ITEMS = new WeakMap<ExtractedFields, { doc: ParsedDocument; items: readonly PlacedActionItem[] }>();

function readActionItems(doc: ParsedDocument, fields: ExtractedFields): PlacedActionItem[] {
  const out: PlacedActionItem[] = [];
  // `Status: Complete, action items tracked in PLAT-2291`: the tracker holds every item's state.
  const tracked = itemsTrackedElsewhere(doc);
  const written = writtenOn(doc);
  const summed = summedUpElsewhere(fields);
  for (const occ of fields.byField.get('action_items') ?? []) {
    if (occ.surface !== 'section' || !occ.section || summed.has(occ.section)) continue;
    // `## 対策（実施済み）`: what was done, not what is due; the next such section may hold the plans.
    if (DONE_SECTION.test(normalizeHeading(occ.section.title)) || insideDoneSection(doc, occ.section)) continue;
    const body = occ.section.body;
    // `### 実施済み` inside `## 対策`: what was done, up to the next heading of its level or above (as the action-item rule skips it).
    let skipBelow: number | undefined;
    for (const [k, b] of body.entries()) {
      if (closesActionItems(body, k)) break;
      if (b.node.type === 'heading') {
        const heading = b.node;
        skipBelow = headingScope(skipBelow, heading.depth, () => DONE_SECTION.test(normalizeHeading(nodeText(heading))));
        continue;
      }
      if (skipBelow !== undefined) continue;
      // `実施済み:` over a list: a record of what was done, not open items.
      if (b.node.type === 'list' && !underDoneLead(body, k) && !restatedByTable(doc, body, k)) listItems(doc, b.node, b.base, out, 0, tracked, written);
      else if (b.node.type === 'table') tableItems(doc, b.node, b.base, out, tracked, written);
      else if (b.node.type === 'paragraph') {
        for (const r of enumeratedLines(doc, b)) {
          const a = fromText(doc.text.slice(r.start, r.end).replace(/[ \t]*\r?\n[ \t]*/g, ' '), false, written);
          out.push({ ...a, range: r, statusElsewhere: a.link !== null || tracked });
        }
      }
    }
    // Every such section, as the action-item rule reads them (`## 승객 후속 조치`, then `## 재발 방지 대책`).
  }
  // A labelled line over a list or a table, as the action-item rule reads it (`labelledItems`).
  let lists: ReturnType<typeof allLists> | undefined;
  for (const occ of fields.byField.get('action_items') ?? []) {
    if (occ.surface !== 'labelled-line') continue;
    lists ??= allLists(doc);
    const held = labelledItems(doc, occ, lists);
    for (const l of held.lists) listItems(doc, l.list, l.base, out, 0, tracked, written);
    if (held.table) tableItems(doc, held.table.node as Table, held.table.base, out, tracked, written);
  }
  for (const t of actionTablesElsewhere(doc, fields)) tableItems(doc, t.table, t.base, out, tracked, written);
  for (const l of todoListsUnderActions(doc, fields)) listItems(doc, l.list, l.base, out, 0, tracked, written);
  // A section inside another (`## アクションアイテム` holding `### 再発防止`) is read with it and on its own: each item once.
  const seen = new Set<number>();
  return out.filter((a) => {
    if (seen.has(a.range.start)) return false;
    seen.add(a.range.start);
    return true;
  });
}

/**
 * A list of things to do under a heading read as the resolution that calls them actions (the second
 * `### Resolving actions` of a document, over `- prepare contract for test-net`, `- deploy new
 * contract`): every top-level item opens with a verb in the imperative (`IMPERATIVE_START`), so the
 * list says what is still to be done, unlike a record of what was (`- validators were asked to …`).
 */
export function todoListsUnderActions(doc: ParsedDocument, fields: ExtractedFields): Array<{ list: List; base: number; start: number }> {
  const out: Array<{ list: List; base: number; start: number }> = [];
  for (const occ of fields.byField.get('resolution') ?? []) {
    if (occ.surface !== 'section' || !occ.section || !/\bactions?\b/i.test(occ.section.title)) continue;
    for (const b of occ.section.body) {
      if (b.node.type !== 'list') continue;
      const items = b.node.children;
      if (items.length > 0 && items.every((item) => item.children[0] && IMPERATIVE_START.test(nodeText(item.children[0] as Nodes).trim()))) out.push({ list: b.node, base: b.base, start: b.start });
    }
  }
  return out;
}

/** `### 나. 후속 조치` inside `## 5. 조치 사항`: a section under one that records what was done is a record too. */
export function insideDoneSection(doc: ParsedDocument, section: Section): boolean {
  return doc.sections.some((s) => s.depth < section.depth && s.bodyRange.start <= section.headingRange.start && section.headingRange.end <= s.bodyRange.end && DONE_SECTION.test(normalizeHeading(s.title)));
}

/**
 * How far a sub-heading of an action items section reaches (`### 実施済み`: done below it; a heading
 * that links its ticket: tracked below it): the depth of the heading that set it, until a heading of
 * its level or above; `sets` says whether this heading sets it. One walk for the rule and the record.
 */
export function headingScope(current: number | undefined, depth: number, sets: () => boolean): number | undefined {
  const open = current !== undefined && depth > current ? current : undefined;
  return open ?? (sets() ? depth : undefined);
}

/**
 * What a labelled line of action items holds: the outermost lists inside its value (`**Action
 * items**` as a paragraph of its own over a list, `- **Review actions**:` over a sub-list), else a
 * table inside it (`**Action items.**` over a table), else the list right after its paragraph
 * (`**What we're doing about it.** These are owned and dated.` over a list). `inline` when it holds
 * none of these and has text: the line itself is the item. The `action-item` rule and the record
 * (the overdue rule, the report) read the same items from it.
 */
export function labelledItems(doc: ParsedDocument, occ: Occurrence, lists: ReadonlyArray<{ list: List; base: number; range: OffsetRange }>): { lists: Array<{ list: List; base: number; range: OffsetRange }>; table?: Block; inline: boolean } {
  const inside = lists.filter((l) => occ.valueRange.start <= l.range.start && l.range.end <= occ.valueRange.end);
  const outer = inside.filter((l) => !inside.some((o) => o !== l && o.range.start <= l.range.start && l.range.end <= o.range.end));
  if (outer.length > 0 || occ.empty) return { lists: outer, inline: false };
  const table = doc.blocks.find((b) => b.node.type === 'table' && occ.valueRange.start <= b.start && b.start < occ.valueRange.end);
  if (table) return { lists: [], table, inline: false };
  const next = listAfter(doc, occ.valueRange);
  if (next) return { lists: [{ list: next.node as List, base: next.base, range: { start: next.start, end: next.end } }], inline: false };
  return { lists: [], inline: true };
}

/**
 * The items of an enumeration written as lines of one paragraph (`가. …` / `나. …`, `（1）…`, `① …`),
 * which Markdown reads as no list: each from after its marker to the end of its last line (the
 * lines after it without a marker continue it). None unless two lines or more open with a marker.
 */
export function enumeratedLines(doc: ParsedDocument, b: Block): OffsetRange[] {
  const text = doc.text.slice(b.start, b.end);
  if (!ENUM_MARKER.test(text)) return [];
  const out: OffsetRange[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const m = ENUM_MARKER.exec(line);
    const lineEnd = b.start + at + line.trimEnd().length;
    if (m) out.push({ start: b.start + at + m[0].length, end: lineEnd });
    else if (out.length > 0) out[out.length - 1].end = lineEnd;
    else return [];
    at = end + 1;
  }
  return out.length >= 2 ? out : [];
}
const ENUM_MARKER = new RegExp(`^[ \\t]*(?:${packWords('enumMarker')})[ \\t]*(?=\\S)`);

/** Every list of a document, nested ones and those in quotes too, with where each is. */
export function allLists(doc: ParsedDocument): Array<{ list: List; base: number; range: OffsetRange }> {
  const out: Array<{ list: List; base: number; range: OffsetRange }> = [];
  const work: Array<{ node: Nodes; base: number }> = doc.blocks.map((b) => ({ node: b.node as Nodes, base: b.base }));
  while (work.length > 0) {
    const { node, base } = work.pop()!;
    if (node.type === 'list') {
      out.push({ list: node as List, base, range: nodeRange(node, base) });
      for (const item of (node as List).children) for (const c of item.children) work.push({ node: c as Nodes, base });
    } else if (node.type === 'blockquote') for (const c of node.children) work.push({ node: c as Nodes, base });
  }
  return out;
}

/** The list right after the paragraph that holds `value` (a labelled line that introduces it), if the next block is one. */
export function listAfter(doc: ParsedDocument, value: OffsetRange): Block | undefined {
  const i = doc.blocks.findIndex((b) => b.start <= value.start && value.start < b.end);
  if (i < 0 || doc.blocks[i].node.type !== 'paragraph' || value.end > doc.blocks[i].end) return undefined;
  const next = doc.blocks[i + 1];
  return next && next.node.type === 'list' ? next : undefined;
}

/**
 * Tables outside the action items section that are lists of actions by their columns: an owner
 * column and a due column named as a deadline (`| やること | 担当 | 期限 | 状況 |` under `## 対応`).
 * A timeline's `When | Who | What` is not one: `who` and `when` name no owner or deadline.
 */
export function actionTablesElsewhere(doc: ParsedDocument, fields: ExtractedFields): Array<{ table: Table; base: number; start: number }> {
  const inSection = (fields.byField.get('action_items') ?? []).filter((o) => o.surface === 'section' && o.section).map((o) => o.section!.bodyRange);
  const out: Array<{ table: Table; base: number; start: number }> = [];
  for (const b of doc.blocks) {
    if (b.node.type !== 'table' || inSection.some((r) => r.start <= b.start && b.start < r.end)) continue;
    const head = b.node.children[0];
    if (!head) continue;
    const headers = actionColumns(head.children.map((c) => nodeText(c).trim())).map((c) => c.header);
    if (headers.some((h) => ACTION_COLUMNS.owner.test(h) && !/^who$/i.test(h)) && headers.some((h) => STRICT_DUE.test(h))) out.push({ table: b.node, base: b.base, start: b.start });
  }
  return out;
}
const STRICT_DUE = /\bdue\b|deadline|\btarget\b|\beta\b|期限|期日|기한|마감|목표일|완료[ \t]?예정|예정일|언제까지|いつまで/i;

/** The document says where its action items are tracked (`Status: Complete, action items tracked in MOB-1402`; packs' `itemsTracked`). */
export function itemsTrackedElsewhere(doc: ParsedDocument): boolean {
  const text = doc.text.length > 20_000 ? doc.text.slice(0, 20_000) : doc.text;
  for (const t of TRACKED_IN) {
    t.lead.lastIndex = 0;
    let tries = 0;
    for (let m = t.lead.exec(text); m !== null && tries < 50; m = t.lead.exec(text), tries++) {
      if (!t.ref) return true;
      // The rest of the sentence: a reference, then the verb right after it.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const stop = after.search(/[。\n]|\.(?:\s|$)/);
      const sentence = stop < 0 ? after : after.slice(0, stop);
      const ref = TRACKER_REF.exec(sentence);
      if (ref && (!t.verb || t.verb.test(sentence.slice(ref.index + ref[0].length, ref.index + ref[0].length + 24)))) return true;
    }
  }
  return false;
}

/** The packs' statements of where items are tracked, each lead global so it can be scanned. */
const TRACKED_IN = PACKS.flatMap((p) => p.itemsTracked.map((t) => ({ ...t, lead: new RegExp(t.lead.source, `${t.lead.flags.replace('g', '')}g`) })));
/** An issue, a ticket key or a URL. */
const TRACKER_REF = /#\d{1,7}\b|\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|https?:\/\/\S/;

function listItems(doc: ParsedDocument, list: List, base: number, out: PlacedActionItem[], depth: number, tracked = false, written?: string): void {
  for (const item of list.children as ListItem[]) {
    const first = item.children[0] as Nodes | undefined;
    if (first && first.type === 'paragraph') {
      const r = nodeRange(first, base);
      const raw = doc.text.slice(r.start, r.end);
      // The whole paragraph: an item wrapped over lines gives its owner and date on the last one.
      const line = nodeText(first).replace(/[ \t]*\r?\n[ \t]*/g, ' ').trim();
      // An empty task box (`- [ ]` alone) is parsed as the text `[ ]`: no item.
      if (line && !/^\[[ xX]?\]$/.test(line)) {
        // Done marks in emphasis (`**Done** 2024-08-29`) are gone from the plain text: read the source too.
        let a = fromText(line, item.checked === true || saysDone(raw), written);
        // `- 담당: 품질관리팀, 11월 29일까지` under the item: its owner, date or state, as details.
        for (const d of line.endsWith(':') ? [] : detailLines(item)) {
          const x = fromText(d, false, written);
          // (A month or a quarter there is the item's, with no due word: `담당: IT인프라팀, 2025년 1분기`.)
          a = { ...a, owner: a.owner ?? x.owner, due: a.due ?? x.due ?? realDay(monthDue(d, false)), done: a.done || x.done, link: a.link ?? x.link };
        }
        const link = URL.exec(raw)?.[0] ?? a.link;
        out.push({ ...a, link, range: r, statusElsewhere: (link !== null || tracked) && typeof item.checked !== 'boolean' });
      }
    }
    // Sub-items of an item are its details, not more items; a group title's sub-items are items.
    if (depth < 4 && (!first || first.type !== 'paragraph' || nodeText(first).trim().endsWith(':'))) {
      for (const c of item.children) if (c.type === 'list') listItems(doc, c, base, out, depth + 1, tracked, written);
    }
  }
}

/** The item's sub-items that give an owner, a date or a state (`Owner: …`, `기한: …`, `状況: 完了`). */
function detailLines(item: ListItem): string[] {
  const out: string[] = [];
  for (const c of item.children) {
    if (c.type !== 'list') continue;
    for (const sub of c.children) {
      const p = sub.children[0];
      if (p?.type !== 'paragraph') continue;
      const t = nodeText(p).replace(/\s+/g, ' ').trim();
      const label = /^([^:：]{1,16})[:：]/.exec(t)?.[1];
      if (label && (ACTION_COLUMNS.owner.test(label) || ACTION_COLUMNS.due.test(label) || ACTION_COLUMNS.status.test(label))) out.push(t);
    }
  }
  return out;
}

function fromText(line: string, checked: boolean, written?: string): ActionItem {
  // Without a label or a handle, the owner as `action-item` finds it (`— 大西／2/21`, `(Wen Li, due 22 Nov)`).
  const owner = ownerIn(line) ?? HANDLE.exec(line)?.[1] ?? ownerNameOf(line);
  const due = dueIn(line) ?? monthDue(line, true) ?? yearlessDue(line, written, false);
  const done = checked || isDone(line) || /~~.+~~/.test(line);
  const relative = realDay(due) === null ? relativeDue(line, written, false) : undefined;
  return { text: line, owner: owner || null, due: realDay(due), done, link: URL.exec(line)?.[0] ?? TICKET.exec(line)?.[0] ?? null, ...relative };
}

/** The name after `Owner:`, `assigned to`, `담당:`… up to a comma, a parenthesis or `due`/`by`. */
function ownerIn(line: string): string | null {
  const label = OWNER_LABEL.exec(line);
  if (!label) return null;
  const rest = line.slice(label.index + label[0].length);
  const end = OWNER_END.exec(rest);
  const name = (end ? rest.slice(0, end.index) : rest).trim();
  return name || null;
}

/** A year and a month: `2026年10月末`, `2026년 9월 중`, `2026/09`, `2026-09`, `end of July 2026`, `Sept 2026`. */
const YEAR_MONTH = /(\d{4})[ \t]?(?:[年년][ \t]?|[/-]|\.[ \t]?)(\d{1,2})(?:[ \t]?[月월]|\.(?![ \t]?\d)|(?![\d/.-]|[ \t]?(?:Q|q|四半期|분기|학기|学期|반기|半期)))|\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\.?,?[ \t]{1,2}(\d{4})\b/i;
/** Every year and month of a text (the same words as YEAR_MONTH). */
const YEAR_MONTHS = new RegExp(YEAR_MONTH.source, 'gi');
/** A year and a quarter: `2026年1Q`, `2026년 2분기`, `2026年第3四半期`, `Q3 2025`, `2025 Q3`, `2025-Q1`. */
export const YEAR_QUARTER = /(\d{4})[ \t]?[年년]?[ \t]?第?([1-4])[ \t]?(?:Q|四半期|분기)|\bQ([1-4])[ \t]?(\d{4})\b|\b(\d{4})[ \t-]?Q([1-4])\b/i;
/** Right after a year and a month, the word for the month's end (`2026/1 末`, `2026년 1월 말`). */
const MONTH_END_AFTER = new RegExp(`^[ \\t]?(?:${packWords('monthEnd')})`);
/** Before a month in running text, what makes it the item's due date. */
const MONTH_DUE_BEFORE = /(?:期限|期日|기한|마감일?|목표일?|\b(?:due|by|deadline|target|eta|until|before))[ \t:：]{0,4}(?:(?:the[ \t])?(?:end|middle|mid)[ \t-](?:of[ \t])?)?$/i;

/**
 * A due date given as a month (the last day of it, when the item is late only after the month is
 * over): the whole of a due cell, or in text after `期限`, `기한`, `due`, `by`.
 */
function monthDue(text: string, needsLabel: boolean): string | null {
  // A quarter (`2026年1Q`, `2026년 2분기`, `Q3 2025`, `2025 Q3`): the last day of it.
  const q = YEAR_QUARTER.exec(text);
  // (`— @kfitzgerald / central cloud team — Q1 2026`: a quarter closing the item, set off from it, is its deadline too.)
  // (`— Hannah — end of Q1 2025`: the end of it, said.)
  const closing = (at: RegExpExecArray) => /[—–,、，/(（·][ \t]{0,2}(?:(?:the[ \t])?end[ \t]of[ \t])?$/i.test(text.slice(0, at.index)) && /^[ \t)）.。]*$/.test(text.slice(at.index + at[0].length));
  if (q && (!needsLabel || MONTH_DUE_BEFORE.test(text.slice(Math.max(0, q.index - 24), q.index)) || closing(q))) {
    const year = Number(q[1] ?? q[4] ?? q[5]);
    const quarter = Number(q[2] ?? q[3] ?? q[6]);
    if (year >= 1970 && year <= 2999) return `${year}-${String(quarter * 3).padStart(2, '0')}-${quarter === 1 || quarter === 4 ? '31' : '30'}`;
  }
  const m = YEAR_MONTH.exec(text);
  if (!m) return null;
  // (`（藤井、2026/1 末に結論）`: a month and the word for its end is a deadline without a label.)
  if (needsLabel && !MONTH_DUE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !MONTH_END_AFTER.test(text.slice(m.index + m[0].length))) return null;
  const year = Number(m[1] ?? m[4]);
  const month = m[2] !== undefined ? Number(m[2]) : monthNumber(m[3] ?? '');
  if (month === undefined || !(month >= 1 && month <= 12) || year < 1970 || year > 2999) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * A cell that gives the day something takes effect, not a deadline: `9月1日より適用`, `4/1부터 시행`,
 * `effective 1 May`; a range open at its end (`2/16〜 開始`, `3/2~`: from that day on; `~12/31` is a deadline).
 */
const STARTS_ON = /(?:より|から|以降|부터|이후|[〜～~][ \t]?)[ \t]?(?:適用|施行|開始|実施|運用|시행|적용|시작)|(?:より|から|以降|부터|이후|[〜～~])[ \t。.]*$|\beffective\b|\bin effect\b|\bfrom\b/i;
/** The same words a little after a date in an item's text (`8/29 점검부터 적용`, `9月1日のリリースより適用`). */
const TAKES_EFFECT_AFTER = new RegExp(`^[^,;\\n]{0,12}?(?:${STARTS_ON.source})`, 'i');

/** The first full date near the start of the document (`date: 2024-05-21`, `2024년 5월 21일`): the day it was written. */
function writtenOn(doc: ParsedDocument): string | undefined {
  const head = doc.text.length > 5000 ? doc.text.slice(0, 5000) : doc.text;
  return findDates(head).find((d) => d.value.iso)?.value.iso ?? undefined;
}

/**
 * The latest full date of the document's header, before its first section (`**Date of incident:**
 * 2025-02-11` then `**Written:** 2025-02-20`): the day it was written at the latest. Without one,
 * the first full date near the start (`writtenOn`).
 */
export function headerDate(doc: ParsedDocument): string | undefined {
  return latestHeaderDate(doc) ?? writtenOn(doc);
}

function latestHeaderDate(doc: ParsedDocument): string | undefined {
  const head = doc.text.slice(0, 3000);
  const section = head.search(/\n#{2,6}[ \t]/);
  let latest: string | undefined;
  for (const d of findDates(section < 0 ? head : head.slice(0, section))) {
    const iso = d.value.iso;
    if (iso && (latest === undefined || iso > latest)) latest = iso;
  }
  return latest;
}

/** Before a due date without a year, what sets it off as the item's date: a due word, or a comma, dash, slash or parenthesis. */
const YEARLESS_BEFORE = /(?:(?:初回|1回目|첫[ \t]?회)[ \t]{0,2}|(?:기한|마감일?|期限|期日)[ \t:：]{0,3}|\b(?:due|by|until|before|deadline|target|eta)\b[ \t:：]{0,3}|[,、，—–/／(（·:：|][ \t]{0,2})$/i;
/** `7/31`, `10/25`: month and day, as Korean and Japanese write them. */
const MONTH_DOT_DAY = /(?<![\d.])(1[0-2]|0?[1-9])\.[ \t]?(3[01]|[12]\d|0?[1-9])\.(?![ \t]?\d)/g;
const MONTH_SLASH_DAY = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** `8 月末`, `9월 말`, `4월 중`, `6月中`: a month as the deadline (its last day). */
/** Within this year, alone in a due cell or closing the item after a comma or a dash (the packs' `thisYearEnd`). */
const YEAR_END_CLOSING = new RegExp(`(?:^|[,、，—–][ \\t]{0,2})(?:${packWords('thisYearEnd') || '(?!)'})(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t)）.。]*$`);
/** A quarter after a due word, without a year (`by end of Q4`, `due Q2`). */
/** `— 인프라팀, 3분기 내`, `（山田、第3四半期）`: a quarter in the packs' words, without its year, closing the item. */
const QUARTER_WORD_END = new RegExp(`(?:^|[,、，—–(（/][ \\t]{0,2})(?:(?:${packWords('ordinalBefore')})[ \\t]?)?([1-4])[ \\t]?(?:${packWords('quarter')})(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t)）.。]*$`);
/** A half of the year alone, the first (group 1) or the second: `상반기 중`, `하반기 내`, `H1`, `first half`. */
const HALF_ALONE = new RegExp(`^(?:(${packWords('firstHalf')})|${packWords('secondHalf')})(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t.。]*$`, 'i');
/** `@m.lindqvist + CAD vendor, **Q2**`, `→ @nishimura、2Q`: a quarter alone closing the item after a comma or a dash. */
const QUARTER_CLOSING = /(?:[,、，—–][ \t]{0,2})[*_]{0,2}(?:(?:the[ \t])?end[ \t]of[ \t])?(?:Q([1-4])|([1-4])Q)[*_]{0,2}[ \t)）.。]*$/i;
const QUARTER_ALONE = /\b(?:by|due|before|until|target)[ \t:：]{1,3}(?:the[ \t])?(?:end[ \t]of[ \t])?Q([1-4])\b(?![ \t-]?\d)/i;
/** The end (or the course) of a month: `3月末`, `9월 말`, `12月中`, and `11/末` in a table's due cell. */
const MONTH_END = /(?<!\d)(\d{1,2})[ \t]?(?:[月월]|\/(?=末))[ \t]?(?:末|말|中(?!旬)|중(?![가-힣])|下旬|하순)/g;
/** A month with the packs' month word, then its first or middle third (`4月中旬`, `4월 초순`). */
const MONTH_THIRD = new RegExp(`(?<!\\d)(\\d{1,2})[ \\t]?(?:${PACKS.flatMap((p) => (p.calendar ? [p.calendar.month.source] : [])).join('|')})[ \\t]?(?:(${packWords('earlyMonth')})|${packWords('midMonth')})`, 'g');
/** `— Sven, April`, `(Jo, end of May)`: a month's name alone as the deadline, closing the item. */
const MONTH_NAME_END = /(?:^|[,、，—–/(（·:：][ \t]{0,2}|\b(?:by|due|until|before|in|target|eta|deadline)[ \t])(?:(?:the[ \t])?end[ \t]of[ \t]|mid-?|late[ \t])?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:[ \t]*[)）][^()（）\n]{0,80}|[ \t.。]*)$/i;
const CJK_TEXT = /[가-힣ぁ-んァ-ヶ一-龥]/;

/**
 * A due date written without a year (`— Ophelia, 19 July.`, `due 13 December`, `— 大塚 / 10/25 /
 * 対応中`, `(송하린, 9/13)`, a due cell `7/31` or `8 月末`), read as its next occurrence on or after
 * the day the document was written. Only where it is set off as the item's date (after a due word,
 * a comma, a dash, a slash or a parenthesis, or before `까지`/`まで`), or when it is the whole due
 * cell; month/day with a slash only in Korean or Japanese text, where it is never day/month.
 */
/** Words in a header cell that make its date the day the states were written (the packs' `asOf`). */
const AS_OF = new RegExp(packWords('asOf'), 'i');

/** The date of a header cell that says the states are as of it (`12/3 時点`, `状況(7/24 時点)`), read in the document's year. */
function headerAsOf(headers: readonly string[], written: string | undefined): string | undefined {
  for (const h of headers) {
    if (!AS_OF.test(h)) continue;
    const d = findDates(h, written ? { date: written } : undefined).find((x) => x.value.iso)?.value.iso;
    if (d) return d;
    // (`12/3 時点`: a month and day with a slash, read in the year the document was written.)
    const md = /(?<![\d/])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/])/.exec(h);
    if (md && written) return `${written.slice(0, 4)}-${md[1].padStart(2, '0')}-${md[2].padStart(2, '0')}`;
  }
  return undefined;
}

/** A table row's due date: its due cell, else a date in its action or status. */
function dueOf(dueCell: string | null, statusCell: string | null, text: string, written: string | undefined): string | null {
  if (dueCell) return STARTS_ON.test(dueCell) ? null : (dueIn(dueCell) ?? monthDue(dueCell, false) ?? yearlessDue(dueCell, written, true));
  return dueIn(text) ?? (statusCell ? dueIn(statusCell) : null) ?? monthDue(text, true) ?? yearlessDue(text, written, false);
}

/** `next sprint`, `다음 스프린트 내`, `次スプリント`: the whole of a due cell. */
const NEXT_SPRINT_CELL = new RegExp(`^(?:the[ \\t])?(?:${packWords('nextSprint')})(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t.。]*$`, 'i');
/** The same in an item's text, after a due word or set off at its end (`— @web-team, next sprint`). */
const NEXT_SPRINT_DUE = new RegExp(`\\b(?:due|by|target|deadline|eta)[ \\t:：]{1,3}(?:the[ \\t])?(?:${packWords('nextSprint')})|[,、，—–/(（][ \\t]{0,2}(?:${packWords('nextSprint')})(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t)）.。]*$`, 'i');
/** The words for the next sprint alone. */
const NEXT_SPRINT_WORDS = new RegExp(packWords('nextSprint'), 'i');
/** `1Q`, `3Q 中`: a quarter by its number alone, the way Japanese and Korean teams write a fiscal quarter. */
const NUMBER_Q_CELL = new RegExp(`^([1-4])Q(?:[ \\t]?(?:${packWords('quarterAfter')}))?[ \\t.。]*$`);
/** Weeks a `next sprint` can be after the day it was written: two sprints of four weeks. */
const SPRINT_DAYS = 56;

/**
 * A due date said relative to the day the document was written: `next sprint` (the last day it can
 * mean is eight weeks on), `1Q` in a due cell (a calendar or an April fiscal quarter: the later end
 * of the next one). Undefined when the item says none or the document gives no date.
 */
function relativeDue(text: string, written: string | undefined, whole: boolean): { dueWords: string; dueLatest: string; dueFrom: string } | undefined {
  if (!written) return undefined;
  const t = text.trim();
  const sprint = whole ? NEXT_SPRINT_CELL.exec(t) : NEXT_SPRINT_DUE.exec(t);
  if (sprint) {
    const day = new Date(Date.parse(`${written}T00:00:00Z`) + SPRINT_DAYS * 86_400_000).toISOString().slice(0, 10);
    return { dueWords: whole ? t : (NEXT_SPRINT_WORDS.exec(sprint[0])?.[0] ?? sprint[0]).trim(), dueLatest: day, dueFrom: written };
  }
  const q = whole ? NUMBER_Q_CELL.exec(t) : null;
  if (q) {
    const n = Number(q[1]);
    const year = Number(written.slice(0, 4));
    // The next end on or after the day written, of the calendar quarter and of the April fiscal one.
    const next = (month: number) => {
      const end = (y: number) => `${y}-${String(month).padStart(2, '0')}-${month === 3 || month === 12 ? '31' : '30'}`;
      return end(year) >= written ? end(year) : end(year + 1);
    };
    const calendar = next(n * 3);
    const fiscal = next(n === 4 ? 3 : n * 3 + 3);
    return { dueWords: t, dueLatest: calendar > fiscal ? calendar : fiscal, dueFrom: written };
  }
  return undefined;
}

/** A month and a day, two digits each, after a comma in the parenthesis closing an item (`(박유진, 07-05)`). */
const PAREN_MONTH_DAY_END = /[,、，][ \t]?(\d{2})-(\d{2})[ \t]?[)）][ \t.。]*$/;

function yearlessDue(text: string, written: string | undefined, whole: boolean): string | null {
  if (!written) return null;
  // (`8/29 점검부터 적용`: the day a practice takes effect is no deadline.)
  const setOff = (start: number, end: number) => (whole || YEARLESS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || /^[ \t]?(?:까지|まで)/.test(text.slice(end))) && !TAKES_EFFECT_AFTER.test(text.slice(end, end + 40));
  let found: { at: number; month: number; day: number } | undefined;
  const take = (at: number, month: number, day: number) => {
    // In a due cell the first date is the deadline and the rest a note (`11/29 (11月末の発行前に必須)`); in an item's text, the last.
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && (!found || (whole ? at < found.at : at > found.at))) found = { at, month, day };
  };
  for (const d of findDates(text, { date: written })) {
    const iso = d.value.iso;
    if (iso && !/\d{4}/.test(text.slice(d.start, d.end)) && setOff(d.start, d.end)) take(d.start, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  }
  // `04-30`: a due cell of month and day, two digits each.
  const md = whole ? /^(\d{2})-(\d{2})$/.exec(text.trim()) : null;
  if (md) take(0, Number(md[1]), Number(md[2]));
  // `(박유진, 07-05)`: the same after the owner, closing the item.
  const mdEnd = whole ? null : PAREN_MONTH_DAY_END.exec(text);
  if (mdEnd) take(mdEnd.index, Number(mdEnd[1]), Number(mdEnd[2]));
  if (CJK_TEXT.test(text) || whole) {
    for (const m of text.matchAll(MONTH_SLASH_DAY)) if (setOff(m.index, m.index + m[0].length)) take(m.index, Number(m[1]), Number(m[2]));
    // `7. 12.`: month and day the Korean way, each closed by a dot.
    for (const m of text.matchAll(MONTH_DOT_DAY)) if (setOff(m.index, m.index + m[0].length)) take(m.index, Number(m[1]), Number(m[2]));
    // The end of a month: its last day in the year it falls in (`2月末` in 2024 is the 29th), as `on` clamps 31.
    for (const m of text.matchAll(MONTH_END)) take(m.index, Number(m[1]), 31);
    // `4月中旬`, `4월 초순`: the middle or the first third of a month, by its last day (the 20th, the 10th).
    for (const m of text.matchAll(MONTH_THIRD)) take(m.index, Number(m[1]), m[2] !== undefined ? 10 : 20);
  }
  // `investigate by end of Q4`: a quarter without its year, the last day of it (a due cell may be the quarter alone: `Q3`).
  const quarter = found ? null : QUARTER_ALONE.exec(text) ?? QUARTER_WORD_END.exec(text) ?? QUARTER_CLOSING.exec(text) ?? (whole ? /^(?:(?:the[ \t])?end[ \t]of[ \t])?Q([1-4])$/i.exec(text.trim()) : null);
  if (quarter) take(quarter.index, Number(quarter[1] ?? quarter[2]) * 3, 31);
  // `— EOQ`, `by end of quarter`, `EOY`, `end of month`: the end of the quarter, year or month the document was written in.
  // (`EOQ (end of Q2)`: the quarter it names wins.)
  const relative = found ? null : RELATIVE_END.exec(text);
  if (relative && setOff(relative.index, relative.index + relative[0].length)) {
    const month = Number(written.slice(5, 7));
    const unit = (relative[1] ?? relative[2] ?? '').toLowerCase();
    const named = /\bQ([1-4])\b/.exec(text);
    take(relative.index, named ? Number(named[1]) * 3 : /^(?:eoq|quarter)$/.test(unit) ? Math.ceil(month / 3) * 3 : /^(?:eoy|year)$/.test(unit) ? 12 : month, 31);
  }
  // (`— 요금관리팀 + @sunghee-ra, 연내`, a due cell `年内`: within the year the document was written in.)
  const yearEnd = found ? null : YEAR_END_CLOSING.exec(text);
  if (yearEnd && (whole || yearEnd.index > 0)) take(yearEnd.index, 12, 31);
  // A due cell that is a half of the year alone (`상반기 중`, `H2`): its last day.
  const half = found || !whole ? null : HALF_ALONE.exec(text.trim());
  if (half) take(0, half[1] !== undefined ? 6 : 12, 31);
  const named = found ? null : MONTH_NAME_END.exec(text);
  const month = named ? monthNumber(named[1]) : undefined;
  if (named && month !== undefined) take(named.index, month, 31);
  if (!found) return null;
  const year = Number(written.slice(0, 4));
  const on = (y: number) => `${y}-${String(found!.month).padStart(2, '0')}-${String(Math.min(found!.day, new Date(Date.UTC(y, found!.month, 0)).getUTCDate())).padStart(2, '0')}`;
  return on(year) >= written ? on(year) : on(year + 1);
}

/** The first full date in the text (an action item's due date). */
function dueIn(text: string): string | null {
  for (const d of findDates(text)) if (d.value.iso) return d.value.iso;
  return null;
}

/** A column of item numbers or ids (`No`, `#`, `ID`, `番号`): not the action. */
const NUMBER_HEADER = new RegExp(`^(?:no\\.?|nr\\.?|#|id|ref|${packWords('numberHeader')})$`, 'i');

function tableItems(doc: ParsedDocument, table: Table, base: number, out: PlacedActionItem[], tracked = false, written?: string): void {
  const [head, ...rows] = table.children as TableRow[];
  if (!head) return;
  const columns = actionColumns(head.children.map((c) => nodeText(c).trim()));
  const headers = columns.map((c) => c.header);
  const col = (re: RegExp, not: number[] = []) => headers.findIndex((h, i) => !not.includes(i) && re.test(h));
  const owner = col(ACTION_COLUMNS.owner);
  const link = col(ACTION_COLUMNS.tracking, [owner]);
  const status = col(ACTION_COLUMNS.status, [owner, link]);
  const due = col(ACTION_COLUMNS.due, [owner, link, status]);
  const used = [owner, link, status, due];
  // (`| No | 対策 | 担当 | 期限 |`: the item is the action, not its number.)
  const free = headers.map((_, i) => i).filter((i) => !used.includes(i));
  const action = free.find((i) => !NUMBER_HEADER.test(headers[i])) ?? free[0] ?? 0;
  // (`| # | 対策 | 主管 | 期限 | 12/3 時点 |`: the states are as they were on that day.)
  const asOf = headerAsOf(head.children.map((c) => nodeText(c).trim()), written);
  for (const row of rows) {
    const cells = columns.map((c) => (row.children[c.col] ? cellPart(nodeText(row.children[c.col]).trim(), c).text.trim() : ''));
    const raw = (i: number) => {
      const c = columns[i] ? row.children[columns[i].col] : undefined;
      if (!c) return '';
      const r = nodeRange(c, base);
      return doc.text.slice(r.start, r.end);
    };
    const text = cells[action] ?? '';
    if (!text) continue;
    const at = (i: number) => (i >= 0 && cells[i] ? cells[i]! : null);
    const linkCell = at(link);
    const dated = dueOf(at(due), at(status), text, written);
    out.push({
      text,
      owner: at(owner) ?? fromText(text, false).owner,
      due: dated,
      ...(asOf ? { asOf } : undefined),
      ...(dated === null ? relativeDue(at(due) ?? text, written, at(due) !== null) : undefined),
      // (`| In progress, due 2024-08-30 |`: without a due column, a date in the status cell.)
      // `| done (2024-09-04) |` in the due column: done on that day.
      // A filled status cell says the item's state: done words in the action's text (`"발송 완료" 2단계로 분리`) are what it is about.
      done: isDoneStatus(at(status) ?? '') || isDoneStatus(at(due) ?? '') || /~~.+~~/.test(raw(action)) || (at(status) === null ? cells.some(saysDone) || isDone(text) : saysDone(at(status)!)),
      link: (link >= 0 ? URL.exec(raw(link))?.[0] : undefined) ?? linkCell ?? URL.exec(raw(action))?.[0] ?? null,
      range: nodeRange(row, base),
      // (A document that says where its items' state is kept, `…の実施状況を…貴財団に報告する`, `Status at report date`: its table's status is a snapshot.)
      statusElsewhere: tracked || (status < 0 && (linkCell !== null || TICKET.test(cells.join(' ')))),
    });
  }
}

/**
 * An incident as DevLake's incoming webhook takes it (`POST /plugins/webhook/connections/:id/issues`):
 * the record's id, start, resolution, status and services under DevLake's field names. DevLake
 * computes failed deployment recovery time from `createdDate` and `resolutionDate` (docs/report.md).
 */
export interface DevLakeIncident {
  issueKey: string;
  title: string;
  type: 'INCIDENT';
  status: 'DONE' | 'IN_PROGRESS';
  originalStatus: string;
  createdDate: string | null;
  resolutionDate: string | null;
  leadTimeMinutes: number | null;
  severity: string | null;
  component: string;
  url: string;
}

/** The DevLake webhook incident of a record: done when it has a resolution time. */
export function devlakeIncident(r: IncidentRecord): DevLakeIncident {
  return {
    issueKey: r.id,
    title: r.title ?? r.id,
    type: 'INCIDENT',
    status: r.resolved ? 'DONE' : 'IN_PROGRESS',
    originalStatus: r.status ?? (r.resolved ? 'resolved' : 'open'),
    createdDate: r.started ?? (r.date ? `${r.date}T00:00:00.000Z` : null),
    resolutionDate: r.resolved,
    leadTimeMinutes: r.ttrMinutes === null ? null : Math.round(r.ttrMinutes),
    severity: r.severity,
    component: r.services.join(','),
    url: r.path,
  };
}
