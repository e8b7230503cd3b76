/**
 * Hover: what a field means, the normalized value of a duration, timestamp, count or ratio, and
 * the TTD/TTM/TTR metrics of the front matter milestones (SPEC sections 4 and 7).
 *
 * The markdown is plain MarkupContent: no `command:` links, and document text is escaped, so a
 * client that renders HTML in hovers shows a document's `<script>` as text.
 */
import { MarkupKind, type Hover, type HoverParams, type Position } from 'vscode-languageserver';
import { type LintResult, type Locale, type OffsetRange, type PostmortemConfig, fieldSpec, fieldLabel, fieldDescription, textFor, MILESTONES, maskComments, type MilestoneId, findCounts, findDurations, findRatios, findTimestamps, formatCount, formatDuration, formatTimestamp, type Duration, type Found, type Ratio, type Timestamp, inZone } from '../core/index';
import type { Feature, ServerContext } from './server';
import type { LintedDocument } from './lint-engine';
import { toRange } from './convert';
import { describeKey, frontMatterKey } from './front-matter-keys';
import { offsetText } from '../core/index';

/** What a hover shows: markdown and the range it is about. */
export interface HoverInfo {
  /** Markdown, with every piece of document text escaped. */
  markdown: string;
  /** The expression, key or heading hovered. */
  range: OffsetRange;
}

/** Time-to metrics: each is a milestone minus `started`. */
const METRICS: ReadonlyArray<{ id: 'TTD' | 'TTM' | 'TTR'; milestone: MilestoneId; key: 'ttd' | 'ttm' | 'ttr' }> = [
  { id: 'TTD', milestone: 'detected', key: 'ttd' },
  { id: 'TTM', milestone: 'mitigated', key: 'ttm' },
  { id: 'TTR', milestone: 'resolved', key: 'ttr' },
];

/** The hover labels of a locale. */
const labels = (locale: Locale) => textFor(locale).hover;

/** Escapes document text for markdown: no HTML, no links, no emphasis; one line, at most 200 characters. */
export function escapeMarkdown(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > 200 ? `${one.slice(0, 199)}…` : one;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~:])/g, '\\$1');
}

/** The hover at an offset of a linted document, or undefined when there is nothing to say. */
export function hoverAt(result: LintResult, offset: number, config: PostmortemConfig, locale: Locale): HoverInfo | undefined {
  const doc = result.doc;
  if (!doc) return undefined;
  const inside = (r: OffsetRange) => r.start <= offset && offset <= r.end;

  const fm = doc.frontMatter;
  if (fm && offset >= fm.range.start && offset < fm.range.end) {
    const entry = fm.entries.find((e) => inside(e.keyRange) || (e.valueRange.end > e.valueRange.start && inside(e.valueRange)));
    if (!entry) return undefined;
    const onKey = inside(entry.keyRange);
    if ((MILESTONES as readonly string[]).includes(entry.key)) {
      return { markdown: milestoneMarkdown(result, entry.key as MilestoneId, config, locale), range: onKey ? entry.keyRange : entry.valueRange };
    }
    if (!onKey) {
      const value = valueAt(result, offset, config, locale);
      if (value) return value;
    }
    const key = frontMatterKey(entry.key);
    if (!key) return undefined;
    const spec = key.field ? fieldSpec(key.field) : undefined;
    const head = `**${entry.key}**${spec ? ` · ${labels(locale).field} \`${spec.id}\`` : ''}`;
    return { markdown: `${head}\n\n${describeKey(key, locale)}`, range: entry.keyRange };
  }

  const heading = result.fields?.sections.find((s) => s.field && inside(s.section.headingRange));
  if (heading?.field) {
    const spec = fieldSpec(heading.field);
    const written = doc.text.slice(heading.section.titleRange.start, heading.section.titleRange.end);
    const required = (result.required ?? config.required).includes(spec.id) ? labels(locale).required : labels(locale).optional;
    const label = fieldLabel(spec.id, locale);
    return {
      markdown: `**${escapeMarkdown(written)}** → ${labels(locale).field} \`${spec.id}\` (${label}, ${required})\n\n${fieldDescription(spec.id, locale)}`,
      range: heading.section.headingRange,
    };
  }
  return valueAt(result, offset, config, locale);
}

/** How far around the cursor a line is read. */
const WINDOW = 400;

/** A ratio, duration, timestamp or count under the offset, read from its line. */
function valueAt(result: LintResult, offset: number, config: PostmortemConfig, locale: Locale): HoverInfo | undefined {
  const doc = result.doc!;
  const line = doc.lines.positionAt(offset).line;
  // A very long line (minified HTML, a data dump) is read only around the cursor.
  const lineStart = doc.lines.lineStarts[line];
  const lineEnd = doc.lines.lineEnd(line);
  const base = Math.max(lineStart, offset - WINDOW);
  const text = maskComments(doc.text.slice(base, Math.min(lineEnd, offset + WINDOW)));
  const rel = offset - base;
  const at = <V>(found: Found<V>[]) => found.find((f) => f.start <= rel && rel < f.end);
  const range = (f: Found<unknown>) => ({ start: base + f.start, end: base + f.end });

  const ratio = at(findRatios(text));
  if (ratio) return { markdown: ratioMarkdown(ratio.value, locale), range: range(ratio) };

  const duration = at(findDurations(text));
  if (duration) return { markdown: durationMarkdown(duration.value, locale), range: range(duration) };

  // A timeline entry's time was read with the date and zone carried from the entries before it.
  const entry = result.timeline?.entries.find((e) => e.time && e.timeRange.start <= offset && offset < e.timeRange.end);
  if (entry?.time) return { markdown: timestampMarkdown(entry.time, locale, result.timeline?.zone ? 'timeline' : 'config'), range: entry.timeRange };
  const ts = at(findTimestamps(text, { date: contextDate(result, offset), zone: config.timezone || undefined }));
  if (ts) return { markdown: timestampMarkdown(ts.value, locale, 'config'), range: range(ts) };

  const count = at(findCounts(text));
  if (count && formatCount(count.value) !== text.slice(count.start, count.end).trim()) {
    return { markdown: `**${labels(locale).count}**: ${formatCount(count.value)}`, range: range(count) };
  }
  return undefined;
}

/** The date of the nearest dated context before an offset: a timeline entry, else the front matter. */
function contextDate(result: LintResult, offset: number): string | undefined {
  const before = result.timeline?.entries.filter((e) => e.time?.hasDate && e.range.start < offset).pop();
  if (before?.time) return before.time.localIso.slice(0, 10);
  const date = result.doc?.frontMatter?.data?.date;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  return result.facts?.milestones.started?.value.localIso.slice(0, 10);
}

function minutesText(minutes: number, locale: Locale): string {
  return `${formatCount(Math.round(minutes * 100) / 100)}${labels(locale).min}`;
}

function durationMarkdown(d: Duration, locale: Locale): string {
  const t = labels(locale);
  const main = `${d.approximate ? t.about : ''}${formatDuration(d.minutes, locale)} (${minutesText(d.minutes, locale)})`;
  return `**${t.duration}**: ${main}${d.kind === 'range' ? `\n\n${t.fromRange}` : ''}`;
}

function ratioMarkdown(r: Ratio, locale: Locale): string {
  const t = labels(locale);
  const share = r.whole > 0 ? ` = ${formatCount(Math.round((r.part / r.whole) * 1000) / 10)} %` : '';
  let md = `**${t.ratio}**: ${formatCount(r.part)} / ${formatCount(r.whole)}${share}`;
  if (r.percent !== null && r.percent !== undefined) md += ` (${t.stated}: ${formatCount(r.percent)} %)`;
  return md;
}

/** `2022-10-15T15:19+09:00` for a timestamp with a known offset, else its local ISO text. */
function isoOf(ts: Timestamp): string {
  if (ts.offsetMinutes === null) return ts.localIso;
  return `${ts.localIso}${ts.offsetMinutes === 0 ? 'Z' : offsetText(ts.offsetMinutes)}`;
}

/** A timestamp's normalized forms; `context` says where a zone not written with it came from. */
function timestampMarkdown(ts: Timestamp, locale: Locale, context: 'timeline' | 'config'): string {
  const t = labels(locale);
  const lines = [`**${t.timestamp}**: ${isoOf(ts)}${ts.epochMs !== null ? ` (${formatTimestamp(ts.epochMs, 'UTC')})` : ''}`];
  if (ts.zone !== null && ts.offsetMinutes !== null) {
    lines.push(`${t.zone}: ${escapeMarkdown(ts.zone)} (UTC${offsetText(ts.offsetMinutes)}), ${ts.hasZone ? t.zoneWritten : context === 'timeline' ? t.zoneTimeline : t.zoneConfig}`);
  } else lines.push(t.noZone);
  if (!/^\d{4}-/.test(ts.localIso)) lines.push(t.noDate);
  return lines.join('\n\n');
}

/**
 * The milestone, its value, and TTD, TTM and TTR with their definitions. A milestone written
 * without a zone is read in the configured `timezone`, as the rules read it.
 */
function milestoneMarkdown(result: LintResult, id: MilestoneId, config: PostmortemConfig, locale: Locale): string {
  const t = labels(locale);
  const facts = result.facts?.milestones ?? {};
  const ms: Partial<Record<MilestoneId, { value: Timestamp }>> = {};
  for (const m of MILESTONES) {
    const stated = facts[m];
    if (stated) ms[m] = { value: inZone(stated.value, config.timezone) };
  }
  const key = frontMatterKey(id);
  const own = ms[id]?.value;
  const parts = [`**${t.milestone} \`${id}\`**: ${key ? describeKey(key, locale) : ''}`];
  if (own) parts.push(`${isoOf(own)}${own.epochMs !== null ? ` (${formatTimestamp(own.epochMs, 'UTC')})` : ''}`);
  const started = ms.started?.value.epochMs ?? null;
  // A milestone written as 2024-02-30 or 25:61 is there but cannot be read: not "not stated".
  const unreadable = new Set(result.facts?.unreadableMilestones.map((u) => u.id) ?? []);
  const rows = METRICS.map((m) => {
    const end = ms[m.milestone]?.value.epochMs ?? null;
    let value: string = unreadable.has('started') || unreadable.has(m.milestone) ? t.unreadable : t.notStated;
    if (started !== null && end !== null) {
      const minutes = (end - started) / 60000;
      value = `${formatDuration(minutes, locale)}${minutes < 0 ? ` (${t.outOfOrder})` : ''}`;
    }
    return `| ${m.id} | ${value} | ${t[m.key]} |`;
  });
  parts.push([`| ${t.metric} | ${t.value} | ${t.definition} |`, '| --- | --- | --- |', ...rows].join('\n'));
  const resolved = ms.resolved?.value.epochMs ?? null;
  if (started !== null && resolved !== null) parts.push(`started → resolved = ${formatDuration((resolved - started) / 60000, locale)}`);
  return parts.join('\n\n');
}

/** The hover of a linted document at a position, computed where the lint result is (the lint worker). */
export function hoverAnswer(linted: LintedDocument, position: Position, locale: Locale): Hover | null {
  const result = linted.result;
  if (!result?.doc) return null;
  const info = hoverAt(result, linted.lines.offsetAt(position), linted.config, locale);
  if (!info) return null;
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toRange(linted.lines, info.range) };
}

/** How long a hover waits at most for a lint: when the document changed where the cursor is, or none has finished yet. */
const HOVER_WAIT_MS = 5000;

/** Registers `textDocument/hover`: answered by the lint worker from the last finished lint. */
export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx: ServerContext) {
    ctx.connection.onHover(
      ctx.guard('hover', null, async (params: HoverParams): Promise<Hover | null> => {
        const a = await ctx.ask(params.textDocument.uri, { kind: 'hover', position: params.position }, { current: false, waitMs: HOVER_WAIT_MS });
        return a?.value ?? null;
      }),
    );
  },
};
