/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched; a
 * content security policy says so), readable in light and dark (`prefers-color-scheme`). Charts:
 * median time to resolve by month, incidents by severity and by service, open action items by owner.
 */
import type { IncidentReport } from '../core/index';
import { formatMinutes, incidents, rangeText, statCell } from './report-formats';

/** Text escaped for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const LIGHT = '--bg: #ffffff; --fg: #1f2328; --muted: #59636e; --grid: #d1d9e0; --bar: #0969da; --bar2: #cf222e; --card: #f6f8fa;';
const DARK = '--bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --grid: #3d444d; --bar: #4493f8; --bar2: #f85149; --card: #151b23;';

/**
 * In a VS Code webview the editor's theme, not the system's, decides: the webview's body has the
 * class `vscode-light`, `vscode-dark` or `vscode-high-contrast(-light)`.
 */
const EDITOR_THEMES = `
body.vscode-light, body.vscode-high-contrast-light { color-scheme: light; ${LIGHT} }
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) { color-scheme: dark; ${DARK} }
`;

const CSS = `
:root { color-scheme: light dark; ${LIGHT} }
@media (prefers-color-scheme: dark) { :root { ${DARK} } }
body { margin: 0 auto; max-width: 1100px; padding: 24px; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { background: var(--card); border: 1px solid var(--grid); border-radius: 6px; padding: 10px 14px; min-width: 140px; }
.card b { display: block; font-size: 20px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; background: var(--card); border: 1px solid var(--grid); border-radius: 6px; padding: 12px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg { display: block; width: 100%; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .muted { fill: var(--muted); }
svg .grid { stroke: var(--grid); stroke-width: 1; }
svg .bar { fill: var(--bar); } svg .bar2 { fill: var(--bar2); }
table { border-collapse: collapse; width: 100%; margin: 4px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--grid); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend { font-size: 12px; color: var(--muted); }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; vertical-align: -1px; }
.legend .bar-key { background: var(--bar); } .legend .bar2-key { background: var(--bar2); }
`;

interface Bar {
  label: string;
  value: number;
  /** A part of the bar drawn in the second color (overdue items). */
  part?: number;
  text: string;
}

function clip(s: string, n: number): string {
  return [...s].length > n ? [...s].slice(0, n - 1).join('') + '…' : s;
}

/** Horizontal bars, one row per item. */
function hbars(title: string, bars: Bar[], empty: string, legend = ''): string {
  if (bars.length === 0) return `<figure><figcaption>${esc(title)}</figcaption><p class="muted">${esc(empty)}</p></figure>`;
  const W = 480, left = 150, right = 110, row = 24;
  const H = bars.length * row + 8;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const scale = (W - left - right) / max;
  let g = '';
  bars.forEach((b, i) => {
    const y = 4 + i * row;
    const w = Math.max(b.value * scale, b.value > 0 ? 2 : 0);
    g += `<text x="${left - 8}" y="${y + 16}" text-anchor="end"><title>${esc(b.label)}</title>${esc(clip(b.label, 22))}</text>`;
    g += `<rect class="bar" x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}" rx="2"><title>${esc(`${b.label}: ${b.text}`)}</title></rect>`;
    if (b.part) g += `<rect class="bar2" x="${left}" y="${y + 3}" width="${Math.max(b.part * scale, 2).toFixed(1)}" height="${row - 8}" rx="2"/>`;
    g += `<text x="${(left + w + 6).toFixed(1)}" y="${y + 16}" class="muted">${esc(b.text)}</text>`;
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}"><line class="grid" x1="${left}" y1="0" x2="${left}" y2="${H}"/>${g}</svg>${legend}</figure>`;
}

/** Vertical bars of the median time to resolve per month. */
function ttrChart(r: IncidentReport): string {
  const title = 'Median time to resolve by month';
  const months = r.ttrByMonth.filter((m) => m.ttr.median !== null);
  if (months.length === 0) return `<figure><figcaption>${esc(title)}</figcaption><p class="muted">No incident states a time to resolve.</p></figure>`;
  const W = 480, H = 220, top = 24, bottom = 40, left = 44;
  const max = Math.max(...months.map((m) => m.ttr.median!), 1) / 60;
  const step = niceStep(max);
  const ceil = Math.ceil(max / step) * step;
  const plotH = H - top - bottom;
  const slot = (W - left - 8) / months.length;
  let g = '';
  for (let v = 0; v <= ceil + 1e-9; v += step) {
    const y = top + plotH - (v / ceil) * plotH;
    g += `<line class="grid" x1="${left}" y1="${y.toFixed(1)}" x2="${W - 4}" y2="${y.toFixed(1)}"/><text class="muted" x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${fmtHours(v)}</text>`;
  }
  months.forEach((m, i) => {
    const hours = m.ttr.median! / 60;
    const h = Math.max((hours / ceil) * plotH, 2);
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const label = `${m.month}: ${statCell(m.ttr)}`;
    g += `<rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="2"><title>${esc(label)}</title></rect>`;
    if (months.length <= 12) g += `<text class="muted" x="${(x + w / 2).toFixed(1)}" y="${(top + plotH - h - 5).toFixed(1)}" text-anchor="middle">${esc(formatMinutes(m.ttr.median))}${m.ttr.n === 1 ? '*' : ''}</text>`;
    if (months.length <= 12 || i % Math.ceil(months.length / 12) === 0) g += `<text x="${(x + w / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${esc(m.month)}</text>`;
  });
  const single = months.some((m) => m.ttr.n === 1) ? '<p class="legend">* one incident that month: its own time, not a median.</p>' : '';
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${g}</svg>${single}</figure>`;
}

function niceStep(max: number): number {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * pow) return m * pow;
  return 10 * pow;
}

function fmtHours(h: number): string {
  return `${Number.isInteger(h) ? h : h.toFixed(1)}h`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  return `<table><thead><tr>${head.map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** How the page is shown. */
export interface HtmlOptions {
  /** Follow the VS Code theme's class on the body (Show Incident Report's webview). */
  editorThemes?: boolean;
}

/** The whole page. */
export function reportHtml(r: IncidentReport, options: HtmlOptions = {}): string {
  const t = r.totals;
  const cards = [
    ['Incidents', t.incidents.toLocaleString('en-US')],
    ['Time to detect (median)', t.ttd.n === 1 ? `${formatMinutes(t.ttd.median)} (1 incident)` : formatMinutes(t.ttd.median)],
    ['Time to mitigate (median)', t.ttm.n === 1 ? `${formatMinutes(t.ttm.median)} (1 incident)` : formatMinutes(t.ttm.median)],
    ['Time to resolve (median)', t.ttr.n === 1 ? `${formatMinutes(t.ttr.median)} (1 incident)` : formatMinutes(t.ttr.median)],
    ['Users affected', t.usersAffected.toLocaleString('en-US')],
    ['Open action items', `${r.actionItems.open} (${r.actionItems.overdue} overdue)`],
  ];
  const charts = [
    ttrChart(r),
    hbars('Incidents by severity', r.bySeverity.map((b) => ({ label: b.key, value: b.incidents, text: String(b.incidents) })), 'No incidents.'),
    hbars('Incidents by service', r.byService.slice(0, 15).map((b) => ({ label: b.key, value: b.incidents, text: String(b.incidents) })), 'No incidents.'),
    hbars(
      'Open action items by owner',
      r.actionItems.byOwner.slice(0, 15).map((o) => ({ label: o.owner, value: o.open, part: o.overdue, text: o.overdue ? `${o.open} (${o.overdue} overdue)` : String(o.open) })),
      'No open action items.',
      '<p class="legend"><i class="bar-key"></i>open <i class="bar2-key"></i>overdue (due before the report day)</p>',
    ),
  ];
  const groups = table(
    [r.groupBy, 'incidents', 'TTD median / mean', 'TTM median / mean', 'TTR median / mean', 'users affected', 'open action items'],
    [...r.groups, { key: 'all', ...r.totals }].map((g) => [g.key, String(g.incidents), statCell(g.ttd), statCell(g.ttm), statCell(g.ttr), g.usersAffected.toLocaleString('en-US'), String(g.openActionItems)]),
    [1, 5, 6],
  );
  const recurring = r.recurring.length
    ? table(['incident', 'date', 'service', 'trigger', 'after', 'days'], r.recurring.map((x) => [x.path, x.date, x.service, x.trigger, `${x.earlier.path} (${x.earlier.date})`, String(x.days)]), [5])
    : '<p class="muted">None.</p>';
  const unread = [...r.unreadable.map((u) => [u.path, u.reason]), ...r.undated.map((p) => [p, 'left out: no start date to place it in the range'])];
  const incidentTable = table(
    ['date', 'incident', 'severity', 'status', 'services', 'TTR', 'open items'],
    r.records.map((x) => [x.date ?? '', x.title ?? x.id, x.severity ?? '', x.status ?? '', x.services.join(', '), formatMinutes(x.ttrMinutes), String(x.actionItems.filter((a) => !a.done).length)]),
    [6],
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Postmortem report</title>
<style>${CSS}${options.editorThemes ? EDITOR_THEMES : ''}</style>
</head>
<body>
<h1>Postmortem report</h1>
<p class="muted">${esc(`${incidents(t.incidents)}, ${rangeText(r)}, grouped by ${r.groupBy}. Overdue: due before ${r.today} and not done. Times are medians / means over the incidents that state them.`)}</p>
<div class="cards">${cards.map(([k, v]) => `<div class="card"><span class="muted">${esc(k!)}</span><b>${esc(v!)}</b></div>`).join('')}</div>
<div class="charts">${charts.join('\n')}</div>
<h2>${esc(`By ${r.groupBy}`)}</h2>
${groups}
<h2>${esc(`Recurring incidents (same service and trigger within ${r.recurrenceDays} days)`)}</h2>
${recurring}
<h2>Open action items by owner</h2>
${r.actionItems.byOwner.length ? table(['owner', 'open', 'overdue'], r.actionItems.byOwner.map((o) => [o.owner, String(o.open), String(o.overdue)]), [1, 2]) : '<p class="muted">None.</p>'}
<h2>Incidents</h2>
${incidentTable}
<h2>Documents that could not be read</h2>
${unread.length ? table(['document', 'reason'], unread) : '<p class="muted">None.</p>'}
</body>
</html>
`;
}
