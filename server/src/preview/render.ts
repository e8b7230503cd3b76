/**
 * HTML of the preview: the summary card and the timeline. Every string that comes from the
 * document goes through `escape` (markdown-it's `utils.escapeHtml`), and every attribute is
 * double-quoted, so document text can never open a tag or an attribute.
 */
import { formatDuration, formatCount, type MilestoneId } from '../core/index';
import { labelsFor, type PreviewLabels, type PreviewLocale } from './labels';
import type { PreviewEntry, PreviewModel, PreviewTimeline, Shown, ShownServers, ShownUsers, MetricId } from './model';

/** Escapes text for HTML content and double-quoted attributes. */
export type Escape = (text: string) => string;

/** Options of {@link renderPreview}. */
export interface RenderOptions {
  /** Gaps between timeline points longer than this many minutes are drawn shortened, with a break mark. Default 180. */
  compressGapsLongerThanMinutes?: number;
  /** At most this many services are listed; the rest are counted. Default 24. */
  maxServices?: number;
}

/** Width of the timeline's viewBox. */
const W = 600;
const X0 = 48;
const X1 = W - 48;

/** Renders the card and the timeline. */
export function renderPreview(model: PreviewModel, escape: Escape, options: RenderOptions = {}): string {
  const L = labelsFor(model.locale);
  const h = new Html(escape);
  const out: string[] = [];
  out.push(`<div class="postmortem-preview" data-postmortem-preview="" lang="${model.locale}">`);
  out.push(`<section class="pm-card" aria-label="${h.t(L.card)}">`);
  out.push('<dl class="pm-facts">');
  out.push(fact('severity', L.severity, severityHtml(h, L, model.severity)));
  out.push(fact('duration', L.duration, durationHtml(h, L, model)));
  for (const id of ['ttd', 'ttm', 'ttr'] as MetricId[]) out.push(metricHtml(h, L, id, model.metrics[id], model.locale));
  out.push(fact('services', L.services, servicesHtml(h, L, model.services, options.maxServices ?? 24), 'pm-fact-wide'));
  out.push(fact('servers', L.servers, serversHtml(h, L, model.servers), 'pm-fact-wide'));
  out.push(fact('users', L.users, usersHtml(h, L, model.users), 'pm-fact-wide'));
  out.push('</dl>');
  out.push('</section>');
  out.push(timelineHtml(h, L, model, options.compressGapsLongerThanMinutes ?? 180));
  out.push('</div>');
  return out.join('\n');
}

/** Escaping helpers bound to one escape function. */
class Html {
  constructor(private readonly escape: Escape) {}
  /** Escaped text. */
  t(s: string): string {
    return this.escape(s);
  }
  /** The mark of a value the document does not state, or that could not be read. */
  missing(L: PreviewLabels, shown: { state: 'missing' } | { state: 'unreadable'; text: string }): string {
    if (shown.state === 'missing') return `<span class="missing" title="${this.t(L.notStated)}">—</span>`;
    const text = plain(shown.text, 120);
    const title = text ? `${L.unreadable}: ${text}` : L.unreadable;
    return `<span class="missing unreadable" title="${this.t(title)}">—</span>`;
  }
}

function fact(field: string, label: string, valueHtml: string, extraClass = ''): string {
  return `<div class="pm-fact${extraClass ? ` ${extraClass}` : ''}" data-field="${field}"><dt>${escapeOwn(label)}</dt><dd>${valueHtml}</dd></div>`;
}

/** Our own labels contain no markup, but are escaped all the same. */
function escapeOwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function severityHtml(h: Html, L: PreviewLabels, s: Shown<string>): string {
  if (s.state !== 'ok') return h.missing(L, s);
  const level = /\d/.exec(s.value)?.[0];
  return `<span class="pm-badge pm-sev${level ? ` pm-sev-${level}` : ''}">${h.t(s.value)}</span>`;
}

function durationHtml(h: Html, L: PreviewLabels, model: PreviewModel): string {
  const d = model.duration;
  if (d.state !== 'ok') return h.missing(L, d);
  const text = `${d.value.approximate ? `${L.about} ` : ''}${formatDuration(d.value.minutes, model.locale)}`;
  const computed = d.value.source === 'computed';
  return `<span class="pm-value${computed ? ' pm-computed' : ''}" data-minutes="${num(d.value.minutes)}"${computed ? ` title="${h.t(L.computed)}"` : ''}>${h.t(text)}</span>`;
}

function metricHtml(h: Html, L: PreviewLabels, id: MetricId, m: Shown<number>, locale: PreviewLocale): string {
  const label = L[id];
  const title = L[`${id}Title`];
  const value = m.state === 'ok' ? `<span class="pm-value" data-minutes="${num(m.value)}">${h.t(formatDuration(m.value, locale))}</span>` : h.missing(L, m);
  return `<div class="pm-fact pm-metric" data-field="${id}"><dt><abbr title="${h.t(title)}">${h.t(label)}</abbr></dt><dd>${value}</dd></div>`;
}

function servicesHtml(h: Html, L: PreviewLabels, s: Shown<string[]>, max: number): string {
  if (s.state !== 'ok') return h.missing(L, s);
  const shown = s.value.slice(0, max);
  const items = shown.map((name) => `<li class="pm-service">${h.t(name)}</li>`);
  if (s.value.length > shown.length) items.push(`<li class="pm-service pm-more">${h.t(L.moreServices(s.value.length - shown.length))}</li>`);
  return `<ul class="pm-services" data-count="${s.value.length}">${items.join('')}</ul>`;
}

function serversHtml(h: Html, L: PreviewLabels, s: Shown<ShownServers>): string {
  if (s.state !== 'ok') return h.missing(L, s);
  const v = s.value;
  if (v.na) {
    const reason = plain(v.reason ?? '', 400);
    const note = plain(reason, 120);
    return `<span class="pm-value pm-na" data-na=""${reason && reason !== note ? ` title="${h.t(reason)}"` : ''}>${h.t(L.notApplicable)}</span>${note ? ` <span class="pm-note">${h.t(note)}</span>` : ''}`;
  }
  const r = v.restored !== undefined ? formatCount(v.restored) : undefined;
  const t = v.total !== undefined ? formatCount(v.total) : undefined;
  const alone = r !== undefined && t === undefined;
  const countsHtml = alone ? fill(h, L.serversCount(A), { [A]: h.t(r) }) : fill(h, L.serversOf(A, B), { [A]: r !== undefined ? h.t(r) : h.missing(L, { state: 'missing' }), [B]: t !== undefined ? h.t(t) : h.missing(L, { state: 'missing' }) });
  const pct = v.percent !== undefined ? L.percent(pctText(v.percent)) : undefined;
  const title = `${alone ? L.serversCount(r) : L.serversOf(r ?? '—', t ?? '—')}${pct ? ` (${pct})` : ''}`;
  const attrs = `${v.restored !== undefined ? ` data-restored="${num(v.restored)}"` : ''}${v.total !== undefined ? ` data-total="${num(v.total)}"` : ''}${v.percent !== undefined ? ` data-percent="${pctText(v.percent)}"` : ''}`;
  return `<div class="pm-servers"${attrs}>${v.percent !== undefined ? bar(h, v.percent, title) : ''}<span class="pm-value">${countsHtml}${pct ? ` <span class="pm-percent">(${h.t(pct)})</span>` : ''}</span></div>`;
}

/** Placeholders in label templates. */
const A = '\u0001';
const B = '\u0002';

/** A label template with its placeholders replaced by HTML, the rest escaped. */
function fill(h: Html, template: string, values: Record<string, string>): string {
  return template
    .split(/([\u0001\u0002])/)
    .map((part) => (Object.hasOwn(values, part) ? values[part] : h.t(part)))
    .join('');
}

/** A bar filled to `percent`, as SVG (no inline styles). */
function bar(h: Html, percent: number, title: string): string {
  const w = Math.max(0, Math.min(100, percent));
  return `<svg class="pm-bar" viewBox="0 0 100 6" width="100%" height="8" preserveAspectRatio="none" fill="currentColor" role="img" aria-label="${h.t(title)}"><title>${h.t(title)}</title><rect class="pm-bar-track" x="0" y="0" width="100" height="6" rx="1.5" fill-opacity="0.2"></rect><rect class="pm-bar-fill" x="0" y="0" width="${num(w)}" height="6" rx="1.5"></rect></svg>`;
}

function usersHtml(h: Html, L: PreviewLabels, s: Shown<ShownUsers>): string {
  if (s.state !== 'ok') return h.missing(L, s);
  const v = s.value;
  const parts: string[] = [];
  const pct = v.percent !== undefined ? L.percent(pctText(v.percent)) : undefined;
  if (v.affected !== undefined) {
    const a = h.t(formatCount(v.affected));
    parts.push(v.total !== undefined ? fill(h, L.usersOf(A, B), { [A]: a, [B]: h.t(formatCount(v.total)) }) : fill(h, L.usersCount(A), { [A]: a }));
    if (pct) parts.push(`<span class="pm-percent">(${h.t(pct)})</span>`);
  } else if (pct) parts.push(h.t(pct));
  const attrs = `${v.affected !== undefined ? ` data-affected="${num(v.affected)}"` : ''}${v.total !== undefined ? ` data-total="${num(v.total)}"` : ''}${v.percent !== undefined ? ` data-percent="${pctText(v.percent)}"` : ''}`;
  return `<span class="pm-value pm-users"${attrs}>${parts.join(' ')}</span>`;
}

// ---------------------------------------------------------------------------------------------
// Timeline

function timelineHtml(h: Html, L: PreviewLabels, model: PreviewModel, compressMinutes: number): string {
  const tl = model.timeline;
  const out: string[] = [];
  const zone = displayZone(tl);
  out.push(`<section class="pm-timeline" aria-label="${h.t(L.timeline)}" data-mode="${tl.mode}">`);
  out.push(`<div class="pm-timeline-head"><span class="pm-timeline-title">${h.t(L.timeline)}</span>${zone ? ` <span class="pm-timeline-zone">${h.t(L.timesIn(zone))}</span>` : ''}</div>`);
  if (tl.entries.length === 0) {
    out.push(`<p class="pm-timeline-empty">${h.missing(L, tl.present ? { state: 'unreadable', text: '' } : { state: 'missing' })}</p>`);
    out.push('</section>');
    return out.join('\n');
  }
  const svg = timelineSvg(h, L, tl, zone, compressMinutes * 60000, model.locale);
  if (svg) out.push(svg);
  out.push(`<ol class="pm-tl-list">`);
  let lastDate: string | undefined;
  for (const e of tl.entries) {
    const ms = e.milestones;
    const cls = `pm-tl-item${ms.length ? ` pm-milestone pm-ms-${ms[0]}` : ''}${e.at === null ? ' pm-unplaced' : ''}`;
    const time = timeText(e, zone, lastDate);
    if (e.localIso && /^\d{4}-\d{2}-\d{2}/.test(e.localIso)) lastDate = e.localIso.slice(0, 10);
    const timeHtml = e.localIso
      ? `<time class="pm-tl-time" datetime="${h.t(datetimeAttr(e.localIso))}"${e.at === null ? ` title="${h.t(L.unplaced)}"` : ''}>${h.t(time)}</time>`
      : `<span class="pm-tl-time">${h.missing(L, { state: 'unreadable', text: '' })}</span>`;
    const tags = ms.map((id) => `<span class="pm-tl-tag pm-ms-${id}">${h.t(L.milestones[id])}</span>`).join('');
    out.push(
      `<li class="${cls}" value="${e.number}" data-entry="${e.number}"${e.at !== null ? ` data-at="${num(e.at)}"` : ''}${ms.length ? ` data-milestones="${ms.join(' ')}"` : ''}>` +
        `<span class="pm-tl-num" aria-hidden="true">${e.number}</span>${timeHtml}<span class="pm-tl-body">${tags ? `<span class="pm-tl-tags">${tags}</span>` : ''}<span class="pm-tl-text">${h.t(plain(e.text, 400))}</span></span></li>`,
    );
  }
  out.push('</ol>');
  out.push('</section>');
  return out.join('\n');
}

/** The zone the document states for its timeline, else the one zone all entries share. */
function displayZone(tl: PreviewTimeline): string | undefined {
  if (tl.zone) return tl.zone;
  const zones = new Set(tl.entries.map((e) => e.zone));
  if (zones.size === 1) {
    const z = [...zones][0];
    return z ?? undefined;
  }
  return undefined;
}

/** `2022-10-15 15:19` for the first entry and on a new day, `15:19` otherwise; the zone when it differs. */
function timeText(e: PreviewEntry, zone: string | undefined, lastDate: string | undefined): string {
  const iso = e.localIso ?? '';
  const m = /^(\d{4}-\d{2}-\d{2})?T(\d{2}:\d{2}(?::\d{2})?)$/.exec(iso);
  if (!m) return iso;
  const date = m[1] && m[1] !== lastDate ? `${m[1]} ` : '';
  const z = e.zone && e.zone !== zone ? ` ${e.zone}` : '';
  return `${date}${m[2]}${z}`;
}

/** A `datetime` attribute value: a local date-time or a time. */
function datetimeAttr(localIso: string): string {
  return localIso.startsWith('T') ? localIso.slice(1) : localIso;
}

/** `15:19`, or `10-16 01:30` when the day differs from the first point's. */
function tickText(localIso: string, firstDate: string | undefined): string {
  const m = /^(\d{4})-(\d{2}-\d{2})T(\d{2}:\d{2})/.exec(localIso);
  if (m) return `${firstDate && `${m[1]}-${m[2]}` !== firstDate ? `${m[2]} ` : ''}${m[3]}`;
  return /T(\d{2}:\d{2})/.exec(localIso)?.[1] ?? '';
}

interface Point {
  at: number;
  x: number;
  localIso: string;
}

/**
 * The timeline as SVG: entries and milestones on one axis, positioned by time; gaps longer than
 * `compressMs` drawn as long as `compressMs` with a break mark. Numbers above the axis match the
 * list below; milestones are labelled under the axis.
 */
function timelineSvg(h: Html, L: PreviewLabels, tl: PreviewTimeline, zone: string | undefined, compressMs: number, locale: PreviewLocale): string | undefined {
  const placed = tl.entries.filter((e): e is PreviewEntry & { at: number } => e.at !== null);
  if (placed.length === 0) return undefined;
  const byAt = new Map<number, string>();
  for (const e of placed) if (!byAt.has(e.at)) byAt.set(e.at, e.localIso ?? '');
  for (const m of tl.milestones) if (!byAt.has(m.at)) byAt.set(m.at, m.localIso);
  const ats = [...byAt.keys()].sort((a, b) => a - b);

  // Effective offsets, long gaps shortened.
  const eff: number[] = [0];
  const breaks: Array<{ from: number; to: number; gapMs: number }> = [];
  for (let i = 1; i < ats.length; i++) {
    const gap = ats[i] - ats[i - 1];
    const shortened = compressMs > 0 && gap > compressMs;
    if (shortened) breaks.push({ from: i - 1, to: i, gapMs: gap });
    eff.push(eff[i - 1] + (shortened ? compressMs : gap));
  }
  const total = eff[eff.length - 1];
  const xs = eff.map((o) => (total > 0 ? X0 + (o / total) * (X1 - X0) : (X0 + X1) / 2));
  const points: Point[] = ats.map((at, i) => ({ at, x: xs[i], localIso: byAt.get(at)! }));
  const xOf = new Map(points.map((p) => [p.at, p.x] as const));

  // Number labels above the axis, stacked in rows when they would overlap.
  const numberRows = stack(placed.map((e) => ({ x: xOf.get(e.at)!, width: 8 * String(e.number).length + 8 })), 6);
  const rows = Math.max(1, ...numberRows.map((r) => r + 1));
  const axisY = 8 + rows * 16 + 10;

  // Milestone labels under the axis; milestones at one instant share a label.
  const msGroups: Array<{ at: number; ids: MilestoneId[] }> = [];
  for (const m of tl.milestones) {
    const g = msGroups.find((x) => x.at === m.at);
    if (g) g.ids.push(m.id);
    else msGroups.push({ at: m.at, ids: [m.id] });
  }
  const msLabels = msGroups.map((g) => g.ids.map((id) => L.milestones[id]).join(' · '));
  const msRows = stack(msGroups.map((g, i) => ({ x: xOf.get(g.at)!, width: textWidth(msLabels[i], locale) + 10 })), 4);
  const msRowCount = msGroups.length ? Math.max(...msRows.map((r) => r + 1)) : 0;
  const tickY = axisY + 20 + msRowCount * 15 + (msRowCount ? 6 : 0);
  const height = tickY + 8;

  const out: string[] = [];
  out.push(`<div class="pm-tl-scroll"><svg class="pm-tl-svg" viewBox="0 0 ${W} ${height}" width="100%" preserveAspectRatio="xMidYMin meet" role="list" aria-label="${h.t(L.timeline)}" fill="currentColor" xmlns="http://www.w3.org/2000/svg">`);

  // Axis, one segment per gap; shortened gaps dashed, with a break mark.
  out.push('<g class="pm-tl-axis" aria-hidden="true" stroke="currentColor" stroke-opacity="0.5">');
  if (points.length === 1) out.push(`<line x1="${X0}" y1="${axisY}" x2="${X1}" y2="${axisY}"></line>`);
  for (let i = 1; i < points.length; i++) {
    const short = breaks.some((b) => b.to === i);
    out.push(`<line class="${short ? 'pm-tl-axis-short' : 'pm-tl-axis-seg'}" x1="${num(points[i - 1].x)}" y1="${axisY}" x2="${num(points[i].x)}" y2="${axisY}"></line>`);
  }
  out.push('</g>');
  for (const b of breaks) {
    const x = (points[b.from].x + points[b.to].x) / 2;
    const label = L.gap(formatDuration(b.gapMs / 60000, locale));
    out.push(
      `<g class="pm-tl-break" role="listitem" stroke="currentColor" data-gap-minutes="${num(b.gapMs / 60000)}"><title>${h.t(label)}</title>` +
        `<line x1="${num(x - 6)}" y1="${axisY + 7}" x2="${num(x - 1)}" y2="${axisY - 7}"></line>` +
        `<line x1="${num(x + 1)}" y1="${axisY + 7}" x2="${num(x + 6)}" y2="${axisY - 7}"></line></g>`,
    );
  }

  // Milestone markers and labels.
  msGroups.forEach((g, i) => {
    const x = xOf.get(g.at)!;
    const y = axisY + 20 + msRows[i] * 15;
    const when = tl.milestones.find((m) => m.at === g.at)!.localIso.replace('T', ' ').slice(0, 16);
    out.push(
      `<g class="pm-tl-ms pm-ms-${g.ids[0]}" role="listitem" data-milestones="${g.ids.join(' ')}"><title>${h.t(`${msLabels[i]} ${when}`)}</title>` +
        `<path d="M${num(x)} ${axisY + 4} l4 6 h-8 z"></path>` +
        `<text x="${num(x)}" y="${y}" text-anchor="${anchor(x)}">${h.t(msLabels[i])}</text></g>`,
    );
  });

  // Entries: a dot, a diamond for milestones (drawn last, on top), and the entry's number above.
  const drawOrder = placed.map((_, i) => i).sort((a, b) => Number(placed[a].milestones.length > 0) - Number(placed[b].milestones.length > 0) || a - b);
  const entryGroups: string[] = new Array<string>(placed.length);
  placed.forEach((e, i) => {
    const x = xOf.get(e.at)!;
    const y = axisY - 14 - numberRows[i] * 16;
    const ms = e.milestones;
    const title = `${e.number}. ${timeText(e, zone, undefined)}${ms.length ? ` [${ms.map((id) => L.milestones[id]).join(', ')}]` : ''} — ${plain(e.text, 300)}`;
    const marker = ms.length
      ? `<path class="pm-tl-marker" d="M${num(x)} ${axisY - 7} l7 7 l-7 7 l-7 -7 z"></path>`
      : `<circle class="pm-tl-marker" cx="${num(x)}" cy="${axisY}" r="4.5"></circle>`;
    const leader = numberRows[i] > 0 ? `<line class="pm-tl-leader" stroke="currentColor" stroke-opacity="0.4" x1="${num(x)}" y1="${y + 3}" x2="${num(x)}" y2="${axisY - 8}"></line>` : '';
    entryGroups[i] = (
      `<g class="pm-tl-entry${ms.length ? ` pm-milestone pm-ms-${ms[0]}` : ''}" role="listitem" data-entry="${e.number}" data-at="${num(e.at)}" data-x="${num(x)}"><title>${h.t(title)}</title>` +
        `${leader}${marker}<text class="pm-tl-num-label" x="${num(x)}" y="${y}" text-anchor="middle">${e.number}</text></g>`
    );
  });
  for (const i of drawOrder) out.push(entryGroups[i]);

  // Time ticks: the ends and both sides of every break, skipping any that would overlap.
  const tickIdx = new Set<number>([0, points.length - 1]);
  for (const b of breaks) {
    tickIdx.add(b.from);
    tickIdx.add(b.to);
  }
  const firstDate = /^\d{4}-\d{2}-\d{2}/.exec(points[0].localIso)?.[0];
  let lastX = -Infinity;
  const ticks: string[] = [];
  for (const i of [...tickIdx].sort((a, b) => a - b)) {
    const p = points[i];
    const text = i === 0 ? tickText(p.localIso, undefined) : tickText(p.localIso, firstDate);
    if (!text || p.x - lastX < textWidth(text, locale) + 8) continue;
    lastX = p.x;
    ticks.push(`<text x="${num(p.x)}" y="${tickY}" text-anchor="${anchor(p.x)}">${h.t(text)}</text>`);
  }
  out.push(`<g class="pm-tl-ticks" aria-hidden="true">${ticks.join('')}</g>`);
  out.push('</svg></div>');
  return out.join('\n');
}

/** Row of each label (in the order given) so that labels in one row do not overlap. */
function stack(labels: Array<{ x: number; width: number }>, maxRows: number): number[] {
  const order = labels.map((l, i) => i).sort((a, b) => labels[a].x - labels[b].x || a - b);
  const rowEnds: number[] = [];
  const rows: number[] = new Array<number>(labels.length).fill(0);
  for (const i of order) {
    const l = labels[i];
    let row = rowEnds.findIndex((end) => l.x - l.width / 2 >= end);
    if (row < 0) {
      if (rowEnds.length < maxRows) row = rowEnds.length;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = l.x + l.width / 2;
    rows[i] = row;
  }
  return rows;
}

function anchor(x: number): string {
  return x < X0 + 30 ? 'start' : x > X1 - 30 ? 'end' : 'middle';
}

/** Rough width of a label at the SVG's font size. */
function textWidth(s: string, locale: PreviewLocale): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]/.test(ch) ? 12 : labelsFor(locale).charWidth;
  return w;
}

/** Document text made readable as plain text: links, emphasis and code marks dropped; whitespace folded; shortened. */
export function plain(s: string, max: number): string {
  let t = s
    .slice(0, max * 4 + 200)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length > max) t = `${t.slice(0, max - 1).trimEnd()}…`;
  return t;
}

/** A number for an attribute: at most 3 decimals, no exponent. */
function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** A percentage with at most one decimal: `37.5`, `87.7`, `100`. */
function pctText(p: number): string {
  return String(Math.round(p * 10) / 10);
}
