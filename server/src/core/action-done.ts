/**
 * Whether an action item is done or no action at all, read from its text: one definition for the
 * `action-item` rule, `action-item-overdue` and the report (`record.ts`).
 */
import { readTimestamp } from './readers/index';
import { packWords, PACKS } from './lang/index';
import { trimEndChars } from './text';

/**
 * Headings of (sub-)sections of Action items that list what is already done, or a template
 * checklist, or ideas nobody has taken on (`Someday`, `Backlog`, `Parking lot`): not open work with
 * an owner and a date to check.
 */
export const DONE_SECTION = new RegExp(packWords('doneSection'), 'i');

/** The whole of a lead that is only such a word (`완료`, `Done`, `Backlog`). */
const DONE_SECTION_ALONE = new RegExp(`^(?:${DONE_SECTION.source})$`, 'i');

/**
 * A short lead line over a list that says its items are done, or not commitments (`実施済み:`,
 * `Done:`, `Backlog:`), as DONE_SECTION says of a heading; without its colon, only such a word alone
 * (`완료` over its list, then `진행 예정` over the next).
 */
export function isDoneLead(text: string): boolean {
  const t = text.trim().replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1');
  if (t.length <= 40 && /[:：]$/.test(t) && DONE_SECTION.test(t.slice(0, -1))) return true;
  // (`修正版 YP モジュールで以下を実施済み。`, `The following were done:`: a sentence that says the list below is done.)
  if (t.length <= 160 && DONE_LEAD_END.test(t)) return true;
  return t.length <= 16 && DONE_SECTION_ALONE.test(t);
}
/** The end of a sentence leading a list of what was done (the packs' `doneLeadEnd`). */
const DONE_LEAD_END = new RegExp(`(?:${packWords('doneLeadEnd') || '(?!)'})`, 'i');

/** Said of an item that is already done. */
const DONE_MARK = /\((?:[^()\n]{0,40}[ \t])?(?:done|completed?|fixed|resolved|merged|shipped|implemented|deployed|closed|closing|finished)\b|^[*_]{0,2}(?:done|completed|shipped|fixed)[ \t]{0,2}\([^()\n]{1,20}\)[*_]{0,2}[ \t]{0,2}[:：—–-]|^[*_]{0,2}(?:done|completed|shipped)[*_]{0,2}[ \t]{0,2}[—–-][ \t]|(?:^|[.!?][*_]{0,2}\s{1,4})(?:done|completed|shipped)[,;][ \t]|(?:^|[.!?][*_]{0,2}\s{1,4})(?:done|completed|shipped|merged|fixed)\s{1,6}(?:on[ \t])?(?:\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d|\d{4}-\d{2}-\d{2})|\b(?:we[ \t]already[ \t](?:do|have|did)|already[ \t](?:done|exists|in[ \t]place|implemented|fixed|live))\b|[✅✔☑]|(?:^|[\s(（【[])(?:done|completed|fixed|merged)[ \t]*[:：]|(?:\*\*|__|\*|_)(?:done|completed|fixed|merged|shipped|won'?t[ \t]do)\.?(?:\*\*|__|\*|_)|(?<!미)완료(?![ \t]?(?:후|시|전|까지|되면|될|되는|된[ \t]?(?:후|뒤)|여부|통지|알림|예정|목표))|반영됨|적용됨|조치됨|実装済み?|対応済み?|(?<!未)完了(?!まで|後|時|前|次第|を(?:待|確認|見|検知|チェック)|の(?:確認|通知|連絡|報告|タイミング)|通知|メール|画面|確認|予定|目標|報告|判定|条件|基準)|済み(?=[ \t]*(?:[)）\]】。.、,，!！]|$))|(?:^|[、,，\s(（])済(?:[ \t]?[(（]|(?=[)）]|$|[、,，。]))|解決済み?/i;

/** `— Rafael Duarte — first drill done 2025-02-18, recurring`: a practice whose first run is done is in place. */
const FIRST_RUN_DONE = /\b(?:first|initial)[ \t](?:run|drill|review|test|session|exercise|audit|rotation|restore)[ \t](?:was[ \t])?(?:done|held|completed|ran|run)\b/i;

/**
 * A sentence or a closing note that dates the work done: `This shipped on November 19.`, `The
 * alert went live November 18.`, `— Marcus Lind, done 24 April.` Not a plan (`will be shipped on
 * May 3`, `to be deployed on …`).
 */
const DONE_ON = /(?<!\b(?:be|to|been|being|get|got)[ \t])\b(?:shipped|went[ \t]live|landed|sent|published|(?:was|were)[ \t](?:deployed|released|rolled[ \t]out|shipped|merged))[ \t]{1,3}(?:on[ \t]{1,3})?(?:[A-Za-z]{3,9}\.?[ \t]{1,3}\d{1,2}\b|\d{1,2}[ \t]{1,3}[A-Za-z]{3,9}\b|\d{4}-\d{2}-\d{2})(?![^\n.;]{0,40}\b(?:awaiting|waiting|pending)\b)|(?:^|[,;:、，—–.][ \t]{0,3}[*_]?|\*\*)(?:done|completed|shipped|closed|merged|live|in[ \t]effect|policy[ \t]in[ \t]effect|delivered|rolled[ \t]out|in[ \t]place|added[ \t]to[ \t]the[ \t](?:runbook|wiki|docs|template|checklist|handbook|playbook))(?:\*\*)?[ \t]{1,3}(?:on[ \t]{1,3}|since[ \t]{1,3})?(?:[A-Za-z]{3,9}\.?[ \t]{1,3}\d|\d)/i;

/**
 * Said at the end of an item or in a sentence of its own: `— Farid, done`, `Owner: Luca. Done.`, `Owner: Anders. Done (Feb 14).`,
 * `— done; two more found`, `Done on Thursday afternoon.`, `Dmitri added these on Friday; they're live.`,
 * `~~Pending~~ Done — Tier B share 9–11 %` (a state struck through, then done and what came of it).
 */
const DONE_LIVE = /(?:[,;、，—–/·][ \t]{0,3}|[.!?][ \t]{1,3}|~~[ \t]{1,3})done(?:[ \t]{0,3}[.!]?[*_]{0,2}[ \t]*$|[ \t]{0,2}[;:,][ \t]|[ \t]{1,2}[—–][ \t]|[ \t]{0,2}\((?:on[ \t])?(?:\d|[A-Za-z]{3,9}\.?(?:[ \t]\d|\))))|(?:^|[.!?;](?:\*\*|__)?\s{1,3})done[ \t]on[ \t](?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|\b(?:they(?:'re|’re|[ \t]are)|it(?:'s|’s|[ \t]is)|(?:is|are)[ \t]now)[ \t](?:now[ \t])?live\b|(?:^|[.!?][ \t]{1,3})shipped[ \t]in[ \t]v?\d|\bstatus[ \t]{0,2}[:：][ \t]{0,2}(?:done|completed?|closed|fixed|shipped)\b/i;

/** Part of the item done: a count of parts done (`12/38 完了`, not a date `12/16 완료`), a share below 100 % (`60% done`), or the rest still in progress. */
const PARTLY_DONE = /(?:\d{3,5}|1[3-9]|[2-9]\d)[ \t]?\/[ \t]?\d{1,5}[ \t]?(?:완료|完了|done)|\d{1,5}[ \t]?\/[ \t]?(?:3[2-9]|[4-9]\d|\d{3,5})[ \t]?(?:완료|完了|done)|나머지[ \t]?(?:진행|미완)|残り|partially[ \t]done|partly[ \t]done|(?<![\d.])(?:[1-9]\d?|0)(?:\.\d)?[ \t]?%[ \t](?:done|complete)\b|(?:설계|기획|초안|설계안)[ \t]?완료|(?:設計|起案|草案|案作成)[ \t]?(?:完了|済み?)|済み?[、,，][ \t]?[^、,，。\n]{1,10}中(?![\p{L}])/iu;

/** `DONE`, `FIXED` in capitals: a status word, unlike "done" in a sentence. */
const DONE_WORD = /\b(?:DONE|COMPLETED|FIXED|RESOLVED|MERGED)\b/;

const DONE_STATUS = new RegExp(`^(?:${packWords('doneStatus')}|✅|✔|☑)\\.?$`, 'i');

/**
 * An item that says what was done, not what will be: it starts with a verb in the past tense or says "has been".
 * (`Shared date-conversion library …` is a plan: `shared` is a verb only before an object or a preposition.)
 */
const PAST_START = /^(?:added|fixed|merged|implemented|updated|increased|decreased|reduced|removed|deployed|enabled|disabled|created|moved|rotated|revoked|replaced|upgraded|downgraded|migrated|changed|configured|documented|released|patched|reverted|rolled back|introduced|wrote|improved|switched|published|notified|contacted|deleted|restored|pinned|raised|lowered|blocked|locked|turned off|turned on|shipped|completed|finished|resolved|disconnected|isolated|audited|reviewed|announced|communicated|sent|ran|made|held|built|took|gave|told|paid|shared(?=[ \t](?:the|a|an|our|this|these|it|them|with|to|in|on)\b)|posted|filed|opened|raised|issued|scaled|cordoned|drained|rebooted|restarted|rebuilt|purged|cleaned up|verified|confirmed|identified|investigated|tested)\b/i;

const PAST_PASSIVE = /\b(?:has|have) (?:already )?been (?:[a-z]+ed|made|done|set up|put in place|built|written|taken)\b|^[^.;\n]{0,80}\b(?:was|were) (?:[a-z]{2,20}ed|done|made|set|set up|put|cut|kept|found|rolled out|built|taken|paid|sent|run|held|given|shut down|written)\b|^(?:the |our )?(?:team|we|they|engineers?|[\w-]{2,20} team)[ \t](?:have[ \t]|has[ \t])?(?:[a-z]{3,20}ed|made|held|ran|wrote|took|set up|sent|built)\b/i;

/**
 * A change already in effect, said in the present: `Our runbook now starts with the TLS
 * dashboard`, `Pool sizes are now validated in CI`. Not when a plan is said before the `now`
 * (`We should now…`, `Make sure X now…`: see `saysInEffect`).
 */
const NOW_IN_EFFECT = /^[^.\n]{1,60}?\b(?:(?:is|are)[ \t]now|now[ \t](?:in[ \t]place|live|enabled|(?:has|have|is|are)\b|[a-z]{2,20}(?:s|es)\b))/i;

const PLAN_BEFORE_NOW = /\b(?:should|must|need|needs|will|would|shall|plan|plans|going|want|wants|to|make[ \t]sure|ensure)\b/i;

/** Not an action: a counterfactual reflection (`If we had…`), or an item about the report itself (a template checklist). */
const NOT_AN_ACTION = /^(?:if[ \t](?:we|i|they)[ \t]had|had[ \t](?:we|i)[ \t]|we[ \t]could[ \t]have|it[ \t]would[ \t]have[ \t]been|therefore[ \t]we)\b|\b(?:sections?[ \t]above|this[ \t](?:report|document|postmortem)|after-action[ \t]report|incident[ \t]title|actionable[ \t]items[ \t]above|incident[ \t]has[ \t]been[ \t]dealt[ \t]with)\b/i;

/**
 * A sub-item that is an action of its own starts with a verb in the imperative (`Create a
 * dashboard`); one that does not (`Tokens in Concourse`) details the item above it.
 */
export const IMPERATIVE_START = /^(?:add|create|prepare|update|fix|implement|investigate|review|document|write|set ?up|configure|enable|disable|remove|replace|migrate|move|upgrade|test|monitor|alert|automate|build|deploy|ensure|improve|explore|evaluate|consider|define|establish|schedule|reach out|spike|audit|rotate|revoke|increase|decrease|reduce|limit|introduce|change|make|use|switch|teach|train|educate|communicate|announce|publish|track|follow up|look into|research|identify|prevent|avoid|require|enforce|restrict|refactor|rewrite|split|separate|isolate|backport|release|validate|verify|check|assign|hire|plan|propose|draft|run|support|allow|provide|handle|extend|apply|pin|block|find|figure out|discuss|agree|decide|measure|benchmark|deprecate|delete|archive|adopt|integrate|standardi[sz]e|add)\b/i;

/**
 * A sentence of the item that says the work is done: `We've updated our runbook so…`, `they have
 * added a check`. Only at the start of a sentence (not `make sure we've migrated every domain`),
 * and not with thinking or planning verbs (`we've decided to add`, `we have started`).
 */
const WE_HAVE_DONE = /(?:^|[.!?][ \t]{1,3}|\*\*[ \t]{1,3})(?:we|they|the[ \t]team)(?:'ve|’ve|[ \t]have)[ \t](?:already[ \t])?(?!(?:decided|learned|learnt|noticed|realized|realised|discussed|agreed|planned|started|considered|asked|wanted|needed|tried|proposed|suggested|scheduled|opened|filed|created[ \t]a[ \t](?:ticket|issue))\b)(?:[a-z]{3,20}ed|made|built|written|set[ \t]up|put[ \t]in[ \t]place)\b/i;

/**
 * A status cell that says the item is done or closed: the whole cell (`Done`, `완료`, `Won't do`,
 * `**完了**`), or a cell that starts with the word (`Done (2024-03-01)`, `완료 - 3/2`, `Agreed, in the contributing guide`; `Agreed` alone is a plan agreed on).
 */
export function isDoneStatus(cell: string): boolean {
  const t = cell.replace(/[*_`~]/g, '').trim();
  return DONE_STATUS.test(t) || DONE_STATUS_START.test(t);
}
const DONE_STATUS_START = new RegExp(`^(?:${packWords('doneStatusStart')})(?![A-Za-z])`, 'i');

/** A row or an item that says anywhere it is done (`(done)`, `✅`, `DONE`, `완료`). */
export function saysDone(text: string): boolean {
  // `対応中 (12/38 完了)`, `B열 완료, 나머지 진행 중`: part of it is done, not the item.
  // (`설계 완료`, `起案済み`, `改訂案作成済み、審査中`: a stage of it done, the rest still to do.)
  if (PARTLY_DONE.test(text)) return false;
  // Words in quotes are a name, not the item's state (`「決済完了の反映が遅延」したらお知らせを出す`).
  const t = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const mark = DONE_MARK.exec(t);
  // `(… CTO 승인 완료) — 윤세진, 5/31까지`: a deadline after a Korean or Japanese done word says that
  // word is about something else (an approval), and the item is still to do.
  const markDone = mark !== null && !(CJK_DONE.test(mark[0]) && DEADLINE_AFTER.test(t.slice(mark.index + mark[0].length))) && !otherThingInPlace(t, mark);
  return markDone || DONE_WORD.test(t) || DONE_ON.test(t) || FIRST_RUN_DONE.test(t) || DONE_LIVE.test(t) || DROPPED.test(t) || DECIDED.test(t) || IN_USE.test(t) || markedStatus(t);
}

/**
 * A status word set off in bold or brackets, as a status cell would hold it, at the start of the item
 * or ending a clause (`- **[中止]** …`, `… — 민경태, 3/20, **취소**. …`, `[Cancelled] …`): `Define what
 * **done** means` is not one.
 */
function markedStatus(t: string): boolean {
  STATUS_MARK.lastIndex = 0;
  for (let m = STATUS_MARK.exec(t); m; m = STATUS_MARK.exec(t)) {
    // (Bold around brackets, `**[中止]**`, widens the mark by the asterisks on each side.)
    let start = m.index;
    let end = m.index + m[0].length;
    if (/^[[【]/.test(m[0]) && /(?:\*\*|__)$/.test(t.slice(Math.max(0, start - 2), start)) && /^(?:\*\*|__)/.test(t.slice(end, end + 2))) {
      start -= 2;
      end += 2;
    }
    const inner = m[0].slice(m[0].startsWith('**') || m[0].startsWith('__') ? 2 : 1, m[0].endsWith('**') || m[0].endsWith('__') ? -2 : -1).trim();
    const atStart = /^[\s>*+-]*(?:\[[ xX]\][ \t]*)?(?:\d{1,3}[.)][ \t]*)?$/.test(t.slice(0, start));
    const endsClause = /^[ \t]*(?:[.,;:。、，)）—–-]|$)/.test(t.slice(end));
    // (A short word, as a status cell holds: `[x]` is a checkbox, a long bracket a note.)
    // (`**Done in the Q3 test on 14 Sep 2024**`, wrapped or not: a longer mark that starts with the word.)
    const plain = inner.replace(/\s+/g, ' ');
    if ((atStart || endsClause) && plain.length >= 2 && (plain.length <= 16 ? isDoneStatus(plain) : plain.length <= 60 && DONE_STATUS_START.test(plain))) return true;
  }
  return false;
}
/** Text in square or lenticular brackets, or in bold: `[中止]`, `【完了】`, `**취소**`. */
const STATUS_MARK = /\[[^\]\n]+\]|【[^】\n]+】|\*\*[^*]+\*\*|__[^_\n]+__/g;
/** In use now, or a practice that runs and was last held on a day (`(2024/03 運用開始)`, `直近は 2026/10 実施`): closed. */
const IN_USE = new RegExp(`(?:${packWords('inUseWord')})(?=[ \\t]*(?:[)）\\]】。.,、;(（]|$))`, 'i');
/** A decision recorded with its month or day that closes the item (`— decided 2025-03: staying self-hosted`). */
const DECIDED = /\bdecided(?:[ \t]on)?[ \t]\d{4}-\d{2}(?:-\d{2})?[ \t]?:/i;
/** Decided not to do it, at the end of a clause (`…と判断し見送り）`, `— decided against it.`, `…는 하지 않겠습니다 — 이유`): closed. */
const DROPPED = new RegExp(`(?:${packWords('droppedWord')})(?=[ \\t]*(?:[)）\\]】。.,、;—–]|$))`, 'i');
/**
 * `Owner: Amir. Target: October 25. (Clamping fix from the incident is already in place.)`: a note
 * in parentheses that gives its own subject as already in place is about that other thing, not the
 * item, when the item has a target or due date.
 */
function otherThingInPlace(t: string, mark: RegExpExecArray): boolean {
  if (!/\balready\b/i.test(mark[0])) return false;
  const open = t.lastIndexOf('(', mark.index);
  if (open < 0 || t.lastIndexOf(')', mark.index) > open) return false;
  const subject = t.slice(open + 1, mark.index);
  return /^[A-Za-z][\w -]{2,60}[ \t](?:is|are|was|were|has been|have been)[ \t]$/i.test(subject) && !/^(?:this|it|that|the item|the fix)[ \t]/i.test(subject) && /\b(?:target|due|by)\b[ \t:]{0,3}\S/i.test(t.slice(0, open));
}
const QUOTED = /「[^「」\n]{1,80}」|『[^『』\n]{1,80}』/g;
const CJK_DONE = new RegExp(`^(?:${packWords('doneWord')})$`);
/** A date given as a deadline: `5/31까지`, `6月末まで`, `期限: 7/1`, `due 3 May`. */
const DEADLINE_AFTER = /\d{1,2}[ \t]?(?:[/.]|[月월])[ \t]?(?:\d{1,2}|末|말)?[ \t]?[日일]?[ \t]?(?:까지|まで)|(?:期限|기한)[ \t:：]{0,3}\d|\bdue[ \t]{1,2}(?:\d|[A-Z])/i;

/** The answer to an item that asks someone, recorded: `They said no (2024-11-18)`, `she replied yes`. */
const ANSWERED = /(?:^|[.;][ \t]{1,3})(?:They|He|She)[ \t](?:said|answered|replied)[ \t](?:no|yes)\b/;
/** A bold title on the item's first line, then its text on the next (`**Improved runbooks**\nWe plan to …`). */
const BOLD_TITLE_THEN_TEXT = /^[ \t]*(?:\*\*|__)([^*_\n]{3,120})(?:\*\*|__)[ \t]*\r?\n[ \t]*(\S[\s\S]*)$/;
/** Done, struck through, written in the past tense, or a timeline entry that starts with its time. */
export function isDone(body: string): boolean {
  // An item wrapped over lines reads as one line (`— done\n   on 9 July with the fix.`).
  const t = body.replace(/^[\s*_]+/, '').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  // Struck through, the whole item or its action with a note after it (`~~Remove pinning~~ — decided against. Closed won't-do.`).
  if (/^~~[^~]{3,}~~/.test(t.trim())) return true;
  // (`**Ask the sponsor** whether … Owner: Ruth. They said no (2024-11-18), which was fair.`: the answer to a question it asked, recorded.)
  if (ANSWERED.test(t)) return true;
  // (`**Improved runbooks for engine-level limits**` then `We plan to document …`: a bold title is the item's name, a noun
  // phrase; whether it was done is said by the text after it.)
  const titled = BOLD_TITLE_THEN_TEXT.exec(body);
  const told = titled ? titled[2].replace(/[ \t]*\r?\n[ \t]*/g, ' ') : t;
  if (saysDone(t) || PAST_START.test(told) || PAST_PASSIVE.test(told) || NOT_AN_ACTION.test(t) || WE_HAVE_DONE.test(t) || saysInEffect(t) || endsDonePast(t)) return true;
  // `09:00까지 지급 파일이 없으면 경보`: a time of day as a condition's deadline, not the time it was done.
  if (TIME_AS_DEADLINE.test(t)) return false;
  if (DATED_START.test(t)) return true;
  // `恒久対応：2025年2月4日（火）、修正版をリリース`: a label, then the day it was done.
  if (LABEL_THEN_DAY.test(t)) return true;
  const time = readTimestamp(t.slice(0, 40));
  return time.ok && time.start === 0;
}

/**
 * An item that ends as a report of what was done (the packs' `donePast`), a date in parentheses after
 * it or not (`…変更してもらいました(10/9)`). A scan for the end: one pattern for it took recheck too long.
 */
function endsDonePast(t: string): boolean {
  if (!DONE_PAST_AT_END) return false;
  let s = trimEndChars(t, ' \t。.');
  if (/[)）]$/.test(s)) {
    const open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
    if (open >= 0 && s.length - open <= 32) s = trimEndChars(s.slice(0, open), ' \t。.');
  }
  return DONE_PAST_AT_END.test(s);
}
const DONE_PAST_AT_END = packWords('donePast') ? new RegExp(`(?:${packWords('donePast')})$`) : undefined;

/** A year, a month and a day written with the packs' unit words (`2025年2月4日`, `2024년 5월 3일`). */
const CALENDARS = PACKS.flatMap((p) => (p.calendar ? [p.calendar] : []));
const UNIT_DAY = `\\d{4}[ \\t]?(?:${CALENDARS.map((c) => c.year.source).join('|')})[ \\t]?\\d{1,2}[ \\t]?(?:${CALENDARS.map((c) => c.month.source).join('|')})[ \\t]?\\d{1,2}[ \\t]?(?:${CALENDARS.map((c) => c.day.source).join('|')})`;
/** An item that starts with a date or a clock time: a timeline entry, not a plan. */
const DATED_START = new RegExp(`^(?:\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{1,2}:\\d{2}\\b|${UNIT_DAY})`);
/** A short label, then a day written with unit words. */
const LABEL_THEN_DAY = new RegExp(`^[^:：\\n]{1,12}[:：][ \\t]*${UNIT_DAY}`);

/** A clock time, then a pack's deadline word (`09:00까지`, `9:00までに`). */
const TIME_AS_DEADLINE = new RegExp(`^\\d{1,2}:\\d{2}[ \\t]?(?:${PACKS.flatMap((p) => p.deadlineAfter).join('|')})`);

/** The item says its change is in effect now (`NOW_IN_EFFECT`), with no plan or imperative before the `now`. */
function saysInEffect(t: string): boolean {
  const m = NOW_IN_EFFECT.exec(t);
  return m !== null && !IMPERATIVE_START.test(t) && !PLAN_BEFORE_NOW.test(m[0].replace(/\bnow\b[\s\S]*$/i, ''));
}

/** `EOQ`, `EOY`, `EOM`, `end of (the) quarter/year/month`, a deadline by the end of the period the document was written in (read by `record.ts`, set off by `action-item.ts`); group 1 or 2 the unit. */
export const RELATIVE_END = /\b(EOQ|EOY|EOM)\b(?![ \t-]?\d)|\bend[ \t]of[ \t](?:the[ \t]|this[ \t])?(quarter|year|month)\b(?![ \t]\d|[ \t]of\b)/i;
