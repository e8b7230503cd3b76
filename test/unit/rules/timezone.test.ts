import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';
import type { PostmortemConfig } from '../../../server/src/core/config';

const RULE = 'timezone';

function fixed(text: string, config?: Partial<PostmortemConfig>): string {
  return applyEdits(text, fixAllEdits(run(text, config).findings.filter((f) => f.ruleId === RULE)));
}

const TABLE = '| Time | Event |\n| --- | --- |\n| 2022-10-15 15:19 | Fire. |\n| 2022-10-15 15:22 | Power cut. |\n';

const valid: Array<{ name: string; text: string; config?: Partial<PostmortemConfig> }> = [
  { name: 'round 72: a Korean line that says all times are KST without a particle (모든 시각 KST.), above dated entries', text: '---\ndate: 2025-03-18\n---\n\n- 같은 날 두 장비(X-01, X-02)에서 런을 동시에 돌리는 건 주 1~2회 정도 있는 일이다.\n\n## 경과\n\n모든 시각 KST.\n\n| 일시 | 내용 |\n|---|---|\n| 03-13 16:20 | ss-gen으로 배치 B-0412(런 A용), B-0413(런 B용) 샘플시트 생성 |\n| 03-13 17:05 | 런 A(X-01, FC 22HKT3LT3), 런 B(X-02, FC 22HKV7LT3) 시작. 두 런 모두 UDI 세트 B |\n| 03-13 17:30경 | 샘플시트 복사. 런 A 폴더에 B-0413, 런 B 폴더에 B-0412가 들어감 (당시엔 아무도 모름) |\n| 03-14 09:40 | 두 런 완료, 자동 업로드 |\n| 03-14 10:15 | demux-wrapper → bcl-convert 시작. 형식 검사 통과. Undetermined 비율 2.1% / 1.9% (평소 수준) |\n| 03-14 13:50 | 정렬·변이 호출 완료 |\n| 03-14 14:32 | QC 대시보드 sex check 불일치 8건 (런 A 5, 런 B 3) |\n| 03-14 14:50 | 한도윤: 두 런에서 동시에 불일치 → 개별 샘플 문제보다 배치/샘플시트 문제 의심. 검사실장 호출 |\n' },
  { name: 'round 65: a timeline heading that says its times are local after the day (## Timeline (8 Oct 2024, local))', text: '# Near miss\n\n## Timeline (8 Oct 2024, local)\n\n| Time | Event |\n|---|---|\n| 10:14 | Recipe staged |\n| 10:34 | Operator rejects batch |\n' },
  { name: 'round 57: a Japanese document whose only zone is the country\'s offset in its front matter (opened: 2025-12-20T14:05+09:00)', text: '---\nopened: 2025-12-20T14:05+09:00\nclosed: 2025-12-20T17:15+09:00\n---\n# 重大インシデント報告書 — BSM 欠落\n\n## 時系列\n\n| 時刻 | 内容 |\n|---|---|\n| 14:05 | BSM の欠落を検知 |\n| 14:20 | 手作業での照合を開始 |\n' },
  { name: 'round 55: a line of its own under the title that names the zone in two words (Times JST.)', text: '# Ingest stalled\n\nTimes JST.\n\n## Timeline\n\n- 11:18 — migration started\n- 11:20 — latency alarm\n' },
  { name: 'round 55: a timeline folded under a <details> summary that names its zone (<summary>Timeline (Eastern time)</summary>)', text: '# Domain near miss\n\n<details>\n<summary>Timeline (Eastern time)</summary>\n\n- **Wed Aug 19, 10:20 am** — checker shows the expiry\n- **10:45 am** — Ben calls the registrar\n\n</details>\n' },
  { name: 'round 52: two of the timeline\'s clocks written with a zone in a header table, while the prose gives the UTC of the start too', text: '# 보고서\n\n| 장애 번호 | 시작 | 종료 |\n|---|---|---|\n| X-1 | 2026-10-01 00:00 KST | 2026-10-01 08:47 KST |\n\n## 1. 장애 내용\n\n10월 1일 0시(= 9월 30일 15:00 UTC)에 인증서가 만료되었다.\n\n## 4. 경과\n\n- 10/1 00:00 인증서 만료\n- 07:10 확인\n- 08:47 정상 확인\n' },
  { name: 'round 46: a line labelled with the zone at the top (Times: GMT (clocks went back on 25 Oct).)', text: '# Admissions form\n\nTimes: GMT (clocks went back on 25 Oct).\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 31 Oct 18:30 | Traffic climbing. |\n| 19:02 | First 429. |\n' },
  { name: 'round 73: a window over days whose end carries the zone (**Incident window:** 2026-04-13 07:30 → 2026-04-16 11:20 (BST))', text: '# Slow permit lookups\n\n**Incident window:** 2026-04-13 07:30 → 2026-04-16 11:20 (BST), intermittent\n\n## Timeline\n\n- **Mon 13 Apr 07:30** — latency alert fires.\n- 09:45 — load drops.\n' },
  { name: 'round 73: a US zone in words alone in the Timeline heading (## Timeline (US Central))', text: '# Overtime missing\n\n## Timeline (US Central)\n\n| When | What |\n|---|---|\n| 2025-03-10 06:00 | Nightly import skips 5,112 rows. |\n| 2025-03-12 17:00 | Payroll cut-off. |\n' },
  { name: 'round 46: labelled lines in bold or a list (**Time zone:** UTC, - TZ: Europe/London, 시간대: KST)', text: '# X\n\n- **Owner:** Dan\n- **Time zone:** UTC\n\n## Timeline\n\n- 19:02 First 429.\n- 20:05 Cache TTL raised.\n\n## Notes\n\n- TZ: Europe/London\n\n시간대: KST\n' },
  { name: 'round 44: a milestone whose zone is an IANA name after the time (2024-09-23 08:55 Europe/London)', text: '---\ndetected: 2024-09-23 08:55 Europe/London\n---\n# Credential exposed in CI logs\n' },
  { name: 'round 42: local with the zone in parentheses (All times are local (Pacific).)', text: '# DNS cutover\n\nAll times are local (Pacific).\n\n## Timeline\n\n- Nov 19, 16:30 cutover starts\n- Nov 19, 17:10 resolvers fail\n' },
  { name: 'round 41: the zone given once in the front matter (timezone: America/Los_Angeles)', text: '---\ntimezone: America/Los_Angeles\n---\n# Near miss\n\n## Timeline\n\n- 00:30 Switch stack upgrade starts\n- 01:10 Cabinets resync\n' },
  { name: 'round 38: a zone the readers do not convert (BST, WET), written with the same clock in the summary or on a range', text: '# Unsubscribe links\n\nPatched at 13:25 BST, 3 hours 25 minutes after the send.\n\n## How we fixed it\n\n1. 11:40 — Spike noticed.\n2. 13:25 — Preference centre changed.\n\n## Scooters\n\nBetween 18:04 and 19:22 WET on Friday evening unlocks timed out.\n' },
  { name: 'round 35: entries inside a window the document gives with its zone (10:14 to 10:52 UTC)', text: '# Gateway 503s\n\n## Detection\n\n- 10:15 — Synthetic check fails.\n- 10:16 — 5xx alert pages on-call.\n\n## Recovery\n\n- 10:52 — 16 of 16 healthy.\n\nTotal customer-facing outage: 10:14 to 10:52 UTC, 38 minutes.\n' },
  { name: 'round 34: the zone of a window\'s start in prose is its end\'s too (from 10:05 CET until … 17:05)', text: '# Subscribers not activated\n\nIt ran from about 10:05 CET until our fix went out at 17:05, so roughly 7 hours.\n\n## Fix\n\n- 16:52 Spotted 400s in the webhook log.\n- 17:05 Updated the secret, redeployed.\n' },
  { name: 'round 28: a chat note whose clocks have no pm, under a window given in ET', text: '# Prod migration\n\nCheckout was returning 500s from 2:18pm to 3:04pm ET (46 min).\n\n## Timeline\n\n- 2:18 migration runs\n- 3:04 rollback done\n' },
  { name: 'round 28: an intro in emphasis that says Times are in CET', text: '# Outage\n\n*This review is an edited interview. Times are in CET.*\n\n## Timeline\n\n- 16:12 — Config change merged.\n- 16:40 — Alerts.\n' },
  { name: 'round 27: a note after the timeline that says its times are Korea Standard Time', text: '# 장애\n\n## 4. 조치 경과\n\n - 09:02 접속 지연\n - 09:30 복구\n\n(위 시각은 모두 한국 표준시 기준임)\n\n로그는 UTC로 남는다.\n' },
  { name: 'round 26: a window whose end is followed by a US zone in parentheses', text: '# Outage\n\n## When\n\nThursday 10 July 2025, 11:20 – 12:05 (Eastern)\n\n## Timeline\n\n- 11:18 — migration started\n- 11:20 — errors\n- 12:05 — fixed\n' },
  { name: 'round 22: an abbreviation the readers do not convert on the front matter milestones (BST)', text: '---\nstarted: 2024-06-03 01:30 BST\nresolved: 2024-06-05 17:00 BST\n---\n# X\n\nAll times BST.\n' },
  { name: 'round 22: a Japanese report whose only zone, where it names one, is JST', text: '# SSO 証明書の期限切れ\n\n6月2日 00:00(JST)に証明書が失効した。\n\n## 時系列\n\n- 07:48 ログイン不可の問い合わせ\n- 08:30 原因特定\n' },
  { name: 'round 22: a Korean report whose front matter gives KST, and no other zone', text: '---\nstarted: 2025-04-17 16:42 KST\nresolved: 2025-04-18 07:05 KST\n---\n# 스토리지 삭제\n\n## 타임라인\n\n- 16:30 정리 작업 시작\n- 16:42 삭제 발생\n' },
  { name: 'round 21: a country\'s zone named in words in the timeline heading (UK time)', text: '# X\n\n## Timeline (UK time, 10 March)\n\n- 07:00 batch starts\n- 07:40 duplicates noticed\n' },
  { name: 'round 20: a US zone in words after a time the timeline also gives', text: '# X\n\nFrom about 2:10pm to 5:25pm Eastern on Sunday January 28, nobody could send invoices.\n\n## Timeline\n\n- 3:45pm — cause found\n- 5:25pm — fixed\n' },
  { name: 'round 20: Korean: the zone after the end of a range (10:14부터 15:40(KST)까지) covers its start', text: '# X\n\n7월 2일 10:14부터 15:40(KST)까지 빌드가 멈췄습니다.\n\n## 타임라인\n\n- 10:14 빌드 실패 시작\n- 11:02 원인 확인\n' },
  { name: 'round 20: a short line with the zone right above a list of times, with no Timeline section', text: '# X\n\n원인은 배포 스크립트.\n\n흐름 (KST)\n- 14:00 배치 실행\n- 14:10 실패율 알람\n' },
  { name: 'round 19: a zone statement wrapped over two lines', text: '# X\n\nOpened at 07:52. All times\nin this document are Central European Summer Time (CEST, UTC+2).\n\n## Timeline\n\n- **08:41** — raised to SEV1\n- **08:58** — cause found\n' },
  { name: 'round 19: a Korean day line with the zone in parentheses above the entries', text: '# X\n\n## 타임라인\n\n**9월 6일 (KST)**\n\n- 18:30 사전 점검 완료\n- 19:00 쿠폰 발급 시작\n' },
  { name: 'round 18: a line above the timeline that says all times BST, without a verb', text: '# X\n\nTimeline (all times BST, 3 August):\n\n- 07:40 – errors climb\n- 08:05 – paged\n' },
  { name: 'round 15: an abbreviation several zones share, in the Timeline heading', text: '# X\n\n## Timeline (BST, 2 Sep)\n\n- 18:30 Vacuum starts\n- 18:41 Errors\n' },
  { name: 'round 15: a zone first in a note in parentheses, after a range whose start is a timeline entry', text: '# X\n\n| 項目 | 内容 |\n| --- | --- |\n| 影響期間 | 2024-07-19 18:42 〜 2024-07-20 02:15（JST、約7時間半） |\n\n## 経緯\n\n- 7/19 18:30 リリース\n- 18:42 最初の重複予約\n' },
  { name: 'round 14: a zone stated as a city time with its abbreviation and offset, after "Times below are"', text: '# X\n\nTimes below are Melbourne time (AEDT, UTC+11).\n\n## Timeline\n\n- 21 Feb 14:00 deploy\n- 21 Feb 14:20 rollback\n' },
  { name: 'round 14: a weekday before the first entry\'s date, whose clock time is written with its zone in the text', text: '# X\n\nThe alert fired at 07:42 CEST.\n\n## Timeline\n\n- **Wed 4 Jun 07:42** — Alert fires.\n- **08:30** — Failure correlated.\n' },
  { name: 'zone in the heading', text: '## Timeline (all times UTC)\n\n- 14:50 Alert.\n' },
  { name: 'zone in the table header', text: '## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n| 2022-10-15 15:19 | Fire. |\n' },
  { name: 'an "All times in" line', text: '## Timeline\n\nAll times in UTC.\n\n- 14:50 Alert.\n' },
  { name: 'an IANA zone in an "All times" line', text: '## Timeline\n\nAll times in US/Pacific.\n\n- 14:50 Alert.\n' },
  { name: 'every entry has its zone', text: '## Timeline\n\n- 14:50 KST Alert.\n- 15:00 KST Rollback.\n' },
  { name: 'the config gives the zone', text: `## Timeline\n\n${TABLE}`, config: { timezone: 'Asia/Seoul' } },
  { name: 'milestones with offsets', text: '---\nstarted: 2022-10-15T15:19+09:00\nresolved: 2022-10-16T01:30Z\n---\n\n# X\n' },
  { name: 'zone-less milestones when the config gives the zone', text: '---\nstarted: 2022-10-15T15:19\n---\n\n# X\n', config: { timezone: 'Asia/Seoul' } },
  { name: 'no timeline at all', text: '# X\n\nSomething happened at 14:50.\n' },
  { name: 'the zone on the first entry covers the rest', text: '## Timeline\n\n- 14:50 UTC Alert.\n- 15:00 Rollback.\n' },
  { name: 'a zone the readers cannot compute is still a zone', text: '## Timeline\n\nAll times in IST\n\n### 08:52 PM\n\nReports.\n' },
  { name: 'a zone in the heading in words', text: '## Timeline (times in BST)\n\n- 5:00 PM Alert.\n' },
  { name: 'a zone named in words above the timeline', text: '# X\n\nAll times are Pacific.\n\n## Timeline\n\n- 14:50 Alert.\n' },
  { name: 'a time of the timeline written with its zone in the summary', text: '# 障害報告書\n\n## 発生日時\n\n2025年6月12日 10:05 〜 11:20（JST）\n\n## 対応内容\n\n- 10:05 監視アラートにより遅延を検知\n- 11:20 応答時間が通常値に回復\n' },
  { name: 'the same in English, the zone on the window in a sentence', text: '# Outage\n\nBetween 08:12 and 10:55 CEST, uploads failed.\n\n## Timeline\n\n- 08:12 Certificate rotated.\n- 10:55 All nodes serving.\n' },
  { name: 'an abbreviation after each time that no table has', text: '## Timeline\n\n13:50 GST: the chain halted.\n\n14:10 GST: restarted.\n' },
  { name: 'a zone written out in full in the heading', text: '## Timeline (Pacific Daylight Time)\n\n- 8:55 AM Deploy.\n- 9:12 AM Delays begin.\n' },
  { name: 'the zone said for the whole document in the summary', text: '# X\n\nThe export stalled overnight. All times in this document are CET.\n\n## Timeline\n\n- 21:30 Export starts.\n' },
  { name: 'the zone said for the times below', text: '# X\n\nAll times below are in UTC.\n\n## Timeline\n\n- 08:12 A.\n' },
  { name: 'the zone said as a place\'s local time', text: '# Y\n\nAll times below are Amsterdam local time (CEST, UTC+2).\n\n## Timeline\n\n- 16:40 A.\n' },
  { name: 'the zone said once in Korean prose', text: '# 장애 보고\n\n> 이 문서의 모든 시각은 한국 표준시(KST) 기준이다.\n\n## 타임라인\n\n- 02:00 점검 시작\n' },
  { name: 'the zone said once in Japanese prose', text: '# 障害報告\n\n時刻はすべて日本時間（JST）です。\n\n## タイムライン\n\n- 02:00 メンテナンス開始\n' },
  { name: 'a Japanese apology to students and staff is read in JST by its readers', text: '# 障害のお詫び\n\n学生の皆様ならびに教職員の皆様に多大なるご迷惑をおかけしましたことを、深くお詫び申し上げます。\n\n## 経緯\n\n- 9:00 受付開始\n- 9:40 復旧\n' },
  { name: 'a notice to customers in Korean is read in KST by its readers', text: '# 서비스 장애 안내 및 사과\n\n고객 여러분께 불편을 드려 진심으로 사과드립니다.\n\n## 경위\n\n- 10:12 주문 오류 발생\n- 11:25 정상화\n' },
  { name: 'the zone said in parentheses in a sentence for the whole document', text: '# Checkout button\n\nThe problem started at 11:02 (all times here are Europe/Madrid) when an experiment began.\n\n## Timeline\n\n- 10:55 Deploy.\n- 11:02 Errors.\n' },
  { name: 'a zone after a range is its start time\'s too', text: '# DNS レコード削除\n\n日時: 2025-01-21 10:12〜10:32 JST(20 分)\n\n## タイムライン\n\n10:12 レコード削除 → 10:20 検知 → 10:32 復旧\n' },
  { name: 'a Korean line that the times are all in KST', text: '# 이벤트 유실\n\n## 발견\n\n- 09:40 대시보드 이상 확인\n- 09:55 유실 확인\n\n시간대는 모두 KST이다.\n\n```\n2024-07-01T00:40:00Z WARN retention\n```\n' },
  { name: 'a zone stated in the heading of a later timeline section', text: '# 権限の設定ミス\n\n## 2. 発見の経緯\n\n- 9月4日 10:40 社員から問い合わせ\n- 9月4日 11:05 権限を修正\n\n## 5. 対応の時系列（JST）\n\n- 11:05 権限を修正\n\n```\nTimeZoneInfo\n```\n' },
  { name: 'an internal Korean report that never speaks of zones is read in KST by its readers', text: '# 예약 시스템 장애 보고\n\n원무팀, 간호부 공유용.\n\n## 타임라인\n\n| 시각 | 내용 |\n| --- | --- |\n| 08:30 | 예약 화면 오류 |\n| 09:10 | 서버 재시작 |\n' },
  { name: 'an internal Japanese report that never speaks of zones is read in JST by its readers', text: '# 予約システム障害報告\n\n## タイムライン\n\n- 7:48 予約画面でエラー\n- 8:20 サーバー再起動\n' },
  // Rounds 42 to 61: every reviewer took a statement that times are local as the zone stated.
  { name: 'round 63: all times local with the zone in parentheses, or a city\'s local time (All times local (CEST, UTC+2); All times below are Almaty local)', text: '# X\n\nAll times local (CEST, UTC+2).\n\n## Timeline\n\n- 16:40 Patching.\n- 17:05 Relays down.\n\n# Y\n\nAll times below are Almaty local (UTC+5) unless marked UTC.\n\n## Timeline\n\n- 09:10 Deploy.\n- 09:40 Errors.\n' },
  { name: 'round 61: times said to be local, in a sentence or a timeline heading, are a convention stated (Times are site local time; Timeline (local, 2024-08-09))', text: '# Robots halted\n\nTimes are site local time.\n\n## Timeline\n\n- **13:55** Map pushed to all robots.\n- **14:02** Robots stopped.\n\n# Bag tags\n\n### Timeline (local, 2024-08-09)\n\n| Time | Event |\n|---|---|\n| 03:30 | Profile push |\n| 05:40 | Tags blank |\n' },
];


const invalid: Array<{ name: string; text: string; lines: Array<[number, string]>; output?: string }> = [
  { name: 'round 46: a zone label whose value is a placeholder (Times: TBD) states no zone', text: '# X\n\nTimes: TBD\n\n## Timeline\n\n- 19:02 First 429.\n- 20:05 Cache TTL raised.\n', lines: [[7, 'timeline']] },
  { name: 'round 22: a Japanese report that names JST and quotes a UTC log time is still checked', text: '# SSO\n\n6月2日 00:00(JST)に失効。ログでは 2025-06-01T15:00:00Z。\n\n## 時系列\n\n- 07:48 問い合わせ\n- 08:30 原因特定\n', lines: [[7, 'timeline']] },
  {
    name: 'a table without a zone, reported once on the first entry; no zone elsewhere, so no fix',
    text: `## Timeline\n\n${TABLE}`,
    lines: [[5, 'timeline']],
  },
  {
    name: 'the zone the rest of the document uses is stated once in the heading',
    text: `## Duration\n\n4 h 10 min, from 14:50 KST.\n\n## Timeline\n\n${TABLE}`,
    lines: [[9, 'timeline']],
    output: `## Duration\n\n4 h 10 min, from 14:50 KST.\n\n## Timeline (all times KST)\n\n${TABLE}`,
  },
  {
    name: 'some entries with a zone, the first without',
    text: '## Timeline\n\n- 14:50 Alert.\n- 15:00 KST Rollback.\n- 15:10 Resolved.\n',
    lines: [[3, 'timeline']],
    output: '## Timeline (all times KST)\n\n- 14:50 Alert.\n- 15:00 KST Rollback.\n- 15:10 Resolved.\n',
  },
  {
    name: 'a key events list (no section): the zone goes after each time',
    text: '---\nstarted: 2022-01-22T11:50Z\n---\n\n- **Key events**\n  - First detected 2022-01-22 11:57\n  - Resolved 2022-01-22 14:38\n',
    lines: [[6, 'timeline']],
    output: '---\nstarted: 2022-01-22T11:50Z\n---\n\n- **Key events**\n  - First detected 2022-01-22 11:57 UTC\n  - Resolved 2022-01-22 14:38 UTC\n',
  },
  {
    name: 'a zone-less milestone takes the offset of the others',
    text: '---\nstarted: 2022-10-15T15:19+09:00\nresolved: "2022-10-16T01:30"\n---\n\n# X\n',
    lines: [[3, 'milestone']],
    output: '---\nstarted: 2022-10-15T15:19+09:00\nresolved: "2022-10-16T01:30+09:00"\n---\n\n# X\n',
  },
  {
    name: 'zone-less milestones and nothing to take a zone from',
    text: '---\nstarted: 2022-10-15T15:19\nresolved: 2022-10-16 01:30\n---\n\n# X\n',
    lines: [[2, 'milestone'], [3, 'milestone']],
  },
  {
    name: 'a Korean report that quotes a log in UTC speaks of zones, and is checked',
    text: '# 배포 장애 보고\n\n## 타임라인\n\n- 14:05 배포 시작\n- 14:20 오류 증가\n\n```\n2024-05-07T05:20:11Z ERROR upstream timeout\n```\n',
    lines: [[5, 'timeline']],
  },
  {
    name: 'a Japanese report whose cause is about time zones is checked',
    text: '# 障害報告\n\n## 原因\n\nタイムゾーンの変換漏れ。\n\n## タイムライン\n\n- 9:00 リリース\n- 9:40 クラッシュ報告\n',
    lines: [[9, 'timeline']],
  },
  {
    name: 'an English internal report is checked: its readers may be anywhere',
    text: '# Booking outage\n\n## Timeline\n\n- 08:30 Errors.\n- 09:10 Restart.\n',
    lines: [[5, 'timeline']],
  },
  {
    name: 'a notice to customers in English still states its zone: its readers are anywhere',
    text: '# Email delays\n\nWe apologize to all customers affected.\n\n## Timeline\n\n- 9:12 AM Delays begin.\n',
    lines: [[7, 'timeline']],
  },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.config })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.lines.map(([line, messageId]) => ({ line, messageId })), output: c.output ?? null })),
})) test(t.name, t.fn);

test(`${RULE}: the message counts the entries and tells how to state the zone once`, () => {
  const [f] = run(`## Timeline\n\n${TABLE}`).findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /"2022-10-15 15:19" has no time zone \(2 of the timeline entries have none\)/);
  assert.match(f.message, /Timeline \(all times UTC\)/);
  assert.match(run(`## Timeline\n\n${TABLE}`, {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /시간대가 없습니다/);
});
