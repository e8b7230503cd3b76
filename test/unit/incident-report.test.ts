// The report of the fixture repository test/fixtures/report/postmortems, with every figure worked
// out by hand from the documents (the arithmetic is in the comments). Each document goes through
// the same path as `postmortem report`: lintFile with `record: true` (the lint workers' function).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFile } from '../../server/src/cli/lint-file';
import { mergeConfig } from '../../server/src/core/config';
import { buildReport, median, type Unreadable } from '../../server/src/core/incident-report';
import type { IncidentRecord } from '../../server/src/core/record';
import { devlakeIncident, incidentRecord, isLate } from '../../server/src/core/record';
import { lint } from '../../server/src/core/lint';
import { repoRoot } from '../helpers/root';

const DIR = path.join(repoRoot(), 'test', 'fixtures', 'report', 'postmortems');
const TODAY = '2024-06-15';

function readAll(): { records: IncidentRecord[]; unreadable: Unreadable[] } {
  const records: IncidentRecord[] = [];
  const unreadable: Unreadable[] = [];
  for (const name of fs.readdirSync(DIR).sort()) {
    const rel = `postmortems/${name}`;
    const o = lintFile({ abs: path.join(DIR, name), rel, config: mergeConfig(), configHash: '', fix: false, record: true });
    if (o.unreadable) unreadable.push({ path: rel, reason: o.unreadable });
    else if (o.record) records.push(o.record);
  }
  return { records, unreadable };
}

const byId = (records: IncidentRecord[], id: string) => records.find((r) => r.id === id)!;

test('median: the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([]), null);
  assert.equal(median([7]), 7);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([45, 60]), 52.5);
});

test('records read from the core model', () => {
  const { records } = readAll();
  assert.equal(records.length, 6);
  const a = byId(records, '2024-01-10-api-config');
  // 10:00Z → 10:15Z, 10:45Z, 12:00Z
  assert.deepEqual([a.ttdMinutes, a.ttmMinutes, a.ttrMinutes], [15, 45, 120]);
  assert.equal(a.started, '2024-01-10T10:00:00.000Z');
  assert.deepEqual(a.services, ['API']);
  assert.equal(a.usersAffected, 1000);
  assert.equal(a.trigger, 'configuration push');
  assert.equal(a.causeCategory, 'configuration push');
  assert.deepEqual(a.actionItems, [
    { text: 'Validate configuration before it is pushed. Owner: alice, due 2024-02-01', owner: 'alice', due: '2024-02-01', done: true, link: null },
    { text: 'Push configuration to a canary first. Owner: bob, due 2024-03-01', owner: 'bob', due: '2024-03-01', done: false, link: null },
  ]);
  const b = byId(records, '2024-02-20-api-config-again');
  assert.deepEqual(b.related, ['2024-01-10-api-config']);
  assert.deepEqual(b.services, ['API', 'Billing']);
  // Table rows: Owner, Due and Status columns.
  assert.deepEqual(b.actionItems.map((i) => [i.owner, i.due, i.done]), [['bob', '2024-07-01', false], ['carol', '2024-04-01', true]]);
  const c = byId(records, '2024-03-05-db-capacity');
  // No mitigated milestone: no TTM. `owner: carol, due …` in parentheses; `@dave` as a handle.
  assert.deepEqual([c.ttdMinutes, c.ttmMinutes, c.ttrMinutes], [5, null, 60]);
  assert.deepEqual(c.actionItems.map((i) => [i.owner, i.due, i.done]), [['carol', '2024-05-01', false], ['dave', null, false]]);
  // No milestones: TTR is the stated duration (45m), and the date is the front matter's.
  const d = byId(records, '2024-04-01-billing-network');
  assert.deepEqual([d.ttdMinutes, d.ttrMinutes, d.date], [null, 45, '2024-04-01']);
  const u = byId(records, 'undated-search');
  assert.deepEqual([u.date, u.ttrMinutes, u.kind], [null, null, 'near-miss']);
});

test('the whole repository: medians, means, overdue items, recurrences, unreadable documents', () => {
  const { records, unreadable } = readAll();
  const r = buildReport(records, unreadable, { today: TODAY });
  assert.equal(r.totals.incidents, 6);
  // TTD: 15, 30, 5 → sorted 5, 15, 30: median 15, mean 50 / 3 = 16.67
  assert.deepEqual(r.totals.ttd, { n: 3, median: 15, mean: 16.67 });
  // TTM: 45, 60 → median (45 + 60) / 2 = 52.5, mean 52.5
  assert.deepEqual(r.totals.ttm, { n: 2, median: 52.5, mean: 52.5 });
  // TTR: 120, 180, 60, 45 (stated duration), 360 → sorted 45, 60, 120, 180, 360: median 120, mean 765 / 5 = 153
  assert.deepEqual(r.totals.ttr, { n: 5, median: 120, mean: 153 });
  // Users: 1,000 + 5,000
  assert.equal(r.totals.usersAffected, 6000);
  // Open: bob (canary, due 03-01), bob (roll back, due 07-01), carol (disk, due 05-01), dave (no due) = 4.
  // Overdue before 2024-06-15: bob 03-01 and carol 05-01 = 2; bob 07-01 is not due yet, dave has no due date.
  assert.deepEqual(r.actionItems, { open: 4, overdue: 2, byOwner: [{ owner: 'bob', open: 2, overdue: 1 }, { owner: 'carol', open: 1, overdue: 1 }, { owner: 'dave', open: 1, overdue: 0 }] });
  // API + configuration push: 01-10 → 02-20 is 21 + 20 = 41 days (≤ 90, a recurrence); 02-20 → 07-15 is
  // 9 + 31 + 30 + 31 + 30 + 15 = 146 days (> 90, not one). Billing (02-20 config push, 04-01 network): other trigger.
  assert.deepEqual(r.recurring.map((x) => [x.id, x.earlier.id, x.service, x.days]), [['2024-02-20-api-config-again', '2024-01-10-api-config', 'API', 41]]);
  // With a 150-day window the July incident recurs too (146 ≤ 150), after the February one.
  const wide = buildReport(records, unreadable, { today: TODAY, recurrenceDays: 150 });
  assert.deepEqual(wide.recurring.map((x) => [x.id, x.earlier.id, x.days]), [['2024-02-20-api-config-again', '2024-01-10-api-config', 41], ['2024-07-15-api-config-later', '2024-02-20-api-config-again', 146]]);
  // The binary file is listed with its reason, not dropped.
  assert.equal(r.unreadable.length, 1);
  assert.equal(r.unreadable[0]!.path, 'postmortems/binary.md');
  assert.match(r.unreadable[0]!.reason, /binary/);
  // Severity counts: SEV1 (02-20, 07-15), SEV2 (01-10, 03-05), SEV3 (04-01, undated).
  assert.deepEqual(r.bySeverity, [{ key: 'SEV1', incidents: 2 }, { key: 'SEV2', incidents: 2 }, { key: 'SEV3', incidents: 2 }]);
  // TTR by month: one incident each (a figure of one incident, n = 1).
  assert.deepEqual(r.ttrByMonth.map((m) => [m.month, m.ttr.median, m.ttr.n]), [['2024-01', 120, 1], ['2024-02', 180, 1], ['2024-03', 60, 1], ['2024-04', 45, 1], ['2024-07', 360, 1]]);
});

test('grouping by service, quarter, trigger and kind', () => {
  const { records } = readAll();
  const service = buildReport(records, [], { today: TODAY, groupBy: 'service' });
  // API: 01-10, 02-20, 07-15 → TTR 120, 180, 360: median 180, mean 660 / 3 = 220.
  // Billing: 02-20, 04-01 → TTR 180, 45: median 112.5. An incident with two services is in both groups.
  assert.deepEqual(service.groups.map((g) => [g.key, g.incidents, g.ttr.median, g.ttr.mean]), [['API', 3, 180, 220], ['Billing', 2, 112.5, 112.5], ['Database', 1, 60, 60], ['Search', 1, null, null]]);
  // Q1: 01-10, 02-20, 03-05; Q2: 04-01; Q3: 07-15; no date: undated.
  const quarter = buildReport(records, [], { today: TODAY, groupBy: 'quarter' });
  assert.deepEqual(quarter.groups.map((g) => [g.key, g.incidents]), [['2024-Q1', 3], ['2024-Q2', 1], ['2024-Q3', 1], ['(none)', 1]]);
  const trigger = buildReport(records, [], { today: TODAY, groupBy: 'trigger' });
  assert.deepEqual(trigger.groups.map((g) => [g.key, g.incidents]), [['capacity', 1], ['configuration push', 3], ['network', 1], ['(none)', 1]]);
  const kind = buildReport(records, [], { today: TODAY, groupBy: 'kind' });
  assert.deepEqual(kind.groups.map((g) => [g.key, g.incidents]), [['degradation', 1], ['near-miss', 1], ['outage', 4]]);
  // Open action items per month group: January 1 (bob), February 1 (bob), March 2 (carol, dave).
  const month = buildReport(records, [], { today: TODAY });
  assert.deepEqual(month.groups.map((g) => [g.key, g.openActionItems]), [['2024-01', 1], ['2024-02', 1], ['2024-03', 2], ['2024-04', 0], ['2024-07', 0], ['(none)', 0]]);
});

test('--since and --until include their own day; undated documents are listed, not counted', () => {
  const { records } = readAll();
  const r = buildReport(records, [], { today: TODAY, since: '2024-02-20', until: '2024-04-01' });
  // 02-20 (the since day itself), 03-05, 04-01 (the until day itself).
  assert.deepEqual(r.records.map((x) => x.date), ['2024-02-20', '2024-03-05', '2024-04-01']);
  assert.deepEqual(r.undated, ['postmortems/undated-search.md']);
  // TTR 180, 60, 45 → median 60, mean 285 / 3 = 95.
  assert.deepEqual(r.totals.ttr, { n: 3, median: 60, mean: 95 });
  // The February incident recurs even though the January one is before the range.
  assert.equal(r.recurring.length, 1);
  // One day later, the February incident is out.
  const later = buildReport(records, [], { today: TODAY, since: '2024-02-21' });
  assert.deepEqual(later.records.map((x) => x.date), ['2024-03-05', '2024-04-01', '2024-07-15']);
  assert.equal(later.recurring.length, 0);
});

test('DevLake webhook incidents use DevLake field names', () => {
  const { records } = readAll();
  const a = devlakeIncident(byId(records, '2024-01-10-api-config'));
  // The fields of DevLake's incoming webhook for issues (docs/report.md).
  assert.deepEqual(Object.keys(a).sort(), ['component', 'createdDate', 'issueKey', 'leadTimeMinutes', 'originalStatus', 'resolutionDate', 'severity', 'status', 'title', 'type', 'url']);
  assert.deepEqual([a.issueKey, a.type, a.status, a.createdDate, a.resolutionDate, a.leadTimeMinutes, a.component], ['2024-01-10-api-config', 'INCIDENT', 'DONE', '2024-01-10T10:00:00.000Z', '2024-01-10T12:00:00.000Z', 120, 'API']);
  const open = devlakeIncident(byId(records, '2024-04-01-billing-network'));
  assert.deepEqual([open.status, open.createdDate, open.resolutionDate], ['IN_PROGRESS', '2024-04-01T00:00:00.000Z', null]);
});

test('odd front matter gives nulls, not a crash or a wrong date', async () => {
  const { lint } = await import('../../server/src/core/lint');
  const { incidentRecord } = await import('../../server/src/core/record');
  const text = '---\ntype: postmortem\ndate: 2024-13-45\ntrigger: [a, b]\nrelated: 5\nid: ""\ntitle: 42\nstarted: yesterday\n---\n\n# Odd\n\n## Action items\n\n- [ ]\n- Owner:\n';
  const r = incidentRecord(lint(text), 'x/odd.md');
  assert.deepEqual([r.id, r.title, r.date, r.trigger, r.related, r.started, r.ttrMinutes], ['odd', '42', null, null, ['5'], null, null]);
  assert.deepEqual(r.actionItems.map((a) => [a.text, a.owner]), [['Owner:', null]]);
  // Empty input and a document with no front matter at all.
  assert.equal(incidentRecord(lint(''), 'empty.md').id, 'empty');
  assert.equal(incidentRecord(lint('# Just a title\n'), 'a/b.markdown').title, 'Just a title');
});

test('a count of people in the summary is the users affected when nothing else states one, and only then', async () => {
  const { analyze } = await import('../../server/src/core/index');
  const summaryOnly = '# Stuck transactions\n\n### Summary:\nOn February 9th two users submitted a burn request that never cleared.\n\n### Impact:\n\nNone of the nodes accepted the transaction.\n';
  assert.deepEqual(analyze(summaryOnly)!.facts.users.map((u) => u.value.affected), [2]);
  const stated = summaryOnly.replace('None of the nodes', '1,200 customers waited while none of the nodes');
  assert.deepEqual(analyze(stated)!.facts.users.map((u) => u.value.affected), [1200]);
});

test('the report calls late exactly the items action-item-overdue reports (round 29: items tracked on a board, a notice to customers)', () => {
  const docs = [
    // The document says where its follow-ups are tracked: the board holds their state.
    '# Push delays\n\n| | |\n|---|---|\n| **Date** | 23 January 2024 |\n| **Status** | Closed — follow-ups tracked in NOTIF board |\n\n## Follow-ups\n\n1. Batch the worker pool. Owner: Bartek. Target: 9 Feb.\n2. Add an alert. Owner: Hannah. Target: 16 Feb.\n',
    // A notice to customers: its commitments are published once, not marked done in it.
    '# 서비스 장애 안내\n\n고객 여러분께 불편을 드려 죄송합니다.\n\n## 재발 방지\n\n- 결제 서버 이중화 (2024년 3월 31일까지)\n',
    // An internal document: the open item past its date is late in both.
    '# Push delays\n\n## Follow-ups\n\n- Batch the worker pool. Owner: Bartek. Due 2024-02-09.\n- Add an alert. Owner: Hannah. Due 2024-02-16. Done.\n',
  ];
  const lateCounts: Array<[number, number]> = [];
  for (const text of docs) {
    const result = lint(text, { today: TODAY });
    const reported = result.findings.filter((f) => f.ruleId === 'action-item-overdue').length;
    const late = incidentRecord(result, 'x.md').actionItems.filter((a) => isLate(a, TODAY)).length;
    lateCounts.push([reported, late]);
  }
  assert.deepEqual(lateCounts, [[0, 0], [0, 0], [1, 1]]);
});

// The owner the report shows is the one `action-item` accepts: without a label or a handle, who is
// set off at the end of the item (`— 大西／2/21`), a name then `to` (`Dana to …`), a team leading the
// item, a team set off in it. Only the name: not a state, a date or the team consulted after it.
const OWNERS: Array<{ item: string; owner: string | null }> = [
  { item: 'Pin the runner image （大西／2/21）', owner: '大西' },
  { item: 'Add a load test with the partner stub — Samir Haddad, due 31 May', owner: 'Samir Haddad' },
  { item: 'Golden-file tests for every export type (Elif, done 13 May)', owner: 'Elif' },
  { item: 'Dana to add it to the template by 4 April', owner: 'Dana' },
  { item: '서버개발팀: 라이브 데이터 사본으로 마이그레이션 리허설 (12/17)', owner: '서버개발팀' },
  { item: '샤드별 용량 추세를 월 1회 리뷰 — 인프라팀 박건우', owner: '인프라팀 박건우' },
  { item: 'ダッシュボードにパネルを追加 — 野口、完了', owner: '野口' },
  { item: 'レプリカ遅延アラートの閾値を 1 分に変更 — 平野、3/18(完了)', owner: '平野' },
  { item: 'lint を入れる(ユーザー ID などを禁止)— 野口、8 月末', owner: '野口' },
  { item: '세이브 저장 시 체크섬 기록 (서버개발팀 엄태식, 11/22) — 예정', owner: '서버개발팀 엄태식' },
  { item: '전체 오픈 전 1% 선오픈 (라이브서버팀 모지환, 다음 대형 업데이트부터) — 합의 완료', owner: '라이브서버팀 모지환' },
  { item: '공지 템플릿과 출근 안내 기준 마련 — 총무팀과 협의 중', owner: '총무팀' },
  { item: '本番 CDN 変更は昼ピークを避けるルールを明文化（@mori）', owner: 'mori' },
  { item: '분석용 인덱스를 별도 클러스터로 분리 — @인프라팀 표승우 · 11월 중', owner: '인프라팀' },
  { item: 'Write to ops@example.com about the quota, due 2024-07-01', owner: null },
  { item: '고객센터 FAQ에 연휴 기간 처리 절차 게시', owner: null },
  { item: '홈 피드 장애 런북에 폴백 플래그 사용 절차 추가 — 완료', owner: null },
];

test('the report names the owner that action-item reads, and only the name', () => {
  for (const row of OWNERS) {
    const r = lint(`# Incident\n\n## Action items\n\n- ${row.item}\n`);
    const items = incidentRecord(r, 'x.md').actionItems;
    assert.equal(items.length, 1, row.item);
    assert.equal(items[0].owner, row.owner, row.item);
    // Where the report names an owner, the rule does not call the item ownerless.
    if (row.owner !== null) assert.ok(!r.findings.some((f) => f.ruleId === 'action-item' && /no owner|link, owner/.test(f.message)), row.item);
  }
});
