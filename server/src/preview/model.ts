import { analyze, localeOf, headingLanguage, type ParsedDocument, type ExtractedFields, MILESTONES, type Facts, type MilestoneId, extractTimeline, mergeConfig, type PostmortemConfig, DEFAULT_REQUIRED, isOnlyPlaceholders, type Timestamp } from '../core/index';
/**
 * What the preview shows, read from a document by the core's `analyze()`, the same pipeline
 * `lint()` runs before its rules, so the card shows the facts the diagnostics are about (a
 * service named only in prose, a duration taken from the timeline). Values the core could not
 * read are `unreadable`, values the document does not state are `missing`: nothing is guessed here.
 */
import type { PreviewLocale } from './labels';

/** A value as the card shows it. */
export type Shown<T> =
  | { state: 'ok'; value: T }
  /** The document does not state it. */
  | { state: 'missing' }
  /** The document states it, but the core could not read it. */
  | { state: 'unreadable'; text: string };

/** The duration on the card. */
export interface ShownDuration {
  /** Minutes. */
  minutes: number;
  /** Stated as approximate (`about`, `약`). */
  approximate: boolean;
  /** Stated in the document, or computed from `started` and `resolved`. */
  source: 'stated' | 'computed';
}

/** Servers restored on the card. */
export interface ShownServers {
  restored?: number;
  total?: number;
  /** Percentage restored: computed from the counts, else as stated. */
  percent?: number;
  /** `N/A`. */
  na?: boolean;
  /** The reason given with `N/A`. */
  reason?: string;
}

/** Users affected on the card. */
export interface ShownUsers {
  affected?: number;
  total?: number;
  /** Percentage affected: computed from the counts, else as stated. */
  percent?: number;
}

/** The time-to metrics, in minutes. */
export type MetricId = 'ttd' | 'ttm' | 'ttr';

/** One timeline entry for the preview. */
export interface PreviewEntry {
  /** Position in document order, from 1. */
  number: number;
  /** Local date and time as written (`2022-10-15T15:19`, or `T15:19` without a date), or null when unreadable. */
  localIso: string | null;
  /** The zone of the time, when known. */
  zone: string | null;
  /** Where the entry sits on the axis (milliseconds), or null when it cannot be placed. */
  at: number | null;
  /** The entry's text (document text: escape it). */
  text: string;
  /** Milestones this entry is, by label or by being at a milestone's instant. */
  milestones: MilestoneId[];
}

/** A front matter milestone placed on the axis. */
export interface PreviewMilestone {
  id: MilestoneId;
  /** Position on the axis (milliseconds). */
  at: number;
  /** Local date and time as written. */
  localIso: string;
}

/** The timeline for the preview. */
export interface PreviewTimeline {
  /** The document has a timeline (section or key-events list). */
  present: boolean;
  /** The zone the document states for the timeline. */
  zone: string | undefined;
  /** `epoch`: positions are instants; `local`: wall-clock times in one unknown zone. */
  mode: 'epoch' | 'local';
  /** Entries in document order. */
  entries: PreviewEntry[];
  /** Milestones from the front matter that could be placed on the same axis. */
  milestones: PreviewMilestone[];
}

/** Everything the preview renders. */
export interface PreviewModel {
  locale: PreviewLocale;
  severity: Shown<string>;
  duration: Shown<ShownDuration>;
  metrics: Record<MetricId, Shown<number>>;
  services: Shown<string[]>;
  servers: Shown<ShownServers>;
  users: Shown<ShownUsers>;
  timeline: PreviewTimeline;
}

/** Options of {@link buildPreviewModel}. */
export interface PreviewModelOptions {
  /** Labels' locale; `auto` (default) follows the document. */
  locale?: PreviewLocale | 'auto';
  /** Configuration layered over the defaults (heading aliases, default time zone). */
  config?: Partial<PostmortemConfig>;
}

/**
 * Builds the preview model of a document, or returns undefined when the document is not a
 * postmortem (see {@link isPostmortem}) or is too large.
 */
export function buildPreviewModel(text: string, options: PreviewModelOptions = {}): PreviewModel | undefined {
  const config = mergeConfig(options.config);
  if (text.length > config.maxFileSize) return undefined;
  const analysis = analyze(text, config);
  if (!analysis || !isPostmortem(analysis.doc, analysis.fields)) return undefined;
  const { doc, fields, facts, timeline } = analysis;
  const locale = options.locale && options.locale !== 'auto' ? options.locale : documentLocale(doc);

  return {
    locale,
    severity: severityOf(doc),
    duration: durationOf(facts),
    metrics: {
      ttd: between(facts, 'detected'),
      ttm: between(facts, 'mitigated'),
      ttr: between(facts, 'resolved'),
    },
    services: servicesOf(facts),
    servers: serversOf(facts),
    users: usersOf(fields, facts),
    timeline: timelineOf(facts, timeline),
  };
}

/**
 * A document is a postmortem when its front matter says `type: postmortem`. The preview knows no
 * workspace globs, and an editor may hide the front matter from markdown-it, so a document whose
 * front matter says no type (or that has no front matter) also counts when it has sections for at
 * least three of the five required fields. A front matter `type` other than `postmortem` wins.
 */
export function isPostmortem(doc: ParsedDocument, fields: ExtractedFields): boolean {
  const fm = doc.frontMatter;
  if (fm) {
    const type = fm.data ? fm.data.type : rawFrontMatterType(doc);
    if (type !== undefined && type !== null) return String(type).trim().toLowerCase() === 'postmortem';
  }
  let sections = 0;
  for (const id of DEFAULT_REQUIRED) {
    if ((fields.byField.get(id) ?? []).some((o) => o.surface !== 'front-matter')) sections++;
  }
  return sections >= 3;
}

/** `type:` from a front matter whose YAML does not parse. */
function rawFrontMatterType(doc: ParsedDocument): string | undefined {
  const fm = doc.frontMatter!;
  const m = /^type[ \t]*:[ \t]*["']?([^"'\r\n#]*?)["']?[ \t]*(?:#.*)?$/m.exec(doc.text.slice(fm.range.start, fm.range.end));
  return m?.[1];
}

/** The language the front matter names (`lang`, `language`, `locale`), else that of most headings. */
export function documentLocale(doc: ParsedDocument): PreviewLocale {
  const data = doc.frontMatter?.data;
  for (const key of ['lang', 'language', 'locale']) {
    const v = data?.[key];
    if (typeof v === 'string' && v.trim()) return localeOf(v);
  }
  return headingLanguage(doc);
}

function severityOf(doc: ParsedDocument): Shown<string> {
  const entry = doc.frontMatter?.entries.find((e) => e.key === 'severity');
  if (!entry || entry.value === null || entry.value === undefined || entry.value === '') return { state: 'missing' };
  if (typeof entry.value !== 'string' && typeof entry.value !== 'number') return { state: 'unreadable', text: JSON.stringify(entry.value) };
  const s = String(entry.value).trim();
  if (!s || isOnlyPlaceholders(s)) return { state: 'missing' };
  return { state: 'ok', value: s };
}

function durationOf(facts: Facts): Shown<ShownDuration> {
  const d = facts.durations[0];
  if (d) return { state: 'ok', value: { minutes: d.value.minutes, approximate: d.value.approximate, source: 'stated' } };
  const un = facts.unreadableDurations[0];
  if (un) return { state: 'unreadable', text: un.text };
  // No duration written: started → resolved is a computation, not a guess.
  const s = facts.milestones.started?.value;
  const r = facts.milestones.resolved?.value;
  const minutes = s && r ? diffMinutes(s, r) : undefined;
  if (minutes !== undefined) return { state: 'ok', value: { minutes, approximate: false, source: 'computed' } };
  return { state: 'missing' };
}

/** `id` − started, in minutes. */
function between(facts: Facts, id: MilestoneId): Shown<number> {
  const unreadable = facts.unreadableMilestones.find((u) => u.id === id || u.id === 'started');
  const s = facts.milestones.started?.value;
  const e = facts.milestones[id]?.value;
  if (s && e) {
    const m = diffMinutes(s, e);
    return m === undefined ? { state: 'unreadable', text: '' } : { state: 'ok', value: m };
  }
  if (unreadable) return { state: 'unreadable', text: unreadable.text };
  return { state: 'missing' };
}

/** Minutes from `a` to `b`: from instants, or from wall-clock times when neither has a zone. */
function diffMinutes(a: Timestamp, b: Timestamp): number | undefined {
  if (a.epochMs !== null && b.epochMs !== null) return (b.epochMs - a.epochMs) / 60000;
  if (a.zone === null && b.zone === null) {
    const x = localMs(a.localIso);
    const y = localMs(b.localIso);
    if (x !== undefined && y !== undefined) return (y - x) / 60000;
  }
  return undefined;
}

/** A dated local time as if it were UTC, for differences between times in one unknown zone. */
function localMs(localIso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(localIso)) return undefined;
  const ms = Date.parse(`${localIso}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}

function servicesOf(facts: Facts): Shown<string[]> {
  const withNames = facts.services.find((s) => s.readable && s.names.length > 0);
  if (withNames) return { state: 'ok', value: withNames.names.map((n) => n.name) };
  const unreadable = facts.services.find((s) => !s.readable);
  if (unreadable) return { state: 'unreadable', text: unreadable.occurrence.text };
  return { state: 'missing' };
}

function serversOf(facts: Facts): Shown<ShownServers> {
  const s = facts.servers.find((x) => x.value.na || x.value.restored !== undefined) ?? facts.servers[0];
  if (s) {
    const v = s.value;
    if (v.na) return { state: 'ok', value: { na: true, reason: v.reason } };
    const restored = v.restored;
    const total = v.total ?? facts.servers.find((x) => x.value.total !== undefined && (restored === undefined || x.value.restored === restored))?.value.total;
    return { state: 'ok', value: { restored, total, percent: percentOf(restored, total, v.percent) } };
  }
  const un = facts.unreadableServers[0];
  if (un) return { state: 'unreadable', text: un.text };
  return { state: 'missing' };
}

function usersOf(fields: ExtractedFields, facts: Facts): Shown<ShownUsers> {
  const first = facts.users.find((u) => u.value.affected !== undefined) ?? facts.users.find((u) => u.value.percent != null);
  if (first) {
    const affected = first.value.affected;
    // A total stated elsewhere (front matter `users_total`, the prose) for the same count.
    const total = first.value.total ?? facts.users.find((u) => u.value.total !== undefined && (affected === undefined || u.value.affected === affected))?.value.total;
    const statedPercent = first.value.percent ?? facts.users.find((u) => u.value.percent != null && u.value.affected === affected)?.value.percent ?? null;
    return { state: 'ok', value: { affected, total, percent: percentOf(affected, total, statedPercent) } };
  }
  const prose = (fields.byField.get('user_impact') ?? []).find((o) => !o.empty && !o.placeholderOnly);
  if (prose) return { state: 'unreadable', text: prose.text };
  return { state: 'missing' };
}

function percentOf(part: number | undefined, whole: number | undefined, stated: number | null | undefined): number | undefined {
  if (part !== undefined && whole !== undefined && whole > 0) return (part / whole) * 100;
  return stated ?? undefined;
}

function timelineOf(facts: Facts, timeline: ReturnType<typeof extractTimeline>): PreviewTimeline {
  const present = timeline.section !== undefined || timeline.entries.length > 0;
  const timed = timeline.entries.filter((e) => e.time !== null);
  const epoch = timed.length > 0 && timed.every((e) => e.time!.epochMs !== null);
  const allDated = timed.every((e) => localMs(e.time!.localIso) !== undefined);
  const mode: PreviewTimeline['mode'] = epoch ? 'epoch' : 'local';

  // Positions: instants; else dated wall-clock times; else minutes of the day, rolling over midnight.
  let day = 0;
  let lastMinutes: number | undefined;
  const positionOf = (t: Timestamp): number | null => {
    if (epoch) return t.epochMs;
    if (allDated) return localMs(t.localIso) ?? null;
    const m = /T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(t.localIso);
    if (!m) return null;
    const minutes = Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
    if (lastMinutes !== undefined && minutes + 12 * 60 < lastMinutes) day++;
    lastMinutes = minutes;
    return (day * 1440 + minutes) * 60000;
  };

  const milestones: PreviewMilestone[] = [];
  if (epoch || allDated) {
    for (const id of MILESTONES) {
      const m = facts.milestones[id]?.value;
      if (!m) continue;
      const at = epoch ? m.epochMs : m.zone === null ? localMs(m.localIso) ?? null : null;
      if (at !== null) milestones.push({ id, at, localIso: m.localIso });
    }
  }

  const entries: PreviewEntry[] = timeline.entries.map((e, i) => {
    const at = e.time ? positionOf(e.time) : null;
    const ids = new Set<MilestoneId>();
    if (e.milestone) ids.add(e.milestone);
    if (at !== null) for (const m of milestones) if (m.at === at) ids.add(m.id);
    return {
      number: i + 1,
      localIso: e.time?.localIso ?? null,
      zone: e.time?.zone ?? null,
      at,
      text: e.text,
      milestones: MILESTONES.filter((id) => ids.has(id)),
    };
  });
  return { present, zone: timeline.zone?.zone, mode, entries, milestones };
}
