import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { run } from '../../helpers/check';

const RULE = 'action-item-overdue';
const TODAY = { today: '2024-06-01' };

const LIST = '# Outage\n\n## Action items\n\n- [ ] Add an alert on queue depth (owner: @ana, due 2024-05-01)\n- [x] Roll back the flag (owner: @bo, due 2024-04-01)\n- [ ] Write the runbook (owner: @cy, due 2024-07-01)\n';
const TABLE = '# Outage\n\n## Action items\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Add an alert | @ana | 2024-05-30 | open |\n| Roll back | @bo | 2024-04-01 | done |\n';

/** An invalid case: the document, and the line and column of each overdue item, on `today`. */
function overdue(name: string, code: string, at: Array<[number, number]>, today = TODAY.today) {
  return { name, code, errors: at.map(([line, column]) => ({ line, column, messageId: 'overdue' })), extra: { today }, output: null };
}

for (const t of ruleTests(RULE, {
  valid: [
    { name: 'round 33: a report handed to a regulator whose progress is reported through supervision', code: '# Card payments outage: final report\n\n## Action items\n\n1. Second payment route (owner: COO, due 2024-05-01)\n\nThe Society will report progress on those actions through its regular supervisory engagement.\n', extra: TODAY },
    { name: 'no date given by the caller: silent', code: LIST },
    { name: 'due today is not overdue', code: LIST, extra: { today: '2024-05-01' } },
    { name: 'done items and items due later', code: '# Outage\n\n## Action items\n\n- [x] Roll back (due 2024-04-01)\n- [ ] Runbook (due 2024-07-01)\n', extra: TODAY },
    {
      name: 'rows a status in Korean or Japanese, or a note in another cell, says are done',
      code: '# 장애\n\n## 재발 방지 대책\n\n| 대책 | 담당 | 기한 | 상태 |\n| --- | --- | --- | --- |\n| 경보 임계값 하향 | 인프라팀 | 2024/05/15 | 완료 |\n\n## 再発防止策\n\n| 対策 | 担当 | 期限 | 状況 |\n| --- | --- | --- | --- |\n| 証明書の期限監視 | SRE | 2024/04/30 | 完了 |\n\n## Action items\n\n| Action | Owner | Due | Ticket |\n| --- | --- | --- | --- |\n| Round the filter | @do | 2024-05-06 | SRCH-512 (done) |\n',
      extra: TODAY,
    },
    { name: 'an item marked done in bold with the day it was done', code: '# Outage\n\n## Action items\n\n1. Add the secret hook to all repos.\n   Owner: Oskar. **Done** 2024-05-29.\n', extra: TODAY },
    { name: 'an item that links its ticket and states no status of its own: the tracker says whether it is done', code: '# Outage\n\n## Action items\n\n| Action | Owner | Due | Ticket |\n| --- | --- | --- | --- |\n| Renew the certificate | Platform | 2024-03-19 | PLAT-1840 |\n', extra: TODAY },
    { name: 'the document says where its action items are tracked, and the items state no status of their own', code: '# Outage\n\n**Status:** Complete, action items tracked in PLAT-2291\n\n## Action items\n\n- Add a retry budget (owner: @ana, due 2024-05-01)\n', extra: TODAY },
    { name: 'a date and done after it is done, and a status after its second line says done', code: '# 障害\n\n## 再発防止策\n\n- [ ] 修正と回帰テスト追加 (2024-05-16 完了)\n\n## Action items\n\n1. Renew the domain for five years.\n   **Owner:** Amir. **Due:** 2024-05-20. **Status:** done.\n', extra: TODAY },
    { name: 'done after a dash, with more said after it', code: '# Outage\n\n## Action items\n\n4. Audit other CronJobs (owner: Nkechi Abara, due 2024-04-04) — done; two more found and removed.\n', extra: TODAY },
    { name: 'a due date without a year is its next occurrence after the day the document was written', code: '# 장애 회고 (2024.05.21)\n\n## 후속 조치\n\n1. 알림 추가 — 서민재, 5/3까지\n', extra: TODAY },
    { name: 'month/day with a slash in English text is not read (it may be day/month)', code: '# Outage on 2 April 2024\n\n## Action items\n\n- [ ] Add an alert — Ana, 4/5\n', extra: TODAY },
    { name: 'done with its day in parentheses is done, not due that day', code: '# Outage\n\n## Action items\n\n- Reindex nightly. Owner: Anders. Done (Feb 14, 2024).\n', extra: TODAY },
    { name: 'a due cell that gives the day a rule takes effect is no deadline', code: '# 障害報告（2024年4月2日）\n\n## 再発防止策\n\n| 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 新しい運用ルール | 運用部 | 5月1日より適用 | 対応中 |\n', extra: TODAY },
    { name: 'round 14: a due cell that says when a policy is in effect is no deadline', code: '# WAF rule outage (2 July 2024)\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Geo rules need a second reviewer | Edge & Security | Policy in effect 15 Jul | open |\n', extra: { today: '2024-09-01' } },
    { name: 'round 15: a semester (2025-1학기 전) is not January', code: '# 수강신청 장애 (2024. 4. 2.)\n\n## 재발 방지 대책\n\n| 내용 | 담당 | 완료 목표 |\n|---|---|---|\n| 부하 테스트 상향 | 오세린 | 2024-1학기 전 |\n', extra: TODAY },
    { name: 'round 16: a status cell that says a policy was approved or adopted is done', code: '# Outage (2 April 2024)\n\n## Action items\n\n| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| A5 | Add firmware risk to the CAB model | CAB | 2024-04-30 | Approved |\n', extra: TODAY },
    { name: 'round 16: a report that says it is public is a notice', code: '# Webhook delays on April 22, 2024\n\n*Public incident report — Relaywire Developer Platform*\n\n## What we are changing\n\n- Add retries per endpoint — by May 2024\n', extra: TODAY },
    { name: 'a notice to customers is published once: its commitments are not marked done in it', code: '# ログイン障害のお知らせ（2024年4月2日）\n\nお客様には多大なるご迷惑をおかけしましたことを深くお詫び申し上げます。\n\n## 再発防止策\n\n- CDN の設定変更を段階的に適用する（5月中に実施予定）\n', extra: TODAY },
    { name: 'a list item written in the past tense is done', code: '# Outage\n\n## Action items\n\n- Added an alert on queue depth (owner: @ana, due 2024-05-01)\n', extra: TODAY },
    { name: 'round 26: the day a practice takes effect, after the owner, is no deadline', code: '# 점검 연장 (2024. 8. 20.)\n\n## 후속 조치\n\n1. 대형 테이블은 온라인 스키마 변경 도구로만 변경 — DBA 파트 남궁현, 8/29 점검부터 적용\n', extra: { today: '2024-09-10' } },
    { name: 'round 27: items under a lead that says they were done are not due', code: '# 障害（2024年11月8日）\n\n## 対応と再発防止\n\n実施済み:\n- キャッシュキーの修正（11/7 リリース）\n- 通知先の追加（11/6）\n', extra: { today: '2025-06-01' } },
    { name: 'round 27: the end of February is the 29th in a leap year: not due yet on the 29th', code: '# 障害報告（2024年1月10日）\n\n## 再発防止策\n\n| 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 連携の監視 | 情報システム課 | 2月末 | 未着手 |\n', extra: { today: '2024-02-29' } },
    { name: 'round 28: 済 closing the parentheses says done', code: '# 送り状印刷の停止（2024年7月3日）\n\n## 再発防止策\n\n- プリンタの監視を追加（担当:中条、7月19日まで、済）\n', extra: { today: '2025-06-01' } },
  ],
  invalid: [
    overdue('round 33: a note in parentheses that another fix is already in place does not make the item done', '# Feed outage\n\n## What we are doing\n\n1. **Validate the feed before publishing it.**\n   Owner: Amir Haddad. Target: 2024-05-25. (Clamping fix from the incident is already in place.)\n', [[5, 4]]),
    overdue('round 32: a support macro quoted in the report is no apology to customers', '# 결제수단 등록 오류 대응 보고서\n\n고객경험팀 | 2024년 10월 4일\n\n안내 문구에 "불편을 드려 등록 시 적립금을 드립니다"라는 문장이 들어가 약 1,300명의 고객에게 잘못된 약속이 나갔습니다.\n\n## 후속 조치\n\n1. 매크로 수정 시 승인 절차 도입 (임소연, 10/11)\n', [[9, 4]], '2025-01-01'),
    overdue('round 31: a quarter without its year, a Korean 기한 before a month/day; a status that a rule was agreed in a guide is done, Agreed alone is not', '# CI cache (2024-11-05)\n\n## Follow-ups\n\n- [ ] Look at splitting snapshots (Felix, investigate by end of Q4)\n\n## 후속 조치\n\n1. 운영 DB DDL 승인 필수화 — 담당: 권지안, 기한 11/15\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Column drops ship a release later | Accounts | 12 Jul | Agreed, in the contributing guide |\n| Lock out local mode | Estates | 30 Sep 2024 | Agreed |\n', [[5, 7], [9, 4], [16, 1]], '2026-01-01'),
    overdue('round 30: a name and a date after a full-width slash, the end of a month written 11/末, a year and quarter with a hyphen', '# 障害報告（2024年12月2日）\n\n## 再発防止策\n\n1. 確認する（大西／2/21）\n\n| # | 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|---|\n| 3 | 件数を増やす | 浜田 | 11/末 | 未着手 |\n\n## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Split the modules | infra | 2025-Q1 | Open |\n', [[5, 4], [9, 1], [15, 1]], '2026-01-01'),
    overdue('round 29: 60% done is not done; a completion check (完了判定) in the action is no done mark; a post for the whole studio and a report whose apology went out separately are the team\'s', '# Launch queue (14 October 2024)\n\n*Posted for the whole studio by the Online Services team.*\n\n## Action items\n\n- Audit the retries (Elif, 27 Sep, 60% done).\n\n## 対策\n\n| 対策 | 担当 | 期限 |\n|---|---|---|\n| 完了判定に外部確認を追加 | インフラチーム | 2024/11/19 |\n\n## おわりに\n\nご迷惑をおかけしました。ご利用店舗の皆さまには、別途お詫びのご連絡を差し上げています。\n', [[7, 3], [13, 1]], '2026-01-01'),
    { name: 'an item wrapped over lines gives its due date on the last one, under a Remediation plan', code: '# Outage\n\n## Remediation plan\n\n- [ ] Wait for all DaemonSet pods to be Ready\n      before continuing (Ayesha, due 2024-05-05)\n', errors: [{ line: 5, column: 7, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'a table of Measures lists actions', code: '# Outage\n\n## Measures\n\n| Measure | Responsible | Due | Status |\n| --- | --- | --- | --- |\n| Review the firmware policy | A. Roos | 30.04.2024 | open |\n', errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'part of it done is not done', code: '# 障害\n\n## 再発防止策\n\n| 対策 | 担当 | 期限 | 状況 |\n| --- | --- | --- | --- |\n| 全ジョブの移行 | 佐藤 | 2024-05-04 | 対応中 (12/38 完了) |\n', errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    overdue('due dates without a year, read in the year the document was written: a day and a month after a dash, a month/day in Korean and Japanese, a due cell, the end of a month', '# Outage (written 2 April 2024)\n\n## Action items\n\n- [ ] Raise the timeout — Ophelia, 19 April.\n- [ ] 알림 추가 — 정하은, 4/19까지\n- [ ] CI で失敗させる — 大塚 / 4/25 / 対応中\n\n| 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 監視の追加 | 坂口 | 5/31 | 未着手 |\n| 手順書の改訂 | 平野 | 4 月末 | 未着手 |\n', [[5, 7], [6, 7], [7, 7], [11, 1], [12, 1]]),
    { name: 'round 10: Who and When columns', code: '# Outage on 2 April 2024\n\n## Action items\n\n| Action | Who | When | Status |\n|---|---|---|---|\n| Fix empty results | Keiko Tanaka | 2024-05-13 | In progress |\n', errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'round 10: a 완료 예정 column', code: '# 장애 (2024.04.02)\n\n## 재발 방지 대책\n\n| 조치 | 담당 | 완료 예정 | 상태 |\n|---|---|---|---|\n| 디스크 교체 | 서동욱 | 2024-05-13 | 진행 중 |\n', errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'round 10: a 対応項目 section lists action items', code: '# 障害報告（2024年4月2日）\n\n## 対応項目\n\n| 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 監視の追加 | 佐野 | 2024-05-07 | 対応中 |\n', errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'round 11: a month alone after the owner, and a month in Korean, are due at the end of that month', code: '# Outage (written 2 March 2024)\n\n## Action items\n\n- [ ] Add a canary — Sven, April\n- [ ] 알림 정리 — 고객지원 플랫폼팀, 4월 중\n', errors: [{ line: 5, column: 7, messageId: 'overdue' }, { line: 6, column: 7, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'round 12: a quarter after 期限 is its last day, and a 목표일 column is read', code: '# 精算の不具合（2024年1月10日）\n\n## 再発防止策\n\n1. 精算テストの追加\n   担当: 決済チーム / 期限: 2024年1Q / 状態: 未着手\n', errors: [{ line: 5, column: 4, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'an internal review with a sentence that wraps at "posted on" is not a notice', code: '# Dashboards visible to all employees (4 November 2024)\n\nThe link was\nposted on 6 November. No exports were made by anyone outside.\n\n## What we are changing\n\n- Refer to groups by ID. Owner: Sven, due 2024-05-20. *In progress.*\n', extra: { today: '2024-06-01' }, errors: [{ line: 8, column: 3, messageId: 'overdue' }], output: null },
    overdue('round 13: a combined 담당 / 기한 / 상태 column split at its slashes, with a month-day due, and a 언제까지 column', '# 결제 장애 (2024.04.12)\n\n## 후속 조치\n\n| 조치 | 담당 / 기한 / 상태 |\n|---|---|\n| 롤백 | 송하린 / 04-12 / 완료 |\n| 배포 금지 대상에 포함 | 인프라팀 문태오 / 04-30 / 진행 중 |\n', [[8, 1]]),
    overdue('round 13: the Try table of a KPT retro with a 언제까지 column', '# 이미지 장애 회고 (2024.04.12)\n\n## Try\n\n| Try | 담당 | 언제까지 |\n|---|---|---|\n| 부하 테스트 추가 | QA 황보람 | 5/13 |\n| 캐시 점검 | 인프라 오세훈 | 6/13 |\n', [[7, 1]]),
    overdue('round 14: a done word in quotes names something, and one before a deadline is about something else', '# 장애 (2024.04.12)\n\n## 후속 조치\n\n- [ ] LMS 대체 발송 재활성화 (비용 검토, CTO 승인 완료) — 윤세진, 5/31까지\n', [[5, 7]]),
    overdue('round 14: a done word inside 「」 is part of a name', '# 障害 (2024.04.12)\n\n## 再発防止策\n\n| 対策 | 担当 | 期限 |\n|---|---|---|\n| 「決済完了の反映が遅延」したらお知らせを出す | 吉川 | 5/29 |\n', [[7, 1]]),
    overdue('round 14: a table of actions under another heading (## 対応), by its owner and due columns', '# 障害 (2024.04.12)\n\n## 対応\n\n| やること | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 停止スイッチを追加 | 大野 | 5/20 | 対応中 |\n| 正規化 | 石田 | 4/13 | 済 |\n', [[7, 1]]),
    overdue('round 14: Korean dotted dates in a due column: a month and day (7. 12.) and a year and month (2024. 4.)', '# 민원 포털 지연 (2024. 4. 2.)\n\n## 6. 재발 방지 대책\n\n| 번호 | 대책 | 담당 | 완료 예정 |\n|---|---|---|---|\n| 1 | 세션 정리 배치 재등록 | 백승호 | 4. 5.(완료) |\n| 2 | 대기열 도입 | 정보통신과 | 2024. 4. |\n| 3 | 규모 통보 | 정보통신과장 | 5. 12. |\n| 4 | 증설 검토 | 운영팀 | 2024. 9. |\n', [[8, 1], [9, 1]]),
    overdue('round 15: 完了まで (until the end of) is no done mark; a done section is skipped and a 今後の予定 section read', '# 予約の重複 (2024年4月2日)\n\n## 対策（実施済み）\n\n- 通知先を共有メーリングリストに変更（4月10日）\n\n## 今後の予定\n\n| 対策 | 担当 | 期限 | 状態 |\n|---|---|---|---|\n| ロックの保持を予約確定処理の完了まで延長する | 予約基盤 川口 | 2024-05-09 | 対応中 |\n', [[11, 1]]),
    overdue('round 15: an internal report that quotes the notice it sent is not a notice', '# 수강신청 장애 보고서\n\n작성일: 2024년 4월 14일\n\n## 공지\n\n> 학생 여러분께 큰 불편을 드려 죄송합니다.\n\n## 재발 방지 대책\n\n| 번호 | 내용 | 담당 | 완료 목표 |\n|---|---|---|---|\n| 1 | 대기열 전환 | 김태윤 | 4/23 |\n', [[13, 1]]),
    overdue('round 15: a 조치 항목 section holds the action items', '# 로그 누락 (2024-04-02)\n\n## 조치 항목\n\n1. 수집 지연 알람 — SRE팀 강도경, 4/11\n2. 버퍼 적용 — 문태오, 완료(4/5)\n', [[5, 4]]),
      // Due 4/29 is overdue on 4/30; read as the end of April it would not be.
    overdue('round 21: a What we will do section, its table with an Until column', '# Scanners (Date: 17.09.2025)\n\n## What we will do\n\n| Nr | What | Who | Until | Status |\n|----|------|-----|-------|--------|\n| 1 | Switch off debug logs | Lukasz W. | 16.09.2025 | Done |\n| 3 | Log files to a separate disk | Lukasz W. | 15.10.2025 | In progress |\n', [[8, 1]], '2025-12-01'),
    overdue('round 23: a section inside another action items section is read once (each item reported once); done in the due column', '# Redis (2024-08-05)\n\n## アクションアイテム\n\n### 再発防止\n\n- [ ] メモリ使用率アラートを向ける — @haruka-ogawa — 2024-08-16\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Restore tier in cache key | Helga | done (2024-09-04) |\n| Alert on mismatch | Abdi | 2024-09-10 |\n', [[7, 7], [14, 1]], '2024-12-01'),
    overdue('round 19: a past participle before a noun (Shared … library) is a plan, not the past tense; before its object it is', '# Search (2024-08-22)\n\n## Action items\n\n* Shared date-conversion library used by both paths — Tariq Haddad — 13 Sep\n* Shared the runbook with support — Tariq Haddad — 13 Sep\n', [[5, 3]], '2024-12-01'),
    overdue('round 19: planned completion (完了予定), a completion check (完了確認) and paid accounts (支払い済みの) are not done', '# 請求 (2024年9月12日)\n\n## 再発防止\n\n1. テストを追加する — 吉田（10/31 完了予定）\n2. 返金処理の完了確認 — サポート 中川 / 10/15\n3. 予備を確保する — 村井（11/15 完了）\n4. 支払い済み 318 アカウントへの連絡 — サポート 中川 / 10/20\n5. 手順書を更新する — 村井（10/01 更新済み）\n', [[5, 4], [6, 4], [8, 4]], '2024-12-01'),
    overdue('round 18: in a due cell the first date is the deadline, the rest a note', '# 請求バッチ (2024年4月2日)\n\n## 対応項目\n\n| 対策 | 担当 | 期限 |\n|---|---|---|\n| 発行前チェックを追加 | 経理 佐藤 | 4/29 (4月末の発行前に必須) |\n', [[7, 1]], '2024-04-30'),
    overdue('round 18: every action items section is read (## 승객 후속 조치, then ## 재발 방지 대책), and ## 액션; the date before the state', '# 여객선 예매 장애 (2024-04-02)\n\n## 승객 후속 조치\n\n- 사과 문자 발송 완료\n\n## 재발 방지 대책\n\n| 조치 | 담당 | 기한 | 상태 |\n|---|---|---|---|\n| 대기열 증설 | 인프라팀 | 2024-04-27 | 진행 중 |\n\n## 액션\n\n- [ ] 충전 재시도 (최대 24시간, 이후 수동 처리) — 배지훈, 5/26, 진행 중\n', [[11, 1], [15, 7]]),
    { name: 'an open list item due before today', code: LIST, errors: [{ line: 5, column: 7, messageId: 'overdue' }], extra: TODAY, output: null },
    { name: 'an open table row due before today', code: TABLE, errors: [{ line: 7, column: 1, messageId: 'overdue' }], extra: TODAY, output: null },
    overdue('a month as the due date is overdue once the month is over', '# 障害\n\n## 再発防止策\n\n- [ ] 監視を追加する（担当: 佐藤、期限: 2024年4月末）\n- [ ] 런북 작성 (담당: 김, 기한: 2024년 6월 중)\n- [ ] Add a canary, owner @amy, due end of March 2024\n\n| 対策 | 担当 | 期限 |\n| --- | --- | --- |\n| 冗長化 | 情報システム部 | 2024/05 |\n', [[5, 7], [7, 7], [11, 1]]),
    overdue('round 26: the owner and the date in a detail under the item', '# 접속 지연 (작성일: 2024년 11월 6일)\n\n## 재발 방지 대책\n\n1. 장 개시 직후 부하 시나리오를 성능 시험에 추가한다.\n   - 담당: 품질관리팀, 11월 29일까지\n2. 인증 서버를 가상화 환경으로 옮긴다.\n   - 담당: IT인프라팀, 2025년 1분기\n3. 변경 관리 절차를 고친다.\n   - 담당: IT기획팀, 11월 15일까지 (완료)\n', [[5, 4], [7, 4]], '2025-06-01'),
    overdue('round 26: a filled status cell says the state, whatever done words the action names', '# 선물 발송 지연 (2025. 1. 10.)\n\n## 재발 방지 대책\n\n| 대책 | 담당 | 기한 | 상태 |\n|---|---|---|---|\n| 화면 상태를 "발송 요청됨 / 발송 완료" 2단계로 분리 | 프론트팀 | 2025-02-14 | 진행 중 |\n| 미회수 91건 회수 완료 | 재무팀 | 2025-02-20 | 진행 중 |\n', [[7, 1], [8, 1]], '2025-06-01'),
    overdue('round 26: a time of day with a deadline word opens a condition, not a record of when it was done', '# 정산 지연 (작성일: 2024년 10월 2일)\n\n## 재발 방지 대책\n\n- 09:00까지 지급 파일이 생성되지 않으면 자동 경보 (정산개발팀, 10/11)\n', [[5, 3]], '2025-06-01'),
    overdue('round 26: the internal part after a notice to customers is the team\'s', '# Bank feed delays\n\nWe apologize to all our customers for the delay.\n\n## What we are doing\n\n- Add retries — by 1 May 2024\n\n## Internal appendix (not sent to customers)\n\n### Action items\n\n- [ ] Alert on feed lag — Priya, due 2024-05-10\n', [[13, 7]]),
  ],
})) test(t.name, t.fn);

test(`${RULE}: information level, with the due date and the days since`, () => {
  const [f] = run(LIST, {}, 'en', TODAY).findings.filter((x) => x.ruleId === RULE);
  assert.equal(f!.severity, 'information');
  assert.deepEqual(f!.data, { due: '2024-05-01', days: 31 });
});
