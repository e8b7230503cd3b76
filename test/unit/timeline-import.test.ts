// The timeline import's pure parts (server/src/core/import) on small fixtures written from each
// source's documentation (test/fixtures/import): instants and zones, Slack threads, edits and
// markup, what each reader keeps and leaves out, malformed entries named by file and entry, the
// merge (window, folding within a minute) and the plan (form, zone, language, suggestions).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import {
  mergeEntries,
  parseEpochSeconds,
  parseInstant,
  planImport,
  readAlertmanager,
  readCsvRows,
  readGitRecords,
  readGrafana,
  readOpsgenie,
  readPagerDuty,
  readSlackExport,
  slackPlainText,
  type ExportFile,
  type ImportEntry,
} from '../../server/src/core/import/index';
import { csvRows, zipFiles } from '../../server/src/node/import-sources';
import { lint } from '../../server/src/core/lint';
import { applyEdits } from '../../server/src/core/text';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { ROOT } from '../helpers/root';

const FIX = path.join(ROOT, 'test', 'fixtures', 'import');
const read = (name: string) => fs.readFileSync(path.join(FIX, name), 'utf8');
const en = { file: 'f.json', language: 'en' as const };
const iso = (ms: number) => new Date(ms).toISOString();

function slackFiles(): ExportFile[] {
  const out: ExportFile[] = [];
  const root = path.join(FIX, 'slack-export');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ path: path.relative(root, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

describe('instants', () => {
  test('RFC 3339 with Z, offsets and nanoseconds; Unix seconds', () => {
    assert.equal(iso(parseInstant('2022-10-15T15:33:00+09:00')!), '2022-10-15T06:33:00.000Z');
    assert.equal(iso(parseInstant('2022-10-15T06:22:41.123456789Z')!), '2022-10-15T06:22:41.123Z');
    assert.equal(iso(parseInstant('2024-03-10T01:59:00-0500')!), '2024-03-10T06:59:00.000Z');
    assert.equal(iso(parseEpochSeconds('1665816000.000100')!), '2022-10-15T06:40:00.000Z');
  });
  test('no zone, impossible dates and junk are no instant', () => {
    for (const s of ['2022-10-15 15:33', '2022-02-30T10:00:00Z', '2022-10-15T25:00:00Z', 'yesterday', '', '2022-10-15T10:00:00+24:00']) assert.equal(parseInstant(s), null, s);
    for (const s of ['abc', '-1', '1e9', '']) assert.equal(parseEpochSeconds(s), null, s);
  });
});

describe('Slack export', () => {
  const opts = { file: 'export.zip', language: 'en' as const, channel: 'inc-123', match: [] as string[], all: false };

  test('pinned messages of the channel, a thread reply at its own time, edits with their last text', () => {
    const r = readSlackExport('export.zip', slackFiles(), opts);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.entries.map((e) => [iso(e.at), e.text]), [
      ['2022-10-15T06:40:00.000Z', 'Minji Kim: Power to hall B is gone, @Jae Park paging facilities'],
      ['2022-10-15T07:05:00.000Z', 'Jae Park: Generators did not start & the UPS room is on fire, see status page'],
      ['2022-10-15T16:10:00.000Z', 'Minji Kim: Fire brigade asks for a full power-off (corrected: the whole building)'],
      ['2022-10-16T01:00:00.000Z', 'Jae Park: KakaoTalk messaging back for most users'],
    ]);
    assert.ok(r.entries.every((e) => e.sources[0] === 'slack'));
  });

  test('a keyword selects too (case-insensitive), with the text of a later message_changed; --all takes every message but joins and deleted ones', () => {
    const keyword = readSlackExport('export.zip', slackFiles(), { ...opts, match: ['TIMELINE'] });
    assert.deepEqual(keyword.entries.map((e) => e.text), ['Minji Kim: timeline: status page updated for every service']);
    const all = readSlackExport('export.zip', slackFiles(), { ...opts, all: true }).entries.map((e) => e.text);
    assert.equal(all.length, 7);
    assert.ok(all.includes('Jae Park: ack, on it'));
    assert.ok(all.includes('statusbot: Status page: @here major outage'));
    assert.ok(!all.some((t) => /joined|wrong channel/.test(t)));
  });

  test('the window skips day files far from it', () => {
    const r = readSlackExport('export.zip', slackFiles(), { ...opts, since: Date.parse('2022-10-19T00:00:00Z') });
    assert.deepEqual(r.entries, []);
  });

  test('markup: mentions, channels, links, special mentions, entities', () => {
    const users = new Map([['U1', 'Minji']]);
    assert.equal(slackPlainText('<@U1> <@U2|jae> <#C1|inc-1> <!channel> <!subteam^S1|@sre> <https://x.example|the graph> <https://y.example> a &lt;b&gt; &amp; c', users), '@Minji @jae #inc-1 @channel @sre the graph https://y.example a <b> & c');
  });

  test('a zip of the export reads the same; a truncated zip cannot be unpacked', () => {
    const files = Object.fromEntries(slackFiles().map((f) => [f.path, strToU8(f.text)]));
    const zip = zipSync(files);
    const r = readSlackExport('export.zip', zipFiles(zip), opts);
    assert.equal(r.entries.length, 4);
    assert.throws(() => zipFiles(zip.subarray(0, zip.length - 30)));
  });

  test('a truncated day file and a message without a time are named by file and entry; nothing is kept', () => {
    const files = slackFiles().map((f) => (f.path === 'inc-123/2022-10-16.json' ? { ...f, text: f.text.slice(0, 40) } : f));
    const r = readSlackExport('export.zip', files, opts);
    assert.deepEqual(r.entries, []);
    assert.equal(r.problems[0].file, 'export.zip!inc-123/2022-10-16.json');
    assert.match(r.problems[0].message, /not valid JSON/);
    const bad = readSlackExport('x', [{ path: 'inc-1/2024-01-01.json', text: '[{"type":"message","text":"a"},{"type":"message","ts":"soon","text":"b"}]' }], { ...opts, channel: undefined });
    assert.deepEqual(bad.problems.map((p) => `${p.file}: ${p.entry}: ${p.message}`), ['x!inc-1/2024-01-01.json: message 1: has no "ts"', 'x!inc-1/2024-01-01.json: message 2: "ts" ("soon") is not Unix seconds']);
  });

  test('several channels need --channel; an unknown one is named; not an export at all', () => {
    assert.match(readSlackExport('e', slackFiles(), { ...opts, channel: undefined }).problems[0].message, /several channels \(general, inc-123\)/);
    assert.match(readSlackExport('e', slackFiles(), { ...opts, channel: '#nope' }).problems[0].message, /no channel 'nope'/);
    assert.match(readSlackExport('e', [{ path: 'x.json', text: '[]' }], opts).problems[0].message, /is this a Slack export\?/);
  });
});

describe('pager and alert logs', () => {
  test('PagerDuty: trigger, acknowledge (written with an offset), annotate, resolve; notifications left out', () => {
    const r = readPagerDuty(read('pagerduty-log-entries.json'), en);
    assert.deepEqual(r.entries.map((e) => [iso(e.at), e.text, e.event]), [
      ['2022-10-15T06:25:00.000Z', 'Triggered through the API', 'alert'],
      ['2022-10-15T06:33:00.000Z', 'Acknowledged by Minji Kim', 'ack'],
      ['2022-10-15T07:10:00.000Z', 'Note added: fire brigade on site', undefined],
      ['2022-10-15T16:30:00.000Z', 'Resolved by Jae Park', 'resolve'],
    ]);
  });

  test('PagerDuty: a truncated file, an entry without a zone, the wrong shape', () => {
    assert.match(readPagerDuty(read('pagerduty-truncated.json'), en).problems[0].message, /not valid JSON/);
    const bad = readPagerDuty(read('pagerduty-bad-entry.json'), en);
    assert.deepEqual(bad.entries, []);
    assert.deepEqual(bad.problems, [{ file: 'f.json', entry: 'log_entries[1]', message: '"created_at" ("2022-10-15 15:33") is not a time with a zone' }]);
    assert.match(readPagerDuty('{"incidents":[]}', en).problems[0].message, /"log_entries" array/);
    assert.match(readPagerDuty('{"log_entries":[{"type":"x","created_at":"2022-10-15T06:25:00Z"}]}', en).problems[0].message, /not a log entry type/);
  });

  test('Opsgenie: created, acknowledged and closed; recipients left out', () => {
    const r = readOpsgenie(read('opsgenie-logs.json'), en);
    assert.deepEqual(r.entries.map((e) => [iso(e.at), e.event]), [
      ['2022-10-15T06:24:30.512Z', 'alert'],
      ['2022-10-15T06:33:10.000Z', 'ack'],
      ['2022-10-15T16:31:00.000Z', 'resolve'],
    ]);
  });

  test('Alertmanager: the API gives firing only (endsAt of an active alert is an expiry); a webhook gives the resolution; the words are the pack\'s', () => {
    const api = readAlertmanager(read('alertmanager-alerts.json'), en);
    assert.deepEqual(api.entries.map((e) => [iso(e.at), e.text]), [['2022-10-15T06:22:41.123Z', 'Alert DatacenterPowerLoss fired: Pangyo halls lost utility power']]);
    const hook = readAlertmanager(read('alertmanager-webhook.json'), { file: 'w.json', language: 'ja' });
    assert.deepEqual(hook.entries.map((e) => [iso(e.at), e.text, e.event]), [
      ['2022-10-15T06:31:00.000Z', 'アラート KakaoTalkSendErrors 発生: Send errors above 50%', 'alert'],
      ['2022-10-15T16:35:00.000Z', 'アラート KakaoTalkSendErrors 解消', 'resolve'],
    ]);
    assert.match(readAlertmanager('[{"labels":{},"startsAt":"2022-10-15T06:22:41Z"}]', en).problems[0].message, /alertname/);
  });

  test('Grafana: epoch milliseconds; alert state changes; a bad time is named', () => {
    const r = readGrafana(read('grafana-annotations-dst.json'), en);
    assert.deepEqual(r.entries.map((e) => [iso(e.at), e.text, e.event]), [
      ['2024-03-10T06:59:00.000Z', 'Deploy 42 started', undefined],
      ['2024-03-10T07:01:00.000Z', 'Checkout latency (alerting)', 'alert'],
      ['2024-03-10T08:00:00.000Z', 'Checkout latency (ok)', 'resolve'],
    ]);
    assert.deepEqual(readGrafana('[{"time":"noon","text":"x"}]', en).problems, [{ file: 'f.json', entry: 'annotation 1', message: '"time" ("noon") is not milliseconds since the epoch' }]);
  });
});

describe('Git and CSV', () => {
  test('git records: merges by subject, tags with the pack\'s word', () => {
    const merges = '\x1eabc123\x1f2024-03-01T14:10:00+09:00\x1fMerge pull request #12 from org/fix-db\n';
    assert.deepEqual(readGitRecords(merges, 'merges', en).entries.map((e) => [iso(e.at), e.text]), [['2024-03-01T05:10:00.000Z', 'Merge pull request #12 from org/fix-db']]);
    const tags = '\x1ev1.2.1\x1f2024-03-01T05:30:00Z\x1fhotfix\n';
    assert.equal(readGitRecords(tags, 'tags', { file: '.', language: 'ko' }).entries[0].text, 'v1.2.1 태그: hotfix');
    assert.match(readGitRecords('\x1eabc\x1fnot a date\x1fx', 'merges', en).problems[0].entry!, /commit abc/);
  });

  test('CSV: a header names the time column; ISO, Unix seconds and local times in the zone', () => {
    const parsed = csvRows(read('events.csv'), 'events.csv');
    assert.ok('rows' in parsed);
    const r = readCsvRows(parsed.rows, { file: 'events.csv', language: 'en', zone: 'Asia/Seoul' });
    assert.deepEqual(r.entries.map((e) => [iso(e.at), e.text]), [
      ['2022-10-15T06:45:00.000Z', 'Press asked for a statement'],
      ['2022-10-15T06:50:00.000Z', 'Backup site failover started, partly'],
      ['2022-10-15T07:00:00.000Z', 'Status page moved off Kakao infrastructure'],
    ]);
    const tsv = csvRows(read('events.tsv'), 'events.tsv');
    assert.ok('rows' in tsv);
    assert.equal(readCsvRows(tsv.rows, { file: 'events.tsv', language: 'en', zone: 'KST' }).entries[0].text, 'Press asked for a statement');
  });

  test('CSV: a local time without a zone, a time without a date, a row without an event', () => {
    const r = readCsvRows([['time', 'event'], ['2022-10-15 15:45', 'a'], ['15:45 KST', 'b'], ['2022-10-15T06:45:00Z']], { file: 'e.csv', language: 'en' });
    assert.deepEqual(r.problems.map((p) => `${p.entry}: ${p.message}`), [
      "row 2: '2022-10-15 15:45' has no zone (write one, or give the document's or --zone)",
      "row 3: '15:45 KST' has no date",
      'row 4: needs a time and an event',
    ]);
    assert.deepEqual(r.entries, []);
    const bad = csvRows('time,event\n"2022-10-15,x\n', 'e.csv');
    assert.ok('problem' in bad);
  });
});

describe('merge and plan', () => {
  const e = (at: string, text: string, source: ImportEntry['sources'][0], event?: ImportEntry['event']): ImportEntry => ({ at: Date.parse(at), text, sources: [source], event });

  test('time order, the window, and the same words within a minute folded with both tags', () => {
    const merged = mergeEntries([
      [e('2024-03-01T05:10:30Z', 'DB pool exhausted', 'grafana'), e('2024-03-01T05:30:00Z', 'Rolled back', 'slack')],
      [e('2024-03-01T05:10:00Z', 'db pool exhausted!', 'csv'), e('2024-03-01T05:12:00Z', 'DB pool exhausted', 'csv'), e('2024-03-01T04:00:00Z', 'early', 'csv')],
    ], { since: Date.parse('2024-03-01T05:00:00Z') });
    assert.deepEqual(merged.map((m) => [m.at - Date.parse('2024-03-01T05:00:00Z'), m.text, m.sources.join('+')]), [
      [600_000, 'db pool exhausted!', 'csv+grafana'],
      [720_000, 'DB pool exhausted', 'csv'],
      [1_800_000, 'Rolled back', 'slack'],
    ]);
  });

  test('a Japanese list timeline: items written like their neighbours, between them, with suggestions', () => {
    const doc = ['---', 'type: postmortem', '---', '# 決済障害', '', '## タイムライン', '', '- 2024-03-01 14:00 JST: エラー率が上昇', '- 2024-03-01 15:00 JST: 復旧を確認', ''].join('\n');
    const result = lint(doc, { config: DEFAULT_CONFIG });
    const entries = mergeEntries([[e('2024-03-01T05:10:00Z', 'Triggered', 'pagerduty', 'alert'), e('2024-03-01T05:20:00Z', 'Acknowledged by Aiko', 'pagerduty', 'ack'), e('2024-03-01T04:50:00Z', 'Deploy | 42', 'git')]]);
    const plan = planImport(result, DEFAULT_CONFIG, entries)!;
    const out = applyEdits(doc, plan.edits);
    assert.equal(out.split('\n').slice(7, 12).join('\n'), [
      '- 2024-03-01 13:50 JST: Deploy \\| 42 (Git)',
      '- 2024-03-01 14:00 JST: エラー率が上昇',
      '- 2024-03-01 14:10 JST: Triggered (PagerDuty)',
      '- 2024-03-01 14:20 JST: Acknowledged by Aiko (PagerDuty)',
      '- 2024-03-01 15:00 JST: 復旧を確認',
    ].join('\n'));
    assert.deepEqual(plan.suggestions.map((s) => `${s.milestone} ${s.value} ${s.reason}`), ['detected 2024-03-01T14:10:00+09:00 first-alert', 'mitigated 2024-03-01T14:20:00+09:00 first-ack']);
    assert.deepEqual(lint(out, { config: DEFAULT_CONFIG }).findings.filter((f) => f.ruleId === 'timeline-order'), []);
  });

  test('a document without a timeline gets a Timeline section in its headings\' language', () => {
    const doc = ['# 결제 장애', '', '## 요약', '', '결제가 실패했다.', ''].join('\n');
    const result = lint(doc, { config: { ...DEFAULT_CONFIG, timezone: 'Asia/Seoul' } });
    const plan = planImport(result, { ...DEFAULT_CONFIG, timezone: 'Asia/Seoul' }, [e('2024-03-01T05:10:00Z', 'Triggered', 'pagerduty')])!;
    const out = applyEdits(doc, plan.edits);
    assert.match(out, /## 타임라인\n\n- 2024-03-01 14:10 KST — Triggered \(PagerDuty\)\n/);
  });
});
