/**
 * The fifth surface: facts stated in running text. Real postmortems say "the outage lasted about
 * 35 minutes" or "the root cause was…" in a summary paragraph more often than under a heading
 * named for the field. This module finds such sentences with the cues of every language pack
 * (`lang/*.ts`) and returns them as `prose` occurrences; the typed readers then read values from
 * them as they do from any other surface, and read nothing when they are not sure.
 *
 * Pure and linear: every cue is a bounded pattern run once per sentence, a sentence is at most
 * `MAX_SENTENCE` characters, and a field stops being looked for once `MAX_PER_FIELD` sentences
 * state it.
 */
import type { List, ListItem, Nodes, Table } from 'mdast';
import type { FieldId, OffsetRange } from './types';
import type { ParsedDocument } from './document';
import { nodeRange } from './document';
import type { Occurrence } from './model';
import { PACKS, findCue, CJK_LETTER, packWords, type Cue } from './lang/index';
import { readTimestamp, findDurations, findCounts, findDates, findTimestamps, betweenBefore, type Duration } from './readers/index';
import { trimEndChars } from './text';

/** Sentences kept per field: enough to show where a fact is stated, few enough to stay cheap. */
export const MAX_PER_FIELD = 8;
/** A longer run of text without a sentence end is read in windows of this size. */
const MAX_SENTENCE = 600;

/** A run of prose: a paragraph, a list item's text, a table row or the title. */
interface Unit {
  start: number;
  end: number;
  /** The document title (first `#` heading or front matter `title`). */
  title: boolean;
}

/** A sentence with its document offsets; `text` has code, links and comments blanked out. */
interface Sentence {
  start: number;
  end: number;
  text: string;
  title: boolean;
}

/** Fields read from prose. */
export const PROSE_FIELDS: readonly FieldId[] = ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact'];

/**
 * Finds the sentences that state each of `want` (a subset of PROSE_FIELDS). `masked` is the
 * document text with non-prose blanked (`proseText`); `skip` are ranges not to read (action
 * items: plans are not facts).
 */
export function readProse(doc: ParsedDocument, masked: string, want: ReadonlySet<FieldId>, skip: readonly OffsetRange[], options: { hostsLost?: boolean } = {}): Occurrence[] {
  if (want.size === 0) return [];
  const out: Occurrence[] = [];
  const count = new Map<FieldId, number>();
  const add = (o: Occurrence) => {
    const n = count.get(o.field) ?? 0;
    if (n >= MAX_PER_FIELD) return;
    count.set(o.field, n + 1);
    out.push(o);
  };
  const open = () => [...want].some((f) => (count.get(f) ?? 0) < MAX_PER_FIELD);
  for (const unit of proseUnits(doc)) {
    if (!open()) break;
    if (skip.some((r) => r.start <= unit.start && unit.start < r.end)) continue;
    for (const s of sentencesOf(masked, unit)) {
      readSentence(s, want, add, options.hostsLost === true);
    }
  }
  // `**発生日時**: 2024-08-20 02:00` and, a few lines on, `**影響終了**: 2024-08-21 17:30`: the
  // window given by its two ends, each a labelled date and time.
  if (want.has('duration') && (count.get('duration') ?? 0) === 0) {
    const pair = startEndPair(masked);
    if (pair) add({ field: 'duration', surface: 'prose', match: 'cue', labelRange: pair.label, valueRange: pair.value, text: masked.slice(pair.value.start, pair.value.end).trim(), empty: false, placeholderOnly: false });
  }
  // A name read next to a failure cue is kept only when the document uses it again: the names of
  // systems recur (`KIAM`, `Feature Flags`), the stray words a sentence puts there rarely do (names listed by
  // example, `services (e.g. PostgreSQL, Redis)`, are kept: see BY_EXAMPLE_READ).
  // (Before the fallback below: a stray word dropped here leaves the statement without a name, which the fallback may give.)
  let lower: string | undefined;
  for (const o of out) {
    if (!Array.isArray(o.data) || BY_EXAMPLE_READ.has(o)) continue;
    lower ??= masked.toLowerCase();
    const name = String(o.data[0]).toLowerCase();
    const second = lower.indexOf(name, lower.indexOf(name) + 1);
    if (second < 0) o.data = undefined;
  }
  // A title that says what went wrong but names nothing (`Stuck BTC transactions due to too low fee
  // estimation`): the system the document names most, `<Name> bridge` three times or more, is what
  // broke; with a host it is said to run on (`the bridge on get.tzbtc.io`). Never when a sentence
  // named a service already, and never as the only statement that services were affected.
  if (want.has('affected_services') && out.some((o) => o.field === 'affected_services') && !out.some((o) => o.field === 'affected_services' && Array.isArray(o.data))) {
    // (`Fall of Terra – Timeline of UST "de-peg" attack`: else the acronyms of the title the text uses three times more.)
    const named = mostNamedSystem(masked) ?? titleAcronyms(doc, masked);
    if (named) add({ field: 'affected_services', surface: 'prose', match: 'cue', labelRange: named.range, valueRange: named.range, text: named.names.join(', '), empty: false, placeholderOnly: false, data: named.names });
  }
  // The system the document is about, where it tells the incident, when no sentence named a service: `会員情報照会システム(CRM)`
  // in the summary, `고객상담시스템` in the title, a resource or a job as code (`fee-ledger-writer`, `model-loader`), an id
  // after a description (`配信サーバー(ranker-serving)`). Of every kind: a security or data incident names the system whose
  // data was reached or went wrong, an outage the one that broke (the judges of round 66 rejected every finding it dropped).
  if (want.has('affected_services') && !out.some((o) => o.field === 'affected_services')) {
    const named = leadSystem(doc, masked);
    if (named) add({ field: 'affected_services', surface: 'prose', match: 'cue', labelRange: named.range, valueRange: named.range, text: named.name, empty: false, placeholderOnly: false, data: [named.name] });
  }
  return out;
}

function readSentence(s: Sentence, want: ReadonlySet<FieldId>, add: (o: Occurrence) => void, hostsLost: boolean): void {
  // A sentence wrapped over lines reads as one line (same length, so offsets stay).
  const t = s.text.replace(/[\r\n]/g, ' ');
  if (!/[\p{L}]/u.test(t)) return;
  const occ = (field: FieldId, label: OffsetRange, value: OffsetRange = { start: s.start, end: s.end }): Occurrence => ({
    field, surface: 'prose', match: 'cue', labelRange: label, valueRange: value, text: t.trim(), empty: false, placeholderOnly: false,
  });
  const at = (m: { index: number; end: number }): OffsetRange => ({ start: s.start + m.index, end: s.start + m.end });
  const first = (cues: readonly Cue[]) => {
    for (const c of cues) {
      const m = findCue(c, t);
      if (m) return m;
    }
    return null;
  };
  let servicesRead = false;
  for (const pack of PACKS) {
    const c = pack.cues;
    if (want.has('cause')) {
      const m = first(c.cause);
      if (m) add(occ('cause', at(m)));
    }
    if (want.has('user_impact') && !quotedWhole(t)) {
      for (const cue of c.impact) {
        const m = findCue(cue, t);
        // `if these services were affected`: a question, not a statement.
        if (m && !conditional(t, m.index)) {
          const users = usersIn(t);
          add(occ('user_impact', at(m), users ? { start: s.start + users.start, end: s.start + users.end } : undefined));
          break;
        }
      }
    }
    if (want.has('affected_services')) {
      const m = s.title ? titleFailureIn(t, c.titleFailure) : first(c.services);
      if (m && (!s.title || hasSubject(t, m))) {
        const o = occ('affected_services', at(m));
        // The name the sentence gives the thing that broke, when it gives one plainly.
        const name = nameAt(t, m, s.title);
        // (`all stateful services (e.g. PostgreSQL, Redis, PrestaShop) were unexecutable`: else the services it names by example.)
        const named = name || s.title ? undefined : servicesByExample(t);
        if (name) {
          o.data = [name.text, ...(name.more ?? [])];
          o.valueRange = { start: s.start + name.start, end: s.start + name.start + name.text.length };
        } else if (named) {
          o.data = named.names;
          o.valueRange = { start: s.start + named.start, end: s.start + named.end };
          BY_EXAMPLE_READ.add(o);
        }
        add(o);
        servicesRead = true;
      }
    }
    if (want.has('servers_restored') && !s.title) {
      const m = first(hostsLost ? [...c.servers, ...c.serversAfterLoss] : c.servers);
      if (m) add(occ('servers_restored', at(m)));
    }
  }
  // `dependent services (e.g. Site, Bot, Hastebin) also had trouble starting`: services named by example, in a
  // sentence about the incident that no pack's cue read (once, whatever the pack: the list is read the same in all).
  if (want.has('affected_services') && !s.title && !servicesRead) {
    const named = servicesByExample(t);
    if (named) {
      const o = occ('affected_services', { start: s.start + named.start, end: s.start + named.end });
      o.data = named.names;
      BY_EXAMPLE_READ.add(o);
      add(o);
    }
  }
  if (want.has('duration') && !s.title) {
    // (`from **8:12 am ET** until **11:03 am ET**`: emphasis around the ends of a window is no word; same length, so offsets hold.)
    const plain = t.includes('**') || t.includes('__') ? t.replace(/\*\*|__/g, '  ') : t;
    const d = incidentLength(plain) ?? vagueLength(plain) ?? dateRangeLength(plain) ?? noDowntime(plain) ?? relativeRecovery(plain);
    // (`Between 5:40 am and 7:10 am`: the value begins at `between`, without which its two ends joined by `and` are no range.)
    const from = d ? d.start - betweenBefore(plain, d.start) : 0;
    if (d) add(occ('duration', { start: s.start + from, end: s.start + d.end }, { start: s.start + from, end: s.start + d.end }));
  } else if (want.has('duration')) {
    // A title that says how long it lasted (`Stale feature-flag configuration served for six hours`):
    // only a length right after `for` or `lasting`, or one the words after make the incident's
    // (`A 45-minute outage of …`, `隔離学習が27時間ハング`, `결제 3시간 장애`; the packs' `lengthAfter`).
    const d = incidentLength(t);
    if (d && d.value.kind === 'span' && (/\b(?:for|lasting)[ \t]+$/i.test(t.slice(Math.max(0, d.start - 12), d.start)) || PACKS.some((p) => p.cues.lengthAfter.test(t.slice(d.end))))) add(occ('duration', { start: s.start + d.start, end: s.start + d.end }, { start: s.start + d.start, end: s.start + d.end }));
  }
}

/** A labelled line's label and value, with where the line and its value start. */
interface LabelledLine {
  label: string;
  value: string;
  start: number;
  valueStart: number;
}
/** Labelled lines (`**発生日時**: 2024-08-20 02:00`, `- Started: …`, `| 발생 | 2024-09-10 10:00 |`): label and value with their offsets (a scan, not one pattern: one took too long to prove safe). */
function* labelledLines(text: string): Generator<LabelledLine> {
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    // `| 발생 | 2024-09-10 10:00 (단계적 출시 20% 시작) |`: a row of a table of labels and values.
    const bar = line.search(/\S/);
    if (bar >= 0 && line[bar] === '|') {
      const second = line.indexOf('|', bar + 1);
      const third = second < 0 ? -1 : line.indexOf('|', second + 1);
      const label = second < 0 ? '' : line.slice(bar + 1, second).replace(/\*\*|__/g, '').trim();
      const raw = second < 0 ? '' : line.slice(second + 1, third < 0 ? line.length : third);
      const lead = raw.length - raw.replace(/^[ \t]*(?:\*\*|__)?/, '').length;
      const value = raw.slice(lead).replace(/(?:\*\*|__)?[ \t]*$/, '');
      if (label.length >= 2 && label.length <= 40 && value.length >= 4 && value.length <= 80) yield { label, value, start: at, valueStart: at + second + 1 + lead };
      at = end + 1;
      continue;
    }
    const lead = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?/.exec(line)![0].length;
    const colon = line.slice(lead, lead + 46).search(/[:：]/);
    if (colon >= 2) {
      const label = line.slice(lead, lead + colon).replace(/(?:\*\*|__)?[ \t]*$/, '');
      const rest = line.slice(lead + colon + 1);
      const skip = /^[ \t]*(?:\*\*|__)?[ \t]*/.exec(rest)![0].length;
      const value = rest.slice(skip).trimEnd();
      if (label.length >= 2 && !/[*_|]/.test(label) && value.length >= 4 && value.length <= 80) yield { label, value, start: at, valueStart: at + lead + colon + 1 + skip };
    }
    at = end + 1;
  }
}

/**
 * The labelled moments after a labelled start (`Started: …`, `発生日時：…`, `발생 시각: …`), each with the minutes
 * from that start: only the labelled ends (`Resolved: …`, `復旧日時：…`) when `ends`, else every labelled date and
 * time (`감지 시각`, `노출 차단 시각`). Each later, of the same kind (two dates, or two times of one day), and within 30 days.
 */
function* momentsAfterStart(masked: string, ends: boolean): Generator<{ line: LabelledLine; minutes: number }> {
  let start: number | undefined;
  let startTimeOnly = false;
  // `Started: Wed 8 May, 07:05 CET` in a document dated `(2024-05-08)`: the day in the document's year.
  let year: number | undefined;
  for (const m of labelledLines(masked)) {
    const label = m.label.trim().replace(/[ \t]*(?:\([^()]*\)|（[^（）]*）)$/, '');
    const isStart = PACKS.some((p) => p.cues.windowStart.test(label));
    if (!isStart && (start === undefined || (ends && !PACKS.some((p) => p.cues.windowEnd.test(label))))) continue;
    year ??= findDates(masked).find((d) => d.value.year !== null)?.value.year ?? 0;
    const t = readTimestamp(m.value, year ? { year } : {});
    if (!t.ok) continue;
    // `Started: 07:05` … `Fixed: 09:20`: two times alone, read on one day.
    const timeOnly = !t.value.hasDate;
    const ms = Date.parse(timeOnly ? `1970-01-01${t.value.localIso}Z` : `${t.value.localIso}Z`);
    if (Number.isNaN(ms)) continue;
    if (isStart) {
      start = ms;
      startTimeOnly = timeOnly;
    } else if (start !== undefined && timeOnly === startTimeOnly && ms > start && ms - start <= 30 * 86_400_000) {
      yield { line: m, minutes: (ms - start) / 60_000 };
    }
  }
}

/**
 * The window of a document that labels both its ends with a date and a time (`Started: …` and
 * `Resolved: …`, `発生日時：…` and `復旧日時：…`): the first labelled end after the start.
 */
function startEndPair(masked: string): { label: OffsetRange; value: OffsetRange; minutes: number } | undefined {
  for (const { line: m, minutes } of momentsAfterStart(masked, true)) {
    return { label: { start: m.start, end: m.valueStart }, value: { start: m.valueStart, end: m.valueStart + m.value.length }, minutes };
  }
  return undefined;
}

/**
 * From the labelled start (`발생 시각: 2026-01-23T09:00+09:00`) to every later labelled moment (`감지 시각`,
 * `노출 차단 시각`, `복구 시각`): the spans a summary may give as the incident's length (to detection, to the
 * exposure stopped, to recovery), at each moment's label; for `searchProse`.
 */
export function labelledSpans(masked: string): Array<{ index: number; minutes: number }> {
  return [...momentsAfterStart(masked, false)].map(({ line, minutes }) => ({ index: line.start, minutes }));
}

/**
 * `| **When** | Monday 6 October 2025, 02:15 – 16:40 CDT |`: the window a labelled line gives as a time range (the
 * packs' `windowLabel`), at its label: for `searchProse`.
 */
export function labelledRanges(text: string): Array<{ index: number; minutes: number }> {
  const out: Array<{ index: number; minutes: number }> = [];
  for (const m of labelledLines(text)) {
    const label = m.label.replace(/[*_]/g, '').trim();
    if (!PACKS.some((p) => p.cues.windowLabel.test(label))) continue;
    const r = findDurations(m.value).find((d) => d.value.kind === 'range' && d.value.minutes > 0);
    if (r) out.push({ index: m.start, minutes: r.value.minutes });
  }
  return out;
}

/** The window a text gives by its labelled ends (see startEndPair), at its end's label: for `searchProse`. */
export function labelledWindows(text: string): Array<{ index: number; minutes: number }> {
  const pair = startEndPair(text);
  return pair ? [{ index: pair.label.start, minutes: pair.minutes }] : [];
}

/**
 * A length in the sentence that is the incident's: a time range (`from 15:30 to 18:10 UTC`) in a
 * sentence about the incident, or a length with a cue right before or after it (`lasted about 35
 * minutes`, `a 2-hour outage`, `4시간 동안`, `2時間にわたり`) and none that makes it something else
 * (`every 5 minutes`, `a timeout of 30 seconds`).
 */
/**
 * `暫定復旧(T+1時間38分、19:45 以降 …)`, `recovered at T+58m`: a time counted from the incident's start (`T+0`)
 * beside a word for recovery (the packs' `endEntry`) is how long it lasted.
 */
function relativeRecovery(t: string): { start: number; end: number; value: Duration } | undefined {
  if (!t.includes('+')) return undefined;
  for (const end of END_WORDS) {
    const m = end.exec(t);
    if (!m) continue;
    const rels = [...t.matchAll(RELATIVE_TIME)];
    // Next to the word: right after it (`recovered at T+58m`, `復旧(T+1時間38分`), else just before it in the same clause (`T+1h38m: recovered`).
    const after = rels.find((rel) => rel.index >= m.index + m[0].length && rel.index - (m.index + m[0].length) <= 12);
    const before = after ? undefined : rels.find((rel) => rel.index < m.index && m.index - rel.index <= 24 && !/[;。.,、，]/.test(t.slice(rel.index, m.index)));
    const rel = after ?? before;
    if (!rel) continue;
    const at = rel.index + rel[0].length;
    const d = findDurations(t.slice(at, at + 24))[0];
    if (d && d.start === 0 && d.value.kind === 'span' && d.value.minutes > 0) return { start: at, end: at + d.end, value: d.value };
  }
  return undefined;
}
const RELATIVE_TIME = /\bT[ \t]?\+[ \t]?(?=\d)/g;
const END_WORDS: readonly RegExp[] = PACKS.map((p) => new RegExp(p.cues.endEntry.source, p.cues.endEntry.flags.replace('g', '')));

/** The text speaks of the incident, in any pack's words (`incident`, `incidentMore`). */
function saysIncident(t: string): boolean {
  return PACKS.some((p) => p.cues.incident.test(t) || (p.cues.incidentMore?.test(t) ?? false));
}

/**
 * The services a sentence about the incident names by example in parentheses after the word
 * (`dependent services (e.g. Site, Bot, Hastebin) also had trouble starting`), or in a list of two or more
 * one-word names without them (`were offline, including services such as site, grafana and bitwarden`):
 * their names, in order.
 */
function servicesByExample(t: string): { start: number; end: number; names: string[] } | undefined {
  if (!saysIncident(t) && !/\b(?:trouble|unexecutable|unable|could[ \t]not|couldn't)\b/i.test(t)) return undefined;
  const names: string[] = [];
  let first: RegExpExecArray | undefined;
  for (const m of [...t.matchAll(BY_EXAMPLE), ...t.matchAll(BY_EXAMPLE_BARE)]) {
    first ??= m;
    for (const n of m[1].split(/,|\band\b|&/)) {
      const name = n.trim().replace(/\.$/, '');
      if (name !== '' && name.length <= 40 && !/^(?:etc|others?|more)$/i.test(name) && !names.includes(name)) names.push(name);
    }
  }
  return first && names.length > 0 ? { start: first.index, end: first.index + first[0].length, names } : undefined;
}
/** Statements whose names a list by example gave: a list is no stray word, so the recurrence test above does not apply. */
const BY_EXAMPLE_READ = new WeakSet<Occurrence>();
const BY_EXAMPLE = /\bservices?[ \t]*[(（][ \t]*(?:e\.g\.|eg\.|i\.e\.|such[ \t]as|like|including|incl\.)[ \t,:]*([A-Za-z][^()（）\n]{0,119})[)）]/gi;
/** The same without parentheses: `services such as site, grafana and bitwarden`, two to eight one-word names. */
const BY_EXAMPLE_BARE = /\bservices?[ \t]+(?:such[ \t]as|like|including)[ \t]+([A-Za-z][\w.-]{0,30}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)[A-Za-z][\w.-]{0,30}){1,7})/gi;

/** `03:20Z〜05:05Z(1:45)`: the range's length said again right after it as hours and minutes. */
function clockRestated(d: { value: Duration }, after: string): boolean {
  const m = /^[ \t]?[(（][ \t]?(\d{1,3}):([0-5]\d)[ \t]?[)）]/.exec(after);
  return m !== null && Math.abs(Number(m[1]) * 60 + Number(m[2]) - d.value.minutes) <= 1;
}

export function incidentLength(text: string, aboutIncident = false): { start: number; end: number; value: Duration } | undefined {
  // (`Between **2025-10-07 14:02 UTC** and **2025-10-09 10:45 UTC**`: emphasis read as spaces, offsets kept.)
  const t = text.includes('*') || text.includes('__') ? text.replace(/\*+|__+/g, (m) => ' '.repeat(m.length)) : text;
  const found = findDurations(t);
  if (found.length === 0) return splitWindow(t);
  // (`aboutIncident`: the caller knows the sentence tells the incident, one of a summary's.)
  const incident = aboutIncident || saysIncident(t);
  for (const d of found) {
    // `adding up to **163 minutes of degraded checkout**`: emphasis around a length is not a word.
    const before = trimEndChars(t.slice(Math.max(0, d.start - 60), d.start), '*_');
    const after = t.slice(d.end, d.end + 40).replace(/^[*_]+/, '');
    if (PACKS.some((p) => p.cues.notLengthBefore.test(before))) continue;
    // `failed for the next 25 minutes` is how long it went on; `we will watch it for the next 2 weeks` is a plan.
    if (/\bfor[ \t]the[ \t]next[ \t]*$/i.test(before) && FUTURE.test(t.slice(0, d.start))) continue;
    // `- About 2 h 15 min in total`: a line that is only a length and its total.
    if (/^[\s*_>-]*$/.test(t.slice(0, d.start)) && /^[ \t]*(?:in[ \t]total|total|overall|all[ \t]told)[ \t.]*$/i.test(t.slice(d.end))) return d;
    if (d.value.kind === 'range') {
      // (`6/24 11:00 ~ 6/26 11:40 구간`: a word after the range that makes it a window.)
      if (incident || onlyRange(t, d) || PACKS.some((p) => p.cues.rangeWindowAfter?.test(after)) || TIME_LABEL.test(t.slice(0, d.start)) || OPENING_RANGE.test(t.slice(0, d.start)) || restatedNextTo(d, found) || clockRestated(d, after) || PACKS.some((p) => p.cues.lengthAfter.test(after))) return d;
      continue;
    }
    // `02:14〜02:17 JST（約 3 分）`: the length of a range written just before it.
    if (RANGE_THEN_PAREN.test(before)) return d;
    // `from Mon Jan 12, 7:00 AM until the fix was deployed Tue Jan 13, 9:10 PM (38 h 10 min)`: the length of the window the sentence gave, in parentheses after its end.
    if (CLOCK_THEN_PAREN.test(before) && lastedOrFromUntil(t.slice(0, d.start))) return d;
    // `From 20 June 18:00 UTC until the fix at 09:30 UTC on Monday 23 June — about 63.5 hours — new players …`: set off by dashes.
    if (/[—–][ \t]*(?:(?:about|around|roughly|approximately|nearly|~)[ \t]*)?$/i.test(before) && lastedOrFromUntil(t.slice(0, d.start))) return d;
    if (restatedNextTo(d, found)) return d;
    // `about 6 hours late`, `three and a half hours with no CI`: the words after it say what was wrong.
    if (PACKS.some((p) => p.cues.lengthAfterAlone.test(after))) return d;
    // `That's about seventeen and a half hours, and …`: a sentence that sums up the window the one
    // before it gave, unless the words after it make it a point in time or a rate.
    // (`… at 12:48 p.m. During those 26 hours …`: a clock's `p.m.` then a capital ends a sentence too.)
    const clockEnd = before.search(/\b[ap]\.m\.[ \t]+[A-Z][^.]*$/i);
    if ((SUMS_UP.test(before) || (clockEnd >= 0 && SUMS_UP.test(before.slice(clockEnd + 4)))) && !PACKS.some((p) => p.cues.notLengthAfter.test(after))) return d;
    // `… until Thursday 16 January at 12:10 UTC, about 50 hours later`: how long after the start it ended.
    // (`… and ended when we switched the alias back at 11:32, about five and a half hours later`.)
    // (`… patched … at 13:25 BST, 3 hours 25 minutes after the send`: after the event that started it.)
    if (/\b(?:until|till|ended)\b/i.test(t.slice(0, d.start)) && ENDED_LATER.test(after) && AFTER_COMMA.test(before)) return d;
    // `We halted the rollout 3 hours 20 minutes after it started`: how long it ran before it was stopped.
    if (STOPPED_BEFORE.test(before) && /^[ \t]{1,2}after[ \t](?:it|the[ \t](?:incident|outage|problem|issue|rollout|release|errors?))[ \t](?:started|began)\b/i.test(after)) return d;
    // `2024年8月5日(月)から 8月11日(日)までの 7 日間`: a window from one day to another, then its length.
    if (WINDOW_UNTIL?.test(before) && PACKS.some((p) => p.rangeFrom.some((w) => t.slice(0, d.start).includes(w)))) return d;
    // `It ran from about 10:05 CET until our fix went out at 17:05, so roughly 7 hours.`: the length the window makes.
    if (/,[ \t]*(?:so|which[ \t](?:is|was|makes|made|came[ \t]to))[ \t]*$/i.test(before) && lastedOrFromUntil(t.slice(0, d.start))) return d;
    // `… happened during a window of about 78 minutes`: the length of a window, said as one.
    if (WINDOW_OF.test(before)) return d;
    // `We lost 5h17m of science time (19:48 → 01:05)`: a length with the window it measures in parentheses right
    // after it, agreeing: a window the sentence states, whatever the words around it.
    const own = d.value.kind === 'span' ? CLOCKS_IN_PARENS.exec(t.slice(d.end, d.end + 40)) : null;
    if (own) {
      // (Past midnight, `19:48 → 01:05`, the end is on the next day.)
      const span = (Number(own[3]) * 60 + Number(own[4]) - (Number(own[1]) * 60 + Number(own[2])) + 1440) % 1440;
      if (span > 0 && Math.abs(span - d.value.minutes) <= Math.max(2, span * 0.05)) return d;
    }
    // `From release to fix: **3 h 44 min**.`: the length from an event to the one that ended the incident.
    if (FROM_EVENT_TO_END.test(before) && /^[ \t*_]*(?:[.;)]|$)/.test(after)) return d;
    if (!incident) continue;
    // `The period from publication of the pairings (16 August, 17:00) to identification of the issue (21 August, 06:40)
    // was 4 days 13 hours 40 minutes.`: the length of a period given by its two ends.
    if (PERIOD_WAS.test(before)) {
      const s = t.slice(0, d.start);
      const p = s.search(PERIOD_FROM);
      if (p >= 0 && /\b(?:to|until|till)\b/i.test(s.slice(p))) return d;
    }
    // `1 日間 (24 時間)`, `90 minutes (1.5 hours)`: a length said again in other units right after it, in a sentence about the incident.
    const again = found.find((x) => x.start >= d.end);
    if (again && again.value.minutes === d.value.minutes && /^[ \t]?[(（][ \t]?$/.test(t.slice(d.end, again.start))) return d;
    // `failed from 1900 until 1941 local (41 min)`, `0712L → 1318L (6h06m)`: the length of the window just given, in parentheses.
    if (/[(（][ \t]?$/.test(before) && /^[ \t]?[)）]/.test(after) && (lastedOrFromUntil(t.slice(0, d.start)) || ARROW_WINDOW.test(t.slice(Math.max(0, d.start - 40), d.start)))) return d;
    // `… degraded from Day 1 09:00 to Day 3 10:15, about 49 hours.`: a length in apposition, closing a sentence about the incident.
    // (`…, 1 h 45 min in total.`: the same with its total said.)
    if (AFTER_COMMA.test(before) && /^[ \t]*(?:(?:in[ \t])?total|overall|altogether)?[ \t]*(?:[.;)]|$)/i.test(after)) return d;
    // `The problem lasted from 08:12 UTC, when …, until 13:47 UTC, when …: 5 hours 35 minutes.`: the same after a colon, in a sentence that gave the window.
    if (AFTER_COLON.test(before) && /^[ \t]*(?:[.;)]|$)/.test(after) && lastedOrFromUntil(t.slice(0, d.start))) return d;
    // A length that opens a sentence about the incident (`약 한 시간 남짓 홈 추천이 제 역할을 못 한 셈`,
    // `約2時間、注文が…`), unless what follows makes it a point in time (`30분 후`, `30 minutes later`).
    if (OPENING.test(before) && !/^[ \t]*[|:：]/.test(after) && !PACKS.some((p) => p.cues.notLengthAfter.test(after))) return d;
    const cueAfter = PACKS.some((p) => p.cues.lengthAfter.test(after));
    const cueBefore = PACKS.some((p) => endsWithPhrase(before, p.cues.lengthBefore, p.cues.approximately));
    if (cueAfter || cueBefore || incidentLabelBefore(before)) return d;
    if (/^[ \t]?[)）]/.test(after) && incidentLabelBefore(before, true)) return d;
  }
  return splitWindow(t);
}

/** Right after a length, or a few words on, two clock times in parentheses (`5h17m of science time (19:48 → 01:05)`, `(10:14–11:01 AST)`): the window it measures. */
const CLOCKS_IN_PARENS = /^(?:[ \t]+[a-z][a-z-]{0,15}){0,4}[ \t]?[(（][ \t]?(\d{1,2})[:：](\d{2})[ \t]*(?:→|->|–|—|-|~|〜|to)[ \t]*(\d{1,2})[:：](\d{2})[ \t]*(?:[A-Z]{2,5}[ \t]?)?[)）]/;

/** Two times joined by an arrow or a dash (`0712L → 1318L`, `19:02–20:00`), just before a length in parentheses. */
const ARROW_WINDOW = /\d{2}[ \t]?[A-Z]?[ \t]?(?:→|->|–|—|~|〜)[ \t]?\d{1,2}:?\d{2}[ \t]?[A-Z]?[ \t]?(?:[A-Za-z]{1,5}[ \t]?)?[(（][ \t]?$/;

/**
 * `20:10 ごろから待ち時間が伸び始め、…を入れた 23:55 に平常へ戻った`: a window whose two ends are apart
 * in one sentence, the start a time with a `rangeFrom` word right after it, the end a later time
 * on the same day followed by the pack's `recoveredAt`.
 */
function splitWindow(t: string): { start: number; end: number; value: Duration } | undefined {
  // Cheap first: most sentences hold no `rangeFrom` word of a pack that has `recoveredAt`.
  const packs = WINDOW_PACKS.filter((p) => p.rangeFrom.some((w) => t.includes(w)));
  if (packs.length === 0) return undefined;
  const times = findTimestamps(t).filter((x) => !x.value.hasDate);
  const minutesOf = (iso: string) => Number(iso.slice(1, 3)) * 60 + Number(iso.slice(4, 6));
  for (let i = 0; i < times.length; i++) {
    const a = times[i];
    const near = t.slice(a.end, a.end + 6);
    const pack = packs.find((p) => p.rangeFrom.some((w) => near.includes(w)));
    if (!pack) continue;
    for (const b of times.slice(i + 1)) {
      if (!pack.cues.recoveredAt!.test(t.slice(b.end, b.end + 40))) continue;
      const minutes = minutesOf(b.value.localIso) - minutesOf(a.value.localIso);
      if (minutes > 0) return { start: a.start, end: b.end, value: { minutes, approximate: false, kind: 'range' } };
    }
  }
  return undefined;
}

/**
 * A label that says a range is the incident's window: `**When:** 2025-03-18, roughly 10:15 to
 * 16:40 CET`, `Impact window: …`, `発生日時：…`, `일시: …`. Only at the start of the sentence.
 */
const TIME_LABEL = /^[\s*_>•・-]{0,6}(?:when|언제|いつ|発生|발생|date|dates|time|times|period|(?:impact|incident|outage)[ \t](?:window|period)|window|発生日時|日時|発生期間|期間|発生時間|発生時刻|障害時間|일시|발생[ \t]?일시|발생[ \t]?시[간각]|장애[ \t]?(?:시간|기간|일시)|(?:(?:누락|문제|영향|중단|지연|오류)[ \t]?)?기간|(?:影響|障害|停止|遅延|欠落)期間)[\s*_]{0,4}[:：][^:：\n]{0,40}$/i;

/** Before a length, the opening of a sentence that sums up what came before: `That's about`, `All told,`. */
const SUMS_UP = /^[\s*_>-]{0,6}(?:(?:that'?s|that’s|that (?:is|was|makes|came to)|this (?:was|is|makes|came to)|all told,?|in total,?|altogether,?|in all,?|(?:during|over|across|for) (?:those|these))[ \t]{1,2}(?:(?:about|around|approximately|roughly|nearly|almost|just over|just under|over|a little over|a bit over)[ \t]{1,2})?|(?:합계|총합|총(?=[ \t])|모두[ \t]?합(?:쳐|하면)|合計(?:で|は)?|トータル(?:で|は)?)[ \t,、]{0,2}(?:(?:약|대략|約|およそ)[ \t]{0,2})?)$/i;

/** Words of approximation before an English length, as the sentence checks below allow them. */
const ABOUT_EN = '(?:about|around|approximately|roughly|nearly|almost|some|over|just over|just under|a total of)';
/** Words of a plan: a length after them is not the incident's. */
const FUTURE = /\b(?:will|shall|should|must|going[ \t]to|plan(?:s|ned)?[ \t]to)\b|'ll\b/i;
/** After a length that ends a window: `later`, or after the event that started it (`after the send`, `after the deploy`). */
const ENDED_LATER = /^[ \t]{1,2}(?:later\b|after[ \t](?:it[ \t](?:started|began)|the[ \t](?:first[ \t])?[a-z]{3,14}\b))/i;
/** In the clause before a length, a verb that stopped the incident (`We halted the rollout`). */
const STOPPED_BEFORE = /\b(?:halted|stopped|paused|rolled[ \t]back|reverted|fixed|resolved|mitigated|contained)\b[^,.;:\n]{0,40}$/i;
/** Before a length: a comma and maybe a word of approximation (`…, about 49 hours.`, `…, about 50 hours later`). */
const AFTER_COMMA = new RegExp(`,[ \\t]*(?:${ABOUT_EN}[ \\t]*)?$`, 'i');
/** The same after a colon, the line maybe wrapped after it. */
const AFTER_COLON = new RegExp(`:[ \\t]*\\n?[ \\t]*(?:${ABOUT_EN}[ \\t]*)?$`, 'i');
/** A sentence that says how long something lasted, or from when until when (a scan: one pattern with both could not be proved safe). */
/** The packs that write a window's end apart from its start (`recoveredAt`). */
const WINDOW_PACKS = PACKS.filter((p) => p.cues.recoveredAt);

/** The end of a window right before its length (the packs' `windowUntil`). */
const WINDOW_UNTIL = packWords('windowUntil') ? new RegExp(`(?:${packWords('windowUntil')})[ \\t]*$`) : undefined;

const FROM_EVENT_TO_END = /\bfrom[ \t](?:the[ \t])?(?:[\w-]+[ \t]){1,3}to[ \t](?:the[ \t])?(?:fix|recovery|resolution|revert|rollback|restoration|mitigation)[ \t]*[:：][ \t]*[*_]{0,2}[ \t]*$/i;

function lastedOrFromUntil(s: string): boolean {
  if (/\blasted\b/i.test(s)) return true;
  const from = s.search(/\bfrom\b/i);
  if (from < 0) return false;
  const rest = s.slice(from, from + 170);
  const dot = rest.indexOf('.');
  // (`from 18:10 PT Thursday, when …, to 00:45 PT Friday`: `to` and a time.)
  return /\b(?:until|till)\b|\bto[ \t]\d/i.test(dot < 0 ? rest : rest.slice(0, dot));
}
/** Right before a length: the verb that gives it (`… was 4 days 13 hours 40 minutes`). */
const PERIOD_WAS = /\b(?:was|is|came[ \t]to|total(?:l?ed)?)[ \t]+(?:(?:about|around|roughly|approximately|just[ \t]over|over)[ \t]+)?$/i;
/** `The period from …`, `the window between …`: a span named by its ends. */
const PERIOD_FROM = /\b(?:period|window|span|interval|time)[ \t](?:from|between)\b/i;
/** Before a length: a window said as one (`during a window of about 78 minutes`). */
const WINDOW_OF = new RegExp(`\\b(?:during|over|in|for|within)[ \\t]+(?:a|the)[ \\t]+(?:window|period|span)[ \\t]+of[ \\t]+(?:${ABOUT_EN}[ \\t]+)?$`, 'i');

/** Before a length that opens its sentence: nothing but blanks, marks and a word of approximation. */
const OPENING = new RegExp(String.raw`^[\s*_>-]{0,6}(?:(?:${packWords('approxShort')})[ \t]{0,2})?$`, 'i');
/** The same words, or `~`, closing a text before a length. */
const APPROX_END = new RegExp(`(?:${packWords('approxShort')}|~)$`, 'i');

/**
 * A time range and a length side by side that agree (`from 14:02 to 14:49 ET (47 minutes)`, `For 45
 * minutes on 21 May (14:05–14:50 CEST)`): the author measured the window twice, so it is the incident's.
 */
function restatedNextTo(d: { end: number; value: Duration }, found: ReturnType<typeof findDurations>): boolean {
  const next = found.find((x) => x.start >= d.end);
  return next !== undefined && next.value.kind !== d.value.kind && next.start - d.end <= 40 && Math.abs(next.value.minutes - d.value.minutes) <= Math.max(1, 0.1 * Math.max(d.value.minutes, next.value.minutes));
}

/** A time range, then an opening parenthesis: what the length after it measures. */
const CLOCK_THEN_PAREN = /\d{1,2}[:：]\d{2}(?:[ \t]?(?:[AaPp]\.?[Mm]\.?))?(?:[ \t]?[A-Z]{2,5})?[ \t]?[(（][ \t]?$/;
const RANGE_THEN_PAREN = /\d{1,2}[:：]\d{2}[ \t]?(?:[-–~〜～]|to)[ \t]?\d{1,2}[:：]\d{2}(?:[ \t]?[A-Z]{2,5})?[ \t]?[(（][ \t]?$/;

/** Blanks and emphasis marks, trimmed off the end of a label. */
const MARKS = ' \t\r\n*_';

/** Right before a length, a label naming the incident: `Total halt: about 3 hours 55 minutes`, `Downtime: 2h`. */
export function incidentLabelBefore(before: string, paren = false): boolean {
  let b = trimEndChars(before, MARKS);
  const approx = APPROX_END.exec(b);
  if (approx) b = trimEndChars(b.slice(0, approx.index), MARKS);
  // (`영향 시간 동안(약 200분)`, `during the outage (about 3 hours)`: the words before a parenthesis that holds only the length.)
  if (paren) {
    if (!b.endsWith('(') && !b.endsWith('（')) return false;
    b = `${trimEndChars(b.slice(0, -1), MARKS)}:`;
  }
  if (!b.endsWith(':') && !b.endsWith('：')) return false;
  const start = Math.max(b.lastIndexOf('.'), b.lastIndexOf(';'), b.lastIndexOf('\n')) + 1;
  const label = b.slice(start, -1).replace(/[\s*_>-]+/g, ' ').trim();
  return label.length > 0 && label.length <= 30 && !/[:：]/.test(label) && saysIncident(label);
}

/** Around a time range that is all its text says: blanks, brackets, emphasis, punctuation and a zone. */
const RANGE_ONLY_REST = /^[\s()（）[\]*_:：,.、。]*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?)?[\s()（）[\]*_.。]*$/;

/**
 * A sentence that is nothing but a time range (`2025-06-12 10:05 〜 11:20 (JST)` under `## 発生日時`,
 * or `**14:02–14:49 UTC**` under the title): the window of the incident the document is about.
 */
function onlyRange(t: string, d: { start: number; end: number }): boolean {
  return RANGE_ONLY_REST.test(t.slice(0, d.start)) && RANGE_ONLY_REST.test(t.slice(d.end));
}

const MONTH_DAY_RANGE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t](\d{1,2})(?:st|nd|rd|th)?[ \t]?[-–][ \t]?(\d{1,2})(?:st|nd|rd|th)?\b/i;
/**
 * A sentence that opens with a range (`From Tuesday 6 February until Friday 9 February, the
 * figures were too high`, `Between 14:05 and 15:40, …`, `On Monday 11 November, from roughly 08:10
 * until 12:35 Eastern time, …`, a numbered paragraph's `1.1 Between approx. 05:48 and 07:05 the …`): it says when
 * what follows happened.
 */
const OPENING_RANGE = /^[\s*_>-]{0,6}(?:\d{1,2}(?:\.\d{1,2}){1,3}[ \t]{1,3})?(?:on[ \t][^,\n]{3,40},[ \t])?(?:from|between)[ \t]{1,4}(?:(?:roughly|about|around|approximately|approx\.)[ \t])?(?:the[ \t](?:morning|afternoon|evening|night)[ \t]of[ \t])?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t]{1,2})?$/i;
// (`From the evening of 19 May until the afternoon of 22 May`: a part of the day before the end's date.)
const DATE_GAP = /^[ \t]*(?:-|–|—|~|〜|～|to|through|thru|until|till)[ \t]*(?:the[ \t](?:morning|afternoon|evening|night)[ \t]of[ \t])?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t]{1,2})?$/i;

/**
 * An incident that spanned days, said as a range of dates: `Date: January 14-19, 2026`,
 * `日時: 2026-02-20 〜 2026-02-22`, `from Feb 1 to Feb 3`. In a sentence about the incident or
 * after a label (`Date:`); the length is the days between the two, approximate.
 */
export function dateRangeLength(t: string): { start: number; end: number } | undefined {
  // (`**Period:** Monday 3 June 2024 to …`: a weekday between the label and the date.)
  const labelled = (at: number) => /[:：][ \t*_]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t]{1,2})?$/i.test(t.slice(Math.max(0, at - 30), at));
  const incident = saysIncident(t);
  const m = MONTH_DAY_RANGE.exec(t);
  if (m && Number(m[2]) > Number(m[1]) && (incident || labelled(m.index))) return { start: m.index, end: m.index + m[0].length };
  const dates = findDates(t);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!DATE_GAP.test(t.slice(a.end, b.start))) continue;
    if (!(incident || labelled(a.start) || OPENING_RANGE.test(t.slice(0, a.start)))) continue;
    return { start: a.start, end: b.end };
  }
  return undefined;
}

/** `There was no downtime`: the duration of an incident where nothing went down, stated as none. */
export function noDowntime(t: string): { start: number; end: number } | undefined {
  for (const pack of PACKS) {
    const m = pack.cues.noDowntime.exec(t);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A length the readers do not read but the author did state (`went down for a few hours`,
 * `outages of 10-30 minutes`): the same cues as `incidentLength`.
 */
export function vagueLength(t: string): { start: number; end: number } | undefined {
  if (!saysIncident(t)) return undefined;
  for (const pack of PACKS) {
    const m = pack.cues.vagueLength.exec(t);
    if (!m) continue;
    const before = t.slice(Math.max(0, m.index - 60), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (PACKS.some((p) => p.cues.notLengthBefore.test(before))) continue;
    if (PACKS.some((p) => endsWithPhrase(before, p.cues.lengthBefore, p.cues.approximately) || p.cues.lengthAfter.test(after))) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** `if these services were affected`: the clause before a cue opens with if or whether. */
function conditional(t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 120), at).toLowerCase();
  const i = Math.max(before.lastIndexOf('if '), before.lastIndexOf('whether '));
  if (i < 0 || (i > 0 && /[a-z]/.test(before.charAt(i - 1)))) return false;
  return !/[.!?]/.test(before.slice(i));
}

/** A sentence that is only a quotation (an error message, a log line): it says what a system printed. */
function quotedWhole(t: string): boolean {
  return /^[\s>*+-]*["“'`][^"”'`]{0,300}["”'`][\s.,;:]*$/.test(t);
}

/** `N users`, `about 1,200 accounts`, `4,560만 명`: a count of people in the sentence, if one is there. */
function usersIn(t: string): OffsetRange | undefined {
  for (const c of findCounts(t)) {
    const after = t.slice(c.end, c.end + 24);
    if (/^\s?(?:명|人|名)|^\s+(?:(?:active|unique|paying|registered|affected|impacted|distinct|individual|of (?:our|the) )?(?:users?|customers?|clients?|accounts?|people|members?|subscribers?|players?|merchants?|visitors?|students?|developers?|tenants?|organi[sz]ations?))\b/i.test(after)) {
      const m = /^\s?\S+(?:\s+\S+)?/.exec(after);
      return { start: c.start, end: c.end + (m ? m[0].length : 0) };
    }
  }
  return undefined;
}

/**
 * Words that end a name read from a sentence: determiners, pronouns, prepositions, conjunctions
 * and auxiliaries (a name is the run of other words next to the failure words).
 */
const NAME_STOP = new Set(('and or but nor when while because so as after before since until during then than that which who whom whose where if ' +
  'for from to in into on onto at by with without within via per due of off over under about against between across through ' +
  'was were is are be been being has had have having do does did will would could should can may might must ' +
  'caused causing leading led resulting resulted started began stopped went became remained got ' +
  'we it they he she i you us them this these those there here our their its his her my your all some several many most every each any ' +
  'the a an also still not no never again once briefly completely fully partially partly temporarily mostly largely ' +
  'outage outages downtime incident issue issues problem problems error errors failure failures ' +
  'am pm utc gmt kst jst significant multiple various other certain total cascading prolonged full').split(' '));

/** Nouns too general to name anything on their own (`the service was down`). */
const GENERIC_NAME = /^(?:services?|systems?|sites?|websites?|apps?|applications?|platforms?|products?|features?|everything|users?|customers?|people|things?|requests?|traffic|production|prod|서비스|시스템|기능|사이트|앱|서버|サービス|システム|機能|サイト|アプリ|サーバー?)$/i;

/** Particles that follow a Latin name in Korean and Japanese (`KakaoTalk이`, `APIが`). */
const PARTICLE = /(?<=[A-Za-z0-9])(?:이|가|은|는|의|에서|에|が|は|の|で|に)$/;

/**
 * The name of the thing that broke next to a failure cue: the object of `outage of the search
 * API` or `affected checkout`, else the words before the failure words (`the billing API was
 * down`, `Feature flags outage`, `KakaoTalk 장애`, `OAuth 認証障害`). At most four words, none of
 * them a stop word, and not one general noun alone; undefined when the sentence gives no plain name.
 */
function nameAt(t: string, m: { index: number; end: number }, title: boolean): { text: string; start: number; more?: string[] } | undefined {
  const word = /[\p{L}\p{N}]/u;
  // The cue ends inside a word: it ran up to the start of its object.
  if (m.end > m.index + 1 && word.test(t.charAt(m.end - 1)) && word.test(t.charAt(m.end))) return nameForward(t, m.end - 1, title);
  const matched = t.slice(m.index, m.end);
  // A product named in 「」 (`「カゾエル」において…`): the name is what the brackets hold.
  const quoted = /^「([^」]{1,30})」/.exec(matched);
  if (quoted) return quoted[1].trim().length >= 2 && /[\p{L}]/u.test(quoted[1]) ? { text: quoted[1].trim(), start: m.index + 1 + quoted[1].indexOf(quoted[1].trim()) } : undefined;
  const auxiliary = /^(?:was|were|is|are|went|became|had|has|remained|got)\b/i.test(matched);
  // Before the cue (`X was down`), or before its last word (`X outage`, `X 장애`, `X障害`).
  const lastWord = /[\p{L}\p{N}]+$/u.exec(matched)?.[0] ?? '';
  const cjkTail = CJK_LETTER.test(matched.slice(-1));
  // A title's cue is the failure phrase itself: the name is what comes before it.
  const end = title || auxiliary ? m.index : cjkTail ? m.end - cjkFailureLength(matched) : m.end - lastWord.length;
  return nameBackward(t, end, title);
}

/** How many characters at the end of a CJK cue are its failure word (`장애`, `障害`, `중단`): the run after the last space or particle, at most four. */
function cjkFailureLength(matched: string): number {
  const tail = /(?:[\u3040-\u30ff\u4e00-\u9fff]{1,4}|[\uac00-\ud7a3]{1,4})$/.exec(matched)?.[0] ?? '';
  return tail.length;
}

function nameBackward(t: string, end: number, title: boolean): { text: string; start: number } | undefined {
  const before = t.slice(Math.max(0, end - 80), end);
  const boundary = Math.max(...[...'.,;:()[]"“”「」『』、。：・!?—–'].map((ch) => before.lastIndexOf(ch)));
  const clause = before.slice(boundary + 1);
  const tokens = [...clause.matchAll(/\S+/g)];
  const kept: RegExpMatchArray[] = [];
  for (let i = tokens.length - 1; i >= 0 && kept.length < 4; i--) {
    const w = tokens[i][0].replace(PARTICLE, '');
    if (NAME_STOP.has(w.toLowerCase()) || !/[\p{L}]/u.test(w) || /^\d/.test(w)) break;
    kept.unshift(tokens[i]);
  }
  if (kept.length === 0) return undefined;
  const from = kept[0].index!;
  const last = kept[kept.length - 1];
  const text = clause.slice(from, last.index! + last[0].replace(PARTICLE, '').length).replace(/[*_`]/g, '').trim();
  return plainName(text, Math.max(0, end - 80) + boundary + 1 + from, title);
}

function nameForward(t: string, start: number, title: boolean): { text: string; start: number; more?: string[] } | undefined {
  const after = t.slice(start, start + 80);
  // (A dot inside a host name, `turboflakes.io/COCO`, does not end the clause.)
  const cut = after.search(/[,;:()[\]"“”「」、。!?—–]|\.(?![\p{L}\p{N}])/u);
  const clause = cut < 0 ? after : after.slice(0, cut);
  const tokens = [...clause.matchAll(/\S+/g)];
  const kept: RegExpMatchArray[] = [];
  for (const tok of tokens) {
    if (kept.length >= 4 || NAME_STOP.has(tok[0].toLowerCase()) || !/[\p{L}\p{N}]/u.test(tok[0])) break;
    kept.push(tok);
  }
  if (kept.length === 0) return undefined;
  const last = kept[kept.length - 1];
  const name = plainName(clause.slice(0, last.index! + last[0].length).replace(/[*_`]/g, '').trim(), start, title);
  // `Incident on turboflakes.io/COCO and turboflakes.io/MOMO nodes`: a second name of the same
  // shape (a host or a path, one word) joined by `and` is named too.
  const pair = /^[ \t]+(?:and|&)[ \t]+(\S+)/i.exec(clause.slice(last.index! + last[0].length));
  if (name && kept.length === 1 && pair && HOST_LIKE.test(name.text) && HOST_LIKE.test(pair[1])) return { ...name, more: [pair[1]] };
  return name;
}

/** One word written as a host, a path or an id (`turboflakes.io/COCO`, `api-gw-2`). */
const HOST_LIKE = /^[\p{L}\p{N}]+(?:[-./_][\p{L}\p{N}]+)+$/u;

/** The last word of a name in lower case that says what kind of system it is (`headstash contract`, `billing service`). */
const SYSTEM_KIND_END = /^(?:contracts?|services?|api|modules?|plugins?|library|bots?|jobs?|pipelines?|database|cluster|queue|gateway|portal|dashboard|website)$/i;

/**
 * A name worth showing: some letters, not only general nouns, no verb form (`throwing`, `used`,
 * `seems`), and, in Korean or Japanese running text, written in Latin letters (`iOS`, `KakaoTalk`):
 * without spaces between words, the words before a failure word are rarely a name alone.
 */
function plainName(text: string, start: number, title = false): { text: string; start: number } | undefined {
  if (text.length < 2 || text.length > 60 || !/[\p{L}]/u.test(text)) return undefined;
  const words = text.split(/\s+/);
  if (words.every((w) => GENERIC_NAME.test(w))) return undefined;
  // Written as a name: one word with a capital inside, a digit or a joiner (`ADFS`, `CAT1`,
  // `federation-redirect`); several words with at least one capitalised (`PostHog Surveys SDK`).
  // A lone capitalised word may only start a sentence or a title (`Memory`), so it is not enough.
  const named = (w: string) => /^.+[A-Z]|\d|[-./_]\p{L}/u.test(w);
  if (/^\d/.test(text) || words.some((w) => /^v?\d+(?:\.\d+)*$/i.test(w))) return undefined;
  // A Korean or Japanese title word on its own (`설정`) is a topic more often than a name.
  if (title && words.length === 1 && !/[A-Za-z]/.test(text) && text.length < 3) return undefined;
  // (`the headstash contract`, `the billing service`: a name in lower case before a word for the kind of system it is.)
  const kindOfSystem = words.length >= 2 && words.length <= 3 && SYSTEM_KIND_END.test(words[words.length - 1]) && !words.slice(0, -1).some((w) => GENERIC_NAME.test(w) || NAME_STOP.has(w.toLowerCase()));
  if ((!title || !CJK_LETTER.test(text)) && !kindOfSystem) {
    if (words.length === 1 ? !named(words[0]) : !words.some((w) => /^[A-Z]/.test(w) || named(w))) return undefined;
  }
  if (words.some((w) => /^[a-z]+(?:ing|ed)$/.test(w) || /^(?:seems?|used|found|made|done|gone|sent|went|came|let|set|put|get|gets|got)$/i.test(w))) return undefined;
  if (!title && CJK_LETTER.test(text) && !/^[A-Za-z]/.test(text)) return undefined;
  return { text, start };
}

/** The first failure word (or two or three words) of a title, by the pack's word pattern. */
function titleFailureIn(t: string, re: RegExp): { index: number; end: number } | undefined {
  const words = [...t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const last = words[i + n - 1];
      const end = last.index + last[0].length;
      const phrase = t.slice(words[i].index, end).replace(/\s+/g, ' ');
      // A run of Korean or Japanese letters is a whole compound (`プッシュ通知の配信遅延`): read below, where the failure's own span is found.
      if (CJK_LETTER.test(phrase)) continue;
      if (re.test(phrase)) return { index: words[i].index, end };
    }
  }
  // Scripts without spaces (Korean compounds, Japanese): the pattern is tried on the whole title.
  const m = CJK_LETTER.test(t) ? re.exec(t) : null;
  return m ? { index: m.index, end: m.index + m[0].length } : undefined;
}

/** The text before a length ends with one of the phrases, maybe followed by a word of approximation. */
function endsWithPhrase(before: string, phrases: readonly string[], approximately: readonly string[]): boolean {
  let b = before.toLowerCase().replace(/\s+/g, ' ').trimEnd();
  // Up to two words of approximation (`for up to about 50 hours`).
  for (let round = 0; round < 2; round++) {
    const a = approximately.find((w) => b === w || b.endsWith(` ${w}`) || b.endsWith(`、${w}`) || b.endsWith(`，${w}`));
    // (After a Japanese or Korean comma there is no space: `止まっていた時間は、だいたい 28 時間半`.)
    if (a === undefined) break;
    b = b.slice(0, b.length - a.length).trimEnd();
  }
  // The comma between a phrase and its length (`止まっていた時間は、28 時間半`) is not part of the phrase.
  b = b.replace(/[、，]$/, '');
  return phrases.some((p) => b === p || b.endsWith(` ${p}`) || (/^[^\x00-\x7f]/.test(p) && b.endsWith(p)));
}

/** The title names something besides its failure words (`Feature flags outage`, not `Outage`). */
function hasSubject(t: string, failure: { index: number; end: number }): boolean {
  const rest = (t.slice(0, failure.index) + ' ' + t.slice(failure.end))
    .replace(/\b(?:incident|post-?mortem|postmortem|report|review|on|of|in|the|a|an|and|with|due|to|after|for|from|at|is|was|were|are|our|we|summary|retrospective|rca|analysis)\b/gi, ' ')
    .replace(/[\d\s\p{P}\p{S}]+/gu, ' ')
    .trim();
  return /[\p{L}]{2,}/u.test(rest);
}

/** The runs of prose of a document, in order: title, paragraphs, list items, table rows, headings. */
/** One line that is all emphasis, but for emoji around it. */
const EMPHASIZED_LINE = /^(?:(?::[a-z_+-]{1,30}:|\p{Extended_Pictographic}\uFE0F?)[ \t]?){0,3}(\*\*|__|\*)[^*\n]{4,160}\1(?:[ \t]?\([^()\n]{1,40}\))?(?:[ \t]?(?::[a-z_+-]{1,30}:|\p{Extended_Pictographic}\uFE0F?)){0,3}[ \t]*$/u;

function proseUnits(doc: ParsedDocument): Unit[] {
  const units: Unit[] = [];
  const fmTitle = doc.frontMatter?.entries.find((e) => e.key === 'title');
  if (fmTitle && typeof fmTitle.value === 'string') units.push({ start: fmTitle.valueRange.start, end: fmTitle.valueRange.end, title: true });
  let titleSeen = false;
  const work: Array<{ node: Nodes; base: number }> = [];
  for (let i = doc.blocks.length - 1; i >= 0; i--) work.push({ node: doc.blocks[i].node as Nodes, base: doc.blocks[i].base });
  while (work.length > 0) {
    const { node, base } = work.pop()!;
    switch (node.type) {
      case 'heading': {
        const r = nodeRange(node, base);
        const isTitle = !titleSeen && (node.depth === 1 || units.length === (fmTitle ? 1 : 0));
        if (isTitle) titleSeen = true;
        units.push({ ...r, title: isTitle });
        break;
      }
      case 'paragraph': {
        const r = nodeRange(node, base);
        // A chat post's first line in bold (`:rotating_light: **[장애 공유] 푸시 지연**`) is its title.
        const isTitle = !titleSeen && units.length === 0 && EMPHASIZED_LINE.test(doc.text.slice(r.start, r.end));
        if (isTitle) titleSeen = true;
        units.push({ ...r, title: isTitle });
        break;
      }
      case 'list':
        for (let i = (node as List).children.length - 1; i >= 0; i--) {
          const item = (node as List).children[i] as ListItem;
          for (let j = item.children.length - 1; j >= 0; j--) work.push({ node: item.children[j] as Nodes, base });
        }
        break;
      case 'blockquote':
        for (let j = node.children.length - 1; j >= 0; j--) work.push({ node: node.children[j] as Nodes, base });
        break;
      case 'table':
        // Header row first: it is text too, but rarely a sentence; rows are read as one run each.
        for (const row of (node as Table).children.slice(1)) units.push({ ...nodeRange(row, base), title: false });
        break;
      default:
        break;
    }
  }
  units.sort((a, b) => a.start - b.start);
  return units;
}

/** Sentences of a unit: split at a sentence end followed by a blank or a line break, and at line breaks. */
function sentencesOf(masked: string, unit: Unit): Sentence[] {
  const out: Sentence[] = [];
  let start = unit.start;
  const push = (end: number) => {
    for (let a = start; a < end; a += MAX_SENTENCE) {
      const b = Math.min(end, a + MAX_SENTENCE);
      const text = masked.slice(a, b);
      if (text.trim()) out.push({ start: a, end: b, text, title: unit.title });
    }
  };
  for (let i = unit.start; i < unit.end; i++) {
    const c = masked.charCodeAt(i);
    const next = masked.charCodeAt(i + 1);
    if (c === 10 || c === 13) {
      // A paragraph wrapped at 80 columns goes on across its soft line breaks; a line that ends
      // a sentence, or a next line that starts an entry (a time, a list marker), ends it.
      if (c === 13 && next === 10) continue;
      if (unit.title || !softBreak(masked, start, i, unit.end)) {
        push(i);
        start = i + 1;
      }
    } else if ((c === 46 || c === 33 || c === 63) && (next === 32 || next === 9 || next === 10 || next === 13) && !abbreviationBefore(masked, i)) {
      push(i + 1);
      start = i + 1;
    } else if ((c === 46 || c === 33 || c === 63) && (next === 42 || next === 95) && /^[*_]{1,2}[ \t]/.test(masked.slice(i + 1, i + 4)) && !abbreviationBefore(masked, i)) {
      // `**Summary in one paragraph.** From 10:52 …`: a sentence that ends inside emphasis.
      const close = masked.charCodeAt(i + 2) === next ? i + 3 : i + 2;
      push(close);
      start = close;
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(unit.end);
  return out;
}

/** A line break inside a sentence: the line so far does not end one, and the next line does not start an entry. */
function softBreak(text: string, lineStart: number, at: number, end: number): boolean {
  const line = text.slice(lineStart, at).trimEnd();
  if (line === '' || /[.!?;。！？|：]$/.test(line)) return false;
  const next = text.slice(at + 1, Math.min(end, at + 40)).trimStart();
  // A colon ends the line's sentence unless the next line goes on in lower case (`… to 00:45 PT Friday:` / `about 6 hours 35 minutes.`).
  if (line.endsWith(':') && !/^[a-z]/.test(next)) return false;
  // A line that ends in a word that needs what follows (`… For roughly 23 hours, from` / `10:20 UTC on 6 May until …`) goes on, whatever the next line starts with.
  if (next !== '' && /(?:^|[ \t,])(?:from|to|until|till|at|by|between|and|on|since|around|about)$/i.test(line)) return true;
  if (next === '' || /^(?:[-*+>|#]|\d{1,4}[.):\/-]|\d{1,2}:\d{2}|\*\*|__|[A-Z][a-z]{2,8}\.? \d{1,2}\b)/.test(next)) return false;
  return true;
}

/** `e.g.`, `i.e.`, `approx.`, `vs.`, `No.`, `U.S.`: a dot that does not end a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 7), dot);
  return /(?:^|[^\p{L}])(?:e\.g|i\.e|approx|vs|etc|no|mr|ms|dr|st|inc|ltd|cf|ca|[A-Z])$/iu.test(before);
}

/** A word for a system after a space (`… bridge`): the word before it is read by `mostNamedSystem`. */
const SYSTEM_WORD = /[ \t](bridge|system|service|platform|gateway|api|portal|pipeline|cluster)\b/gi;
/** Words before a system word that are no name (`The system`, `Our API`). */
const NOT_A_SYSTEM_NAME = /^(?:the|this|that|these|those|our|their|its|a|an|each|every|any|all|no|new|old|same|whole|entire|main|we|it|in|on|at|for|from|to|when|while|after|before|during|if)$/i;

/**
 * Where the name before a word for a system starts (`tzBTC` before ` bridge`, `MyKestrel` before
 * ` website`), or -1: the word right before `at`, read by a scan (one pattern for both took recheck
 * too long to prove safe). A name has a capital or a digit (`tzBTC`, `Coin`, `S3`), starts with a
 * letter, and is no determiner or small word that opens a sentence.
 */
function systemNameStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && at - k < 31 && /[\w-]/.test(text.charAt(k - 1))) k--;
  const name = text.slice(k, at);
  return /^[A-Za-z]/.test(name) && /[A-Z0-9]/.test(name) && !NOT_A_SYSTEM_NAME.test(name) ? k : -1;
}
/** `the bridge on get.tzbtc.io`: the host a system word is said to run on. */
const SYSTEM_ON_HOST = /\bthe[ \t](?:bridge|system|service|platform|gateway|api|portal|app)[ \t](?:on|at)[ \t]((?:[a-z0-9-]{1,30}\.){1,3}[a-z]{2,6})\b/i;

/** Acronyms that name no system: zones, grades, report words. */
const NOT_A_SYSTEM_ACRONYM = /^(?:UTC|GMT|KST|JST|PST|PDT|PT|EST|EDT|ET|CET|CEST|BST|IST|RCA|TLDR|TODO|TBD|ETA|FAQ|PR|PM|AM|QA|HR|IT|OK|US|UK|EU|SEV\d?|[PQSH]\d|PIR|RFO|ID|CEO|CTO|CFO|IC|DB|SQL|AMI|VM|OS|CPU|GPU|RAM|SSD|HDD|IP|URL|SSL|TLS|CVE|CI|CD)$/;

/**
 * The acronyms in the document's title (`UST` in `Fall of Terra – Timeline of UST "de-peg" attack`) that
 * its text uses three times more: the systems the title says failed, for a title that names no system
 * with a word for one. At most three, the most used first.
 */
function titleAcronyms(doc: ParsedDocument, masked: string): { names: string[]; range: OffsetRange } | undefined {
  const h1 = doc.sections.find((s) => s.depth === 1);
  if (!h1) return undefined;
  const title = masked.slice(h1.titleRange.start, h1.titleRange.end);
  const found: Array<{ name: string; n: number; at: number }> = [];
  for (const m of title.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}])/gu)) {
    if (NOT_A_SYSTEM_ACRONYM.test(m[0]) || found.some((f) => f.name === m[0])) continue;
    let n = 0;
    for (const u of masked.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${m[0]}(?![\\p{L}\\p{N}])`, 'gu'))) if (u.index < h1.titleRange.start || u.index >= h1.titleRange.end) n++;
    if (n >= 3) found.push({ name: m[0], n, at: h1.titleRange.start + m.index });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.n - a.n || a.at - b.at);
  const names = found.slice(0, 3).map((f) => f.name);
  return { names, range: { start: found[0].at, end: found[0].at + found[0].name.length } };
}

/**
 * A system named with a word for one in the packs (not English: `システム`, `시스템`), in the title or
 * the first paragraphs, with its abbreviation in parentheses (`会員情報照会システム(CRM)`). The part
 * before the word has at least three letters: `社内システム`, `당해 시스템` name no system. Found by a
 * scan from the word back (one pattern for all of it took recheck too long to prove safe).
 */
const LEAD_SYSTEM_NOUN = ((nouns) => (nouns ? new RegExp(nouns, 'g') : undefined))(PACKS.filter((p) => p.id !== 'en').map((p) => p.words.systemNoun).filter(Boolean).join('|'));
/** Particles that may follow the name (`고객상담시스템의`): the packs' count particles. */
const LEAD_PARTICLES: readonly string[] = PACKS.flatMap((p) => p.counts?.particles ?? []);
const CJK_WORD_LETTER = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u30fb]/u;
const CJK_LETTER_ONLY = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const ABBREVIATION_AFTER = /^[(（][A-Za-z0-9][\w-]{0,15}[)）]/;

/** A name in Hangul or Katakana, then the same product's Latin name with a capital inside in parentheses (`디스커버리원(DiscoveryOne)`). */
const TRANSLITERATED_PRODUCT = /([\p{Script=Hangul}\p{Script=Katakana}]{2,12})[(（]([A-Z][a-z]+[A-Z][A-Za-z0-9]*)[)）]/u;

/** A Korean or Japanese word, then an id with a hyphen or an underscore in parentheses (`配信サーバー(ranker-serving)`). */
const CJK_THEN_ID = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\u30fc][(（]([a-z][a-z0-9]*(?:[-_][a-z0-9]+){1,4})[)）]/u;

function cjkLeadSystem(lead: string): { index: number; name: string } | undefined {
  if (!LEAD_SYSTEM_NOUN) return undefined;
  LEAD_SYSTEM_NOUN.lastIndex = 0;
  for (let m = LEAD_SYSTEM_NOUN.exec(lead); m; m = LEAD_SYSTEM_NOUN.exec(lead)) {
    let k = m.index;
    while (k > 0 && m.index - k < 24 && CJK_WORD_LETTER.test(lead.charAt(k - 1))) k--;
    if (m.index - k < 3) continue;
    let end = m.index + m[0].length;
    const abbr = ABBREVIATION_AFTER.exec(lead.slice(end, end + 20));
    if (abbr) end += abbr[0].length;
    // Then no letter that makes it a longer word (`カスタマーサービス部`), only a particle (`고객상담시스템의`).
    const next = lead.charAt(end);
    const particle = LEAD_PARTICLES.find((x) => lead.startsWith(x, end) && !HANGUL.test(lead.charAt(end + x.length)));
    if (next !== '' && CJK_LETTER_ONLY.test(next) && !particle) continue;
    return { index: k, name: lead.slice(k, end) };
  }
  return undefined;
}

/** The first code span of `text[start, end)` that is an identifier (`ch-prod-report-exports`, `s3:bucket`), with a `-`, `/`, `.`, `@` or `_` in it when `marked`. */
function codeNameIn(text: string, start: number, end: number, marked: boolean): { name: string; range: OffsetRange } | undefined {
  // (`\`modelhub\`` then `\`model-loader\``: the first with a mark, past words and commands in code.)
  for (const m of text.slice(start, end).matchAll(/`([A-Za-z0-9][\w.@/:-]{2,60})`/g)) {
    if (marked && !/[-/.@_]/.test(m[1])) continue;
    const at = start + m.index + 1;
    return { name: m[1], range: { start: at, end: at + m[1].length } };
  }
  return undefined;
}

function leadSystem(doc: ParsedDocument, masked: string): { name: string; range: OffsetRange } | undefined {
  const h1 = doc.sections.find((s) => s.depth === 1);
  // `# SEC-2026-004: \`ch-prod-report-exports\` bucket publicly readable`: the resource the title names as code.
  const title = h1 ? codeNameIn(doc.text, h1.titleRange.start, h1.titleRange.end, false) : undefined;
  if (title) return title;
  // (`# PMS の旅券画像 API における…`: a system in Latin capitals that a Korean or Japanese title is about.)
  const latin = h1 ? CJK_TITLE_SYSTEM.exec(doc.text.slice(h1.titleRange.start, h1.titleRange.end)) : null;
  if (h1 && latin) return { name: latin[1], range: { start: h1.titleRange.start + latin.index, end: h1.titleRange.start + latin.index + latin[1].length } };
  const from = h1?.titleRange.start ?? 0;
  // (`the public \`isotherm/notebooks\` repository`, `\`relay-api\` 레포`: a resource named as code where
  // the incident is told; there only an identifier with a mark in it, not a word or a command.)
  const code = codeNameIn(doc.text, from, from + 1500, true);
  if (code) return code;
  // (`sent by the \`notify\` service`: a name as code, then a word for a system.)
  const coded = CODE_THEN_SYSTEM.exec(doc.text.slice(from, from + 1500));
  if (coded) return { name: coded[1], range: { start: from + coded.index + 1, end: from + coded.index + 1 + coded[1].length } };
  const lead = masked.slice(from, from + 1500);
  // `Backstage (our internal support console)`: a name, then what kind of system it is in parentheses.
  NAME_THEN_GLOSS.lastIndex = 0;
  for (let g = NAME_THEN_GLOSS.exec(lead); g; g = NAME_THEN_GLOSS.exec(lead)) {
    if (g[1].length <= 31 && g[2].length <= 60 && SYSTEM_GLOSS_END.test(g[2])) return { name: g[1], range: { start: from + g.index, end: from + g.index + g[1].length } };
  }
  const m = cjkLeadSystem(lead);
  if (m) return { name: m.name, range: { start: from + m.index, end: from + m.index + m.name.length } };
  // `디스커버리원(DiscoveryOne) 특권 태그 누락 사고`: a product written in Korean or Japanese letters with its own
  // name in Latin after it, a word with a capital inside (an organisation's acronym, `(PIPC)`, is not one).
  const product = TRANSLITERATED_PRODUCT.exec(lead);
  if (product && product[2].length <= 31) return { name: product[2], range: { start: from + product.index + product[1].length + 1, end: from + product.index + product[1].length + 1 + product[2].length } };
  // `配信サーバー(ranker-serving)`, `서빙 클러스터(serving-b)`: a thing described in Korean or Japanese, then its id in parentheses.
  const id = CJK_THEN_ID.exec(lead);
  if (id) return { name: id[1], range: { start: from + id.index + 2, end: from + id.index + 2 + id[1].length } };
  // `the MyKestrel website`, `the Reports S3 bucket`: a name with a capital or a digit before a word for a system.
  LEAD_SYSTEM_EN.lastIndex = 0;
  for (let e = LEAD_SYSTEM_EN.exec(lead); e; e = LEAD_SYSTEM_EN.exec(lead)) {
    const k = systemNameStart(lead, e.index);
    if (k < 0) {
      // (`the Meridian reporting API`: a name with a capital after `the`, then one word of what it does.)
      const two = NAME_THEN_WORD_BEFORE.exec(lead.slice(Math.max(0, e.index - 60), e.index));
      if (two && !NOT_A_SYSTEM_NAME.test(two[1])) {
        const text = `${two[1]} ${two[2]} ${e[1]}`;
        const start = e.index - two[1].length - 1 - two[2].length;
        return { name: text, range: { start: from + start, end: from + start + text.length } };
      }
      continue;
    }
    const text = `${lead.slice(k, e.index)} ${e[1]}`;
    return { name: text, range: { start: from + k, end: from + k + text.length } };
  }
  return undefined;
}
/** Before a word for a system: `the` or `our`, a capitalised name, and one lower-case word (`the Meridian reporting`). */
const NAME_THEN_WORD_BEFORE = /\b(?:the|our)[ \t]([A-Z][a-z][\w-]{1,29})[ \t]([a-z][a-z-]{2,19})$/;
/** A name in Latin capitals (`PMS`, `Kiosk API`), then a particle of a Korean or Japanese title (`の`, `에서`, `의`). */
const CJK_TITLE_SYSTEM = new RegExp(`(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]{1,15}(?:[ \\t][A-Z][A-Za-z0-9]{1,15})?)[ \\t]?(?:${packWords('titleOf')})`);

/** A code span, then a word for a system (`` `notify` service``). */
const CODE_THEN_SYSTEM = /`([A-Za-z0-9][\w.@/:-]{1,40})`[ \t](?:service|app|API|job|worker|queue|bucket|database|cluster|gateway|pipeline)\b/;

/** A capitalised name glossed in parentheses (`Backstage (our internal support console)`); the gloss is read with SYSTEM_GLOSS_END. */
const NAME_THEN_GLOSS = /\b([A-Z][\w.-]+)[ \t]\((?:our|the|an?)[ \t]([^()\n]+)\)/g;
/** A gloss that ends in a word for a system (`our internal support console`). */
const SYSTEM_GLOSS_END = /(?:^|[ \t])(?:console|portal|website|site|app|dashboard|platform|system|service|tool|API|admin[ \t]panel|back[- ]?office)$/;

/** A word for a system after a space (English), the name before it read by a scan. */
const LEAD_SYSTEM_EN = /[ \t](website|site|app|client|portal|service|API|platform|system|dashboard|bucket|database|cluster|gateway)\b/g;

/** The system named three times or more (`tzBTC bridge`), where it first appears, and a host the text says a system runs on. */
function mostNamedSystem(masked: string): { names: string[]; range: OffsetRange } | undefined {
  const counts = new Map<string, { n: number; at: number; text: string }>();
  for (const m of masked.matchAll(SYSTEM_WORD)) {
    const k = systemNameStart(masked, m.index);
    if (k < 0) continue;
    const text = `${masked.slice(k, m.index)} ${m[1]}`;
    const key = text.toLowerCase();
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, at: k, text });
  }
  const best = [...counts.values()].filter((c) => c.n >= 3).sort((a, b) => b.n - a.n || a.at - b.at)[0];
  if (!best) return undefined;
  const host = SYSTEM_ON_HOST.exec(masked);
  return { names: host ? [best.text, host[1]] : [best.text], range: { start: best.at, end: best.at + best.text.length } };
}

