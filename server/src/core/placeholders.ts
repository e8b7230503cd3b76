import type { OffsetRange } from './types';
import { PACKS, packWords } from './lang/index';

/** A leftover bit of template text. */
export interface PlaceholderMatch extends OffsetRange {
  /** The text matched. */
  text: string;
}

const HTML_TAGS = new Set([
  'a', 'abbr', 'b', 'br', 'code', 'del', 'details', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'pre', 'q',
  's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'mark', 'center', 'font', 'picture', 'source', 'video', 'iframe', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  // Notion exports a callout as `<aside>` … `</aside>`.
  'aside', 'section', 'article', 'figure', 'figcaption', 'blockquote', 'dl', 'dt', 'dd', 'caption', 'tfoot', 'cite', 'time', 'wbr',
]);

// Each alternative is linear: bounded repetitions over disjoint classes only.
const PLACEHOLDER = new RegExp(
  [
    String.raw`\b(?:TODO|TBD|TBC|FIXME|XXX)\b`,
    String.raw`\{\{[^{}\n]{0,80}\}\}`,
    String.raw`\{[a-z]{1,20}(?:[ _-][a-z]{1,20}){1,5}\}`,
    String.raw`\[(?:link to|insert|add|fill in|describe|your|enter|paste)\b[^\][\n?]{0,60}\]`,
    String.raw`\b(?:[Tt]o fill in|[Ff]ill (?:this|it) in|(?:[Aa]dd|[Ii]nsert|[Ww]rite|[Dd]escribe|[Ee]nter|[Pp]ut) (?:more |the |your |a |an )?(?:details?|description|info(?:rmation)?|summary|text|content|notes?|links?|values?|reasons?|explanation|something) here)\b`,
    String.raw`<[A-Za-z가-힣][^<>\n]{0,80}>`,
    String.raw`\?\?+`,
    String.raw`\b[Ll]orem ipsum\b`,
    String.raw`\b[0-2]?[0-9X]X:XX\b`,
    String.raw`--:--`,
    String.raw`\bYYYY-MM-DD(?:[ T]HH:MM)?\b`,
    String.raw`\bHH:MM\b`,
    String.raw`\bHH:mm\b`,
    String.raw`[[{(](?:WIP|wip|DRAFT)[\]})]`,
    String.raw`\b(?:should|must|needs? to|to) be filled (?:out|in)\b`,
    String.raw`\bXh Xm\b`,
    String.raw`\bX{1,3} (?:hours|minutes|users|servers)\b`,
    // `추후 작성`, `後日記載`: the packs' words for content still to come.
    ...PACKS.flatMap((p) => (p.toBeWritten ? [p.toBeWritten.source] : [])),
  ].join('|'),
  'g',
);

/** The packs' notes of what a value not known yet waits for (`pendingNote`). */
const PENDING_NOTE = PACKS.some((p) => p.pendingNote) ? new RegExp(PACKS.flatMap((p) => (p.pendingNote ? [p.pendingNote.source] : [])).join('|')) : undefined;

/** Right after a blanked time (`2X:XX`), a note that the exact time is not known. */
const TIME_UNKNOWN_AFTER = /^[ \t]{0,3}[(（[]?[ \t]{0,3}(?:not[ \t]sure|unsure|unknown|approx(?:\.|imately)?|roughly|exact[ \t]time[ \t]unknown|time[ \t]unknown|정확한[ \t]?시각[ \t]?(?:미상|불명|모름)|시각[ \t]?미상|미상|時刻不明|不明|不詳|頃)/i;

/** The start of a line that gives a status as of a day or a time (`**Status 27/02 22:10:**`, `Update (3/14 09:00):`). */
const DATED_STATUS_LINE = /^[ \t>*_-]*(?:status|update|progress|sitrep)[ \t]?(?:as[ \t]of[ \t]|at[ \t])?[(（]?\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?(?:[ \t]\d{1,2}:\d{2})?[)）]?[*_]{0,2}[ \t]?[:：]/i;

/** Finds placeholders in a piece of text; offsets are relative to it. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text))) {
    const t = m[0];
    if (t.startsWith('<')) {
      // Real HTML (`<br>`, `<img src=…>`, `</div>`) and autolinks (`<https://…>`) are not placeholders.
      const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(t)?.[1]?.toLowerCase();
      if (name && HTML_TAGS.has(name) && !/^<[a-z]+ [a-z]+ [a-z]+/i.test(t)) continue;
      if (/^<[a-z][a-z0-9+.-]*:/i.test(t) || /^<[^ >@]+@[^ >]+>$/.test(t)) continue;
      if (/^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z-]+=["'][^"']*["'])+\s*\/?>$/.test(t)) continue;
    }
    if (/^x{1,3}$/i.test(t) && t !== 'XXX') continue;
    if (t.startsWith('{{') && !templateVariable(t.slice(2, -2))) continue;
    // `> Affected key IDs: {{key_ids}}` in a quoted notice that opens `> Subject: …`: the merge field of a message that was sent, quoted as sent.
    if (t.startsWith('{{') && inQuotedMessage(text, m.index)) continue;
    if (t.startsWith('<') && !/\s/.test(t.slice(1, -1)) && !atValuePosition(text, m.index)) continue;
    // `- 16:31 First 429 from a NAT address. **<START OF IMPACT>**`: the SRE book's mark on the entry where impact began or ended, not a blank.
    if (/^<(?:start|end|begin(?:ning)?)[ \t]of[ \t](?:the[ \t])?[a-z][a-z -]{1,30}>$/i.test(t) && !atValuePosition(text, m.index)) continue;
    if (/^(?:TODO|FIXME)$/.test(t) && mentioned(text, m.index, m.index + t.length)) continue;
    // `TODO:` alone on its line above a list: the name of a checklist, not a blank left to fill.
    if (t === 'TODO' && /^(?:\*\*|__)?[ \t]*[:：]?(?:\*\*|__)?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(text.slice(m.index + 4, m.index + 40)) && /(?:^|\n)[ \t>*_#\p{Extended_Pictographic}\u{FE0F}]*$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // `BCN-4412 **TODO**` (the SRE book's action item table), or `TODO` alone in a cell of a table
    // whose other rows say `DONE` or `STARTED`: the item's state, not a blank.
    if (t === 'TODO' && todoIsAState(text, m.index)) continue;
    // `date TBD`, `TBD, after the capacity plan`, `owner TBD at next planning`: a decision not made yet, said on purpose (the
    // `action-item` rule asks for the date), not template text left to fill.
    // (`TBD — Customer Success will decide at the 2026-12-10 account review`: who decides and when.)
    if (/^TB[DC]$/.test(t) && (/\b(?:date|due|eta|deadline|target)[ \t:：]{1,3}$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^[ \t]*(?:[,;(—–-][ \t]*)?(?:after|until|once|when|pending|waiting|depends|awaiting|blocked|(?:at|in|by)[ \t](?:the[ \t])?(?:next|upcoming|following)[ \t](?:planning|sprint|review|meeting|retro|quarter|standup|sync))\b/i.test(text.slice(m.index + t.length, m.index + t.length + 40)) || /^[ \t]*[,;(—–:-][ \t]*(?:[\w-]+[ \t]){0,3}(?:will|to)[ \t](?:decide|confirm|determine|be[ \t](?:decided|confirmed|determined|agreed|set))\b/i.test(text.slice(m.index + t.length, m.index + t.length + 60)))) continue;
    // (`Update to SLT: "cause = expired domain, RCA TBC, ETA for fix EOD"`: the words of a message sent then, quoted;
    // `**Status 27/02 22:10:** resolved, monitoring o/n. RCA TBC.`: a status line dated when it was said.)
    if (/^TB[DC]$/.test(t) && (quotedWithWords(text, m.index, m.index + t.length) || DATED_STATUS_LINE.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)))) continue;
    // `추후 작성 (개인정보보호위원회 조사 진행 중, 결과 통보 시 갱신)`: what the value waits for, in a note right after it.
    if (!/^(?:TODO|FIXME|XXX)$/.test(t) && PENDING_NOTE && PENDING_NOTE.test(/^[ \t]*[(（][^()（）\n]{0,60}[)）]/.exec(text.slice(m.index + t.length, m.index + t.length + 64))?.[0] ?? '')) continue;
    // `TODO (waiting for the export, Ines to fill in)`: the note on a TODO already reported, not a second blank.
    if (/^to fill in$/i.test(t) && out.some((o) => /^(?:TODO|TBD|TBC|FIXME)$/.test(o.text) && m!.index - o.end <= 80 && !text.slice(o.end, m!.index).includes('\n'))) continue;
    // `creates a task for the nurse to fill it in by hand`: someone's job in a sentence, not a note to the writer.
    if (/^fill (?:this|it) in$/.test(t) && /\b[A-Za-z]{2,}[ \t\r\n]{1,4}to[ \t\r\n]{1,4}$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // `a new "webhook signing secret" field to be filled in`: prose about a form, not a blank.
    if (/\bbe filled (?:out|in)\b/i.test(t) && /\b(?:field|form|box|column|cell|input|template)s?["'”’]?[ \t]{1,3}(?:that[ \t](?:needs?|has)[ \t])?(?:to|must|should|needs?[ \t]to)?[ \t]*$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // `save damaged after patch??`, `owe €64??`, `CL2 SP -99%??`: punctuation right after a word or a number, not a blank.
    if (/^\?+$/.test(t) && /[\p{L}\p{N})\]%]/u.test(text.charAt(m.index - 1))) continue;
    // `2X:XX (not sure of the exact time)`: the author knows the time is unknown and says so.
    if (/X/.test(t) && /:/.test(t) && TIME_UNKNOWN_AFTER.test(text.slice(m.index + t.length, m.index + t.length + 60))) continue;
    // `placeholder copy ("Lorem ipsum budget partner")` quotes what a screen showed; `no lorem ipsum`
    // speaks of it: neither is filler left in this document.
    if (/^lorem ipsum$/i.test(t) && (/["“'‘][^"“”'‘’\n]{0,40}$/.test(text.slice(Math.max(0, m.index - 40), m.index)) && /^[^"“”'‘’\n]{0,80}["”'’]/.test(text.slice(m.index + t.length, m.index + t.length + 80)) || /\b(?:no|without|ban|avoid|never|not)[ \t]+(?:use[ \t]+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)))) continue;
    // `in YYYY-MM-DD format`, `文字列 (YYYY-MM-DD) のまま`, `HH:MM 형식`: the format is named, no blank left to fill.
    if (/^(?:YYYY|HH)/.test(t) && namesFormat(text, m.index, m.index + t.length)) continue;
    // (`Show "Received at HH:MM — processing" as soon as …`: the words of a message, quoted, whose time is shown there.)
    // (`show "offline list, X hours old" banner`: the same with a count the screen fills in.)
    if (/^(?:YYYY|HH|X[ \t])/.test(t) && quotedWithWords(text, m.index, m.index + t.length)) continue;
    // `[link to the issue](https://…)` is a link whose text happens to read like an instruction.
    if (t.startsWith('[') && /^[([]/.test(text.charAt(m.index + t.length))) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/** The first line of a quoted message (`> Subject: …`, `> Dear customer,`). */
const MESSAGE_OPENING = /^[ \t]{0,3}>[ \t]?(?:\*\*|__)?(?:Subject|Dear|Hi|Hello)\b/i;

/** `at` is in a blockquote whose first line opens a message (see MESSAGE_OPENING). */
function inQuotedMessage(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]{0,3}>/.test(text.slice(start, start + 4))) return false;
  // Back to the block's first line: the lines above that are quoted too (a message of at most 200 lines).
  for (let n = 0; start > 0; n++) {
    if (n === 200) return false;
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^[ \t]{0,3}>/.test(text.slice(prev, prev + 4))) break;
    start = prev;
  }
  return MESSAGE_OPENING.test(text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)));
}

const FORMAT_BEFORE = new RegExp(String.raw`(?:${packWords('formatWord')})[ \t]{0,2}[(（:："'“「\`]{0,2}[ \t]{0,2}(?:(?:as|in|like|of|e\.g\.|such[ \t]as)[ \t]{1,2})?$`, 'i');
const FORMAT_AFTER = new RegExp(String.raw`^[)）」"'”\`]{0,2}[ \t]{0,2}(?:${packWords('formatWord')})`, 'i');

/** A format named beside the text (`the YYYY-MM-DD format`, `形式: YYYY-MM-DD`), on the same line. */
function namesFormat(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  return FORMAT_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1)) || FORMAT_AFTER.test(after);
}

/** A ticket key then the state (`BCN-4412 **TODO**`), or a state in capitals alone in a table cell. */
const TICKET_BEFORE = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}[ \t]{1,3}(?:\*\*|__|\*|_)?$/;
const CELL_BEFORE = /\|[ \t]{0,3}(?:\*\*|__|\*|_)?$/;
const CELL_AFTER = /^(?:\*\*|__|\*|_)?[ \t]{0,3}\|/;
const OTHER_STATES = /(?:^|[|\s*_])(?:DONE|STARTED|IN[ _]PROGRESS|DOING|WIP|BLOCKED|CLOSED)(?:[|\s*_]|$)/;

function todoIsAState(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  if (TICKET_BEFORE.test(before)) return true;
  return CELL_BEFORE.test(before) && CELL_AFTER.test(text.slice(at + 4, at + 12)) && OTHER_STATES.test(text);
}

/**
 * `{{title}}`, `{{ summary }}`: a template variable. Not `{{ 06:10 }}` (a value someone wrapped)
 * nor a Liquid expression such as `{{ "/assets/a.png" | absolute_url }}`.
 */
function templateVariable(inner: string): boolean {
  const t = inner.trim();
  if (t === '' || /[|"'%0-9]/.test(t)) return t === '';
  return t.split(/\s+/).length <= 4;
}

/**
 * A one-word `<owner>` is a placeholder where a value goes (the start of a line, after a colon,
 * a pipe or an opening parenthesis); elsewhere it is an argument in a command the text quotes
 * (`.save <filename>`).
 */
function atValuePosition(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 40), at);
  return /(?:^[\s>*+#-]*|[:：|(=][ \t]*)$/.test(before);
}

/** "TODO comments", "a `// TODO`", "TODO が残って": the word is talked about, not left behind. */
function mentioned(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(0, start - 4), start);
  if (/^\s?(?:comments?|items?|lists?|markers?|tags?|notes?|コメント|주석|が|を|は|の|）|\)|」|"|')/i.test(after)) return true;
  // `（TODO: 影響を確認して追記）`: a note left in parentheses, not the word talked about.
  if (/(?:（|\()\s?$/.test(before)) return !/^[:：]/.test(after);
  // (`support case #TODO`: a number to fill in after a word, not a code comment's `# TODO`.)
  if (/[A-Za-z][ \t]#$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  return /(?:\/\/|#|「|"|')\s?$/.test(before);
}

/** Inside a quotation on its line that has words beside the blank (`"Received at HH:MM — processing"`). */
function quotedWithWords(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  // A quotation left open before the blank: an odd number of straight quotes, or an opening curly or corner quote not yet closed.
  const straight = (before.split('"').length - 1) % 2 === 1;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  const corner = before.lastIndexOf('「') > before.lastIndexOf('」');
  if (!straight && !curly && !corner) return false;
  const open = Math.max(straight ? before.lastIndexOf('"') : -1, curly ? before.lastIndexOf('“') : -1, corner ? before.lastIndexOf('「') : -1);
  const close = after.search(/["”」]/);
  if (close < 0) return false;
  return /\p{L}{2}/u.test(before.slice(open + 1) + after.slice(0, close));
}

/** True when a text holds nothing but placeholders, punctuation and whitespace. */
export function isOnlyPlaceholders(text: string): boolean {
  const matches = findPlaceholders(text);
  if (matches.length === 0) return false;
  let rest = '';
  let last = 0;
  for (const m of matches) {
    rest += text.slice(last, m.start);
    last = m.end;
  }
  rest += text.slice(last);
  return rest.replace(/[\s\p{P}\p{S}]/gu, '') === '';
}
