// Table-driven tests of the pure readers (server/src/core/readers): durations, timestamps, dates,
// counts, percentages and ratios in English and Korean, including shapes seen in real public
// postmortems (timeline tables, "Time to repair" lines, US-style dates), negatives that must not be
// read, and property tests (fast-check) for the format/read round trips.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  findCounts,
  findWordCounts,
  findDurations,
  findRatios,
  findTimestamps,
  formatCount,
  formatDuration,
  formatTimestamp,
  readCount,
  readDate,
  readDuration,
  readPercent,
  readRatio,
  readTimestamp,
  zoneOffsetMinutes,
  fullZoneName,
  ZONE_ABBREVIATIONS,
  type Read,
  type TimestampContext,
} from '../../server/src/core/readers/index.ts';

type Reader =
  | 'duration'
  | 'durations'
  | 'timestamp'
  | 'timestamps'
  | 'date'
  | 'count'
  | 'counts'
  | 'percent'
  | 'ratio'
  | 'ratios'
  | 'formatDuration'
  | 'formatDurationKo'
  | 'formatTimestamp'
  | 'formatCount'
  | 'zoneOffset';

/** One row: which reader, the input, the expected value (`null`: must not read), options. */
type Row = [reader: Reader, input: string | number, want: unknown, opts?: { ctx?: TimestampContext; span?: string; at?: number }];

/** `2022-10-15T06:19:00Z` for an epoch, or null. */
function utc(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

const ROWS: Row[] = [
  // ---- durations: the shapes of the spec
  ['duration', '4h 10m', 250, { span: '4h 10m' }],
  ['duration', '4h10m', 250],
  ['duration', '4 h 10 min', 250],
  ['duration', '4 hours 10 minutes', { minutes: 250, approximate: false, kind: 'span' }],
  ['duration', '4 hrs', 240],
  ['duration', 'about 10 hours', { minutes: 600, approximate: true }, { span: 'about 10 hours' }],
  ['duration', 'almost 10 hours', { minutes: 600, approximate: true }],
  ['duration', '~10h', { minutes: 600, approximate: true }, { span: '~10h' }],
  ['duration', 'approx. 2 hours', { minutes: 120, approximate: true }],
  ['duration', '250 minutes', 250],
  ['duration', '45 mins', 45],
  ['duration', '90 seconds', 1.5],
  ['duration', '1.5 days', 2160],
  ['duration', '2 days 3 hours', 3060],
  ['duration', 'PT4H10M', 250, { span: 'PT4H10M' }],
  ['duration', 'P1DT2H', 1560],
  ['duration', 'P2W', 20160],
  ['duration', 'PT90S', 1.5],
  ['duration', 'About 10 h 10 min, from the fire to full recovery', { minutes: 610, approximate: true }, { span: 'About 10 h 10 min' }],
  ['duration', '7 hours and 9 minutes', 429],
  ['duration', '1 hour, 48 minutes', 108],
  ['duration', 'roughly 24 hours', { minutes: 1440, approximate: true }],
  ['duration', 'nearly 3 hours', { minutes: 180, approximate: true }],
  ['duration', 'around 45 minutes', { minutes: 45, approximate: true }],
  ['duration', 'more than 2 hours', { minutes: 120, approximate: true }],
  ['duration', '2 hours or so', { minutes: 120, approximate: true }, { span: '2 hours or so' }],
  ['duration', 'an hour', 60],
  ['duration', 'half an hour', 30],
  ['duration', 'a day and a half after the release', 2160],
  ['duration', 'roughly three and a half hours with no CI', 210],
  ['duration', 'two and a half days', 3600],
  ['duration', 'for about an hour and three quarters in the evening', 105],
  ['duration', 'two hours and a quarter', 135],
  ['duration', '2 days and a quarter of the team', 2880],
  ['duration', '最長で約2日半、', { minutes: 3600, approximate: true }],
  ['duration', 'about seventeen and a half hours without the app', { minutes: 1050, approximate: true }],
  ['duration', 'forty-five minutes', 45],
  ['duration', 'Twenty one days', 30240],
  ['duration', 'ninety seconds', 1.5],
  ['duration', 'a 2-hour outage', 120, { span: '2-hour' }],
  ['duration', '1 week', 10080],
  ['duration', '1,440 minutes', 1440],
  ['duration', 'Downtime: 0 min', 0],
  // Korean
  ['duration', '4시간 10분', 250, { span: '4시간 10분' }],
  ['duration', '10시간', 600],
  ['duration', '30분', 30],
  ['duration', '약 10시간', { minutes: 600, approximate: true }, { span: '약 10시간' }],
  ['duration', '약10시간', { minutes: 600, approximate: true }],
  ['duration', '대략 3시간', { minutes: 180, approximate: true }],
  ['duration', '1일 2시간', 1560],
  ['duration', '10시간 정도', { minutes: 600, approximate: true }, { span: '10시간 정도' }],
  ['duration', '30분여 동안', { minutes: 30, approximate: true }],
  ['duration', '1시간 반', 90],
  ['duration', '두 시간', 120],
  ['duration', '장애는 4시간10분 동안 지속되었다', 250],
  ['duration', '90초', 1.5],
  // time ranges
  ['duration', '14:50–19:00 KST', { minutes: 250, kind: 'range', approximate: false }, { span: '14:50–19:00 KST' }],
  ['duration', '14:50-19:00', { minutes: 250, kind: 'range' }],
  ['duration', '14:50 to 19:00', { minutes: 250, kind: 'range' }],
  ['duration', '14:50 ~ 19:00', { minutes: 250, kind: 'range' }],
  ['duration', '2:50 p.m. to 7 p.m.', { minutes: 250, kind: 'range' }],
  ['duration', '23:00 to 01:00', { minutes: 120, kind: 'range' }],
  ['duration', '11:00 to 1 p.m.', { minutes: 120, kind: 'range' }],
  ['duration', 'between 14:50 and 19:00', { minutes: 250, kind: 'range' }],
  ['duration', 'between ~4pm and ~5:15pm', { minutes: 75, kind: 'range', approximate: true }],
  ['duration', 'between about 4pm and about 5:15pm', { minutes: 75, kind: 'range', approximate: true }],
  ['duration', 'from ~14:05 to ~15:20 UTC', { minutes: 75, kind: 'range', approximate: true }],
  ['duration', '14:50부터 19:00까지', { minutes: 250, kind: 'range' }, { span: '14:50부터 19:00까지' }],
  ['duration', '오후 2시 50분부터 오후 7시까지', { minutes: 250, kind: 'range' }],
  ['duration', '10時05分から11時20分まで', { minutes: 75, kind: 'range' }, { span: '10時05分から11時20分まで' }],
  ['duration', '10:05～11:20', { minutes: 75, kind: 'range' }],
  ['duration', '오전 10시 15분경부터 오후 1시 5분경까지', { minutes: 170, kind: 'range' }],
  ['duration', '19時02分頃から19時42分頃まで', { minutes: 40, kind: 'range' }],
  ['duration', '6:48 PDT to 15:00 UTC', { minutes: 72, kind: 'range' }],
  ['duration', '2022-10-15 23:30 ~ 2022-10-16 01:00 KST', { minutes: 90, kind: 'range' }],
  // durations: real shapes from public postmortems
  ['duration', '- **Time to repair**: 16h 45m', 1005],
  ['duration', '- **Time to resolve**: 0h 55m', 55],
  ['duration', 'Mean Time to Repair: 673h 34m', 40414],
  ['duration', 'for 1h 28m. `ErrImagePull`', 88],
  ['duration', 'lasted ~45 min', { minutes: 45, approximate: true }],
  ['duration', 'took ~1hr to propagate', { minutes: 60, approximate: true }],
  ['duration', 'approx. 40 minutes', { minutes: 40, approximate: true }],
  ['duration', 'down for 9hours', 540],
  ['duration', 'Flags went down for about 3 hours, from 15:30 to 18:10 UTC.', { minutes: 180, approximate: true, kind: 'span' }],
  ['duration', '**Duration:** 21:45 to 23:28 UTC (103 minutes)', { minutes: 103, kind: 'range' }],
  ['duration', '### ~13:30-13:45', { minutes: 15, approximate: true, kind: 'range' }, { span: '~13:30-13:45' }],
  ['duration', '| 2020-10-06 09:00 - 11:00 | Ongoing investigation |', { minutes: 120, kind: 'range' }],
  ['duration', 'during support hours 10:00-17:00 M-F', { minutes: 420, kind: 'range' }],
  ['duration', 'From November 11, 4:02 PM UTC to November 14, 3:02 PM UTC', { minutes: 4260, kind: 'range' }],
  ['durations', 'lasting 1 hour and 48 minutes, from 16:58 to 18:46 UTC', [108, 108]],
  ['durations', 'TTD 11m, TTR 20m', [11, 20]],
  // durations: must not read
  ['duration', '期間: 8/4 15:00〜8/13 17:40', 13120],
  ['duration', '3/14 8:35から9:40まで', 65],
  ['duration', '12/3 19:02 ~ 19:24 장애', 22],
  ['duration', '期間: 8/4 15:00 ごろ(v2.14.0 デプロイ)〜 8/13 17:40(完了)', 13120],
  ['duration', 'From 14:02 (first page) to 15:10 (rollback done)', 68],
  ['duration', '23:40 Fri – 10:38 Sat, about 11 hours', 658],
  // English writes day/month too: a month/day without a year is not read there.
  ['duration', '8/4 15:00 to 8/13 17:40', null],
  ['duration', 'at 15:19', null],
  ['duration', '2022-10-15', null],
  ['duration', 'v2.5', null],
  ['duration', '3 nodes', null],
  ['duration', 'a few hours', null],
  ['duration', 'several minutes', null],
  ['duration', '몇 시간', null],
  ['duration', '2-3 hours', null],
  ['duration', '2~3시간', null],
  ['duration', 'p99 latency 300ms', null],
  ['duration', '10월 15일', null],
  ['duration', '15시 19분', null],
  ['duration', '오후 3시 10분', null],
  ['duration', '3분기 실적', null],
  ['duration', 'P1Y', null],
  ['duration', '2022-10-15T15:19:00+09:00', null],
  ['duration', 'the 1.1.4-hotfix branch', null],
  ['duration', '45.6M users', null],
  ['duration', 'rollout to avoid 503s', null],
  ['duration', 'since the 1990s', null],
  ['duration', 'see https://example.com/d?refresh=30s&from=1', null],

  // ---- timestamps: the shapes of the spec
  ['timestamp', '2022-10-15T15:19:00+09:00', { localIso: '2022-10-15T15:19:00', utc: '2022-10-15T06:19:00Z', hasZone: true, offsetMinutes: 540 }],
  ['timestamp', '2022-10-15T15:19+09:00', { localIso: '2022-10-15T15:19', utc: '2022-10-15T06:19:00Z' }],
  ['timestamp', '10:00 9/15 17:12 시점까지의 데이터', { localIso: 'T10:00' }, { span: '10:00' }],
  ['timestamp', '発生: 6/11 8:40 頃 (JST)', { localIso: 'T08:40', hasZone: true, offsetMinutes: 540 }, { span: '6/11 8:40 頃 (JST)' }],
  ['timestamp', '10:05경 KST 장애', { localIso: 'T10:05', hasZone: true, offsetMinutes: 540 }, { span: '10:05경 KST' }],
  ['timestamp', '〜 2024-07-20 02:15（JST、約7時間半）', { localIso: '2024-07-20T02:15', hasZone: true, offsetMinutes: 540 }, { span: '2024-07-20 02:15（JST' }],
  ['timestamp', '14:02 (UTC, first page)', { localIso: 'T14:02', hasZone: true, offsetMinutes: 0 }, { span: '14:02 (UTC' }],
  ['timestamp', '10:05 頃から', { localIso: 'T10:05', hasZone: false }, { span: '10:05' }],
  ['timestamp', '3/14(木) 8:35 打刻エラー', { localIso: 'T08:35' }, { span: '3/14(木) 8:35' }],
  ['timestamp', '11/26（화） 10:15', { localIso: 'T10:15' }, { span: '11/26（화） 10:15' }],
  // Round 82: a range's meridiem said once after its end belongs to its start too (or the other half of the day across noon).
  ['timestamp', '10:10–10:31 p.m. call bridge', { localIso: 'T22:10' }, { span: '10:10' }],
  ['timestamp', '11:50–12:10 p.m. lunch rush', { localIso: 'T11:50' }, { span: '11:50' }],
  // Round 82: the time right after the weekday's closing parenthesis, no blank between.
  ['timestamp', '2/3（火）10:00 変更判定会議', { localIso: 'T10:00' }, { span: '2/3（火）10:00' }],
  ['timestamp', '2022-10-15T06:19Z', { localIso: '2022-10-15T06:19', utc: '2022-10-15T06:19:00Z', zone: 'UTC' }],
  ['timestamp', '2022-10-15T15:19-07:00', { utc: '2022-10-15T22:19:00Z' }],
  ['timestamp', '2022-10-15 15:19 KST', { localIso: '2022-10-15T15:19', utc: '2022-10-15T06:19:00Z', zone: 'KST', hasDate: true }, { span: '2022-10-15 15:19 KST' }],
  ['timestamp', '2022-10-15 15:19', { localIso: '2022-10-15T15:19', utc: null, hasZone: false, zone: null }],
  ['timestamp', '2022-10-15 15:19', { utc: '2022-10-15T06:19:00Z', hasZone: false, zone: 'Asia/Seoul' }, { ctx: { zone: 'Asia/Seoul' } }],
  ['timestamp', '2022-07-01 09:00', { utc: '2022-07-01T16:00:00Z', offsetMinutes: -420 }, { ctx: { zone: 'America/Los_Angeles' } }],
  ['timestamp', '2022-12-01 09:00', { utc: '2022-12-01T17:00:00Z', offsetMinutes: -480 }, { ctx: { zone: 'America/Los_Angeles' } }],
  ['timestamp', '15:19 KST', { localIso: 'T15:19', utc: null, hasZone: true, hasDate: false, offsetMinutes: 540 }],
  ['timestamp', '15:19 KST', { localIso: '2022-10-15T15:19', utc: '2022-10-15T06:19:00Z' }, { ctx: { date: '2022-10-15' } }],
  ['timestamp', '15:19', { localIso: '2022-10-15T15:19', utc: '2022-10-15T06:19:00Z', hasZone: false }, { ctx: { date: '2022-10-15', zone: '+09:00' } }],
  ['timestamp', '15:19', { localIso: 'T15:19', utc: null, hasZone: false, zone: null }],
  ['timestamp', '2:50 p.m.', { localIso: 'T14:50' }, { span: '2:50 p.m.' }],
  ['timestamp', '2:50pm', { localIso: 'T14:50' }],
  ['timestamp', '7 p.m.', { localIso: 'T19:00' }],
  ['timestamp', '12:05 AM', { localIso: 'T00:05' }],
  ['timestamp', '12 pm', { localIso: 'T12:00' }],
  ['timestamp', '07-27-2023 2:14 pm', { localIso: '2023-07-27T14:14', hasDate: true }],
  ['timestamp', '07/27/2023 2:14 PM', { localIso: '2023-07-27T14:14' }],
  ['timestamp', '27/07/2023 14:14', { localIso: '2023-07-27T14:14' }],
  ['timestamp', '07/07/2023 2:14 PM', { localIso: '2023-07-07T14:14' }],
  ['timestamp', '07/08/2023 2:14 PM', { localIso: '2023-07-08T14:14' }, { ctx: { dateOrder: 'mdy' } }],
  ['timestamp', '07/08/2023 2:14 PM', { localIso: '2023-08-07T14:14' }, { ctx: { dateOrder: 'dmy' } }],
  // A month/day without its year before a time, in a document whose dates show their order (round 61).
  ['timestamp', '1/2 9:20 am', { localIso: '2025-01-02T09:20' }, { ctx: { dateOrder: 'mdy', year: 2025 } }],
  ['timestamp', '1/2 9:20 am', { localIso: '2025-02-01T09:20' }, { ctx: { dateOrder: 'dmy', year: 2025 } }],
  ['timestamp', '2022년 10월 15일 15시 19분', { localIso: '2022-10-15T15:19', hasDate: true }],
  ['timestamp', '2022년 10월 15일 (토) 오후 3시', { localIso: '2022-10-15T15:00' }],
  ['timestamp', '오후 3시 19분', { localIso: '2022-10-15T15:19', utc: '2022-10-15T06:19:00Z' }, { ctx: { date: '2022-10-15', zone: 'Asia/Seoul' } }],
  ['timestamp', '오전 12시 30분', { localIso: 'T00:30' }],
  ['timestamp', '15시 19분', { localIso: 'T15:19' }],
  ['timestamp', '3시 반에 복구', { localIso: 'T03:30' }],
  ['timestamp', '오후 3:19', { localIso: 'T15:19' }],
  ['timestamp', '2022. 10. 15. 15:19', { localIso: '2022-10-15T15:19' }],
  ['timestamp', '2022/10/15 15:19', { localIso: '2022-10-15T15:19' }],
  ['timestamp', '15:19 (KST)', { hasZone: true, zone: 'KST' }, { span: '15:19 (KST)' }],
  ['timestamp', '15:19 한국 시간', { hasZone: true, zone: 'KST' }],
  ['timestamp', '15:19 UTC+9', { hasZone: true, offsetMinutes: 540 }],
  ['timestamp', '06:19 GMT', { hasZone: true, offsetMinutes: 0 }],
  ['timestamp', '2022-10-15 15:19 +0900', { utc: '2022-10-15T06:19:00Z' }],
  ['timestamp', '2022-10-15 09:00 CEST', { utc: '2022-10-15T07:00:00Z' }],
  ['timestamp', '2022-10-15 09:00 AEDT', { utc: '2022-10-14T22:00:00Z' }],
  ['timestamp', '2022-10-15 09:00 CST', { utc: '2022-10-15T15:00:00Z' }],
  ['timestamp', '2022-10-15 09:00 NZST', { utc: '2022-10-14T21:00:00Z' }],
  ['timestamp', '2022-10-15 09:00 IST', { hasZone: false }],
  ['timestamp', '15 October 2022 15:19 UTC', { utc: '2022-10-15T15:19:00Z' }],
  // timestamps: real shapes from public postmortems
  ['timestamp', '| 2021-09-06 08:00 | All Kubernetes services returned 404 |', { localIso: '2021-09-06T08:00' }, { span: '2021-09-06 08:00' }],
  ['timestamp', '| 2021-12-10   15:40 | We became aware', { localIso: '2021-12-10T15:40' }],
  ['timestamp', '### ~13:30', { localIso: '2018-04-18T13:30' }, { ctx: { date: '2018-04-18' } }],
  ['timestamp', '### 2018-01-18 4:19', { localIso: '2018-01-18T04:19' }],
  ['timestamp', '07-27-2023 2:14 pm - PR approved', { localIso: '2023-07-27T14:14' }, { span: '07-27-2023 2:14 pm' }],
  ['timestamp', '02-13-2025 11:00 pm - count rises', { localIso: '2025-02-13T23:00' }],
  ['timestamp', '- 04:49 PM UTC Site repo branch', { localIso: '2021-05-26T16:49', utc: '2021-05-26T16:49:00Z' }, { ctx: { date: '2021-05-26' } }],
  ['timestamp', '12:45 PM PST Saturday Oct 30th: first', { localIso: '2021-10-30T12:45', utc: '2021-10-30T20:45:00Z' }, { ctx: { date: '2021-10-01' } }],
  ['timestamp', '13:55 PM PST Saturday Oct 30th', { localIso: '2021-10-30T13:55' }, { ctx: { date: '2021-10-01' } }],
  ['timestamp', '**June 14th, 2022, 10:00 AM:** audit', { localIso: '2022-06-14T10:00' }, { span: 'June 14th, 2022, 10:00 AM' }],
  ['timestamp', 'Sep 27 2017 13:06', { localIso: '2017-09-27T13:06' }],
  ['timestamp', '| Jan 16, 5:44 AM | The customer', { localIso: '2026-01-16T05:44', hasDate: true }, { ctx: { date: '2026-01-20' } }],
  ['timestamp', 'until November 12th 10:17pm UTC, a day', { localIso: '2025-11-12T22:17', utc: '2025-11-12T22:17:00Z' }, { ctx: { date: '2025-11-11' } }],
  ['timestamp', 'By November 14, 2025, 15:02 UTC, ingestion', { localIso: '2025-11-14T15:02', utc: '2025-11-14T15:02:00Z' }],
  ['timestamp', 'Nov 1, 2021 at approximately 09:45 am UTC', { utc: '2021-11-01T09:45:00Z' }],
  ['timestamp', 'On May 9th 2021 at 6:48AM PDT, the chain', { utc: '2021-05-09T13:48:00Z' }],
  ['timestamp', 'At 3:28 PM UTC on November 23rd, the', { localIso: '2025-11-23T15:28' }, { ctx: { date: '2025-11-24' } }],
  ['timestamp', '### 07:30am - First report', { localIso: 'T07:30' }],
  ['timestamp', '2021-05-09T23:02:01.463 full_node', { localIso: '2021-05-09T23:02:01' }],
  ['timestamp', '- Incident declared 2022-03-10 11.50', { localIso: '2022-03-10T11:50' }],
  ['timestamp', '1999-12-31 16:00 -08:00', { utc: '2000-01-01T00:00:00Z' }],
  ['timestamps', '- 12:48 (6:48 PDT): The last block', ['T12:48', 'T06:48']],
  ['timestamps', '### ~13:30-13:45', ['T13:30', 'T13:45']],
  // timestamps: must not read
  ['timestamp', '25:00', null],
  ['timestamp', '14:60', null],
  ['timestamp', '2022-02-30 10:00', null],
  ['timestamp', '2023-02-29 10:00', null],
  ['timestamp', '07/08/2023 2:14 PM', null],
  ['timestamp', '07-08-2023 2:14 pm', null],
  ['timestamp', '2022-10-15', null],
  ['timestamp', 'version 1.270.0', null],
  ['timestamp', 'ratio 16:9', null],
  ['timestamp', '4h 10m', null],
  ['timestamp', '10시간', null],
  ['timestamp', 'we may 3 times', null],

  // ---- dates
  ['date', '### 2022-01-28 09:00', '2022-01-28'],
  // Round 82: an era year with the Western year after it in parentheses.
  ['date', '令和7年（2025年）6月20日', '2025-06-20'],
  ['date', '令和7年(2025)6月20日', '2025-06-20'],
  ['date', '## October 15, 2022', '2022-10-15'],
  ['date', 'Saturday Oct 30th', '2021-10-30', { ctx: { date: '2021-01-01' } }],
  ['date', '2022년 10월 15일 (토)', '2022-10-15'],
  // A space between a number and its unit, as many Japanese writers set digits apart.
  ['date', '2024 年 10 月 14 日', '2024-10-14'],
  ['date', '4 月 2 日', '2025-04-02', { ctx: { date: '2025-01-01' } }],
  ['timestamp', '2024 年 10 月 14 日 14 時 05 分', { localIso: '2024-10-14T14:05', hasDate: true }],
  ['date', '3 日間', null],
  ['date', '07/27/2023', '2023-07-27'],
  ['date', '07/08/2023', null],
  ['date', '2022-13-01', null],

  // ---- counts
  ['count', '12,000', 12000, { span: '12,000' }],
  ['count', '12000', 12000],
  ['count', '12k', 12000],
  ['count', '12K', 12000],
  ['count', '45.6 million', 45600000, { span: '45.6 million' }],
  ['count', '45.6M', 45600000],
  ['count', '1.2 billion', 1200000000],
  ['count', '1.2B requests', 1200000000],
  ['count', '4,560만', 45600000],
  ['count', '1억', 100000000],
  ['count', '3만 2천', 32000, { span: '3만 2천' }],
  ['count', '2천만', 20000000],
  ['count', '1억 2,000만 명', 120000000],
  ['count', '5,200만 명', 52000000, { span: '5,200만 명' }],
  ['count', '32,000대', 32000, { span: '32,000대' }],
  ['count', '사용자 12,000이 영향을 받았다', 12000],
  ['count', 'for 4 hours, 12,000 users', 12000],
  ['count', 'on 2022-10-15 at 15:19, 3,400 servers', 3400],
  ['count', 'about 4 billion values', 4000000000],
  ['count', '2000 servers', 2000],
  ['counts', '~10 of 45 aws-node pods', [10, 45]],
  ['counts', 'SEV1: 3 regions, v2.5, 87%, #123', [3]],
  // counts: must not read
  ['count', '87%', null],
  ['count', '2022-10-15', null],
  ['count', '15:19', null],
  ['count', 'v2.5', null],
  ['count', 'version 1.270.0', null],
  ['count', 'SEV1', null],
  ['count', 'the 3rd time', null],
  ['count', '5xx errors', null],
  ['count', '#123', null],
  ['count', '$5,000', null],
  ['count', 'in 2022', null],
  ['count', '2022년', null],
  ['count', '4h 10m', null],
  ['count', 'PM2019-009', null],
  ['count', '3번째', null],
  ['count', 'see https://github.com/org/repo/issues/94', null],
  ['count', 'issues/94', null],
  ['count', 'orgId=1', null],
  ['count', 'a footnote[^1]', null],
  ['count', '1. Restart the pods', null],
  ['counts', '2. Scaled the cluster from 7 to 10 nodes', [7, 10]],

  // ---- percentages
  ['percent', '87%', 87, { span: '87%' }],
  ['percent', '87.7 %', 87.7],
  ['percent', '37.5퍼센트', 37.5],
  ['percent', '37.5 percent of users', 37.5],
  ['percent', '12,000 servers', null],

  // ---- ratios
  ['ratio', '12,000 of 32,000', { part: 12000, whole: 32000, percent: null, all: false }, { span: '12,000 of 32,000' }],
  ['ratio', '12,000 out of 32,000 (37.5%)', { part: 12000, whole: 32000, percent: 37.5, all: false }, { span: '12,000 out of 32,000 (37.5%)' }],
  ['ratio', '12000/32000', { part: 12000, whole: 32000, percent: null }],
  ['ratio', '검색 사용자 약 4만 명 중 약 2,800명이 실패', { part: 2800, whole: 40000, percent: null }],
  ['ratio', '4万件のうち 3万2000件（約40%）が失敗', { part: 32000, whole: 40000, percent: 40 }],
  ['ratio', '12,000 of 32,000 (about 37.5%)', { part: 12000, whole: 32000, percent: 37.5 }],
  ['ratio', '12,000 / 32,000', { part: 12000, whole: 32000 }],
  ['ratio', 'all 32,000', { part: 32000, whole: 32000, all: true }, { span: 'all 32,000' }],
  ['ratio', 'all of the 32,000 servers', { part: 32000, whole: 32000, all: true }],
  ['ratio', '45.6 million of 52 million people (87.7%)', { part: 45600000, whole: 52000000, percent: 87.7 }, { span: '45.6 million of 52 million people (87.7%)' }],
  ['ratio', '32,000대 중 12,000대', { part: 12000, whole: 32000, all: false }, { span: '32,000대 중 12,000대' }],
  ['ratio', '5,200만 명 중 4,560만 명(87.7%)', { part: 45600000, whole: 52000000, percent: 87.7 }, { span: '5,200만 명 중 4,560만 명(87.7%)' }],
  ['ratio', '32,000대의 서버 중 12,000대가 복구되었다', { part: 12000, whole: 32000 }],
  ['ratio', '32,000대 모두 복구', { part: 32000, whole: 32000, all: true }],
  ['ratio', '12,000 servers of 32,000', { part: 12000, whole: 32000 }],
  ['ratio', '12,000 of the 32,000 servers', { part: 12000, whole: 32000 }],
  ['ratio', '12,000 of all 32,000', { part: 12000, whole: 32000, all: false }],
  ['ratio', '37.5% (12,000 of 32,000)', { part: 12000, whole: 32000, percent: 37.5 }, { span: '37.5% (12,000 of 32,000)' }],
  ['ratio', 'Restored: 12k of 32k', { part: 12000, whole: 32000 }],
  ['ratio', 'after restart of 4 pods, 4 out of 6 pods crashlooping', { part: 4, whole: 6 }],
  ['ratio', 'running on 2 out of 3 master nodes', { part: 2, whole: 3 }],
  ['ratios', '12,000 of 32,000 servers; 45.6 million of 52 million people', 2],
  // ratios: must not read
  ['ratio', '24/7 support', null],
  ['ratio', '12,000 and 32,000', null],
  ['ratio', '07/27/2023', null],
  ['ratio', '12,000 servers', null],
  ['ratio', '4 hours of 24', null],
  ['ratio', 'Timeline 1/29/24, 2/15/24', null],
  ['ratio', 'https://www.example.com/2022/07/25/post', null],

  // ---- formatters and zones
  ['formatDuration', 250, '4 h 10 min'],
  ['formatDuration', 600, '10 h'],
  ['formatDuration', 45, '45 min'],
  ['formatDuration', 1560, '1 d 2 h'],
  ['formatDuration', 0, '0 min'],
  ['formatDuration', 89.6, '1 h 30 min'],
  ['formatDurationKo', 250, '4시간 10분'],
  ['formatDurationKo', 1560, '1일 2시간'],
  ['formatTimestamp', Date.UTC(2022, 9, 15, 6, 19), '2022-10-15 15:19 KST', { ctx: { zone: 'KST' } }],
  ['formatTimestamp', Date.UTC(2022, 9, 15, 6, 19), '2022-10-15 15:19 +09:00', { ctx: { zone: 'Asia/Seoul' } }],
  ['formatTimestamp', Date.UTC(2022, 9, 15, 6, 19), '2022-10-15 06:19 UTC', { ctx: { zone: 'Z' } }],
  ['formatTimestamp', Date.UTC(2022, 6, 1, 16, 0), '2022-07-01 09:00 -07:00', { ctx: { zone: 'America/Los_Angeles' } }],
  ['formatCount', 12000, '12,000'],
  ['formatCount', 45600000, '45,600,000'],
  ['zoneOffset', 'KST', 540],
  ['zoneOffset', 'pdt', -420],
  ['zoneOffset', '+09:00', 540],
  ['zoneOffset', '-0330', -210],
  ['zoneOffset', 'UTC+9', 540],
  ['zoneOffset', 'Asia/Seoul', 540, { at: Date.UTC(2022, 9, 15) }],
  ['zoneOffset', 'America/Los_Angeles', -420, { at: Date.UTC(2022, 6, 1) }],
  ['zoneOffset', 'America/Los_Angeles', -480, { at: Date.UTC(2022, 11, 1) }],
  ['zoneOffset', 'IST', null],
  ['zoneOffset', 'Mars/Olympus', null],
  // Japanese
  ['duration', '27時間', 1620],
  ['duration', '約2時間半', { minutes: 150, approximate: true }, { span: '約2時間半' }],
  ['duration', '1時間30分にわたり', 90, { span: '1時間30分' }],
  ['duration', '90分間', 90],
  ['duration', '2日間', 2880],
  ['duration', '3月1日に発生', null],
  ['count', '3万2000台', 32000, { span: '3万2000台' }],
  ['count', '1,200万人', 12000000, { span: '1,200万人' }],
  ['count', '4,560万人が使う', 45600000],
  ['count', '約 4,000 万人', 40000000, { span: '4,000 万人' }],
  ['count', '1,200 만 명', 12000000],
  ['ratio', '5,200 万人のうち 4,560 万人', { part: 45600000, whole: 52000000, percent: null, all: false }],
  ['percent', '約4割', 40],
  ['percent', '37.5パーセント', 37.5],
  ['ratio', '32,000台のうち12,000台（37.5%）', { part: 12000, whole: 32000, percent: 37.5, all: false }],
  ['ratio', '5,200万人のうち4,560万人', { part: 45600000, whole: 52000000, percent: null, all: false }],
  ['ratio', '32,000台中12,000台', { part: 12000, whole: 32000, percent: null, all: false }],
  ['timestamp', '2024年3月1日 14時05分', { localIso: '2024-03-01T14:05', hasDate: true }],
  ['timestamp', '2024年3月1日14時5分頃', { localIso: '2024-03-01T14:05' }],
  ['timestamp', '2024年3月1日（金）14:05 JST', { localIso: '2024-03-01T14:05', utc: '2024-03-01T05:05:00Z' }],
  ['timestamp', '2024年3月1日(金曜日) 午後2時', { localIso: '2024-03-01T14:00' }],
  ['timestamp', '2024/03/01 14:05', { localIso: '2024-03-01T14:05' }],
  ['timestamp', '午後2時5分', { localIso: 'T14:05' }],
  ['timestamp', '午前0時30分', { localIso: 'T00:30' }],
  ['timestamp', '10時半に復旧', { localIso: 'T10:30' }],
  ['timestamp', '14時05分30秒', { localIso: 'T14:05:30' }],
  ['timestamp', '14:05 日本時間', { hasZone: true, zone: 'JST', offsetMinutes: 540 }],
  ['timestamp', '14:05（日本標準時）', { hasZone: true, zone: 'JST' }],
  ['timestamp', '3月1日 14時05分', { localIso: '2024-03-01T14:05', utc: '2024-03-01T05:05:00Z' }, { ctx: { date: '2024-01-15', zone: 'Asia/Tokyo' } }],
  ['timestamp', '3時間にわたり停止', null],
  ['timestamp', '24時間365日', null],
  ['timestamp', '2024年2月30日 10時', null],
  ['date', '2024年3月1日に発生', '2024-03-01'],
];

/** The part of `got` named by the keys of `want` (so rows state only what matters). */
function pick(got: Record<string, unknown>, want: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(want)) out[k] = got[k];
  return out;
}

function expectRead<T>(r: Read<T>, want: unknown, input: string, span: string | undefined, view: (v: T) => unknown): void {
  if (want === null) {
    assert.equal(r.ok, false, `must not read ${JSON.stringify(input)}, got ${JSON.stringify(r)}`);
    if (!r.ok) assert.ok(r.reason.length > 0);
    return;
  }
  assert.ok(r.ok, `should read ${JSON.stringify(input)}: ${r.ok ? '' : r.reason}`);
  const got = view(r.value);
  if (typeof want === 'object' && want !== null && typeof got === 'object' && got !== null) {
    assert.deepEqual(pick(got as Record<string, unknown>, want as Record<string, unknown>), want);
  } else if (typeof want === 'number' && typeof got === 'object' && got !== null && 'minutes' in got) {
    assert.equal((got as { minutes: number }).minutes, want);
  } else {
    assert.deepEqual(got, want);
  }
  if (span !== undefined) assert.equal(input.slice(r.start, r.end), span);
  assert.ok(r.start >= 0 && r.end <= input.length && r.start < r.end);
}

function runRow([reader, input, want, opts = {}]: Row): void {
  const text = String(input);
  const ctx = opts.ctx ?? {};
  switch (reader) {
    case 'duration':
      return expectRead(readDuration(text), want, text, opts.span, (v) => v);
    case 'durations':
      return assert.deepEqual(findDurations(text).map((f) => f.value.minutes), want);
    case 'timestamp':
      return expectRead(readTimestamp(text, ctx), want, text, opts.span, (v) => ({ ...v, utc: utc(v.epochMs) }));
    case 'timestamps':
      return assert.deepEqual(findTimestamps(text, ctx).map((f) => f.value.localIso), want);
    case 'date':
      return expectRead(readDate(text, ctx), want, text, opts.span, (v) => v.iso);
    case 'count':
      return expectRead(readCount(text), want, text, opts.span, (v) => v);
    case 'counts':
      return assert.deepEqual(findCounts(text).map((f) => f.value), want);
    case 'percent':
      return expectRead(readPercent(text), want, text, opts.span, (v) => v);
    case 'ratio':
      return expectRead(readRatio(text), want, text, opts.span, (v) => v);
    case 'ratios':
      return assert.equal(findRatios(text).length, want);
    case 'formatDuration':
      return assert.equal(formatDuration(Number(input)), want);
    case 'formatDurationKo':
      return assert.equal(formatDuration(Number(input), 'ko'), want);
    case 'formatTimestamp':
      return assert.equal(formatTimestamp(Number(input), ctx.zone ?? 'UTC'), want);
    case 'formatCount':
      return assert.equal(formatCount(Number(input)), want);
    case 'zoneOffset':
      return assert.equal(zoneOffsetMinutes(text, opts.at), want);
  }
}

describe('readers: table', () => {
  test('the table has at least 150 rows', () => {
    assert.ok(ROWS.length >= 150, `only ${ROWS.length} rows`);
  });
  ROWS.forEach((row, i) => {
    const [reader, input, want, opts] = row;
    const label = `#${i} ${reader} ${JSON.stringify(input)}${opts?.ctx ? ` ${JSON.stringify(opts.ctx)}` : ''} → ${want === null ? 'not read' : JSON.stringify(want)}`;
    test(label, () => runRow(row));
  });
});

describe('readers: properties', () => {
  test('readDuration(formatDuration(m)) gives m back, in English and Korean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.constantFrom<'en' | 'ko'>('en', 'ko'), (m, locale) => {
        const r = readDuration(formatDuration(m, locale));
        return r.ok && r.value.minutes === m && r.value.kind === 'span' && !r.value.approximate;
      }),
      { numRuns: 2000 },
    );
  });

  test('a formatted duration is read back inside a sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (m) => {
        const en = `The outage lasted ${formatDuration(m)}, starting at 15:19 KST.`;
        const ko = `장애는 ${formatDuration(m, 'ko')} 동안 지속되었다.`;
        const a = readDuration(en);
        const b = readDuration(ko);
        return a.ok && a.value.minutes === m && b.ok && b.value.minutes === m;
      }),
    );
  });

  test('readCount(formatCount(n)) gives n back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const r = readCount(`${formatCount(n)} servers`);
        return r.ok && r.value === n;
      }),
    );
  });

  test('readTimestamp(formatTimestamp(t, zone)) gives t back', () => {
    const zones = ['KST', 'UTC', 'PST', 'CEST', 'Asia/Seoul', 'America/Los_Angeles', 'Europe/Berlin', '+05:30'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(...zones), (minutes, zone) => {
        const t = Date.UTC(2000, 0, 1) + minutes * 600000;
        const r = readTimestamp(formatTimestamp(t, zone));
        return r.ok && r.value.epochMs === t && r.value.hasZone && r.value.hasDate;
      }),
    );
  });

  test('a ratio is read back with its percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (whole, extra) => {
        const part = Math.min(whole, extra);
        const pct = Math.round((part / whole) * 1000) / 10;
        const en = readRatio(`${formatCount(part)} of ${formatCount(whole)} servers (${pct}%)`);
        const ko = readRatio(`${formatCount(whole)}대 중 ${formatCount(part)}대(${pct}%)`);
        return (
          en.ok && en.value.part === part && en.value.whole === whole && en.value.percent === pct &&
          ko.ok && ko.value.part === part && ko.value.whole === whole && ko.value.percent === pct
        );
      }),
    );
  });

  test('the readers never throw and keep offsets inside the text', () => {
    const pieces = ['12', ':', '30', ' ', '-', '~', 'h', 'm', 'min', 'PM', 'KST', '2022-10-15', '시간', '분', '만', '명', ',', '.', '000', 'of', '/', '%', '(', ')', '약', 'about', 'T', 'Z', '+09:00', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string({ maxLength: 40 }), (parts, noise) => {
        const text = parts.join('') + noise;
        const founds = [...findDurations(text), ...findTimestamps(text, { date: '2022-10-15', zone: 'Asia/Seoul' }), ...findCounts(text), ...findRatios(text)];
        return founds.every((f) => f.start >= 0 && f.end <= text.length && f.start < f.end);
      }),
      { numRuns: 1000 },
    );
  });

  test('long adversarial inputs are read in linear time (CPU time grows with length, not with its square)', () => {
    // Each shape at n and at 4n units: linear reading takes about 4 times the CPU time, quadratic
    // 16 times. CPU time of this process, not wall time, so a busy machine does not fail the test;
    // the absolute speed is measured by npm run bench, not here.
    const units = ['1', '1 ', '12:', '1,', 'a ', '1h', '1만 ', '~', '1時', '1月1日', '午後'];
    const cpu = (text: string) => {
      const t = process.cpuUsage();
      findDurations(text);
      findTimestamps(text);
      findCounts(text);
      findRatios(text);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    const small = units.map((u) => u.repeat(6000)).join('\n');
    const large = units.map((u) => u.repeat(24000)).join('\n');
    cpu(small); // warm up the regular expressions and the JIT
    const a = Math.max(cpu(small), 5);
    const b = cpu(large);
    assert.ok(b / a < 10, `4 times the text took ${(b / a).toFixed(1)} times the CPU (${a.toFixed(0)} ms, then ${b.toFixed(0)} ms)`);
  });

  test('the zone table is exactly the documented one', () => {
    assert.deepEqual(Object.keys(ZONE_ABBREVIATIONS).sort(), ['AEDT', 'AEST', 'CDT', 'CEST', 'CET', 'CST', 'EDT', 'EET', 'EST', 'GMT', 'HKT', 'JST', 'KST', 'MDT', 'MST', 'NZST', 'PDT', 'PST', 'SGT', 'UTC'].sort());
  });
});

test('a zone written out in full reads as its abbreviation, one the readers can convert', () => {
  const full = fullZoneName('## Timeline (Pacific Daylight Time)');
  assert.deepEqual(full, { zone: 'PDT', index: 13 });
  assert.equal(zoneOffsetMinutes(full!.zone), -420);
  assert.equal(fullZoneName('All times are Central European Summer Time.')?.zone, 'CEST');
});

test('number words from two to twelve are counts for callers that know what follows', () => {
  assert.deepEqual(findWordCounts('On 9 February two users, then Three customers, one of the operators').map((f) => [f.value, f.start]), [[2, 14], [3, 30]]);
  assert.deepEqual(findWordCounts('a few, one, twenty, network').map((f) => f.value), []);
});
