import { ruleDocsUrl, type Rule, type RuleContext } from './types';
import type { Fix, TextEdit } from '../types';
import { MILESTONES, proseText } from '../facts';
import { findTimestamps, fullZoneName, readTimestamp, ZONE_ABBREVIATIONS, type Timestamp } from '../readers/index';
import { configuredZone } from '../zone';
import { packFor, PACKS, packWords } from '../lang/index';
import { isPublicNotice } from '../audience';

/**
 * Times with no zone while neither the document nor the config gives one. The timeline is
 * reported once, on its first zone-less entry, since a zone stated once (`Timeline (all times
 * UTC)`, `Time (KST)`, `All times in UTC.`) covers every entry; each front matter milestone
 * without a zone is reported on its value. The fix adds the zone the rest of the document
 * uses, when every zoned time in it agrees on one; otherwise there is nothing safe to add.
 */
export const rule: Rule = {
  meta: {
    id: 'timezone',
    docs: { url: ruleDocsUrl('timezone') },
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: true,
    description: 'Timeline times and milestones have a time zone, stated once for the timeline or in the config.',
    messages: {
      timeline: 'Timeline time "{time}" has no time zone ({count} of the timeline entries have none). State it once: a heading "Timeline (all times UTC)", a table header "Time (UTC)" or a line "All times in UTC.", or set "timezone" in .postmortemrc.json.',
      milestone: '"{key}" ({time}) has no time zone: add an offset such as "+09:00" or "Z", or set "timezone" in .postmortemrc.json.',
      stateOnce: 'State the zone once: "(all times {zone})"',
      addZone: 'Add the zone {zone}',
    },
  },
  check(ctx) {
    // An unknown configured zone (`Mars/Olympus`) is no zone: the config file reports it, and times still need one.
    if (configuredZone(ctx.config.timezone) || ctx.timeline.zone) return;
    // A notice to customers written in the language of one zone (a Korean apology is read in KST
    // by everyone it is for) does not state the zone, and its readers would not expect it to.
    if (ctx.language.id && packFor(ctx.language.id).homeZone && isPublicNotice(ctx.doc)) return;
    // Nor does a document in such a language that never speaks of zones at all: no zone name or
    // offset anywhere, code included, and no word for one. Its readers share the one zone; where
    // zones matter to a team (UTC logs quoted, `TimeZoneInfo` in the cause, a second zone), the
    // document says so somewhere, and the rule checks it.
    if (ctx.language.id && packFor(ctx.language.id).homeZone && !speaksOfZones(ctx.doc.text, ctx.language.id)) return;
    // Nor one whose only zone, wherever it names one, is that country's (`6月2日 00:00(JST)に…`,
    // `started: 2025-04-17 16:42 KST`): it has said which zone its times are in.
    const home = ctx.language.id ? packFor(ctx.language.id).homeZone : undefined;
    if (home && onlyHomeZone(ctx.doc.text, home.abbreviation)) return;
    // A zone said on the first entry (`14:05 UTC - …`) is said for the timeline; a zone the
    // readers cannot compute (`13:50 GST`) is still a zone.
    const firstTimed = ctx.timeline.entries.find((e) => e.time);
    const statedFirst = firstTimed?.time?.zone != null || (firstTimed !== undefined && namedZoneAfter(ctx.doc.text, firstTimed.timeRange.end));
    const bare = statedFirst ? [] : ctx.timeline.entries.filter((e) => e.time && e.time.zone === null && !namedZoneAfter(ctx.doc.text, e.timeRange.end));
    // `started: 2024-06-03 01:30 BST`: an abbreviation the readers do not convert is still a zone.
    const bareMilestones = MILESTONES.filter((id) => ctx.facts.milestones[id] && ctx.facts.milestones[id]!.value.zone === null && !ZONE_AFTER_TIME.test(ctx.doc.text.slice(ctx.facts.milestones[id]!.range.start, ctx.facts.milestones[id]!.range.end)));
    if (bare.length === 0 && bareMilestones.length === 0) return;
    const zone = documentZone(ctx);
    const msg = (id: 'stateOnce' | 'addZone', z: string) => ctx.message(id, { zone: z });

    // A bare entry whose clock time the document also writes with a zone outside the timeline
    // (`10:05 〜 11:20 (JST)` in the summary, `10:05` in the timeline) has its zone stated there.
    const prose = proseText(ctx.doc);
    const worded = usZoneClocks(prose);
    // (`- 2:18 migration runs` under `from 2:18pm to 3:04pm ET`: a chat note's clock without its pm.)
    const wordedClock = (c: string) => worded.has(c) || (/^(?:0\d|1[01]):/.test(c) && worded.has(`${Number(c.slice(0, 2)) + 12}${c.slice(2)}`));
    // (`Total customer-facing outage: 10:14 to 10:52 UTC.` over entries at 10:15, 10:16, …: a time inside
    // a window the document gives with its zone is read in that zone.)
    const inWindow = (c: string) => zone !== undefined && zone.windows.some(([a, b]) => a <= b && a <= c && c <= b);
    // (`… at 13:25 BST` in the summary, `13:25 —` in the list: a zone the readers do not convert, said there.)
    const named = clocksBeforeNamedZone(prose);
    // (`| 2026-10-01 00:00 KST | 2026-10-01 08:47 KST |` in a header table, the UTC of the start in prose:
    // where the zones the document writes disagree, two of the timeline's clocks written with one of them.)
    const zonedOutside = zone ? undefined : zonedClocksOutside(prose, ctx.timeline.entries);
    const twoZoned = zonedOutside !== undefined && new Set(bare.map((e) => clockOf(e.time!)).filter((c) => zonedOutside.has(c))).size >= 2;
    const first = twoZoned || (zone && bare.some((e) => zone.clocksOutside.has(clockOf(e.time!)) || inWindow(clockOf(e.time!)))) || bare.some((e) => wordedClock(clockOf(e.time!)) || named.has(clockOf(e.time!))) ? undefined : bare[0];
    if (first) {
      let fix: Fix | undefined;
      if (zone && ctx.timeline.section) {
        // The timeline reads `UTC+09:00` in a heading, not a bare offset.
        const heading = ` (all times ${zone.abbreviation ?? (zone.offset === 0 ? 'UTC' : `UTC${zone.label}`)})`;
        fix = { title: msg('stateOnce', zone.abbreviation ?? zone.label), edits: [{ start: ctx.timeline.section.titleRange.end, end: ctx.timeline.section.titleRange.end, newText: heading }] };
      } else if (zone) {
        const edits: TextEdit[] = bare.map((e) => zoneEdit(ctx.doc.text.slice(e.timeRange.start, e.timeRange.end), e.timeRange.end, zone));
        fix = { title: msg('addZone', zone.abbreviation ?? zone.label), edits };
      }
      // `Times are site local time.`, `## Timeline (local, 2024-08-09)`: the writers chose the site's clock and
      // said so; every reviewer of rounds 42 to 61 took that as the zone stated (a reader elsewhere may still
      // wish for its name, but a finding there was rejected each time).
      const time = ctx.doc.text.slice(first.timeRange.start, first.timeRange.end);
      if (!LOCAL_ONLY.test(prose)) ctx.report({ messageId: 'timeline', data: { time, count: bare.length }, range: first.timeRange, fix });
    }

    for (const id of bareMilestones) {
      const m = ctx.facts.milestones[id];
      if (!m) continue;
      const src = ctx.doc.text.slice(m.range.start, m.range.end);
      const inner = /^["']?([^"'\r\n]*)/.exec(src)?.[1] ?? src;
      const at = m.range.start + (src.length > inner.length && /^["']/.test(src) ? 1 : 0);
      const end = at + inner.trimEnd().length;
      ctx.report({
        messageId: 'milestone',
        data: { key: id, time: inner.trim() },
        range: m.range,
        // Only a value that is the time and nothing else gets the zone appended: after trailing
        // text (`01:30:00é:00+09:00`) the zone would not attach to the time, and the value would stay zone-less.
        fix: zone && wholeValueIsTime(inner.trim()) ? { title: msg('addZone', zone.abbreviation ?? zone.label), edits: [zoneEdit(inner.trim(), end, zone)] } : undefined,
      });
    }
  },
};

/** A statement that times are local, naming no zone: `Times are site local time.`, `Timeline (local time)`, `모든 시각은 현지 시각`, `時刻は現地時間`. */
const LOCAL_ONLY = /[(（][ \t]?(?:all[ \t]times?[ \t])?local(?:[ \t]times?)?[ \t]?[,，)）]|[(（][^()（）\n,，]{1,30}[,，][ \t]?local(?:[ \t]times?)?[ \t]?[)）]|\ball[ \t]times?[ \t](?:(?:below|here|shown)[ \t])?(?:are[ \t])?(?:[A-Z][a-z]{2,15}[ \t])?local\b|\b(?:all )?times?(?: (?:here|below|above|shown|given|in this (?:document|doc|report|timeline)))? (?:are|is|in|given in|shown in)(?: (?:the|our))? (?:(?:site|office|plant|store|warehouse|branch|venue|campus|local) )?local(?: times?)?\b|\blocal times? (?:throughout|everywhere|at the site)\b|현지[ \t]?(?:시각|시간)|現地(?:時間|時刻)/i;

const ZONE_NAME = new RegExp(`(?<![A-Za-z])(?:${Object.keys(ZONE_ABBREVIATIONS).join('|')})(?![A-Za-z])`);
// `14:05Z`, `10:05+09:00`, `UTC+9`; the words for a zone in the languages that have a home zone.
const ZONE_OFFSET = /\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z(?![A-Za-z])|[+\-\u2212]\d\d:?\d\d(?!\d))|(?:UTC|GMT)[ \t]?[+\-\u2212]\d/i;
const ZONE_WORD = new RegExp(packWords('zoneWord'), 'i');

/** A time with a zone abbreviation after it (`01:30 BST`, `17:00 (IST)`). */
const ZONE_AFTER_TIME = /\d{1,2}:\d{2}(?::\d{2})?[ \t]?\(?(?:[A-Z]{1,4}T|UTC|GMT)\b/;

/**
 * Every zone the text names is `home` (`JST`), and it writes no offset but `+09:00` and no word
 * for zones (or it names none and writes only that offset, as front matter timestamps do): a document
 * of one country that says, where it says it, that its times are that country's.
 */
function onlyHomeZone(text: string, home: string): boolean {
  let named = false;
  for (const m of text.matchAll(new RegExp(ZONE_NAME.source, 'g'))) {
    if (m[0].toUpperCase() !== home) return false;
    named = true;
  }
  if (ZONE_WORD.test(text) || fullZoneName(text)) return false;
  // (`opened: 2025-12-20T14:05+09:00` in the front matter, no zone named: the offset is the country's.)
  let offsets = false;
  for (const m of text.matchAll(new RegExp(ZONE_OFFSET.source, 'gi'))) {
    if (!/[+]0?9(?::?00)?\b/.test(m[0])) return false;
    offsets = true;
  }
  return named || offsets;
}

/** The document names a zone or an offset somewhere (in code too), or uses a word for one. */
function speaksOfZones(text: string, language: Parameters<typeof packFor>[0]): boolean {
  if (ZONE_NAME.test(text) || ZONE_OFFSET.test(text) || ZONE_WORD.test(text) || fullZoneName(text)) return true;
  return packFor(language).calendar?.zones.some((z) => z.words.test(text)) ?? false;
}

/** The zone every zoned time of the document agrees on, if they all agree. */
interface DocumentZone {
  /** Offset in minutes. */
  offset: number;
  /** An abbreviation the document writes for it (`KST`), if any. */
  abbreviation: string | undefined;
  /** `+09:00`, or `UTC` for offset zero. */
  label: string;
  /** Clock times (`10:05`) written with this zone in the text outside the timeline. */
  clocksOutside: Set<string>;
  /** Windows of the day written with this zone outside the timeline (`10:14 to 10:52 UTC`), as `HH:MM` pairs. */
  windows: Array<[string, string]>;
}

function documentZone(ctx: RuleContext): DocumentZone | undefined {
  const zoned: Timestamp[] = [];
  for (const e of ctx.timeline.entries) if (e.time?.hasZone) zoned.push(e.time);
  for (const id of MILESTONES) {
    const m = ctx.facts.milestones[id];
    if (m?.value.hasZone) zoned.push(m.value);
  }
  // Only what a reader sees: a front matter milestone with an offset does not tell a reader of
  // the rendered page which zone the timeline is in.
  const outside: Timestamp[] = [];
  // By the start of the entry's time: a lookup, not a scan of every entry for every time.
  const entryTimes = new Set(ctx.timeline.entries.map((e) => e.timeRange.start));
  const inEntry = (at: number) => entryTimes.has(at);
  const fm = ctx.doc.frontMatter?.range;
  const inFrontMatter = (at: number) => fm !== undefined && fm.start <= at && at < fm.end;
  const prose = proseText(ctx.doc);
  // `10:12〜10:32 JST`: the zone after a range is its start's too.
  const rangeStarts: string[] = [];
  const windows: Array<[string, string]> = [];
  for (const t of findTimestamps(prose)) {
    if (!t.value.hasZone) continue;
    zoned.push(t.value);
    if (!inEntry(t.start) && !inFrontMatter(t.start)) {
      outside.push(t.value);
      const start = RANGE_START_BEFORE.exec(prose.slice(Math.max(0, t.start - 24), t.start));
      if (start) {
        rangeStarts.push(start[1].padStart(5, '0'));
        windows.push([start[1].padStart(5, '0'), clockOf(t.value)]);
      }
      // `from about 10:05 CET until our fix went out at 17:05`: the zone of a window's start is its end's too.
      const end = RANGE_END_AFTER.exec(prose.slice(t.end, t.end + 120));
      if (end) {
        rangeStarts.push(end[1].padStart(5, '0'));
        windows.push([clockOf(t.value), end[1].padStart(5, '0')]);
      }
    }
  }

  const offsets = new Set(zoned.map((t) => t.offsetMinutes));
  if (offsets.size !== 1) return undefined;
  const offset = zoned[0]?.offsetMinutes;
  if (offset === null || offset === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const t of zoned) {
    const z = (t.zone ?? '').toUpperCase();
    const name = z === 'Z' ? 'UTC' : z;
    if (ZONE_ABBREVIATIONS[name] === offset) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const abbreviation = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { offset, abbreviation, label: offset === 0 ? 'UTC' : offsetText(offset), clocksOutside: new Set([...outside.map(clockOf), ...rangeStarts]), windows };
}

/** After a zoned time, in its sentence, `until`/`to` and a clock time without a zone: the window's end. */
const RANGE_END_AFTER = /^[^.\n]{0,60}?\b(?:until|till|to)\b[^.\n]{0,40}?(?<![\d:])(\d{1,2}:\d{2})(?![\d:])/;

/** A clock time and a range mark right before a time (`10:12〜` before `10:32 JST`, `10:14부터 15:40(KST)`). */
// (`2026-04-13 07:30 → 2026-04-16 11:20 (BST)`: a window over days, the end's date between the mark and its clock.)
const RANGE_START_BEFORE = new RegExp(`(\\d{1,2}:\\d{2})[ \\t]?(?:〜|～|~|-|–|—|→|to|and|until|till${PACKS.flatMap((p) => p.rangeFrom).map((w) => `|${w}`).join('')})[ \\t]?(?:\\d{4}-\\d{2}-\\d{2}[ \\tT]|\\d{1,2}[ \\t][A-Z][a-z]{2}[ \\t])?$`);

/**
 * `5:25pm Eastern`, `from 2:10pm to 5:25pm Pacific`, `11:20 – 12:05 (Eastern)`: clock times (`HH:MM`) given a US zone in
 * words, which the readers do not convert (Eastern is EST or EDT by the date) but which tell a
 * reader the zone of the timeline entries at those clocks.
 */
function usZoneClocks(prose: string): Set<string> {
  const out = new Set<string>();
  // Each time read with the timestamp reader (`5:25pm` → `17:25`); a range's start takes the end's am/pm.
  const clock = (time: string, meridiem: string | undefined) => {
    const t = readTimestamp(/[ap]\.?m\.?$/i.test(time) || !meridiem ? time : `${time}${meridiem}`);
    return t.ok ? clockOf(t.value) : undefined;
  };
  for (const m of [...prose.matchAll(TIME_THEN_US_ZONE), ...prose.matchAll(TIME_THEN_US_ABBREVIATION)]) {
    const end = clock(m[1], undefined);
    if (end) out.add(end);
    const start = US_RANGE_START.exec(prose.slice(Math.max(0, m.index - 20), m.index));
    const begin = start ? clock(start[1], /([ap]\.?m\.?)$/i.exec(m[1])?.[1]) : undefined;
    if (begin) out.add(begin);
  }
  return out;
}
const TIME_THEN_US_ZONE = /(?<![\d:])(\d{1,2}(?::\d{2})?[ \t]?(?:[ap]\.?m\.?)?)[ \t]{1,2}\(?(?:Eastern|Pacific|Central|Mountain)\b/gi;
/** `3:04pm ET`, `14:05 PT`: the same with the zone's two letters (in capitals, after a clock time or am/pm). */
const TIME_THEN_US_ABBREVIATION = /(?<![\d:])(\d{1,2}(?::\d{2})?[ \t]?[ap]\.?m\.?|\d{1,2}:\d{2})[ \t]{1,2}\(?(?:ET|PT|CT|MT)\b/g;
const US_RANGE_START = /(\d{1,2}(?::\d{2})?[ \t]?(?:[ap]\.?m\.?)?)[ \t]{1,2}(?:to|until|till|-|–)[ \t]{1,2}$/i;

/** `HH:MM` of a time as written. */
function clockOf(t: Timestamp): string {
  const i = t.localIso.indexOf('T');
  return i < 0 ? '' : t.localIso.slice(i + 1, i + 6);
}

/** The text is one timestamp from its first character to its last. */
function wholeValueIsTime(text: string): boolean {
  const found = readTimestamp(text);
  return found.ok && found.start === 0 && found.end === text.length;
}

/** Inserts the zone after a time: attached to an ISO time (`…T14:50+09:00`), after a space otherwise (`14:50 KST`). */
function zoneEdit(timeText: string, end: number, zone: DocumentZone): TextEdit {
  if (/\d{4}-\d{2}-\d{2}T\d/.test(timeText)) return { start: end, end, newText: zone.offset === 0 ? 'Z' : offsetText(zone.offset) };
  return { start: end, end, newText: ` ${zone.abbreviation ?? (zone.offset === 0 ? 'UTC' : offsetText(zone.offset))}` };
}

function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * Clock times (`HH:MM`) written with a zone abbreviation after them, and the start of a range that
 * ends in one (`between 18:04 and 19:22 WET`), even an abbreviation the readers cannot compute.
 */
/** Clock times written with a zone the readers know, outside the timeline's entries. */
function zonedClocksOutside(prose: string, entries: ReadonlyArray<{ timeRange: { start: number } }>): Set<string> {
  const inEntry = new Set(entries.map((e) => e.timeRange.start));
  const out = new Set<string>();
  for (const t of findTimestamps(prose)) if (t.value.hasZone && !inEntry.has(t.start)) out.add(clockOf(t.value));
  return out;
}

function clocksBeforeNamedZone(prose: string): Set<string> {
  const out = new Set<string>();
  for (const t of findTimestamps(prose)) {
    if (t.value.hasZone || !namedZoneAfter(prose, t.end)) continue;
    out.add(clockOf(t.value));
    const start = RANGE_START_BEFORE.exec(prose.slice(Math.max(0, t.start - 24), t.start));
    if (start) out.add(start[1].padStart(5, '0'));
  }
  return out;
}

/** An abbreviation of a zone right after a time, even one the readers cannot compute (`GST`, `IST`, `BST`, `(CEST)`). */
function namedZoneAfter(text: string, end: number): boolean {
  return /^[ \t]?\(?(?:[A-Z]{1,4}T|UTC|GMT|Z)\b/.test(text.slice(end, end + 8));
}

