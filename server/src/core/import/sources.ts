/**
 * The source readers of the timeline import. Each takes the text of a file the user exported
 * (never the network) and gives entries, or problems naming the file and the entry. Each follows
 * its source's documented format:
 *
 * - Slack: an export is a folder (or its zip) with `users.json`, `channels.json` and one folder
 *   per channel holding a JSON array of messages per day (`inc-123/2024-03-01.json`). A message
 *   has `ts` (Unix seconds as a string), `text` with Slack's markup, `user`, `reactions`,
 *   `thread_ts` for threads and `edited` once changed; `message_changed` / `message_deleted`
 *   events may follow.
 * - PagerDuty: the REST API's `GET /incidents/{id}/log_entries` answer, `{ log_entries: [...] }`,
 *   each with `type` (`trigger_log_entry`, …), `created_at` and `summary`.
 * - Opsgenie: the Alert API's `GET /v2/alerts/{id}/logs` answer, `{ data: [...] }`, each with
 *   `log`, `type`, `owner` and `createdAt`.
 * - Alertmanager: `GET /api/v2/alerts` (an array), the v1 answer (`{ data: [...] }`) or a webhook
 *   payload (`{ alerts: [...] }`), each with `labels`, `annotations`, `startsAt`, `endsAt`.
 * - Grafana: `GET /api/annotations`, an array with `time` (milliseconds), `text`, `tags`, and for
 *   alert annotations `alertName` and `newState`.
 * - Git: records written by `git log` / `git for-each-ref` with the formats in `GIT_FORMATS`.
 * - CSV/TSV: rows (parsed by the caller) of a time and an event.
 */
import { term } from '../lang/index';
import { readTimestamp } from '../readers/index';
import { parseEpochMillis, parseEpochSeconds, parseInstant, plausible } from './instant';
import type { ImportEntry, ImportEvent, ImportProblem, ImportRead, ImportSource, ReadOptions } from './types';

/** Most problems kept per file: past that the file is clearly not of the kind named. */
const MAX_PROBLEMS = 20;

class Collector {
  readonly entries: ImportEntry[] = [];
  readonly problems: ImportProblem[] = [];
  constructor(readonly file: string, readonly source: ImportSource) {}
  add(at: number, text: string, event?: ImportEvent): void {
    const line = oneLine(text);
    if (line === '') return;
    this.entries.push({ at, text: line, sources: [this.source], event });
  }
  problem(entry: string | undefined, message: string, file = this.file): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ file, entry, message });
  }
  result(): ImportRead {
    return { entries: this.problems.length ? [] : this.entries, problems: this.problems };
  }
}

/** Text in one line: runs of white space (newlines too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Parses JSON, or says why not (a truncated file: "Unexpected end of JSON input"). */
function parseJson(text: string, c: Collector, file = c.file): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    c.problem(undefined, `not valid JSON (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); is the file complete?`, file);
    return { ok: false };
  }
}

/**
 * The list of entries of an API answer: the JSON array itself, or the array under one of `keys`
 * of a JSON object. Undefined, with the problem recorded (`expected` says what the file should
 * be), when the file is not JSON or holds no such list.
 */
function jsonList(text: string, c: Collector, keys: readonly string[], expected: string): unknown[] | undefined {
  const parsed = parseJson(text, c);
  if (!parsed.ok) return undefined;
  const v = parsed.value;
  if (Array.isArray(v)) return v;
  const list = isObject(v) ? keys.map((k) => v[k]).find(Array.isArray) : undefined;
  if (!list) c.problem(undefined, `expected ${expected}`);
  return list;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** An instant field of an entry, or a problem. */
function instantOf(c: Collector, entry: string, name: string, value: unknown): number | undefined {
  const ms = parseInstant(value);
  if (ms === null || !plausible(ms)) {
    c.problem(entry, value === undefined ? `has no "${name}"` : `"${name}" (${JSON.stringify(value)?.slice(0, 60)}) is not a time with a zone`);
    return undefined;
  }
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Slack

/** One file of a Slack export: its path inside the export (`inc-123/2024-03-01.json`) and text. */
export interface ExportFile {
  path: string;
  text: string;
}

/** What a Slack import keeps. */
export interface SlackOptions extends ReadOptions {
  /** The channel's folder name (`inc-123`, a leading `#` ignored); needed when there are several. */
  channel?: string;
  /** Reactions (`:pushpin:`) and keywords (`timeline`) that select a message. */
  match: string[];
  /** Every message, not only the selected ones. */
  all: boolean;
  /** Only day files that can hold messages in this window are read (Unix milliseconds). */
  since?: number;
  until?: number;
}

/** Message subtypes that are not something that happened in the incident. */
const SLACK_SKIPPED = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'channel_archive', 'channel_unarchive', 'group_join', 'group_leave', 'group_topic', 'group_purpose', 'group_name', 'pinned_item', 'unpinned_item', 'reminder_add', 'joiner_notification_for_inviter', 'bot_add', 'bot_remove']);

const DAY_FILE = /(?:^|\/)([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/;

/** The channel folders of an export, each with its day files in date order. */
function slackChannels(files: ExportFile[]): Map<string, ExportFile[]> {
  const channels = new Map<string, ExportFile[]>();
  for (const f of files) {
    const m = DAY_FILE.exec(f.path.replace(/\\/g, '/'));
    if (!m) continue;
    const list = channels.get(m[1]) ?? [];
    list.push(f);
    channels.set(m[1], list);
  }
  for (const list of channels.values()) list.sort((a, b) => (a.path < b.path ? -1 : 1));
  return channels;
}

/** Display names by user id, from `users.json` (the profile's display name, else the real name, else the handle). */
function slackUsers(files: ExportFile[], c: Collector, exportName: string): Map<string, string> {
  const users = new Map<string, string>();
  const file = files.find((f) => /(?:^|\/)users\.json$/.test(f.path.replace(/\\/g, '/')));
  if (!file) return users;
  const parsed = parseJson(file.text, c, `${exportName}!${file.path}`);
  if (!parsed.ok) return users;
  if (!Array.isArray(parsed.value)) {
    c.problem(undefined, 'users.json is not an array of users', `${exportName}!${file.path}`);
    return users;
  }
  for (const u of parsed.value) {
    if (!isObject(u) || typeof u.id !== 'string') continue;
    const p = isObject(u.profile) ? u.profile : {};
    const name = str(p.display_name) || str(p.real_name) || str(u.real_name) || str(u.name);
    if (name) users.set(u.id, name);
  }
  return users;
}

/** Slack's markup as plain text: `<@U1>` → `@name`, `<#C1|inc>` → `#inc`, `<url|label>` → label, entities. */
export function slackPlainText(text: string, users: ReadonlyMap<string, string>): string {
  const out = text.replace(/<([^<>]*)>/g, (_all, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? undefined : inner.slice(bar + 1);
    if (target.startsWith('@')) return `@${label ?? users.get(target.slice(1)) ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!')) {
      if (label) return label.startsWith('@') ? label : `@${label}`;
      const word = target.slice(1).split('^')[0];
      return `@${word}`;
    }
    return label ?? target;
  });
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A selector: `:pushpin:` is a reaction, anything else a keyword (case-insensitive). */
function slackSelected(msg: Record<string, unknown>, text: string, match: string[]): boolean {
  const reactions = Array.isArray(msg.reactions) ? msg.reactions.filter(isObject).map((r) => str(r.name)) : [];
  const lower = text.toLowerCase();
  return match.some((m) => {
    const reaction = /^:([^:\s]+):$/.exec(m);
    if (reaction) return reactions.some((r) => r !== undefined && (r === reaction[1] || r.split('::')[0] === reaction[1]));
    return m.trim() !== '' && lower.includes(m.trim().toLowerCase());
  });
}

/** Who wrote a message: a user's name from users.json or the embedded profile, a bot's name. */
function slackAuthor(msg: Record<string, unknown>, users: ReadonlyMap<string, string>): string | undefined {
  const id = str(msg.user);
  if (id && users.has(id)) return users.get(id);
  const profile = isObject(msg.user_profile) ? msg.user_profile : undefined;
  const bot = isObject(msg.bot_profile) ? msg.bot_profile : undefined;
  return (profile && (str(profile.display_name) || str(profile.real_name) || str(profile.name))) || str(msg.username) || (bot && str(bot.name)) || id;
}

/**
 * Reads a Slack export: the messages of one channel that carry a chosen reaction or keyword (or
 * all of them), each at its own time (a thread reply at the reply's time, an edited message with
 * its last text at the time it was posted), written `name: text`.
 */
export function readSlackExport(exportName: string, files: ExportFile[], opts: SlackOptions): ImportRead {
  const c = new Collector(exportName, 'slack');
  const channels = slackChannels(files);
  if (channels.size === 0) {
    c.problem(undefined, 'no channel folder with day files (channel/YYYY-MM-DD.json): is this a Slack export?');
    return c.result();
  }
  const wanted = opts.channel?.replace(/^#/, '');
  let name: string;
  if (wanted !== undefined) {
    if (!channels.has(wanted)) {
      c.problem(undefined, `no channel '${wanted}' in the export (it has ${[...channels.keys()].sort().join(', ')})`);
      return c.result();
    }
    name = wanted;
  } else if (channels.size === 1) {
    name = [...channels.keys()][0];
  } else {
    c.problem(undefined, `the export has several channels (${[...channels.keys()].sort().join(', ')}); choose one with --channel`);
    return c.result();
  }
  const users = slackUsers(files, c, exportName);
  const day = 86_400_000;
  // Messages by ts, so that a later `message_changed` or `message_deleted` applies to its message.
  const byTs = new Map<string, { at: number; msg: Record<string, unknown>; text: string }>();
  for (const f of channels.get(name)!) {
    const where = `${exportName}!${f.path}`;
    const date = Date.parse(`${/(\d{4}-\d{2}-\d{2})\.json$/.exec(f.path)![1]}T00:00:00Z`);
    // A day file holds one calendar day in the workspace's zone: skip those far from the window.
    if ((opts.since !== undefined && date + 2 * day < opts.since) || (opts.until !== undefined && date - day > opts.until)) continue;
    const parsed = parseJson(f.text, c, where);
    if (!parsed.ok) continue;
    if (!Array.isArray(parsed.value)) {
      c.problem(undefined, 'a day file must be a JSON array of messages', where);
      continue;
    }
    parsed.value.forEach((msg, i) => {
      const entry = `message ${i + 1}`;
      if (!isObject(msg)) return c.problem(entry, 'is not an object', where);
      const subtype = str(msg.subtype);
      if (subtype === 'message_changed' && isObject(msg.message)) {
        const ts = str(msg.message.ts);
        const known = ts === undefined ? undefined : byTs.get(ts);
        if (known) known.text = str(msg.message.text) ?? known.text;
        return;
      }
      if (subtype === 'message_deleted') {
        const ts = str(msg.deleted_ts);
        if (ts !== undefined) byTs.delete(ts);
        return;
      }
      if (subtype !== undefined && SLACK_SKIPPED.has(subtype)) return;
      if (msg.type !== undefined && msg.type !== 'message') return;
      const at = parseEpochSeconds(msg.ts);
      if (at === null || !plausible(at)) return c.problem(entry, msg.ts === undefined ? 'has no "ts"' : `"ts" (${JSON.stringify(msg.ts)?.slice(0, 40)}) is not Unix seconds`, where);
      if (msg.text !== undefined && typeof msg.text !== 'string') return c.problem(`${entry} (ts ${String(msg.ts)})`, '"text" is not a string', where);
      byTs.set(String(msg.ts), { at, msg, text: str(msg.text) ?? '' });
    });
  }
  const match = opts.match.length ? opts.match : [':pushpin:'];
  for (const { at, msg, text } of byTs.values()) {
    const plain = oneLine(slackPlainText(text, users));
    if (plain === '') continue;
    if (!opts.all && !slackSelected(msg, plain, match)) continue;
    const author = slackAuthor(msg, users);
    c.add(at, author ? `${author}: ${plain}` : plain);
  }
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// PagerDuty and Opsgenie

const PAGERDUTY_EVENTS: Readonly<Record<string, ImportEvent>> = {
  trigger_log_entry: 'alert',
  acknowledge_log_entry: 'ack',
  resolve_log_entry: 'resolve',
};

/** Log entries that say whom a notification went to: many, and not events of the incident. */
const PAGERDUTY_SKIPPED = new Set(['notify_log_entry']);

/** Reads PagerDuty incident log entries (`{ log_entries: [...] }`, or the array itself). */
export function readPagerDuty(text: string, opts: ReadOptions): ImportRead {
  const c = new Collector(opts.file, 'pagerduty');
  const list = jsonList(text, c, ['log_entries'], 'the log entries answer of the PagerDuty API: an object with a "log_entries" array');
  if (!list) return c.result();
  list.forEach((e, i) => {
    const entry = `log_entries[${i}]`;
    if (!isObject(e)) return c.problem(entry, 'is not an object');
    const type = str(e.type);
    if (type === undefined || !/_log_entry(?:_reference)?$/.test(type)) return c.problem(entry, `"type" (${JSON.stringify(e.type)}) is not a log entry type`);
    const base = type.replace(/_reference$/, '');
    if (PAGERDUTY_SKIPPED.has(base)) return;
    const at = instantOf(c, entry, 'created_at', e.created_at);
    if (at === undefined) return;
    const summary = str(e.summary);
    if (summary === undefined) return c.problem(entry, 'has no "summary"');
    c.add(at, summary, PAGERDUTY_EVENTS[base]);
  });
  return c.result();
}

/** Reads Opsgenie alert logs (`{ data: [...] }`, or the array itself). */
export function readOpsgenie(text: string, opts: ReadOptions): ImportRead {
  const c = new Collector(opts.file, 'opsgenie');
  const list = jsonList(text, c, ['data'], 'the alert logs answer of the Opsgenie API: an object with a "data" array');
  if (!list) return c.result();
  list.forEach((e, i) => {
    const entry = `data[${i}]`;
    if (!isObject(e)) return c.problem(entry, 'is not an object');
    const log = str(e.log);
    if (log === undefined) return c.problem(entry, 'has no "log"');
    // Whom a notification went to is not an event of the incident.
    if (e.type === 'alertRecipient') return;
    const at = instantOf(c, entry, 'createdAt', e.createdAt);
    if (at === undefined) return;
    // The log's wording is Opsgenie's own (always English), so it can say what happened.
    const event: ImportEvent | undefined = /\backnowledged\b/i.test(log) && !/\bunacknowledged\b/i.test(log) ? 'ack' : /\bclosed\b/i.test(log) ? 'resolve' : /\bcreated\b/i.test(log) ? 'alert' : undefined;
    c.add(at, log, event);
  });
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// Alertmanager and Grafana

/** Alertmanager's "no end" (Go's zero time), and any other time before the epoch. */
function isZeroTime(v: unknown): boolean {
  return typeof v === 'string' && /^0001-01-01T/.test(v);
}

/** Reads Alertmanager alerts: an alert firing at `startsAt`, and resolved at `endsAt` when it says so. */
export function readAlertmanager(text: string, opts: ReadOptions): ImportRead {
  const c = new Collector(opts.file, 'alertmanager');
  const list = jsonList(text, c, ['alerts', 'data'], 'the alerts of the Alertmanager API (an array) or a webhook payload with "alerts"');
  if (!list) return c.result();
  list.forEach((a, i) => {
    const entry = `alert ${i + 1}`;
    if (!isObject(a)) return c.problem(entry, 'is not an object');
    const labels = isObject(a.labels) ? a.labels : undefined;
    const name = labels ? str(labels.alertname) : undefined;
    if (!name) return c.problem(entry, 'has no labels.alertname');
    const at = instantOf(c, `${entry} (${name})`, 'startsAt', a.startsAt);
    if (at === undefined) return;
    const annotations = isObject(a.annotations) ? a.annotations : {};
    const summary = str(annotations.summary) ?? str(annotations.description);
    const fired = term('import.alertFired', opts.language, { name });
    c.add(at, summary ? `${fired}: ${summary}` : fired, 'alert');
    // The API's endsAt of an active alert is when it would expire; only a resolved alert ended then.
    const resolved = a.status === 'resolved' || (isObject(a.status) && a.status.state === 'resolved');
    if (resolved && a.endsAt !== undefined && !isZeroTime(a.endsAt)) {
      const end = instantOf(c, `${entry} (${name})`, 'endsAt', a.endsAt);
      if (end !== undefined) c.add(end, term('import.alertResolved', opts.language, { name }), 'resolve');
    }
  });
  return c.result();
}

/** Reads Grafana annotations: each at its `time`, with its text (or the alert's name and new state). */
export function readGrafana(text: string, opts: ReadOptions): ImportRead {
  const c = new Collector(opts.file, 'grafana');
  const list = jsonList(text, c, [], 'the annotations of the Grafana API: a JSON array');
  if (!list) return c.result();
  list.forEach((a, i) => {
    const entry = `annotation ${i + 1}`;
    if (!isObject(a)) return c.problem(entry, 'is not an object');
    const at = parseEpochMillis(a.time);
    if (at === null) return c.problem(entry, a.time === undefined ? 'has no "time"' : `"time" (${JSON.stringify(a.time)?.slice(0, 40)}) is not milliseconds since the epoch`);
    const state = str(a.newState)?.toLowerCase();
    const alert = str(a.alertName);
    const body = oneLine(str(a.text) ?? '');
    const textOf = body || (alert ? `${alert}${state ? ` (${state})` : ''}` : '');
    if (!textOf) return c.problem(entry, 'has neither "text" nor "alertName"');
    const event: ImportEvent | undefined = state === 'alerting' ? 'alert' : state === 'ok' || state === 'normal' ? 'resolve' : undefined;
    c.add(at, textOf, event);
  });
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// Git

/** The formats the caller gives `git log` (merges) and `git for-each-ref` (tags): fields split by US, records by RS. */
export const GIT_FORMATS = {
  merges: '%x1e%H%x1f%cI%x1f%s',
  tags: '%1e%(refname:short)%1f%(creatordate:iso-strict)%1f%(subject)',
} as const;

/** Reads the output of `git log` (merges) or `git for-each-ref` (tags) written with {@link GIT_FORMATS}. */
export function readGitRecords(text: string, kind: 'merges' | 'tags', opts: ReadOptions): ImportRead {
  const c = new Collector(opts.file, 'git');
  const records = text.split('\x1e').filter((r) => r.trim() !== '');
  records.forEach((r, i) => {
    const [id, when, subject] = r.replace(/^\s+/, '').split('\x1f');
    const entry = kind === 'merges' ? `commit ${id?.slice(0, 12) ?? i + 1}` : `tag ${id ?? i + 1}`;
    const at = instantOf(c, entry, 'date', when?.trim());
    if (at === undefined) return;
    const line = oneLine(subject ?? '');
    if (kind === 'tags') c.add(at, `${term('import.tagged', opts.language, { name: id.trim() })}${line ? `: ${line}` : ''}`);
    else c.add(at, line || id.slice(0, 12));
  });
  return c.result();
}

// ---------------------------------------------------------------------------------------------
// CSV / TSV

/** What a CSV import needs besides the rows. */
export interface CsvOptions extends ReadOptions {
  /** The zone of times written without one (`2024-03-01 14:05`). */
  zone?: string;
}

const TIME_HEADER = /^(?:time|date|when|timestamp|datetime|at|시각|시간|일시|날짜|時刻|日時|時間)(?:\b|\s|\(|$)/i;

/** A time cell: an ISO instant, Unix seconds or milliseconds, or a date and time the readers read. */
function csvTime(cell: string, zone: string | undefined): { at: number } | { reason: string } {
  const s = cell.trim();
  if (/^\d{13}$/.test(s)) return { at: Number(s) };
  if (/^\d{9,10}(?:\.\d+)?$/.test(s)) return { at: parseEpochSeconds(s)! };
  const iso = parseInstant(s);
  if (iso !== null) return { at: iso };
  const read = readTimestamp(s, zone ? { zone } : {});
  if (!read.ok || read.start !== 0 || s.slice(read.end).trim() !== '') return { reason: `'${s.slice(0, 40)}' is not a date and time` };
  if (!read.value.hasDate) return { reason: `'${s}' has no date` };
  if (read.value.epochMs === null) return { reason: `'${s}' has no zone (write one, or give the document's or --zone)` };
  return { at: read.value.epochMs };
}

/**
 * Reads rows of a time and an event. A first row whose first cell is not a time is a header: the
 * time column is the one named like a time, the event the first other column with text.
 */
export function readCsvRows(rows: string[][], opts: CsvOptions): ImportRead {
  const c = new Collector(opts.file, 'csv');
  let timeCol = 0;
  let first = 0;
  if (rows.length > 0 && 'reason' in csvTime(rows[0][0] ?? '', opts.zone)) {
    first = 1;
    const found = rows[0].findIndex((h) => TIME_HEADER.test(h.trim()));
    timeCol = found < 0 ? 0 : found;
  }
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    const entry = `row ${i + 1}`;
    if (row.every((cell) => cell.trim() === '')) continue;
    if (row.length < 2) {
      c.problem(entry, 'needs a time and an event');
      continue;
    }
    const t = csvTime(row[timeCol] ?? '', opts.zone);
    if ('reason' in t) {
      c.problem(entry, t.reason);
      continue;
    }
    const text = row.filter((_, j) => j !== timeCol).find((cell) => cell.trim() !== '');
    if (text === undefined) {
      c.problem(entry, 'has no event');
      continue;
    }
    if (!plausible(t.at)) {
      c.problem(entry, 'the time is out of range');
      continue;
    }
    c.add(t.at, text);
  }
  return c.result();
}
