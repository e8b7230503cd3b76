import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'action-item';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 32: owner and date after an arrow on the item\'s last line; done after a dash, with a comma and more; a committee meeting with its day', text: '**후속 조치**\n- VPN 인증서 만료일을\n  모니터링에 등록\n  → IT인프라팀 박소희, 12/6\n- 알람 추가\n  → 조현우, 12/10\n\n## Action items\n\n- Raise the refund rule — Yasmin Haddad to raise at product review on 4 June — done, accepted for Q3\n\n## 再発防止策\n\n- 送信前の確認手順を追加(情報セキュリティ室 藤原、次回委員会 7/9)\n' },
  { name: 'round 31: an item held until other items are complete', text: '## Action items\n\n1. Move zones (Ana, by 25 Oct)\n2. Add checks (Bo, by 25 Oct)\n3. Remaining zone migrations paused until 1 and 2 are complete. Owner: Ana.\n' },
  { name: 'round 30: a name, a spaced slash and an ISO date in full-width parentheses; a name and a date after a full-width slash; a standing practice with its next month; a note to the writer with a name in parentheses', text: '## アクションアイテム\n\n- [ ] 通知する（Chen / 2024-12-13）\n- [ ] 凍結時間帯にする（SRE 石川 / 2024-12-13）\n1. 終了コードを確認する（大西／2/21）\n\n## Update\n\nTODO(mira): attach the plan output here.\n' },
  { name: 'round 30: a reflection of what could have been done is no list of actions (우리가 할 수 있었던 일)', text: '## 우리가 할 수 있었던 일 (또는 앞으로 할 일)\n\n- 토큰 갱신 실패 시 세션을 유지했다면 로그아웃은 없었다\n- 경보 후 외부 원인 확인까지 16분 걸림\n' },
  { name: 'round 29: owner and target in italics on the line under the item, two owners joined by a plus, an owner and the next migration, a person called Jun before a date, a month\'s drill as the date, a month and year after an italic label', text: '# X\n\n## Action items\n\n1. Refresh the test environment.\n   *Owner:* Dana Whitfield — *Target:* January 31, 2025 — *Status:* in progress\n2. Add a reconciliation check (Data Platform + Finance, 18 Oct).\n3. Dry-run the DAGs in future migrations (Elif, next migration).\n4. Probe health-check paths before applying — Jun, 19 July.\n5. Rehearse the failover — DBRE team — April drill\n6. Re-schedule the upgrade.\n   *Owner:* Dana Whitfield — *Target:* February 2025\n' },
  { name: 'round 29: a bare 완료 over the items done, an owner after a month/day in parentheses, a team ending in G, a month\'s release as the date, a date to be set at a meeting', text: '## 조치 및 재발 방지\n\n완료\n- 노출 키 폐기 및 신규 키 발급 (8/21, 변수민)\n\n진행 예정\n- pre-commit 훅 필수화 (9/13, 변수민)\n\n## 対策\n\n1. 別事業者の回線を導入(ネットワーク運用G、11 月末まで)\n2. ジッターを拡大する — 担当: ファームウェアG、9月リリース予定\n3. 起動確認の自動化(物流システムチーム 山内さん、日程は振り返り会で決める)\n' },
  { name: 'round 29: a sentence after the list says where the owners are assigned', text: '## 再発防止策\n\n- publish 前に型チェックを CI に追加\n- リリース手順書の更新\n\n担当は Discussions #1287 のコメントで割り振っています。\n' },
  { name: 'round 28: a GitHub milestone, a done date wrapped onto the next line, a revisit month, two owners joined by a middle dot, a rule in effect at once', text: '# X\n\n## Action items\n\n- [ ] Alert on GC deletes — @jdelacroix — milestone: `platform-Q1-week-11`\n- Renew at 30 days before expiry. Owner: Edge platform (Noor Siddiqui). Done\n   2024-06-20.\n- [ ] Decide when to drop iOS 16. *Product: Mira Solberg,\n  revisit in September.*\n- [ ] カレンダーに自動連携（三好・マーケ 浅田、12/13 まで）\n- 송장 출력 전 용지 확인을 의무화 — 센터운영팀 오세훈, 즉시 시행\n' },
  { name: 'round 28: a technical note after a thematic break closes the items', text: '# X\n\n## What we\'re changing\n\n1. Pause notifications from the admin page. Owner: Lucía, by end of April.\n\n---\n\n### Technical note (for engineers)\n\n- **Why it ran for hours:** the job sleeps between batches.\n- **Detection:** no alert on cancellation volume.\n' },
  { name: 'round 27: an event as the target, an owner in a sentence of its own, done with a comma, a date then the owner in parentheses', text: '# X\n\n## What we are doing\n\n- [ ] Ask the vendor for notice. Owner: DDS Vendor Management (Carla Jimenez). Target: next renewal, March 2025.\n- Add a comparison test to index rebuilds. Léa owns this, aiming for the end of November.\n- Make the alias flip manual. Done, by Léa, on 11 November.\n- 4/8 검색 지연 건의 슬로우 쿼리 대시보드: 진행 중, 4/22 목표 (남궁현)\n' },
  { name: 'round 27: items under a lead that says they were done, and a summary whose items the appendix gives in full', text: '# 障害報告\n\n## 今後の対策（要点）\n\n1. 接続先の切り替えを自動化（12月中）\n\n## 対応と再発防止\n\n実施済み:\n- キャッシュキーの修正（11/7 リリース）\n\n## E. 対策の詳細\n\n| 対策 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 接続先の自動切り替え | 注文チーム 北村 | 12/20 | 対応中 |\n' },
  { name: 'round 26: a line that names the owners of the items is not one item', text: '# 障害\n\n## 社内メモ\n\n- 再発防止策の担当: 1 は QA 基盤 新井（4/9 メンテまで）、2 は DBA 吉川（完了）\n' },
  { name: 'round 25: Korean: a month/day after the owner and a comma, a team with a Latin suffix between dashes', text: '## 재발 방지 대책\n\n3. 문자 발송 이중화 — 담당 SRE팀, 7/15\n4. 배포 체크리스트 개정 — 플랫폼SRE — 12/20\n' },
  { name: 'round 25: a bold Done before a dash, a team before a year quarter in Japanese, lower-case on-call leads', text: '## Actions\n\n- **Done** — Replace the div with a native button (Tomás Ferreira).\n- Update the runbook with broker alarm checks — on-call leads, by 29 July.\n\n## 再発防止策\n\n- [ ] 端末認証の導入を検討(プロダクト、2025年1Q に方針決定)\n' },
  { name: 'round 24: a Korean half year before an event, a Japanese name and vendor before a maintenance month, a done mark 済(date)', text: '## 재발 방지 대책\n\n4. 송출 이중화 (담당: 장하늘, 2025 상반기 행사 전)\n\n## 再発防止策\n\n- 監視の追加 — 阿部・ベンダー、4月の定期メンテナンス時\n- 利用者へのお知らせ配布(担当: 利用サービス係 川口、済(10月16日配布))\n' },
  { name: 'round 23: a state after an arrow, a role word before the name, two teams joined by a middle dot, a fiscal half year', text: '## 再発防止策\n\n1. レート制限の監視を追加(SRE 江口、6月28日まで)→ 対応中\n2. 移行手順を見直す(ネットワーク担当 柴田、7月末まで)→ 未着手\n3. 配信の冗長化(取引システム本部、2025年度上期)\n\n## 재발 방지 대책\n\n- 긴급 배포 경로 마련 (개발생산성팀·보안팀, 9/20, 예정)\n' },
  { name: 'round 23: a letter to a client company (귀사) speaks for the company: its commitments have no internal owner', text: '# 배송 추적 API 오류 결과 보고\n\n최민호 팀장님, 안녕하세요.\n\n귀사 고객 알림에 불편을 드린 점 다시 한번 사과드립니다.\n\n## 재발 방지\n\n- 재시도 간격을 조정하겠습니다. (9월 20일까지)\n' },
  { name: 'round 22: this sprint, a standing practice from a day on, a report filed in another tracker, and a Korean month with the committee that takes it up', text: '## Follow-ups\n\n- Add a link checker to the docs CI. (Ines, this sprint)\n- Keep two test devices on each public beta. (Mobile QA lead,\n  Ines Katz, ongoing from 11 Nov)\n- File feedback with Apple (FB15588203 filed by Marco; no\n  response yet).\n\n## 재발 방지 대책\n\n5. 구형 집중기 교체 계획 앞당기기 검토\n   - 담당: 신미경 파트장 / 4월 운영위원회 안건 상정\n' },
  { name: 'round 21: owner and date in italics, a release month as the date, a group heading with its horizon, and a Japanese date before the owner in parentheses', text: '## Actions\n\n- **Canary by network profile.** Each change must canary first. _Owner: Real-Time Media (Ananya). Target: 29 Nov._\n- Rotate the pinned keys. Owner: Android team (Ravi Patel). Due in the November app release.\n\n### Next (this quarter)\n\n- Automate renewal alerts. Owner: Platform team.\n\n## 再発防止策\n\n1. **証明書のピン留めの廃止**:標準的な検証に切り替え(11月29日、EC システム部)\n' },
  { name: 'round 20: a team and the next quarter planning; Target: before an event; a sentence Done with its day; a team called tooling, its person wrapped; a role in parentheses and an event before the month; a director as the owner', text: '## Actions\n\n- [ ] Split e-mail from push so one cannot\n      hold the other — Commerce Platform team, next quarter planning\n- Heartbeats move to their own service. Owner: Proctoring team (lead: Hanna Verhoeven). Target: before the October window.\n- **Fix and test the policy cache key.** Done 3 Oct (Femi Adebayo).\n- Alerting uses a ratio to baseline. — NOC tooling,\n  Saga Berg, 12 July\n- Changes appear in the NOC channel. — NOC tooling, 26 July\n- **Hosted page by default.** For big days the buttons point to it. *Digital manager (Rosa Ibáñez), in place for the spring appeal, April 2025.*\n- **Coordinate the calendar.** We will share one calendar. *Communications director, by 31 January 2025.*\n' },
  { name: 'round 20: an item whose time is set by other items (only after items 1, 2 and 4 are closed)', text: '## Action items\n\n| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| 1 | Pin the chain | Duarte Reis | 12 Apr 2024 | Open |\n| 5 | Resume 7.4 rollout only after items 1, 2 and 4 are closed | Kiosk Product Owner | — | Open |\n' },
  { name: 'round 19: Korean month and day with dots before 까지 (wrapped too), a vendor as the owner', text: '## 재발 방지 대책\n\n1. 업데이트 후 점검표에 실제 로그인 테스트를 필수 항목으로\n   추가 — 정보시스템팀, 5. 31.까지\n2. 설정 차이를 자동 비교 — 유지보수업체, 6. 14.까지\n' },
  { name: 'round 19: a done word inside a noun (マスキング済みの) is no state; the deadline an event with its month in parentheses', text: '## 再発防止策\n\n- [ ] リハーサルは本番と同じデータ量（マスキング済みの全量コピー）で行う — 桑原、次回大型アップデート（1 月）まで\n' },
  { name: 'round 19: two owners joined by a plus, and a release version as the date', text: '## Follow-ups\n\n- [ ] Lower the delivery timeout, with notice to customers\n      (Mei + Docs, 25 Oct)\n- Show a distinct error on pin failure. — *Mobile Platform* —\n  7.4.0.\n- Add a kill switch. — *Mobile Platform* — in v7.5\n' },
  { name: 'round 13: a combined Owner / Due / Status column', text: '## 후속 조치\n\n| 조치 | 담당 / 기한 / 상태 |\n|---|---|\n| 배포 금지 대상에 포함 | 인프라팀 문태오 / 04-30 / 진행 중 |\n\n## Action items\n\n| Action | Owner / Due |\n|---|---|\n| Add a canary | Ana Ruiz / 2025-03-01 |\n' },
  { name: 'round 13: a 언제까지 column, two owners joined by a slash, and an event deadline wrapped over two lines', text: '## Try\n\n| Try | 담당 | 언제까지 |\n|---|---|---|\n| 부하 테스트 추가 | QA 황보람 | 12/13 |\n\n## Action items\n\n- [ ] Rename the field — Ines Novak / Bram de Vries — due 31 Jan\n- Upgrade the standby first. Owner: Jonas Berger. Due: next\n  upgrade.\n' },
  { name: 'round 13: the first run of a recurring item, dated', text: '## 再発防止策\n\n- [ ] 四半期ごとに復旧訓練を実施(担当: DBA 松本、初回 6/27)\n' },
  { name: 'round 14: a role as the owner in italic parentheses over a wrapped line, and done as added to the checklist', text: '## Action items\n\n- Introduce a change freeze for CMS configuration, enforced\n  by a second approver. *(Head of Engineering, 15 December)*\n- Check MX records before any cutover. *Owen — added to checklist.*\n' },
  { name: 'round 14: an event as the deadline after the owner', text: '## Action items\n\n- Load-test the CMS with the live blog pattern. *(Engineering, ahead of the spring primaries)*\n- Pin the SDK. (Tobias, before the 1.1 update)\n' },
  { name: 'a done mark followed by a time word that is no deadline (完了までの) is done', text: '## 恒久対策\n\n1. **スナップショットの可視性を原子的にする(2026-08-17 実装済み)** —\n   ingest 直後〜`build_meta` 完了までの間は返さない。\n' },
  { name: 'round 14: a table of actions under another heading, by its owner and due columns', text: '# Outage\n\n## 対応\n\n| やること | 担当 | 期限 | 状況 |\n|---|---|---|---|\n| 停止スイッチを追加 | 大野 | 9/20 | 対応中 |\n\n## Timeline\n\n| When | Who | What |\n|---|---|---|\n| 10:14 | bot | posted |\n' },
  { name: 'round 15: a bold label over a list introduces its items; a state in parentheses or a clause after the date closes some', text: '# Email\n\n**What we\'re doing about it.** These are owned and dated.\n\n- Add a dashboard panel. Luis Ortega, by 20 September\n  (already in review).\n- Write a runbook. Priya Shah, by 4 October, with a game day the week after.\n' },
  { name: 'round 15: Japanese: a practice from the next release on, a team name of ten letters, and a dated past milestone under a label', text: '## 再発防止策\n\n4. リリース告知に影響の有無を明記する\n   - 担当：カスタマーサクセス課 / 次回リリース（3月）から\n- 作業は同じ日に複数入れない。重複を\n  チェックする（当社 インフラ管理グループ、9月末まで）\n- 恒久対応：2025年2月4日（火）、修正版をリリース\n' },
  { name: 'round 15: a Someday group of ideas nobody owns yet', text: '## Action items\n\n### This week\n\n- Fix the fallback — @ana, due 2025-09-05\n\n### Someday\n\n- Replace the flag service; nobody owns it yet, and that is a deliberate choice.\n' },
  { name: 'round 15: Korean: a 조치 항목 section, and a team written with a Latin word before 팀 (SRE팀 강도경)', text: '# 로그 누락\n\n## 조치 항목\n\n1. 로그 수집 지연(수집 시각 - 발생 시각) 대시보드 및 5분 초과 알람 — SRE팀 강도경, 10/11\n' },
  { name: 'round 16: owners and dates: a helper before the comma, a sprint, the next quarter\'s work, 담당 without a colon, a year and month, two owners joined by a slash, a 주관 column', text: '## Action items\n\n1. Validate the label procedure,\n   with Quality sign-off. — E. Sýkorová with Quality (J. Navrátil), 2024-08-31\n2. Move the next rotation (August) to a Tuesday morning. — Ops team\n3. As an on-call engineer, I want X. Owner: Bartek Nowak · Sprint 51 · Status: in progress\n4. 키 교체 절차 문서화 (보안팀, 다음 분기 작업 전)\n5. 캐시 만료 정책 변경 — 담당 Daniel Park, 기한 2025-07-31\n6. 구버전 앱 안내 — 클라이언트팀, 2025-08 정기 업데이트\n7. スキーマ検証を追加する(注文サービス TL 村田 / 藤原、3/21)\n\n## 후속 조치\n\n| 조치 | 주관 | 기한 |\n|---|---|---|\n| 연동 점검 | 한빛생명 인프라파트 | 3/14 |\n' },
  { name: 'round 17: a role as owner with a state, a person to bring it to a meeting with its day, a meeting as the date', text: '## Action items\n\n- Change freeze on on-sale days. **Release manager (Noor Saleh), in place from 10 Feb.**\n- **Decide whether the docs site needs an owner.** (Rosa to bring to the\n  developer experience sync, 4 February)\n- Build docs from the primary. (Infra team, to discuss at the February call)\n- 画像プロキシの設定見直し（業務システム部 小野寺 / 12月13日）\n- 이미지 캐시 정책 — 커머스 SRE 배지수, 6/18\n' },
  { name: 'round 17: a paragraph labelled Follow-up giving under Impact is no action item', text: '# Appeal\n\n## Impact\n\n**Follow-up giving.** 3,300 people started the donation form; we emailed them on 9 December and 312 donated.\n' },
  { name: 'round 18: an AIs section with owners as initials or a team in lower case', text: '# PM\n\n## AIs\n\n- [ ] alert on pool wait — kv, 2025-02-28\n- [ ] staging load test — perf team, 2025-06-30\n' },
  { name: 'round 18: a note in parentheses before the owner, the date and the state', text: '## 재발 방지 대책\n\n1. 망취소 요청을 재시도 (최대 24시간, 이후 수동 처리 대기열) — 배지훈, 7/26, 진행 중\n' },
  { name: 'round 13: a numbered vendor case tracks the item', text: '## Action items\n\n- Stay on the old firmware until the vendor ships a fix (vendor case 04417792). Owner: Katrin Vogel. Status: waiting on vendor.\n' },
  { name: 'round 13: a labelled line that says the items are to be agreed at a review', text: '# Stub\n\n**Action items:** pending review meeting on 2025-10-23 (candidates: upload retry, read fallback).\n' },
  { name: 'a full table', text: '## Action items\n\n| Action | Owner | Due | Tracking |\n| --- | --- | --- | --- |\n| Test failover. | SRE team | 2023-03-31 | PM-1 |\n' },
  { name: 'a tracking cell instead of a due date', text: '## Action items\n\n| Action | Owner | Due | Tracking |\n| --- | --- | --- | --- |\n| Test failover. | SRE team | | https://example.com/1 |\n' },
  { name: 'a Korean table', text: '## 후속 조치\n\n| 조치 | 담당 | 기한 | 추적 |\n| --- | --- | --- | --- |\n| 이중화 | 인프라팀 | 2023-06-30 | |\n' },
  { name: 'Assignee and Deadline headers', text: '## Follow-ups\n\n| Item | Assignee | Deadline |\n| --- | --- | --- |\n| Alerting | @bob | 2024-03-01 |\n' },
  { name: 'a list with owner and due date', text: '## Action items\n\n- Add alerting (owner: @alice, due 2024-03-01)\n' },
  { name: 'a list with a handle and an issue number', text: '## Action items\n\n- [ ] @alice: add alerting, #123\n' },
  { name: 'a list with Owner: and a ticket key', text: '## Action items\n\n1. Add alerting. Owner: Platform team. OPS-42\n' },
  { name: 'a list with by-date and a link', text: '## Action items\n\n- Add alerting by 2024-03-01, @alice\n- Document it ([ticket](https://example.com/2)), owner: Bob\n' },
  { name: 'Korean list', text: '## 후속 조치\n\n- 알림 추가 (담당: 인프라팀, 기한: 2024-03-01)\n- 런북 작성 담당: SRE팀, 2024-04-01까지\n' },
  { name: 'items outside the Action items section are not read', text: '## Lessons learned\n\n- We got lucky.\n' },
  { name: 'an empty table row is skipped', text: '## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| | | |\n' },
  { name: 'a tracking link is enough: the tracker holds the owner and the date', text: '## Action items\n\n- Add alerting <https://github.com/acme/ops/issues/89>\n- [ ] Add alerting, #12\n- Write a runbook ([issue][runbook])\n- Fix the proxy [PR](https://github.com/acme/proxy/pull/7)\n- Rotate keys, OPS-42\n' },
  { name: 'done items: checked, marked, struck through, in the past tense', text: '## Action items\n\n- [x] Update the deployer\n- ✅ Reverted the change\n- Add guards (done)\n- ~~Remove the old job~~\n- Added per-node CPU alerts\n- Timeout values were increased to fit peak load\n- DONE: rotate the tokens\n' },
  { name: 'a legend of priority labels', text: '## Action items\n\n- **P0**: fix before the next release\n- **P1**: fix this quarter\n- **P2**: nice to have\n' },
  { name: 'a section of completed actions', text: '## Immediate actions (completed)\n\n- Restart the proxy\n- Page the database team\n' },
  { name: 'a heading that links the tracking issue', text: '## Action items\n\n### Short-term improvements ([tracked here](https://github.com/acme/ops/issues/40))\n\n- Add retry limits\n- Add CPU alerts\n' },
  { name: 'a heading that gives the target, items that give the owner', text: '## Action items\n\n### Long-term (Target: Q4 2025)\n\n- Add compatibility tests. Owner: @lucas\n' },
  { name: 'a table of thresholds inside the section', text: '## Action items\n\n| Metric | Threshold | Channel |\n| --- | --- | --- |\n| Lock wait | > 10 s | Slack |\n' },
  { name: 'a status column that says done', text: '## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Test the fork on testnet | Puneet | Done |\n' },
  { name: 'timeline entries under a heading named like actions', text: '## Corrective actions\n\n- **05-03-2026 10:07 UTC** – replaced the expression injection.\n- 2026-03-05 10:45 – validation moved earlier.\n' },
  { name: 'a group title over its own list, and details that are not actions', text: '## Action items\n\n- **Postgres monitoring** <https://github.com/acme/db/issues/3>\n  - Query plans\n  - Disk read amplification\n' },
  { name: 'topics listed after an item that leads into them (not indented under it) are its details', text: '## Action items\n\n1. **Deeper database monitoring** <https://github.com/acme/db/issues/3>\n   We plan to add alerts around:\n\n- Disk read amplification per write\n- Table statistics\n' },
  { name: 'a sentence that says the work is done', text: "## What we are changing\n\n- **Faster status updates.** Our first post went up late. We've updated our runbook so the on-call posts within 15 minutes.\n- They have added a check to the deploy job.\n" },
  { name: 'a change said to be in effect now', text: '## What we are changing\n\n- Our runbook for 503 spikes now starts with the TLS error dashboard.\n- Pool sizes are now validated in CI.\n' },
  { name: 'a team set off at the end of the item, and a year and month as its due date', text: '## 再発防止策\n\n1. 会員サイトの自動切り替え化 — 基盤開発部 木村、2027年3月末\n2. UPS の切り替え試験に波形試験を追加 — ファシリティ課 中島、2026年12月\n' },
  { name: 'a target month said in prose', text: '## What we are changing\n\n- **Per-endpoint isolation.** This is the real fix and we expect to ship it in April (owner: @lee).\n- Add a dashboard, owner @amy, due by May\n' },
  { name: 'owners and dates as Korean and Japanese teams write them in parentheses', text: '## 재발 방지 대책\n\n- [ ] 설정 키 분리 (@정우진, 3/21)\n- [ ] 카나리 단계 변경 (@플랫폼팀, 3/28)\n- 확인 절차 추가 (담당: 플랫폼개발팀, 4월 중 적용)\n\n## 再発防止策\n\n- [ ] ヘルスチェックにDB接続確認を入れる（藤田、3月末）\n- [ ] 検証用DBを用意する（担当: 健太、12月中）\n' },
  { name: 'done in bold, a won\'t-do status, and a quarter it is planned for', text: "## Action items\n\n- Alert on certificate expiry for every certificate. Owner: Dev. **Done.**\n- Rework the retry scheduler. (planned for Q4) Owner: @li\n\n| Item | Owner | Priority | Status |\n| --- | --- | --- | --- |\n| Block rollouts on ticket spikes | Mobile Platform | P2 | Won't do |\n" },
  { name: 'a month as the due date', text: '## 再発防止策\n\n- タイムゾーンを明記する（担当：インフラチーム、期限：2025年7月末）\n- 알림 추가 (담당: SRE팀, 기한: 2025년 7월 말)\n- 런북 작성 (담당: SRE팀) 2025년 8월까지\n- Add alerting, owner: @bob, due by the end of July 2025\n- Add a canary, owner: @amy, target: 2025-09\n' },
  { name: 'a name and a date set off at the end of the item, without labels', text: '## Action items\n\n- [ ] Add a render budget to CI — Dana Reyes, due 31 May\n- [ ] Start rollouts at 1% for six hours\n  instead of 20% (Joan Park, by Jul 19)\n- Check one CSS file too. (Salome, by 2024-09-13)\n- Move runners to their own cluster (Olu Ade, due Q3)\n1. **Soft disable first:** block sign-in for 48 hours first. Ruth Adams, 31 May.\n' },
  { name: 'Korean and Japanese names and month/day dates at the end of the item', text: '## 재발 방지 대책\n\n1. 만료 알림을 온콜에 동시 발송 — 강태오, 5/3\n2. 인증서 목록 이전 — 인프라보안팀 유서진, 5/17\n- [ ] 알람 추가 — @노은비 · 10/18\n\n## 再発防止策\n\n- 証明書の期限監視 — 佐藤、3/8\n- 切り離し手順の見直し（インフラ課、3/8 までに手順書改訂）\n' },
  { name: 'an owner label whose value wraps to the next line, and a relative due date', text: '## Action items\n\n5. Create public repos only through the bootstrap tool. Owner:\n   Platform team. Due: next quarter.\n' },
  { name: 'work said to be done on a date', text: '## What we are changing\n\n- **Timeouts.** Every call now has a timeout. This shipped on November 19.\n- **Lag alerts.** The alert went live November 18.\n1. **Snapshot script** goes into the runbook. Marcus Lind, done 26 April.\n' },
  { name: 'a due-date column named as Korean teams name it', text: '## 재발 방지 대책\n\n| No | 내용 | 담당 | 완료 예정일 | 상태 |\n| --- | --- | --- | --- | --- |\n| 1 | 변경관리 절차 개정 | IT기획팀 | 2024.10.15 | 진행 중 |\n' },
  { name: 'a notice to customers: its commitments are the company\'s', text: '*Posted May 17, 2024 by the Paperlane team*\n\n## What we are changing\n\n- We are adding a unique identifier to each message.\n\n# 障害発生のお詫び\n\nお客様には多大なご迷惑をおかけしましたことを深くお詫び申し上げます。\n\n## 再発防止策\n\n- 監視を強化いたします。\n' },
  { name: 'a name in parentheses then the due date, a name then the date in parentheses, a name and a date after slashes', text: '## Action items\n\n1. Agree an escalation path (Noor Al-Sayed) — due 2025-06-06\n2. Add a cache layer (Quotes team, Ana Petrović) — due 2025-08-29\n3. Campaign for push approval — Product (Nadia Ferrante), 2024-11-30.\n\n## 再発防止策\n\n- キャッシュを短縮する — 吉田（8 月中旬）\n- ヘルプを常設する — デザイン 小松（8 月中）\n\n## 재발 방지 대책\n\n1. 배치 멱등화 — 신동욱 / 9월 27일 / 진행 중\n2. 알림 정책 변경 — 데이터플랫폼팀 / 10월 4일\n' },
  { name: 'items said to be done at their end or in a sentence of their own', text: '## Action items\n\n- Keep the script in the knowledge base — Elif Kaya, done.\n- Send partners a summary (Jonas Weber) — done 2025-05-29\n- 段階的リリースを必須にする — 村井（運用ルール化済み）\n- **Disk alerts** at 70%. Dmitri added these on Friday; they\'re live.\n- **Turn off the resize policy.**\n  Done on Thursday afternoon.\n' },
  { name: 'a notice to customers signed by one person who apologizes', text: "# Invoices were down\n\nI'm really sorry. Here is what happened to your invoices.\n\n## What we're changing\n\n- A second person on call.\n" },
  { name: 'an issue of another repository, a group deadline over the items, owners named after the list, a RACI table', text: '## Follow-ups\n\n- [ ] Alert on duplicate deliveries — acme/observability#45\n\n가. 단기 대책 (2024. 3월 중)\n1) 점검표에 헬스체크 확인 추가 — 담당: 인프라운영팀\n\n- [ ] Add a PR template line — due 2025-02-07\n- [ ] Write the blog post — due 2025-02-28\n\nThe items without a link are owned by\n@lucia (template) and @devrel (blog post).\n\n| # | Action | Due | IAM Team | Service Desk | CIO Office |\n| --- | --- | --- | --- | --- | --- |\n| 1 | Rotate the signing keys | 2024-03-01 | R | I | A |\n' },
  { name: 'owners and dates of round 5: labels in bold, a name between dashes, a team leading the item, a date closing it, names after a dash', text: '## Action items\n\n1. Rotate the key. **Owner:** Ruth Okonkwo. **Due:** 31 Jan 2025.\n2. Cache the artifacts — Tanvi Kulkarni — due Mar 7\n3. Add a restore drill (Storage team, Lena Fischer, by 31 May)\n4. Fix refunds — Refund service team (Beatriz Santos), 5 July\n5. First review before the Winter Cup, owner @kim, 10 January 2025.\n6. Page the lead on call — Support on-call lead, process change effective immediately.\n\n## 재발 방지 대책\n\n- 서버개발팀: 라이브 데이터 사본으로 리허설 (12/17, 재점검 전 필수)\n\n## 再発防止策\n\n- chart 更新 PR の CI に入れる — 江口（3月末）\n' },
  { name: 'owners and dates of round 6: handles, a person to do it, teams of leads, owners and dates under the item, an オーナー column, Korean names with a role, joint teams, a year and month', text: '## Action items\n\n- Add secret scanning — h.okafor, open, target 28 Feb.\n- Dana to add it to the maintenance template by 4 April\n- Decide on freeze windows — Ops leads, decision by 18 April\n- Keep the rotation runbook current. Owner: support lead (Rafael Costa). Review weekly.\n\n## 再発防止策\n\n1. 集計クエリをプライマリに向ける\n   - 担当: ポイント開発チーム 吉川 / 期限: 6月28日 / 状態: 設計中\n\n| # | 対策 | オーナー | 期限 |\n| --- | --- | --- | --- |\n| 1 | TTL を短くする | SRE | 7月末 |\n\n## 재발 방지 대책\n\n- 부하 테스트 자동화 — SRE 강민재, 4/26\n- 장애 훈련 정례화 — 검색팀·주문팀 공동 (10/18)\n- 정기 점검 회의 (정보통신과, 2024. 6월부터)\n' },
  { name: 'owners between dashes with a status after the date, teams with an ampersand, a person to do it after a semicolon, a shipped version', text: '## Action items\n\n- [ ] Pin the module version — Marek Nowak — 2024-10-04 — in progress\n- [ ] Review health checks on upgrades — Network & Edge — ongoing practice, added to the upgrade runbook\n- [ ] Plan length rule — agreed in retro; Dana to add to the maintenance template by 4 April\n- Rotate device certificates in the app. Owner: Jonas Ekberg. Shipped in 3.4.2.\n- [ ] 부하 테스트 기준 변경 — QA/성능팀 장유나, 5/3\n' },
  { name: 'owners and dates of round 7: a name with its team in parentheses between dashes, an Owner · due · status cell, a team closing the item, this week, a month in the rest, a one-kanji name, 期限: 8/30', text: '## Action items\n\n- [ ] Add a dry-run mode — Elena Markovic (Data platform) — due 6 September\n- [ ] Alert on deleted uploads (> 1% in 24 hours) — Storage team, by 2024-09-01\n- [ ] Add an upgrade checklist (Tobias, this week)\n\n| # | Action | Owner · due · status |\n| --- | --- | --- |\n| 1 | Rotate the webhook secret | Ahmed Karimi · 14 June · open |\n\n## 再発防止策\n\n- 地図 API の冗長化を検討 (遠藤、契約更新の 6 月)\n- 障害時の告知文を用意する (森、2/14)\n- 監視を追加する — 担当: 藤井 / 期限: 8/30 / 対応中\n\n## 재발 방지 대책\n\n- 키 로테이션 자동화 — 보안플랫폼팀, 이번 주\n- 앱 재시도 정책 수정 — 모바일팀, 다음 정기 릴리스(8월 1주)\n' },
  { name: 'owners and dates of round 8: owners in bold, a team and its date in italics on the next line, a Team column, a slash and a date, an event deadline in Japanese', text: '## Action items\n\n1. Alert on webhook backlog — **Finance Engineering**, 30 September.\n2. Split the ledger failover runbook by system.\n   *Core Banking platform — 15 November.*\n3. Index builds run concurrently — DB reliability, due 2024-10-31\n4. Repeat the failover exercise. *Henrik Aalto — scheduled for\n   Saturday 16 November.*\n\n| Action | Team | Due |\n| --- | --- | --- |\n| Per-region rollback in the config tool | Live Ops tooling | 12 July |\n\n## 再発防止策\n\n- 接続数の上限を見直す — 担当: パートナー営業部 森田 / 7/12\n- 負荷試験の手順を作る（教育システム開発チーム 野口、次学期開始まで）\n- 告知文を用意する — **Done** in italics: *Done.*\n' },
  { name: 'owners and dates of round 9: a rotation as owner, a month alone or its end after a team, a helper after the owner, a month/day between slashes, the next maintenance as the deadline, Done as its own sentence', text: '## Action items\n\n1. Audit alert routes for archived channels. — Platform on-call rotation — 28 March\n2. Audit other batch jobs for offsets — Billing Platform — end of April\n3. Review whether the invoice run should depend on rating —\n   Ahmed Karimi, with Rating team — May\n4. Subscribe the alias to provider notices. Owner: Luca Moreau. Done.\n\n## アクションアイテム\n\n1. CI で失敗させる（Conftest ポリシー）— 大塚 / 10/25 / 対応中\n2. maxUnavailable を 1 に変更 — 宮本 / 次回メンテ / 未着手\n' },
  { name: 'owners and dates of round 10: a start date, done with its day in parentheses, a bold owner and its date before a dash and the state after it (wrapped too), Target: and the date on the next line, Who and When columns, a full-width slash in parentheses, a team name with a Latin word, a due column 완료 예정, a quarter in Korean', text: '## Action items\n\n- Move wiki search to its own node — Sanna, starting 16 Jan.\n- Reindex nightly. Owner: Anders. Done (Feb 14).\n- Add a reindex SLO — **Wen Li**, due 22 Nov — *done 20 Nov*\n- Add a totals check — **Data\n  platform**, due 6 Dec — *in progress*\n- Document the failover. Owner: Mei.\n  Target:\n  1 November 2024.\n\n| Action | Who | When | Status |\n|---|---|---|---|\n| Fix empty results | Keiko Tanaka | Sep 13 | In progress |\n\n## 再発防止策\n\n- ディスク監視の閾値を見直す（岡本／9月末まで）\n- 予備ディスクを確保する（センター業務課／11月末まで）\n- ダッシュボード更新の監視（BI 担当 上野、11/8）\n\n## 재발 방지 대책\n\n| 조치 | 담당 | 완료 예정 | 상태 |\n|---|---|---|---|\n| 디스크 교체 | 서동욱 | 9/13 | 진행 중 |\n\n- 비용 알림 설정 — 각 서비스 팀, 4분기\n' },
  { name: 'the document says where its action items are tracked', text: '# Crash\n\n**Status:** Complete, action items tracked in MOB-1402\n\n## Action items\n\n- Add a crash-rate alert.\n' },
  { name: 'round 11: a name with 々, a team and a Latin role before the name, a proposed item waiting for a decision', text: '## 再発防止策\n\n- 移行リハーサルを行う(佐々木、7/19)\n- 利用者へ再告知する(予約サービス PM 川口、7/1)\n\n## Action items\n\n| Action | Owner | Due | Priority | Status |\n|---|---|---|---|---|\n| Drain-rate guard (subject to review) | Platform | TBD after review | — | Proposed |\n' },
  { name: 'round 12: Done in italics after the owner, an event as the deadline, a 時期 column', text: '## Action items\n\n- Add runner autoscaling. *Owner: Joon-ho Park. Done.*\n- Move the hub to new nodes. Owner: Colm Dunleavy. Due before winter term.\n- Decide on quotas. Owner: RTCS management. Decision due at the November staff meeting.\n\n## 再発防止策\n\n| 対策 | 担当 | 時期 |\n|---|---|---|\n| チェックリストにクォータを追加する | 岡田 | 12 月中 |\n' },
  { name: 'round 12: a notice to customers in Korean (an apology to its customers) is not asked for internal owners', text: '# 파일 업로드 장애 안내\n\n파일 업로드가 모든 고객에게 정상적으로 동작하고 있습니다. 이용에 불편을 드려 죄송합니다.\n\n## 재발 방지 대책\n\n- 업로드 서버 증설 (6월 중 배포 예정)\n' },
  { name: 'round 12: done with its day in italics, a surname with a particle, a year and a quarter on the line under the item', text: '## Action items\n\n- Restricted folders stop inheriting. Owner: Sven Halloran. *Done 8 November.*\n- [ ] Restart the planner after imports, with a cut-off\n      after which it keeps the graph. — Fenna de Wit, due 29 March\n\n## 再発防止策\n\n5. キャンペーン料率を別テーブルで管理する\n   担当: 決済・精算チーム / 期限: 2026年1Q / 状態: 未着手\n' },
  { name: 'a link to a tool is not a tracking link, but an owner and a date are enough', text: '## Action items\n\n- Try [hubtraf](https://github.com/yuvipanda/hubtraf) for load tests, owner: @bob, due 2024-05-01\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
  {
    name: 'round 30: a standing practice with its next month has a date, not an owner',
    text: '## 再発防止策\n\n5. リストア訓練は引き続き四半期ごとに実施（次回 5 月）\n',
    at: [[3, 4, 'noOwner']],
  },
  {
    name: 'round 29: a やること heading lists action items',
    text: '## やること\n\n- [ ] 手動実行の手順を Runbook に追記\n',
    at: [[3, 7, 'noOwnerNoDue']],
  },
  {
    name: 'round 27: a team and a person before words that say no time is set yet own the item',
    text: '## 再発防止策\n\n- 一部表示中と案内する（フロントエンド 菅野、時期未定）\n',
    at: [[3, 3, 'noDue']],
  },
  {
    name: 'round 26: a table under a bold lead is read by rows (its header is no item); the internal part after a notice is the team\'s',
    text: '# Outage\n\nWe apologize to all our customers.\n\n- Add retries\n\n## Internal appendix\n\n**Action items.**\n\n| Action | Owner | Due | State |\n|---|---|---|---|\n| Restore the cache setting | Lena Kraus | 3 Sep | Done |\n| Add a canary stage | Platform team | | Open |\n',
    at: [[14, 3, 'noDue']],
  },
  {
    name: 'round 22: an owner left undecided (담당자 미정, 担当未定) is nobody; a date given beside it still counts',
    text: '## 재발 방지 대책\n\n- [ ] 실제 교체 — TODO: 담당자 미정, 기한 미정\n- [ ] 자가 치유 작업 검토 — 담당 미정, 2분기\n',
    at: [[3, 7, 'noOwnerNoDue'], [4, 7, 'noOwner']],
  },
  {
    name: 'round 19: a first name that is also a month, before "no date yet", is the owner',
    text: '## Follow-ups\n\n- [ ] Add this scenario to the load test (Jun, no date yet)\n',
    at: [[3, 7, 'noDue']],
  },
  {
    name: 'round 14: a table of actions under another heading is checked',
    text: '# Outage\n\n## Response\n\n| Action | Owner | Due |\n|---|---|---|\n| Add a kill switch | | 2024-09-20 |\n',
    at: [[7, 3, 'noOwner']],
  },
  {
    name: 'round 14: TODO in the owner cell is no owner',
    text: '## 再発防止策\n\n| 対策 | 担当 | 期限 |\n|---|---|---|\n| CronJob の concurrencyPolicy を Forbid にする | TODO: 担当を決める | |\n',
    at: [[5, 3, 'noOwnerNoDue']],
  },
  {
    name: 'round 12: Owner: TODO is no owner',
    text: '## Action items\n\n- Add a disk alert. Owner: TODO.\n',
    at: [[3, 3, 'noOwnerNoDue']],
  },
  {
    name: 'round 10: a team backlog owns an item with no date yet; a date alone after a dash has no owner',
    text: '## Action items\n\n- Ask vendors for quotes — IT platform backlog, no date yet.\n\n## 재발 방지 대책\n\n- VPN 장비 이중화 — 6/14\n',
    at: [[3, 3, 'noDue'], [7, 3, 'noOwner']],
  },
  {
    name: 'somebody named owner in the text is not the item owner; a team with no date still lacks a due date',
    text: '## Action items\n\n- Hanging endpoints will be disabled after 24 hours, with an email to the account owner (see the docs).\n- 勤怠システムの冗長化 — 情報システム部、期限未定\n- 外部 API の監視を追加する\n',
    at: [[3, 3, 'noOwnerNoDue'], [4, 3, 'noDue'], [5, 3, 'noOwnerNoDue']],
  },
  {
    name: 'a name alone in parentheses is an owner; an undecided date is no date; the Try of a KPT retrospective lists actions',
    text: '## 再発防止策\n\n- [ ] テストユーザーで打刻する手順を追加（藤田）\n- [ ] 監視の見直し（検討中）\n\n## Try\n\n| 액션 아이템 | 담당자 | 기한 | 상태 |\n| --- | --- | --- | --- |\n| 알림 추가 | 코어뱅킹연동팀 | 미정 | 예정 |\n| 보안 점검 | セキュリティ担当 | 未定 | 未着手 |\n',
    at: [[3, 7, 'noDue'], [4, 7, 'noOwnerNoDue'], [10, 3, 'noDue'], [11, 3, 'noDue']],
  },
  {
    name: 'a plan or an imperative before the now is still open, and so is a decision',
    text: "## Action items\n\n- We should now alert on pool saturation.\n- Make sure the runbook now covers TLS errors.\n- Now add a canary stage.\n- We've decided to add a canary stage.\n- Check every subdomain and make sure we've migrated each one.\n",
    at: [[3, 3, 'noOwnerNoDue'], [4, 3, 'noOwnerNoDue'], [5, 3, 'noOwnerNoDue'], [6, 3, 'noOwnerNoDue'], [7, 3, 'noOwnerNoDue']],
  },
  {
    name: 'table rows missing an owner, a due date or both',
    text: '## Action items\n\n| Action | Owner | Due | Tracking |\n| --- | --- | --- | --- |\n| Test failover. | | 2023-03-31 | |\n| Write runbook. | SRE team | | |\n| Drill. | — | TBD | |\n',
    at: [[5, 3, 'noOwner'], [6, 3, 'noDue'], [7, 3, 'noOwnerNoDue']],
  },
  {
    name: 'a table without an owner column',
    text: '## Action items\n\n| Action | Due |\n| --- | --- |\n| Test failover. | 2023-03-31 |\n| @alice to write the runbook. | 2023-04-30 |\n',
    at: [[5, 3, 'noOwner']],
  },
  {
    name: 'list items',
    text: '## Action items\n\n- Add alerting\n- Add alerting, owner: @alice\n- Add alerting, due 2024-03-01\n- [ ] Add alerting\n',
    at: [[3, 3, 'noOwnerNoDue'], [4, 3, 'noDue'], [5, 3, 'noOwner'], [6, 7, 'noOwnerNoDue']],
  },
  {
    name: 'a link to a tool is not a tracking link',
    text: '## Action items\n\n- Spin up a dev hub with [hubtraf](https://github.com/yuvipanda/hubtraf)\n',
    at: [[3, 3, 'noOwnerNoDue']],
  },
  {
    name: 'sub-items that are actions of their own',
    text: '## Action Items\n\n- Improve probe coverage\n    - Reach out to teams about probes\n    - Create a dashboard for probe coverage\n',
    at: [[3, 3, 'noOwnerNoDue'], [4, 7, 'noOwnerNoDue'], [5, 7, 'noOwnerNoDue']],
  },
  {
    name: 'a labelled line over a list, and a labelled action item',
    text: '- **Review actions**:\n  - Review the pipeline pause process\n\n**Action item:** Start incidents earlier.\n',
    at: [[2, 5, 'noOwnerNoDue'], [4, 18, 'noOwnerNoDue']],
  },
  {
    name: 'an Action Items line of text over a list',
    text: '## Detection\n\nPeople told us.\n\nAction Items\n- Set up alerting for expiring certificates\n',
    at: [[6, 3, 'noOwnerNoDue']],
  },
  {
    name: 'a state or a month in the place of a name is not an owner, a name with no date yet has no due date, and a plan to ship is not done',
    text: '## Action items\n\n- Rework retries (In progress, due May 3)\n- Add alerts (Wen Li, no date yet)\n- Put upgrades behind a canary — Samir Haddad\n- The dashboard will be shipped on May 3\n- Review the pool size (Blocked, 2025-03-01)\n',
    at: [[3, 3, 'noOwner'], [4, 3, 'noDue'], [5, 3, 'noDue'], [6, 3, 'noOwnerNoDue'], [7, 3, 'noOwner']],
  },  {
    name: 'an owner said to be undecided after a dash is no owner',
    text: '## 再発防止策\n\n- ロールバック手順を検証する — 担当未定\n',
    at: [[3, 3, 'noOwnerNoDue']],
  },

  {
    name: 'a TODO note to the writer is not an action item',
    text: '## Impact\n\nAbout 200 merchants could not take payments.\nTODO: confirm the count with sales and add it here\n\n## Action items\n\n- Add alerting\n',
    at: [[8, 3, 'noOwnerNoDue']],
  },
  {
    name: 'a date that is not a due date',
    text: '## Action items\n\n- Revisit the 2024-03-01 config change, @alice\n',
    at: [[3, 3, 'noDue']],
  },
  {
    name: 'Korean list',
    text: '## 재발 방지 대책\n\n- 알림 추가\n',
    at: [[3, 3, 'noOwnerNoDue']],
  },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: messages say what is missing`, () => {
  const [f] = run('## Action items\n\n- Add alerting\n').findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /no tracking link, owner or due date/);
  assert.match(run('## Action items\n\n- Add alerting\n', {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /담당자도/);
});
