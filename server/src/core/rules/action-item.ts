import type { List, ListItem, Nodes, Table } from 'mdast';
import type { Rule } from './types';
import type { OffsetRange } from '../types';
import { nodeRange, nodeText, type ParsedDocument } from '../document';
import { isOnlyPlaceholders } from '../placeholders';
import { maskComments, trimEndChars } from '../facts';
import { findDates } from '../readers/index';

const OWNER_HEADER = /owner|assignee|assigned|responsible|\bdri\b|담당|책임/i;
const DUE_HEADER = /due|deadline|target|\beta\b|\bdate\b|when|기한|마감|목표|일정|날짜/i;
const TRACKING_HEADER = /track|issue|ticket|link|\bbug\b|jira|\bpr\b|추적|이슈|티켓|링크/i;

// Each pattern is linear (no two adjacent parts can match the same blank): the ReDoS test checks.
const OWNER_TEXT = [
  /(?:^|[^\w.@])@[A-Za-z0-9]/,
  /\b(?:owners?|assignees?|assigned to|responsible|DRI)\b(?:[ \t]{0,3}[:：])?[ \t]{0,3}[^\s:：)]/i,
  /(?:담당(?:자|팀)?|책임자)[ \t]{0,3}[:：][ \t]{0,3}\S/,
];
const DUE_BEFORE = /(?:\b(?:due|by|deadline|until|before|target|eta)(?:[ \t]date)?(?:[ \t]on)?|기한|마감일?|목표일)[ \t]{0,3}(?:[:：][ \t]{0,3})?\(?$/i;
const DUE_AFTER = /^[ \t]{0,3}까지/;
const TRACKING_TEXT = [/https?:\/\/\S/, /\]\([^()[\]\s]+\)/, /(?:^|[^\w&])#\d/, /\b[A-Z][A-Z0-9]{1,9}-\d/];
/** Cells that say nothing: empty, a dash, `N/A`, `none`, `?`, or only placeholders. */
const NOTHING = /^[\s\-–—?]*$|^(?:n\/?a|none|없음|미정|-)$/i;

/** An action item without an owner, or without a due date or a tracking link. */
export const rule: Rule = {
  meta: {
    id: 'action-item',
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Every action item has an owner, and a due date or a tracking link.',
    descriptionKo: '모든 후속 조치에는 담당자와, 기한 또는 추적 링크가 있어야 합니다.',
    messages: {
      noOwner: {
        en: 'Action item has no owner: name a person or team (an Owner column, "Owner: @alice" or "@alice").',
        ko: '후속 조치에 담당자가 없습니다. 사람이나 팀을 적으세요(담당 열, "담당: @alice", "@alice").',
      },
      noDue: {
        en: 'Action item has no due date or tracking link: add one (a Due column, "due 2024-03-01", an issue link, "#123" or "ABC-123").',
        ko: '후속 조치에 기한이나 추적 링크가 없습니다. 하나를 적으세요(기한 열, "기한: 2024-03-01", 이슈 링크, "#123", "ABC-123").',
      },
      noOwnerNoDue: {
        en: 'Action item has no owner and no due date or tracking link: add both (e.g. "Owner: @alice, due 2024-03-01").',
        ko: '후속 조치에 담당자도, 기한이나 추적 링크도 없습니다. 둘 다 적으세요(예: "담당: @alice, 기한: 2024-03-01").',
      },
    },
  },
  check(ctx) {
    const report = (range: OffsetRange, owner: boolean, due: boolean) => {
      if (owner && due) return;
      ctx.report({ messageId: !owner && !due ? 'noOwnerNoDue' : !owner ? 'noOwner' : 'noDue', range });
    };
    for (const occ of ctx.fields.byField.get('action_items') ?? []) {
      if (occ.surface !== 'section' || !occ.section) continue;
      for (const b of occ.section.body) {
        const node = b.node as Nodes;
        if (node.type === 'table') checkTable(ctx.doc, node, b.base, report);
        else if (node.type === 'list') checkList(ctx.doc, node, b.base, report);
      }
    }
  },
};

type Report = (range: OffsetRange, owner: boolean, due: boolean) => void;

function checkTable(doc: ParsedDocument, table: Table, base: number, report: Report): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => nodeText(c).trim());
  const find = (re: RegExp, not: number[] = []) => headers.findIndex((h, i) => !not.includes(i) && re.test(h));
  const owner = find(OWNER_HEADER);
  const tracking = find(TRACKING_HEADER, [owner]);
  const due = find(DUE_HEADER, [owner, tracking]);
  for (const row of rows) {
    const cells = row.children.map((c) => source(doc, nodeRange(c, base)));
    const said = (i: number) => i >= 0 && i < cells.length && !saysNothing(cells[i].text);
    const rowText = cells.map((c) => c.text).join(' | ');
    if (cells.every((c) => saysNothing(c.text))) continue;
    const hasOwner = owner >= 0 ? said(owner) : matchesAny(OWNER_TEXT, rowText);
    const hasDue = said(due) || said(tracking) || hasDueText(rowText) || matchesAny(TRACKING_TEXT, rowText);
    const first = cells.find((c) => !saysNothing(c.text)) ?? cells[0];
    report(first.range, hasOwner, hasDue);
  }
}

function checkList(doc: ParsedDocument, list: List, base: number, report: Report): void {
  for (const item of list.children as ListItem[]) {
    const r = nodeRange(item, base);
    const text = maskComments(doc.text.slice(r.start, r.end));
    const body = text.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]*)?/, '');
    if (saysNothing(body)) continue;
    const first = item.children[0];
    const fr = first ? nodeRange(first, base) : r;
    const lineEnd = doc.text.slice(fr.start, fr.end).search(/\r?\n/);
    report({ start: fr.start, end: lineEnd < 0 ? fr.end : fr.start + lineEnd }, matchesAny(OWNER_TEXT, body), hasDueText(body) || matchesAny(TRACKING_TEXT, body));
  }
}

/** A due date: a date after `due`, `by`, `deadline`, `기한:`… or before `까지`. */
function hasDueText(text: string): boolean {
  return findDates(text).some((d) => DUE_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) || DUE_AFTER.test(text.slice(d.end)));
}

/** The content of a table cell without its pipes and padding, and the range of that content. */
function source(doc: ParsedDocument, r: OffsetRange): { text: string; range: OffsetRange } {
  const src = doc.text.slice(r.start, r.end);
  const lead = src.length - src.replace(/^[|\s]+/, '').length;
  const content = trimEndChars(src.slice(lead), '| \t\r\n');
  return { text: maskComments(content).trim(), range: { start: r.start + lead, end: r.start + lead + content.length } };
}

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

function saysNothing(text: string): boolean {
  const t = text.replace(/<br\s*\/?>/gi, ' ').replace(/[*_`~]/g, '').trim();
  return NOTHING.test(t) || isOnlyPlaceholders(t);
}
