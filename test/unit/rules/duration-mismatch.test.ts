import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';
import type { PostmortemConfig } from '../../../server/src/core/config';

const RULE = 'duration-mismatch';

/** Front matter with the Kakao 2012 milestones (4 h 10 min apart), then `body`. */
function doc(body: string, extraFrontMatter = ''): string {
  return `---\nstarted: 2012-04-28T14:50+09:00\nresolved: 2012-04-28T19:00+09:00\n${extraFrontMatter}---\n\n# Outage\n\n${body}\n`;
}

function fixed(text: string, config?: Partial<PostmortemConfig>): string {
  return applyEdits(text, fixAllEdits(run(text, config).findings.filter((f) => f.ruleId === RULE)));
}

const valid: Array<{ name: string; text: string; config?: Partial<PostmortemConfig> }> = [
  { name: 'round 82: a first phase and the length said to come on top of it (약 1시간 14분 동안 이어졌습니다. 이후 … 31분이 더 걸렸습니다) against labelled ends 1 h 45 min apart', text: '# 쿠키 미지급\n\n## 요약\n\n| 항목 | 내용 |\n|---|---|\n| 발생 시각 | 2025-01-11 (토) 14:20 KST |\n| 종료 시각 | 2025-01-11 (토) 16:05 KST |\n\n배포 이후 웹훅 서명 검증이 전부 실패해 돈은 빠져나가고 쿠키는 들어오지 않는 상태가 약 1시간 14분 동안 이어졌습니다. 이후 미지급 건을\n재처리하는 데 31분이 더 걸렸습니다.\n' },
  { name: 'round 78: a labelled range and a Duration that agree (| When | 02:15 – 16:40 CDT |, | Duration | 14 h 25 min |), and a length far from the range (| Window | 09:00 – 17:00 |, | Duration | 30 min |): another measure', text: '# A\n\n| | |\n|---|---|\n| **When** | 02:15 – 16:40 CDT |\n| **Duration** | 14 h 25 min |\n\n# B\n\n| | |\n|---|---|\n| **Window** | 09:00 – 17:00 |\n| **Duration** | 30 min |\n' },
  { name: 'round 78: the longest and the average single delay (| 최대 지연 시간 | 31분 |, | 평균 지연 시간 | 6분 12초 |, | Max delay | 31 min |) are no length of the incident', text: '# 송금 지연\n\n## 1. 요약\n\n2024년 3월 15일(금) 12:02부터 12:49(KST)까지 **47분간** 타행 송금이 지연되었습니다.\n\n## 2. 영향\n\n| 구분 | 수치 |\n|---|---|\n| 평균 지연 시간 | 6분 12초 |\n| 최대 지연 시간 | 31분 |\n| Max delay | 31 min |\n' },
  { name: 'round 77: a Duration that agrees with the timeline from the start of the impact to one of the entries that say it was over (a partial recovery first, then fully back)', text: '# Docs site outage\n\n**Duration:** 5 h 35 min\n\n## Timeline\n\n- **09:04** — the PR is merged.\n- **09:12** — Site is down from here.\n- **11:10** — service is restored for EU users only; site is back for them.\n- **14:47** — Site fully back.\n' },
  { name: 'round 77: timeline times of one day that go past midnight give no window (23:50 the site is down … 01:10 site fully back)', text: '# Night outage\n\n**Duration:** 20 min\n\n## Timeline\n\n- 23:50 — the site went down.\n- 00:30 — rollback started.\n- 01:10 — site fully back.\n' },
  { name: 'round 77: a Duration far from the timeline\'s window measures something else (Duration: 12 min of errors, the timeline 09:00 down to 13:00 fully back)', text: '# Errors\n\n**Duration:** 12 min\n\n## Timeline\n\n- 09:00 — the API was down for some users.\n- 13:00 — service fully restored.\n' },
  { name: 'round 74: a later phase out from one time to another that shares no word with the Duration field (Window … (about 11h10m) during which dupes could be created; then read-only from 10:30 to 17:00)', text: '# Duplicate customers\n\n- **Window:** Sat 23:20 → Sun 10:30 (about 11h10m) during which dupes could be created.\n  Invoicing and customer creation then read-only from 10:30 to 17:00.\n' },
  { name: 'round 74: a total under a table of each flight\'s delay is the sum of the table (合計 94 分。), not the incident\'s length', text: '# 手荷物照合システム停止\n\n## 概要\n\n照合システムは 06:20〜08:05(1 時間 45 分)停止した。\n\n## 遅延便\n\n| 便 | 遅延 |\n|---|---|\n| NSA401 | 28分 |\n| NSA403 | 66分 |\n\n合計 94 分。\n' },
  { name: 'round 73: another thing out for another length (Inbound mail was down for 20 minutes) beside the site\'s proven window; a bound (down for over 30 minutes)', text: '# Site unreachable\n\n## Summary\n\nThe marketing site was unreachable for 47 minutes (14:06–14:53 CT).\n\n## Impact\n\n- Inbound mail was down for 20 minutes while resolvers cached the answer.\n- The site was down for over 30 minutes for some resolvers.\n' },
  { name: 'round 69: a whole length that agrees with the range the summary gives (for 33 minutes in total, Between 23:38 and 00:11)', text: '# Uploads rejected\n\n## Summary\n\nBetween 23:38 and 00:11 on Friday 13 December, the LMS rejected exam uploads.\nSubmissions were rejected for 33 minutes in total.\n' },
  { name: 'round 68: a summary\'s length of a trial run before the incident (had been tested in staging for two weeks) is no incident length', text: '# Slow lessons\n\n## What happened\n\nOn 14 May we moved lesson delivery to a new CDN. The move had been tested in staging for two weeks. For the next week lessons loaded slowly.\n\n## Impact\n\n| | |\n|---|---|\n| Duration | 7 days |\n' },
  { name: 'round 68: a summary that gives the span to another labelled moment (노출 09:00~10:31, 1시간 31분; 발생 09:00, 노출 차단 10:31, 복구 11:40)', text: '# 명세서 노출\n\n| 항목 | 내용 |\n|---|---|\n| 발생 시각 | 2026-01-23T09:00+09:00 |\n| 노출 차단 시각 | 2026-01-23T10:31+09:00 |\n| 복구 시각 | 2026-01-23T11:40+09:00 |\n\n## 2. 요약\n\n노출은 09:00~10:31 KST(1시간 31분) 동안 있었다.\n' },
  { name: 'round 67: a length said again as the incident\'s that agrees with the summary within rounding (영향 시간 동안(약 3시간) against 2시간 50분)', text: '# 화상 진료 끊김\n\n## TL;DR\n\n- 영향 시간 **10:05 ~ 12:55, 2시간 50분**.\n\n## 영향\n\n- 영향 시간 동안(약 3시간) TURN 경유 세션이 끊겼다.\n' },
  { name: 'a planned window in Korean is no window of the incident (계획 작업 시간: 02:00 ~ 04:00 (2시간) against 약 3시간 20분)', text: '# 점검 연장\n\n## 요약\n\n점검이 연장되어 약 3시간 20분 동안 접속이 불가했다.\n\n## 영향\n\n- 계획 작업 시간: 02:00 ~ 04:00 (2시간)\n' },
  { name: 'a length beside a window of another kind in parentheses (9h 16m (during support hours 10:00-17:00)): not the range it measures', text: '# Log\n\n- **Time to resolve**: 9h 16m (during support hours 10:00-17:00)\n' },
  { name: 'round 66: a summary that is a timeline table, and a planned window (Approved downtime window … (4 hours)), are not held against each other', text: '# AAR\n\n## 1. What was planned\n\n- Approved downtime window: **Sunday 16 March, 12:30 a.m. to 4:30 a.m.** (4 hours).\n\n## 2. What happened\n\n| Time | Event |\n|---|---|\n| 3:45 a.m. | Rollback deadline. Rollback is a full restore, est. 2 h 40 min. |\n' },
  { name: 'round 65: a Duration that agrees with the labelled ends, and one more than twice them (a measure of something else)', text: '# A\n\n- Started: 2024-12-31 09:15Z\n- Resolved: 2024-12-31 12:55Z\n- Duration: 3 h 40 min\n\n# B\n\n- Started: 2025-01-02 09:00Z\n- Resolved: 2025-01-02 10:00Z\n- Duration: 5 hours\n' },
  { name: 'round 64: a summary line labelled as something else gives the length of that (최종 손실: … (약 19시간 30분)), not the incident\'s', text: '# 교통량 이력 삭제\n\n## 1. 개요\n\n- 발생: 2025년 10월 2일(목) 오후 4시 15분\n- 복구 완료: 10월 3일(금) 오후 9시\n- 최종 손실: 9월 28일 오후 11시~9월 29일 오후 6시 30분 수집분 (약 19시간 30분)\n' },
  { name: 'round 61: a window of another part that opens a list item, an average, and a round length within a quarter are not the summary\'s told wrong', text: '# X\n\n## 1. 개요\n\n- 일시: 09:00 ~ 11:40 (약 2시간 40분, 160분)\n\n## 영향\n\n- 09:50~11:40 (110분) 다른 민원 메뉴 차단\n- 평균 배달 소요 시간: 34분 → 52분\n\n# Y\n\n## Summary\n\nCheckout failed for 3 hours.\n\n## Impact\n\n- Duration: 3 h 25 min\n' },
  { name: 'round 60: a summary\'s length that agrees with one of the windows (the impact, beside a longer total)', text: '# X\n\n## Summary\n\nCheckout failed for about 2 hours.\n\n## Impact\n\n- Impact: 10:00–12:00 (2 h)\n- Duration: 5 h\n' },
  { name: 'round 60: a lower bound, a lateness, a time-to metric and a length far from every window are not the incident\'s length told wrong', text: '# X\n\n## Summary\n\nMail was deferred for over 4 hours.\n\n## Impact\n\n- Duration: 9 h\n\n# Y\n\n## 개요\n\n결제가 1시간 이상 실패했다.\n\n## 영향\n\n- 장애 시간: 10:00 ~ 12:10 (2시간 10분)\n' },
  { name: 'round 60: a length that is a deadline away or a build-up, not the window', text: '# X\n\n## Summary\n\nThe certificate was valid until 02:47 UTC, 19 hours away. Dead tuples had been piling up for five weeks.\n\n## Impact\n\n- Duration: 8h 45m\n' },
  { name: 'round 60: the summary against a time-to metric (TTR) is not compared', text: '# X\n\n## Overview\n\nFor 6 hours 3 minutes (09:07–15:10 CET) bookings failed.\n\n| Metric | Value |\n| --- | --- |\n| TTR (impact start → all hotels contacted) | 10 h 38 min |\n' },
  { name: 'round 17: a length in a sentence about one part of the incident is not the duration', text: doc('## Impact\n\n- **Customer dashboards:** queries on shard 3 returned errors from 15:00 to 15:38, 38 minutes.') },
  { name: 'the same length', text: doc('## Duration\n\n4h 10m') },
  { name: 'within 10% (4 h against 4 h 10 min)', text: doc('## Duration\n\nabout 4 hours') },
  { name: 'a time range that agrees', text: doc('## Duration\n\n14:50–19:00 KST') },
  { name: 'Korean', text: doc('## 장애 시간\n\n약 4시간 10분') },
  { name: 'front matter duration', text: doc('Text.', 'duration: 250 minutes\n') },
  { name: 'no resolved', text: '---\nstarted: 2012-04-28T14:50+09:00\n---\n\n## Duration\n\n2 hours\n' },
  { name: 'no stated duration', text: doc('## Summary\n\nPower failed.') },
  { name: 'a larger tolerance in minutes', text: doc('## Duration\n\n3 hours'), config: { durationTolerance: 90 } },
  { name: 'a larger tolerance in percent', text: doc('## Duration\n\n3 hours'), config: { durationTolerance: '30%' } },
  { name: 'a duration of the impact, started → mitigated, with the incident closed later', text: '---\nstarted: 2025-04-12T08:47+02:00\nmitigated: 2025-04-12T10:20+02:00\nresolved: 2025-04-12T10:42+02:00\n---\n\n# Outage\n\n- Duration: 1h33m of customer impact, incident closed at 10:42.\n' },
  { name: 'round 56: a length and the range beside it that agree, within rounding (about 2 hours (14:00–16:10); 約25時間（12/30 21:40〜12/31 22:55）; 26 h (8:47 am Tue → 10:52 am Wed))', text: '# X\n\nCheckout failed for about 2 hours (14:00–16:10).\n\n- 影響時間: 約25時間（12/30 21:40〜12/31 22:55）\n\n| Time stuck | 26 h (8:47 am Tue → 10:52 am Wed) |\n| --- | --- |\n' },
  { name: 'round 56: a measurement at its worst with when it happened is no length of the range (p95: 最大 6.4秒(8:40〜9:20); peak 45 min queue (08:00–10:30))', text: '# X\n\n- 荷物検索 API の p95 応答時間: 平常 180ms → 最大 6.4秒(8:40〜9:20)\n- 최대 40분(09:00~12:00) 대기\n- Queue wait peaked at 45 min (08:00–10:30).\n' },
  { name: 'zone-less milestones compared as wall-clock times', text: '---\nstarted: 2012-04-28T14:50\nresolved: 2012-04-28T19:00\n---\n\n## Duration\n\n4 h 10 min\n' },
];


const invalid: Array<{ name: string; text: string; line: number; col?: number; output?: string; config?: Partial<PostmortemConfig> }> = [
  {
    name: 'a section saying about 2 hours',
    text: doc('## Duration\n\nabout 2 hours'),
    line: 10,
    col: 1,
    output: doc('## Duration\n\n4 h 10 min'),
  },
  {
    name: 'a labelled line',
    text: doc('**Duration:** 2h, then recovery.'),
    line: 8,
    col: 15,
    output: doc('**Duration:** 4 h 10 min, then recovery.'),
  },
  {
    name: 'a metadata table row',
    text: doc('| Field | Value |\n| --- | --- |\n| Duration | 6 hours |'),
    line: 10,
    output: doc('| Field | Value |\n| --- | --- |\n| Duration | 4 h 10 min |'),
  },
  {
    name: 'front matter duration',
    text: doc('Text.', 'duration: 2h\n'),
    line: 4,
    col: 11,
    output: doc('Text.', 'duration: 4 h 10 min\n'),
  },
  {
    name: 'Korean text gets a Korean value',
    text: doc('## 장애 시간\n\n약 2시간 동안 멈췄다.'),
    line: 10,
    output: doc('## 장애 시간\n\n4시간 10분 동안 멈췄다.'),
  },
  {
    name: 'a time range that disagrees is reported, not rewritten',
    text: doc('## Duration\n\n14:50–16:50 KST'),
    line: 10,
  },
  {
    name: 'a tolerance of 5 minutes',
    text: doc('## Duration\n\n4 hours'),
    line: 10,
    config: { durationTolerance: 5 },
    output: doc('## Duration\n\n4 h 10 min'),
  },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.config })),
  invalid: [
    { name: 'round 81: the summary\'s length (For **4 hours and 10 minutes** …) against the timeline\'s start and end said in words (08:14 First index page … served stale … 14:57 … back to normal)', code: '# Stale mirror\n\n## TL;DR\n\nFor **4 hours and 10 minutes** on Thursday the mirror served stale package indexes.\n\n## Timeline\n\n- **07:58** CDN rule change merged.\n- **08:14** First installs failing on stale indexes.\n- **12:02** Purge issued.\n- **14:57** Edge and origin agree again; everything back to normal.\n', errors: [{ line: 5, column: 7, messageId: 'summaryLength' }], output: null },
    { name: 'round 81: the summary\'s length that is also the Duration field is reported once (- **障害時間**：約3時間15分 in ## 障害概要, beside 発生日時 9:05 and 復旧日時 14:20)', code: '# 障害報告\n\n## ■ 障害概要\n\n- **発生日時**：2025年11月4日（火）9:05\n- **復旧日時**：2025年11月4日（火）14:20\n- **障害時間**：約3時間15分\n', errors: [{ line: 7, column: 12, messageId: 'summaryLength' }], output: null },
    { name: 'round 80: the whole of the field (| 총 장애 시간 | 1시간 12분 |) against the labelled ends beside it (발생 일시 09:00, 복구 일시 10:42)', code: '# 화상회의 장애\n\n| 항목 | 내용 |\n|---|---|\n| 발생 일시 | 2025-01-06 (월) 09:00 KST |\n| 복구 일시 | 2025-01-06 (월) 10:42 KST |\n| 총 장애 시간 | 1시간 12분 |\n', errors: [{ line: 7, column: 13, messageId: 'labelledEnds' }], output: null },
    { name: 'round 80: labelled ends in the same table as the field, a little over twice apart (発生日時 00:00, 復旧日時 00:52, 影響時間 約25分)', code: '# ログインボーナス二重付与\n\n## サマリー\n\n| 項目 | 内容 |\n|---|---|\n| 発生日時 | 2025-01-01 00:00 JST |\n| 検知日時 | 2025-01-01 00:21 JST |\n| 復旧日時 | 2025-01-01 00:52 JST |\n| 影響時間 | 約25分 |\n', errors: [{ line: 10, column: 10, messageId: 'labelledEnds' }], output: null },
    { name: 'round 78: a labelled range (| **When** | … 02:15 – 16:40 CDT |) over the Duration row (| **Duration** | 6 hours 25 minutes |), more than twice apart but side by side', code: '# /scratch full\n\n## At a glance\n\n| | |\n|---|---|\n| **When** | Monday 6 October 2025, 02:15 – 16:40 CDT |\n| **Duration** | 6 hours 25 minutes |\n', errors: [{ line: 8, column: 18, messageId: 'labelledEnds' }], output: null },
    { name: 'round 79: a Korean table of labelled ends (| 발생 일시 | … 02:13 KST |, | 종료 일시 | … 02:58 KST |) against | 장애 시간 | 27분 |', code: '# 푸시 오발송\n\n| 구분 | 내용 |\n|---|---|\n| 발생 일시 | 2024-05-19(일) 02:13 KST |\n| 종료 일시 | 2024-05-19(일) 02:58 KST |\n| 장애 시간 | 27분 |\n', errors: [{ line: 7, column: 11, messageId: 'labelledEnds' }], output: null },
    { name: 'round 79: a Japanese 継続時間 against the labelled 発生日時 and 復旧日時', code: '# 通信障害に関する報告書\n\n## 2. 発生日時・復旧日時\n\n- **発生日時**：2025年2月17日（月）8時10分\n- **復旧日時**：2025年2月17日（月）13時55分\n- **継続時間**：3時間45分\n', errors: [{ line: 7, column: 12, messageId: 'labelledEnds' }], output: null },
    { name: 'round 79: the summary\'s own range (Between **7:48 AM and 10:33 AM CT** … lanes crashed) against the length it states (Total outage time: **2 hours 10 minutes.**)', code: '# POS outage\n\n## Overview\n\nBetween **7:48 AM and 10:33 AM CT** on Saturday, point-of-sale lanes in 286 stores\ncrashed whenever a cashier scanned a dairy item.\n\nTotal outage time: **2 hours 10 minutes.**\n\n## Timeline\n\n- 07:30 price file sent\n', errors: [{ line: 8, column: 22, messageId: 'summaryLength' }], output: null },
    { name: 'round 79: the timeline\'s first failures and the level back to normal (13:22 First failed SAML sign-ins … 16:09 success rate back to the normal level) against | Duration | 2 hours 17 minutes |', code: '# SSO failures\n\n| | |\n|---|---|\n| **Duration** | 2 hours 17 minutes |\n\n## Timeline\n\n- **13:05** — Release deployed.\n- **13:22** — First failed SAML sign-ins with error `AudienceMismatch`.\n- **15:51** — Rollback complete.\n- **16:09** — SAML sign-in success rate back to the normal level.\n- **17:00** — Status page updated to "Resolved".\n', errors: [{ line: 5, column: 18, messageId: 'timelineEnds' }], output: null },
    { name: 'round 77: a Duration line against the timeline\'s own start and end written as free text (**09:12** — … Site is down from here. … **14:47** — … Site fully back.)', code: '# Docs site outage\n\n**Duration:** 3 h 35 min\n\n## Timeline\n\nTimes are CET.\n\n- **09:04** — the docs deploy PR is merged.\n- **09:12** — the first deploy finishes without the CNAME file. Site is down from\n  here.\n- **11:10** — the custom domain is entered again.\n- **14:21** — deploy done, but HTTPS fails.\n- **14:47** — certificate issued. Site fully back.\n', errors: [{ line: 3, column: 15, messageId: 'timelineEnds' }], output: null },
    { name: 'round 77: the same with Korean labels in the entries (장애 발생 … 복구 완료)', code: '# 점검 연장\n\n- 장애 시간: 2시간 40분\n\n## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 13:50 | 점검 시작 |\n| 14:05 | 패치 후 접속 오류, 장애 발생 |\n| 16:10 | 롤백 결정 |\n| 17:25 | 서비스 정상화, 복구 완료 |\n', errors: [{ line: 3, column: 10, messageId: 'timelineEnds' }], output: null },
    { name: 'round 76: a Duration row against the labelled start and end said the other way round (| Start of impact | 18:10 CEST |, | End of impact | 20:00 CEST |)', code: '# Disconnects\n\n| Field | Value |\n|---|---|\n| Start of impact | 18:10 CEST |\n| End of impact | 20:00 CEST |\n| Impact duration | 1h 35m |\n', errors: [{ line: 7, column: 21, messageId: 'labelledEnds' }], output: null },
    { name: 'round 75: people locked out of a system for another length (Staff locked out of CMS for ~3h40m) against the duration stated as the field (duration: 2h40m)', code: '---\nduration: 2h40m\n---\n# SAML certificate expired\n\n## Impact\n\n- Staff locked out of CMS for ~3h40m. Cataloguing paused.\n', errors: [{ line: 8, column: 31, messageId: 'restated' }], output: null },
    { name: 'round 75: over the N minutes of impact (Over the 72 minutes of impact we lost …) against the summary\'s range and length (from **10:14 am to 11:06 am** Central — 52\\nminutes)', code: '# Tap declines\n\nLanes declined every tap payment from **10:14 am to 11:06 am** Central — 52\nminutes, in the Saturday peak.\n\n## Outcome\n\nOver the 72 minutes of impact we lost around $50k in sales.\n', errors: [{ line: 8, column: 10, messageId: 'restated' }], output: null },
    { name: 'round 74: a Duration field with what it measures (2h 10m (ingest lag > 15 min)) against a sentence that says the same was out from one time to another (Dashboards stale from 06:50 to 10:20 (lag > 15 min))', code: '# Ingest lag\n\n| | |\n|---|---|\n| Duration | 2h 10m (ingest lag > 15 min) |\n\n## Impact\n\n- Dashboards stale from 06:50 to 10:20 (lag > 15 min).\n', errors: [{ line: 5, column: 14, messageId: 'restated' }], output: null },
    { name: 'round 74: the length named as the outage\'s (During the 2h 10m outage) against a sentence whose length and range agree over two lines (For **3 hours 10 minutes**\\n(13:20 to 16:30 UTC))', code: '# CI builds blocked\n\nOn Tuesday a rate limit was applied far more widely than we meant. For **3 hours 10 minutes**\n(13:20 to 16:30 UTC) a large share of CI jobs failed.\n\n## Impact\n\nDuring the 2h 10m outage we returned roughly 1.9 million 429 responses.\n', errors: [{ line: 8, column: 12, messageId: 'restated' }], output: null },
    { name: 'round 73: the same thing said to be out for another length (Marketing site … down for ~74 min) against a sentence that proves its window (The marketing site was unreachable for 47 minutes (14:06–14:53 CT).)', code: '# Site unreachable after DNS move\n\n## Summary\n\nThe registrar got the wrong name servers. The marketing site was unreachable for 47 minutes\n(14:06–14:53 CT).\n\n## Impact\n\n- Marketing site (apex, `www`, landing pages) down for ~74 min.\n- Demo request form unavailable.\n', errors: [{ line: 10, column: 56, messageId: 'restated' }], output: null },
    { name: 'round 73: a stop that lasted another length (Fleet-wide ground stop lasted 2h 20m) against the summary\'s length and range (For 3 hours 20 minutes …, between 10:47 and 14:07 PT, every aircraft … was held on the ground)', code: '# Geofence update grounds the fleet\n\nFor 3 hours 20 minutes on Thursday 12 June, between 10:47 and 14:07 PT, every aircraft in the Sacramento area was held on the ground.\n\n## Impact\n\n- 60 aircraft grounded. Fleet-wide ground stop lasted 2h 20m.\n', errors: [{ line: 7, column: 55, messageId: 'restated' }], output: null },
    { name: 'round 70: for the N hours that something was wrong (for the 7 hours that stale data was served) against a Duration row of 9h; for N before the fix (for 3h 40m before the correction was published) against the summary\'s from-until', code: '# Stale forecasts\n\n| Field | Value |\n|---|---|\n| Duration | 9h (from 22:15 to 07:15 UTC) |\n\n## Customer credits\n\nCredits were calculated for the 7 hours that stale data was served.\n', errors: [{ line: 9, column: 33, messageId: 'restated' }], output: null },
    { name: 'round 70: for N before the correction (live in LiveTT for 3h 40m before the correction was published) against the summary\'s from-until (from 05:10 until 11:10, i.e. for six hours)', code: '# Cancelled service shown running\n\n## Summary\n\nService 2K14 was shown as running in the live feed from 05:10 until 11:10, i.e. for six hours.\n\n## Impact\n\n- The incorrect data was live in LiveTT for 3h 40m before the correction was published.\n', errors: [{ line: 9, column: 45, messageId: 'restated' }], output: null },
    { name: 'round 70: a Korean whole length (총 7시간 동안 오래된 데이터가 제공되었고) against a labelled window (영향 시간: 00:40 ~ 09:40)', code: '# 예보 API\n\n## 요약\n\n- 영향 시간: 2026-02-23 00:40 ~ 09:40 KST.\n- 총 7시간 동안 오래된 데이터가 제공되었다.\n', errors: [{ line: 6, column: 5, messageId: 'restated' }], output: null },
    { name: 'round 69: a whole length against the range a sentence gives as the incident\'s (rejected for 48 minutes in total; Between 23:38 and 00:11 … rejected)', code: '# Uploads rejected\n\n## Summary\n\nBetween 23:38 and 00:11 on Friday 13 December, the LMS rejected exam uploads.\nSubmissions were rejected for 48 minutes in total.\n', errors: [{ line: 6, column: 31, messageId: 'restated' }], output: null },
    { name: 'round 69: for the N minutes the fleet was stopped, against a range written with its own length (paused from 07:41 to 08:53 (1h 12m)); 총 250분 against the first range (02:15부터 08:15까지 6시간 동안)', code: '# Robots paused\n\n| | |\n|---|---|\n| Time to restore | 1h 12m |\n\nRobots were paused from 07:41 to 08:53 (1h 12m).\n\n### Manual fallback\n\nFor the 52 minutes the fleet was stopped, the floor ran the manual pick fallback.\n', errors: [{ line: 11, column: 9, messageId: 'restated' }], output: null },
    { name: 'round 69: a Korean whole length (결과적으로 총 250분 간의 공백이 발생) against the first range (02:15부터 08:15까지 6시간 동안)', code: '# 원격감시 두절\n\n## 1. 결론\n\n1. 7월 22일 02:15부터 08:15까지 6시간 동안 31곳의 데이터가 들어오지 않았다.\n\n## 3. 평가\n\n- 02:15~06:15 구간 4시간은 데이터 결측.\n- 결과적으로 총 250분 간의 공백이 발생했다.\n', errors: [{ line: 10, column: 11, messageId: 'restated' }], output: null },
    { name: 'round 68: an exact length that is no round figure beside its range with a zone (For 37 minutes (10:14–11:01 AST))', code: '# Declines\n\n## Impact\n\n- For 37 minutes (10:14–11:01 AST) every PIN debit was declined.\n', errors: [{ line: 5, column: 7, messageId: 'besideRange' }], output: null },
    { name: 'round 68: the summary\'s length after for, whose before names the end (degraded for about 55 minutes before latency came back), against a labelled window with a zone in bold (**18:12 – 19:47 AEST** (1h35m))', code: '# Slow dispatch\n\n## Summary\n\nMatching rounds slowed from ~4 s to 48 s. Dispatch was degraded for about 55 minutes before matching latency came back to normal.\n\n## Impact\n\n- Degraded window: **18:12 – 19:47 AEST** (1h35m), Sydney only.\n', errors: [{ line: 5, column: 69, messageId: 'summaryLength' }], output: null },
    { name: 'round 68: a row labelled as the incident lasting (| 장애 지속 | 57분 (…) |) against the summary\'s 47분', code: '# 카드 승인 거절\n\n## 1. 개요\n\n거절은 **07:41 ~ 08:28 KST, 47분간** 이어졌고, 이전 키로 되돌린 뒤 정상화되었다.\n\n## 2. 영향\n\n| 항목 | 값 |\n|---|---|\n| 장애 지속 | 57분 (승인 거절 발생~정상화) |\n', errors: [{ line: 5, column: 26, messageId: 'summaryLength' }], output: null },
    ...invalid.map((c) => ({ name: c.name, code: c.text, errors: [{ line: c.line, column: c.col, messageId: 'mismatch' }], config: c.config, output: c.output ?? null })),
    // Round 56: the two planted contradictions of round 55 that this reading finds (of 178 missed before).
    { name: 'round 67: a length said again as the incident\'s under Impact (영향 시간 동안(약 200분)) against the summary\'s range and its own length (영향 시간 10:05 ~ 12:55, 2시간 50분)', code: '# 화상 진료 끊김\n\n## TL;DR\n\n- 8/4 09:40 설정 템플릿 때문에 TURN 자격 증명 유효시간이 24시간에서 20분으로 바뀜.\n- 영향 시간 **10:05 ~ 12:55, 2시간 50분**. 끊긴 진료 세션 286건.\n\n## 영향\n\n- 영향 시간 동안(약 200분) TURN 경유 세션이 모두 한 번 이상 끊겼다.\n', errors: [{ line: 10, column: 12, messageId: 'restated' }], output: null },
    { name: 'round 67: the same in English (during the outage (about 4 hours), against 10:05 – 12:55, 2 h 50 min)', code: '# Video visits dropped\n\n## Summary\n\n- Impact window **10:05 – 12:55, 2 h 50 min**. 286 sessions dropped.\n\n## Impact\n\n- During the outage (about 4 hours), every relayed session dropped at least once.\n', errors: [{ line: 9, column: 22, messageId: 'restated' }], output: null },
    { name: 'round 65: a Duration cell against the Started and Resolved rows of the same card (2:40 vs 09:15Z → 12:55Z)', code: '# Card\n\n| Field | |\n|---|---|\n| Started | 2024-12-31 09:15Z (second batch starts) |\n| Resolved | 2024-12-31 12:55Z (correction sent) |\n| Duration | 2:40 from first duplicate to resolution |\n', errors: [{ line: 7, column: 14, messageId: 'labelledEnds' }], output: null },
    { name: 'round 64: an exact length against the two named moments in parentheses beside it (38 minutes (deploy 09:12 -> first customer report 10:05))', code: '# Feeds\n\n## Metrics\n\n- Time to detect: 38 minutes (deploy 09:12 -> first customer report 10:05)\n- Time to mitigate: 22 minutes (report 10:05 -> rollback 10:27)\n', errors: [{ line: 5, column: 19, messageId: 'besideRange' }], output: null },
    { name: 'round 56: a length that disagrees with the range beside it, dated (約15時間（12/30 21:40〜12/31 22:55）)', code: '# 寄付の保留\n\n- 影響時間: 約15時間（12/30 21:40〜12/31 22:55）\n', errors: [{ line: 3, column: 9, messageId: 'besideRange' }], output: null },
    { name: 'round 56: a length that disagrees with the range beside it, on weekdays (20 h 05 m (8:47 am Tue → 10:52 am Wed))', code: '# Donations stuck\n\n| Fact | Value |\n| --- | --- |\n| Time donations were stuck | 20 h 05 m (8:47 am Tue → 10:52 am Wed) |\n', errors: [{ line: 5, column: 31, messageId: 'besideRange' }], output: null },
    // Round 60: the summary's length held to the windows the document states (ten planted contradictions of rounds 41 to 60 found, no other finding on 800 documents).
    { name: 'round 64: the summary\'s length against the window of its labelled ends; hours with minutes are said to the minute, about or not (약 2시간 40분 vs 발생 01:10 … 복구 03:20)', code: '# 크레인 작업 지시 미전송\n\n## 1. 개요\n\n본선 양적하 작업이 중단되었음. 장애 시간은 약 2시간 40분이며, 출항이 지연됨.\n\n- 발생 일시: 2025-03-14 01:10\n- 복구 일시: 2025-03-14 03:20\n', errors: [{ line: 5, column: 26, messageId: 'summaryLength' }], output: null },
    { name: 'round 64: about an hour and a quarter against an impact window of 99 minutes', code: '# Gateway cut-over\n\n## Summary\n\nMost portal users could not log in for about an hour and a quarter.\n\n## Impact\n\n- Impact window: 14:02–15:41 ET on 2026-03-10.\n', errors: [{ line: 5, column: 40, messageId: 'summaryLength' }], output: null },
    { name: 'round 60: the summary\'s length against a range written with its own length (약 1시간 50분 vs 06:02 ~ 08:52 (2시간 50분))', code: '# 빈 수하물 태그\n\n## TL;DR\n\n8/3 오전 피크에 수하물 태그가 빈 채로\n출력됐다. 약 1시간 50분 동안 빈 태그가 나갔다.\n\n## 영향\n\n- 빈 태그 출력 지속: **06:02 ~ 08:52 (2시간 50분)**\n\n## 타임라인\n\n- 06:02 첫 빈 태그\n', errors: [{ line: 6, column: 7, messageId: 'summaryLength' }], output: null },
    { name: 'round 60: the summary\'s length against a labelled duration (about 6 hours vs Duration: 11h 15m)', code: '# Gmail deferrals\n\n## Summary\n\nFor about 6 hours (08:10–14:30 UTC) on Tuesday, mail to Gmail was deferred.\n\n## Impact\n\n- Duration: 11h 15m (first deferrals 08:10, back under 1% at 19:25)\n', errors: [{ line: 5, column: 5, messageId: 'summaryLength' }], output: null },
    { name: 'round 60: a Japanese summary\'s length against a labelled window (約 26 時間にわたり vs 影響期間 … (36 時間 30 分))', code: '# 手荷物タグの白紙印刷\n\n- 影響期間: 2024-12-27 17:40 〜 2024-12-29 06:10 JST（36 時間 30 分）\n\n## 1. 概要\n\n12 月 27 日夕方から約 26 時間にわたり、白紙のタグが排出された。\n', errors: [{ line: 7, column: 14, messageId: 'summaryLength' }], output: null },
    { name: 'round 61: an exact length in the summary against a table row, within half an hour but beyond rounding (46분 vs 장애 지속 시간 64분)', code: '# 세션 끊김\n\n## 개요\n\n끊김은 10시 12분부터 10시 58분까지 46분간 이어졌다.\n\n## 영향\n\n| 항목 | 값 |\n|---|---|\n| 장애 지속 시간 | 64분 |\n', errors: [{ line: 5, column: 25, messageId: 'summaryLength' }], output: null },
  ],
})) test(t.name, t.fn);

test(`${RULE}: the Kakao 2012 case names both values, and its fix removes it`, () => {
  const text = doc('## Duration\n\nabout 2 hours');
  const findings = run(text).findings.filter((f) => f.ruleId === RULE);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /Duration says 2 h, but started → resolved is 4 h 10 min/);
  assert.equal(findings[0].fix?.edits.length, 1);
  assert.deepEqual(run(fixed(text)).findings.filter((f) => f.ruleId === RULE), []);
});

test(`${RULE}: Korean messages`, () => {
  const f = run(doc('## Duration\n\nabout 2 hours'), {}, 'ko').findings.find((x) => x.ruleId === RULE);
  assert.match(f!.message, /2시간.*4시간 10분/);
});
