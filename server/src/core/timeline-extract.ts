import type { List, ListItem, Nodes, Table } from 'mdast';
import type { PostmortemConfig } from './config';
import { nodeRange, nodeText, type Block, type ParsedDocument, type Section } from './document';
import type { ExtractedFields } from './model';
import type { Facts, MilestoneId, Stated } from './facts';
import type { Occurrence } from './model';
import { detectLanguage, PACKS, packWords } from './lang/index';
import type { Duration } from './readers/index';
import { fieldForHeading } from './fields';
import { findDates, fullZoneName, readDate, readTimestamp, WEEKDAYS, zoneOffsetMinutes, ZONE_ABBREVIATIONS, type TimestampContext } from './readers/index';
import type { Timeline, TimelineEntry } from './timeline';
import { maskComments, searchProse } from './facts';
import { trimEndChars } from './text';
import { movedRange, ownString, type Reuse, type ReuseKind } from './incremental';

const ZONE_WORD = new RegExp(`(?<![A-Za-z])(${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')}|UTC[+-]\\d{1,2}(?::?\\d{2})?)(?![A-Za-z])`);
const IANA_ZONE = /(?<![\w/])((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Etc)\/[A-Za-z_]{1,30}(?:\/[A-Za-z_]{1,30})?)/;

/** The zone a heading, header cell or line names: an abbreviation, `UTC+9`, or a valid IANA name (`US/Pacific`). */
function zoneIn(text: string): { zone: string; index: number } | undefined {
  const z = ZONE_WORD.exec(text);
  if (z) return { zone: z[1], index: z.index };
  // A zone's full name (`Timeline (Pacific Daylight Time)`), read as its abbreviation.
  // `Timeline (ET)`, `(Pacific time, Feb 20)`: US zones named without saying daylight or standard.
  const us = US_ZONE.exec(text);
  if (us) {
    const zone = us[1] ?? us[2] ?? us[3] ?? '';
    return { zone, index: us.index + us[0].indexOf(zone) };
  }
  const full = fullZoneName(text);
  if (full) return full;
  const iana = IANA_ZONE.exec(text);
  if (iana && zoneOffsetMinutes(iana[1]) !== null) return { zone: iana[1], index: iana.index };
  return undefined;
}

/** A US zone without daylight or standard: `(ET)`, `(all PT, Apr 10)`, `Pacific time`. Stated, though not converted. */
// (`Timeline (US Central)`, `(Eastern, 14 Jan)`: the zone's word alone in the parenthesis.)
const US_ZONE = /[(（](?:all[ \t])?((?:ET|PT|CT|MT))\b|\b((?:Pacific|Eastern|Central|Mountain)[ \t](?:time|Time))\b|[(（](?:all[ \t])?(?:US[ \t])?(Pacific|Eastern|Central|Mountain)(?=[)）,])/;


const ALL_TIMES = new RegExp(`(?:${packWords('allTimes')})`, 'i');
/** Words for times in a zone statement, and the word after a zone that makes it the basis (the packs' `timesWord`, `zoneBasis`). */
const TIMES_WORD = new RegExp(packWords('timesWord'));
const ZONE_BASIS_AFTER = new RegExp(`^[ \\t]?(?:${packWords('zoneBasis')})`);

/**
 * A zone said once for the timeline in words: `All times in IST`, `(times in BST)`, `All times
 * are Pacific`, `All times in UC/Pacific`, `(UTC) All Times Approximate`, `한국 시간 기준`, `日本時間`.
 * The zone may be one the readers cannot compute (IST is three zones): it is still stated, so
 * `timezone` is silent, but times are not converted with it. Read in two steps (ZONE_LEAD, then
 * ZONE_NAMES where the lead ends; see zoneStatementsIn): one pattern with both took recheck a minute
 * and a half to prove safe, the parts take a few seconds together.
 */
const ZONE_LEAD = /\b(?:all )?times?(?: are| shown| given| listed| written| below)?(?: in| as| at)?[ \t]{1,3}\(?/g;
/**
 * The zone after ZONE_LEAD, read where the lead ends (all sticky, tried in this order): an offset
 * from UTC or an abbreviation, a region (`UC/Pacific`, its parts' lengths checked in zoneNameAt), a
 * US zone in words, local time. Several patterns, not one alternation: recheck could not prove the
 * one alternation safe in two minutes, and proves each of these in under three seconds.
 */
const ZONE_NAMES = [
  /(?:UTC|GMT)(?:[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}\b/y,
  /[A-Za-z]{2,}\/[A-Za-z_]{2,}/y,
  /(?:US )?(?:Pacific|Eastern|Central|Mountain|Atlantic)\b/y,
  /(?:[A-Z][a-z]{2,15} )?local time|local[ \t]?[(（](?:(?:US )?(?:Pacific|Eastern|Central|Mountain|Atlantic)|[A-Z]{2,5})(?:[ \t](?:time|Time))?[)）]|[A-Z][a-z]{2,15} (?:time|Time)\b/y,
];
/** A region's area and place as ZONE_NAMES reads them: at most 20 and 30 letters. */
const REGION_PARTS = /^([A-Za-z]+)\/([A-Za-z_]+)$/;
/** Korean and Japanese words that are a zone on their own (`한국 시간`, `日本時間`, `KST 기준`, `모든 시각 KST`). */
const CJK_ZONE_WORDS = /(?:한국|서울|현지) ?(?:시간|표준 ?시)|日本時間|日本標準時|KST 기준|(?:시각|시간|時刻)(?:은|는|は)? ?KST|JST/g;

/** The zone ZONE_NAMES read at `at` in `text`, if any (the first of them that reads one). */
function zoneNameAt(text: string, at: number): string | undefined {
  for (const re of ZONE_NAMES) {
    re.lastIndex = at;
    const m = re.exec(text)?.[0];
    if (m === undefined) continue;
    const region = REGION_PARTS.exec(m);
    if (!region) return m;
    // `Europe/Amsterdam`: an area of up to 20 letters; a place past 30 letters is cut there.
    if (region[1].length <= 20) return `${region[1]}/${region[2].slice(0, 30)}`;
  }
  return undefined;
}

/**
 * Every zone statement of ZONE_LEAD + ZONE_NAMES and CJK_ZONE_WORDS in `text`, in order, none inside
 * another: `zone` is the zone's own words (`text` from the lead to the zone's end).
 */
function zoneStatementsIn(text: string): Array<{ index: number; text: string; zone: string }> {
  const out: Array<{ index: number; text: string; zone: string }> = [];
  let taken = 0;
  for (const m of text.matchAll(ZONE_LEAD)) {
    const end = m.index + m[0].length;
    const zone = m.index >= taken ? zoneNameAt(text, end) : undefined;
    if (zone === undefined) continue;
    out.push({ index: m.index, text: text.slice(m.index, end + zone.length), zone });
    taken = end + zone.length;
  }
  for (const m of text.matchAll(CJK_ZONE_WORDS)) {
    if (!out.some((o) => m.index < o.index + o.text.length && o.index < m.index + m[0].length)) out.push({ index: m.index, text: m[0], zone: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The zone of a statement that begins `text` (`times in CET …`): the lead at 0 and a zone after it. */
function zoneStatementAtStart(text: string): { text: string; zone: string } | undefined {
  const first = zoneStatementsIn(text)[0];
  return first && first.index === 0 && first.zone !== first.text ? first : undefined;
}

/**
 * `All times in this document are CET.`, `All times below are Amsterdam local time`: more words
 * between "times" and "are" than ZONE_LEAD takes (one pattern with both took recheck minutes
 * to prove safe). What follows them is read with zoneStatementsIn, as if they were not there.
 */
const WORDY_TIMES = /\b[Tt]imes? (?:in this (?:document|report|postmortem|post|page|doc|write-up|timeline)|below|above|here)(?= are\b)/g;

/** Korean and Japanese: the times of the document are in a zone, named by its abbreviation. */
const CJK_TIMES_IN = /(?:시각|시간|시간대)[은는이][ \t]?(?:모두[ \t]?)?(?:한국[ \t]?표준시[ \t]?)?[(（]?(KST|UTC|JST)\b|(?:時刻|時間)は[ \t]?(?:すべて|全て)?[ \t]?(?:日本時間[ \t]?)?[(（]?(JST|UTC|KST)\b/g;

/**
 * A line labelled with the zone of the document's times (`Times: GMT (clocks went back on 25 Oct).`,
 * `**Time zone:** UTC`, `- Timezone: US Eastern`; the packs' `zoneLabel`): the zone follows the label.
 */
const ZONE_LABEL = new RegExp(`^[ \\t]{0,3}(?:[-*+][ \\t]{1,4})?(?:\\*\\*|__)?(?:${packWords('zoneLabel')})(?:\\*\\*|__)?[ \\t]{0,3}[:：][ \\t]{0,3}(?:\\*\\*|__)?[ \\t]{0,3}`, 'gim');
/** Not a zone though written like one: a placeholder in the label's place (`Times: TBD`). */
const NOT_A_ZONE = /^(?:TBD|TBC|TODO|NA|XXX)$/;

/** Every zone statement of a text (zoneStatementsIn, the wordier ones and labelled lines), in order; `label` marks the labelled ones. */
function zoneStatements(source: string): Array<{ index: number; text: string; zone: string; label?: boolean }> {
  // A statement wrapped over two lines (`All times` / `in this document are CEST`) reads as one:
  // each line break becomes a space (same length, so offsets hold).
  // `Times are in CET.` opening a sentence reads as `times are in CET` (same length too).
  const text = source.replace(/[\r\n]/g, ' ').replace(/\b(?:All t|T)imes?\b/g, (w) => w.toLowerCase());
  const out: Array<{ index: number; text: string; zone: string; label?: boolean }> = zoneStatementsIn(text);
  // `이 문서의 모든 시각은 한국 표준시(KST) 기준이다`, `時刻はすべて日本時間（JST）`.
  for (const m of text.matchAll(CJK_TIMES_IN)) {
    const zone = m[1] ?? m[2];
    if (zone) out.push({ index: m.index, text: m[0], zone });
  }
  for (const m of text.matchAll(WORDY_TIMES)) {
    const after = m.index + m[0].length;
    const z = zoneStatementAtStart(`times${text.slice(after, after + 100)}`);
    if (z) out.push({ index: m.index, text: m[0] + z.text.slice(5), zone: z.zone });
  }
  for (const m of source.matchAll(ZONE_LABEL)) {
    const after = m.index + m[0].length;
    const z = zoneStatementAtStart(`times ${source.slice(after, after + 100).replace(/[\r\n][^]*/, '')}`);
    if (z && !NOT_A_ZONE.test(z.zone)) out.push({ index: m.index, text: m[0] + z.text.slice(6), zone: z.zone, label: true });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The title of a `<details>` block (`<summary>Timeline (Eastern time)</summary>`). */
const SUMMARY_TAG = /<summary>([^<>\n]{1,120})<\/summary>/i;

/** `Times JST.`, `Times UTC`, `(Times CET)`: lines that are only the word and a zone abbreviation the readers know; `index` is the zone's. */
function bareZoneLines(text: string): Array<{ zone: string; index: number }> {
  const out: Array<{ zone: string; index: number }> = [];
  for (const m of text.matchAll(/^[ \t]{0,3}(?:[*_]{1,2})?\(?(?:[Aa]ll[ \t])?[Tt]imes?[ \t]{1,2}([A-Z]{2,5})\)?\.?(?:[*_]{1,2})?[ \t]*$/gm)) {
    if (ZONE_ABBREVIATIONS[m[1]] !== undefined) out.push({ zone: m[1], index: m.index + m[0].indexOf(m[1]) });
  }
  return out;
}

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY_DOT_MONTH = new RegExp(`^(\\d{1,2})\\.(?=[ \\t]{1,2}(?:${MONTH_NAMES})(?![A-Za-z]))`, 'i');

/** Milestone labels of every pack, English first (language packs, `cues.milestoneLabels`). */
const MILESTONE_LABELS: ReadonlyArray<[MilestoneId, RegExp]> = PACKS.flatMap((p) => p.cues.milestoneLabels);

/** Reads the timeline: from the Timeline section, or from a list item labelled as the key events. */
export function extractTimeline(doc: ParsedDocument, fields: ExtractedFields, facts: Facts, config: PostmortemConfig): Timeline {
  const occ = fields.byField.get('timeline')?.find((o) => o.surface === 'section');
  const section = occ?.section;
  const timeline: Timeline = { section, entries: [], others: [], zone: undefined, malformed: [] };
  const fmDay = fmDateOf(doc, facts);
  const state: WalkState = { doc, timeline, date: fmDay, zone: config.timezone || undefined, lastMinutes: undefined, year: documentYear(doc.text), fmDay };

  // `timezone: America/Los_Angeles` in the front matter: the document's own setting, before anything the text says.
  const fmZone = frontMatterZone(doc);
  if (fmZone && fmZone.state !== 'unknown') setZone(state, fmZone.zone, fmZone.range);
  // A zone stated once anywhere in the text (`All times are CET.` above the timeline, in the intro).
  if (!timeline.zone) {
    for (const m of searchProse(doc, 'zone statements', zoneStatements)) {
      // (`Timeline (all times BST, 3 August):` says it without a verb; `한국 표준시 기준` with the word after it.)
      if (!m.label && !/^(?:all )?times? (?:(?:here|above|in this [\w-]+) )?(?:are|in|shown|given|listed|written|below|as)\b|^all times\b/i.test(m.text) && !TIMES_WORD.test(m.text) && !ZONE_BASIS_AFTER.test(doc.text.slice(m.index + m.text.length, m.index + m.text.length + 4))) continue;
      setZone(state, m.zone, { start: m.index + m.text.lastIndexOf(m.zone), end: 0 });
      break;
    }
  }
  // `Times JST.` as a line of its own (under the title): the zone, said in two words.
  if (!timeline.zone) {
    const bare = searchProse(doc, 'bare zone lines', bareZoneLines)[0];
    if (bare) setZone(state, bare.zone, { start: bare.index, end: 0 });
  }
  // `<details><summary>Timeline (Eastern time)</summary>`: a timeline folded away under a summary that names its zone.
  if (!timeline.zone) {
    for (const b of doc.blocks) {
      if (b.node.type !== 'html') continue;
      const m = SUMMARY_TAG.exec(b.node.value);
      const title = m?.[1].trim() ?? '';
      if (!m || fieldForHeading(title) !== 'timeline') continue;
      const z = statedZone(title);
      if (z) setZone(state, z.zone, { start: b.start + m.index + m[0].indexOf(title) + z.index, end: 0 });
      break;
    }
  }
  if (section) {
    const titleZone = statedZone(section.title);
    if (titleZone) setZone(state, titleZone.zone, { start: section.titleRange.start + (doc.text.slice(section.titleRange.start, section.titleRange.end).indexOf(titleZone.zone)), end: 0 });
    const titleDate = dayOf(section.title, state);
    if (titleDate) state.date = state.titleDate = titleDate;
    // `**Date of incident:** Tuesday 12 March 2024` near the top: the incident's day, for undated
    // entries after one dated the day before (`11 Mar 16:30` then `09:55`).
    else state.titleDate = incidentDateLine(doc.text);
    // `## 2. 発見の経緯` first, `## 5. 対応の時系列(JST)` later: the zone the other timeline heading states is the document's.
    if (!titleZone && !state.zone) {
      for (const other of fields.byField.get('timeline') ?? []) {
        if (other.surface !== 'section' || !other.section || other.section === section) continue;
        const z = statedZone(other.section.title);
        if (z) {
          setZone(state, z.zone, { start: other.section.titleRange.start + doc.text.slice(other.section.titleRange.start, other.section.titleRange.end).indexOf(z.zone), end: 0 });
          break;
        }
      }
    }
    walkBlocks(state, section.body, section.depth);
  }
  // Other timelines: lists labelled as the key events (`- **Key events**`) and lists whose items
  // all start with a time, outside the Timeline section. Without a Timeline section the first of
  // them is the timeline; the rest are read on their own, each in its own order.
  const inSection = (at: number) => section !== undefined && section.headingRange.start <= at && at < section.bodyRange.end;
  const fresh = (): WalkState => ({ doc, timeline: { section: undefined, entries: [], others: [], zone: undefined, malformed: timeline.malformed }, date: state.date && !section ? state.date : fmDateOf(doc, facts), zone: state.zone, lastMinutes: undefined, year: state.year, fmDay });
  const take = (s: WalkState) => {
    if (s.timeline.entries.length === 0) return;
    if (timeline.entries.length === 0 && !section) {
      timeline.entries = s.timeline.entries;
      timeline.zone ??= s.timeline.zone;
    } else timeline.others.push(s.timeline.entries);
  };
  // A short line right above a list may name its zone (`흐름 (KST)`, `Timeline (UTC)` as text).
  const lists: Array<{ list: List; base: number; label?: { text: string; start: number } }> = [];
  doc.blocks.forEach((b, k) => {
    if (b.node.type !== 'list' || inSection(b.start)) return;
    const prev = doc.blocks[k - 1];
    const label = prev && prev.node.type === 'paragraph' && prev.end - prev.start <= 60 ? { text: doc.text.slice(prev.start, prev.end), start: prev.start } : undefined;
    lists.push({ list: b.node as List, base: b.base, label: label && !/[\r\n]/.test(label.text.trim()) ? label : undefined });
  });
  for (let i = 0; i < lists.length && i < 10_000; i++) {
    const { list, base } = lists[i];
    for (const item of list.children) {
      const first = item.children[0];
      if (first && first.type === 'paragraph' && first.children.length === 1 && first.children[0].type === 'strong' && fieldForHeading(nodeText(first)) === 'timeline') {
        const s = fresh();
        for (const c of item.children.slice(1)) if (c.type === 'list') walkList(s, c, base);
        take(s);
        continue;
      }
      for (const c of item.children.slice(1)) if (c.type === 'list') lists.push({ list: c, base });
    }
    if (isTimestampList(doc, list, base)) {
      const s = fresh();
      const label = lists[i].label;
      const z = label && dateOnly(label.text) ? statedZone(label.text) : undefined;
      if (label && z) setZone(s, z.zone, { start: label.start + z.index, end: 0 });
      walkList(s, list, base, false);
      take(s);
    }
  }
  return timeline;
}

/** A short line with no time that may be only a date (read as one by `tryEntry` when it is). */
function dateOnly(line: string): boolean {
  const t = line.replace(/[*_#>\s]+/g, ' ').trim();
  return t.length > 0 && t.length <= 40 && !/\d{1,2}[:：]\d/.test(t);
}

/**
 * A time at the start of an entry that cannot be one: `13:5:09` (a one-digit minute), `25:10`,
 * `14:75`, `13:55 PM` or `00:10 PM` (a 24-hour time with AM/PM), `23:00 AM`. Checked before
 * reading, so such an entry is reported by `invalid-value` instead of read wrongly or skipped. Not
 * `03:2x`, a minute blanked on purpose because it is not known.
 */
export function malformedTime(text: string): { start: number; end: number; text: string; reason: 'digits' | 'range' | 'meridiem' } | undefined {
  const m = /^(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2}))?(?![\d:xX?？])(?:[ \t]?([AaPp])\.?[Mm]\.?(?![A-Za-z]))?/.exec(text);
  if (!m) return undefined;
  const [whole, h, mi, se, ap] = m;
  const out = (reason: 'digits' | 'range' | 'meridiem') => ({ start: 0, end: whole.length, text: whole, reason });
  if (mi.length !== 2 || (se !== undefined && se.length !== 2)) return out('digits');
  const hour = Number(h);
  if (hour > 24 || Number(mi) > 59 || (se !== undefined && Number(se) > 59)) return out('range');
  if (ap && (hour > 12 || (hour === 0 && /p/i.test(ap)))) return out('meridiem');
  return undefined;
}

/**
 * The day of a label that is only two numbers and a slash (`5/21`, `**5/21 (水)**`), which
 * readers leave alone because the order is unknown: month/day or day/month, whichever falls within
 * two months of the day the timeline is at; when both do, month/day only in a document in a
 * language that writes the month first (Japanese, Korean). Without a day yet, month/day in such a
 * document in the document's year. Otherwise nothing.
 */
function slashDay(body: string, state: WalkState, weekdayBefore?: string): string | undefined {
  // (`**월요일 (09-02)**`: a weekday first, then month-day in parentheses, two digits each.)
  const m = /^[(（]?(?:(\d{1,2})\/(\d{1,2})|(\d{2})-(\d{2}))[)）]?[*_]*(?:[ \t]?[(（][^()（）]{1,6}[)）])?[*_ \t]*$/.exec(body.replace(/^[*_ \t]+/, '').replace(WEEKDAY_FIRST, ''));
  if (!m) return undefined;
  const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
  const at = state.date ? Date.parse(`${state.date.slice(0, 10)}T00:00:00Z`) : NaN;
  const year = state.date ? Number(state.date.slice(0, 4)) : state.year ? Number(state.year) : undefined;
  if (year === undefined) return undefined;
  // (`**Sat 12/28**` then `**Thu 1/2**`: after November or December, January and February are of the next year.)
  const late = state.date !== undefined && Number(state.date.slice(5, 7)) >= 11;
  const day = (month: number, dom: number): string | undefined => {
    const t = Date.UTC(late && month <= 2 ? year + 1 : year, month - 1, dom);
    const d = new Date(t);
    return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === dom ? d.toISOString().slice(0, 10) : undefined;
  };
  const monthFirst = writesMonthFirst(state.doc);
  const md = day(a, b);
  const dm = day(b, a);
  // `**Tue 3/4**`: the weekday says which order it is (4 March 2025 is a Tuesday, 3 April a Thursday).
  const named = (weekdayBefore ?? /^[*_ \t]*(mon|tue|wed|thu|fri|sat|sun)/i.exec(body)?.[1])?.slice(0, 3).toLowerCase();
  if (named && md !== dm) {
    const fits = (iso: string | undefined) => iso !== undefined && new Date(`${iso}T00:00:00Z`).getUTCDay() === WEEKDAYS.indexOf(named);
    if (fits(md) && !fits(dm)) return md;
    if (fits(dm) && !fits(md)) return dm;
  }
  // `**09/02**` in a document that writes `09/23/2025`: the order its full dates show.
  const order = numericOrder(state.doc);
  if (order === 'mdy' && md) return md;
  if (order === 'dmy' && dm) return dm;
  if (Number.isNaN(at)) return monthFirst ? md : undefined;
  const near = (iso: string | undefined) => iso !== undefined && Math.abs(Date.parse(`${iso}T00:00:00Z`) - at) <= 62 * 86_400_000;
  if (near(md) && (!near(dm) || md === dm || monthFirst)) return md;
  if (near(dm) && !near(md)) return dm;
  return undefined;
}

/** Whether the document is in a language that writes the month first (Japanese, Korean), read once per document. */
/** The order of numeric dates with the year last, where one near the start proves it (`09/23/2025`: month first). */
function numericOrder(doc: ParsedDocument): 'mdy' | 'dmy' | undefined {
  if (NUMERIC_ORDER.has(doc)) return NUMERIC_ORDER.get(doc);
  let order: 'mdy' | 'dmy' | undefined;
  // (Also `Fri 12/20`, `Sat 12/28`: a day without its year after a weekday is a date too, not a ratio.)
  for (const m of (doc.text.length > 5000 ? doc.text.slice(0, 5000) : doc.text).matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/\d{4}(?![\d/])|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,2}(\d{1,2})\/(\d{1,2})(?![\d/])/gi)) {
    if (m[1] === undefined) [m[1], m[2]] = [m[3], m[4]];
    const [a, b] = [Number(m[1]), Number(m[2])];
    const seen = a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : undefined;
    if (seen && order && seen !== order) {
      order = undefined;
      break;
    }
    order ??= seen;
  }
  NUMERIC_ORDER.set(doc, order);
  return order;
}
const NUMERIC_ORDER = new WeakMap<ParsedDocument, 'mdy' | 'dmy' | undefined>();

function writesMonthFirst(doc: ParsedDocument): boolean {
  let yes = MONTH_FIRST.get(doc);
  if (yes === undefined) {
    yes = PACKS.find((p) => p.id === detectLanguage(doc.text.slice(0, 4000)).id)?.calendar?.monthFirst === true;
    MONTH_FIRST.set(doc, yes);
  }
  return yes;
}
const MONTH_FIRST = new WeakMap<ParsedDocument, boolean>();

/** A weekday opening a day line, in any pack's words (`월요일`, `(月)`, `Monday,`). */
const WEEKDAY_FIRST = new RegExp(`^(?:${[...PACKS.flatMap((p) => (p.calendar ? [p.calendar.weekday.source] : [])), '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?'].join('|')})[ \\t]*`, 'i');

/** Weekdays by their first three letters, Sunday first (as `Date.getUTCDay`). */

/** A weekday or a day's number before the date of a day heading: `Saturday 5 October`, `Fri, 4 Oct`, `Day 3 – Thursday 6 June`. */
const WEEKDAY_LEAD = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,2}$|^(?:day[ \t]?\d{1,2}|\d{1,2}[ \t]?(?:日目|일차|일째))[ \t]?[:：—–,.(（-]?[ \t]{0,2}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,2})?$/i;
/** A line of prose that stops in the middle of its sentence (`… late were at`, `… between`, `…,`): the next line goes on with it. */
const GOES_ON = /(?:[,(（]|\b(?:at|from|to|until|till|by|about|around|approximately|the|a|an|of|and|or|was|were|is|are|between|after|before|since|in|on|with))[ \t]*$/i;

/** The day a heading gives (`Timeline (all times Eastern, 14 January unless noted)`), in the document's year when it has none. */
function dayOf(title: string, state: WalkState): string | undefined {
  const d = findDates(title).find((x) => x.value.day !== null && x.value.month !== null);
  if (!d) return undefined;
  // `Timeline (UTC, 14–15 Oct)`: a range of days starts on its first.
  const from = RANGE_OF_DAYS_BEFORE.exec(title.slice(Math.max(0, d.start - 8), d.start));
  if (from && Number(from[1]) >= 1 && Number(from[1]) < d.value.day) return inYear({ ...d.value, iso: d.value.iso ? `${d.value.iso.slice(0, 8)}${from[1].padStart(2, '0')}` : null, day: Number(from[1]) }, state.year);
  return inYear(d.value, state.year);
}

/** The first day of a range right before a date (`14–` of `14–15 Oct`). */
const RANGE_OF_DAYS_BEFORE = /(?<![\d/.:])(\d{1,2})[ \t]?[–—~-][ \t]?$/;

/** A date's ISO day, or, without a year (`**Saturday 5 October**`), the day in the document's year. */
function inYear(v: { iso: string | null; month: number | null; day: number | null }, year: string | undefined): string | undefined {
  return v.iso ?? (year && v.month && v.day ? `${year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}` : undefined);
}

/**
 * The year of the first full date near the start of the document (`written 2024-10-07`,
 * `March 3, 2024`, `2024년 3월`): what a day heading without a year (`**Saturday 5 October**`)
 * is read in. Only the first 5,000 characters are looked at: the header states it, if anything does.
 */
function documentYear(text: string): string | undefined {
  const head = text.length > 5000 ? text.slice(0, 5000) : text;
  const year = YEAR_IN_DATE.exec(head)?.slice(1).find((y) => y !== undefined);
  if (year || !ERA_YEAR || !ERA_YEAR.test(head)) return year;
  // `令和6年6月28日` at the top of a letter: the readers know the era's first year.
  return findDates(head.slice(0, 3000)).find((d) => d.value.iso)?.value.iso?.slice(0, 4);
}
/** A year of an era of the packs' calendars (`令和6年`). */
const ERA_YEAR = ((eras) => (eras.length ? new RegExp(eras.join('|')) : undefined))(
  PACKS.flatMap((p) => (p.calendar?.eras ?? []).map((e) => `(?:${e.name})[ \\t]?\\d{1,2}[ \\t]?(?:${p.calendar!.year.source})`)),
);
const YEAR_IN_DATE = /(?<!\d)((?:19|20)\d{2})[-/.年년][ \t]?\d{1,2}(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]((?:19|20)\d{2})(?!\d)|(?<!\d)\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?[ \t]((?:19|20)\d{2})(?!\d)|\b(?:january|february|march|april|june|july|august|september|october|november|december)[ \t]((?:19|20)\d{2})(?!\d)|(?<![\d/])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?![\d/])/i;

/** The day a labelled line near the top gives as the incident's (`**Date of incident:** Tuesday 12 March 2024`, `発生日: 2024/09/03`). */
function incidentDateLine(text: string): string | undefined {
  const m = INCIDENT_DATE_LINE.exec(text.length > 3000 ? text.slice(0, 3000) : text);
  if (!m) return undefined;
  const d = readDate(m[1]);
  return d.ok && d.value.iso ? d.value.iso : undefined;
}
const INCIDENT_DATE_LINE = new RegExp(`^[ \\t>*_-]{0,4}(?:${packWords('incidentDateLabel')})[*_ \\t]{0,4}[:：][*_ \\t]{0,4}([^\\n]{6,60})$`, 'im');
/** A table column of times (the packs' `timeColumn`). */
const TIME_COLUMN = new RegExp(packWords('timeColumn'));

function fmDateOf(doc: ParsedDocument, facts: Facts): string | undefined {
  const fmDate = typeof doc.frontMatter?.data?.date === 'string' ? doc.frontMatter.data.date.slice(0, 10) : facts.milestones.started?.value.localIso.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(fmDate ?? '') ? fmDate : undefined;
}

/** A list of at least two items, each starting with a time (`- 2023-07-21 08:15 - …`). */
function isTimestampList(doc: ParsedDocument, list: List, base: number): boolean {
  const items = list.children as ListItem[];
  if (items.length < 2) return false;
  const read = () => {
    for (const item of items) {
      const first = item.children[0] as Nodes | undefined;
      if (!first || first.type !== 'paragraph') return false;
      const r = nodeRange(first, base);
      const line = doc.text.slice(r.start, Math.min(r.end, r.start + 60)).replace(/^[\s*_~[(]+/, '');
      const t = readTimestamp(line);
      if (!t.ok || t.start !== 0) return false;
    }
    return true;
  };
  // Every list outside the Timeline section is asked on every lint: remembered by its node (the
  // answer reads the list's own text only).
  return doc.reuse ? doc.reuse.get(TIMESTAMP_LIST, list, nodeRange(list, base).start, '', read) : read();
}

const TIMESTAMP_LIST: ReuseKind<boolean> = { name: 'list of timed items', move: (v) => v };

interface WalkState {
  doc: ParsedDocument;
  timeline: Timeline;
  /** The date carried forward. */
  date: string | undefined;
  /** The zone in force. */
  zone: string | undefined;
  /** Minutes of day of the previous undated entry, to notice midnight. */
  lastMinutes: number | undefined;
  /** The weekday the previous entry opened with (`Mon 21:09`: 1), to notice the next day (`Tue 09:40`). */
  weekday?: number;
  /** The year the document's first full date gives, for a day heading written without one (`**Saturday 5 October**`). */
  year: string | undefined;
  /** The day the Timeline heading gives (`Timeline (all times Eastern, 14 January unless noted)`): the day of its undated entries. */
  titleDate?: string;
  /** The day the front matter gives (`date`, else the start): an undated entry after one dated the day before it is on it. */
  fmDay?: string;
}

function setZone(state: WalkState, zone: string, range: { start: number; end: number }): void {
  // Only a zone the readers can compute converts times; any stated zone silences `timezone`.
  if (zoneOffsetMinutes(zone) !== null) state.zone = zone;
  state.timeline.zone ??= { zone, range: { start: range.start, end: range.start + zone.length } };
}

/**
 * The front matter's `timezone` key: `known` when the readers can convert with it (`Asia/Seoul`,
 * `KST`, `+09:00`), `stated` when it names a zone they cannot compute (`IST`, `Pacific time`), which
 * still says what the times are in, and `unknown` when it names no zone (`Pacfic`).
 */
export function frontMatterZone(doc: ParsedDocument): { zone: string; range: { start: number; end: number }; state: 'known' | 'stated' | 'unknown' } | undefined {
  const e = doc.frontMatter?.entries.find((x) => x.key === 'timezone');
  if (!e || typeof e.value !== 'string' || e.value.trim() === '') return undefined;
  const zone = e.value.trim();
  const start = e.valueRange.start + Math.max(0, doc.text.slice(e.valueRange.start, e.valueRange.end).indexOf(zone));
  const range = { start, end: start + zone.length };
  if (zoneOffsetMinutes(zone, 0) !== null) return { zone, range, state: 'known' };
  return { zone, range, state: statedZone(zone) || statedZone(`(${zone})`) ? 'stated' : 'unknown' };
}

/** The zone a heading, header cell or line states in words (see zoneStatementsIn), or a zone abbreviation it names. */
function statedZone(text: string): { zone: string; index: number } | undefined {
  const known = zoneIn(text);
  if (known) return known;
  const m = zoneStatements(text)[0];
  if (m) return { zone: m.zone, index: m.index + m.text.lastIndexOf(m.zone) };
  // `Timeline (BST, 2 Sep)`, `Time (IST)`: an abbreviation the readers do not compute (several zones
  // share it) is still a zone stated.
  const p = PAREN_ZONE.exec(text);
  if (p) return { zone: p[1], index: p.index + p[0].length - p[1].length };
  // `Timeline (UK time, 10 March)`, `(all UK time)`: a country's one zone, named in words.
  const w = COUNTRY_TIME.exec(text);
  return w ? { zone: w[1], index: w.index } : undefined;
}
/** A zone named by its country or city in words (`UK time`, `London time`, `Irish time`): stated, not converted. */
const COUNTRY_TIME = /\b((?:UK|British|London|Irish|Dublin|Lisbon|Portugal|Singapore|Hong Kong|Japan|Korea|India|Israel)[ \t](?:local[ \t])?time)\b/i;
/** A zone-like abbreviation (two or three capitals and a T) inside parentheses. */
const PAREN_ZONE = /[(（][^()（）\n]{0,30}?(?<![A-Za-z])([A-Z]{2,3}T)(?![A-Za-z])/;

function walkBlocks(state: WalkState, blocks: Block[], sectionDepth: number): void {
  const reuse = state.doc.reuse;
  for (let i = 0; i < blocks.length; i++) {
    if (reuse) replayBlock(state, blocks, i, sectionDepth, reuse);
    else walkBlock(state, blocks, i, sectionDepth);
  }
}

/** What walking one block of the Timeline section did: entries and malformed times it added, the zone it stated, the state after it. */
interface BlockWalk {
  entries: TimelineEntry[];
  malformed: Timeline['malformed'];
  zone: Timeline['zone'];
  date: string | undefined;
  stateZone: string | undefined;
  lastMinutes: number | undefined;
  weekday: number | undefined;
}

const BLOCK_WALK: ReuseKind<BlockWalk> = {
  name: 'timeline walk of a block',
  move: (w, d) => d === 0 ? w : {
    ...w,
    entries: w.entries.map((e) => ({ ...e, timeRange: movedRange(e.timeRange, d), range: movedRange(e.range, d) })),
    malformed: w.malformed.map((m) => ({ ...m, range: movedRange(m.range, d) })),
    zone: w.zone && { ...w.zone, range: movedRange(w.zone.range, d) },
  },
};

/**
 * Walks one block with a chunk cache (the language server): the walk of a block whose tree the
 * cache handed back, entered in the same state (date, zone, minutes of the last entry; for a
 * heading, the same next block), is replayed instead of read again. The walk reads nothing else:
 * the block's own text, and the state.
 */
function replayBlock(state: WalkState, blocks: Block[], i: number, sectionDepth: number, reuse: Reuse): void {
  const b = blocks[i];
  const next = b.node.type === 'heading' ? reuse.id(blocks[i + 1]?.node) : 0;
  const key = `${state.date ?? ''}|${state.zone ?? ''}|${state.lastMinutes ?? ''}|${state.weekday ?? ''}|${state.year ?? ''}|${state.titleDate ?? ''}|${state.fmDay ?? ''}|${sectionDepth}|${next}`;
  const w = reuse.get(BLOCK_WALK, b.node, b.start, key, () => {
    const sub: WalkState = { doc: state.doc, timeline: { section: state.timeline.section, entries: [], others: [], zone: undefined, malformed: [] }, date: state.date, zone: state.zone, lastMinutes: state.lastMinutes, weekday: state.weekday, year: state.year, titleDate: state.titleDate, fmDay: state.fmDay };
    walkBlock(sub, blocks, i, sectionDepth);
    // Own copies of the texts: slices of the document's text would keep this version alive with the tree.
    return {
      entries: sub.timeline.entries.map((e) => ({ ...e, text: ownString(e.text) })),
      malformed: sub.timeline.malformed.map((m) => ({ ...m, text: ownString(m.text) })),
      zone: sub.timeline.zone && { ...sub.timeline.zone, zone: ownString(sub.timeline.zone.zone) },
      date: sub.date && ownString(sub.date),
      stateZone: sub.zone && ownString(sub.zone),
      lastMinutes: sub.lastMinutes,
      weekday: sub.weekday,
    };
  });
  // Copies: what is remembered is never changed, whatever the callers do with the timeline.
  for (const e of w.entries) state.timeline.entries.push({ ...e });
  for (const m of w.malformed) state.timeline.malformed.push({ ...m });
  if (w.zone) state.timeline.zone ??= { ...w.zone };
  state.date = w.date;
  state.zone = w.stateZone;
  state.lastMinutes = w.lastMinutes;
  state.weekday = w.weekday;
}

function walkBlock(state: WalkState, blocks: Block[], i: number, sectionDepth: number): void {
  const b = blocks[i];
  const node = b.node as Nodes;
  if (node.type === 'heading' && node.depth > sectionDepth) {
    const r = nodeRange(node, b.base);
    const titleStart = r.start + (/^#+[ \t]*/.exec(state.doc.text.slice(r.start, r.end))?.[0].length ?? 0);
    const before = state.timeline.entries.length;
    tryEntry(state, trimEndChars(state.doc.text.slice(titleStart, r.end), ' \t#'), titleStart, r, true);
    // `### 09:24 PM` then a paragraph: the paragraph is what happened at that time.
    const added = state.timeline.entries[before];
    const next = blocks[i + 1];
    if (added && added.text === '' && next && next.node.type === 'paragraph') added.text = nodeText(next.node as Nodes).slice(0, 500);
  } else if (node.type === 'table') {
    walkTable(state, node, b.base);
  } else if (node.type === 'list') {
    walkList(state, node, b.base);
  } else if (node.type === 'paragraph') {
    const r = nodeRange(node, b.base);
    const src = maskComments(state.doc.text.slice(r.start, r.end));
    // `All times in UTC.`, or a day line that gives the zone (`Friday 14 June (ET)`, `**9월 6일 (KST)**`).
    if (ALL_TIMES.test(src) || zoneStatementsIn(src).length > 0 || WORDY_TIMES.test(src) || (dateOnly(src) && (US_ZONE.test(src) || PAREN_ZONE.test(src)))) {
      WORDY_TIMES.lastIndex = 0;
      const z = statedZone(src);
      if (z) setZone(state, z.zone, { start: r.start + z.index, end: 0 });
    }
    // `(07:41 알람은 사후 조사에서 확인되어 추가 기재함)`: a paragraph wholly in parentheses is a note on the entries.
    if (WHOLLY_IN_PARENS.test(src)) return;
    // `21:05에 킬 스위치를 켠 뒤에도 … 결제되었습니다.` right under a table or a list of entries: a note in
    // sentences, its time tied to the words by a particle.
    const prev = blocks[i - 1]?.node.type;
    if ((prev === 'table' || prev === 'list' || prev === 'blockquote') && state.timeline.entries.length > 0 && NOTE_AFTER_ENTRIES?.test(src.slice(0, 300).replace(/\r?\n/g, ' '))) return;
    let at = 0;
    let prose = false;
    let sentences = false;
    for (const line of src.split('\n')) {
      const text = line.replace(/\r$/, '');
      // A line that goes on with the sentence of a line of prose above it (`… were at` / `about
      // 12:55.)`) is that sentence, not an entry, whatever it starts with.
      const before = state.timeline.entries.length;
      if (!prose && !sentences) tryEntry(state, text, r.start + at, { start: r.start + at, end: r.start + at + text.length }, dateOnly(line));
      const entry = state.timeline.entries.length > before;
      // A line that is only a date (`2024-05-02`, `**May 2**`) dates the entries below it.
      prose = !entry && !dateOnly(line) && GOES_ON.test(text);
      // A paragraph that opens with a sentence of its own (`ロールバック後の復旧が遅かったのは、…ためです。`)
      // is a note, and a time at the start of its next line is in a sentence too.
      if (at === 0 && !entry && text.length > 40 && /[.。!?！？]\s*$/.test(text) && !ALL_TIMES.test(text)) sentences = true;
      at += line.length + 1;
    }
  }
}

/** A first line that opens with a time (after a month/day, `7/7 13:40 の…`) and a particle of the packs (`21:05에 …`) and is a long sentence. */
const NOTE_AFTER_ENTRIES = packWords('timeParticle') ? new RegExp(`^[ \\t]*(?:\\d{1,2}\\/\\d{1,2}[ \\t]?)?\\d{1,2}:\\d{2}[ \\t]?(?:${packWords('timeParticle')})[ \\t,、]?[^\\n.。]{20,200}[.。]`) : undefined;

/** A paragraph that is one parenthesis from start to end (a note), with at most a full stop after it. */
const WHOLLY_IN_PARENS = /^[ \t]*(?:\([^()]*\)|（[^（）]*）)[ \t.。]*$/;

function walkTable(state: WalkState, table: Table, base: number): void {
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => nodeText(c).toLowerCase());
  let col = headers.findIndex((h) => TIME_COLUMN.test(h));
  if (col < 0) col = 0;
  const headerText = headers[col] ?? '';
  const z = head.children[col] ? statedZone(nodeText(head.children[col]).replace(/^([^()]*)\(([^()]{2,20})\)/, '$1(times in $2)')) : undefined;
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

const HAS_DIGIT = /[0-9\uff10-\uff19]/;
/** After a time, the rest of a window: `to 11 Mar 09:36`, `– 15:40`, `until 09:10`, `→ 2024-05-11 07:20`. */
const WINDOW_AFTER = /^[ \t]*(?:to|until|till|through|→|->|[–—~〜-])[ \t]*(?:\d|[A-Z][a-z]{2}[ \t.])/;

/** Two numbers and a slash, then a clock time: `11/2, 10:15 am`. */
const SLASH_DAY_THEN_TIME = /^(\d{1,2}\/\d{1,2})[,，]?[ \t]{1,3}(?=\d{1,2}[:：]\d{2})/;

function walkList(state: WalkState, list: List, base: number, nested = true): void {
  for (const item of list.children as ListItem[]) {
    const first = item.children[0] as Nodes | undefined;
    if (!first || first.type !== 'paragraph') continue;
    const r = nodeRange(first, base);
    const line = state.doc.text.slice(r.start, r.end).split(/\r?\n/)[0];
    if (HAS_DIGIT.test(line)) tryEntry(state, line, r.start, nodeRange(item, base), state.doc.reuse ? state.doc.reuse.memo('dateOnly', line, dateOnly) : dateOnly(line));
    if (nested) for (const c of item.children.slice(1)) if (c.type === 'list') walkList(state, c, base);
  }
}

/**
 * Reads an entry from a line whose time comes first (`**14:50** …`, `2022-10-15 15:19 …`), or
 * after a short milestone label (`Resolved 2022-01-22 14:38`). `whole` means the text is only the
 * time cell or heading, where a date alone sets the date for what follows.
 */
function tryEntry(state: WalkState, text: string, at: number, range: { start: number; end: number }, whole: boolean, rest?: string): void {
  // Every time and date a reader takes has a digit (ASCII or full-width): a line without one
  // (most sub-items of a nested timeline) is no entry and dates nothing.
  if (!HAS_DIGIT.test(text)) return;
  // `**Wed 4 Jun 07:42** — …`: a weekday before the date is read past (and kept, in group 1).
  const leadMatch = /^[\s>*_~[(-]*(?:about |around |approx\.? |약 )?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,2}(?=\d))?/i.exec(text);
  let lead = leadMatch?.[0].length ?? 0;
  const bad = state.doc.reuse ? state.doc.reuse.memo('malformedTime', text.slice(lead), malformedTime) : malformedTime(text.slice(lead));
  if (bad) {
    state.timeline.malformed.push({ range: { start: at + lead + bad.start, end: at + lead + bad.end }, text: bad.text, reason: bad.reason });
    return;
  }
  // `19. April, 11:00` (day, dot, month name) reads as `19  April, 11:00`: same length, same offsets.
  let body = text.slice(lead).replace(DAY_DOT_MONTH, '$1 ');
  // `| Mon 11/2, 10:15 am |`: a day written as two numbers before the time dates it (the weekday, or
  // the day the timeline is at, says which order), then the time is read on that day.
  const dayThenTime = SLASH_DAY_THEN_TIME.exec(body);
  const slashIso = dayThenTime ? slashDay(dayThenTime[1], state, leadMatch?.[1]) : undefined;
  if (dayThenTime && slashIso) {
    state.date = slashIso;
    state.lastMinutes = undefined;
    state.weekday = undefined;
    lead += dayThenTime[0].length;
    body = body.slice(dayThenTime[0].length);
  }
  // (`07/08/2025` in the timeline of a document that wrote `09/23/2025`: the order it showed, `dateOrder`.)
  const ctx: TimestampContext = { date: state.date, zone: state.zone, year: state.year ? Number(state.year) : undefined, dateOrder: numericOrder(state.doc), monthDayFirst: (state.date !== undefined || state.year !== undefined) && writesMonthFirst(state.doc) ? true : undefined };
  let r = readTimestampOf(state.doc, body, ctx);
  let labelled: MilestoneId | undefined;
  if (r.ok && r.start > 0) {
    // Allowed only after a short label naming a milestone (`Resolved 14:38`), or after any short
    // label when the time carries its own date (`Incident declared 2022-01-22 14:41`).
    const label = trimEndChars(body.slice(0, r.start), '*_:： \t\r\n').replace(/^[*_\s]+/, '');
    const m = MILESTONE_LABELS.find(([, re]) => re.test(label));
    const short = label.split(/\s+/).length <= 4 && label.length <= 40;
    // Not a sentence's subject (`잘못된 수치가 노출된 기간은 10/21 08:00 …`, `期間は …`): a label has no topic particle.
    // Nor words that a sentence goes on from (`backup landed at 16:55 on February 6`): a label does not end in a preposition.
    const datedAfterLabel = short && r.value.hasDate && /^[\p{L}][\p{L} '-]*$/u.test(label) && !/(?:은|는|이|가|は|が)$/.test(label) && !/\b(?:at|on|by|from|to|until|till|around|about|after|before|since|of|in)$/i.test(label);
    if (m && short) labelled = m[0];
    // (`Window of exposure: 9 Mar 14:02 to 11 Mar 09:36`: a window the text sums up, not an event at its start.)
    else if (!datedAfterLabel || WINDOW_AFTER.test(body.slice(r.end, r.end + 16))) r = { ok: false, reason: 'not leading' };
  }
  if (!r.ok) {
    if (whole) {
      // A dated sub-heading or cell (`### 2022-10-15`, `### October 15, 2022`, `### 2022년 10월 15일`) dates what follows.
      const d = readDate(body, { date: state.date });
      if (d.ok && (d.start === 0 || WEEKDAY_LEAD.test(body.slice(0, d.start)))) {
        // Without a year anywhere before it (`**Saturday 5 October**`), the document's year.
        const iso = inYear(d.value, state.year);
        if (iso) {
          state.date = iso;
          state.lastMinutes = undefined;
          // The day is the heading's now, whatever weekday the entries before it opened with.
          state.weekday = undefined;
        }
      } else if (!d.ok) {
        // `5/21` alone on a line (`**5/21（水）**`): a day label written as month/day.
        const iso = slashDay(body, state, leadMatch?.[1]);
        if (iso) {
          state.date = iso;
          state.lastMinutes = undefined;
          state.weekday = undefined;
        }
      }
    }
    return;
  }
  let t = r.value;
  const dayBefore = state.date;
  // An undated time well before the previous one is on the next day (a timeline that crosses midnight).
  const hm = t.localIso.slice(t.localIso.indexOf('T') + 1);
  const minutes = Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  // `| Mon 21:09 |` then `| Tue 09:40 |`: the weekday an entry opens with moves the day on.
  const weekday = leadMatch?.[1] ? WEEKDAYS.indexOf(leadMatch[1].toLowerCase()) : undefined;
  if (weekday !== undefined && state.weekday !== undefined && weekday !== state.weekday && state.date && !/\d{4}-\d{2}-\d{2}/.test(body.slice(r.start, r.end))) {
    for (let k = (weekday - state.weekday + 7) % 7; k > 0; k--) state.date = nextDay(state.date);
    const again = readTimestampOf(state.doc, body, { ...ctx, date: state.date, zone: state.zone });
    if (again.ok) t = again.value;
    state.lastMinutes = undefined;
  }
  // (`- 15:40 …` on the front matter's Tuesday, then `- Wed 07:00 …`: the first weekday named, the day after the one the entries are on.)
  if (weekday !== undefined && state.weekday === undefined && state.date && state.lastMinutes !== undefined && !/\d{4}-\d{2}-\d{2}/.test(body.slice(r.start, r.end)) && weekday === (new Date(`${state.date}T00:00:00Z`).getUTCDay() + 1) % 7) {
    state.date = nextDay(state.date);
    const again = readTimestampOf(state.doc, body, { ...ctx, date: state.date, zone: state.zone });
    if (again.ok) t = again.value;
    state.lastMinutes = undefined;
  }
  if (weekday !== undefined) state.weekday = weekday;
  if (!t.hasDate || !/\d{4}-\d{2}-\d{2}/.test(body.slice(r.start, r.end))) {
    if (state.lastMinutes !== undefined && state.date && minutes + 12 * 60 < state.lastMinutes) {
      state.date = nextDay(state.date);
      const again = readTimestampOf(state.doc, body, { ...ctx, date: state.date, zone: state.zone });
      if (again.ok) t = again.value;
    } else if (state.titleDate && state.date && state.date < state.titleDate && state.lastMinutes !== undefined && minutes < state.lastMinutes) {
      // After an entry dated before the heading's day (`13 Jan, 18:10`), an undated one is on the heading's day again.
      state.date = state.titleDate;
      const again = readTimestampOf(state.doc, body, { ...ctx, date: state.date, zone: state.zone });
      if (again.ok) t = again.value;
    } else if (state.fmDay && state.date && nextDay(state.date) === state.fmDay && state.lastMinutes !== undefined && minutes < state.lastMinutes && previousEntryDated(state)) {
      // (`| Mon 2 Feb 18:20 |` then `| 07:46 |` under `date: 2026-02-03`: the evening before, then the incident's day.)
      state.date = state.fmDay;
      const again = readTimestampOf(state.doc, body, { ...ctx, date: state.date, zone: state.zone });
      if (again.ok) t = again.value;
    }
  }
  // `12/31 22:55` then `1/1 10:00`: a day written without its year, in January after December, is in the next year.
  if (t.hasDate && dayBefore && t.localIso.slice(0, 4) === dayBefore.slice(0, 4) && t.localIso.slice(5, 7) === '01' && dayBefore.slice(5, 7) === '12' && !/\d{4}/.test(body.slice(r.start, r.end))) {
    const next = String(Number(dayBefore.slice(0, 4)) + 1);
    const again = readTimestampOf(state.doc, body, { ...ctx, date: `${next}-01-01`, year: Number(next) });
    if (again.ok && again.value.localIso.startsWith(next)) t = again.value;
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
    const m = /^[\p{L} ]{2,30}$/u.test(label) ? MILESTONE_LABELS.find(([, re]) => re.test(label)) : undefined;
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

/**
 * `readTimestamp`, remembered between lint runs of a document in the language server (the
 * timestamp of each unchanged timeline line is read once, not on every keystroke).
 */
function readTimestampOf(doc: ParsedDocument, text: string, ctx: TimestampContext = {}): ReturnType<typeof readTimestamp> {
  if (!doc.reuse) return readTimestamp(text, ctx);
  return doc.reuse.memo(`readTimestamp\u0000${ctx.date ?? ''}\u0000${ctx.zone ?? ''}\u0000${ctx.dateOrder ?? ''}\u0000${ctx.year ?? ''}\u0000${ctx.monthDayFirst ? 1 : ''}`, text, (own) => readTimestamp(own, ctx));
}

/** A month and day as written (`7/20`, `7月20日`, `7월 20일`; the packs' calendar words). */
const MONTH_DAY_WRITTEN = new RegExp(`(?<![\\d/])\\d{1,2}\\/\\d{1,2}(?![\\d/])|\\d(?:${PACKS.flatMap((p) => (p.calendar ? [p.calendar.month.source] : [])).join('|')})[ \\t]?\\d{1,2}(?:${PACKS.flatMap((p) => (p.calendar ? [p.calendar.day.source] : [])).join('|')})`);

/** The entry before wrote its own day with its time (`Mon 2 Feb 18:20`), not one a day line or heading gave it. */
function previousEntryDated(state: WalkState): boolean {
  const prev = state.timeline.entries[state.timeline.entries.length - 1];
  if (prev === undefined) return false;
  // (`| 7/20 16:00 |` in a Korean or Japanese table: a month and day the readers date only with the document's context.)
  return findDates(state.doc.text.slice(prev.range.start, prev.timeRange.end)).length > 0 || MONTH_DAY_WRITTEN.test(state.doc.text.slice(prev.range.start, prev.timeRange.end));
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

/** The longest length read off a timeline: sixty days. Longer spans are campaigns, not incidents. */
const MAX_TIMELINE_MINUTES = 60 * 24 * 60;

/**
 * How long the incident lasted by its timeline: from the first entry that says it began (or was
 * noticed) to the last entry that says it ended (`resolved`, `fully recovered`, `복구 완료`, `復旧`).
 * Only when both are there and the end is after the start; the length is approximate and is
 * shown (hover, preview, report), never compared with what the author wrote.
 */
export function timelineLength(timeline: Timeline): { occurrence: Occurrence; stated: Stated<Duration> } | undefined {
  const entries = timeline.entries.filter((e) => e.time);
  if (entries.length < 2) return undefined;
  const isEnd = (e: TimelineEntry) => e.milestone === 'resolved' || PACKS.some((p) => p.cues.endEntry.test(e.text));
  const isStart = (e: TimelineEntry) => e.milestone === 'started' || e.milestone === 'detected' || PACKS.some((p) => p.cues.startEntry.test(e.text));
  let end = -1;
  for (let i = entries.length - 1; i > 0; i--) {
    if (isEnd(entries[i])) {
      end = i;
      break;
    }
  }
  if (end <= 0) return undefined;
  let start = entries.findIndex((e, i) => i < end && isStart(e));
  if (start < 0) start = 0;
  const minutes = minutesBetween(entries[start].time!, entries[end].time!);
  if (minutes === undefined || minutes <= 0 || minutes > MAX_TIMELINE_MINUTES) return undefined;
  const e = entries[end];
  const occurrence: Occurrence = {
    field: 'duration', surface: 'timeline', match: 'cue', labelRange: entries[start].timeRange, valueRange: e.timeRange,
    text: `${entries[start].text} … ${e.text}`, empty: false, placeholderOnly: false,
  };
  return { occurrence, stated: { value: { minutes, approximate: true, kind: 'range' }, range: e.timeRange, occurrence } };
}

function minutesBetween(a: TimelineEntry['time'] & object, b: TimelineEntry['time'] & object): number | undefined {
  if (a.epochMs !== null && b.epochMs !== null) return (b.epochMs - a.epochMs) / 60000;
  const dated = (iso: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso);
  if (dated(a.localIso) && dated(b.localIso)) return (Date.parse(`${b.localIso.slice(0, 16)}Z`) - Date.parse(`${a.localIso.slice(0, 16)}Z`)) / 60000;
  const hm = (iso: string) => {
    const m = /T(\d{2}):(\d{2})/.exec(iso);
    return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
  };
  const x = hm(a.localIso);
  const y = hm(b.localIso);
  if (x === undefined || y === undefined) return undefined;
  return y >= x ? y - x : y + 24 * 60 - x;
}
