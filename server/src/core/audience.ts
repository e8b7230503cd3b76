/**
 * Who a document is written for. A notice to customers (a status-page report, a public blog post,
 * an apology letter) speaks for the company: its commitments have no internal owner or ticket, and
 * asking for them there is a finding its readers would reject (the internal postmortem, and its
 * tracker, hold them). Read from the text alone: a byline (`Posted May 17, 2024 by the Paperlane
 * team`), or an apology addressed to the customers (`We apologize … our customers`, `고객 여러분 …
 * 사과드립니다`, `お客様 … お詫び申し上げます`).
 */
import type { ParsedDocument } from './document';
import { PACKS } from './lang/index';
import { findDates } from './readers/timestamp';

/**
 * `Posted by …`, `*Published on 2024-05-17 by …*`, `Posted May 17, 2024`; not a sentence that wraps
 * onto a line at `posted on 6 November. … made by`, nor a post for the company's own people
 * (`*Posted for the whole studio by the Online Services team*`, `Posted internally by …`, `Posted in
 * #transit-data-incidents by @j.okafor`: a chat channel).
 */
const BYLINE = /^[ \t]{0,3}[*_]{0,2}(?:posted|published)\b(?![ \t](?:internally|(?:in|to)[ \t](?:#|slack\b|teams\b|the[ \t](?:team[ \t])?channel\b)|for[ \t](?:the[ \t]|all[ \t])?(?:whole[ \t]|entire[ \t])?(?:studio|company|team|org|organi[sz]ation|staff|employees|engineering|internal)))[^\n.]{0,60}?\bby\b|^[ \t]{0,3}[*_]{0,2}(?:posted|published)[ \t](?:on[ \t])?(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2},?[ \t]\d{4}|\d{4}-\d{2}-\d{2})/im;
/** A report that says it is public: `*Public incident report — Relaywire*`, `Customer-facing RCA`, `고객 공지`, `お客様向け`. */
const PUBLIC_REPORT = /^[ \t]{0,3}[*_#]{0,3}[ \t]*(?:public|customer[- ]facing)[ \t](?:incident[ \t]|post-?incident[ \t]|outage[ \t])?(?:report|rca|post-?mortem|summary)\b|^[ \t]{0,3}[*_#]{0,3}[ \t]*(?:고객[ \t]?(?:공지|안내)|お客様向け(?:の)?(?:お知らせ|ご案内|ご報告|報告|説明|障害報告|$))/im;

const CACHE = new WeakMap<ParsedDocument, boolean>();
const INTERNAL = new WeakMap<ParsedDocument, number | null>();

/** The document is a notice to customers: a byline, or an apology addressed to them. */
export function isPublicNotice(doc: ParsedDocument): boolean {
  let yes = CACHE.get(doc);
  if (yes === undefined) {
    yes = noticeIn(doc.text.length > 200_000 ? doc.text.slice(0, 200_000) : doc.text);
    CACHE.set(doc, yes);
  }
  return yes;
}

/** Quote marks and where each quotation closes. */
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」' };

/** The text without its quotations of up to 300 characters (a scan: one pattern for all three took recheck too long to prove safe). */
function withoutQuoted(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const close = CLOSING[text[i]];
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end - i > 301) continue;
    out += text.slice(from, i);
    from = end + 1;
    i = end;
  }
  return out + text.slice(from);
}

function noticeIn(text: string): boolean {
  // A notice quoted in a block quote (`> … 여러분께 큰 불편을 드려 죄송합니다.`) is what an internal report says was sent, not what the report is.
  // So is one in quotes (`"불편을 드려 등록 시 5,000원 적립금을 드립니다"`, a support macro the report quotes).
  const t = withoutQuoted(text.replace(/^[ \t]{0,3}>[^\n]*$/gm, ''));
  // (`ご利用店舗の皆さまには、別途お詫びのご連絡を差し上げています`: the apology went out on its own; this is the team's report.)
  return BYLINE.test(t) || PUBLIC_REPORT.test(t) || PACKS.some((p) => p.notice.apology.test(t) && p.notice.addressee.test(t) && !p.notice.separately.test(t));
}

/**
 * Where the part for the company's own people starts, in a notice followed by one (`## Internal
 * appendix (not sent to customers)`, `## 第2部 社内向け詳細報告`): the first heading with a pack's
 * `notice.internal` word after which the text before it is a notice. Its commitments are the
 * team's, with owners and dates. Undefined when there is no such part.
 */
export function internalPartStart(doc: ParsedDocument): number | undefined {
  let at = INTERNAL.get(doc);
  if (at === undefined) {
    at = null;
    for (const s of doc.sections) {
      if (s.headingRange.start === 0 || !PACKS.some((p) => p.notice.internal.test(s.title))) continue;
      if (noticeIn(doc.text.slice(0, Math.min(s.headingRange.start, 200_000)))) at = s.headingRange.start;
      break;
    }
    INTERNAL.set(doc, at);
  }
  return at ?? undefined;
}

const SNAPSHOT = new WeakMap<ParsedDocument, string | null>();

/**
 * The day a document is dated when it is a snapshot, sent or submitted, whose items' outcomes are
 * followed up elsewhere: an e-mail (a `To` and a `Subject` line at the top; its first full date) or a
 * report with a label that dates it as submitted (`Date of this report: 6 September 2024`). ISO, or undefined.
 */
export function datedSnapshot(doc: ParsedDocument): string | undefined {
  let at = SNAPSHOT.get(doc);
  if (at === undefined) {
    at = snapshotIn(doc.text.slice(0, 3000)) ?? null;
    SNAPSHOT.set(doc, at);
  }
  return at ?? undefined;
}

function snapshotIn(head: string): string | undefined {
  let to = false;
  let subject = false;
  for (const line of head.split('\n')) {
    // `*Posted to the engineering blog, 2024-07-26 · Ben*`: a post, dated where it says it was posted.
    const lead = line.replace(/^[ \t>*_]+/, '');
    if (PACKS.some((p) => p.snapshot.posted.test(lead))) {
      const d = findDates(lead).find((x) => x.value.iso)?.value.iso;
      if (d) return d;
    }
    // A header line: a label of up to 40 characters (markup and a list mark set aside), a colon, the rest.
    const colon = line.search(/[:：]/);
    if (colon < 1 || colon > 40) continue;
    const label = line.slice(0, colon).replace(/^[ \t]*(?:[-+>][ \t]+)?/, '').replace(/[*_]/g, '').trim();
    if (PACKS.some((p) => p.snapshot.reportDate.test(label))) {
      const d = findDates(line.slice(colon + 1)).find((x) => x.value.iso)?.value.iso;
      if (d) return d;
    }
    to ||= PACKS.some((p) => p.snapshot.to.test(label));
    subject ||= PACKS.some((p) => p.snapshot.subject.test(label));
  }
  if (!to || !subject) return undefined;
  // (The header's date, or the first full date after it.)
  return findDates(head).find((x) => x.value.iso)?.value.iso ?? undefined;
}
