import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'blameless-language';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 76: what a team wanted, as the reason for a timing (because Crew Planning wanted the split in place)', text: '# X\n\nThe change was loaded at 21:40, because Crew Planning wanted the split in place before Tuesday.\n' },
  { name: 'round 74: a product by two capitalised words that failed, as the root cause (Root cause: Cloud Run failed to start the revision)', text: '# X\n\nRoot cause: Cloud Run failed to start the new revision.\n' },
  { name: 'round 73: how an error seemed to the people it hit (made the error look like their fault; users thought it was their fault)', text: '# Uploads rejected\n\nApplicants got a File too large message that quoted the 10 MB limit, which made the error look like their fault. Several thought it was their fault and re-scanned.\n' },
  { name: 'round 68: a safeguard\'s purpose, against closing something by mistake (관측 중 실수로 돔을 닫는 것을 막으려고); the team told to take care (We should be more careful)', text: '# X\n\n**3. 수동 폐쇄에 확인 단계가 있었다.** 관측 중 실수로 돔을 닫는 것을 막으려고 넣은 확인 대화상자가 긴급 상황에서도 떴다.\n\nWe should be more careful with manual steps; the checklist now covers it.\n' },
  { name: 'round 64: the team owning its own gap (we didn\'t bother to add an alert); a responsibility is no person (설계 책임이 … 때문에 발생)', text: '# X\n\n## What went wrong\n\nHonestly, we didn\'t bother to add an alert for it.\n\n## 원인\n\n운영 설계 책임이 불명확했기 때문에 발생했다.\n' },
  { name: 'round 63: git blame is a command, not blame (git blame says it came in with the 2023 migration)', text: '# X\n\nNobody remembered setting it; git blame says it came in with the 2023 RabbitMQ migration.\n' },
  { name: 'round 59: a thing of the team\'s as the cause is not a person (運用チームの手順書が古かった)', text: '# X\n\n直接の原因は、運用チームの手順書が古かったこと。原因は、運用チームの手順書に既定値の記載がなかったこと。\n' },
  { name: 'round 60: a responsibility left unclear is not a person (원인은 설계 책임이 불명확했던 것)', text: '# X\n\n원인은 설계 책임이 불명확했던 것이다.\n' },
  { name: 'round 54: a role named by its work (훈련 책임자가 훈련 전체를 중단)', text: '# 훈련 중 오류\n\n## 경과\n\n확인자가 실행 중지를 요청했고, 이후 훈련 책임자가 훈련 전체를 중단하고 상황을 점검했다.\n' },
  { name: 'round 52: a stern warning the company got from outside (記者クラブ … 厳重注意となった) blames no colleague', text: '# 解禁前の記事配信\n\n## 2. 影響\n\n幹事社から抗議があり、クラブ総会で扱われ、口頭での厳重注意となった。\n' },
  { name: 'round 48: a condition that dropped out by mistake names nobody (폴더 조건이 실수로 빠졌습니다)', text: '# 첨부파일 삭제\n\n정리 작업(#918)에서 이 규칙의 폴더 조건이 실수로 빠졌습니다.\n' },
  { name: 'round 48: the person who told us is no cause (We noticed because @rinaaa asked in #meta)', text: '# Bot outage\n\nWe noticed because @rinaaa asked in #meta at 13:02 "is the bot dead?".\n' },
  { name: 'round 43: a kind of event named in general (실수로 인한 삭제는 복제본에도 반영된다)', text: '# 백업 누락\n\n## 무슨 일이\n\n스탠바이 복제본이 있지만, 논리적 손상이나 실수로 인한 삭제는 복제본에도 그대로 반영된다.\n' },
  { name: 'round 41: what a support macro blames a gap on is a tool\'s text, not anyone\'s blame', text: '# Tracking lag\n\n## What went poorly\n\n- Tickets were handled with a macro that blames GPS gaps on the carrier side.\n' },
  { name: 'profit named without anyone taking it', text: '# X\n\nThe feature shipped for the partner\'s profit report; we took the window for maintenance.\n' },
  { name: 'round 38: blame put on load, not a person', text: '# X\n\nThe original write-up blamed Monday morning volume.\n' },
  { name: 'round 37: a quotation that opens on the line before, in a quoted review comment', text: '# X\n\n> **Dana:** why was it run by hand? I don\'t think the answer is "Felix\n> should have known", the staging step is not documented anywhere.\n' },
  { name: 'round 37: blame quoted to turn it down, and a heading that names blame as its topic', text: '# X\n\nReviewer: I do not think the answer is "Felix should have known", the staging step is not documented.\n\n## Note on blame\n\nThe tenant did nothing wrong.\n' },
  { name: 'round 36: a night-shift supervisor (야간 책임자) is a role', text: '# X\n\n새벽 3시쯤 고객센터 야간 책임자가 상담원들의 보고를 상황실 메신저에 올렸다.\n' },
  { name: 'round 34: a message that looks careless is no person\'s', text: '# X\n\nA duplicated promo push looks careless, and push is a channel people switch off.\n' },
  { name: 'round 33: a payment partner by its two-word name after caused by is no person', text: '# Checkout failures caused by Fennick Pay rate limit change\n\nFennick Pay, one of our payment partners, lowered the limit.\n' },
  { name: 'round 30: careless denied by nobody, on the line before', text: '# X\n\nThe gap was in verification. Nobody\non the team did anything careless; the checks looked at the wrong thing.\n' },
  { name: 'round 27: a partner firm\'s standing rule, after because, blames no one', text: '# X\n\nIt was not enrolled in our tooling because Atlas Re\nrequires certificates signed by their CA.\n' },
  { name: 'round 26: what a person should have been given is no blame, nor a tool that ran without checking', text: '# X\n\nThe alert should have paged her; she should have been woken up.\n\nThis happened because Terraform applied the plan without checking drift.\n' },
  { name: 'round 25: Korean: 책임자 as a table column header, and a blame turned down (잘못으로 보지 않습니다)', text: '# X\n\n| 결정 | 책임자 | 기한 | 상태 |\n|---|---|---|---|\n| 배치 분리 | 정산팀 | 9/30 | 진행 중 |\n\n이번 일을 특정 사람의 잘못으로 보지 않습니다.\n' },
  { name: 'round 21: Korean: the role something is reported to (개인정보보호 책임자에게 보고)', text: '# X\n\n7월 1일 개인정보보호 책임자에게 보고하고 고객 안내를 준비했다.\n' },
  { name: 'round 20: Korean: a passive 실수로 (a policy disabled by mistake) names nobody', text: '# X\n\n이미지 보존 정책이 한 프로젝트에서 실수로 비활성화된 뒤 디스크가 찼다.\n' },
  { name: 'describing the system', text: '## Root cause\n\nA config push removed the DNS records; nothing checked the diff.\n' },
  { name: 'products after because are not people', text: '# X\n\nIt failed because Cloud Run returned errors, and because Google Cloud throttled us, and because Alert Manager paged late.\n' },
  { name: 'round 13: blame denied by the verb after it', text: '# X\n\nBlame does not belong with any individual. The procedure was never written down.\n' },
  { name: 'round 15: blame put on a thing', text: '# X\n\nCheck the feed XML on our side before blaming the directory. We first blamed the CDN.\n' },
  { name: 'round 17: a form that asks whether human error was a factor', text: '# X\n\n**D3. Was human error a factor?**\n\nN/A as a cause. The people involved followed the processes they had.\n' },
  { name: 'round 18: Japanese: carelessness turned down a few words on', text: '# X\n\n変更を入れたメンバーの作業に不注意があったというより、テンプレートの展開結果を誰も見ない仕組みが問題だと考えています。\n' },
  { name: 'written without blame', text: '# X\n\nIt is written without blame; the leak came from defaults in our tooling.\n' },
  { name: 'round 11: a role named by its work, a blame rejected after it, products that failed', text: '# 장애\n\n03:08 작업 책임자 판단으로 롤백 결정.\n\n사람의 실수로 보기보다는, 도구와 절차의 문제로 판단했습니다.\n\nGoogle Cloud failed to check quotas. Alert Manager forgot to page.\n' },
  { name: 'round 12: a professor who decided not to, a company owning its mistake', text: '# 장애\n\n교수님께서 과제 채점 시 지각 감점을 적용하지 않기로 하셨고, 마감은 연장되었다.\n\n회사 실수로 생긴 일이므로 판매자에게 수수료를 부과하지 않는다.\n' },
  { name: '"blameless" is not "blame"', text: '# X\n\nThis is a blameless review, written blamelessly.\n' },
  { name: 'inside code', text: '# X\n\n```\nlog: human error detected\n```\n\nAnd `careless` in code.\n' },
  { name: 'inside an HTML comment', text: '# X\n\n<!-- Do not write "human error". -->\n' },
  { name: 'caused by a system', text: '# X\n\nThe outage was caused by Terraform, and the delay caused by DNS caching.\n' },
  { name: 'a fault on one floor', text: '# X\n\nA fault on one floor stopped the service.\n' },
  { name: 'caused by a product with a capital letter', text: '# X\n\nA connection surge caused by Django; supply minted by Luna Foundation Guard.\n' },
  { name: 'quoted or denied', text: '# X\n\nWe do not accept "human error" as a cause. The problem was not human error but a missing guard.\n' },
  { name: 'the team about itself', text: '# X\n\nWe forgot to renew the certificate, and we made a mistake in the rollout.\n' },
  { name: 'Korean: a wrong setting is about the system', text: '## 원인\n\n설정 잘못으로 DNS 레코드가 지워졌다.\n' },
  { name: 'Korean: 책임자 as the owner of an action item', text: '## 후속 조치\n\n| 조치 | 책임자 | 기한 |\n| --- | --- | --- |\n| 알림 | 인프라팀 | 2024-03-01 |\n' },
  { name: 'a slip placed in a step of the process', text: '## 원인\n\n배포 대상 선택 과정의 실수로 라이브 환경에 먼저 적용되었습니다.\n' },
  { name: 'the reframing a blameless review makes: what the system let a slip do', text: '## 원인\n\n그러나 한 사람의 실수로 고객 정보가 조회될 수 있었던 구조가 더 큰 문제였다.\n\nA single human error could take down production, and that design is the problem.\n' },
  { name: 'we as the subject of a counterfactual, and a colleague who helped find the cause', text: '# X\n\nHad we followed the runbook, we would have seen it.\n\n김민수 님의 제보로 원인을 빨리 찾았다.\n' },
  { name: 'round 57: the team owning its own gap (We should have known at 06:10)', text: '# X\n\n## What went wrong\n\nWe should have known at 06:10: the run was late and nothing told us.\n' },
  { name: 'round 58: what a product could not do is no one\'s omission (because Timescale did not allow it)', text: '# X\n\n## Root cause\n\nWe kept the old index because Timescale did not allow it to be changed online.\n' },
  { name: 'round 59: carelessness named to be set aside (記者 A 個人の不注意として扱わない)', text: '# X\n\n## 原因\n\n記者 A 個人の不注意として扱わない。同じ作業手順なら誰でも起こしうる状態だった。\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
  { name: 'round 81: a person in a role, by name first, whose doing was the cause (ネットワーク担当の佐藤 健一が、…投入したことが今回の障害の原因である)', text: '# 報告\n\nネットワーク担当の佐藤 健一が、手順書のレビューを受けずに自己判断で本番スイッチへ設定を投入したことが今回の障害の原因である。\n', at: [[3, 7, 'blaming']] },
  { name: 'round 80: a colleague by name whose mistake the incident came from (이번 장애는 모바일팀 김민재 님이 … 폐기하는 실수를 해서 발생했습니다)', text: '# 푸시 장애\n\n이번 장애는 모바일팀 김민재 님이 새 키를 배포하기 전에 기존 키를 먼저 폐기하는 실수를 해서 발생했습니다.\n', at: [[3, 13, 'blaming']] },
  { name: 'round 79: this case said to be a named member of a department who skipped a check (本件は、…システム運用部の田中健一が、…設定確認を省略したことによって発生した)', text: '# 報告\n\n本件は、パッチ適用作業を担当したシステム運用部の田中健一が、作業手順書に定められた作業後の設定確認を省略したことによって発生したものである。\n', at: [[3, 1, 'blaming']] },
  { name: 'round 76: the cause said to be a colleague by name in bold (원인은 인프라팀 **강도윤** 님이); a member of a section who forgot (原因は設備係の石田が…解除し忘れた)', text: '# X\n\n이번 장애의 원인은 인프라팀 **강도윤** 님이 동결을 확인하지 않고 교체한 것이다.\n\n原因は設備係の石田が霜取り作業後に保守モードを解除し忘れたこと。\n', at: [[3, 8, 'blaming'], [5, 1, 'blaming']] },
  { name: 'round 75: a person by name who shipped a change without a check, as the root cause (The root cause: Jonas shipped … without reading …); a person\'s habit of care by name (田村さんは普段から確認が雑); the cause said to be a person in a role with さん (根本原因は、配車担当の田村さんが)', text: '# X\n\nThe root cause: Jonas shipped the retry wrapper without reading the rate-limit docs.\n\n根本原因は、配車担当の田村さんがステータスを誤って変更したこと。田村さんは普段から確認が雑なところがある。\n', at: [[3, 5, 'blaming'], [5, 3, 'blaming'], [5, 33, 'blaming']] },
  { name: 'round 74: the cause, said to be a person by handle who ignored a check (直接の原因は、@tamura-k が … 赤いのを無視してマージし)', text: '# X\n\n直接の原因は、@tamura-k が #298 の CI が赤いのを無視してマージしたこと。\n', at: [[3, 4, 'blaming']] },
  { name: 'round 74: by role and name, what the person did not do, as the root cause (Root cause: loader Gary Finnie failed to look at his handheld)', text: '# X\n\n3.2 Root cause: loader Gary Finnie failed to look at his handheld.\n', at: [[3, 5, 'blaming']] },
  { name: 'round 74: a person by first and last name who let something happen, as the root cause (Root cause: Marco Bellini let the certificate expire.)', text: '# X\n\n## Root cause\n\nRoot cause: Marco Bellini let the certificate expire.\n', at: [[5, 1, 'blaming']] },
  { name: 'round 70: someone by role and name who forgot (指令員 佐々木 が…押し忘れた); a name\'s lack of care as this case\'s cause (佐々木の確認不足が本件の原因)', text: '# X\n\n指令員 佐々木 が配信端末の「配信確定」を押し忘れた。\n\n佐々木の確認不足が本件の原因である。\n', at: [[3, 1, 'blaming'], [5, 1, 'blaming']] },
  { name: 'round 69: what a colleague by name and title did not do, as why it happened (최정우 주무관이 … 켜지 않아서 생긴 것이다)', text: '# X\n\n- 이번 장애는 운영 담당 최정우 주무관이 전날 기상특보를 보고도 폭설 모드를 켜지 않아서 생긴 것이다.\n', at: [[3, 16, 'blaming']] },
  { name: 'round 68: a colleague by role and name who skipped a check (원격 운영자 박정민이 … 제대로 확인하지 않고)', text: '# X\n\n이번 사고는 원격 운영자 박정민이 전천 카메라 화면을 제대로 확인하지 않고 값만 믿었기 때문에 피해가 커졌다.\n', at: [[3, 11, 'blaming']] },
  { name: 'round 68: the cause, the one on duty by name (直接の原因は、当番の佐藤が …); a team\'s member who did not put it back (…山本が…無効化し、そのまま戻さなかった)', text: '# X\n\n直接の原因は、当番の佐藤が WARN 通知 12 回を見落とし、対応しなかったことである。\n\n直接の原因は、データ基盤チームの山本が性能対応で重複排除ステップを無効化し、\nそのまま戻さなかったことにある。\n', at: [[3, 4, 'blaming'], [5, 4, 'blaming']] },
  { name: 'round 68: the root cause is a person by full name, then a colon (Root cause is Marco Sella: he …); a person told to be more careful (Marco needs to be more careful)', text: '# X\n\n## Cause\n\nRoot cause is Marco Sella: he merged his own PR on a Friday afternoon.\nMarco needs to be more careful with prod configs.\n', at: [[5, 6, 'person'], [6, 1, 'blaming']] },
  { name: 'round 68: muted by a person by full name, and he never undid it (muted by Dariusz Nowak …, and he never unmuted it)', text: '# X\n\n## Root cause\n\nThe replication lag alert was muted by Dariusz Nowak for the storage maintenance, and he never unmuted it.\n', at: [[5, 37, 'person']] },
  { name: 'round 64: a colleague by name and title whose act is given as why it happened (최민재 주임이 … 진행했기 때문에 발생했다)', text: '# 게이트 장애\n\n## 원인\n\n이번 장애는 매표 시스템 담당 최민재 주임이 날짜 형식 변경을 알리지 않고 배포를 진행했기 때문에 발생했다.\n', at: [[5, 18, 'blaming']] },
  { name: 'round 64: a colleague by name who overlooked something (村田さんがレビューで…見落とし)', text: '# 転送量\n\n## 課題\n\n- 村田さんがレビューで再設定を見落とし、そのままマージしてしまった。\n', at: [[5, 3, 'blaming']] },
  { name: 'round 64: someone who did not bother, after an "instead of" that denies nothing (… instead of using the config tool and didn\'t bother to test it)', text: '# Purge\n\n## What went wrong\n\nKyle edited the retention YAML by hand instead of using the config tool and didn\'t bother to test it in staging.\n', at: [[5, 77, 'blaming']] },
  { name: 'round 57: the cause said to be a named person in a role (原因は運用担当の 佐藤 健太 が、…確認しないまま…)', text: '# TTL 設定ミス\n\n## 原因\n\n原因は運用担当の 佐藤 健太 が、TTL の値を確認しないまま本番クラスタに適用したことにある。\n', at: [[5, 1, 'blaming']] },
  { name: 'round 56: what a named person should have done, said with if (If he\'d followed the decommissioning runbook …)', text: '# X\n\n## Root cause\n\nTobias decommissioned the replica and did not drop its slot. If he\'d followed the decommissioning runbook this wouldn\'t have happened.\n', at: [[5, 62, 'blaming']] },
  { name: 'round 56: a colleague by name and title (대리가) who skipped the change review meeting (검토 회의를 거치지 않고)', text: '# DNS 장애\n\n## 원인\n\n이번 장애는 네트워크팀 김도현 대리가 변경 검토 회의를 거치지 않고 DNS 레코드를 임의로 바꿔서 발생했다.\n', at: [[5, 14, 'blaming']] },
  { name: 'round 55: a person by full name who changed and merged a config without waiting for a review, as the cause', text: '# X\n\n## Root cause\n\nTomasz Wren changed the pool size from 80 to 8 and merged it without waiting for a review, even though\nthe checklist says config changes need a second approver.\n', at: [[5, 1, 'person']] },
  { name: 'round 54: a person by full name with marked letters (Tomasz Wójcik), and one who wrote and merged the change (not one who wrote to us)', text: '# X\n\n## Root cause\n\nThe outage was caused by Tomasz Wójcik running the rebuild during the day.\n\nThe root cause was that Stefan Kruger wrote and merged the migration without a review.\n', at: [[5, 16, 'person'], [7, 5, 'person']] },
  { name: 'round 52: a stern warning given to the person who did it (担当者に厳重注意した)', text: '# 設定ミス\n\n## 対応\n\n作業した担当者に厳重注意した。\n', at: [[5, 5, 'blaming']] },
  { name: 'round 50: a colleague by name and job title who did not review, as the cause (남기현 선임이 … 검토하지 않고)', text: '# 개인정보 노출\n\n## 원인\n\n이번 사고는 인프라파트 남기현 선임이 캐시 규칙을 충분히 검토하지 않고 야간에 단독으로 배포한 것이 가장 큰 원인이다.\n', at: [[5, 14, 'blaming']] },
  { name: 'round 48: a first name whose action on their own is the cause (because Kevin merged #3311 on his own)', text: '# Search slow\n\n## Root cause\n\nThis happened because Kevin merged #3311 on his own after a reviewer asked to wait.\n', at: [[5, 15, 'person']] },
  { name: 'labelled corpus (terrarebels line 5): the damages laid at the door of those who ran it (caused by the stewardship of …, the mess they created)', text: '# Fall of Terra\n\n## Summary\n\nThe Terra Rebels work to repair the damages caused by the stewardship of TFL & LFG.\n\nThey gave up on salvaging the mess they created.\n', at: [[5, 45, 'blaming'], [7, 27, 'blaming']] },
  { name: 'round 44: a surname and a failing of theirs as the reason (田中の確認不足により)', text: '# 二重請求\n\n## 原因\n\n手動再実行したことが直接の原因である。田中の確認不足により、3回目の実行が走った。\n', at: [[5, 20, 'blaming']] },
  { name: 'round 41: a named person doing something as the root cause; two readings of one sentence give one finding', text: '# Matcher\n\n## Root cause\n\nThe root cause was Dmitri Volkov pushing the radius change without review.\n\n## 원인\n\n이번 건은 김도현 님이 접속 대상을 확인하지 않고 스크립트를 실행한 부주의가 원인이다.\n', at: [[5, 5, 'person'], [9, 39, 'blaming']] },
  {
    name: 'labelled corpus: people accused of taking money out for personal profit; lining their pockets',
    text: '# X\n\n- Dont take out million of USD for personal profit when your system is clearly illiquid.\n- The founders lined their pockets.\n',
    at: [[3, 8, 'blaming'], [4, 16, 'blaming']],
  },
  {
    name: 'round 37: a Korean official by surname and title (박 주무관이 … 확인하지 않았고)',
    text: '# X\n\n박 주무관이 설정 파일을 복사하면서 계정 이름을 확인하지 않았고, 그대로 퇴근했다.\n',
    at: [[3, 1, 'blaming']],
  },
  {
    name: 'round 36: a person by full name who ignored the emails, in a clause about them; 확인하지 않은 채 in Japanese; 님이 … 때문에 발생',
    text: '# X\n\nThe notice went to Dmitri Volkov, who ignored all four emails and did not forward them.\n\n根本的な原因は、作業を行った田村さんが、差分を十分に確認しないまま作業を進めたことです。\n\n이번 장애는 김태윤 님이 협의 없이 ALTER를 직접 실행했기 때문에 발생했습니다.\n',
    at: [[3, 20, 'person'], [5, 15, 'blaming'], [7, 8, 'blaming']],
  },
  {
    name: 'round 34: a person by full name who ran something without reading the plan',
    text: '# X\n\nMarek Novak ran the apply from his laptop without reading the plan, and that is why production went down.\n',
    at: [[3, 1, 'person']],
  },
  {
    name: 'round 33: what he should have checked, after a clause that says what was not caught; a person by first name who ignored the reminders; had he renewed',
    text: '# X\n\n- Per the ticket, Dmitri applied the upgrade, which is why this was not caught — he should have checked them first\n\nKevin ignored the reminders.\n\nHad he renewed the certificate, this would not have happened.\n',
    at: [[3, 82, 'person'], [5, 1, 'blaming'], [7, 1, 'blaming']],
  },
  {
    name: 'round 32: a named owner who ignored three reminders; a colleague whose act was the direct cause, far into the sentence',
    text: '# X\n\nDerek Hallworth, who owned the renewal, ignored three reminder emails.\n\n今回の障害は、山本さんが CHANGELOG の破壊的変更を読まずに、Renovate が作成したメジャーバージョンの更新 PR を十分な確認をしないまま承認・マージしたことが直接の原因です。\n',
    at: [[3, 1, 'person'], [5, 8, 'blaming']],
  },
  {
    name: 'round 31: by a full name, who did it without checking; Because at a sentence start; a colleague whose act that ended in させた was the cause',
    text: '# X\n\nThe rule was written by Daniel Whitmore, who added it without checking the ASN list.\n\nBecause Daniel did not follow the change process, the rule went live.\n\n佐藤さんが手順書を読まずに旧キーを失効させたことが原因です。\n',
    at: [[3, 22, 'person'], [5, 1, 'blaming'], [7, 1, 'blaming']],
  },
  {
    name: 'round 30: a person by full name who built it and did not double-check; a colleague who merged without checking; one who deployed without review',
    text: '# X\n\nThe segment was chosen by Derek Olsen, who built the campaign and did not double-check the audience.\n\nこの変更は佐藤さんが容量を確認せずにマージしたのが原因。\n\n이번 장애는 박준호 님이 검토 없이 zone 파일을 배포해서 발생했습니다.\n',
    at: [[3, 24, 'person'], [5, 6, 'blaming'], [7, 8, 'blaming']],
  },
  {
    name: 'round 29: a person\'s slowness as the reason, and a team\'s member by surname as the cause',
    text: '# X\n\nHis slowness is the main reason we missed the window.\n\n今回の障害は、インフラチームの高橋が、TTL を確認しないまま旧ゾーンを削除したことが原因です。\n',
    at: [[3, 1, 'blaming'], [5, 12, 'blaming']],
  },
  {
    name: 'round 26: a phrase wrapped over two lines of a paragraph (a list item\'s too) is read as one',
    text: '# X\n\n4. **Why?**\n   Because the on-call ignored the alert; he\n   should have looked at it.\n\nThe change was pushed by 최준혁 님이 기본값을 넣지 않고, 확인하지\n않은 채 배포했습니다.\n',
    at: [[4, 12, 'person'], [4, 43, 'person'], [7, 26, 'blaming']],
  },
  {
    name: 'round 26: what a named colleague should have done, and a first name that ran something without checking',
    text: '# X\n\nBecause Marek was on call and ignored the alert; he should have looked at it.\n\nThis happened because Kevin ran the migration at noon without checking the table size.\n',
    at: [[3, 50, 'person'], [5, 15, 'person']],
  },
  {
    name: 'round 17: a colleague by name who deployed without checking, a colleague\'s mistake, and 原因は…さんが',
    text: '# X\n\n이 변경은 박준호 님이 충분한 검증 없이 배포했습니다.\n\n박준호 님의 실수가 원인입니다.\n\n原因は山本さんがステージング用の設定をそのまま本番に適用したこと。\n',
    at: [[3, 7, 'blaming'], [5, 1, 'blaming'], [7, 1, 'blaming']],
  },
  {
    name: 'round 16: a colleague by name who changed a setting wrongly',
    text: '# X\n\n이번 장애는 멤버십서비스팀 오재현 님이 적립 서버 설정을 잘못 바꿔서 생긴 일입니다.\n',
    at: [[3, 16, 'blaming']],
  },
  {
    name: 'round 15: blame on a person is still blame, and a first name as the root cause',
    text: '# X\n\nWe blamed the on-call engineer at first.\n\nThe root cause is that Derek added the hint without testing it.\n',
    at: [[3, 4, 'blaming'], [5, 5, 'person']],
  },
  {
    name: 'round 14: a colleague by name over a wrapped line, a colleague\'s lack of care, and "by Name, who …, and that is why"',
    text: '# X\n\n7월 23일 최민호 님이 ILM 정책을 공지 없이 수정하면서 삭제 단계를\n빠뜨렸고, 인덱스가 지워지지 않았습니다.\n\n이번 장애는 최민호 님의 확인 부족으로 인한 것입니다.\n\nThe setting was changed by Greg Halloran, who pushed it\nstraight to production, and that is why the CMS fell over.\n',
    at: [[3, 8, 'blaming'], [6, 8, 'blaming'], [8, 25, 'person']],
  },
  { name: 'human error, with a rewording', text: '## Root cause\n\nThe root cause was human error.\n', at: [[3, 20, 'blamingInstead']] },
  { name: 'careless and carelessness', text: '# X\n\nA careless change. Carelessness again.\n', at: [[3, 3, 'blaming'], [3, 20, 'blaming']] },
  { name: 'should have known', text: '# X\n\nThe engineer should have known better.\n', at: [[3, 14, 'blamingInstead']] },
  { name: 'fault of, his fault, negligence, incompetent, blame', text: '# X\n\nIt was the fault of ops. His fault. Negligence. Incompetent. We blame nobody.\n', at: [[3, 8, 'blaming'], [3, 26, 'blaming'], [3, 37, 'blaming'], [3, 49, 'blaming'], [3, 65, 'blaming']] },
  { name: 'caused by a handle or a name', text: '# X\n\nThe outage was caused by @alice.\nThe rollback was caused by John Smith.\n', at: [[3, 16, 'person'], [4, 18, 'person']] },
  { name: 'a person who failed', text: '# X\n\nShe forgot to renew the certificate. The engineer skipped the review. @bob ignored the alert.\n', at: [[3, 1, 'person'], [3, 38, 'person'], [3, 71, 'person']] },
  { name: 'a mistake pinned on a team member', text: '# X\n\nA CP team member did terraform destroy on the live cluster by mistake.\n', at: [[3, 6, 'person']] },
  { name: 'people called names', text: '# X\n\nInexperienced management made the call.\n', at: [[3, 1, 'blaming']] },
  { name: 'Korean wording', text: '## 원인\n\n인적 오류로 발생했다. 작업자 부주의. 실수로 삭제했다. 담당자의 잘못으로 지연되었다. 책임자를 찾는다.\n', at: [[3, 1, 'blamingInstead'], [3, 18, 'blaming'], [3, 23, 'blamingInstead'], [3, 33, 'blaming'], [3, 50, 'blaming']] },
  { name: 'round 9: a named person after because or as the root cause, a colleague by name as the cause in Korean and Japanese, one finding for one sentence', text: '# X\n\nFlagpole went down because Rory Castellano pushed a change.\n\nThe root cause is that Dmitri Volkov merged the refactor.\n\n직접적인 원인은 박준혁 님이 상태를\n확인하지 않고 진행한 데 있다.\n\n田村さんがチェックリストを見ずに作業したことが今回の障害を招いた。\n\n원인은 박준혁 님이 첫 배치 후 상태를 확인하지 않고 진행한 것이다.\n', at: [[3, 20, 'person'], [5, 5, 'person'], [7, 10, 'blaming'], [10, 1, 'blaming'], [12, 5, 'blaming']] },
  { name: 'round 10: a negation in another clause does not deny the phrase; had he followed; a colleague by name far from what they forgot', text: '# X\n\nDmitri did not read the plan carefully, and this carelessness is the root cause.\n\nHad he followed the process, it would have been caught.\n\n山田さんが10/22 の夕方、検証環境と間違えて本番のジョブスケジューラで日次集計ジョブを一時停止し、そのまま戻し忘れたため、集計が止まった。\n', at: [[3, 50, 'blaming'], [5, 1, 'blaming'], [7, 1, 'blaming']] },
  { name: 'round 11: a full name who did not bother, a title and surname as the cause', text: '# X\n\nThe real reason is that Kevin Marsh, who built the segment, did not bother to check the field.\n\nThe failure was caused by Mr. Brandt from application support.\n', at: [[3, 25, 'person'], [5, 17, 'person']] },
  { name: 'a named person as the cause: a counterfactual, a colleague by name, carelessness in Japanese', text: '# X\n\nHad Dmitri followed the runbook, we would have seen it.\n\n박도윤 님이 혼자 밀어 넣은 것이 원인이다.\n\n佐藤の確認不足と不注意による。\n', at: [[3, 1, 'blaming'], [5, 1, 'blaming'], [7, 9, 'blaming']] },
  { name: 'round 59: the cause, a team\'s member by name who did not check', text: '# X\n\n直接の原因は、運用チームの佐藤が手順書を確認せずに在庫同期バッチを実行したこと。\n', at: [[3, 4, 'blaming']] },
  { name: 'round 60: the cause, a colleague by name and job title; one person\'s lack of care', text: '# X\n\n이번 장애의 원인은 **수탁팀 박준서 매니저가 보류 해제 절차를 누락한 것**이다.\n\n담당자 개인의 주의 부족이 직접적인 원인으로 판단된다.\n', at: [[3, 8, 'blaming'], [5, 5, 'blaming']] },
  { name: 'round 62: a colleague by name who changed it without approval; the incident said to be a named operator\'s doing', text: '# X\n\n이번 장애는 이준서 님이 결승전 변경 동결 기간에 승인 없이 CDN 설정을 바꿔서 일어났다.\n\n今回の障害は、配信オペレーターの田村 翔太が、適用前に下書きを確認する手順を守らずに設定を適用したことによるものである。\n', at: [[3, 8, 'blaming'], [5, 4, 'blaming']] },
  { name: 'a colleague whose name has 々 in it', text: '# X\n\n佐々木さんが手順を飛ばしたことが原因です。\n', at: [[3, 1, 'blaming']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: a rewording is a suggestion, never a fix`, () => {
  const [f] = run('# X\n\nThe root cause was human error.\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.fix, undefined);
  assert.equal(f.severity, 'information');
  assert.match(f.message, /"human error" assigns blame.*"a gap in the process or tooling"/);
  assert.equal(f.suggestions?.[0].edits[0].newText, 'a gap in the process or tooling');
  const [k] = run('## 원인\n\n인적 오류로 발생했다.\n', {}, 'ko').findings.filter((x) => x.ruleId === RULE);
  assert.equal(k.suggestions?.[0].edits[0].newText, '프로세스나 도구의 빈틈');
});
