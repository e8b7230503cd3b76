import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run, CORPUS, HAS_CORPUS } from '../../helpers/check';
import { LineIndex } from '../../../server/src/core/text';

const RULE = 'timeline-order';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 78: a day\'s share that a batch settles (6월 29일분 정산 배치) is not the day the entry happened', text: '# 정산 누락\n\n## 경과\n\n**2025-06-30 (월)**\n- 02:00 6월 29일분 D+1 정산 배치 실행. 7월 1일 장애 확인 후 재점검 → 29일분은 누락 없음\n\n**2025-07-01 (화)**\n- 02:00 6월 30일분 정산 배치 실행\n- 02:41 배치 정상 종료\n\n**2025-07-02 (수)**\n- 02:00 수정본으로 배치 실행\n- 09:30 7월 1일분 정산 내역 전수 대사 완료\n' },
  { name: 'round 75: a paragraph under a timeline table that opens with a range is a note on the table, not its next entry (08:20~09:00 사이 로그인 실패는 …)', text: '# 로그인 장애\n\n## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 09:00 | 장애 시작 |\n| 13:10 | 특별전 페이지 공개 |\n\n08:20~09:00 사이 로그인 실패는 3명이라 장애 시간에 포함하지 않았다.\n' },
  { name: 'round 67: a sentence under the table that opens with a day and a time and の (7/7 13:40 のエスカレーションから原因特定(16:50)まではおよそ 3 時間。) is a note', text: '# 二重請求\n\n報告日: 2025-07-20\n\n## 経緯\n\n| 日時 | 内容 |\n|---|---|\n| 7/7 13:40 | エスカレーション |\n| 7/7 15:20 | 異常値を特定 |\n| 7/7 16:50 | 原因を特定 |\n| 7/8 | 口座振替から除外 |\n| 7/9〜7/15 | 再計算 |\n| 7/17 | 訂正請求書の発行 |\n\n7/7 13:40 のエスカレーションから原因特定(16:50)まではおよそ 3 時間。エスカレーション後の\n調査は早かったが、判明まで 1 か月以上かかった。\n' },
  { name: 'round 64: a date and a time inside an entry are that moment, not the entry\'s day (10:00 9/15 17:12 시점까지의 데이터로)', text: '# 장애\n\n## 타임라인\n\n**2026-09-16 (수)**\n- 19:20 별도 서버 복구 완료.\n\n**2026-09-17 (목)**\n- 10:00 9/15 17:12 시점까지의 데이터로 추출\n- 13:00 운영 DB에 반영\n' },
  { name: 'round 62: a window summed up under the table with an arrow is no entry (Exposure window: 2024-04-22 15:12 → 2024-05-11 07:20)', text: '# X\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 2024-04-22 15:12 | Collection published |\n| 2024-05-11 07:20 | Collection made private |\n| 2024-05-11 11:00 | Old secret revoked |\n\nExposure window: 2024-04-22 15:12 → 2024-05-11 07:20 (~18.7 days public).\n' },
  { name: 'round 73: a month-day in ISO order with its weekday in parentheses starts a new day (**01-16 (Thu) 09:10** after 21:00 on the 14th)', text: '# Stale permit list\n\n## Timeline\n\n- **2025-01-14 20:58** replication stops.\n- 21:00 onwards: exports go stale.\n- **01-15 (Wed)** Normal patrols.\n- **01-16 (Thu) 09:10** Contact centre gets 6 calls.\n- 11:05 Escalated to the service desk.\n' },
  { name: 'round 61: a timeline that crosses the new year with weekdays and month/day (Sat 12/28 4:17 pm, then Thu 1/2 9:20 am)', text: '# X\n\nIt started on 2024-12-20.\n\n## Timeline (ET)\n\n- **Fri 12/20 6:55 pm** — Pool set.\n- **Sat 12/28 4:17 pm** — Alert.\n- **Thu 1/2 9:20 am** — FinOps reviews.\n- **9:48 am** — Confirmed.\n' },
  { name: 'round 59: a month-day with its weekday in parentheses before the time starts a new day (03-17(월) 22:40, then 03-18(화) 02:00, 09:00)', text: '# 작업 강제 종료\n\n작성일: 2025-03-20\n\n## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 03-17(월) 22:40 | 업그레이드 시작 |\n| 03-18(화) 02:00 | 장시간 작업 종료 확인 |\n| 09:00 | 연구자 문의 급증 |\n' },
  { name: 'round 57: a row dated the day before the front matter\'s start (start: 2026-07-21T06:10+09:00), then undated rows on the start\'s day (7/20 16:00, 04:32)', text: '---\nstart: "2026-07-21T06:10+09:00"\nend: "2026-07-21T13:25+09:00"\n---\n# 예보 타일 오류\n\n## 타임라인 (KST)\n\n| 시각 | 이벤트 |\n|---|---|\n| 7/20 16:00 | 제공처 공지 메일 |\n| 04:32 | 새 확장자로 업로드 |\n| 04:45 | 수집 작업이 파일 0개 매칭 |\n' },
  { name: 'round 56: the first weekday named is the day after the one the entries are on (15:40 on the front matter\'s Tuesday, then Wed 07:00)', text: '---\ndate: 2026-10-20\n---\n# Near miss: duplicate payout file\n\n## Timeline (ET)\n\n- 14:00 run file uploaded\n- 15:40 the bank confirms file 2 cancelled\n- Wed 07:00 each payout posted exactly once\n' },
  { name: 'round 55: a day without its year in January after December is in the next year (12/31 22:55 then 1/1 10:00)', text: '---\ndate: 2025-12-30\n---\n# 寄付の保留\n\n## 時系列\n\n| 時刻 | 出来事 |\n|---|---|\n| 12/31 21:15 | 再送が始まる |\n| 12/31 22:55 | 解決宣言 |\n| 1/1 10:00 | お詫びメール送信 |\n' },
  { name: 'round 55: month-day written with a dash before the time in a Korean table (12-02 18:00, then 12-03 06:00, 08:30)', text: '# 기부 보류\n\n작성일: 2025-12-05\n\n## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 12-02 10:14 | 웹훅 발송 중단 |\n| 18:00 | 안내 문자 발송 |\n| 12-03 06:00 | 정기 대사 배치 실행 |\n| 08:30 | 웹훅 재발송 시작 |\n' },
  { name: 'round 54: a window summed up under the table (Window of exposure: 9 Mar 14:02 to 11 Mar 09:36) is no entry', text: '# Reset emails (2026-03-11)\n\n## Timeline (SAST)\n\n| Time | Event |\n|---|---|\n| 2026-03-09 14:02 | Deploy. |\n| 2026-03-13 16:00 | Users emailed. |\n\nWindow of exposure: 9 Mar 14:02 to 11 Mar 09:36 ≈ 43.5 hours.\n' },
  { name: 'round 53: a heading that gives a range of days (Timeline (UTC, 14–15 Oct)) starts on its first day', text: '# GPU jobs stuck (2026-10-14)\n\n## Timeline (UTC, 14–15 Oct)\n\n| Time | Event |\n|---|---|\n| 18:50 | Pool fixed. |\n| 19:30 | Upgrade resumed. |\n| 15 Oct 02:10 | All nodes upgraded. |\n' },
  { name: 'round 52: an entry dated the evening before, then the incident day of the front matter (Mon 2 Feb 18:20, then 07:46 under date: 2026-02-03)', text: '---\ndate: 2026-02-03\n---\n# CDN purge\n\n## Timeline (GMT)\n\n| Time | What happened |\n|---|---|\n| Mon 2 Feb 18:20 | Section renamed. |\n| 07:46 | Front republished. |\n| 07:47 | Hit ratio drops. |\n' },
  { name: 'round 52: a row that sums up a stretch of the day (14:00 – 24:00) after the entries inside it', text: '# Webhooks\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| 10:40 | Deployed. |\n| 14:22 | Alert fires. |\n| 14:00 – 24:00 | Alert fires and resolves 5 more times. |\n' },
  { name: 'round 52: a weekday and a month/day before the time move the day on (Mon 11/2, 10:15 am after Sunday 4:10 pm)', text: '---\ndate: 2026-11-01\n---\n# Renewals\n\n## Timeline (US Central)\n\n| Time | Event |\n|---|---|\n| 3:30 pm | Plan agreed. |\n| 4:10 pm | Branch staff told. |\n| Mon 11/2, 10:15 am | Script tested. |\n| 11:40 am | Reversal run. |\n' },
  { name: 'round 46: day lines without a year (6月16日(日)) in a letter dated in the Reiwa era (令和6年6月28日)', text: '# 顛末書\n\n令和6年6月28日\n\n## 3. 経緯\n\n6月16日(日)\n\n- 8時00分 ロード開始\n- 14時00分 件数照合\n\n6月17日(月)\n\n- 8時30分 業務開始\n' },
  { name: 'round 45: bold day lines written month/day (**09/02**, **09/23**) in a document that writes 09/23/2025', text: '# Retention job\n\n- **Date detected:** 09/23/2025\n\n## Timeline\n\n**09/02**\n- 18:40 — debug logging switched on\n\n**09/23**\n- 09:05 — finance notices the gap\n' },
  { name: 'round 43: bold day lines written weekday and month/day (**Tue 3/4**: the weekday says the order), the year from a month and year', text: '# Award PDFs\n\nApril 2025 bid awards were published late.\n\n## Timeline (ET)\n\n**Fri 2/28**\n- 16:40 — pre-render job disabled\n\n**Tue 3/4**\n- 12:00 — awards published\n- 16:00 — portal scaled back\n\n**Wed 3/5**\n- 10:00 — postmortem draft circulated\n' },
  { name: 'round 43: a cell of month/day and time alone (11/4 10:00) in a Korean document, then times of that day', text: '# 라이더 앱 위치 오류 (2025-11-06)\n\n## Timeline\n\n| 시각 | 내용 |\n|---|---|\n| 11/3(월) 18:00 | 단계적 배포 20% |\n| 11/4 10:00 | 50%로 확대 |\n| 11:20경 | 위치 정확도 지표 하락 시작 |\n| 12:05 | 고객센터 문의 누적 |\n' },
  { name: 'round 38: a Korean note under the table whose time is followed by 이후에는', text: '# 노출\n\n## 타임라인 (KST)\n\n| 시각 | 내용 |\n|---|---|\n| 11:42 | 마지막 잘못된 응답 |\n| 13:40 | 종료 선언 |\n\n11:42 이후에는 새로운 잘못된 응답이 기록되지 않았지만, 확인을 위해 13:40을 종료 시각으로 잡았습니다.\n' },
  { name: 'round 37: a note after a quoted review comment whose time is set apart from its particle (20:30 に報告を…)', text: '# メール遅延\n\n## 経緯 (JST)\n\n| 時刻 | 内容 |\n|---|---|\n| 20:30 | 報告 |\n| 22:25 | 送信完了 |\n\n> 【レビュー 長谷川】誰も見ていなかった時間がある？\n\n20:30 に報告を受けてから原因に当たるログに行き着くまで約 10 分かかりました。mail-worker の\n調査手順がまとまっていなかったためです。\n' },
  { name: 'round 34: a note in sentences under the table whose time carries a particle (21:05에 …)', text: '# 요금\n\n## 타임라인 (KST)\n\n| 시각 | 내용 |\n|---|---|\n| 21:05 | 킬 스위치 작동 |\n| 23:15 | 환불 대상 추출 시작 |\n\n21:05에 킬 스위치를 켠 뒤에도 그 전에 견적을 받은 운행은 견적 요금으로 결제되었습니다.\n' },
  { name: 'round 34: bold day lines of a weekday and month-day in parentheses (**월요일 (09-02)**)', text: '# 릴리스 (2024-08-31)\n\n## 타임라인 (UTC)\n\n**토요일 (08-31)**\n\n- 13:05 yank\n\n**월요일 (09-02)**\n\n- 06:30 PR 머지\n' },
  { name: 'round 33: day lines written with spaces between the numbers and their units (4 月 4 日), plain paragraphs', text: '# 監査ログ欠損(2025/04/02〜04/04)\n\n## 経緯\n\n4 月 2 日\n\n- 14:00 設定を更新\n- 14:20 配布が完了\n\n4 月 4 日\n\n- 10:00 欠損に気づく\n- 10:25 連絡\n' },
  { name: 'round 33: day lines written as month/day alone (5/20, 5/21), in a Japanese document dated in its front matter', text: '---\ndate: 2025-05-22\n---\n\n# フラグ\n\n## 対応の経過\n\n5/20\n\n- 15:20 フラグを操作\n- 18:05 配信開始\n\n5/21\n\n- 09:40 問い合わせ\n- 10:30 無効化\n' },
  { name: 'round 30: a paragraph after the list whose wrapped line goes on at a time (backup landed at 16:55 on February 6) is no entry', text: '# Backups\n\n## Timeline\n\nTimes are UTC.\n\n- 2024-02-06 16:55 — Manual backup uploaded.\n- 2024-02-07 11:00 — Restore drill rerun.\n\nThe exposure window, during which our newest base backup was older than\nintended, ran from the first failed upload on January 16 until the manual\nbackup landed at 16:55 on February 6: about 22 days.\n' },
  { name: 'round 28: a weekday opening each time moves the day on (Mon 21:09, then Tue 09:40)', text: '---\ndate: 2024-03-11\n---\n\n# Feeds\n\n## Timeline (UTC)\n\n| Time | Event |\n|------|-------|\n| Mon 21:05 | Release deployed. |\n| Mon 21:09 | Consumer crash loop. |\n| Tue 09:40 | First stale feed. |\n| Tue 15:12 | Mitigated. |\n| Wed 10:15 | Second issue found. |\n' },
  { name: 'round 27: a bold day line that gives the day\'s number before its date', text: '# Outage on 4 June 2024\n\n## Timeline\n\n**Day 2 – Wednesday 5 June**\n\n- 16:00 – Restarts removed.\n\n**Day 3 – Thursday 6 June**\n\n- 12:00 – Incident closed.\n' },
  { name: 'round 17: a weekday before each time, a new weekday a new day', text: '# X\n\n## Timeline\n\n| When | What |\n|---|---|\n| Fri 21:30 | rolled out |\n| Sat 16:00 | event starts |\n| Sat 16:20 | queues grow |\n' },
  { name: 'round 17: a sentence after the list that gives the window is not an entry', text: '# X\n\n## 경과\n\n- 10/21 08:00 리포트 발송\n- 10/22 10:15 대시보드 정상화\n- 10/22 11:00 공지\n\n잘못된 수치가 노출된 기간은 10/21 08:00 리포트 발송부터 10/22 10:15 대시보드 정상화까지, 약 26시간입니다.\n' },
  { name: 'round 16: the first row dated the day before the incident\'s date, the rest undated on the incident\'s day', text: '# Courier GPS\n\n**Date of incident:** Tuesday 12 March 2024\n\n## Timeline (CET)\n\n| Time | Event |\n|---|---|\n| 11 Mar 16:30 | released to 10 % |\n| 09:55 | promoted to 100 % |\n| 10:05 | first frozen positions |\n' },
  { name: 'round 15: day lines in bold between list timelines, without a year anywhere', text: '# SPF\n\n## 経緯\n\n**3月4日（月）**\n\n- 10:15 問い合わせ\n- 17:00 様子見\n\n**3月5日（火）**\n\n- 09:30 問い合わせが40件\n- 16:10 修正\n\n**3月6日（水）〜3月8日（金）**\n\n- 3/8 09:00 クローズ\n' },
  { name: 'month/day times across midnight, without a year, in a Japanese timeline (the year from the title)', text: '# CI ランナー枯渇(2025/05/20)\n\n## 経緯\n\n- 5/19 17:40 AMI 更新の PR をマージ\n- 5/19 18:00〜5/20 03:10 ノードのローリング更新\n- 5/20 08:50 待ち時間が上昇\n- 09:12 投稿が続く\n' },
  { name: 'round 13: a note in parentheses after the list is not an entry', text: '# 장애\n\n## 경과 (KST)\n\n- 07:30 배치 시작\n- 07:41 알람 발생\n- 08:30 인지\n\n(07:41 알람은 사후 조사에서 확인되어 추가 기재함)\n' },
  { name: 'a table in order', text: '## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n| 2022-10-15 15:19 | Fire. |\n| 2022-10-15 15:22 | Power cut. |\n' },
  { name: 'midnight crossing: 23:50 then 00:10', text: '## Timeline (all times UTC)\n\n- 23:50 Alert fires.\n- 00:10 Rollback.\n- 01:30 Resolved.\n' },
  { name: 'midnight crossing in a dated table', text: '---\ndate: 2022-10-15\n---\n\n## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n| 23:46 | Fire out. |\n| 01:30 | Messages go through. |\n' },
  { name: 'a new dated sub-heading', text: '## Timeline\n\n### 2022-10-15\n\n- 23:50 Alert.\n\n### 2022-10-16\n\n- 00:10 Rollback.\n- 09:00 Review.\n' },
  { name: 'the day in the Timeline heading is the day of its undated entries, after one dated the day before', text: '# Outage on 14 January 2025\n\n## Timeline (all times Eastern, 14 January unless noted)\n\n- **13 Jan, 18:10** — Change deployed: the report job moved to 07:30.\n- **07:30** — Report job starts.\n- **07:35** — First calls.\n' },
  { name: 'a line that goes on with a sentence of prose below the table is not an entry', text: '## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2025-04-09 12:40 | Reassignment started. |\n| 15:18 | Mitigated. |\n| 2025-04-10 22:00 | Reassignment resumed. |\n\nLate-delivery window: 12:40 to 15:18 UTC. (The first deliveries more than a minute late were at\nabout 12:55.)\n' },
  { name: 'day headings without a year start a new day', text: '# 障害報告（6/10〜6/12）\n\n## タイムライン\n\n### 1日目: 6月10日（月）\n\n| 時刻 | 内容 |\n|---|---|\n| 08:30 | 遅延 |\n| 19:30 | 再起動 |\n\n### 2日目: 6月11日（火）\n\n| 時刻 | 内容 |\n|---|---|\n| 07:30 | 全台再起動 |\n' },
  { name: 'a note after the list that opens with a sentence of its own: a time on its next line is in a sentence', text: '## タイムライン\n\n- 12:40 ロールバック開始\n- 12:45 ロールバック完了\n\nロールバック後の復旧が遅かったのは、ランナーの入れ替えが 1 台ずつの設定だったためです。\n10:50 ごろに一時的に maxUnavailable を 20% に上げて入れ替えを早めました。\n' },
  { name: 'equal times', text: '## Timeline\n\n- 14:50 One.\n- 14:50 Two.\n' },
  { name: 'month and day without a year', text: '## Timeline (all times UTC)\n\n| Time | Event |\n| --- | --- |\n| Jan 15, 5:33 PM | Release. |\n| Jan 16, 5:44 AM | Report. |\n' },
  { name: 'milestones in order', text: '---\nstarted: 2022-10-15T15:19+09:00\ndetected: 2022-10-15T15:30+09:00\nmitigated: 2022-10-16T01:30+09:00\nresolved: 2022-10-16T01:30+09:00\n---\n\n# X\n' },
  { name: 'milestones in different zones, in order', text: '---\nstarted: 2022-10-15T06:19Z\ndetected: 2022-10-15T15:30+09:00\n---\n\n# X\n' },
  { name: 'times in prose that are not entries', text: '## Timeline\n\nWe looked at 15:00 data, then at 14:00 data.\n' },
  { name: 'a bare date line dates the entries below it', text: '## Timeline (UTC)\n\n2024-05-01\n\n- 23:50 Alert.\n\n**May 2**\n\n- 00:10 Rollback.\n- 00:20 Resolved.\n' },
  { name: '12-hour times across midnight', text: '## Timeline (UTC)\n\n- 2024-05-01 11:50 PM Alert.\n- 12:10 AM Rollback.\n' },
  { name: 'Japanese dates and times with unit words, in order', text: '## タイムライン（日本時間）\n\n- 2024年3月1日 23時50分 アラート発報\n- 2024年3月2日 0時10分 切り戻し\n- 2024年3月2日（土）午前1時半 復旧\n' },
  { name: 'each key events list of a log is read on its own', text: '# Incident log\n\n- **Key events**\n  - First detected 2024-05-02 10:00\n  - Resolved 2024-05-02 11:00\n\n- **Key events**\n  - First detected 2024-04-01 09:00\n  - Resolved 2024-04-01 09:30\n' },
  { name: 'a date stated after times of no known day starts a day of its own', text: '## Timeline\n\n- 20:14 Flag off.\n- 21:39 Fix deployed.\n- 16 Apr 15:30 Replay done.\n' },
  { name: 'day headings without a year, read in the year of the document', text: '# Outage\n\nWritten 2024-10-07.\n\n## Timeline\n\n**Friday 4 October**\n\n- 18:00 Event live.\n- 21:00 War room closed.\n\n**Saturday 5 October**\n\n- 10:00 Compensation agreed.\n' },
  { name: 'phases in sub-sections of their own may overlap', text: '## Timeline (UTC)\n\n### Phase 1: failover\n\n- 15:01 Primary lost.\n- 15:04 Replica promoted.\n\n### Phase 2: split brain\n\n- 15:02 Old primary still writing.\n- 15:09 Old primary fenced.\n' },
  { name: 'noon written as 午後0時 in Japanese', text: '## タイムライン（JST）\n\n- 午前11時05分 一次報告\n- 午後0時30分 原因を特定\n' },
  { name: 'phases whose headings give their own time range may overlap', text: '## Timeline (UTC)\n\n### Phase 2 — Retry storm (17:50 – 18:40)\n\n- 17:50 Retries start.\n- 18:40 Retries capped.\n\n### Phase 3 — Database saturation (18:35 – 19:35)\n\n- 18:35 CPU at 100%.\n' },
  { name: 'a time to the minute after one to the second in the same minute', text: '## Timeline (UTC)\n\n- **09:14:05** Sentinel marks the primary down.\n- **09:14** Logins fail.\n' },
];


const invalid: Array<{ name: string; text: string; lines: number[]; messageId?: string }> = [
  { name: 'review: dates with the year last read in the order the document showed near its start (09/23/2025: month first)', text: '# Retention job\n\n- **Date detected:** 09/23/2025\n\n## Timeline\n\n- 07/09/2025 10:00 — job rerun\n- 07/08/2025 09:00 — job first failed\n', lines: [8] },
  { name: 'round 73: two month-days with weekdays that go back (**01-16 (Thu) 09:10**, then **01-15 (Wed) 14:00**)', text: '# Stale permit list\n\n## Timeline\n\n- **01-16 (Thu) 09:10** Calls.\n- **01-15 (Wed) 14:00** Patrols.\n', lines: [6] },
  { name: 'a day line of month/day (5/21) then an earlier time on that day', text: '---\ndate: 2025-05-22\n---\n\n# フラグ\n\n## 対応の経過\n\n5/21\n\n- 10:30 無効化\n- 09:40 問い合わせ\n', lines: [12] },
  { name: 'a table row that goes back', text: '## Timeline\n\n| Time (KST) | Event |\n| --- | --- |\n| 2022-10-15 15:19 | Fire. |\n| 2022-10-15 15:10 | Power cut. |\n| 2022-10-15 15:30 | Failing. |\n', lines: [6] },
  { name: 'list items', text: '## Timeline (all times UTC)\n\n- 10:00 Deploy.\n- 10:30 Alert.\n- 10:20 Rollback.\n', lines: [5] },
  { name: 'time lines under a line of prose in the same paragraph are still entries', text: '## Timeline\n\nOn the morning of the incident\n09:00 Alert fired\n08:10 Fix\n', lines: [5] },
  { name: 'a heading that names a day does not hide a step back between dated entries', text: '## Timeline (UTC)\n\n### Day 1\n\n- 2024-05-01 10:00 Deploy.\n\n### Day 2\n\n- 2024-04-30 09:00 Alert.\n', lines: [9] },
  { name: '### headings', text: '## Timeline\n\nAll times in UTC.\n\n### 13:40\n\nDeploy.\n\n### 13:35\n\nAlert.\n', lines: [9] },
  { name: 'bold-prefixed lines', text: '## Timeline\n\n**14:50** Power fails.\n**14:45** Notice to users.\n', lines: [4] },
  { name: 'a dated table going back a day', text: '## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2022-10-16 01:30 | Recovery. |\n| 2022-10-15 23:46 | Fire out. |\n', lines: [6] },
  { name: 'only the entry that goes back is reported', text: '## Timeline\n\n- 10:00 A.\n- 11:00 B.\n- 10:30 C.\n- 11:30 D.\n', lines: [5] },
  { name: 'detected before started', text: '---\nstarted: 2022-10-15T15:19+09:00\ndetected: 2022-10-15T15:00+09:00\n---\n\n# X\n', lines: [3], messageId: 'milestoneOrder' },
  { name: 'resolved before mitigated, detected absent', text: '---\nstarted: 2022-10-15 15:19\nmitigated: 2022-10-16 01:30\nresolved: 2022-10-15 23:00\n---\n\n# X\n', lines: [4], messageId: 'milestoneOrder' },
  { name: 'out of order across a bare date line', text: '## Timeline (UTC)\n\n2024-05-02\n\n- 10:00 Alert.\n\n2024-05-01\n\n- 11:00 Rollback.\n', lines: [9] },
  { name: 'Japanese times with unit words going back', text: '## タイムライン（日本時間）\n\n- 14時05分 デプロイ\n- 午後2時30分 アラート発報\n- 14時20分 切り戻し\n', lines: [5] },
  { name: 'full-width digits and colons, as Japanese documents often write them', text: '## タイムライン（日本時間）\n\n- ２０２４年３月１日 １４：０５ デプロイ\n- １４時３０分 アラート発報\n- １４時２０分 切り戻し\n', lines: [5] },
  { name: 'a key events list out of order', text: '# Incident log\n\n- **Key events**\n  - First detected 2022-01-22 11:57\n  - Incident declared 2022-01-22 14:41\n  - Repaired 2022-01-22 13:59\n', lines: [6] },
  { name: 'going back within a day heading without a year', text: '# Outage\n\nWritten 2024-10-07.\n\n## Timeline\n\n**Saturday 5 October**\n\n- 10:00 Plan agreed.\n- 09:00 Announced.\n', lines: [10] },
  { name: 'going back inside one phase, and across a dated sub-heading', text: '## Timeline (UTC)\n\n### Phase 1\n\n- 15:01 A.\n- 14:59 B.\n\n### 2024-03-02\n\n- 10:00 C.\n\n### 2024-03-01\n\n- 11:00 D.\n', lines: [6, 14] },
  { name: 'a time heading with ~ before it continues the story', text: '## Timeline (UTC)\n\n### 2024-03-05\n\n### 16:50:25\n\nRestart.\n\n### ~16:50:00\n\nErrors.\n', lines: [9] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.lines.map((line) => ({ line, messageId: c.messageId ?? 'entryBackwards' })) })),
})) test(t.name, t.fn);

test(`${RULE}: with full-width digits the finding is on the text as written`, () => {
  const text = '## タイムライン（日本時間）\n\n- １０：００ デプロイ\n- １０：３０ アラート\n- １０：２０ 切り戻し\n';
  const [f] = run(text).findings.filter((x) => x.ruleId === RULE);
  assert.equal(text.slice(f.range.start, f.range.end), '１０：２０');
});

test(`${RULE}: the finding is on the time of the entry that goes back, and names the one before`, () => {
  const text = '## Timeline\n\n- 10:00 Deploy.\n- 10:30 Alert.\n- 10:20 Rollback.\n';
  const [f] = run(text).findings.filter((x) => x.ruleId === RULE);
  assert.equal(text.slice(f.range.start, f.range.end), '10:20');
  assert.match(f.message, /\(10:20\) is earlier than the one before it \(10:30, line 4\)/);
});

function corpusLines(file: string): number[] {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  const lines = new LineIndex(text);
  return run(text).findings.filter((f) => f.ruleId === RULE).map((f) => lines.positionAt(f.range.start).line + 1);
}

test(`${RULE}: corpus mybinder-2018-04-18-cull-flood (### 14:49 then ### 14:43)`, { skip: !HAS_CORPUS && 'no ../shared/corpus' }, () => {
  assert.deepEqual(corpusLines('mybinder-2018-04-18-cull-flood.md'), [46]);
});

test(`${RULE}: corpus moj-cloudplatform-2022-01-22 (Repaired 13:59 after Incident declared 14:41)`, { skip: !HAS_CORPUS && 'no ../shared/corpus' }, () => {
  assert.deepEqual(corpusLines('moj-cloudplatform-2022-01-22-dns-records-deleted.md'), [11]);
});
