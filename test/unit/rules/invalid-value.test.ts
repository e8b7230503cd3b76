import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'invalid-value';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 77: a hospital\'s downtime procedure is not the downtime\'s length (| **Downtime procedure** | NC-DT-01 activated 10:45 CST |, ## Downtime Procedure Activation, Downtime declared by …)', text: '# Downtime Report: Lab Results Interface\n\n| Field | Value |\n|---|---|\n| **Period of impact** | 10:05 to 13:47 CST (3 hours 42 minutes) |\n| **Downtime procedure** | NC-DT-01 activated 10:45 CST on 11 units |\n\n## Downtime Procedure Activation\n\nThe Laboratory Results Downtime Procedure (policy LAB-DT-004) was activated at 07:50 EST.\n\n| Item | Time (CDT) |\n|---|---|\n| Downtime declared by IS Incident Commander | 02:29 |\n| Downtime ended / recovery declared | 05:51 |\n' },
  { name: 'round 57: a length written as hours and minutes (Duration: 08:22 (0536–1358 UTC); | Duration | 01:52 |; 所要: 01:58 (送信))', text: '# Crew pairing near miss\n\n- **Duration:** 08:22 (0536–1358 UTC)\n\n| Field | Value |\n|---|---|\n| Duration | 01:52 |\n\n- 所要: 01:58 (送信) + データ補正 約 2 日\n' },
  { name: 'round 53: a length given as a span on purpose (roughly 6 to 11 hours depending on node pool)', text: '# GPU jobs stuck\n\n- **Duration:** roughly 6 to 11 hours depending on node pool — see timeline\n' },
  { name: 'round 51: a minute blanked on purpose because it is not known (03:2x~)', text: '# 랭킹 점수 유실\n\n## 타임라인\n\n- 03:00 주간 정산 배치 시작\n- 03:2x~ TTL 백그라운드 삭제 시작\n- 08:50 CS팀 문의 증가 감지\n' },
  { name: 'round 46: a services section whose table heads its first column with a generic word (| 구분 | 영향 | 비고 |)', text: '# 세션 유실\n\n### 2.1 서비스 영향\n\n| 구분 | 영향 | 비고 |\n|---|---|---|\n| 비로그인 서비스 (안내, 공지) | 영향 없음 | |\n| 로그인 | 요청의 절반에서 세션 유실 | WAS 2대 |\n| 민원 신청·제출 | 제출 61% 감소 | |\n' },
  { name: 'round 45: a front matter service with a colon inside parentheses, which YAML reads as a key and its value', text: '---\nservices:\n  - billing-docs (S3: fl-carrier-invoices-prod)\n  - terraform-modules/s3-bucket\n---\n# Bucket briefly public\n' },
  { name: 'round 43: services stated as none (None., 없음, なし) name no service and are no unreadable list', text: '# Near miss\n\n## Affected services\n\nNone.\n\n## 영향 받은 서비스\n\n없음\n\n## 影響を受けたサービス\n\nなし\n' },
  { name: 'round 39: a service whose note in parentheses says what else was not hit is still named', text: '# X\n\n### 影響\n\n- 影響を受けたサービス:電子カルテの検査結果表示(検体検査のみ。画像検査・病理は別経路のため影響なし)\n' },
  { name: 'round 38: a bold Restoration label over how service came back is no count of servers', text: '# Checkout delays\n\n**Restoration.** Scaling tax-engine to 24 pods and disabling the widget removed the bottleneck.\n' },
  { name: 'round 31: a row of an action table whose action starts with Downtime is an item, not a Downtime label', text: '# X\n\n## Actions\n\n| Action | Owner | Target date |\n|--------|-------|-------------|\n| Downtime labels for pharmacy | Pharmacy (R. Osei, Chief Pharmacist) | 30 Nov 2023 |\n' },
  { name: 'round 14: a front matter timeline written as a list of strings', text: '---\ntimeline:\n  - "2025-04-23 13:02 UTC: migration job starts"\n  - "2025-04-23 15:31 UTC: migration reverted"\naction_items:\n  - Alert on queue depth (owner Dev, due 2025-05-30)\n---\n\n# Outage\n' },
  { name: 'durations', text: '# X\n\n## Duration\n\n4h 10m\n\n**Downtime:** 250 minutes\n' },
  { name: 'a time range', text: '# X\n\n## Duration\n\n14:50–19:00 KST\n' },
  { name: 'Korean', text: '# X\n\n## 장애 시간\n\n4시간 10분\n\n## 복구된 서버\n\n32,000대 중 12,000대\n' },
  { name: 'server ratios and N/A with a reason', text: '# X\n\n## Servers restored\n\n12000/32000\n\n**Server recovery:** N/A: no servers were involved\n' },
  { name: 'service lists', text: '---\nservices: [KakaoTalk, Daum]\n---\n\n# X\n\n## Affected services\n\nKakaoTalk, Daum\n' },
  { name: 'a midnight time with AM', text: '## Timeline (UTC)\n\n### 0:25:59 AM\n\nThe hub restarts.\n' },
  { name: 'real dates, times and offsets', text: '---\ndate: 2024-02-29\nstarted: 2024-02-29T23:59:59+14:00\nresolved: 2024-03-01T01:00-12:00\n---\n\n# X\n\n## Timeline\n\n- 23:59 UTC paged\n- 24:00 UTC end of day\n' },
  { name: 'counts', text: '---\nusers_affected: 0\nusers_total: "45.6 million"\nservers: {restored: 12000, total: "32,000"}\nservers_total: 32000\n---\n\n# X\n' },
  { name: 'counts honestly unknown', text: '---\nusers_affected: unknown\nusers_total: N/A\nservers_total: TBD\n---\n\n# X\n' },
  { name: 'a time followed by a number that is no offset', text: '# X\n\n## Timeline\n\n- 10:00+15 min later, paged\n' },
  { name: 'a section called Restoration that tells how service came back, with no count', text: '# DDoS\n\nRestoration\n-----------\n\nService was restored by the WAF rule at 08:41. No servers needed to be rebuilt.\n' },
  { name: 'a Restoration time row is when service came back, not a servers count', text: '# Card outage\n\n| Field | Value |\n| --- | --- |\n| Start of impact | 10:09 CET |\n| Restoration time | 11:52 CET |\n| Total duration of service disruption | 1 hour 43 minutes |\n' },
  { name: 'a duration that says there was none', text: '# Duplicates\n\n- **Downtime:** none. Order placement stayed up throughout.\n' },
  { name: 'a count made during the outage is not its duration', text: '# 결재 장애\n\n- 장애 시간 중 상신 시도: 3,412건\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
  { name: 'a duration that is not one', text: '# X\n\n## Duration\n\na while\n', at: [[5, 1, 'unreadable']] },
  { name: 'a vague duration', text: '# X\n\n**Duration:** a few hours\n', at: [[3, 15, 'unreadable']] },
  { name: 'servers without counts', text: '# X\n\n## Servers restored\n\nmost of them\n', at: [[5, 1, 'unreadable']] },
  { name: 'N/A without a reason', text: '# X\n\n## Servers restored\n\nN/A\n', at: [[5, 1, 'naReason']] },
  { name: 'services that are not a list', text: '---\nservices: 5\n---\n\n# X\n', at: [[2, 11, 'unreadable']] },
  { name: 'a front matter duration', text: '---\nduration: soon\n---\n\n# X\n', at: [[2, 11, 'unreadable']] },
  { name: 'a timeline time with a one-digit minute', text: '## Timeline (UTC)\n\n- 13:05 Alert.\n- 13:5:09 Resolved.\n', at: [[4, 3, 'badTimeDigits']] },
  { name: 'a time out of range', text: '## Timeline (UTC)\n\n- 25:10 Alert.\n', at: [[3, 3, 'impossibleTime']] },
  { name: '24-hour times with PM, reported once', text: '## Timeline (PST)\n\n13:55 PM: alarms.\n\n14:00 PM: traffic is not genuine.\n', at: [[3, 1, 'badTimeMeridiem']] },
  { name: 'a negative duration', text: '---\nduration: -2h\n---\n\n# X\n\n**Duration:** −30 min\n', at: [[2, 11, 'unreadable'], [7, 15, 'unreadable']] },
  { name: 'a day February does not have', text: '---\nstarted: 2024-02-30T10:00:00Z\n---\n\n# X\n', at: [[2, 10, 'impossibleDate']] },
  { name: 'a month 13', text: '---\ndate: 2024-13-45\n---\n\n# X\n', at: [[2, 7, 'impossibleDate']] },
  { name: 'a time 25:61', text: '---\nresolved: 2024-03-01T25:61:00Z\n---\n\n# X\n', at: [[2, 11, 'impossibleTime']] },
  { name: 'an offset no zone has', text: '---\nresolved: 2024-03-01T10:00:00+25:00\nmitigated: 2024-03-01 09:00 UTC+15\n---\n\n# X\n', at: [[2, 11, 'impossibleOffset'], [3, 12, 'impossibleOffset']] },
  { name: 'impossible timeline entries', text: '# X\n\n## Timeline\n\n- 14:00 UTC paged\n- 25:61 UTC database down\n| 2024-02-30 10:00 | restart |\n\n### 2024-13-01\n\n1. **09:75** retry\n', at: [[6, 3, 'impossibleTime'], [7, 3, 'impossibleDate'], [9, 5, 'impossibleDate'], [11, 6, 'impossibleTime']] },
  { name: 'counts that are no counts', text: '---\nusers_affected: -5\nusers_total: .nan\nservers: {restored: 1e400, total: "lots"}\nservers_total: [1, 2]\n---\n\n# X\n', at: [[2, 17, 'notCount'], [3, 14, 'notCount'], [4, 21, 'notCount'], [4, 35, 'notCount'], [5, 16, 'notCount']] },
  { name: 'a count of -5 is reported where it is written, not on the impact section', text: '---\nusers_affected: "-5"\n---\n\n# X\n\n## User impact\n\nLogins failed.\n', at: [[2, 17, 'notCount']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: impossible values name what a real one looks like, in English and Korean`, () => {
  const text = '---\ndate: 2024-13-45\nstarted: 2024-03-01T25:61Z\nresolved: 2024-03-01T10:00+25:00\nusers_affected: -5\n---\n\n# X\n';
  assert.deepEqual(run(text).findings.filter((x) => x.ruleId === RULE).map((f) => f.message), [
    '"2024-13-45" is not a real date: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has.',
    '"2024-03-01T25:61Z" is not a real time: hours run from 00 to 23, minutes and seconds from 00 to 59.',
    '"2024-03-01T10:00+25:00" has a time zone offset that no zone has: offsets are at most 14 hours from UTC, with minutes from 00 to 59.',
    '"users_affected" is "-5": expected a count of 0 or more, such as 12000 or "45.6 million".',
  ]);
  assert.match(run(text, {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /존재하지 않는 날짜/);
});

test(`${RULE}: a !!binary value is quoted as written, not as a list of byte values`, () => {
  const [f] = run('---\nduration: !!binary aGVsbG8=\n---\n\n# X\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Cannot read "!!binary aGVsbG8=" as a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`.');
});

test(`${RULE}: the message quotes the value and says what is expected`, () => {
  const [f] = run('# X\n\n## Duration\n\na while\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Cannot read "a while" as a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`.');
});

test('round 43: a services value that says none (None., 없음, なし) is no service name', async () => {
  const { analyze } = await import('../../../server/src/core/index');
  for (const none of ['None.', '없음', 'なし', 'N/A']) {
    const a = analyze(`# Near miss\n\n## Affected services\n\n${none}\n`)!;
    assert.deepEqual(a.facts.services.map((s) => s.names.map((n) => n.name)), [[]], none);
    assert.deepEqual(a.model.data.affected_services, [], none);
  }
});

test('labelled corpus (terrarebels): a title that names no system with a word for one gives the acronyms the text uses three times more', async () => {
  const { analyze } = await import('../../../server/src/core/index');
  const text = '# Fall of Terra – Timeline of UST "de-peg" attack on the DB\n\n## Summary\n\nUST lost its peg. UST fell to $0.74. The DB was fine. The DB was fine. DB. Holders sold UST.\n';
  assert.deepEqual(analyze(text)!.model.data.affected_services, ['UST']);
});
