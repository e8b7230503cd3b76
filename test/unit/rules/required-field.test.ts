import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';

const RULE = 'required-field';

const FULL = '# Outage\n\n## Root cause\n\nA bad flag.\n\n## Duration\n\n45 minutes\n\n## Affected services\n\n- checkout\n\n## Servers restored\n\nN/A: no servers were involved.\n\n## User impact\n\nCustomers could not pay.\n';

/** FULL with its Duration section replaced by `text`: the duration must then be read from `text`. */
const withDuration = (text: string): string => FULL.replace('## Duration\n\n45 minutes\n\n', `${text}\n\n`);

/** FULL with its Affected services section replaced by `text`: the services must then be read from `text`. */
const withServices = (text: string): string => FULL.replace('## Affected services\n\n- checkout\n\n', `${text}\n\n`);

/** FULL with its User impact section replaced by `text`: the impact must then be read from `text`. */
const withImpact = (text: string): string => FULL.replace('## User impact\n\nCustomers could not pay.\n', `${text}\n`);

/** FULL with its Root cause section replaced by a section of `heading` holding `text`. */
const withCauseUnder = (heading: string, text: string): string => FULL.replace('## Root cause\n\nA bad flag.\n\n', `${heading}\n\n${text}\n\n`);

/** Only the affected services required. */
const ONLY_SERVICES = { kinds: { outage: { required: ['affected_services'] } } } as never;

/** Only the cause required: the outage kind's list replaced in the configuration. */
const ONLY_CAUSE = { kinds: { outage: { required: ['cause'] } } } as never;

const valid: Array<{ name: string; text: string; config?: object }> = [
  { name: 'round 81: the 105 power cut line is a helpline, not a power cut: no servers restored asked', text: '# Control system outage\n\nLosing the ADMS slowed remote restoration and kept the 105 power cut line from giving updates.\n\n## Root cause\n\nA certificate expired.\n\n## Duration\n\n2 hours\n\n## Affected services\n\nADMS\n\n## User impact\n\nCallers got no restoration times.\n' },
  { name: 'round 80: a letterhead heading over the title (# Greenfield Municipal Utilities / # … Duplicate AutoPay Bank Drafts): a data incident, no outage length asked', text: '# Greenfield Municipal Utilities\n\n# Incident After-Action Report: Duplicate AutoPay Bank Drafts, June 2, 2025\n\n## Cause\n\nThe draft file was sent twice.\n\n## Affected services\n\nACH AutoPay\n\n## Customer impact\n\n21,500 customers were drafted twice.\n' },
  { name: 'round 77: a double direct debit (二重口座振替) is a data incident: no outage length is asked', text: '# 水道料金等の二重口座振替事案に係る検証報告書\n\n## 原因\n\n作成処理の再実行で、振替データが追記された。\n\n## 影響を受けたサービス\n\n水道料金の口座振替\n\n## 影響\n\nお客さま 3,418名の口座から同じ請求を2回引き落とした。\n' },
  { name: 'round 77: the length from an event to the fix, after a colon (From release to fix: **3 h 44 min**.), is the duration', text: '# Bad release of 3.4.0\n\nWe released 3.4.1 at **19:20 UTC**. From release to fix: **3 h 44 min**.\n', config: { kinds: { outage: { required: ['duration'] } } } },
  { name: 'round 77: cabinets that lost their server connection are no servers lost (Omnicell Lost Server Connection): servers restored is not asked', text: '# Automated Dispensing Cabinets (Omnicell) Lost Server Connection\n\n**Root cause:** A switch firmware upgrade dropped the VLAN the cabinets use.\n\n**Duration:** 2 hours 10 minutes\n\n**Affected services:** Omnicell cabinets on 6 units\n\n**User impact:** Nurses used override access for 41 doses.\n' },
  { name: 'round 77: inquiries counted before the word (計186件の問い合わせ) and harm said as none found (被害は確認されていない) state the user impact', text: '# 誤発信事案\n\n## 概要\n\n- 人的被害の報告なし。3市町村に住民等から計186件の問い合わせ\n\n# 遅延事案\n\n## 評価\n\n本件による避難の遅れ等の被害は確認されていない。\n', config: { kinds: { outage: { required: ['user_impact'] } } } },
  { name: 'round 76: what listeners got (## What listeners got) with dropouts from about 09:40 until 12:55; businesses that saw no new transactions; no effect on X, purely money; ## 5 Whys is the cause', text: '# Stream dropouts\n\n## What listeners got\n\nWeb stream listeners got constant buffering and dropouts from about 09:40 until 12:55 on Sat Oct 5.\n\n## 5 Whys\n\n1. Why? The encoder queue filled.\n\n## Feeds\n\n1,140 businesses saw no new transactions for about 30 hours.\n\nNo effect on monitoring, alerting or sample safety. Purely money.\n', config: { kinds: { outage: { required: ['cause', 'duration', 'user_impact'] } } } as never },
  { name: 'round 76: the kind in parentheses closing the title (… 폭증 (비용)) needs no outage length; a delivery that arrived late (遅れて届いた) from one time to another gives the duration', text: '# 2024년 3월 알림톡 → 문자 대체발송 폭증 (비용)\n\n## 무슨 일\n\n- 문자 비용 약 1,020만 원 추가 발생\n', config: { kinds: { outage: { required: ['duration'] }, cost: { required: [] } } } as never },
  { name: 'round 76: a delivery that arrived late (遅れて届いた) from one time to another gives the duration', text: '# 送迎配車の通知遅延\n\n## 概要\n\n- 10/21(水) 05:50 ごろから 08:10 ごろまで、確定通知が乗務員に約 6〜15 分遅れて届いた\n', config: { kinds: { outage: { required: ['duration'] }, degradation: { required: ['duration'] } } } as never },
  { name: 'round 75: attachments lost (添付ファイルが欠落) and points credited twice (이중 적립) are data incidents; an affected area (影響エリア:…) is what a service on the ground lost; how it came to be (## 어떻게 그렇게 됐나) is the cause', text: '# IRB-Web 更新後に申請 140 件の添付ファイルが欠落\n\n## 概要\n\n- 影響エリア:江東区 有明・東雲(ステーション 41 か所)\n\n## 어떻게 그렇게 됐나\n\n제외 목록 방식이라 새 필드가 빠졌다.\n', config: { kinds: { outage: { required: ['duration'] }, 'data-loss': { required: ['cause', 'affected_services'] } } } as never },
  { name: 'round 75: points credited twice (빛포인트 이중 적립) is a data incident with no outage length', text: '# [장애보고서] 빛포인트 이중 적립\n\n## 요약\n\n6일간 구매 적립이 두 번씩 들어갔다.\n', config: { kinds: { outage: { required: ['duration'] }, 'data-loss': { required: [] } } } as never },
  { name: 'round 75: an RCA²\'s causal statements are its cause; event_type in the front matter declares the kind (privacy / security); a window from the evening of one day until the afternoon of another', text: '---\nevent_type: privacy / security — PHI disclosed to wrong group\n---\n# RCA²: names in pages\n\n## Causal statements\n\n- CS1: Copying the routing rules made a wrong destination likely, which led to alerts going to the wrong group.\n\n## Other\n\nFrom the evening of 19 May until the afternoon of 22 May 2025, the planner left one depot out.\n', config: { kinds: { outage: { required: ['cause', 'duration'] }, security: { required: ['cause'] } } } as never },
  { name: 'round 75: a window from the evening of one day until the afternoon of another is the duration', text: '# Scooters\n\n## TL;DR\n\nFrom the evening of 19 May until the afternoon of 22 May 2025, our route planner left one depot out of every swap plan.\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 74: the kind declared after a slash of a byline (2024-05-22 / 基幹システム課 / 区分: コスト(業務影響は軽微)) needs no affected services', text: '# ふりかえり: ASN の再送ループで VAN 従量料金が約 190 万円\n\n2024-05-22 / 基幹システム課 佐伯 / 区分: コスト(業務影響は軽微)\n\n## 概要\n\n再送ジョブが原因で請求が約 196 万円になった。取引先の業務影響はなかった。\n', config: { kinds: { cost: { required: [] } } } as never },
  { name: 'round 74: a numbered paragraph that opens with a range (1.1 Between approx. 05:48 and 07:05 the … scanners … lost their connection) gives the window', text: '# Occurrence report\n\n### 1. Occurrence\n\n1.1 Between approx. 05:48 and 07:05 the baggage reconciliation system handheld scanners lost their connection to the central system.\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 73: people who saw a value of theirs shown wrong are the user impact (about 12% of players saw their ratings shown as 1500)', text: '# Ratings shown as 1500\n\n## What happened\n\nBetween 09:41 and 14:43 UTC about 12% of players saw their ratings shown as 1500 instead of their real rating.\n', config: { kinds: { outage: { required: ['user_impact'] } } } as never },
  { name: 'round 73: how a secret got where others could read it is a leak\'s cause (a token … was pasted into a public gist)', text: '# Token exposed in a gist\n\n## TL;DR\n\nA read-only API token for the reporting API was pasted into a public GitHub gist as part of a curl example. We revoked it 41 minutes after the report.\n', config: { kinds: { security: { required: ['cause'] }, outage: { required: ['cause'] } } } as never },
  { name: 'round 73: a system named with a capital after the, then one word of what it does (the Meridian reporting API), is what a leak reached', text: '---\ntype: security\n---\n# Reporting token exposed in a public gist\n\n## TL;DR\n\nA read-only API token for the Meridian reporting API was pasted into a public gist. We revoked it 41 minutes after the report.\n', config: { kinds: { security: { required: ['affected_services'] } } } as never },
  { name: 'round 73: bills issued wrong are a data incident, with no outage length to give (請求書誤発行, 청구서 오발행)', text: '# 推定検針値による請求書誤発行(21,000件)\n\n## 概要\n\n推定値で計算した請求書を 21,000 件発行した。\n', config: { kinds: { outage: { required: ['duration'] }, 'data-loss': { required: [] } } } as never },
  { name: 'round 73: the same in Korean (청구서 오발행)', text: '# 추정 검침값 청구서 오발행 (21,000건)\n\n## 개요\n\n추정값으로 계산한 청구서 21,000건을 발행했다.\n', config: { kinds: { outage: { required: ['duration'] }, 'data-loss': { required: [] } } } as never },
  { name: 'round 55: a leak\'s facts table row of the personal data it held (| 포함 개인정보 | 이메일 주소 124,518건 |) is its user impact', text: '# 스냅샷 공개\n\n## 사실관계\n\n| 항목 | 내용 |\n|---|---|\n| 노출 대상 | 스냅샷 `stg-booking` |\n| 포함 개인정보 | 이메일 주소 124,518건 |\n', config: { kinds: { outage: { required: ['user_impact'] } } } as never },
  { name: 'round 55: a worksheet\'s problem statement is its summary, and a part that stopped doing its work names what was hit (the irrigation scheduler stopped delivering commands)', text: '# 5 whys: valves left open\n\n## Problem statement\n\nAfter the broker failed over, the irrigation scheduler stopped delivering commands to the valve controllers.\n', config: ONLY_SERVICES },
  { name: 'round 60: a process that stopped names what was hit (暗号資産の出金処理が停止・遅延しました)', text: '# 出金キュー凍結について\n\n## 1. 何が起きたか\n\n- 11/18 01:47 から 10:12 まで、暗号資産の出金処理が停止・遅延しました\n', config: ONLY_SERVICES },
  { name: 'round 60: timeouts on a data line and a title\'s packet loss name what was hit (データ通信でタイムアウト; UPF パケットロス)', text: '# 九州エリア UPF パケットロス\n\n## 要約\n\n5G SA 利用者のデータ通信でタイムアウト・速度低下が発生した。\n\nUPF を切り離して収束した。\n', config: ONLY_SERVICES },
  { name: 'round 60: a system that lost its connection and dropped into fallback mode names what was hit', text: '# Sortation fallback, all terminals\n\n## What happened\n\nAt 07:12 the sort allocation controller (SAC) lost its write connection to the baggage database and dropped into fallback mode.\n', config: ONLY_SERVICES },
  { name: 'round 60: a data case names the client whose data went wrong (Console client 1.18.2)', text: '# [Postmortem] Cross-save overwrote console progress #1377\n\n**Labels:** `postmortem` `data-loss`\n\n## What happened\n\nConsole client 1.18.2 picked up an SDK update that changed the save timestamp to seconds.\n', config: { kinds: { 'data-loss': { required: ['affected_services'] } } } as never },
  { name: 'round 61: a gateway replaced and the sessions it carried cut name what was hit (게이트웨이 노드가 교체되면서 … 세션이 대량으로 끊겼다)', text: '# 응시 세션 대량 끊김\n\n## 개요\n\n감독 세션을 중계하는 WebSocket 게이트웨이 노드가 교체되면서 응시자 세션이 대량으로 끊겼다.\n', config: ONLY_SERVICES },
  { name: 'round 61: a regulator report\'s numbered paragraph gives the length of the non-compliance (non-compliant with the instruction for 40 minutes)', text: '# Incident report: failure to follow a curtailment instruction\n\n## 2. Sequence of events\n\n2.2 The Plant continued to export until 14:47:30. The Plant was therefore non-compliant with the instruction for 40 minutes.\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 62: a length in a summary sentence about what did not appear, and a window between two bold times', text: '# Stale feeds\n\n## Summary\n\nFor about 26 hours between Tue 11 Mar and Wed 12 Mar 2025, new episodes did not appear in public RSS feeds.\n\n# Missing pages\n\n## What happened\n\nBetween **2025-10-07 14:02 UTC** and **2025-10-09 10:45 UTC**, the worker produced PDFs that lacked the last page.\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 62: kiosks that refused the API\'s connection and went offline name what was hit (키오스크 앱 3.x 버전이 API 연결을 거부했다)', text: '# 셀프 체크인 키오스크 오프라인\n\n## 요약\n\n중간 인증서를 고정하는 키오스크 앱 3.x 버전이 API 연결을 거부했다.\n', config: ONLY_SERVICES },
  { name: 'round 62: a leak report\'s title names the system in Latin capitals (PMS の旅券画像 API における…)', text: '# PMS の旅券画像 API における施設単位のアクセス制御漏れ\n\n## 概要\n\nグループ全 52 ホテルのフロント端末アカウントから、他ホテルの宿泊客の旅券画像を閲覧できる状態が 22 日間続いた。不正アクセスによる情報の漏えいがあった。\n', config: { kinds: { security: { required: ['affected_services'] } } } as never },
  { name: 'round 63: a team\'s own labels for the length (| Leak window | … |, | Time to green | … |, 公開状態であった期間:)', text: '# A\n\n| Field | |\n|---|---|\n| Leak window | 2024-09-03 → 2025-02-10 |\n\n# B\n\n| Label | |\n|---|---|\n| Time to green | 3h 05m from config push to fix live |\n\n# C\n\n- 公開状態であった期間: 2026年4月8日 14時20分 から 同年4月21日 11時05分 まで(約12日21時間)\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 55: search that quietly returned fewer results names what was hit', text: '# Incomplete results after a rebuild\n\n## What happened\n\nThe rebuild swapped the alias to a half-built index. Search looked normal, it just quietly returned fewer results.\n', config: ONLY_SERVICES },
  { name: 'round 55: access gates that rejected most passes name what was hit', text: '# Valid passes rejected\n\n## Summary\n\nOn Saturday the access gates at Skarvfjell rejected most season passes from the moment the lifts opened.\n', config: ONLY_SERVICES },
  { name: 'round 55: a security incident\'s system named and glossed in parentheses (Backstage (our internal support console))', text: '---\nkind: security\n---\n# Support agent account takeover\n\n## Summary\n\nAn attacker reset her SSO password and logged into Backstage (our internal support console) for 57 minutes.\n', config: { kinds: { security: { required: ['affected_services'] } } } as never },
  { name: 'round 55: a lift-pass gate named in a Japanese title (リフト券ゲートで有効な券が拒否された件)', text: '# リフト券ゲートで有効な券が拒否された件\n\n## 概要\n\nファームウェアを一斉配信した翌朝、シーズン券が拒否された。\n', config: ONLY_SERVICES },
  { name: 'round 55: a Korean leak summary that says whose data was reached, as none and as a count (개인정보 접근 없음, 48건 조회됨)', text: '# 키 노출\n\n## 요약\n\n- 외부 IP 2곳에서 키로 3회 호출 → 광고 캠페인 목록 48건 조회됨\n- 청취자 개인정보 접근 없음\n', config: { kinds: { outage: { required: ['user_impact'] }, security: { required: ['user_impact'] } } } as never },
  { name: 'round 56: What went wrong before What went well, at the top level, over the mechanism, is the cause', text: '# Uploads lost in a migration\n\n## What went wrong\n\nThe delta step compared mtimes against a marker the restore had rewritten.\n\n## Timeline\n\n- 10:00 copy\n\n## What went well\n\nThe backups existed.\n', config: ONLY_CAUSE },
  { name: 'round 56: a safeguard that failed open is the cause (**What:** captcha fail-open during provider outage)', text: '# Spam wave\n\n**What:** captcha fail-open during provider outage, then about 410 bot accounts.\n', config: ONLY_CAUSE },
  { name: 'round 56: a length of slowness opening the summary (For 58 min on 14 April, search on Knotwork was slow)', text: withDuration('For 58 min on 14 April, search on Knotwork was slow: p95 latency went from 420 ms to 4.1 s.') },
  { name: 'round 56: a write-up about a bill is a cost case, which asks no outage length (This one is about money rather than downtime; our AWS bill for March 2025 was $4,870)', text: '# March S3 bill\n\nThis one is about money rather than downtime. Our AWS bill for March 2025 was $4,870.12.\n', config: { kinds: { outage: { required: ['duration'] }, cost: { required: [] } } } as never },
  { name: 'round 56: a time counted from the start beside a word for recovery is the length (暫定復旧(T+1時間38分、19:45 以降); recovered at T+58m)', text: withDuration('| 項目 | 内容 |\n|---|---|\n| 発生日時 | 2024-08-23 18:07 頃(基準時刻 T+0) |\n| 現在の状況 | **暫定復旧**(T+1時間38分、19:45 以降 正常な応答を確認) |') },
  { name: 'round 56: the same in English, the recovery after the detection (Detected at T+4m; recovered at T+58m)', text: withDuration('Search degraded at 19:02 UTC (T+0). Detected at T+4m; recovered at T+58m.') },
  { name: 'round 57: a Japanese or Korean length labelled by its short word and written as hours and minutes (所要: 01:58 (送信); 소요: 02:35)', text: withDuration('- 開始: 2024-09-03 18:00\n- 所要: 01:58 (送信) + データ補正 約 2 日') },
  { name: 'round 57: the Korean short label', text: withDuration('- 소요: 02:35 (발생~복구)') },
  { name: 'round 57: mail that was deferred names what was hit (Gmail-bound mail sent from shared IP pool `pool-b` was heavily deferred)', text: '# Gmail throttling\n\n## Summary\n\nFor about 6 hours on Tuesday, Gmail-bound mail sent from shared IP pool `pool-b` was heavily deferred.\n', config: ONLY_SERVICES },
  { name: 'round 57: a retro\'s context that counts the causes before listing them (Two things stacked:)', text: '# Retro: kickoff failures\n\n## Context\n\nVideo start failed for some viewers at kickoff. Two things stacked:\n\n1. The steering config dropped the cost weights.\n2. A new bitrate rung went live.\n', config: ONLY_CAUSE },
  { name: 'round 57: the impact named as the topic of a Japanese sentence (業務影響は、…悪化し…)', text: '# タイル API の応答遅延\n\n開始 14:05、終了 16:20。業務影響は、タイル API の p95 応答時間が最大 4.2 秒に悪化したこと。\n', config: { kinds: { outage: { required: ['user_impact'] }, degradation: { required: ['user_impact'] } } } as never },
  { name: 'round 58: a document whose title and summary name no kind but which has a section of what it cost is a cost case, which asks no length or services', text: '# Log ingest spike from verbose diagnostics\n\n## What happened\n\nA verbose profile went to every unit. Nothing broke.\n\n## Cost\n\n- Overage for June: $71.4k.\n', config: { kinds: { outage: { required: ['duration', 'affected_services'] }, cost: { required: [] } } } as never },
  { name: 'round 58: a Korean chat digest about a bill that doubled (비용 2배) is a cost case, and the money over the estimate is its impact (초과 약 **₩921만**)', text: '# 대시보드 새로고침 루프 → BigQuery 비용 2배\n\n🔥 **무슨 일**\n- 9/8 배포 이후 재연결마다 패널 쿼리를 다시 날리는 루프가 생김\n\n💸 **얼마나**\n- 실제 ₩1,871만 / 예상 ₩950만 → 초과 약 **₩921만**\n', config: { kinds: { outage: { required: ['duration'] }, cost: { required: ['user_impact'] } } } as never },
  { name: 'round 59: the length of a window in parentheses right after it (failed from 1900 until 1941 local (41 min))', text: withDuration('Every Apple Pay checkout failed from 1900 until 1941 local (41 min) at Sunday dinner peak.') },
  { name: 'round 59: a terse summary\'s Window: line (- Window: 0712L → 1318L on 09 Jul (6h06m))', text: withDuration('- Window: 0712L → 1318L on 09 Jul (6h06m). Worst during AM commute.') },
  { name: 'round 66: an outage\'s system named as code where the incident is told, past plain words in code (`modelhub`, then `model-loader`)', text: '---\nkind: degradation\n---\n# 구버전 모델 제공\n\n## 한 줄 요약\n\n사내 레지스트리 `modelhub` 이전 이후 `prod` 별칭을 구 MLflow에서 읽었다.\n\n## 배경\n\n- 서빙 클러스터의 `model-loader` 사이드카가 별칭을 해석한다.\n', config: { kinds: { degradation: { required: ['affected_services'] } } } as never },
  { name: 'round 66: a system described in Japanese with its id in parentheses (配信サーバー(ranker-serving)), in an outage', text: '# 古いモデルの配信\n\n## 要約\n\n配信サーバー(ranker-serving)の大半の Pod は 1 週間前のモデルを配信し続けた。\n', config: { kinds: { outage: { required: ['affected_services'] } } } as never },
  { name: 'round 66: an outage\'s job named as code in the summary (the nightly `open-data-export` job)', text: '# Open data export published wrong columns\n\n## Summary\n\nThe nightly `open-data-export` job wrote the closed-date column into the opened-date field for two days.\n', config: { kinds: { outage: { required: ['affected_services'] } } } as never },
  { name: 'round 67: a period given by its two ends, then its length (The period from publication … to identification … was 4 days 13 hours 40 minutes.)', text: withDuration('3.12 The period from publication of the pairings (16 August, 17:00) to identification of the issue (21 August, 06:40) was 4 days 13 hours 40 minutes.') },
  { name: 'round 71: entries lost make a data incident, and its participants affected are its impact (Unsynchronised diary entries lost …; - Participants affected: **61**)', text: '---\ntitle: Unsynchronised ePRO diary entries lost during PulseDiary 6.0 upgrade\n---\n\n# NCR-2026-022\n\n## Nonconformity\n\n- Participants affected: **61** (Android only)\n\n## Root cause analysis\n\nThe migration skipped queued entries.\n', config: { kinds: { outage: { required: ['duration'] }, 'data-loss': { required: ['user_impact'] } } } as never },
  { name: 'round 71: a row of the period not synced (| 未同期の期間 | 10/7 〜 10/11 |; | 미동기화 기간 | 09-08 ~ 09-11 |)', text: '# 未同期\n\n| 項目 | 内容 |\n|---|---|\n| 未同期の期間 | 10/7 〜 10/11 |\n\n| 항목 | 내용 |\n|---|---|\n| 미동기화 기간 | 09-08 ~ 09-11 |\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 70: a severity whose kind in parentheses runs long (Severity: SEV3 (cost only, no customer impact)) asks no duration', text: '# Egress spike\n\nSeverity: SEV3 (cost only, no customer impact)\n\n## Summary\n\nFor 18 days our archive bucket replicated every object twice.\n', config: { kinds: { outage: { required: ['duration'] }, cost: { required: [] } } } as never },
  { name: 'round 70: a length set off by dashes after a from-until window (From 20 June 18:00 UTC until the fix at 09:30 UTC on Monday 23 June — about 63.5 hours — new players were stomped)', text: withDuration('From 20 June 18:00 UTC until the fix at 09:30 UTC on Monday 23 June — about 63.5 hours — new players were regularly stomped.') },
  { name: 'round 70: users unhurt said in a kind line (種別:コスト(サービス影響・データ損失なし))', text: '---\nkind: cost\n---\n# 転送料金の急増\n\n- 種別:コスト(サービス影響・データ損失なし)/ SEV3\n', config: { kinds: { cost: { required: ['user_impact'] } } } as never },
  { name: 'round 70: a heading that asks why review did not catch it (## 왜 리뷰에서 안 걸렸나)', text: '# 준사고\n\n## 왜 리뷰에서 안 걸렸나\n\n마이그레이션 파일이 리뷰 도구에서 기본으로 접혀 있었다.\n', config: ONLY_CAUSE },
  { name: 'round 69: a When section that opens with a time range and its length (## 📅 When / Bad predictions ~06:10 → 10:20 (about 4h 10m))', text: '# 🚨 PM summary: predictions off\n\n## 📅 When\nTue 21 Jan 2025. Bad predictions ~06:10 → 10:20 (about 4h 10m). All times local (CT).\n\n## 💥 What happened\n- Ops put two routes on snow detours.\n', config: { kinds: { outage: { required: ['duration'] } } } as never },
  { name: 'round 69: two kinds of people joined, said unhurt (No rider or driver impact.) in a cost case', text: '---\nkind: cost\n---\n# GPU job ran nine days\n\n## Summary\n\nThe batch ran for nine days. No rider or driver impact.\n', config: { kinds: { cost: { required: ['user_impact'] } } } as never },
  { name: 'round 69: a sentence on, what it led to (… only kicks in on a 5xx, not on a timeout or 429. So quotes failed instead of degrading.)', text: '# Quotes failing\n\n## What happened\n\n- Our fallback only kicks in on a 5xx, not on a timeout or 429. So quotes failed instead of degrading.\n', config: ONLY_CAUSE },
  { name: 'round 69: a range said as the window of what the sentence tells (07:00~11:30 사이 … 38%가 … 차이); complaints counted (시민 민원 412건)', text: '# 도착 예측 오차\n\n## 설명\n\n예측은 이를 따라가지 못해 07:00~11:30 사이 도착 예측의 38%가 실제와 10분 이상 차이가 났다.\n\n시민 민원 412건, 지역 언론 보도 2건.\n', config: { kinds: { outage: { required: ['duration', 'user_impact'] } } } as never },
  { name: 'round 69: a COE\'s questions we asked as its analysis (## 우리가 던진 질문; ## 私たちが立てた問い; ## Questions we asked)', text: '# COE\n\n## 우리가 던진 질문\n\n1. 왜 `ended_at`이 비어 있었나? 이전 작업이 값을 채우지 않았다.\n', config: ONLY_CAUSE },
  { name: 'round 68: a labelled period (- 기간: 03-07(금) 09:00 KST ~ 03-11(화) 10:20 KST, 약 4일(97h 20m))', text: withDuration('- 기간: 03-07(금) 09:00 KST ~ 03-11(화) 10:20 KST, 약 4일(97h 20m).') },
  { name: 'round 68: a length a few words before the window it measures in parentheses, past midnight (We lost 5h17m of science time (19:48 → 01:05))', text: withDuration('We lost 5h17m of science time (19:48 → 01:05) before the previous pointing model was restored.') },
  { name: 'round 68: a severity with its kind in parentheses and no colon (Sev 3 (cost only) · status: closed) asks no duration', text: '# PM: autoscaler runaway\n\nSev 3 (cost only) · status: closed · all times PST\n\n## TL;DR\n\n- No customer impact.\n\n## Cause\n\nThe HPA maximum was raised by mistake.\n', config: { kinds: { outage: { required: ['duration'] }, cost: { required: [] } } } as never },
  { name: 'round 68: in a cost case, how far the bill grew (multiplied our function and storage costs roughly 7x); a Japanese heading of damage and cost (## 損傷と費用)', text: '---\nkind: cost\n---\n# Recursion\n\n## Summary\n\nThe loop still multiplied our function and storage costs roughly 7x.\n', config: { kinds: { cost: { required: ['user_impact'] } } } as never },
  { name: 'round 68: a Japanese heading of damage and cost (## 損傷と費用)', text: '# ドームが開いていた\n\n## 損傷と費用\n\n- 主鏡のカバーに浸水、観測夜 23 夜を失った\n', config: { kinds: { outage: { required: ['user_impact'] } } } as never },
  { name: 'round 67: how long it ran before someone spotted it (It ran for 9 days and 19 minutes before FinOps spotted it)', text: withDuration('It ran for 9 days and 19 minutes before FinOps spotted it in the weekly Cost Explorer review.') },
  { name: 'round 67: a cost case that says no guest was hit (Kind: cost · No guest impact)', text: '# Cost incident: debug logging left on\n\nKind: cost · No guest impact · Review: Platform + Finance\n\n## Why\n\nThe flag was never reverted.\n', config: { kinds: { cost: { required: ['user_impact'] } } } as never },
  { name: 'round 66: orders counted with what went wrong with them (주문 3,412건에 중복 할인이 들어갔고)', text: '# 쿠폰 중복 적용\n\n**TL;DR**\n\n약 4시간 40분 동안 주문 3,412건에 중복 할인이 들어갔고 그중 1,906건이 원가 이하로 팔렸다.\n', config: { kinds: { outage: { required: ['user_impact'] } } } as never },
  { name: 'round 54: a Korean heading that asks why it came to this (왜 이런 상황이 됐나) heads the cause', text: '# 훈련 중 오류\n\n## 2. 왜 이런 상황이 됐나\n\n스크립트가 환경 이름을 확인하지 않았다.\n', config: ONLY_CAUSE },
  { name: 'round 54: a window of rejected tickets with its zone (from opening at 10:00 AEDT until 11:21 AEDT)', text: withDuration('The handheld scanners rejected almost every e-ticket from opening at 10:00 AEDT until 11:21 AEDT.') },
  { name: 'round 54: a data incident\'s job named as code in its summary (`fee-ledger-writer`); a leak\'s service named as code before a word for one (the `notify` service)', text: '# 利用料元帳の二重計上\n\n- 種別: データ不整合\n\n## サマリ\n\n9/22 に集計ジョブ(`fee-ledger-writer`)の実行基盤を移行した。\n', config: { kinds: { 'data-loss': { required: ['affected_services'] }, security: { required: ['affected_services'] } } } },
  { name: 'round 54: a leak\'s service named as code before a word for a system (the `notify` service)', text: '---\ncategory: security / privacy\n---\n\n## Summary\n\nPassword-reset emails showed another user\'s name. On 9 March we moved email to the new `notify` service.\n', config: { kinds: { 'data-loss': { required: ['affected_services'] }, security: { required: ['affected_services'] } } } },
  { name: 'round 53: a cost case said as hurting the cloud bill, its impact under What it cost, and who it did not hurt', text: '# ETA model sweep ran 400 GPUs over a weekend\n\nThis one didn\'t hurt riders or drivers. It hurt the cloud bill.\n\n## Why\n\nThe sweep ran 400 trials because the limit was not set.\n\n## What it cost\n\nAbout $94.7k.\n' },
  { name: 'round 53: the service in a front matter key of one word (service: pricing-service / config-hub)', text: '---\nservice: pricing-service / config-hub\n---\n# 할증 미해제\n', config: ONLY_SERVICES },
  { name: 'round 53: a Korean length with a metric that rose (약 2시간 동안 … 38초까지 늘었고), and a booking engine named in a Japanese summary (自社予約エンジン)', text: '# 포털 지연\n\n## 개요\n\n14시 20분경부터 약 2시간 동안 제출 API의 p95 응답 시간이 평소\n0.8초에서 최대 38초까지 늘었고, 대기한 이용자도 있었다.\n\n# 在庫キャッシュの不整合\n\n## 何が起きたか\n\nYADO Engine（自社予約エンジン）は在庫の更新イベントを受け取っている。\n', config: { kinds: { outage: { required: ['duration', 'affected_services'] } } } },
  { name: 'round 52: what it looked like for a named customer is the impact; how a setting got into production is the cause; an overage in euros is a cost case (no length asked)', text: '# Retrospective: the week the router logged everything\n\nThe overage came to €69.4k, the most expensive config typo we have had.\n\n**How DEBUG got into production.** The override ended up in the shared values file instead of the canary overlay.\n\n## Affected services\n\n- authz-router\n\n## What it looked like for Northgate\n\nNorthgate paid nothing extra.\n' },
  { name: 'round 52: a news portal named in a Japanese summary is the service hit (提携ニュースポータル)', text: '# 解禁時刻前の記事配信について\n\n## 1. 概要\n\n記事が解禁時刻より前の午後2時31分に提携ニュースポータル1社で公開された。\n', config: ONLY_SERVICES },
  { name: 'round 51: what stopped and for how long names the service (Goods-to-person picking in zones A–D stopped for 47 minutes)', text: '# Fleet safe-stop after firmware push\n\n## Summary\n\nGoods-to-person picking in zones A–D stopped for 47 minutes during the afternoon wave.\n\n## Root cause\n\nA stricter self-test.\n\n## Impact\n\n3,870 order lines missed the carrier cut-off.\n', config: ONLY_SERVICES },
  { name: 'round 51: a length between the change and the fix (So ~ 31 h between DST switch and fix.)', text: withDuration('So ~ 31 h between DST switch and fix. 6 departures affected.') },
  { name: 'round 51: no impact on the people a cost case serves (No player impact.)', text: '---\nkind: cost\n---\n# Cloud bill spike\n\n## Summary\n\nA log sink streamed everything to BigQuery for two weeks.\n\nNo player impact. No data loss.\n\n## Root cause\n\nThe sink had no filter.\n' },
  { name: 'round 51: a letter with run-in heads (What it meant for you.), its subject line for a title (lost scan records), and what nobody knew as the cause', text: 'Subject: Incident report — lost scan records at DC2\n\nDear colleagues,\n\nWhat happened. The primary database server failed at 05:50. What we did not know was that the standby had stopped receiving updates at 02:10 after a network change.\n\nWhat it meant for you. 6,212 scan events were lost, covering 1,388 orders across 14 clients, and 214 orders shipped twice. No stock records outside that window were affected.\n' },
  { name: 'round 51: a Japanese label for the time logins failed (ログイン不可の時間)', text: '# 証明書期限切れ\n\n- ログイン不可の時間: 約 3 時間 36 分\n\n## 原因\n\n証明書の期限切れ。\n', config: { kinds: { outage: { required: ['duration'] } } } },
  { name: 'round 51: the items of a leak report name what was hit (漏えい等した個人データの項目)', text: '# 個人データの漏えい等事案に関する報告書\n\n## 1. 漏えい等した個人データの項目\n\n| 項目 | 含まれていたか |\n|---|---|\n| 氏名 | 含む |\n', config: { kinds: { security: { required: ['affected_services'] } } } },
  { name: 'round 49: a near miss said in Korean as 준사고 or 장애는 없었음 asks for no length or services', text: '# [준사고] 청구 전송용 인증서 만료 6시간 전 발견\n\n장애는 없었음. 그래도 기록으로 남김.\n\n## 원인\n\n만료 알림이 하루 전에야 떴음.\n' },
  { name: 'round 49: a front matter key in Japanese that declares the kind (区分: サービス低下); the system the summary names (電子カルテシステム)', text: '---\ntitle: 電子カルテの参照専用モードの長期化について\n区分: サービス低下\n---\n\n# 電子カルテの参照専用モードの長期化について\n\n## 1. 概要\n\n3月4日未明に実施した電子カルテシステム(以下「電カル」)の基盤ストレージ切替作業において、参照専用モードが長引いた。\n\n## 2. 原因\n\n切替手順の誤り。\n\n## 3. 影響\n\n外来の受付が遅れた。\n\n## 4. 障害時間\n\n約3時間\n' },
  { name: 'round 48: an extra sum on the cloud bill is a cost case, and a kind the text denies (no paying customer / saw any degradation) is none', text: '# Free tier abuse — June 2025\n\n## TL;DR\n\nMiners ran unchecked and we ended up with an extra **$18,740** on our\nAWS bill for June. No paying customer\nsaw any degradation.\n\n## Root cause\n\nNo signup limits on preview environments.\n\n## Impact\n\n$18,740 of extra spend.\n' },
  { name: 'round 48: how long a bad release was up before it was pulled is the length (up for about 14 hours before I yanked it)', text: withDuration('I released dotkeep 2.0.0, and it was up for about 14 hours before I yanked it.') },
  { name: 'round 48: a key published in a public repository is a security case; the resource its summary names as code is what was hit (`isotherm/notebooks`)', text: '# Service-account key published in public notebooks repo\n\n## Summary\n\nA contributor pushed a commit to the public `isotherm/notebooks` repository with a key for `ingest-writer@isotherm-prod`.\n\n## Root cause\n\nNo pre-commit secret scanning.\n\n## Impact\n\nNo use of the key was found.\n' },
  { name: 'round 48: a key exposed in CI logs in Korean (액세스 키 노출) is a security case; the repository named as code is what was hit', text: '# CI 로그에 AWS 액세스 키 노출\n\n## 요약\n\n`relay-api` 레포의 배포 워크플로 로그에 액세스 키가 평문으로 찍혔음.\n\n## 원인\n\n디버그 출력.\n\n## 영향\n\n사용 흔적은 없었어요.\n' },
  { name: 'round 47: a security case whose summary names the site by name (the MyKestrel website)', text: '---\ntype: security\n---\n# Account page served from the CDN cache to other customers\n\n## Summary\n\nA CDN change for the MyKestrel website made the account page cacheable.\n\n## Root cause\n\nA cache rule matched the wrong path.\n\n## Impact\n\n1,377 customers saw another customer\'s balance.\n' },
  { name: 'round 47: a payroll run that paid wrong amounts, or refunds paid twice, is a data incident: no outage length asked', text: '# October payroll run calculated wrong net pay\n\n## Root cause\n\nA rounding change in the pension module.\n\n## Affected services\n\n- payroll-engine\n\n## User impact\n\n2,140 employees were paid the wrong amount.\n' },
  { name: 'round 47: a security case whose title names the exposed resource as code (`ch-prod-report-exports` bucket)', text: '---\ntype: security\n---\n# SEC-2026-004: `ch-prod-report-exports` bucket publicly readable\n\n## Root cause\n\nA module change removed Block Public Access.\n\n## Impact\n\nNo access from outside our IPs was found.\n' },
  { name: 'round 47: a window whose ends are in bold (from **8:12 am ET** until **11:03 am ET**)', text: withDuration('The interface engine stopped sending messages from **8:12 am ET** until **11:03 am ET**.') },
  { name: 'round 47: a section on what a leak exposed is its impact (## What was exposed)', text: withImpact('## What was exposed\n\nFirst name, masked mobile number, plan and balance of another account.') },
  { name: 'round 47: a bold label alone on the first line of a chat digest paragraph heads its bullet lines (**Why** / • …)', text: withCauseUnder('**Why**\n• Old Android only offers CBC suites; the new policy is GCM only', '') },
  { name: 'round 46: a security case names the system whose records were viewed in its summary (会員情報照会システム(CRM))', text: '# 会員情報の不正閲覧の疑い\n\n- 配布先:カスタマーサービス部\n\n## 概要\n\n当社の会員情報照会システム(CRM)の操作ログ点検で、委託先従業員による閲覧を検知した。\n\n## 原因\n\n権限設計の不備。\n\n## 影響\n\n会員1,284名の情報が閲覧された。\n' },
  { name: 'round 46: a security case names the system in its title (고객상담시스템)', text: '# 고객상담시스템 업무 외 고객정보 조회 의심 건\n\n## 원인\n\n권한 설계 미흡.\n\n## 영향\n\n고객 1,764명의 정보가 조회되었다.\n' },
  { name: 'round 46: a leaked key\'s section that asks whether it was used is its impact (## Was it used?)', text: withImpact('## Was it used?\n\nNo. CloudTrail shows no reads or writes from outside our IPs, and every checksum matched.') },
  { name: 'round 45: a share of the work that failed is the impact (about 20% timed out; rejected ~18% of win notices)', text: withImpact('Reports that normally render in 5–10 s were taking 2–4 minutes, and about 20% timed out at the gateway.') },
  { name: 'round 45: a title that says a share of the work was rejected', text: withImpact('').replace('# Outage', '# Clock skew on eu-west auction nodes rejected ~18% of win notices') },
  { name: 'round 45: a window whose ends name their weekday and day after on (from about 14:10 on Tuesday 17 November until 10:25 on Wednesday 18 November)', text: withDuration('From about 14:10 on Tuesday 17 November until 10:25 on Wednesday 18 November, the claims page showed the status **Closed** on open claims.') },
  { name: 'round 44: a total after the recovery time (10:47 정상화. 총 1시간 35분)', text: withDuration('- 10:47 정상화. 총 1시간 35분') },
  { name: 'round 44: a heading that asks why (왜 prod가 잡혔나) holds the cause', text: withCauseUnder('## 왜 prod가 잡혔나', 'workspace 변수가 운영 값을 가리키고 있었다.') },
  { name: 'round 43: people at work who had to do it by hand (crew schedulers) are the impact', text: withImpact('For six hours crew schedulers had to build reassignments by hand, and three departures were cancelled.') },
  { name: 'round 43: a type in the front matter that names the kind in words (third-party outage): the vendor\'s data center does not make it an infrastructure incident', text: '---\ntype: third-party outage\n---\n# Declines during the Corvex outage\n\n## Summary\n\nCorvex had an outage of its authorization gateway in their us-east data center. During the outage, Corvex could not authorise payments.\n\n## Root cause\n\nA vendor outage.\n\n## Duration\n\n67 minutes\n\n## Affected services\n\n- card-auth\n\n## User impact\n\n4,100 card payments were declined.\n' },
  { name: 'round 43: a labelled line that declares the kind (**Type:** Cost / runaway job)', text: '# measure-refresh ran every 6 minutes all weekend\n\n**Type:** Cost / runaway job\n\n## Why\n\nThe cron schedule had a typo.\n\n## Impact\n\nAbout $41,000 of extra BigQuery spend.\n' },
  { name: 'round 43: the impact period is the campaign\'s 72 hours (影響期間は…期間の72時間)', text: withDuration('※ 影響期間はキャンペーン期間の72時間。検知はキャンペーン終了後。') },
  { name: 'round 43: a row of a key/value table whose label ends with servers (暗号化されたサーバー, 영향 서버)', text: '# ランサムウェア感染\n\n## 3. 影響範囲\n\n| 区分 | 内容 |\n|---|---|\n| 暗号化されたサーバー | FS-HQ01、BK-HQ01 |\n| 暗号化されなかったもの | 基幹システム |\n\n## 영향\n\n| 항목 | 수치 |\n|---|---|\n| 영향 서버 | ASIA-1, ASIA-2 |\n', config: ONLY_SERVICES },
  { name: 'round 43: a cost incident whose loss is labelled (손실: 약 3,420만 원); services said to be none', text: '# 비용 사고 회고: 로그 수집 루프로 인한 CloudWatch Logs 요금 급증\n\n- 손실: 약 3,420만 원\n- 서비스 영향: 없음\n\n## 원인\n\n설정 이관 시 누락.\n' },
  { name: 'round 43: Exploitation found: none is the impact of a vulnerability', text: '# Fork pull requests could write to the shared build cache\n\n- **Kind:** Security vulnerability (cache poisoning)\n- **Exploitation found:** none\n\n## Root cause\n\nCache writes were authorised by repository id alone.\n\n## Affected services\n\n- Stash\n' },
  { name: 'round 43: part of the data lost (データの一部消失) is a data-loss incident, which needs no duration', text: '# 障害報告書:答案画像データの一部消失\n\n## 原因\n\nライフサイクルルールのプレフィックス指定の誤り。\n\n## 影響を受けたサービス\n\n- manaboard\n\n## 影響\n\n約 1,930 万件の答案画像が削除された。\n' },
  { name: 'round 42: a row of a properties table that says when and gives a range (| 일시 | 20:05 ~ 21:17 |)', text: withDuration('| Property | Value |\n| --- | --- |\n| 일시 | 2024.5.21 (화) 20:05 ~ 21:17 |\n| Severity | SEV2 |') },
  { name: 'round 42: impact was about 95 minutes', text: withDuration('Customer-facing impact was about 95 minutes.') },
  { name: 'round 42: the length in parentheses after the end of a from … until window', text: withDuration('Work orders created from Mon Jan 12, 7:00 AM until the fix was deployed Tue Jan 13, 9:10 PM (38 h 10 min) did not reach the crews.') },
  { name: 'round 42: During those 26 hours and 33 minutes, after a clock with p.m.; what was disclosed reached a count of people', text: withImpact('The template was reverted on Wednesday, April 17 at 12:48 p.m. During those 26 hours and 33 minutes, 2,913 text messages were sent to 1,377 followers.').replace('## Duration\n\n45 minutes\n\n', '') },
  { name: 'round 42: a table of items and contents (| 項目 | 内容 |) whose 対象 row names what was hit', text: '# 表示の誤り\n\n## 影響\n\n| 項目 | 内容 |\n|---|---|\n| 期間 | 2025/3/4 15:00 〜 18:42 |\n| 対象 | 限定ガチャ「春宵の祈り」(iOS / Android 版) |\n', config: ONLY_SERVICES },
  { name: 'round 42: mail that did not arrive (メールが不達)', text: '# MX レコードの移行漏れ\n\n## 影響\n\n- `@tsumugi-books.jp` 宛てのメールが不達 (送信元には時間差でバウンス)\n', config: ONLY_SERVICES },
  { name: 'round 41: a bill that spiked is a cost incident: its cause and what it cost, no length or services asked', text: '# Image resizing bill spike\n\n> Customer impact: none. This is purely a cost postmortem.\n\n## What happened\n\nThe resizer ran 38 times more often than forecast.\n\n## Why it happened\n\nThe cache key held the raw view width.\n' },
  { name: 'round 41: a cost incident in Japanese (費用が…月予算の 2 倍を超えた)', text: '# BigQuery の費用が 9 日間で月予算の 2 倍を超えた件\n\n## TL;DR\n\n- ユーザー影響・データ欠損はなし。お金だけの障害\n\n## 原因\n\nパーティションフィルタのないクエリ。\n' },
  { name: 'round 41: how the attacker got in is the cause of a security incident', text: withCauseUnder('## 4. How the attacker got in', 'A passphrase-less SSH key was taken from a laptop by an information stealer.') },
  { name: 'round 40: labelled start and end in Japanese (発生日時 … 頃, 収束日時)', text: withDuration('- 発生日時：2024/11/06（水）02:10 頃\n- 収束日時：2024/11/06（水）09:45') },
  { name: 'round 40: a Japanese range that ended (18:00〜18:06 くらいで終わって)', text: withDuration('送信は 18:00〜18:06 くらいで終わってて、気付いたのは 18:40。') },
  { name: 'round 40: impact in Japanese: customers sent two mails each; shops hit; cancellations to customers', text: withImpact('翌日に予約があったお客さん 1,312 人に同じメールが 2 通ずつ届いた。') },
  { name: 'round 40: services and impact in Korean: map tiles that did not show; a share of search requests that timed out', text: withServices('구버전 앱은 10:52부터 지도 타일이 뜨지 않았다.').replace('Customers could not pay.', '검색 요청의 약 9%는 게이트웨이 타임아웃(3초)에 걸려 결과를 불러오지 못했다.') },
  { name: 'round 39: services: every CI pipeline failed, a store that started rejecting uploads, no team could deploy', text: withServices('Every CI pipeline failed at the "publish" step.').replace('Customers could not pay.', 'About 60 engineers lost an afternoon.') + '\n\nThe artifact store started rejecting uploads. No team could build or deploy anything.\n' },
  { name: 'round 39: services in Korean: work a system does that was slow (썸네일 생성 지연, 검색 결과 품질 저하)', text: withServices('고객에게 보이는 장애는 두 가지였다.\n\n- 이미지/동영상 썸네일 생성 지연: 14:52 ~ 17:40 동안 썸네일이 최대 40분 늦게 생성됨\n- 검색 결과 품질 저하: 15:10 ~ 18:25 동안 응답이 느려짐').replace('Customers could not pay.', '판매자 약 300명이 기다렸다.') },
  { name: 'round 39: impact in Japanese: who was hit, said as such (影響を受けたのは…)', text: withImpact('影響を受けたのは部門共有ボリュームを使う全部署 (約 180 名) で、保存できなかった作業はローカルに退避してもらった。') },
  { name: 'round 39: how long it ran before it was stopped (halted … after it started); until …, a length after the send', text: withDuration('We halted the rollout 3 hours 20 minutes after it started, and shipped 7.3.1 the next morning.') },
  { name: 'round 39: links were broken until …, a length after the event that started it', text: withDuration('Links were broken until the preference centre was patched at 13:25 BST, 3 hours 25 minutes after the send.') },
  { name: 'round 38: failed for the next 25 minutes', text: withDuration('About 30% of attempts to log back in failed for the next 25 minutes.') },
  { name: 'round 38: a length said again in other units in parentheses (1 日間 (24 時間))', text: withDuration('影響期間は APAC 各地域で現地の 3/31 の 1 日間 (24 時間) です。') },
  { name: 'round 39: a table of labels and values with the start and the end (| 발생 | … |, | **해결** | … |)', text: withDuration('| 항목 | 내용 |\n|---|---|\n| 발생 | 2024-09-10 10:00 (단계적 출시 20% 시작) |\n| 인지 | 2024-09-10 13:40 |\n| **해결** | 2024-09-11 11:30 (v5.3.1 배포) |') },
  { name: 'round 66: a cost case in Korean said as one (비용 건이라), a node group left on (GPU 노드 방치), and its estimated cost (추정 비용 약 6,490만 원)', text: '# 2025 추석 연휴 GPU 노드 방치 회고\n\n> 비용 건이라 장애 등급은 없음.\n\n## 요약\n\nA100 노드 8대가 작업 없이 켜져 있었다. 추정 비용 **약 6,490만 원**.\n\n## 원인\n\n최소 노드 수가 원복되지 않았다.\n' },
  { name: 'round 66: a payout computed twice is a data case (이중 계산, 과지급; 過払い): no duration asked', text: '# 작가 정산 이중 계산\n\n## 요약\n\n작가 2,146명에게 과지급되었다.\n\n## 원인\n\n멱등성 키 오류.\n\n## 영향 받은 서비스\n\n- 정산 배치\n\n## 영향\n\n작가 2,146명.\n' },
  { name: 'round 66: a window in a row labelled 기간 whose ends the readers do not join, with its length (약 7일 6시간)', text: withDuration('| 항목 | 내용 |\n|---|---|\n| 기간 | 2026-04-06(월) 10:30 ~ 04-13(월) 16:50 (약 7일 6시간) |\n| FDS | 탐지 누락 |') },
  { name: 'round 66: なにが悪かったか (in kana) is where the document says what broke', text: withCauseUnder('### なにが悪かったか', '削除対象の判定が古い設定キーを読んでいた。') },
  { name: 'round 66: impact said as requests held up and answered late (滞留した 71 件; 対応が約2日遅れた), and as no evidence of misuse', text: withImpact('滞留した 71 件の内訳:web 相談フォーム 58 件。') + '\n' + withImpact('We rotated the password and found no evidence of misuse in the logs we have.') },
  { name: 'round 65: impact of an exposed token said as no use of it (Audit logs show no use of the token)', text: withImpact('Public exposure: 12:58–13:21 UTC. Audit logs show no use of the token from anywhere other than the engineer\'s own test runs.') },
  { name: 'round 65: a range of Z times with its length as h:mm after it (03:20Z〜05:05Z(1:45)); a Korean one (22:00~23:10(1:10))', text: withDuration('- 大会当日 03:20Z〜05:05Z(1:45)、大会キューのマッチング待ちが p95 8 秒 → 最大 97 秒に悪化。') + '\n' + withDuration('중복 구간은 두 번째 인스턴스가 돈 22:00~23:10(1:10)이다.') },
  { name: 'round 65: flights delayed, counted, as the impact (4 便が 20〜75 分遅延した)', text: withImpact('台風による欠航とは別に 4 便が 20〜75 分遅延した(延べ旅客約 430 名)。') },
  { name: 'round 65: services in Korean: a function stopped, emergency maintenance (거래소 등록·취소를 일시 중단; 긴급 점검)', text: withServices('거래소 일부 기능 이용 시 재화가 비정상적으로 지급되는 현상을 확인하여 거래소 등록·취소를 일시 중단했습니다.').replace('Customers could not pay.', '계정 212개 롤백.'), config: ONLY_SERVICES },
  { name: 'round 65: a security case names its product in Korean letters and its Latin name (디스커버리원(DiscoveryOne))', text: '보낸 사람: 보안책임자\n\n11월 14일 보고드린 디스커버리원(DiscoveryOne) 특권 태그 누락 사고의 사후 분석 결과입니다. 특권 문서 37건이 유출되었습니다.\n\n■ 원인\n\n페이지 처리 버그.\n\n■ 영향\n\n정보주체 17명에게 통지.\n' },
  { name: 'round 65: a cost case in Korean: the money over what it should have cost (초과분 1,232만 원)', text: '---\ntype: cost\n---\n# 로그 레벨 변경으로 관측 비용 2배\n\n## 원인\n\n로그 레벨 원복 누락.\n\n## 비용\n\n1월 청구액은 2,412만 원으로 평월의 2.04배, 초과분 1,232만 원이다.\n' },
  { name: 'round 64: report cards e-mailed to the wrong guardians are a disclosure (security): no duration asked', text: '# Q2 report cards emailed to the wrong guardians\n\n## Summary\n\nThis was a disclosure of education records. 604 students were affected.\n\n## Root cause\n\nA stale contact table.\n\n## Affected services\n\n- ClassLedger SIS\n' },
  { name: 'round 64: a bill for two days that came to an amount is a cost incident: no duration asked', text: '# CDN egress spike\n\n## What happened\n\nOur audio CDN bill for Saturday 18 and Sunday 19 May came to **$19,400**, against a normal weekend of around $6,200. Listeners saw nothing wrong.\n\n## Why\n\nA client resume bug.\n' },
  { name: 'round 64: impact said as nothing people saw (Listeners saw nothing wrong)', text: withImpact('Listeners saw nothing wrong; if anything, downloads were fast.') },
  { name: 'round 64: impact: people who missed their cut-off (Three hauliers missed rail cut-off)', text: withImpact('Queue on the access road peaked at about 2.1 km. Three hauliers missed rail cut-off for the 09:30 train.') },
  { name: 'round 64: impact: what missed its time, and people made to redo their part', text: withImpact('17 files were gone; those creators re-uploaded. 11 scheduled episodes missed their publish time.') },
  { name: 'round 64: impact: no clinical data lost; identifiers counted by whose they were', text: withImpact('No clinical data was lost.') + '\n' + withImpact('311 alert emails with patient identifiers for 287 distinct patients went to the vendor addresses.') },
  { name: 'round 64: services in Korean: the shows that were affected (영향을 받은 방송은 …)', text: withServices('저희 전체 고객 중 영향을 받은 방송은 「퇴근길 경제」와 「새벽 세 시 라디오」 두 개뿐입니다.').replace('Customers could not pay.', '약 1,900회 다운로드.'), config: ONLY_SERVICES },
  { name: 'a title whose length the words after make the incident\'s (27時間ハング)', text: withDuration('ログの出力が途絶えた。').replace('# Outage', '# 使用率DB更新の最中に隔離学習が27時間ハング') },
  { name: 'a title whose length the words after make the incident\'s (A 45-minute outage of …)', text: withDuration('The job stopped writing logs.').replace('# Outage', '# A 45-minute outage of the ledger API') },
  { name: 'a title whose length the words after make the incident\'s (3시간 장애)', text: withDuration('로그가 끊겼다.').replace('# Outage', '# 결제 API 3시간 장애') },
  { name: 'round 37: a title that says for how long something went wrong', text: withDuration('A six-hour-old snapshot was served.').replace('# Outage', '# Stale feature-flag configuration served for six hours') },
  { name: 'round 37: services: tools that could not be reached, the sentence wrapped after the particle', text: withServices('社内 Wiki・勤怠システムの 2 つのツールに\nアクセスできなくなりました。').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 37: a length after a comma, with its total said; 最大 … 続きました', text: withDuration('The problem started at 14:20 UTC and was fully resolved at 16:05 UTC, 1 h 45 min in total.\n\n荷物を取り出せない状態が最大 5 時間 10 分続きました。') },
  { name: 'round 37: services: What was exposed; tools that could not be reached (Japanese)', text: withServices('## What was exposed\n\nOne API key for the prod-otp sub-account at our SMS provider.\n\n社内 Wiki・勤怠システムの 2 つのツールにアクセスできなくなりました。').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 36: services: a product search that returned errors; in Korean, the service itself worked, with words between', text: withServices('Product search on Trailmap (web and apps) returned errors.\n\n서비스 자체는 로그 저장과 무관하게 정상 동작했다.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 36: a Japanese length after the time something was not shown', text: withDuration('画像が表示されなかった時間は 1 時間 5 分です。') },
  { name: 'round 36: an outage map (정전 지도) is no power outage: no servers are asked for', text: FULL.replace('# Outage', '# 태풍 중 정전 지도 복구 예정 시각 오표시').replace('## Servers restored\n\nN/A: no servers were involved.\n\n', '') },
  { name: 'round 34: an Analysis heading and a Korean What changed heading hold the cause', text: withCauseUnder('## Analysis', 'The compaction job hit a corrupted segment and filled the disk.') },
  { name: 'round 34: 무엇이 바뀌었나 as the cause', text: withCauseUnder('## 무엇이 바뀌었나', '리소스 주소가 바뀌었는데 moved 블록을 넣지 않았다.') },
  { name: 'round 34: a window then so roughly its length', text: withDuration('It ran from about 10:05 CET until our fix went out at 17:05, so roughly 7 hours.') },
  { name: 'round 34: a window of two days then its length, in Japanese and Korean', text: withDuration('2024年8月5日(月)から 8月11日(日)までの 7 日間、売上列に null が書き込まれた。\n\n8월 5일부터 8월 11일까지 7일간 기록되었다.') },
  { name: 'round 34: services: webhooks delayed, API traffic limited', text: withServices('Between 02:47 and 03:41, outbound webhooks to merchants were delayed.\n\nAll API traffic from Halloway Logistics was limited to 60 requests per minute.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 34: services in Korean: what was not hit; another user\'s data shown in a list (title)', text: withServices('대전 외 다른 도시는 영향이 없었습니다.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 34: a title that says another user\'s data was shown names what showed it', text: withServices('일부 사용자에게 검색어가 보였습니다.').replace('Customers could not pay.', 'About 2,000 customers.').replace('# Outage', '# 포스트모템: 검색 자동완성에 타 사용자의 최근 검색어 노출') },
  { name: 'round 34: a background that says it was no outage, before the section read as the summary: a near miss needs only the cause', text: '# 振り返り: アラートで当番が 40 回呼ばれた件\n\n## 背景\n\n当番が 01:12 から 06:48 までの間に 40 回呼び出されました。サービスやユーザーへの影響はありませんでした。\n\n障害ではありませんが、チームとして振り返りを行いました。\n\n## 何が起きていたか\n\nログの流入で使用率が上下した。\n\n## 原因\n\nアラートにヒステリシスがなかった。\n' },
  { name: 'round 33: a job that did not run for a length', text: withDuration('The nightly reminder job did not run for 9 days in April 2024: its last run was at 02:00 on 17 April.') },
  { name: 'round 33: a list item that is only a length and its total', text: withDuration('## When\n\n- Monday morning, before the first shift\n- About 2 h 15 min in total') },
  { name: 'round 33: labelled start and end lines without a year, in a document dated in its title', text: withDuration('## When\n\n- Started: Wed 8 May, 07:05 CET\n- Fixed: Wed 8 May, 09:20 CET').replace('# Outage', '# Outage (2024-05-08)') },
  { name: 'round 33: labelled start and end times alone', text: withDuration('## When\n\n- Started: 07:05\n- Fixed: 09:20') },
  { name: 'round 33: a window whose two ends are apart in one Japanese sentence', text: withDuration('20:10 ごろから待ち時間が伸び始め、ワーカーの分割設定を入れた 23:55 に平常へ戻った。') },
  { name: 'round 33: the same in Korean', text: withDuration('결제 실패는 18:02부터 늘다가 설정을 바꾼 21:34에 복구됐다.') },
  { name: 'round 33: user impact: a counted share of checkouts that failed, orders lost', text: withImpact('Roughly 38% of card checkouts failed during the window; we estimate 1,600 orders were lost.') },
  { name: 'round 33: user impact: people who received two payments, an impact said to be financial', text: withImpact('1,214 contractors in the UK and Ireland received two identical payments. The impact was financial and reputational.') },
  { name: 'round 33: services: a button that did not work', text: withServices('Parts of the copy were placeholder text and the "Move to cart" button did not work.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 33: services in Japanese: machines that kept restarting, jobs evicted, a screen that broke, what was not hit', text: withServices('自動チェックイン機 KIOSK-7 型の計 84 台が、起動直後に再起動を繰り返しました。\n\n複数チームのバッチジョブ(Job / CronJob)の Pod が退避され、処理がやり直しになりました。\n\nカート画面で一部のお客様のセッションが引き継がれない問題が見つかった。\n\nカジュアルマッチは影響なし。').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 33: a Korean heading that asks why we did not know is the cause', text: withCauseUnder('## 왜 몰랐나', '제휴사 공지를 받는 주소를 아무도 보지 않았다.') },
  { name: 'round 32: a length whose range starts on the next line after from', text: withDuration('Their photos sat in Processing. For roughly 23 hours, from\n10:20 UTC on 6 May until 09:35 UTC on 7 May, new photos did not reach galleries.') },
  { name: 'round 32: ended when …, about five and a half hours later', text: withDuration('The problem started when the rebuild switched the alias at 06:05 and ended when we switched the alias back at 11:32, about five and a half hours later.') },
  { name: 'round 32: services: a job that ran twice', text: withServices('Our nightly invoice-generation job ran twice.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 32: services: listings that disappeared from search', text: withServices('About 30% of listings disappeared from search results.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 32: services: a page that loaded blank', text: withServices('app.example.com loaded as a blank white page for everyone.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 32: a data exposure (sent to the wrong managers) needs no duration', text: '# Compensation summaries sent to the wrong managers\n\n## Root cause\n\nA stale mapping.\n\n## Affected services\n\n- HR mailer\n\n## User impact\n\n38 employees.\n' },
  { name: 'round 31: a sentence that ends inside emphasis, then a range opening the next', text: withDuration('**Summary in one paragraph.** From 10:52 to 12:19 CET on Tuesday 9 January, product search returned zero results.') },
  { name: 'round 31: a Korean range followed by 구간', text: withDuration('배포 전 주 평균 대비, 6/24 11:00 ~ 6/26 11:40 구간:') },
  { name: 'round 31: services: requests that failed', text: withServices('Unlock requests to 212 of our 418 stations failed or timed out.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 31: services: a title that says what was corrupted', text: withServices('').replace('# Outage', '# Patch 2.4.1 corrupted save files on PC').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 31: services: a Korean data incident whose service kept working', text: withServices('서비스 자체는 정상 동작했고 고객 거래에는 영향이 없었다.').replace('Customers could not pay.', 'About 2,000 customers.') },
  { name: 'round 30: a period label, a weekday and a range of dates', text: withDuration('**Period:** Monday 3 June 2024 to Monday 17 June 2024') },
  { name: 'round 30: a range whose ends carry a US zone in two letters (PT)', text: withDuration('- 기간: 2024년 4월 1일 00:00 PT ~ 4월 10일 11:20 PT, 9일간') },
  { name: 'round 30: Japanese: 影響期間は before a length', text: withDuration('影響期間は約 63 時間です。') },
  { name: 'round 30: Korean headings: what went wrong is the cause without a what-went-well beside it; what users saw is the impact', text: '# 백업 실패\n\n## 무엇이 잘못되었나\n\n업로드가 403으로 실패했습니다.\n\n## 장애 시간\n\n3주\n\n## 영향 받은 서비스\n\n- 백업\n\n## 복구된 서버\n\n해당 없음\n\n## 사용자에게 보인 것\n\n검색 결과가 비어 있었습니다.\n' },
  { name: 'round 29: a duration for up to about N hours in a sentence of what users could not do', text: withDuration('So affected users could not open the app for up to about 50 hours, unless they reinstalled.') },
  { name: 'round 29: a length after a colon that ends a wrapped line', text: withDuration('We count the\nincident from 18:10 PT Thursday, when queue times stopped behaving as designed, to 00:45 PT Friday:\nabout 6 hours 35 minutes.') },
  { name: 'round 29: Japanese: wrong figures shown from one time to another', text: withDuration('誤った数値は 11月4日 03:40 から 14:30 まで表示されていた。') },
  { name: 'round 29: services: a service that became the bottleneck', text: withServices('Instead, the queue service itself became the bottleneck.') },
  { name: 'round 29: services: what customers could not do names the function', text: withServices('Customers couldn\'t stay logged in, and baskets were emptied.') },
  { name: 'round 29: services: a Japanese payment that could not be taken', text: withServices('関東エリア 312 店舗の POS レジでクレジットカード・電子マネー決済が不可となった。') },
  { name: 'round 29: services: a Korean batch that did not run', text: withServices('구매 포인트 적립 배치가 실행되지 않아 포인트가 적립되지 않았다.') },
  { name: 'round 29: headings: 왜 이렇게 됐나 is the cause, 影響を受けたもの the affected services', text: '# 장애\n\n## 왜 이렇게 됐나\n\n대기열 서버가 과부하로 무너졌습니다.\n\n## 장애 시간\n\n2시간\n\n## 영향 받은 서비스\n\n- 로그인\n\n## 복구된 서버\n\n해당 없음\n\n## 사용자 영향\n\n로그인 실패.\n\n## 影響を受けたもの\n\n- 経営ダッシュボード\n' },
  { name: 'labelled corpus (a validator operator\'s notes): a counted consequence is the impact, and the length the sentence points back to is the duration (nodes with offline events make it an infrastructure incident: the nodes back in operation are the servers restored)', text: '# Postmortems\n\n### 1. Incident on the COCO and MOMO nodes resulting on two offline events in each node.\n\n## Cause\n\nA database migration that failed on the new version.\n\n## Steps\n\n1. By the end of these 2-3 hours journey both of my nodes already had 2 offline events each.\n2. After a few more minutes both nodes were fully operational with visible events and authored blocks.\n' },
  { name: 'round 28: titles that say a named thing returned 503s, or a cluster split-brain', text: FULL.replace('# Outage', '# Checkout 503s after API gateway config push').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 28: a Korean title of a split-brain and index damage names the cluster', text: '# 상품 검색 클러스터 스플릿 브레인 및 인덱스 손상\n\n## 원인\n\n네트워크 분할.\n\n## 장애 시간\n\n2시간\n\n## 사용자 영향\n\n검색 결과가 틀렸다.\n' },
  { name: 'round 28: evening (저녁) gives the afternoon clock of a window', text: '# 포인트 적립 장애\n\n장애는 10월 2일 오후 1시 30분부터 저녁 7시 10분까지 이어졌다.\n\n## 원인\n\n큐 적체.\n\n## 영향 받은 서비스\n\n- 멤버십 포인트\n\n## 사용자 영향\n\n포인트가 늦게 쌓였다.\n' },
  { name: 'round 60: started_at and ended_at in the front matter give the window; systems: lists what was hit', text: '---\nstarted_at: 2026-02-17T09:12:00Z\nended_at: 2026-02-17T15:48:00Z\nsystems: [hot-wallet-signer, withdrawal-dispatcher]\n---\n\n' + FULL.replace('## Duration\n\n45 minutes\n\n', '').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 27: incident_start and incident_end in the front matter give the window', text: '---\nincident_start: 2024-08-06T09:15Z\nincident_end: 2024-08-08T14:40Z\n---\n\n' + FULL.replace('## Duration\n\n45 minutes\n\n', '') },
  { name: 'round 27: a title that says a named thing dropped or regressed names it', text: FULL.replace('# Outage', '# Search click-through drop after ranker v12 rollout').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 27: a sentence that gives the window, then its length after a colon', text: withDuration('## Overview\n\nThe problem lasted from 08:12 UTC, when signing switched to the new selector, until 13:47 UTC, when we switched back: 5 hours 35 minutes.') },
  { name: 'round 27: searches that returned nothing are the users\' impact', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## Notes\n\nWe counted roughly 412,000 searches that returned nothing.\n') },
  { name: 'round 27: a Japanese title that says a notice never arrived names what sent it', text: '# 経費精算の承認依頼通知が届かなかった件\n\n## 原因\n\n設定ミス。\n\n## 障害時間\n\n2時間\n\n## ユーザーへの影響\n\n承認が遅れた。\n' },
  { name: 'round 26: a title that says data of a named system was lost (消失, 누락) names the system', text: '# 勤怠システム「タイムレコ」打刻データ消失について\n\n## 原因\n\n設定ミス。\n\n## 障害時間\n\n45分\n\n## ユーザーへの影響\n\n打刻の一部が保存されなかった。\n' },
  { name: 'every field in a section', text: FULL },
  { name: 'front matter keys', text: '---\ncause: A bad flag.\nduration: 45m\nservices: [checkout]\nservers: {restored: 3, total: 3}\nuser_impact: Customers could not pay.\n---\n\n# Outage\n' },
  { name: 'labelled lines', text: '# Outage\n\n**Root cause:** A bad flag.<br>**Duration:** 45 min<br>**Affected services:** checkout<br>**Servers restored:** N/A: none involved<br>**Impact:** Customers could not pay.\n' },
  { name: 'a metadata table', text: '# Outage\n\n| Field | Value |\n| --- | --- |\n| Cause | A bad flag. |\n| Duration | 45 min |\n| Affected services | checkout |\n| Servers restored | N/A: none involved |\n| Impact | Customers could not pay. |\n' },
  { name: 'duration from started and resolved', text: FULL.replace('## Duration\n\n45 minutes\n\n', '').replace('# Outage', '---\nstarted: 2022-10-15T15:19+09:00\nresolved: 2022-10-16T01:30+09:00\n---\n\n# Outage') },
  { name: 'Korean headings', text: '# 장애\n\n## 원인\n\n전원 장애.\n\n## 장애 시간\n\n4시간 10분\n\n## 영향 받은 서비스\n\n- 카카오톡\n\n## 복구된 서버\n\n32,000대 중 12,000대\n\n## 사용자 영향\n\n메시지를 보낼 수 없었다.\n' },
  { name: 'a shorter list for the kind', text: '# Outage\n\n## Root cause\n\nA bad flag.\n', config: ONLY_CAUSE },
  { name: 'servers restored is not asked of an outage', text: FULL.replace('## Servers restored\n\nN/A: no servers were involved.\n\n', '') },
  {
    name: 'every fact stated in prose',
    text: '# Checkout outage\n\nOn March 3 the checkout service was down for about 35 minutes. The root cause was an expired certificate. Customers could not pay.\n',
  },
  {
    name: 'the incident window as a time range in a sentence that says what failed',
    text: '# Storage outage\n\nOn September 3rd, between 08:12 and 10:55 CEST, customers were unable to upload objects. The root cause was a certificate issued for the wrong host.\n\n## Affected services\n\n- object storage\n\n## Impact\n\nAbout 2,100 customers saw failed requests.\n',
  },
  {
    name: 'a Japanese window: a range under a date heading, and one with から…まで in the summary',
    text: '# 障害報告書\n\n## 概要\n\n2025年6月12日 10時05分から11時20分まで、決済APIの応答が遅延しました。\n\n## 原因\n\nインデックス再構築ジョブが日中に実行されたため。\n\n## 影響を受けたサービス\n\n- 決済API\n\n## 影響\n\n約1,200件の決済が失敗しました。\n',
  },
  {
    name: 'a range that is the whole paragraph',
    text: '# 障害報告書\n\n## 発生日時\n\n2025年6月12日 10:05 〜 11:20（JST）\n\n## 原因\n\nインデックス再構築ジョブが日中に実行されたため。\n\n## 影響を受けたサービス\n\n- 決済API\n\n## 影響\n\n約1,200件の決済が失敗しました。\n',
  },
  {
    name: 'user impact said as what happened to the customers\' deliveries',
    text: '# Webhook delays\n\nOn March 12th, between 1:40 PM and 3:55 PM Pacific Time, webhook deliveries for about a third of our customers were delayed by up to 2 hours.\n\n## Root cause\n\nA slow endpoint held every worker.\n\n## Affected services\n\n- webhooks\n',
  },
  {
    name: 'one host\'s hardware failure, taken over by a replica, does not make servers restored apply',
    text: '# Orders database failover\n\n## Root cause\n\nA hardware failure of the primary database host; a replica was promoted.\n\n## Duration\n\n72 minutes\n\n## Affected services\n\n- orders\n\n## User impact\n\nCustomers could not place orders.\n\n---\n\n# 注文DBのフェイルオーバー\n\n直接の引き金はプライマリのハードウェア障害で、レプリカを昇格させた。\n',
  },
  {
    name: 'a length after a label that names the incident',
    text: '# Chain halt\n\n## Root cause\n\nA consensus bug in v2.3.\n\n## Affected services\n\n- block production\n\n## Impact\n\nUsers could not send transactions.\n\nTotal halt: about 3 hours 55 minutes.\n',
  },
  {
    name: 'the window after When:, and users said to be hit',
    text: '# Login loop\n\n- **When:** 2025-03-18, roughly 10:15 to 16:40 CET\n\n## Root cause\n\nA token migration skipped old keys.\n\n## Affected services\n\n- mobile app\n\nWe cannot say how many people were hit.\n',
  },
  {
    name: 'a near miss said in the title and labels on one line split by middle dots',
    text: '# Refund migration near miss\n\n**Date:** 2025-06-04 · **Impact:** none (caught in staging) · **Author:** Lena O.\n\n## Root cause\n\nA migration dropped a column still read by refunds.\n',
  },
  {
    name: 'Japanese: a cause found in the timeline, and people described by what they could not do',
    text: '# 勤怠システム障害\n\n3/14(木) 8:35から9:40まで勤怠APIが応答せず、打刻できなかった社員（約1,050名）は後から申請で修正が必要になった。\n\n## 経過\n\n- 9:20 パッチ適用時にCA証明書が外れていたことが判明\n\n## 影響を受けたサービス\n\n- 勤怠API\n',
  },
  {
    name: 'Japanese: a product named in brackets next to what failed in it, and failed orders counted',
    text: '# 障害のご報告\n\n2024年9月3日 9:12 ～ 10:47、「カゾエル」において画面が表示されない障害が発生しました。確定に失敗した注文は約 8,700 件でした。\n\n## 原因\n\nDB の接続数上限への到達。\n\n「カゾエル」の接続設定を見直しました。\n',
  },
  { name: 'the duration from a length followed by what was missing', text: withDuration('No runner picked up jobs. That\'s roughly three and a half hours with no CI.') },
  { name: 'the duration from a sentence that sums up the window in words', text: withDuration('From about 7:30 on Friday evening until 1:10 on Saturday afternoon the app could not save anything. That\'s about seventeen and a half hours, and it included the whole distribution.') },
  { name: 'Korean: the scope of the impact named as systems gives the affected services', text: '# 이벤트 유실\n\n## 원인\n\n보존 설정 실수.\n\n## 영향\n\n- 기간: 02:00~08:00 KST, 6시간\n- 영향 범위: DW의 `fact_orders` 테이블과 일간 매출 대시보드, 정산 예측 리포트\n- 고객 영향: 없음\n' },
  { name: 'Japanese: the scope of the impact named as systems gives the affected services', text: '# イベント欠落\n\n## 原因\n\n保持期間の設定ミス。\n\n## 影響\n\n- 期間: 02:00〜08:00 JST（6時間）\n- 影響範囲: 売上ダッシュボードと精算レポート\n- お客様への影響: なし\n' },
  { name: 'a money incident that says nothing went down states its duration as none', text: withDuration('## Summary\n\nSellers were charged the wrong fee on October payouts. There was no downtime and buyers saw nothing.') },
  { name: 'Japanese: a money incident that says the site never stopped', text: withDuration('## 概要\n\n10月分の精算で手数料を誤って計算しました。サイトの停止やお客様への影響はありません。') },
  { name: 'Korean: a money incident that says the service never stopped', text: withDuration('## 요약\n\n10월 정산에서 수수료가 잘못 계산되었습니다. 서비스 중단은 없었습니다.') },
  { name: 'Japanese: a product by its Latin name with a note in parentheses, then its delay', text: withServices('## 概要\n\n決済代行会社からの Webhook(決済完了通知)の処理が遅延した。') },
  { name: 'Korean: a cost incident: its length in days, and no outage or slowdown said plainly', text: withDuration('## 요약\n\n5월 3일(금) 오후부터 5월 14일(화) 오전까지 약 11일 동안 NAT Gateway 요금이 평소의 16배로 뛰었습니다.') },
  { name: 'Korean: neither an outage nor a slowdown', text: withDuration('## 요약\n\n정산 수수료가 잘못 계산되었습니다. 서비스 장애나 성능 저하는 없었습니다.') },
  { name: 'round 13: the cause told as a mechanism (…, so … could no longer …) under What happened', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', '## What happened\n\nThe new firmware moved the sync to a new endpoint. Our firewall only allows a fixed list of addresses, so after the update the controllers could no longer sync.\n\n') },
  { name: 'round 13: an expiry incident: what expired is the cause', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', '## What happened\n\nAt 06:00 UTC the TLS certificate for `static.example.com` expired and browsers refused the assets.\n\n') },
  { name: 'round 13: the title says what stopped working', text: withServices('## Summary\n\nNo new tickets were created from email for five hours.').replace('# Outage', '# Post-incident review: Support desk stopped receiving emailed tickets') },
  { name: 'Japanese: a title of one compound names what was delayed', text: withServices('## 要約\n\niOS 向けの通知が遅れて届く状態になりました。').replace('# Outage', '# プッシュ通知の配信遅延(2025-10-08)') },
  { name: 'round 14: a How it happened section is the cause', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', '## 3. How it happened\n\nTwo reasonable changes combined into one that nobody reviewed.\n\n') },
  { name: 'round 14: a title that says what bounced', text: withServices('## Impact detail\n\nMail to staff was delayed.').replace('# Outage', '# Inbound email bounced after DNS provider migration') },
  { name: 'round 14: Korean: episodes summed up (합계 약 45분), and a length before what stopped (4시간 10분 동안 멈춰)', text: withDuration('## 요약\n\n| # | 시작 | 지속 |\n|---|---|---|\n| 1 | 10:02 | 6분 |\n\n합계 약 45분. 모두 알림이 울렸습니다.') },
  { name: 'round 14: Korean: a length before what stopped', text: withDuration('## 요약\n\nWMS가 4시간 10분 동안 멈춰 출고가 밀렸습니다.') },
  { name: 'round 14: a window given by its two labelled ends', text: withDuration('**Started**: 2024-08-20 02:00 UTC<br>\n**Detected**: 2024-08-20 09:12 UTC<br>\n**Resolved**: 2024-08-21 17:30 UTC') },
  { name: 'round 14: Japanese: 発生日時 and 影響終了 (with a note) as the two ends', text: withDuration('**発生日時**: 2024-08-20 02:00 頃（JST）  \n**検知**: 2024-08-20 09:12  \n**影響終了（補正完了）**: 2024-08-21 17:30') },
  { name: 'round 14: Japanese: a title that says what was posted by mistake, and a paragraph that opens on the impact', text: FULL.replace('# Outage', '# 【振り返り】リリース通知ボットが #general に誤投稿した件').replace('## Affected services\n\n- checkout\n\n', '').replace('## User impact\n\nCustomers could not pay.\n', '## 経緯\n\n影響について。この間に届くはずだったメールは 3,000 通ほどです。\n') },
  { name: 'round 15: an alert that did fire at a time is no fire at a site (no servers asked for)', text: FULL.replace('## Servers restored\n\nN/A: no servers were involved.\n\n', '## Detection\n\nThe alert did fire at 19:05, but it routed to a channel being migrated.\n\n') },
  { name: 'round 15: Korean titles that say what was not sent or was paid twice', text: withServices('## 요약\n\n알림톡이 나가지 않았습니다.').replace('# Outage', '# 진료 예약 알림톡 미발송') },
  { name: 'round 15: Korean: a batch run twice paid points twice', text: withServices('## 요약\n\n포인트가 두 번 적립되었습니다.').replace('# Outage', '# 야간 적립 배치 중복 실행으로 포인트 이중 지급') },
  { name: 'round 15: jobs that disappeared for roughly nine hours', text: withDuration('## Summary\n\nQueued jobs disappeared from the queue for roughly nine hours.') },
  { name: 'round 15: a cost incident: about nine days passed', text: withDuration('## Summary\n\nFrom the moment the flag was set to the moment it was removed, about nine days passed.') },
  { name: 'round 15: Japanese: a window of a double charge, and a length before it was stopped', text: withDuration('## 概要\n\n2024年12月2日（月）20:14 から 21:03 までの間、同じ注文の代金が 2 回請求されました。') },
  { name: 'round 15: Japanese: stopped in about fifty minutes', text: withDuration('## 所感\n\n経理担当の方が気づいてくださったおかげで、約50分で止めることができました。') },
  { name: 'round 16: impact under What users and couriers saw', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## What users and couriers saw\n\nThe tracking map froze for 4,870 orders.\n') },
  { name: 'round 16: impact under What it looked like from the outside', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## What it looked like from the outside\n\nVisitors got a browser interstitial.\n') },
  { name: 'round 16: systems named in bold, then what went wrong', text: withServices('## Impact\n\n- **Finance reconciliation** (`fin_recon_daily`) failed on 17, 18 and 19 September.\n- **Revenue dashboard** showed stale numbers for 2.5 days.') },
  { name: 'round 16: Korean: campaign pushes sent twice', text: withServices('## 요약\n\n영향: 14:00~14:08 (8분) 캠페인 푸시 중복 발송. 다른 푸시는 영향 없음.') },
  { name: 'round 16: Japanese: an API whose responses got slower', text: withServices('## 概要\n\n商品検索 API のレスポンスが平均 0.3秒 → 8秒 に悪化。カート・決済は影響なし。') },
  { name: 'round 16: Japanese: at most two and a half days in a state that went on', text: withDuration('## 概要\n\n会員様から見ると、最長で約2日半、買い物をしたのにポイントが増えない状態が続きました。') },
  { name: 'round 17: one business day late', text: withDuration('## Summary\n\n1,318 employees received their net salary one business day late.') },
  { name: 'round 17: Japanese: a day late (1日遅れ), and a length that went on (約3時間にわたって続きました)', text: withDuration('## 概要\n\n給与が1日遅れの着金となりました。14:10 の設定反映から 17:05 の修正反映まで、約3時間にわたって続きました。') },
  { name: 'round 17: until a time, about 50 hours later', text: withDuration('## Summary\n\nThe mirror served old docs until Thursday 16 January at 12:10 UTC, about 50 hours later.') },
  { name: 'round 17: a length in apposition closing a sentence about the incident', text: withDuration('## Impact\n\nSearch freshness was degraded from Day 1 09:00 to Day 3 10:15, about 49 hours.') },
  { name: 'round 17: Korean: a section headed 왜 is the cause', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', '## 왜\n\n예약 발송 스케줄러에 분산 락이 없었음.\n\n') },
  { name: 'round 17: Japanese: a title that says what was sent twice, and what users met in numbers', text: FULL.replace('# Outage', '# 振り返り: プッシュ通知の二重送信').replace('## Affected services\n\n- checkout\n\n', '').replace('## User impact\n\nCustomers could not pay.\n', '## 起きたこと\n\n商品画像の大半が表示されない状態が 52 分間続きました。出店者の方からの問い合わせも 88 件ありました。\n') },
  { name: 'round 20: nobody could …, and an impact said to be only internal', text: FULL.replace('Customers could not pay.', 'From 2:10pm to 5:25pm nobody could create or send invoices.') },
  { name: 'round 20: no running service was affected', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## Summary\n\nNo running service was affected; the impact was entirely on our ability to change things.\n') },
  { name: 'round 20: Japanese: players caused great inconvenience, in a notice', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', 'プレイヤーの皆様には、多大なるご迷惑をおかけしましたことを深くお詫び申し上げます。\n') },
  { name: 'round 20: Korean: an exposure scope section in a security report', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## 3. 노출 범위\n\n공개 상태였던 파일은 42개입니다.\n') },
  { name: 'round 20: Korean: no server could be reached', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 개요\n\n점검 연장으로 전 서버 접속이 불가능했습니다.\n\n') },
  { name: 'round 20: What went wrong with no What went well beside it says what broke', text: FULL.replace('## Root cause\n\nA bad flag.', '## What went wrong\n\nOur plan limits us to 25 database connections; once used up, requests timed out.') },
  { name: 'round 21: a title that says emails were sent twice names the thing that broke', text: FULL.replace('# Outage', '# Postmortem — Renewal reminder emails sent twice').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 21: something people use broke, and support contacts counted', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## What happened\n\n- Sorting and price filters broke on all category pages\n- Support contacts: 96\n') },
  { name: 'round 21: Japanese: a system named in 「」 with access piling up, and an app in parentheses nobody could log in to', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 概要\n\n履修登録システム「CampusReg」へのアクセスが集中し、502 が返る状態が続いた。\n\n') },
  { name: 'round 21: Japanese: an app named in parentheses that nobody could log in to', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 概要\n\n社内の勤怠アプリ(「キンタイくん」)に、ほとんどの人がログインできませんでした。\n\n') },
  { name: 'round 21: Japanese: personal data mailed to the wrong people is a privacy incident, which asks no duration', text: '# 紙請求書の宛名・明細の取り違え\n\n重大度: 高(個人情報の誤送付を含むため)\n\n## 原因\n\n封入機の設定誤り。\n\n## 影響範囲\n\nお客様 3,412 名に他のお客様の明細が届いた。\n\n## 影響を受けたサービス\n\n- 請求書発送\n' },
  { name: 'round 22: doses given late and no patient harm found (an SBAR Situation)', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## S — Situation\n\nClinical review found 38 doses given late by more than one hour. No patient harm was found.\n') },
  { name: 'round 23: a title that says wrong prices were shown names what broke', text: FULL.replace('# Outage', '# Postmortem: wrong prices shown in cart after cache key change').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 23: the jobs hit, named in Japanese and Korean', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 何が起きたのか\n\n影響を受けたジョブは crontab の 27 本のうち 11 本です。\n\n') },
  { name: 'round 23: Korean: a label for the jobs hit', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 영향\n\n영향 받은 작업: `daily_sales_agg`, `partner_settlement_export`\n\n') },
  { name: 'round 24: an effect on shoppers section, a Korean title about a mis-sent mail, a Japanese app in 「」 showing wrong balances', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '## Effect on shoppers and the business\n\nClick-through dropped from 34% to 19%.\n') },
  { name: 'round 24: Korean: a title about a mail sent to the wrong people', text: FULL.replace('# Outage', '# 마케팅 메일 오발송 사후 보고').replace('## Affected services\n\n- checkout\n\n', '') },
  { name: 'round 24: Japanese: an app named in 「」 whose screen showed amounts different from the real ones', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 概要\n\n当行アプリ「みずなみバンキング」の口座一覧画面で、残高が実際と異なる金額で表示されました。\n\n') },
  { name: 'round 24: a sentence opening with its day and a range of times', text: withDuration('## Summary\n\nOn Monday 11 November 2024, from roughly 08:10 until 12:35 Eastern time, a portion of customers were sent back to the login page.') },
  { name: 'round 24: Japanese: a range of unit-word times in a sentence that says amounts were shown wrong', text: withDuration('## 概要\n\n2024年11月6日(水)6時12分から9時48分まで、口座一覧画面で残高が実際と異なる金額で表示されました。') },
  { name: 'round 24: Japanese: the target of the impact, labelled', text: FULL.replace('## Affected services\n\n- checkout\n\n', '## 影響\n\n- 対象: 東京DCの本番環境全体(Web、API、社内管理画面)\n\n') },
  { name: 'round 25: a title about a processing backlog, and a Customers and SLAs section', text: FULL.replace('# Outage', '# Imagery processing backlog, 3–5 March 2025').replace('## Affected services\n\n- checkout\n\n', '').replace('## User impact\n\nCustomers could not pay.\n', '## Customers and SLAs\n\n27 customers had a delivery outside the SLA.\n') },
  { name: 'round 25: Korean: an FAQ question (Q. 왜 이런 일이 생겼나요?) heads the cause', text: FULL.replace('## Root cause\n\nA bad flag.', '**Q. 왜 이런 일이 생겼나요?**\n\n쿠폰 기능 배포 뒤 결제 서버가 3초 안에 응답을 받지 못했습니다.') },
  { name: 'round 19: a bold question heads its answer (learning review)', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '**How many people did this affect?**\n\nWe counted 418,000 searches that returned nothing.\n') },
  { name: 'round 19: a sentence that opens with a range of days', text: withDuration('## What people saw\n\nFrom Tuesday 6 February until Friday 9 February, the revenue figures were too high.') },
  { name: 'round 18: paged between two times, and a window of about 78 minutes', text: withDuration('## TL;DR\n\nThe on-call was paged 412 times between 23:06 and 06:14.\n\nCustomer-visible effects happened during a window of about 78 minutes.') },
  { name: 'round 18: a terse title that says what blew up, and Cust impact', text: FULL.replace('# Outage', '# PM: geo-api p99 blowup').replace('## Affected services\n\n- checkout\n\n', '').replace('## User impact\n\nCustomers could not pay.\n', '## tl;dr\n\nCust impact limited to slow store-locator lookups on web.\n') },
  { name: 'round 18: Japanese: a title that says what got worse', text: withServices('## TL;DR\n\np99 が 180ms から 2.4s に。').replace('# Outage', '# [SRE内部] search-api p99 悪化 メモ') },
  { name: 'round 18: metrics lost make a data-loss incident, which asks no duration', text: '# Two hours of metrics lost after a compaction failure\n\n## Root cause\n\nThe compactor ran out of memory, and metrics were lost.\n\n## Affected services\n\n- metrics store\n\n## User impact\n\nDashboards showed a gap.\n' },
  { name: 'the duration from a length followed by late', text: withDuration('The weekly reports went out about 6 hours late.') },
  { name: 'the duration from a length that opens a Korean sentence about the failure', text: withDuration('약 한 시간 남짓 홈 추천이 제 역할을 못 한 셈입니다.') },
  { name: 'the duration from a range after 발생 시간', text: withDuration('- **발생 시간**: 2024년 11월 11일 오전 10시 00분 ~ 오전 11시 25분') },
  { name: 'a Korean chat post: a bold first line as its title, labels in single emphasis', text: ':rotating_light: *[장애 공유] 푸시 발송 서버 OOM → 마케팅 푸시 지연* :white_check_mark:\n\n*언제*: 오늘(12/3) 19:02 ~ 19:24, 22분\n*영향*: 마케팅 푸시 31만 건이 최대 20분 늦게 나감\n*원인*: push-sender v2.4.0의 메모리 초과\n' },
  { name: 'a Japanese chat post: a bold first line as its title, labels after bullets that are not Markdown', text: '**【障害共有】商品画像が表示されない件**\n\n• **いつ**：今日 (3/6) 13:02〜13:25 JST\n• **影響**：商品画像がほぼ全部表示されず\n• **原因**：CDN の設定変更ミス\n' },
  { name: 'Japanese: a service named in 「」 before から, a title that says what could not be done, a cause heading that asks why, and users counted after the error', text: '# iOS アプリでログインできなかった件\n\n「はこぶね商店」から送信するメールが約 3 時間遅れて届いた。エラーになったユニークユーザーが約 5 万 2 千人でした。\n\n## なぜメモリが溢れたのか\n\nキャッシュとランキングの同居が一番の問題でした。\n' },
  { name: 'labels on one line set apart by ideographic spaces', text: '# 週次レポート\n\n**発生**：11/12 16:42　**復旧**：11/12 18:50　**影響時間**：2 時間 8 分\n\n## 原因\n\nタイムアウト設定。\n\n## 影響を受けたサービス\n\n- 管理画面\n\n## 影響\n\n利用者が CSV を出力できなかった。\n' },
  { name: 'the duration from a range of times on two weekdays', text: withDuration('Between 22:30 on Monday and 06:10 on Tuesday, users received duplicate pushes because sending failed over.') },
  { name: 'the duration from a range of dates when data was stale', text: withDuration('The dashboards were stale from Thursday 17 October 2024 until Friday 18 October 2024.') },
  { name: 'a chat post titled in bold with an emoji after it', text: '**[장애 공유] 검색 자동완성 응답 없음 — 해결됨** ✅\n\n- 언제: 오늘 14:02 ~ 14:49 (47분)\n- 증상: 앱 검색창 자동완성이 안 뜸\n- 원인: 캐시 설정 오류\n' },
  { name: 'Japanese services named next to their error', text: '# 障害メモ\n\n- 発生: 12/3 02:14〜02:17 JST（約 3 分）\n- 影響: 注文 API の書き込み系が 5xx。注文できなかった利用者がいた。\n- 原因: RDS のフェイルオーバー。\n' },
  { name: 'Japanese services said not to be hit', text: '# 調査報告\n\n本件によるサービスの停止や機能への影響はありません。利用者への影響もありません。\n\n## 原因\n\n公開設定の誤り。\n\n## 障害時間\n\nなし\n' },
  { name: 'the duration from a total in bold after adding up to', text: withDuration('We counted 27 episodes, adding up to **163 minutes of degraded checkout** across the week.') },
  { name: 'the duration from the length in parentheses after a range the reader does not take', text: withDuration('- 発生: 12/3 02:14〜02:17 JST（約 3 分）') },
  { name: 'the duration from a length after a dash that restates a range, and from a full outage in minutes', text: withDuration('The leak lasted from the deploy on 4 March until the fix on 12 March — a little over eight days.\n\nService was back at 11:59 UTC — a 47-minute full outage for all customers.') },
  { name: 'user impact after a label of its effect for customers', text: FULL.replace('## User impact\n\nCustomers could not pay.\n', '**Net effect for customers:** 3,918 customers got two or more emails.\n') },
  { name: 'a cause under a bold Why over a list, and a length restated by the range after it', text: '# Retro: thumbnails broken\n\nFor 45 minutes on 21 May (14:05–14:50 CEST), listing pages showed grey boxes instead of thumbnails.\n\n**Why**\n- Test fixtures had baseline JPEGs only.\n\n**Impact**\n- Click-through dropped 9 %.\n\n## Affected services\n\n- thumbd\n' },
  { name: 'a drill that says no service was hit', text: '# DR 훈련 결과\n\n**실서비스 영향은 없었다.** 고객 트래픽은 주 센터에 그대로 두었다.\n\n## 원인\n\n복제 설정 누락.\n\n## 영향\n\n없음.\n\n## 장애 시간\n\n없음\n' },
  { name: 'headings named by meaning', text: '# Outage\n\n## Why it broke\n\nA bad flag.\n\n## How long\n\n45 minutes\n\n## What was affected\n\n- checkout\n\n## Customer experience\n\nPayments failed.\n' },
  { name: 'the duration read off the timeline', text: '# Outage\n\n## Root cause\n\nA bad flag.\n\n## Affected services\n\n- checkout\n\n## User impact\n\nCustomers could not pay.\n\n## Timeline (UTC)\n\n- 14:05 Checkout errors start.\n- 14:20 Flag rolled back.\n- 14:40 Resolved.\n' },
  { name: 'a security incident needs no duration', text: '---\ntype: postmortem\nkind: security\n---\n\n# Leaked token\n\n## Root cause\n\nA token was committed.\n\n## Affected services\n\n- CI\n\n## User impact\n\nNo customer data was exposed.\n' },
  { name: 'round 9: a range with nobody able to sign in, logged out of the web app, users of you who saw edits disappear', text: '# SSO outage\n\nFrom 08:05 to 11:30 Pacific time on Wednesday 12 February, nobody at Quillstone could sign in to anything that uses single sign-on. Users were logged out of the web app. Some of you saw edits from the morning disappear from one device. The cause was an expired certificate.\n' },
  { name: 'round 9: a cost incident that says no service went down', text: '# Warehouse cost spike\n\nBetween 26 and 28 June our warehouse bill grew by $41,870 because a model re-scanned the events table for 45 hours. The cause was a broken incremental filter.\n\nThere was no downtime and no data loss. About 30 analysts saw dashboards refresh late.\n' },
  { name: 'round 9: Korean and Japanese notices that name their product in the greeting and apologise to its players', text: '# [공지] 정기 점검 연장 안내\n\n안녕하세요, 에테르 크로니클 운영팀입니다.\n\n점검이 예고된 시간보다 길어져 모험가 여러분께 큰 불편을 드렸습니다.\n\n- 실제: 06:00 ~ 13:30 (7시간 30분)\n\n## 원인\n\n마이그레이션 시간이 예상보다 길었습니다.\n' },
  { name: 'round 9: a Japanese notice that names its product in the greeting', text: '# 【お詫び】定期メンテナンス延長について\n\nいつも『星詠みのアルカディア』をお楽しみいただき、誠にありがとうございます。\n\n予定より 5 時間 40 分長くゲームをご利用いただけない状態となりました。\n\n- 実績: 2024年3月12日(火) 10:00〜20:40\n- 延長時間: 5 時間 40 分\n\n## 延長の原因\n\nデータベースの構造変更に時間がかかりました。\n' },
  { name: 'round 9: a shop whose page showed another customer\'s data', text: '# CDN キャッシュ設定の誤り\n\n5月21日 14:06〜14:20 JST の 14 分間、通販サイト「くらしのマルシェ」のマイページで、ログインしているお客様に別のお客様の情報が表示されることがありました。\n\n## 原因\n\nキャッシュルールの誤りです。\n\n## 影響\n\n213 名のお客様の情報が表示された可能性があります。\n' },
  { name: 'round 10: a cause under What went wrong and why, customers who still show a payment pending, a span after までの, a problem period in Korean', text: '# Webhook certificate expiry\n\nFrom 09:10 to 10:40 UTC the payments webhook was down. ~140 customers who paid this morning still show "payment pending" in the app.\n\n## 3. What went wrong, and why\n\nThe certificate expired.\n' },
  { name: 'round 10: a Japanese cost incident with a span until a date, and a Korean problem period', text: '# クラウド費用の急増\n\n5月8日から5月17日までの10日間、データ転送料金が通常の約8倍に膨らみました。サービスへの影響はありません。\n\n## 原因\n\nログ設定の変更です。\n\n## 影響\n\n費用のみ。\n' },
  { name: 'round 11: a bold label closed by a period, what was hit and that no real harm was done in Japanese, a stop length after a comma', text: '# Address validation key expired\n\nFrom 10:05 to 11:40 UTC checkout address validation was down. The cause was an expired API key.\n\n**Impact.** About 3,200 checkouts used manual entry.\n' },
  { name: 'round 11: Japanese readings of what was hit, how long it stopped and that no real harm was done', text: '# 会議室予約ボットの停止\n\n止まっていた時間は、だいたい 28 時間半です。影響を受けたのは予約ボットのみです。実害はほぼなかった。\n\n## 原因\n\n設定ミス。\n' },
  { name: 'round 11: Korean readings of an API that returned 5xx and an app that went down', text: '# 결제 API 5xx 급증\n\n결제 승인 API(`payment-gateway`)의 5xx 응답 비율이 최대 38%까지 올라갔습니다. 투표 앱이 약 25분간 먹통이었습니다.\n\n## 원인\n\n노드 업그레이드.\n\n## 영향\n\n결제 실패 1,200건.\n' },
  { name: 'round 12: Korean readings (a service impact label, could not use for a length, images that showed late, services that never stopped)', text: '# CDN 퍼지 실수\n\n장애는 10월 16일 15시 40분경 시작되었다. 약 9시간 40분 동안 서버를 정상적으로 쓸 수 없었다. 상품 이미지가 늦게 뜨거나 회색 자리표시로 보였다.\n\n- 서비스 영향: 없음\n\n## 원인\n\n퍼지 범위 설정 실수.\n' },
  { name: 'round 12: photos that showed as grey boxes, a money incident where services never stopped', text: '# Broken listing images\n\nFrom 09:10 to 11:40 UTC image loading failed: photos on one in eleven listing pages showed as grey boxes. The cause was a CDN rule.\n\n## Affected services\n\n- listing pages\n' },
  { name: 'round 12: users locked out for a length', text: '# SSO extension broke login\n\nMost users were locked out for about 8 hours. The cause was an extension update.\n\n## Affected services\n\n- login\n\n## User impact\n\nUsers could not sign in.\n' },
  { name: 'a document in a language no pack reads', text: '# 数据库故障\n\n数据库在高峰期出现故障，服务中断了一段时间，我们正在调查原因并修复问题。\n' },
  { name: 'round 25: a key/value table whose service row is keyed by the bare word for services', text: '# 이미지 404\n\n| 항목 | 값 |\n|---|---|\n| 서비스 | 쇼핑몰 웹, 앱 |\n| 발생 | 2024-07-12 10:18 KST |\n| 영향 시간 | 44분 |\n| 사용자 영향 | 상품 이미지가 보이지 않았다 |\n| 원인 | CDN 경로 재작성 규칙 오류 |\n' },
  { name: 'round 25: front matter keys in the document\'s language are read as labels', text: '---\n제목: 분석 이벤트 누락\n영향기간: 2024-09-02 ~ 2024-09-09\n---\n\n# 분석 이벤트 누락\n\n## 원인\n\nSDK 버그.\n\n## 영향 받은 서비스\n\n- 안드로이드 앱\n\n## 사용자 영향\n\n이벤트의 20%가 수집되지 않았다.\n' },
  { name: 'round 25: the same under an empty header', text: '# 파트너 API 오차단\n\n| | |\n|---|---|\n| 서비스 | 파트너 API |\n| 영향 시간 | 47분 |\n| 사용자 영향 | 파트너사 63곳의 요청이 거절되었다 |\n| 원인 | 레이트 리미터 설정 오류 |\n' },
];


const invalid: Array<{ name: string; text: string; lines: number[]; config?: object; messageId?: string }> = [
  { name: 'round 47: a security word the summary denies (no data exposure) makes no security case: its length is still asked', text: '# Old Android clients cannot connect\n\n**tl;dr** A cipher cleanup on the edge LB broke old Android clients; no data exposure.\n\n## Root cause\n\nA bad TLS policy.\n\n## Affected services\n\n- api\n\n## User impact\n\n41k users got errors.\n', lines: [1] },
  { name: 'round 46: a department named after a service (カスタマーサービス部) is no system of a security case', text: '# 会員情報の不正閲覧の疑い\n\n- 配布先:カスタマーサービス部\n\n## 原因\n\n権限設計の不備。\n\n## 影響\n\n会員1,284名の情報が閲覧された。\n', lines: [1] },
  { name: 'round 38: a plan for the next two weeks is no length of the incident', text: withDuration('Logins failed. We will monitor the failed logins for the next 2 weeks.'), lines: [1] },
  { name: 'round 56: What went wrong under Lessons learned is a lesson, even before What went well', text: '# Uploads lost\n\n## Lessons learned\n\n### What went wrong\n\nThe dashboard lagged.\n\n### What went well\n\nPaging worked.\n', lines: [1], config: ONLY_CAUSE },
  { name: 'round 20: What went wrong beside What went well is a lesson, not the cause', text: FULL.replace('## Root cause\n\nA bad flag.', '## What went well\n\nPaging worked.\n\n## What went wrong\n\nThe dashboard lagged.'), lines: [1] },
  { name: 'no root cause: reported on the title', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', ''), lines: [1] },
  { name: 'a time range in a sentence that says nothing failed is not the incident window', text: withDuration('## Maintenance\n\nThe weekly window runs from 02:00 to 04:00 UTC on Sundays.'), lines: [1] },
  { name: 'a length that opens a sentence but is a point in time, or a length without issues, is not the incident\'s', text: withDuration('30분 후 에러 알람이 울렸다. Thirty minutes later the errors stopped. The job ran three hours without issues.'), lines: [1] },
  { name: 'a summing-up sentence whose length is a point in time or a rate is not the window', text: withDuration('## Notes\n\nThe page fired at 02:10. That was about 20 minutes after the deploy. That is 5 minutes per retry.'), lines: [1] },
  { name: 'round 13: a consequence with so that is not a failure does not state a cause', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', '## Notes\n\nWe moved the review to Tuesday, so more people could attend.\n\n'), lines: [1] },
  { name: 'Japanese: a title that is only the failure names no service', text: '# 遅延\n\n## 原因\n\n設定ミス。\n\n## 障害時間\n\n45分\n\n## ユーザーへの影響\n\n通知が遅れて届いた。\n', lines: [1] },
  { name: 'round 14: a start alone, or an end before the start, is no window', text: withDuration('**Started**: 2024-08-20 02:00 UTC\n\n**Resolved**: 2024-08-19 17:30 UTC'), lines: [1] },
  { name: 'business hours after a label are not the incident window', text: withDuration('## Support\n\nBusiness hours: 09:00 to 17:00.'), lines: [1] },
  { name: 'a bug not caught in review is no near miss', text: '# Checkout outage\n\nThe bug was not caught in review and checkout failed.\n\n## Root cause\n\nA bad flag.\n\n## Affected services\n\n- checkout\n\n## User impact\n\nCustomers could not pay.\n', lines: [1] },
  { name: 'nothing at all: the four fields of an outage', text: '# Outage\n\nSomething broke.\n', lines: [1, 1, 1, 1] },
  { name: 'no title: reported on line 1', text: 'Something broke.\n', lines: [1], config: ONLY_CAUSE },
  { name: 'an extra required field', text: FULL, lines: [1], config: { required: ['timeline'] } },
  { name: 'a kind named in the front matter asks for its fields', text: '---\ntype: postmortem\nkind: infrastructure\n---\n\n' + FULL.replace('## Servers restored\n\nN/A: no servers were involved.\n\n', ''), lines: [6] },
  {
    name: 'an inferred kind asks less strongly',
    text: '# Data center fire\n\n## Root cause\n\nA battery fire.\n\n## Duration\n\n10 hours\n\n## Affected services\n\n- chat\n\n## User impact\n\nUsers could not send messages.\n',
    lines: [1], messageId: 'missingForKind',
  },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.config as never })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.lines.map((line) => ({ line, messageId: c.messageId ?? 'missing' })), config: c.config as never })),
})) test(t.name, t.fn);

test(`${RULE}: a document that says it is a postmortem gets errors, one found by its path gets warnings`, () => {
  const body = '# Outage\n\nSomething broke.\n';
  const declared = run(`---\ntype: postmortem\n---\n\n${body}`).findings.filter((x) => x.ruleId === RULE);
  const found = run(body).findings.filter((x) => x.ruleId === RULE);
  assert.ok(declared.length === 4 && declared.every((f) => f.severity === 'error'));
  assert.ok(found.length === 4 && found.every((f) => f.severity === 'warning'));
  const inferred = run('---\ntype: postmortem\n---\n\n# Data center fire\n\n' + FULL.slice('# Outage\n\n'.length).replace('## Servers restored\n\nN/A: no servers were involved.\n\n', '')).findings.filter((x) => x.ruleId === RULE);
  assert.deepEqual(inferred.map((f) => [f.messageId, f.severity, f.data.kind]), [['missingForKind', 'warning', 'infrastructure']]);
});

test(`${RULE}: the fix inserts the section where the recommended order puts it`, () => {
  const text = FULL.replace('## Root cause\n\nA bad flag.\n\n', '');
  const [f] = run(text).findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /Missing required field "cause"/);
  const out = applyEdits(text, fixAllEdits([f]));
  assert.ok(out.startsWith('# Outage\n\n## Root cause\n\n<!-- '), out);
  assert.ok(out.indexOf('## Root cause') < out.indexOf('## Duration'));
  assert.deepEqual(run(out).findings.filter((x) => x.ruleId === RULE), []);
});

test(`${RULE}: a Korean document gets a Korean heading`, () => {
  const text = '# 장애\n\n## 장애 시간\n\n4시간\n';
  const f = run(text, ONLY_CAUSE).findings.find((x) => x.ruleId === RULE)!;
  assert.match(f.fix!.edits[0].newText, /^## 원인/);
  assert.match(run(text, ONLY_CAUSE, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /필수 항목 "cause"/);
});

// A heading appended after a block that is never closed would be part of that block, so the
// finding comes without a fix there; once the block is closed, the fix comes back.
const openAtEnd: Array<{ name: string; text: string; closed: string }> = [
  { name: 'an unclosed fence', text: '# Outage\n\n```\ncode\n', closed: '# Outage\n\n```\ncode\n```\n' },
  { name: 'an unclosed tilde fence after CRLF', text: '# Outage\r\n\r\n~~~~\r\ncode\r\n~~~\r\n', closed: '# Outage\r\n\r\n~~~~\r\ncode\r\n~~~~\r\n' },
  { name: 'an unclosed <script>', text: '# Outage\n\n<script>\nlet x;\n', closed: '# Outage\n\n<script>\nlet x;\n</script>\n' },
  { name: 'an unclosed comment', text: '# Outage\n\n<!-- notes\n', closed: '# Outage\n\n<!-- notes -->\n' },
];

for (const c of openAtEnd) {
  test(`${RULE}: no fix when the document ends inside ${c.name}`, () => {
    const open = run(c.text, ONLY_CAUSE).findings.filter((x) => x.ruleId === RULE);
    assert.equal(open.length, 1);
    assert.equal(open[0].fix, undefined);
    const closed = run(c.closed, ONLY_CAUSE).findings.filter((x) => x.ruleId === RULE);
    assert.ok(closed[0].fix, 'the closed block gets its fix back');
    const out = applyEdits(c.closed, fixAllEdits(closed));
    assert.deepEqual(run(out, ONLY_CAUSE).findings.filter((x) => x.ruleId === RULE), []);
  });
}

test(`${RULE}: an open block in an earlier section does not stop the fix`, () => {
  const text = '# Outage\n\n## Duration\n\n45 minutes\n\n## Impact\n\n```\nlog\n';
  const f = run(text, ONLY_CAUSE).findings.find((x) => x.ruleId === RULE)!;
  assert.ok(f.fix, 'cause goes before Duration, outside the open fence');
  assert.deepEqual(run(applyEdits(text, f.fix.edits), ONLY_CAUSE).findings.filter((x) => x.ruleId === RULE), []);
});

test(`${RULE}: a post without headings is answered in the language of its text`, () => {
  const f = run('**障害まとめ：深夜の orders-prod フェイルオーバー**\n\n- 原因: RDS のフェイルオーバー。\n').findings.find((x) => x.ruleId === RULE && /duration/.test(x.message));
  assert.match(f!.message, /障害時間/);
});
