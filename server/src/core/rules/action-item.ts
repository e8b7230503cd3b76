import type { Heading, List, ListItem, Nodes, Table } from 'mdast';
import { ruleDocsUrl, type Rule } from './types';
import type { OffsetRange } from '../types';
import { nodeRange, nodeText, type ParsedDocument } from '../document';
import { isOnlyPlaceholders } from '../placeholders';
import { maskComments } from '../facts';
import { trimEndChars } from '../text';
import { findDates } from '../readers/index';
import { normalizeHeading } from '../fields';
import { DONE_SECTION, IMPERATIVE_START, isDone, isDoneStatus, RELATIVE_END, saysDone } from '../action-done';
import { internalPartStart, isPublicNotice } from '../audience';
import { packWords, PACKS } from '../lang/index';
import { insideDoneSection, ACTION_COLUMNS, actionColumns, actionTablesElsewhere, cellPart, closesActionItems, itemsTrackedElsewhere, labelledItems, allLists, enumeratedLines, headingScope, onHoldUntilRevisited, summedUpElsewhere, restatedByTable, itemsRestatedByTable, todoListsUnderActions, underDoneLead, YEAR_QUARTER } from '../record';

/** A table is a list of action items when one of its columns says so. */
const ACTION_TABLE_HEADER = /action|task|to ?do|follow|remediation|owner|assignee|due|deadline|status|ticket|issue|조치|작업|과제|담당|기한|対策|タスク|担当|期限/i;

// Each pattern is linear (no two adjacent parts can match the same blank): the ReDoS test checks.
/** A team or a department set off in the item (`— 基盤開発部 木村、2027年3月末`, `(인프라팀)`). */
const TEAM_SET_OFF = /(?:^|[—–(（:：、,，][ \t]{0,3})(?:[一-龥ァ-ヶーA-Za-z]{2,12}(?:部|課|室|チーム|グループ|班)|[가-힣A-Za-z]{2,12}(?:팀|실|본부|과|센터|업체|협력사|파트장?|셀))(?=[ \t、,，·)）]|$)/;
/** `TEAM_SET_OFF` for every place in a text (`teamSetOff` takes the last). */
const TEAM_SET_OFF_ALL = new RegExp(TEAM_SET_OFF.source, 'g');
const OWNER_TEXT = [
  /(?:^|[^\w.@])@[A-Za-z0-9가-힣ぁ-んァ-ヶ一-龥]/,
  // `Owner: X`, and `owner X` only where a value starts (`…, owner @amy`, `(owner Platform)`): not
  // `an email to the account owner`, which names somebody else.
  /\b(?:owners?|assignees?|responsible|DRI)[ \t]{0,3}[:：][ \t]{0,3}(?:\r?\n[ \t]{0,12})?(?!(?:TODO|TBD|TBC|N\/A|none|unassigned)\b)[^\s:：)]|\b(?:assigned|owned)[ \t]to[ \t]{1,3}[^\s)]|\bowned[ \t]by[ \t]{1,3}[^\s)]|(?:^|[(\[,;|–—-][ \t]{0,3})(?:owners?|assignees?|responsible|DRI)[ \t]{1,3}[^\s:：)]/i,
  // `… on call. Owner Billing Engineering manager, due 15 March.`: a sentence that starts with the label and a name.
  /[.!?][ \t\r\n]{1,4}(?:Owners?|Assignees?|DRI)[ \t]{1,3}[A-Z@]/,
  // A name and a date in one parenthesis at the end (`（藤田、3月末）`, `(@jo, 3/21)`): see `attribution`.
  // A team or a department set off at the end of the item (`— 基盤開発部 木村、2027年3月末`, `(인프라팀)`).
  TEAM_SET_OFF,
  // `中川さんが対応、10 月中`, `— 협력사 PM, 3.9.0 출시 전까지`: someone taking it on, in the packs' words.
  new RegExp(packWords('ownerPhrase')),
  /(?:담당(?:자|팀)?|책임자|担当(?:者)?)[ \t]{0,3}[:：][ \t]{0,3}\S/,
  // `— 담당 Daniel Park, 기한 2025-07-31`: the label without a colon, after a dash or a comma.
  /(?:^|[—–(（,，、][ \t]{0,3})(?:담당(?:자|팀)?|担当(?:者)?)[ \t]{1,3}(?!미정|未定|없음|なし|TBD)[^\s,，、)）]/,
];
/** Before a date, what makes it the due date (`due`, `Target:`, `기한`); asterisks are taken out of the text first (`hasDueText`), underscores are not. */
const DUE_BEFORE = /(?:\b(?:due|by|deadline|until|before|target|eta|(?:scheduled|planned|booked)[ \t]for)(?:[ \t]date)?(?:[ \t]on)?|기한|마감일?|목표일|期限|期日)(?:__?)?[ \t]{0,3}(?:[:：](?:__?)?[ \t]{0,3})?\(?$/i;
/** The deadline words of every pack (`까지`, `までに`, `まで`), as an alternation. */
const DEADLINE_WORDS = PACKS.flatMap((p) => p.deadlineAfter).join('|');
const DUE_AFTER = new RegExp(`^[ \\t]{0,3}(?:${DEADLINE_WORDS})`);
const TRACKING_TEXT = [
  /(?:^|[^\w&])#\d/,
  // `#ops-119`: a ticket of a tracker whose keys are written in lower case after a hash.
  /(?:^|[^\w&])#[a-z][a-z0-9]{1,9}-\d/,
  // `acme/observability#45`: an issue of another repository.
  /(?<![\w./-])[\w.-]{1,40}\/[\w.-]{1,60}#\d/,
  /\b[A-Z][A-Z0-9]{1,9}-\d/,
  // `(vendor case 04417792)`, `support ticket 88231`: a numbered case in someone else's tracker.
  /\b(?:vendor|support|supplier|provider|partner)[ \t](?:case|ticket|request)[ \t](?:no\.?[ \t]?|#)?\d{3,}\b/i,
  // `FB15588203 filed by Marco`: a report's number in someone else's tracker, filed.
  /\b[A-Z]{1,4}\d{5,}[ \t](?:filed|opened|raised|logged|submitted)\b/,
  // `— @tpetrov — milestone: \`platform-Q2-week-14\``: an issue tracker's milestone holds it, and its date.
  /\bmilestone[ \t]?:[ \t]{0,2}`?[\w.-]{2,40}/i,
  // `tracked in milestone "dl-v2 migration, take 2"`: the same, in words.
  /\b(?:tracked|planned|scheduled)[ \t](?:in|under|on)[ \t](?:the[ \t])?milestone[ \t]["“'`]?[\w.-]/i,
  /\b(?:tickets?|issues?|cases?(?:[ \t]id)?|bugs?)[ \t](?:[\w-]{1,20}[ \t]){0,2}(?:raised|created|opened|filed|logged)\b|\b(?:raised|created|opened|filed|logged)[ \t](?:an?[ \t])?(?:tickets?|issues?|case|bug)\b|\bcase[ \t]id[ \t]\d/i,
];
/** A URL, found whole (a run without blanks or closing brackets). */
const URL = /https?:\/\/[^\s)>\]<]{1,300}/gi;
/** What in a URL says it is an issue, a pull request or a ticket. */
const TRACKING_URL = /\/issues?(?:\/\d|\?|\/?$)|\/pulls?\/\d|\/merge_requests\/\d|\/browse\/[A-Z][A-Z0-9]{0,9}-\d|\/tickets?\/\d|jira|atlassian\.net|linear\.app|youtrack|bugzilla|\/projects\/\d|trello\.com\/c\/|app\.shortcut\.com|app\.asana\.com/i;
/** The text of a Markdown link (`[…](` or `[…][`). */
const LINK_TEXT = /\[([^\][\n]{1,80})\][([]/g;
/** What in a link's text says it is an issue, a pull request or a ticket. */
const TRACKING_WORDS = /\b(?:issues?|tickets?|pr|prs|pull requests?|jira|bugs?|tracked|tracking|cards?|tasks?|follow along)\b/i;

/**
 * The item is tracked: the URL of an issue, pull request or ticket; a link whose text says so
 * (`[Issue](…)`, `[pull request][fix-pr]`); `#123`; a key such as `ABC-123`; or "ticket raised".
 * A link to a tool or a document (`[hubtraf](https://github.com/…/hubtraf)`) is not tracking.
 */
function isTracked(text: string): boolean {
  if (TRACKING_TEXT.some((re) => re.test(text))) return true;
  for (const m of text.matchAll(URL)) if (TRACKING_URL.test(m[0])) return true;
  for (const m of text.matchAll(LINK_TEXT)) if (TRACKING_WORDS.test(m[1])) return true;
  return false;
}
/** Cells that say nothing: empty, a dash, `N/A`, `none`, `?`, or only placeholders. */
// (`야간에 할 일: 없음. 재계산은 내일 …`: none, then a note: nothing to do.)
const NOTHING = /^[\s\-–—?]*$|^(?:n\/?a|none|없음|미정|추후|未定|なし|-)$|^(?:none|nothing|없음|なし)[.。](?:\s|$)/i;


/** A quarter or a target in a heading or an item: `(Target: Q4 2025)`, `by Q1 2026`, `due end of Q3`. */
const QUARTER_DUE = /\b(?:target|due|by|eta|deadline|until|before|in|(?:planned|scheduled|slated|expected|targeted)[ \t](?:for|in))\b[^\n]{0,24}?\b(?:Q[1-4]|H[12]|(?:end|mid|start) of (?:Q[1-4]|\w{3,9}))\b|\(\s*Q[1-4] ?\d{4}(?:\s*[-–]\s*Q[1-4] ?\d{4})?\s*\)/i;
/** A relative due date: `Due: next quarter`, `by next sprint`, `target: this month`; an event as the deadline: `Due before winter term`, `Decision due at the November staff meeting`. */
const RELATIVE_DUE = /\b(?:due|target|deadline|eta)[ \t]{0,2}[:：]?[ \t]{0,2}(?:before|ahead[ \t]of|in[ \t]time[ \t]for|at)[ \t](?:the[ \t])?[A-Za-z]{3,}|\bdue[ \t](?:in|with)[ \t](?:the[ \t])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ \t]|next[ \t])?(?:app[ \t]|mobile[ \t]|ios[ \t]|android[ \t])?(?:release|version|update|sprint|deploy(?:ment)?)\b|[(（](?:this|next)[ \t](?:quarter|month|sprint|week|half)[)）]|\b(?:due|by|target|eta|deadline|until|before|planned[ \t]for|scheduled[ \t]for)\b[ \t:：]{1,4}(?:the[ \t])?(?:next|this|end[ \t]of[ \t](?:the|this|next)|following)\s{1,4}(?:quarter|month|sprint|release|week|half|upgrade|deploy(?:ment)?|maintenance|window|version|planning|renewal|review|audit|cycle|term|season)\b/i;
/**
 * A month as the due date: `期限：2025年7月末`, `기한: 2025년 7월 말`, `7月中旬まで`, `2025년 7월까지`,
 * `due July 2025`, `by the end of July 2025`, `target: 2025-07`. (A whole date is read by `findDates`.)
 */
const MONTH_DUE = [
  /(?:期限|期日|기한|마감일?|목표일?)[ \t]{0,3}(?:[:：][ \t]{0,3})?(?:\d{4}[ \t]?[年년/.-][ \t]?)?\d{1,2}[ \t]?[月월]/,
  /(?:\d{4}[ \t]?[年년][ \t]?)?\d{1,2}[ \t]?[月월][ \t]?(?:末|中|中旬|上旬|下旬|頭|말|중|초|중순|초순|하순)?[ \t]?(?:まで|までに|까지)/,
  // A month with a word that makes it a deadline, without a year: `12月中`, `3月末`, `4월 중`, `9월 말`.
  /(?:^|[^\d])\d{1,2}[ \t]?[月월][ \t]?(?:末|中(?!心|止|断)|中旬|上旬|下旬|말(?!씀)|중(?![가-힣])|중순|초순|하순)/,
  // Before an event in Japanese: `次学期開始まで`, `リリース前まで`.
  /(?:開始|終了|リリース|実施|更新|前)まで(?:に)?/,
  // `期限: 8/30`, `기한: 5/3`, `due 6/21`.
  /(?:期限|期日|기한|마감일?|목표일?|\bdue\b)[ \t]{0,3}(?:[:：][ \t]{0,3})?\d{1,2}\/\d{1,2}(?![\d/])/i,
  // Before an event: `(2024. 2학기 수강신청 전까지)`.
  /\S[ \t]?(?:이전|전)까지/,
  // A month/day before `まで`/`까지`: `3/8 までに手順書改訂`, `5/31까지`, and with Korean dots `5. 31.까지`.
  new RegExp(`(?<![\\d/.])\\d{1,2}(?:\\/|\\.[ \\t]?)\\d{1,2}\\.?[ \\t]?(?:${DEADLINE_WORDS})`),
  // A month/day closing a parenthesis after a name: `(@정우진, 3/21)`, `（藤田、3/28）`.
  /[、,，][ \t]{0,2}\d{1,2}\/\d{1,2}[ \t]{0,2}[)）]/,
  // A year and a month set off at the end of the item: `— 木村、2027年3月末`, `(2026년 9월 중)`.
  /(?:^|[—–(（:：、,，][ \t]{0,3})\d{4}[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?(?:末|中|中旬|上旬|下旬|頭|말|중|초|중순|초순|하순)?[ \t]?[)）。.]?[ \t]*$/,
  // A month alone set off at the end of the item, after the owner or a note: `— CPO, 11월`, `— 変更管理規程の改訂、12月` (the packs' month word).
  new RegExp(`[—–、,，][ \\t]{0,3}\\d{1,2}[ \\t]?(?:${PACKS.flatMap((p) => (p.calendar ? [p.calendar.month.source] : [])).join('|') || '(?!)'})[ \\t]?[)）。.]?[ \\t]*$`),
  // Without a year, a month named with its capital: `by April`, `due mid-May`, `we expect to ship it in April`.
  /\b(?:[Dd]ue|[Bb]y|[Dd]eadline|[Tt]arget(?:ed|ing)?|ETA|[Uu]ntil|[Bb]efore)\b[ \t:：]{1,4}(?:(?:early|mid|late|the end of|end of)[ \t-]{1,3})?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  /\b(?:ship|land|deliver|complete|finish|release|roll(?:ing)? out|launch|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|scheduled|aim(?:s|ed|ing)?)(?:[ \t][^.\n \t]{1,20}){0,6}[ \t]in[ \t]{1,3}(?:(?:early|mid|late)[ \t-]{1,3})?(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\b/,
  /\b(?:due|by|deadline|target|eta|until|before)\b(?:[ \t]date)?[ \t]{0,3}(?:[:：][ \t]{0,3})?(?:(?:the[ \t])?(?:end|mid|middle|start|beginning)[ \t]of[ \t])?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?[ \t]{1,2}\d{4}|\d{4}-(?:0[1-9]|1[0-2]))\b/i,
];


/** A priority legend line: `P1: fix this week`, `High – …`, `🔴 Critical: …`. */
const LEGEND_ITEM = /^(?:\*\*|__)?(?:p[0-4]|priority[ \t]\w{1,10}|high|medium|low|critical|urgent|must|should|could|won't|nice[ \t]to[ \t]have|short[- ]term|mid[- ]term|long[- ]term|🔴|🟠|🟡|🟢|⚪)(?:\*\*|__)?[ \t]{0,3}(?:[:=：]|[–—-][ \t])/i;

/** A status that says the item is only proposed, waiting for a decision. */
const PROPOSED = /^(?:proposed|proposal|under review|pending (?:decision|review|approval)|제안|제안됨|검토 요청|提案|提案中)\.?$/i;

/** A cell of a RACI table: `R`, `A`, `C`, `I`, `R/A`, or nothing. */
const RACI_CELL = /^(?:[RACI](?:[ \t]?[/,][ \t]?[RACI]){0,3}|[-–—]?)$/;

/** An open action item with no tracking link that lacks an owner or a due date. */
export const rule: Rule = {
  meta: {
    id: 'action-item',
    docs: { url: ruleDocsUrl('action-item') },
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'Every open action item is tracked (an issue or ticket link), or has an owner and a due date.',
    messages: {
      noOwner: 'Action item has a due date but no owner and no tracking link: name a person or team ("Owner: @alice"), or link the issue that tracks it.',
      noDue: 'Action item has an owner but no due date and no tracking link: add a due date ("due 2024-03-01"), or link the issue that tracks it.',
      noOwnerNoDue: 'Action item has no tracking link, owner or due date: link the issue that tracks it, or add an owner and a due date ("Owner: @alice, due 2024-03-01").',
      noDueAsap: 'Action item says "{word}" where its due date goes, which is no date: give it one ("due 2024-03-01"), or link the issue that tracks it.',
    },
  },
  check(ctx) {
    // A notice to customers speaks for the company: its commitments have no internal owner (audience.ts).
    // The internal part after one (`## 第2部 社内向け詳細報告`) is the team's, and is read.
    const from = internalPartStart(ctx.doc);
    if (from === undefined && isPublicNotice(ctx.doc)) return;
    // `Status: Complete, action items tracked in MOB-1402`: every item has its ticket there.
    if (itemsTrackedElsewhere(ctx.doc)) return;
    const seen = new Set<number>();
    const report = (range: OffsetRange, owner: boolean, due: boolean, tracked: boolean) => {
      if (tracked || (owner && due) || seen.has(range.start) || (from !== undefined && range.start < from)) return;
      seen.add(range.start);
      // (`— @suido-joho、期限:ASAP`: a due date given as `ASAP`, which names no day; said as such.)
      const asap = owner && !due ? ASAP.exec(ctx.doc.text.slice(range.start, range.end)) : null;
      if (asap) ctx.report({ messageId: 'noDueAsap', data: { word: asap[0] }, range });
      else ctx.report({ messageId: !owner && !due ? 'noOwnerNoDue' : !owner ? 'noOwner' : 'noDue', range });
    };
    const done = new Set<number>();
    // `## 今後の対策（要点）` over `## E. 対策の詳細`: the summary's items are restated in full there.
    const summed = summedUpElsewhere(ctx.fields);
    let lists: ReturnType<typeof allLists> | undefined;
    // `### Try` of a Keep / Problem / Try retrospective beside a section of action items of its own
    // (`## 6. 후속 조치` with `AI-1 … 담당 … 기한`): the retro's proposals, which the action items take up.
    const occs = ctx.fields.byField.get('action_items') ?? [];
    // (`- Try: …` items of a `## KPT` list are the same, labelled one by one.)
    // (A Try section that holds a table of actions with their columns, `| 액션 아이템 | 담당자 | 기한 |`, lists actions itself.)
    const isTry = (o: (typeof occs)[number]) => TRY_HEADING.test(normalizeHeading(o.surface === 'section' && o.section ? o.section.title : o.surface === 'labelled-line' ? ctx.doc.text.slice(o.labelRange.start, o.labelRange.end) : '')) && !(o.section?.body.some((b) => b.node.type === 'table') ?? false);
    const otherActions = occs.some((o) => (o.surface === 'section' || o.surface === 'labelled-line') && !isTry(o));
    for (const occ of occs) {
      if (otherActions && isTry(occ)) continue;
      if (occ.surface === 'labelled-line') {
        // (`- **強い対策**:物理的・システム的に起こらない仕組み`: a class of the action hierarchy, defined.)
        if (ACTION_STRENGTH.test(ctx.doc.text.slice(occ.labelRange.start, occ.labelRange.end).replace(/[*_]/g, '').trim())) continue;
        // `- **Review actions**:` over a list, or `**Action item:** …` on one line.
        lists ??= allLists(ctx.doc);
        const held = labelledItems(ctx.doc, occ, lists);
        for (const l of held.lists) if (!done.has(l.range.start)) {
          done.add(l.range.start);
          checkList(ctx.doc, l.list, l, report);
        }
        if (held.table && !done.has(held.table.start)) {
          // `**Action items.**` over a table: the table's rows are the items (its header row is none).
          done.add(held.table.start);
          checkTable(ctx.doc, held.table.node as Table, held.table.base, report);
        }
        // (`再発防止策の担当: 1 は 新井（4/9 まで）、2 は 吉川（完了）…`: a line of owners, not one item.)
        if (held.inline && !ACTION_COLUMNS.owner.test(ctx.doc.text.slice(occ.labelRange.start, occ.labelRange.end))) checkInline(ctx.doc, occ.valueRange, report);
        continue;
      }
      if (occ.surface !== 'section' || !occ.section || summed.has(occ.section)) continue;
      // `Immediate actions (completed)`: a record of what was done, not a list of follow-ups.
      const title = normalizeHeading(occ.section.title);
      if (DONE_SECTION.test(title) || insideDoneSection(ctx.doc, occ.section)) continue;
      // A heading that links the issue tracking its items (`Short-term improvements ([#123](…))`).
      const heading = ctx.doc.text.slice(occ.section.headingRange.start, occ.section.headingRange.end);
      const trackedHere = isTracked(heading);
      const dueHere = hasDueText(heading);
      let skipBelow: number | undefined;
      let trackedBelow: number | undefined;
      let dueBelow: number | undefined;
      let previous: Nodes | undefined;
      // The offset `previous`'s positions are relative to: blocks of different chunks have different bases.
      let previousBase = 0;
      for (const [k, b] of occ.section.body.entries()) {
        if (done.has(b.start)) continue;
        done.add(b.start);
        const node = b.node as Nodes;
        if (closesActionItems(occ.section.body, k)) break;
        if (node.type === 'heading') {
          const depth = (node as Heading).depth;
          const source = ctx.doc.text.slice(b.start, b.end);
          skipBelow = headingScope(skipBelow, depth, () => DONE_SECTION.test(normalizeHeading(nodeText(node))));
          trackedBelow = headingScope(trackedBelow, depth, () => isTracked(source));
          dueBelow = headingScope(dueBelow, depth, () => hasDueText(source));
          continue;
        }
        if (skipBelow !== undefined) continue;
        const r: Report = trackedHere || trackedBelow !== undefined ? () => undefined : report;
        if (node.type === 'table') checkTable(ctx.doc, node, b.base, r);
        // `가. … (5. 17.까지, 담당: …)` / `나. …`: an enumeration written as lines of a paragraph, each line an item.
        else if (node.type === 'paragraph') for (const e of enumeratedLines(ctx.doc, b)) checkInline(ctx.doc, e, r);
        // A list right after an item that is only a bold title holds that item's details, as if indented under it.
        // (Not one under `実施済み:`: a record of what was done.)
        // (Nor one that a table of the section restates with owners and dates: the rows are the items.)
        else if (node.type === 'list' && !underDoneLead(occ.section.body, k) && !restatedByTable(ctx.doc, occ.section.body, k)) {
          // `가. 단기 대책 (2024. 3월 중)` over the list: the group's deadline is its items'.
          const groupDue = previous?.type === 'paragraph' && isGroupLine(ctx.doc, previous, previousBase) && hasDueText(nodeText(previous));
          // `The three items without a link are owned by @lucia (template), @devrel (blog post)…` after the list.
          const after = occ.section.body[occ.section.body.indexOf(b) + 1];
          const ownedAfter = after?.node.type === 'paragraph' && ownedAfterIn(ctx.doc.text.slice(after.start, after.end));
          // (`## What we are changing` in prose, four of its five points rows of `## Follow-up actions`: the fifth is asked about.)
          const restated = [...itemsRestatedByTable(ctx.doc, occ.section.body, k)].map((i) => nodeRange(node.children[i], b.base));
          const rr: Report = restated.length === 0 ? r : (range, owner, due, tracked) => {
            if (!restated.some((x) => x.start <= range.start && range.start < x.end)) r(range, owner, due, tracked);
          };
          checkList(ctx.doc, node, b, ownedAfter ? (range, _owner, due, tracked) => rr(range, true, due, tracked) : rr, endsWithGroupTitle(ctx.doc, previous) ? 1 : 0, dueHere || dueBelow !== undefined || groupDue);
        }
        previous = node;
        previousBase = b.base;
      }
    }
    // A table of actions under another heading (`## 対応` with `| やること | 担当 | 期限 | 状況 |`).
    for (const t of actionTablesElsewhere(ctx.doc, ctx.fields)) if (!done.has(t.start)) checkTable(ctx.doc, t.table, t.base, report);
    // Things still to do under a heading read as the resolution (`### Resolving actions` over `- deploy new contract`).
    for (const l of todoListsUnderActions(ctx.doc, ctx.fields)) if (!done.has(l.start)) checkList(ctx.doc, l.list, l, report);
  },
};

type Report = (range: OffsetRange, owner: boolean, due: boolean, tracked: boolean) => void;

function checkTable(doc: ParsedDocument, table: Table, base: number, report: Report): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const columns = actionColumns(head.children.map((c) => nodeText(c).trim()));
  const headers = columns.map((c) => c.header);
  // A table of thresholds or metrics inside the section is not a list of actions.
  if (!headers.some((h) => ACTION_TABLE_HEADER.test(h))) return;
  const find = (re: RegExp, not: number[] = []) => headers.findIndex((h, i) => !not.includes(i) && re.test(h));
  const owner = find(ACTION_COLUMNS.owner);
  const tracking = find(ACTION_COLUMNS.tracking, [owner]);
  const status = find(ACTION_COLUMNS.status, [owner, tracking]);
  const due = find(ACTION_COLUMNS.due, [owner, tracking, status]);
  // A RACI table: columns of teams whose cells are R, A, C or I. A row with an R or an A has an owner.
  const cellText = (row: Table['children'][number], i: number) => (columns[i] && row.children[columns[i].col] ? cellPart(nodeText(row.children[columns[i].col]).trim(), columns[i]).text.trim() : '');
  const raci = owner >= 0 || rows.length === 0 ? [] : headers.map((_, i) => i).filter((i) => rows.every((row) => RACI_CELL.test(cellText(row, i))) && rows.some((row) => cellText(row, i) !== ''));
  // (A matrix of who does what, with no due date or status column, is a table of roles: the items, with their
  // dates, are listed elsewhere.)
  if (raci.length >= 2 && due < 0 && status < 0 && tracking < 0) return;
  for (const row of rows) {
    const cells = columns.flatMap((c) => {
      const cell = row.children[c.col];
      if (!cell) return [];
      const whole = source(doc, nodeRange(cell, base));
      const part = cellPart(whole.text, c);
      const lead = part.text.length - part.text.trimStart().length;
      const text = part.text.trim();
      return [{ text, range: { start: whole.range.start + part.offset + lead, end: whole.range.start + part.offset + lead + text.length } }];
    });
    // `TODO: 担当を決める` in the owner cell: nobody yet.
    const said = (i: number) => i >= 0 && i < cells.length && !saysNothing(cells[i].text) && !/^(?:TODO|TBD|FIXME)\b/i.test(cells[i].text.replace(/[*_`]/g, ''));
    const rowText = cells.map((c) => c.text).join(' | ');
    if (cells.every((c) => saysNothing(c.text))) continue;
    if ((status >= 0 && status < cells.length && isDoneStatus(cells[status].text)) || saysDone(rowText)) continue;
    // `Proposed`: an idea waiting for a decision, not yet an action anyone owns.
    if (status >= 0 && status < cells.length && PROPOSED.test(cells[status].text.replace(/[*_`]/g, '').trim())) continue;
    const hasOwner = owner >= 0 ? said(owner) : (raci.length >= 2 && raci.some((i) => /[RA]/.test(cellText(row, i)))) || hasOwnerText(rowText);
    const hasDue = said(due) || hasDueText(rowText);
    const tracked = (tracking >= 0 && said(tracking)) || isTracked(rowText);
    const first = cells.find((c) => !saysNothing(c.text)) ?? cells[0];
    report(first.range, hasOwner, hasDue, tracked);
  }
}

function checkList(doc: ParsedDocument, list: List, block: { base: number }, report: Report, depth = 0, due = false): void {
  const items = list.children as ListItem[];
  const bodies = items.map((item) => {
    const r = nodeRange(item, block.base);
    const text = maskComments(doc.text.slice(r.start, r.end));
    return text.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\[[ xX]\][ \t]*)?/, '');
  });
  // A legend that explains priority labels is not a list of actions.
  if (items.length <= 8 && bodies.every((b) => LEGEND_ITEM.test(b.trim()) && b.trim().length <= 160)) return;
  items.forEach((item, i) => {
    const first = item.children[0];
    const r = nodeRange(item, block.base);
    const fr = first ? nodeRange(first, block.base) : r;
    // The item's own text: its first paragraph, without the items nested under it.
    const own = first && first.type === 'paragraph' ? maskComments(doc.text.slice(fr.start, fr.end)) : bodies[i];
    const body = first && first.type === 'paragraph' ? own.replace(/^[ \t]*(?:\[[ xX]\][ \t]*)?/, '') : bodies[i];
    // `担当: 吉川 / 期限: 6月28日 / 状態: 完了` on a line under the item: its owner, date and state.
    const meta = bodies[i].split(/\r?\n/).slice(1).filter((l) => META_LINE.test(l)).join(' ');
    // (`次回報告(第2報)は 8/26(月) 17:00 予定` in a first report: when the next report comes and what it will say.)
    if (saysNothing(body) || NEXT_REPORT.test(body.trim()) || item.checked === true || isDone(body) || attribution(bodies[i])?.done || (meta !== '' && saysDone(meta))) return;
    // (`(Interconnect team, no date yet; depends on Orbica)`: no date, and what it waits on said instead.)
    if (NO_DATE_WAITS_ON.test(bodies[i])) return;
    // (`- **強い対策**:物理的・システム的に…`: a class of the action hierarchy, defined, in the list of actions.)
    if (STRENGTH_LEAD.test(body)) return;
    if (depth > 0 && !IMPERATIVE_START.test(body.replace(/^[\s*_]+/, ''))) return;
    const tracked = isTracked(bodies[i]);
    // `- **Root cause discovery**` over its own list: a group title, not an action.
    const groupTitle = /^(?:\*\*|__)[^*_\n]{1,120}(?:\*\*|__):?$/.test(body.trim()) && item.children.some((c) => c.type === 'list');
    if (!groupTitle) {
      const lineEnd = doc.text.slice(fr.start, fr.end).search(/\r?\n/);
      // `Target:` at the end of one line and the date on the next read as one.
      // Emphasis around a label is not part of it (`_Owner: Ananya. Target: 22 Nov._`).
      const flat = body.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/(^|[\s(])[_*]{1,2}(?=[A-Za-z@])|(?<=[\w.)])[_*]{1,2}(?=[\s).,;:]|$)/g, '$1');
      // (`6. …を有効にする` then `   情報基盤センター B — 2027-02-26(対応中)`: who and when on a line of their own under the item.)
      const ownLine = body.split(/\r?\n/).slice(1).some(ownerThenDate);
      report({ start: fr.start, end: lineEnd < 0 ? fr.end : fr.start + lineEnd }, ownLine || hasOwnerText(flat) || (meta !== '' && hasOwnerText(meta)), ownLine || due || hasDueText(flat) || (meta !== '' && hasDueText(meta)), tracked);
    }
    // Sub-items are actions too, tracked when the item above them is.
    if (depth < 8) for (const c of item.children) if (c.type === 'list') checkList(doc, c, block, tracked ? () => undefined : report, depth + 1, due || hasDueText(body));
  });
}

/**
 * The last item of a list is only a bold title (`1. **Deeper monitoring**`), or ends by leading
 * into what follows (`1. **Deeper monitoring** We plan to add alerts around:`): the list after it
 * holds that item's details, even when it is not indented under it.
 */
function endsWithGroupTitle(doc: ParsedDocument, node: Nodes | undefined): boolean {
  if (!node || node.type !== 'list') return false;
  const last = (node as List).children[(node as List).children.length - 1];
  const first = last?.children[0];
  if (!first || first.type !== 'paragraph' || last.children.length > 1) return false;
  if (/[:：]\s*$/.test(nodeText(first))) return true;
  return first.children.length === 1 && first.children[0].type === 'strong';
}

/** A line under an item that gives its owner, date or state: `担当: 吉川 / 期限: 6月28日`, `- **Owner:** Ana`, `Status: done`. */
/** The same opening an item, as its label (`**強い対策**:`, `Stronger actions:`). */
const STRENGTH_LEAD = new RegExp(`^[ \\t]*(?:\\*\\*|__)?(?:${packWords('actionStrength')})(?:\\*\\*|__)?[ \\t]*[:：]`, 'i');
/** A label for the due date and its value up to a comma or a closing parenthesis (the packs' `dueLabel`). */
const DUE_LABEL_VALUE = new RegExp(`(?:^|[\\s(（,、，—–-])(?:${packWords('dueLabel')})[ \\t]{0,2}[:：][ \\t]{0,2}([^,，、)）\\n]{1,40})`, 'i');
/** The same after a label written without a colon (`— @mk-seo, 기한 1분기 말`; the packs' `dueLabelBare`). */
const DUE_LABEL_BARE_VALUE = new RegExp(`(?:^|[\\s(（,、，—–-])(?:${packWords('dueLabelBare') || '(?!)'})[ \\t]{1,2}([^,，、)）\\n]{1,40})`);
/** Within this year as a deadline (`연내`, `年内`; the packs' `thisYearEnd`). */
const YEAR_END_WORD = new RegExp(`(?:${packWords('thisYearEnd') || '(?!)'})`);
/** `ASAP` as an item's due date. */
const ASAP = /\bASAP\b/i;
/** A due value that gives no date. */
const NO_DUE_VALUE = /^(?:asap|todo|\?+|-+|none)$/i;
/** A class of an action hierarchy as a label, the whole of it (the packs' `actionStrength`). */
const ACTION_STRENGTH = new RegExp(`^(?:${packWords('actionStrength')})$`, 'i');
/**
 * A line that is who, a dash, then a date (`情報基盤センター B — 2027-02-26(対応中)`, `Clinical Comms — 2026-03-01`). Read by
 * splitting at the first dash: one pattern for it took recheck past its limit.
 */
function ownerThenDate(line: string): boolean {
  const dash = line.search(/[—–]/);
  if (dash < 2 || dash > 48) return false;
  const name = line.slice(0, dash).trim();
  return name.length >= 2 && name.length <= 40 && DATE_FIRST.test(line.slice(dash + 1).trimStart()) && isOwnerName(name);
}
/** A date of the year, month and day, or of month and day, opening a text. */
const DATE_FIRST = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2})(?![\d/-])/;
const META_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:担当|期限|状態|状況|담당|기한|상태|owner|due|status|eta|target)(?:\*\*|__)?[ \t]*[:：]/i;

/** A paragraph that gives the items below their owners: `… are owned by @lucia (template), @devrel (blog post)`. */
const OWNED_BY = /\b(?:owned[ \t]by|owners?[ \t](?:are|is)|assigned[ \t]to)\b/i;
/** `Owners are …`, then a handle (`@ana`) within 200 characters (a scan: one pattern with the gap took recheck a minute to prove safe). */
function ownedAfterIn(text: string): boolean {
  const m = OWNED_BY.exec(text);
  if (!m) return false;
  const from = m.index + m[0].length;
  const at = text.indexOf('@', from);
  return at >= 0 && at - from <= 200 && /^@[\w-]/.test(text.slice(at, at + 2));
}

/** A short line over a list that names a group of items (`가. 단기 대책 (2024. 3월 중)`, `**Short term (by Q3)**`). */
function isGroupLine(doc: ParsedDocument, node: Nodes, base: number): boolean {
  const r = nodeRange(node, base);
  const t = doc.text.slice(r.start, r.end).trim();
  return t.length <= 80 && !/[\r\n]/.test(t);
}

/** A labelled line that says the items are still to be agreed: `**Action items:** pending review meeting on 2025-10-23`. */
const NOT_DECIDED_YET = /^[ \t]*(?:pending|awaiting|to be (?:decided|agreed|set|defined)(?: at| in| after)?)[ \t](?:the[ \t])?(?:review|retro(?:spective)?|postmortem|post-incident|meeting|decision|discussion|rca)\b/i;

/** An action item written as a labelled line (`**Action item:** Start incidents earlier.`). */
/** `… 근본 해결입니다(3번).`, `(対策3)`, `(item 3)`: a line that points at an item of the list by its number. */
const POINTS_AT_ITEM = new RegExp(`[(（][ \\t]?(?:${PACKS.map((p) => p.words.itemNumbers).join('|')})[ \\t]?[)）][ \\t.。]*$`, 'i');

function checkInline(doc: ParsedDocument, whole: OffsetRange, report: Report): void {
  const lead = doc.text.slice(whole.start, whole.end).search(/\S/);
  const range = { start: whole.start + Math.max(0, lead), end: whole.end };
  const text = maskComments(doc.text.slice(range.start, range.end));
  if (saysNothing(text) || isDone(text) || NOT_DECIDED_YET.test(text)) return;
  // (`- **다음에 할 일**: … 구조로 바꾸는 것이 근본 해결입니다(3번).` in a retrospective: item 3 of the table, said again.)
  if (POINTS_AT_ITEM.test(text.split(/\r?\n/)[0].trimEnd())) return;
  const lineEnd = text.search(/\r?\n/);
  report({ start: range.start, end: lineEnd < 0 ? range.end : range.start + lineEnd }, hasOwnerText(text), hasDueText(text), isTracked(text));
}

/** The first run of a recurring item, dated (`初回 6/27`, `첫 회 7/1`, `first drill 2025-03-31`): its deadline. */
const FIRST_RUN_DATE = /(?:初回|1回目|첫[ \t]?(?:회|번째)|\bfirst[ \t](?:run|drill|review|test|session|exercise|audit))[ \t:：]{0,3}(?:(?:in|on|by)[ \t])?(?:\d{1,2}\/\d{1,2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]|\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b)/i;

/** From the next release on (`次回リリース（3月）から`, `다음 배포부터`): a practice that starts then. */
const FROM_NEXT_EVENT = /(?:次回|次期|다음|차기)[^\s/]{0,16}?(?:から|より|부터)|\d{1,2}[ \t]?[月월][)）][ \t]?(?:から|より|부터)/;

/** A sprint by its number (`Sprint 51`, `스프린트 12`): a planned iteration the team dates elsewhere. */
/** `— EOQ`, `(EOY)`, `by end of quarter` (record.ts `RELATIVE_END`, which reads the day) set off as the item's date. */
const END_OF_PERIOD = new RegExp(`(?:[,、，—–(（/][ \\t]{0,2}|\\b(?:due|by|before|until|target|eta)[ \\t:：]{1,3})(?:${RELATIVE_END.source})`, 'i');
const SPRINT_DUE = /\bsprint[ \t]?#?\d{1,4}\b|스프린트[ \t]?\d{1,4}|スプリント[ \t]?\d{1,4}/i;
/** A month alone in parentheses (`(August)`, `(late March)`): when it is to happen. */
const MONTH_IN_PARENS = /[(（](?:(?:early|mid|late|end[ \t]of)[ \t-])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?:[ \t]\d{4})?[)）]/i;

/** `Resume the rollout only after items 1, 2 and 4 are closed`, `paused until 1 and 2 are complete`: the item's time is set by other items' dates. */
const AFTER_OTHER_ITEMS = /\b(?:after|once|when|until)[ \t](?:(?:items?|actions?|#)[ \t]?)?\d{1,2}(?:(?:,[ \t]?|[ \t]and[ \t]|[ \t]&[ \t])#?\d{1,2}){0,6}[ \t](?:are|is|have[ \t]been|has[ \t]been)[ \t](?:closed|done|complete|completed|finished|shipped|in[ \t]place)\b/i;

function hasDueText(raw: string): boolean {
  // Emphasis is no part of a label or a date (`*Target:* February 2025`).
  const text = raw.replace(/\*{1,2}/g, '');
  if (AFTER_OTHER_ITEMS.test(text) || PACKS.some((p) => p.eventDeadline?.test(text)) || FIRST_RUN_DATE.test(text) || FROM_NEXT_EVENT.test(text) || SPRINT_DUE.test(text) || MONTH_IN_PARENS.test(text) || QUARTER_DUE.test(text) || YEAR_QUARTER.test(text) || RELATIVE_DUE.test(text) || END_OF_PERIOD.test(text) || MONTH_DUE.some((re) => re.test(text))) return true;
  // `보류 (하반기 재검토)`, `on hold, revisit in Q1`: on hold, with when it is looked at again.
  if (onHoldUntilRevisited(text)) return true;
  // (`— @kudo-crew(期限:1Q 末)`, `期限:春ダイヤ改正前`: a value after a label for the due date, whatever its form, is the date
  // the item gives; not one that says there is none yet, nor `ASAP`, which is no date.)
  if (YEAR_END_WORD.test(text)) return true;
  const labelled = DUE_LABEL_VALUE.exec(text) ?? DUE_LABEL_BARE_VALUE.exec(text);
  if (labelled && !NO_DUE_VALUE.test(labelled[1].trim()) && !NO_DATE_YET.test(labelled[1].trim())) return true;
  if (attribution(text)?.due || IN_MONTH.test(text) || DATE_IN_PARENS.test(text) || RECURRING.test(text) || DATE_AFTER_DOT.test(text) || DASH_MONTH_DAY_END.test(text)) return true;
  // A date closing the item after a comma or a dash (`First review before the Cup, 10 January 2025.`,
  // `(Rosa to bring to the sync, 4 February)`).
  const end = trimEndChars(text, ' \t\r\n.。)）*_');
  const last = findDates(end).pop();
  if (last && last.end === end.length && /[,、，—–(（][ \t]*$/.test(end.slice(0, last.start))) return true;
  // `… @kawabata 2026-12-18`: a handle, then a date closing the item (a task list's owner and due date).
  if (last && last.end === end.length && /(?:^|[ \t])@[\w.-]{1,39}[ \t]{1,3}$/.test(end.slice(0, last.start))) return true;
  return findDates(text).some((d) => DUE_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) || DUE_AFTER.test(text.slice(d.end)));
}

/** The content of a table cell without its pipes and padding, and the range of that content. */
function source(doc: ParsedDocument, r: OffsetRange): { text: string; range: OffsetRange } {
  const src = doc.text.slice(r.start, r.end);
  const lead = src.length - src.replace(/^[|\s]+/, '').length;
  const content = trimEndChars(src.slice(lead), '| \t\r\n');
  return { text: maskComments(content).trim(), range: { start: r.start + lead, end: r.start + lead + content.length } };
}

/** A team that leads the item as its label: `서버개발팀: 마이그레이션 리허설`, `**Platform team:** add alerts`. */
const LEADING_OWNER = /^[ \t]*(?:(?:\*\*|__)?(?:[가-힣A-Za-z]{1,12}(?:팀|실|본부|센터)|[一-龥ァ-ヶー]{1,12}(?:部|課|室|チーム|グループ)|[A-Z][A-Za-z]{1,20} (?:team|squad|group|on-call))(?:\*\*|__)?[ \t]{0,2}[:：])/;
/** `Dana to add it to the template by 4 April`: a person, then what they are to do (not `Switch to …`, an imperative). */
const NAME_TO_DO = /(?:^[ \t]*|[;.。][ \t]{1,3}|[(（])([A-Z][a-z]{1,15})[ \t]to[ \t][a-z]{2,15}\b/;
/** A date after a middle dot (`Ahmed Karimi · 14 June · done`, an `Owner · due · status` cell). */
const DATE_AFTER_DOT = /(?:[·•]|[ \t]\/)[ \t]?(?:\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2}|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2})\b/i;
/** `retry the rollout in November`: a month named as when it happens (capitalised: `may` is a verb). */
const IN_MONTH = /\b(?:in|(?:planned|scheduled|targeted|slated)[ \t](?:for|in))[ \t](?:early[ \t]|mid-?|late[ \t])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** A month/day alone after a dash, closing the item (`VPN 장비 이중화 — 6/14`). */
const DASH_MONTH_DAY_END = /[—–,，、][ \t]{0,2}\d{1,2}\/\d{1,2}[ \t.。]*$/;
/** A month/day in parentheses (`(12/18)`, `（12/17, 3.2 재점검 전 필수）`). */
const DATE_IN_PARENS = /[(（][ \t]?\d{1,2}\/\d{1,2}[ \t]?[)）,、，]/;

/** A name alone in parentheses closing the item (`…を追加（藤田）`), not a state (`（検討中）`, `(진행 중)`). */
const NAME_IN_PARENS_AT_END = /[(（]([一-龥ぁ-んァ-ヶ가-힣]{2,6})[)）][ \t。.]*$/;
const NOT_A_NAME = /(?:中|済|予定|未定|完了|終了|対応|保留|예정|미정|완료|검토|보류|반영|적용)$/;

/** The item names its owner (`OWNER_TEXT`, or a name in parentheses at its end). */
function hasOwnerText(text: string): boolean {
  return matchesAny(OWNER_TEXT, text) || LEADING_OWNER.test(text) || attribution(text)?.owner === true || nameToDo(text) !== undefined || nameInParensAtEnd(text) !== undefined;
}

/**
 * The owner's name where the rule finds one without a label (`— 大西、2/21`, `Dana to add …`,
 * `서버개발팀: …`, `…を追加（藤田）`), for the incident record; labels and handles are read there.
 */
export function ownerNameOf(text: string): string | null {
  // (`— 平野、3/18(完了)`: who and when before a state in parentheses.)
  const bare = text.replace(/[ \t]*[(（]([^()（）]{1,12})[)）][ \t。.]*$/, (all, state: string) => (isDone(state) || NOT_A_NAME.test(state) ? '' : all));
  const shown = (a: Attribution | undefined) => (a?.who && a.listed ? cleanName(a.who) || undefined : a?.who);
  const who = shown(attribution(text)) ?? (bare !== text ? shown(attribution(bare)) : undefined) ?? LEADING_OWNER.exec(text)?.[0].replace(/[*_:：]/g, '').trim() ?? nameToDo(text) ?? nameInParensAtEnd(text) ?? teamSetOff(text);
  return who || null;
}

/** `Dana to add it to the template by 4 April`: the person, not an imperative (`Switch to …`). */
function nameToDo(text: string): string | undefined {
  const toDo = NAME_TO_DO.exec(text);
  if (toDo && !IMPERATIVE_START.test(toDo[1]) && !NOT_AN_OWNER.test(toDo[1]) && !/^(?:return|go|get|back|due|plan|need|have|try|want|continue|start|begin|stop|keep|listen|talk|write|reply|respond|travel|turn|roll|fall|revert|pivot|transition|switch|move|upgrade|downgrade|migrate|change|convert|point|redirect|default|apply|subscribe|opt|sign|log|link|connect|commit|push|post|send|reach|escalate|report|expose|speak|refer|add)$/i.test(toDo[1])) return toDo[1];
  return undefined;
}

/** The team set off in the item and the person after it, up to the next comma or parenthesis (`인프라팀 박건우`, `EC開発チーム 竹内`). */
function teamSetOff(text: string): string | undefined {
  // The last one: a team set off at the end of the item is its owner more often than one at its start.
  let m: RegExpExecArray | null = null;
  TEAM_SET_OFF_ALL.lastIndex = 0;
  for (let found = TEAM_SET_OFF_ALL.exec(text); found; found = TEAM_SET_OFF_ALL.exec(text)) {
    m = found;
    if (found[0] === '') TEAM_SET_OFF_ALL.lastIndex++;
  }
  // (`고객센터 FAQ에 …`: a team opening the item without a colon is what it is about, not who does it.)
  if (!m || m.index === 0 && !/^[—–(（:：、,，]/.test(m[0])) return undefined;
  const from = m.index + m[0].length - m[0].replace(/^[—–(（:：、,，][ \t]*/, '').length;
  const rest = text.slice(from, from + 40);
  const end = rest.search(/[,、，·)）(（/]|[ \t]+[—–]/);
  // The team and at most one word after it (its person).
  const words = (end < 0 ? rest : rest.slice(0, end)).trim().split(/[ \t]+/);
  return withoutConsulted(words.slice(0, 2).join(' ')) || undefined;
}

/** `총무팀과 협의` → `총무팀`: the team consulted (the packs' `consulted`), as the name. */
function withoutConsulted(name: string): string {
  return PACKS.reduce((n, p) => (p.consulted ? n.replace(p.consulted, '') : n), name);
}
/** A part ending in `까지`, `から`…: when, not who. */
const ENDS_LIKE_WHEN = new RegExp(`(?:${PACKS.flatMap((p) => [...p.deadlineAfter, ...p.rangeFrom]).join('|') || '(?!)'})$`);

function nameInParensAtEnd(text: string): string | undefined {
  const m = NAME_IN_PARENS_AT_END.exec(text);
  if (m) return !NOT_A_NAME.test(m[1] ?? '') && !MEETING_NOT_OWNER.test(m[1] ?? '') ? m[1] : undefined;
  // `Planned for Q1 2027 (Rafael).`: a first name alone in parentheses after the item's date (a product
  // in parentheses, `(Redis)`, is told from a name only by that date before it).
  const latin = LATIN_NAME_IN_PARENS_AT_END.exec(text);
  // (Only the item's last sentence: `… Planned for Q1 2027 (Rafael).`)
  return latin && DATED_BEFORE.test(text.slice(0, latin.index).split(/[.!?](?=\s)/).pop() ?? '') && !NOT_A_FIRST_NAME.test(latin[1] ?? '') ? latin[1] : undefined;
}
const LATIN_NAME_IN_PARENS_AT_END = /[ \t][(]([A-Z][a-z]{1,14}(?:[ \t](?:\+|and|&)[ \t][A-Z][a-z]{1,14})?)[)][ \t.]*$/;
/** In the item's last sentence, a date or a deadline. */
const DATED_BEFORE = /\b(?:planned[ \t]for|scheduled[ \t]for|due|by|target(?:ing)?|eta|until|before)[ \t]{1,3}(?:the[ \t](?:end|middle)[ \t]of[ \t])?(?:Q[1-4]\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|next[ \t][a-z]{3,9}\b)/i;
/** Words in parentheses that are no person: products, states, priorities. */
const NOT_A_FIRST_NAME = /^(?:Redis|Kafka|Postgres|Docker|Helm|Nginx|Linux|Windows|Android|Slack|Jira|Github|Gitlab|Terraform|Grafana|Prometheus|Datadog|Sentry|Vault|Consul|Cloudflare|Azure|Google|Amazon|Open|Closed|Done|Pending|Blocked|Ongoing|High|Low|Medium|Critical|Urgent|Optional|Stretch|Backlog|Draft|Proposed|Planned|Tentative|Estimate|Maybe|Team|Everyone|All)$/;

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** The Try of a Keep / Problem / Try retrospective (`## Try`, `### T (Try)`): the packs' `retroTry`. */
const TRY_HEADING = new RegExp(PACKS.flatMap((p) => (p.words.retroTry ? [`(?:${p.words.retroTry})`] : [])).join('|'));

/** A note of the next report in an interim one (the packs' `nextReport`). */
const NEXT_REPORT = new RegExp(`(?:${PACKS.map((p) => p.words.nextReport).join('|')})`, 'i');

function saysNothing(text: string): boolean {
  const t = text.replace(/<br\s*\/?>/gi, ' ').replace(/[*_`~]/g, '').trim();
  return NOTHING.test(t) || isOnlyPlaceholders(t);
}

/**
 * Who and when, set off at the end of an item, as teams write them without labels:
 * `— Samir Haddad, due 31 May`, `(Aiko Tanabe, by Jul 31)`, `… instructions. Ruth Adeyemi, 31 May.`,
 * `— 강태오, 5/3`, `— 인프라보안팀 유서진, 5/17`, `@노은비 · 10/18`, `(Wen Li, no date yet)`.
 * Only the end of the item is read (a name then a comma, then a date, a due word or "no date"),
 * and a state, a priority or a month in the name's place is not a name (`(In progress, due May 3)`).
 */
export function attribution(text: string): Attribution | undefined {
  // `[Felix Brandt, due 14 June] Promote …`: who and when in brackets before the item, read as if after it.
  const lead = /^[ \t]*\[([^[\]\n]{2,60})\][ \t]+(?=\S)/.exec(text);
  if (lead && /[,、，]/.test(lead[1])) text = `${text.slice(lead[0].length)} (${lead[1]})`;
  // Emphasis is not part of a name (`— **Finance Engineering**, 30 September.`, `*Core Banking — 15 November.*`).
  // A full-width slash between a name and its date (`（岡本／9月末まで）`) reads as the comma it stands for.
  // A state in parentheses (`(already in review)`) or a clause after the date (`, with a game day the week after`) closes some items: not part of who and when.
  let tail = text.slice(-200).replace(/\*\*|__|\*/g, '').replace(/\s+/g, ' ').trim().replace(/[ .。;,]+$/, '').replace(/／/g, '、')
    .replace(/ ?\((?:already |now )?(?:in review|in progress|ongoing|started|underway|drafted|open|merged|planned)\)$/i, '')
    // `— 염태준, 12/18 (진행 중)`: the same in any language, a state word alone in the parenthesis after who and when.
    .replace(/,[^,()（）]{1,40} ?[(（]([^()（）]{1,10})[)）]$/, (all, state: string) => (NOT_AN_OWNER.test(state.trim()) ? all.slice(0, all.search(/ ?[(（][^()（）]*[)）]$/)) : all))
    // `— Web team, before summer registration (March 2025)`: a month and year in parentheses, as one more part.
    .replace(/ ?\(((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{4})\)$/i, ', $1')
    // `— Research Computing, due FY26 Q1 (budget cycle)`: a note in parentheses after the due date is not part of it.
    .replace(/(,[ \t]?(?:due|by|target|eta)[ \t][^,()（）]{1,30}?)[ \t]?\([^()\d]{1,30}\)$/i, '$1')
    // `— Ravi Menon, target app release 6.18 (2025-01-15)`: the release's date in parentheses, as one more part.
    .replace(/ ?\((\d{4}-\d{2}-\d{2})\)$/, ', $1')
    // `（業務システム部 小野寺 / 12月13日）`: the owner, a slash, the date (not the slashes of `2025/1/10`).
    .replace(/(?<!\d) ?\/ ?(?=\d{1,2}(?:[ \t]?[月월]|\/)|\d{4}-\d{1,2}-\d{1,2}|\p{Script=Han}{2}\d{1,2}年)/gu, '、')
    // (`… 交通政策課 長尾/令和7年2月の発送から`: an ellipsis before who and when, read as the dash it stands for.)
    .replace(/[ \t]?…[ \t]?(?=[^…—–]{2,40}$)/, ' — ')
    // `— 桑原、次回大型アップデート（1 月）まで`: a short note in parentheses just before まで/까지 is part of the deadline.
    .replace(NOTE_BEFORE_DEADLINE_END, ' $1')
    // `(Rosa Ibáñez), in place for the spring appeal, April 2025`: the event the date is for is not part of the date.
    .replace(/, (?:in place|ready|live|available|done) (?:for|by|before|ahead of) (?:the |our )?[^,()]{1,40}(?=, [^,]{1,30}$)/i, '')
    // `(Ben + Ritu Sharma, targeting end of September; migration runs dual-write for two weeks)`: a note after a
    // semicolon inside the closing parenthesis is not part of who and when.
    .replace(/([(（][^()（）;；\n]{2,60}?)[ \t]?[;；][^()（）\n]{1,160}([)）])$/, '$1$2')
    // `(SRE 江口、6月28日まで)→ 対応中`: a state after an arrow closes the item; who and when are before it.
    .replace(/(?:→|->|⇒)[^→⇒()（）\n,、，\d]{1,14}$/, '').trimEnd();
  // `… 알림 → IT인프라팀 박소희, 12/6`: who and when after an arrow, as after a dash.
  tail = slashesInLastParens(arrowToDash(tail));
  tail = tail
    // `(개발생산성팀·보안팀, 9/20, 예정)`: two teams joined by a middle dot, read as one name.
    // (`— 阿部・ベンダー、4月の…`: a name and a vendor, read as `阿部 ベンダー`; `松本・開発部 部長 小野、9 月中`: two owners, the second
    // of several words, read as `松本 & 開発部 部長 小野`.)
    .replace(/(\p{L})[·・](?=\p{L}{1,10}( \p{L}{1,10}){0,2}[,、，)）])/gu, (_, a: string, more?: string) => (/\p{Script=Hangul}/u.test(a) ? `${a}/` : more ? `${a}&` : `${a} `))
    // `(Mei + Docs, 25 Oct)`: two owners joined by a plus, read as `Mei & Docs`.
    .replace(/(\p{L}) \+ (?=\p{Lu})/gu, '$1 & ')
    // `(마케팅 운영 + 결제플랫폼팀 / 다음 행사 전)`: the same with Korean or Japanese names.
    .replace(/(\p{Script=Hangul}|\p{Script=Han}|\p{Script=Katakana}) \+ (?=\p{Script=Hangul}|\p{Script=Han}|\p{Script=Katakana})/gu, '$1 & ')
    // `(注文サービス TL 村田 / 藤原、3/21)`: two owners joined by a slash, read as one name.
    .replace(/([一-龥々ァ-ヶーぁ-ん가-힣]) ?\/ ?(?=[一-龥々ァ-ヶーぁ-ん가-힣]{1,8}[、,，])/g, '$1')
    // `— E. Sýkorová with Quality (J. Navrátil), 2024-08-31`: who helps, before the comma, is not part of the owner.
    .replace(/ (?:with|together with|supported by|helped by) [A-Z][\p{L}]{1,20}(?: [A-Z][\p{L}]{1,20})?(?: ?\([^()]{1,30}\))?(?=,)/gu, '')
    // `(Tom Ekwueme on the grid ops tooling side, August)`: which side a person works on is not part of the name.
    .replace(/ on the [a-z][a-z -]{1,30} side(?=,)/g, '')
    // `(Support lead Ana Reyes, due 27 Jun)`: the role before a person's full name.
    .replace(/\b(?:[A-Z][a-z]{1,15} )?(?:lead|manager|director|head|owner) (?=[A-Z][a-z]{1,15} [A-Z][a-z]{1,15}\b)/g, '').replace(/, (?:with|plus|then|followed by|and then) [^,()—–]{1,60}$/i, '');
  // `(Noor Al-Sayed) — due 2025-06-06`, `(Quotes team, Ana Petrović) — done 2025-05-29`.
  const parenFirst = PAREN_THEN_REST.exec(tail);
  // (A note in parentheses before `— 배지훈, 7/26, 진행 중` is not the owner: the part after the dash is read below.)
  const afterParen = parenFirst && parenFirst[1].split(/[,、，]/).some((n) => isOwnerName(n.trim())) ? whenOf(parenFirst[2], true) : undefined;
  if (afterParen && (afterParen.due || afterParen.done || !/[,、，]/.test(parenFirst![2]))) {
    // (`(…の禁止)— 野口、8 月末`: a note in the parentheses, then who and when after the dash.)
    const [first, ...rest] = parenFirst![2].split(/[,、，]/);
    return named(afterParen, isOwnerName(first.trim()) && rest.length > 0 && whenOf(rest.join(','), false)?.due ? first : parenFirst![1]);
  }
  // `(11月15日、デジタル事業本部 企画部)`: the date first, then the owner, in one parenthesis closing the item.
  const dateFirst = DATE_THEN_OWNER.exec(tail);
  if (dateFirst && isOwnerName(dateFirst[2].trim())) {
    // (`(8/21, 변수민)`: a month and day alone.)
    const d = findDates(dateFirst[1].trim())[0];
    if ((d && d.start === 0 && d.end >= dateFirst[1].trim().length - 1) || /^\d{1,2}\/\d{1,2}$/.test(dateFirst[1].trim())) return { owner: true, due: true, done: false, who: dateFirst[2].trim() };
  }
  // `— 吉田（8 月中旬）`, `— 村井（完了）`, `— デザイン 小松（8 月中）`.
  const nameParen = NAME_THEN_PAREN.exec(tail);
  if (nameParen && isOwnerName(nameParen[1].trim())) return named(whenOf(nameParen[2], false) ?? { owner: true, due: false, done: false }, nameParen[1]);
  // `— 신동욱 / 9월 27일 / 진행 중`.
  const slashed = NAME_SLASH_REST.exec(tail);
  const slashedWhen = slashed && isOwnerName(slashed[1].trim()) ? whenOf(slashed[2], false) : undefined;
  if (slashedWhen) return named(slashedWhen, slashed![1]);
  // `Léa owns this, aiming for the end of November.`: the owner in a sentence of its own, and the date aimed at.
  const owns = OWNS_THIS.exec(tail);
  if (owns) return { owner: true, due: owns[1] !== undefined, done: false, who: owns[0].replace(/^[.!?] /, '').split(/ (?:owns|is driving|is leading|will own|will drive|will lead) /)[0] };
  // `…: 진행 중, 4/22 목표 (남궁현)`: a date among the last parts before it, then the owner alone in parentheses.
  const ownerLast = OWNER_IN_PARENS_END.exec(tail);
  if (ownerLast && isOwnerName(ownerLast[1].trim()) && tail.slice(0, ownerLast.index).split(/[,、，]/).slice(-2).some((p) => DATE_START.test(p.trim()))) return { owner: true, due: true, done: false, who: ownerLast[1].trim() };
  // `— Tanvi Kulkarni — due Mar 7`, `— Oscar Lindgren — no date yet`.
  // Read by splitting at the dashes: one pattern for it took recheck too long to prove safe.
  const segs = tail.split(/[—–]/).map((x) => x.trim());
  for (const k of [segs.length - 2, segs.length - 3]) {
    if (k < 0 || segs[k + 1] === undefined || segs[k + 1] === '') continue;
    // Before the first dash, only the last sentence (`…recovery. Infrastructure Resilience — 15 October`), or a parenthesis
    // after it (`…published. (Content Tools team — due 31 October.)`).
    // (Latin capitals only there: a Japanese or Korean item reads like a name.)
    const last = k === 0 ? /[.!?] ([(（])?([A-Z][^.!?。()（）]{1,59})$/.exec(segs[0]) : null;
    // (In a parenthesis, only before a date or a state: `(Firmware team — Ewa Nowak, firmware 3.9, March)` is read below.)
    if (last?.[1] && !whenOf(segs[k + 1], false)) continue;
    const own = k === 0 ? (last?.[2] ?? '') : segs[k];
    // `Ahmed Karimi, with Rating team`: the owner, then who helps.
    const name = withoutHelpers(own.replace(/ ?[(（][^()（）]{1,40}[)）]$/, ''));
    if (name.length <= 60 && isOwnerName(name)) return named(whenOf(segs[k + 1], true), name);
    // `— Ines Novak / Bram de Vries — due 31 Jan`: two owners.
    const pair = name.split(/ (?:\/|&|and) /);
    if (name.length <= 60 && pair.length === 2 && pair.every((n) => isOwnerName(n.trim()))) return named(whenOf(segs[k + 1], true), name);
    // `— security & mobile leads — discussion booked for 2024-10-02`: a team in lower case, when a date follows.
    if (LOWER_CASE_OWNER.test(name) && whenOf(segs[k + 1], false)?.due) return named(whenOf(segs[k + 1], false), name);
    // `— Wen Li, due 22 Nov — done 20 Nov`: the owner and the date before the dash, the state after it.
    const comma = name.search(/[,、，]/);
    if (comma > 0 && isOwnerName(name.slice(0, comma).trim())) return named(whenOf(segs[k + 1], false) ?? whenOf(name.slice(comma + 1), true), name.slice(0, comma));
  }
  // `— 江口`, `— 野口・平井`: Japanese or Korean names alone after a dash.
  const cjk = CJK_NAMES_AFTER_DASH.exec(tail);
  // (`— 완료`, `— 対応中`: a state where a name would be.)
  if (cjk && !UNDECIDED_END.test(tail) && !NOT_A_NAME.test(tail) && !MEETING_NOT_OWNER.test(tail) && !isDone(cjk[0].replace(/^[—–] ?/, ''))) return { owner: true, due: false, done: false, who: cjk[0].replace(/^[—–] ?/, '') };
  // (Two owners joined by `&` are read as one word, so that `Data Platform & Finance` fits the name's three words.)
  const m = ATTRIBUTION.exec(tail.replace(/ & /g, '&'));
  if (!m) {
    // `… behind a canary — Samir Haddad`: a person's full name set off by a dash, with no date.
    const alone = NAME_AFTER_DASH.exec(tail);
    if (alone && !NOT_AN_OWNER.test(alone[1]) && !NOT_AN_OWNER.test(alone[2])) return { owner: true, due: false, done: false, who: `${alone[1]} ${alone[2]}` };
    // `… — Storage team`: a team set off by a dash, closing the item.
    const team = TEAM_AFTER_DASH.exec(tail);
    return team && isOwnerName(team[1]) ? { owner: true, due: false, done: false, who: team[1] } : undefined;
  }
  // `Product (Nadia Ferrante)`: a team with its person.
  const name = m[1].trim().replace(/&/g, ' & ').replace(/ ?[(（][^()（）]{1,40}[)）]$/, '');
  // `— kv, 2025-02-28`, `— perf team, Q2`: initials or a team in lower case, in a terse note, when a date follows.
  if (LOWER_CASE_OWNER.test(name)) {
    const when = whenOf(m[2], false);
    if (when?.due) return named(when, name);
  }
  // `— 담당 미정, 2분기`, `(担当未定、次回の四半期計画で検討)`: nobody owns it yet, but its date may be given.
  if (UNDECIDED_END.test(name)) {
    const when = whenOf(m[2], false) ?? whenOf(m[2].split(/[,、，]/)[0] ?? '', false);
    return when ? { owner: false, due: when.due, done: when.done } : undefined;
  }
  // `(Jun, no date yet)`, `(May, TBD)`: before words that say there is no date, a month's name is a person's.
  // (`— Jun, 19 July.`: before a date with its own month, too.)
  // `(Data Platform + Finance, 18 Oct)`: two owners joined by a plus or an ampersand.
  const monthLike = /^(?:jun|june|may|april|august)$/i.test(name) && (NO_DATE_YET.test(m[2].trim()) || findDates(m[2].trim()).some((d) => d.start === 0));
  if (!isOwnerName(name) && !monthLike && !isOwnerPair(name)) return undefined;
  // `(Storage team, Lena Fischer, by 31 May)`: the team, its person, then the date.
  // `— Aurélie, open.`: the owner, and a state instead of a date.
  // `— 배지훈, 7/26, 진행 중`: the date, then the state.
  return named(whenOf(m[2], false) ?? whenOf(m[2].split(/[,、，]/)[0] ?? '', false) ?? whenOf(m[2].split(/[,、，]/).pop() ?? '', false) ?? (OPEN_STATE.test(m[2].trim()) ? { owner: true, due: false, done: false } : undefined), name);
}

/** Who and when as `attribution` reads them; `who` is the owner's name as written, when it names one. */
export interface Attribution {
  owner: boolean;
  due: boolean;
  done: boolean;
  who?: string;
  /** `who` is the words read as the owner, to be cleaned (`cleanName`) before it is shown. */
  listed?: boolean;
}

/**
 * The reading with the words it read as the owner, as written (`listed`: a list to clean up with
 * `cleanName` before it is shown). Cheap: the rule calls `attribution` several times per item and
 * never shows the name; only the record (`ownerNameOf`) cleans it.
 */
function named(a: Attribution | undefined, who: string): Attribution | undefined {
  return a && a.owner ? { ...a, who, listed: true } : a;
}

/**
 * The owner's name out of the words read as it: emphasis and an `@` taken off, and of a list
 * (`野口、完了`, `서버개발팀 엄태식, 11/8`) only the parts that are names, not a state or a date.
 */
function cleanName(who: string): string {
  return who.replace(/[*_]/g, '').split(/[,、，]/).map((n) => n.trim().replace(/^@/, ''))
    .filter((n) => (isOwnerName(n) || LOWER_CASE_OWNER.test(n) || isOwnerPair(n)) && !NOT_A_NAME.test(n) && !isDone(n) && findDates(n).length === 0 && !/\d{1,2}\/\d{1,2}/.test(n) && !whenOf(n, false) && !ENDS_LIKE_WHEN.test(n))
    .map(withoutConsulted).join(', ');
}

/** Two owners joined by `&` or `and` (`Data Platform & Finance`, `마케팅 운영 & 결제플랫폼팀`). */
function isOwnerPair(name: string): boolean {
  const parts = name.split(/ (?:&|and) /);
  return parts.length === 2 && parts.every((n) => isOwnerName(n.trim()));
}

/**
 * The last arrow of a tail read as a dash when what follows it is who and when (`… → 조현우, 12/10`):
 * a name, a comma, then at most 30 characters, with no other arrow (a scan: one pattern with the
 * look-ahead could not be proved safe).
 */
function arrowToDash(tail: string): string {
  const m = /[ \t]?(?:→|->|⇒)[ \t]?/.exec(tail);
  if (!m) return tail;
  const rest = tail.slice(m.index + m[0].length);
  const comma = rest.search(/[,、，]/);
  if (comma < 1 || comma > 30 || rest.length - comma - 1 > 30 || rest.length - comma - 1 < 1 || /[→⇒\n]|->/.test(rest)) return tail;
  return `${tail.slice(0, m.index)} — ${rest}`;
}

/**
 * `(마케팅 운영 + 결제플랫폼팀 / 다음 행사 전)`, `(제휴사업팀 / 협의 중)`: who and when parted by spaced
 * slashes in the parenthesis closing the item read as parted by commas (not a path or an address).
 */
function slashesInLastParens(tail: string): string {
  if (!/[)）]$/.test(tail)) return tail;
  const open = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('（'));
  if (open < 0) return tail;
  const inner = tail.slice(open + 1, -1);
  // (Unspaced between Korean or Japanese words, or before a number: `(倉庫システムグループ/次回更新まで)`, `(鈴木/2024 年度上期)`.)
  const parts = inner.split(/[ \t]\/[ \t]|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\/(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\d])/);
  if (parts.length < 2 || parts.length > 3 || parts[0].length > 30 || inner.includes('://')) return tail;
  return `${tail.slice(0, open + 1)}${parts.join('、')}${tail.slice(-1)}`;
}

/** `Ahmed Karimi, with Rating team` → `Ahmed Karimi`: who helps the owner is not part of the name. */
function withoutHelpers(name: string): string {
  const lower = name.toLowerCase();
  for (const word of [' with ', ' together with ', ' supported by ', ' helped by ', ' + ']) {
    const i = lower.lastIndexOf(word);
    const helper = name.slice(i + word.length);
    if (i > 0 && helper.length <= 40 && !helper.includes(',')) return name.slice(0, i).replace(/,$/, '');
  }
  return name;
}

/** Words for an owner (the packs' `ownerWord`): `TODO: pick owner` is no owner. */
const OWNER_WORD = new RegExp(packWords('ownerWord'), 'i');
/** A meeting, or what one will do, where a name would be (`Wednesday review`, `定例で相談`, `정기 회의에서 결정`). */
const MEETING_NOT_OWNER = new RegExp(String.raw`\b(?:review|meeting|sync|stand-?up|retro|planning|(?<!on-)call|kickoff)$|(?:${packWords('meetingDecides')})$`, 'i');
/** A name as `attribution` reads one (not a state, a priority or a month). */
function isOwnerName(name: string): boolean {
  // `담당자 미정`, `owner TBD`: a name's place that says nobody yet.
  // (`— Wednesday review`, `— 定例で相談`: a meeting, or what a meeting will do, in the name's place.)
  return name.length > 0 && !NOT_AN_OWNER.test(name.replace(/^@/, '')) && !UNDECIDED_END.test(name) && !MEETING_NOT_OWNER.test(name) && OWNER_NAME.test(name);
}

/**
 * What follows the name: a due date (`due 31 May`, `5/3`, `8 月中旬`), done (`done`, `done 2025-05-29`,
 * `完了`), or no date yet. Undefined for anything else, unless `any` (a name in parentheses then a
 * dash is an owner whatever follows).
 */
function whenOf(raw: string, any: boolean): { owner: boolean; due: boolean; done: boolean } | undefined {
  const rest = raw.trim();
  if (DONE_REST.test(rest)) return { owner: true, due: true, done: true };
  // (`(ヘルプデスク 工藤, TODO: 期限を決める)`: the date still to be set.)
  // (Not `— Infra, TODO: pick owner`: the owner is what is still to do.)
  // (`(Interconnect team, no date yet; depends on Orbica)`, `(F. Hassan, after the monitor item)`: timed by what it waits on.)
  if (WAITS_ON.test(rest)) return { owner: true, due: true, done: false };
  if (NO_DATE_YET.test(rest) || (/^(?:TODO|TBD|FIXME)\b/.test(rest) && !OWNER_WORD.test(rest))) return { owner: true, due: false, done: false };
  // `7.4.0`, `in v2.3`, `release 5.12`: the release that ships it, for a team that ships releases.
  // (`2025年1Q に方針決定`: a year's quarter, then what is decided by then.)
  if (RELEASE_VERSION.test(rest) || MONTH_YEAR.test(rest) || STANDING_FROM.test(rest) || IMMEDIATELY.test(rest) || YEAR_QUARTER.exec(rest)?.index === 0) return { owner: true, due: true, done: false };
  // `2025-08 정기 업데이트`: a year and a month, then what happens then.
  if (/^\d{4}[-/.]\d{1,2}(?![\d/.-])/.test(rest) || /^\d{1,2}\/\d{1,2}(?![\d/])/.test(rest) || /^\d{2}-\d{2}$/.test(rest) || FIRST_RUN_DATE.test(rest) || DUE_WORD_START.test(rest) || DATE_START.test(rest) || QUARTER_DUE.test(rest) || MONTH_DUE.some((re) => re.test(rest)) || findDates(rest).some((d) => d.start === 0)) return { owner: true, due: true, done: false };
  // `decision by 18 April`, `review weekly`, `starting now`, `2024. 6월부터`: a date or a cadence further on.
  // `to discuss at the February call`: a meeting that decides it is its date.
  // (`— Joel, today`, `— Support lead, decide Wed`: a day named relative to the write-up.)
  // (`— @nishimura、2Q`, `(Ana, Q3)`, `H2 FY26`, `— 검색플랫폼팀, 하반기 중`: a quarter or a half alone.)
  if (/^(?:[1-4]Q|Q[1-4]|H[12])(?:[ \t]?(?:FY)?\d{2,4})?$/i.test(rest) || HALF_REST.test(rest)) return { owner: true, due: true, done: false };
  if (/^(?:today|tonight|tomorrow|this[ \t](?:morning|afternoon|evening))$|^(?:(?:decide|decision|review|revisit|discuss)[ \t](?:on[ \t])?|by[ \t])?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?$/i.test(rest)) return { owner: true, due: true, done: false };
  // `product review on 2025-07-08`, `decision at the 4 March sync`: a meeting on a day is the item's date.
  if (/^[\p{L} -]{0,30}\b(?:review|meeting|sync|call|planning|retro|decision|check-?in|demo)[ \t](?:on|at)[ \t]/u.test(rest) && findDates(rest).some((d) => d.end >= trimEndChars(rest, ' .。').length)) return { owner: true, due: true, done: false };
  // (`end of sprint 44`: a numbered sprint the team dates elsewhere.)
  if (RECURRING.test(rest) || DUE_LATER.test(rest) || SPRINT_DUE.test(rest) || PACKS.some((p) => p.eventDeadline?.test(rest)) || REVISIT_IN.test(rest) || NEXT_EVENT.test(rest) || BEFORE_EVENT.test(rest) || /^to[ \t](?:discuss|decide|review|revisit|agree)[ \t](?:at|in|during)[ \t](?:the[ \t])?[\w -]{1,30}(?:call|meeting|review|planning|sync|retro|standup)$/i.test(rest)) return { owner: true, due: true, done: false };
  return any ? { owner: true, due: false, done: false } : undefined;
}

/** A half of the year alone, in the packs' words (`하반기 중`, `上期中`). */
const HALF_REST = new RegExp(`^(?:${packWords('firstHalf')}|${packWords('secondHalf')})(?:[ \\t]?(?:${packWords('quarterAfter')}))?$`, 'i');

/** A short parenthesis right before the deadline word that ends an item (`次回大型アップデート（1 月）まで`). */
const NOTE_BEFORE_DEADLINE_END = new RegExp(`[(（]([^()（）]{1,12})[)）](?=[ \\t]?(?:${DEADLINE_WORDS})$)`);

/** `revisit in September`, `decide by end of March`: when the question is taken up again is the item's date. */
const REVISIT_IN = /^(?:revisit|review|reassess|re-?evaluate|decide|decision)(?:[ \t]again)?[ \t](?:in|by|on|at|after)[ \t](?:(?:early|mid|late|the[ \t]end[ \t]of|end[ \t]of)[ \t-])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/i;

/** Words that say the item takes effect at once (packs' `immediately`): `센터운영팀 오세훈, 즉시 시행`. */
const IMMEDIATELY = new RegExp(`^(?:${PACKS.map((p) => p.immediately.source).join('|')})$`, 'i');

/** A standing practice from a day on (`ongoing from 11 Nov`, `continuous since March`): its start is its date. */
const STANDING_FROM = /^(?:(?:policy|rule|practice|process|change)[ \t])?(?:ongoing|continuous|standing|in effect|in place|live)[ \t](?:from|since|starting)[ \t][^,;()]{2,20}$/i;

/** A month and its year alone (`April 2025`, `end of March 2025`): the month is the deadline. */
const MONTH_YEAR = /^(?:(?:early|mid|late|end[ \t]of)[ \t-])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?[ \t]\d{4}$/i;

/** A version number alone (`7.4.0`, `in v2.3`, `release 5.12`): the release it ships in. Three parts, or a `v` or release word before two. */
const RELEASE_VERSION = /^(?:(?:in|by|for|with|ships in|target)[ \t])?(?:(?:the[ \t])?(?:release|version|app[ \t]version)[ \t]v?\d{1,3}\.\d{1,3}(?:\.\d{1,3})?|v\d{1,3}\.\d{1,3}(?:\.\d{1,3})?|\d{1,3}\.\d{1,3}\.\d{1,3})(?:[ \t]release)?$/i;

/** A parenthesis closing the item that holds a short date, a comma and a name (`(11月29日、EC システム部)`). */
const DATE_THEN_OWNER = /[(（]([^()（）、,，]{3,16})[、,，][ ]?([^()（）、,，]{2,24})[)）]$/;

/** A sentence that says who owns the item (`Léa owns this`, `The search team is driving it`), maybe with the date it aims at, closing the item. */
const OWNS_THIS = /(?:^|[.!?] )(?:[A-Z][\p{L}'’-]{1,20}(?: [A-Z][\p{L}'’-]{1,20})?|[Tt]he [\p{L}-]{2,20}(?: [\p{L}-]{2,20})? team|@[\w.-]{1,30}) (?:owns|is driving|is leading|will own|will drive|will lead) (?:this|it)(?:,? (aiming for|targeting|due|by|for) [^.!?]{1,40})?$/u;

/** A name alone in parentheses closing the item (`… 4/22 목표 (남궁현)`). */
const OWNER_IN_PARENS_END = /[(（]([^()（）,、，]{2,24})[)）]$/;

/** A name in parentheses, then a dash and the rest, closing the item. */
const PAREN_THEN_REST = /[(（]([^()（）]{2,60})[)）] ?[—–-] ?([^()（）—–]{1,40})$/;
/** Initials or a team in lower case, read as the owner only in a terse note with a date (`kv`, `perf team`, `platform-edge`, `security & mobile leads`). */
const LOWER_CASE_OWNER = /^(?:[a-z]{2,3}|[a-z]{2,12} team|(?!(?:follow|long|short|to|best|one|on|re|self|opt|sign|roll|check|e|sign|hand|set|clean|write|read|built|real|near|up|post|pre|non|co)-)[a-z]{2,12}-[a-z]{2,12}|[a-z-]{2,12}(?: (?:&|and) [a-z-]{2,12})? (?:leads?|rotation|engineers|managers|on-call))$/;
/** A name set off by a dash, then the rest in parentheses, closing the item. */
const NAME_THEN_PAREN = /[—–] ?([^\s()（）—–,、，]{1,20}(?: [^\s()（）—–,、，]{1,20}){0,2}) ?[(（]([^()（）]{1,40})[)）]$/;
/** A name set off by a dash, then the rest after a slash (`— 신동욱 / 9월 27일 / 진행 중`, `— 大塚 / 10/25 / 対応中`). */
const NAME_SLASH_REST = /[—–] ?([^\s/—–,、，]{1,20}(?: [^\s/—–,、，]{1,20}){0,2}) ?\/ ?(\d{1,2}\/\d{1,2}|[^/—–]{1,30}?)(?: ?\/ ?[^/—–]{1,20})?$/;
/** Names in Hangul or kanji alone after a dash at the end of the item (`— 江口`, `— 野口・平井`). */
const CJK_NAMES_AFTER_DASH = /[—–] ?[一-龥ぁ-んァ-ヶ가-힣]{2,6}(?:[・、,][一-龥ぁ-んァ-ヶ가-힣]{2,6}){0,3}$/;
/** `— 担当未定`, `— 담당 미정`: nobody yet. */
const UNDECIDED_END = /(?:未定|미정|検討中|검토[ \t]?중|募集中|TBD)$/;
/** A cadence or a start instead of a deadline: `review weekly`, `every sprint`, `starting now`, `6월부터`, `毎月`, `ongoing for the rest of the decommission`. */
const RECURRING = /\b(?:weekly|monthly|quarterly|daily|every[ \t](?:week|month|quarter|sprint|release|day)|ongoing[ \t](?:for|through|until|during)[ \t]the[ \t](?:rest|remainder|duration|end)[ \t]of|starting[ \t](?:now|today|immediately)|this[ \t](?:week|month|sprint|quarter|iteration|cycle)|next[ \t](?:week|month|sprint|iteration))\b|\d{1,2}[ \t]?[月월][ \t]?(?:부터|から)|\d{1,2}[ \t]?월[ \t]?\d[ \t]?주|매월|매주|이번[ \t]?(?:주|달)|다음[ \t]?(?:주|달)|毎月|毎週|今週|来週|今月|来月/i;
/** The next occurrence of an event as the deadline: `次回メンテ`, `次期リリース`, `다음 배포`, `차기 점검`, `next release`. */
const NEXT_EVENT = /^(?:次回|次期|次(?=スプリント|リリース|四半期)|다음[ \t]?|차기[ \t]?|next[ \t](?:release|deploy(?:ment)?|maintenance|sprint|window|quarter|upgrade|version|planning|migration|cutover|rollout|launch|drill|game[ \t]day|audit|renewal))[^\s/]{0,20}$|^next[ \t](?:quarter|sprint|release|cycle|half)(?:'s|’s)?[ \t](?:planning|review|kickoff)$|^(?:다음|차기|次回|次期)[ \t]?[^/\n]{1,20}?(?:전까지|전|まで|前|까지)$|^(?:次回|次期|다음[ \t]?|차기[ \t]?)[^\s/]{1,16}(?:から|より|부터)$/i;
/** An event as the deadline: `ahead of the spring primaries`, `before the 1.1 update`, `in time for Black Friday`. */
const BEFORE_EVENT = /^(?:ahead[ \t]of|before|in[ \t]time[ \t]for)[ \t](?:the[ \t]|our[ \t])?(?:next[ \t])?[\p{L}\d][\p{L}\d.'’-]*(?:[ \t][\p{L}\d.'’-]+){0,4}$/iu;
/** A due word with a date later in the rest: `decision by 18 April`, `open, target 28 Feb`. */
const DUE_LATER = /\b(?:by|due|target|until|before|(?:scheduled|planned|booked)[ \t]for)[ \t:：]{1,3}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t])?(?:\d{1,2}[ \t/.-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d|\d{4}-\d{2})|(?<!\d)\d{1,2}[ \t]?[月월](?![\d日일])/i;
/** The rest says the item is done: `done`, `done 2025-05-29`, `완료`, `完了`, `運用ルール化済み`. */
const DONE_REST = /^(?:done|completed?|shipped|closed|fixed|merged|added[ \t]to[ \t](?:the[ \t])?(?:checklist|runbook|template|playbook|docs?)|in[ \t]place(?![ \t](?:for|by|before|ahead)\b))\b|^(?:ongoing|standing) practice\b|^(?:완료|完了|対応済み?|済み?)$|済み?$|\beffective immediately\b|\bin effect\b/i;

/** A name, a team or a handle, then a comma or a middle dot, then the rest, at the end of the item. */
const ATTRIBUTION = /(?:^|[—–(（·:：,、，]|[.。] | - )[ ]?(@?(?:[A-Za-z][A-Za-z0-9/]{0,11} (?=[\u4e00-\u9fa5\u30a1-\u30f6]))?[^\s,、，·()（）—–:：]{1,30}(?: [^\s,、，·()（）—–:：]{1,30}){0,2}(?: ?[(（][^()（）]{1,40}[)）])?) ?[,、，·] ?([^()（）—–·]{1,40}?) ?[)）]?$/;
/** A team after a dash closing the item (`— Storage team`, `— Data platform`). */
const TEAM_AFTER_DASH = /[—–] ?([A-Z][\p{L}'’.-]{1,20}(?: [\p{L}'’.&-]{1,20}){0,2})$/u;
/** A state where a date could be: the item is open and says so. */
const OPEN_STATE = /^(?:open|in progress|todo|to do|planned|not started|pending|진행 ?중|예정|대기|対応中|未着手|予定)$/i;
/** A full name (two capitalized words) after a dash closing the item. */
const NAME_AFTER_DASH = /[—–] ?([A-Z][a-z'’-]{1,20}) ([A-Z][a-z'’-]{1,20})$/;
/** What a name looks like: capitalized words (`Aiko Tanabe`, `Platform team`), a handle, or Hangul, kanji and kana. */
const OWNER_NAME = /^(?:@[^\s]{1,30}|(?:Head|Director|VP|Vice President|Manager|Lead|Chief)[ ]of[ ](?:the[ ])?\p{Lu}[\p{L}'’.-]{1,20}(?: [\p{L}'’.-]{1,20}){0,2}|[a-z][a-z0-9]{0,20}[._][a-z0-9._-]{1,30}|all of us|everyone|the whole team|(?:[A-Za-z][A-Za-z/]{0,11}[ ]?[가-힣/]{1,12}|[가-힣/]{2,12})(?:[ ·](?:[가-힣]{2,6}|[A-Z]{2,5})){0,3}(?: 공동)?|\p{Lu}[\p{L}'’.-]{1,20}(?: [\p{L}'’.-]{1,20}){0,2} (?:team|squad|group|guild|crew|on-call|oncall|rotation|rota|backlog|leads?|managers?|directors?|officers?|heads?|coordinators?|commanders?|captains?|maintainers|owners|engineers|developers|admins|engineering|eng\.?|operations|ops|infra|infrastructure|platform|reliability|security|support|management|desk|tooling|tools|vendor|vendors|partner|contractor|supplier)|\p{Lu}[\p{L}'’.-]{1,20}(?: (?:de|van|von|der|den|da|di|du|del|le|la|bin|al|ter|ten)){0,2}(?: (?:&|and) \p{Lu}[\p{L}'’.-]{0,20}| (?:\p{Lu}[\p{L}'’.-]{0,20}|team|squad|group|guild|on-call|rotation|management|operations|reliability|platform|infrastructure|security|sre|data))?(?: \p{Lu}[\p{L}'’.-]{0,20})?|(?:(?:각|모든) )?[가-힣]{2,12}(?: [가-힣]{2,6}){0,2}(?: 팀)?|[가-힣]{2,8}[A-Z]{2,5}(?: [가-힣]{2,4})?|(?:[A-Za-z][A-Za-z0-9/]{0,11} )?[一-龥々ァ-ヶーぁ-ん]{2,12}G?(?: (?:[一-龥々ァ-ヶーぁ-ん]{1,12}|[A-Z]{1,5}|[A-Z]\.(?:[A-Z]\.){1,3})){0,3}|[一-龥]{1})$/u;
/** Words that end an item like a name would but say a state, a priority, a time or a place. */
const NOT_AN_OWNER = /^(?:in progress|done|open|closed|planned|pending|blocked|ongoing|started|not started|complete|completed|shipped|todo|tbd|wip|next|later|soon|now|then|also|high|medium|low|critical|major|minor|urgent|priority|target|due|deadline|status|owner|eta|note|see|ref|p[0-4]|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|진행 ?중|예정|완료|보류|미정|대기|검토 ?중|対応中|未着手|予定|完了|検討中|保留|未定|済|中|済み)$/i;
/** Anywhere in an item: no date yet, and what it waits on (`no date yet; depends on Orbica`). */
const NO_DATE_WAITS_ON = /\bno[ \t](?:due[ \t])?date(?:[ \t]yet)?[;,]\s{0,8}(?:depends[ \t]on|waiting[ \t](?:on|for)|blocked[ \t](?:on|by))\b/i;
/** The rest says what the item waits on instead of a date: another party, or another item. */
const WAITS_ON = /^(?:(?:no[ \t](?:due[ \t])?date(?:[ \t]yet)?|date[ \t]tbd|tbd)[;,]\s{0,8}(?:depends[ \t]on|waiting[ \t](?:on|for)|blocked[ \t](?:on|by)|pending)\b|(?:after|once|when)[ \t](?:the[ \t])?[\w-]{2,20}(?:[ \t][\w-]{2,20}){0,2}[ \t](?:item|action|fix|change|migration|rollout)(?:[ \t](?:is|are)[ \t](?:done|live|in[ \t]place|shipped))?$)/i;
/** The rest says the item has no date yet. */
const NO_DATE_YET = /^(?:no (?:due )?date(?: yet)?|date tbd|tbd|tbc|unassigned|ongoing|continuous|recurring|미정|기한 미정|시기 ?미정|일정 ?미정|상시|未定|期限未定|時期未定|日程未定|継続)$/i;
/** The rest starts with a due word (`due 31 May`, `by Aug 16`, `target Q3`), or the day work starts (`starting 16 Jan`). */
const DUE_WORD_START = /^(?:due|by|target|eta|deadline|until|before|expected(?: by)?|starting|beginning|from)\b[ :：]{0,3}\S/i;
/**
 * The rest starts with a date the calendar readers need a year for: `5/3`, `10/18`, `31 May`, `Jul 31`,
 * `Q3`, `3월 말`, `3月末`; or is a month alone (`May`, `end of April`, `mid-June 2025`).
 */
const DATE_START = /^(?:(?:some ?time (?:in |before |by )?)?(?:(?:the )?(?:end|middle|start|beginning) of |(?:early|mid|late)[ -])?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?: \d{4})?$|(?:the )?(?:end|middle|start|beginning) of (?:q[1-4]|the (?:month|quarter|year|sprint))\b|\d{4}[ \t]?[./年년-][ \t]?\d{1,2}[ \t]?[月월]|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{4})?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|q[1-4]|h[12]|\d{1,2} ?[月월]|\d ?분기|(?:第 ?)?\d ?四半期)(?![\d:])/i;
