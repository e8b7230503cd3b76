import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'field-conflict';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 82: a section whose count is one row of a table of counts of the same unit is a part (| 송출 시작 실패 스트리머 | 1,766명 |, | 재연결 실패로 방송 종료 | 1,180명 |) of the summary\'s 2,946명', text: '# 송출 장애\n\n| 항목 | 내용 |\n|---|---|\n| 영향 사용자 | 송출 시도 실패 스트리머 2,946명 (이 중 재연결 실패 1,180명) |\n\n## 4. 영향 분석\n\n| 구분 | 수치 |\n|---|---|\n| 송출 시작 실패 스트리머 | 1,766명 |\n| 재연결 실패로 방송 종료 | 1,180명 |\n' },
  { name: 'round 77: the times downtime was declared and ended are not lengths (| Downtime declared by IS Incident Commander | 02:29 |)', text: '# Epic downtime\n\n| **Downtime window** | 02:14 to 05:51 CDT (3 hours 37 minutes) |\n|---|---|\n\n## 3. Downtime Procedure Activation\n\n| Item | Time (CDT) | Notes |\n|---|---|---|\n| Downtime declared by IS Incident Commander | 02:29 | Overhead page |\n| Downtime ended / recovery declared | 05:51 | All-clear |\n' },
  { name: 'round 73: a part of the people that did something else is not the count affected (참가자 중 기권 86명 under 영향, 2,140명 in the header)', text: '# 착수 지연\n\n| 항목 | 내용 |\n|---|---|\n| 영향 | 토너먼트 참가자 2,140명 |\n\n## 영향\n\n- 토너먼트 3라운드 시간패 212판\n- 참가자 중 기권 86명\n' },
  { name: 'round 66: two rows of one metrics table count two things (| 영향 장면 수 | 1,318 |, | 영향 타일 수 | 약 4,870만 |, | 영향 고객사 | 23 |)', text: '# 타일 좌표 오류\n\n## 지표\n\n| 지표 | 값 |\n|---|---|\n| 영향 지속 시간 | 122시간 |\n| 영향 장면 수 | 1,318 |\n| 영향 타일 수(z10~z17) | 약 4,870만 |\n| 영향 고객사 | 23 |\n' },
  { name: 'round 66: two rows of one table (| Scenes affected | 1,318 |, | Customers affected | 23 |)', text: '# Tiles off\n\n## Metrics\n\n| Metric | Value |\n|---|---|\n| Scenes affected | 1,318 |\n| Customers affected | 23 |\n' },
  { name: 'round 61: two durations whose labels name what each measures (Duration, system unavailable / Duration, fab on paper)', text: '# X\n\n**Duration, system unavailable:** 4 h 55 min\n**Duration, fab on paper:** 4 h 22 min\n' },
  { name: 'round 58: machines counted with their counter (| 영향 도어락 | 1,108대 |, | 影響台数 | 1,108台 |) beside the people (1,243명)', text: '# 도어락 열림 실패\n\n## 영향\n\n| 항목 | 수치 |\n| --- | --- |\n| 영향 사용자 (고유) | 1,243명 |\n| 영향 도어락 | 1,108대 (BLE 전용 도어락 약 9만 대 중) |\n' },
  { name: 'round 56: the staff an internal impact section counts (### 影響(社内): 対応職員 3名; ### Impact (internal): 5 engineers) are not the users hit', text: '# 申請の失敗\n\n## 影響\n\n### 影響(社外)\n\n- 申請できなかった利用者: 612名\n\n### 影響(社内)\n\n- 窓口で紙申請の案内(対応職員 3名、約2時間)\n\n## Impact (customer-facing)\n\n1,517 learners could not open their courses.\n\n## Impact (internal)\n\n5 engineers spent four days on the restore.\n' },
  { name: 'round 47: a row of hospitals counted with a counter for places (61곳 / 140곳) beside the patients (766명)', text: '# 중복 예약\n\n## 영향\n\n| 항목 | 내용 |\n|---|---|\n| 영향 병원 | 61곳 / 140곳 |\n| 영향 환자 | 766명 (중복 슬롯에 걸린 전체 환자) |\n' },
  { name: 'round 39: a part of the services cell that says it was not hit names no service (…, 바로구매는 영향 없음)', text: '---\nservices: [live-checkout, payment-gateway-adapter]\n---\n\n# X\n\n| 항목 | 내용 |\n|---|---|\n| 영향 서비스 | 라이브 방송 내 구매(live-checkout), 일반 상품 상세의 바로구매는 영향 없음 |\n' },
  { name: 'round 40: country calling codes (+62 / +63 の番号) are no count of users', text: '# X\n\n## 影響\n\n| 項目 | 内容 |\n|---|---|\n| 認証を完了できなかったユニークユーザー | 約 12,400 人 |\n| 影響範囲 | +62 / +63 の番号を登録しているユーザー |\n' },
  { name: 'round 31: services named with their ids in parentheses are those ids', text: '---\nservices: [waiting-room, seat-api, payment-gateway]\n---\n\n# X\n\n- 영향 받은 서비스: 대기열(waiting-room), 좌석 조회/선점(seat-api), 결제 연동(payment-gateway)\n' },
  { name: 'round 25: a count of places (대여소 187곳) is not a count of people', text: '# 대여소 장애\n\n## 영향\n\n| 항목 | 내용 |\n|---|---|\n| 실제 대여 실패 회원 수 | 약 5,300명 |\n| 영향 대여소 | 187곳 (전체 312곳의 약 60%) |\n' },
  { name: 'round 24: counts of different kinds of people (customers and sellers) are not compared', text: '# 환불 중복\n\n## 2. 영향\n\n| 항목 | 내용 |\n|---|---|\n| 영향 고객 수 | 3,870명 |\n| 영향 판매자 수 | 0 (판매자 정산에는 반영되지 않도록 차단) |\n' },
  { name: 'round 21: a peak of concurrent users is load, and in "3,912명 중 … 3,604명" the later count is the people affected', text: '# 수강신청 지연\n\n## 2. 영향 범위\n\n| 항목 | 내용 |\n|---|---|\n| 최대 동시 접속자 | 약 18,400명 (평소 학기 최대치 9,800명) |\n| 영향 학생 수 | 4학년 재학생 3,912명 중 로그인 시도 3,604명 전원이 지연 또는 실패를 경험 |\n' },
  { name: 'round 13: the number of a sub-heading is not a count of people', text: '# 이체 지연\n\n## 2. 영향 범위\n\n### 2.1 거래 현황\n\n지연 38,214건.\n\n### 2.2 고객 영향\n\n- 이체를 시도한 고객: 28,960명\n\n## 사용자 영향\n\n고객 28,960명이 지연을 겪었다.\n' },
  { name: 'the same duration written two ways', text: '---\nduration: 250 minutes\n---\n\n# X\n\n## Duration\n\n4h 10m\n' },
  { name: 'a month/day is not a ratio of users, and items given as compensation are not users', text: '# 크래시\n\n## 영향\n\n영향 유저는 7/11 DAU(약 41만 명)의 약 4.9%입니다.\n\n## 보상\n\n- 영향 기기 접속 이력 유저: 다이아 500개, 스태미나 포션 10개\n' },
  { name: 'approximate within 10%', text: '---\nduration: 4h 10m\n---\n\n# X\n\n## Duration\n\nabout 4 hours\n' },
  { name: 'the same servers', text: '---\nservers:\n  restored: 12000\n  total: 32000\n---\n\n# X\n\n## Servers restored\n\n12,000 of 32,000 (37.5%)\n' },
  { name: 'users within rounding', text: '---\nusers_affected: 45600000\nusers_total: 52000000\n---\n\n# X\n\n## User impact\n\n45.6 million of 52 million people.\n' },
  { name: 'a shorter list of services is not a contrary one', text: '---\nservices: [lockbox (secrets manager), checkout, cart]\n---\n\n# X\n\n## Affected services\n\n- checkout\n- cart\n' },
  {
    name: 'services joined as code in one item, and a group labelled as not affected',
    text: '---\nservices: [broker, checkout-api, payments-api]\n---\n\n# X\n\n## Affected services\n\n**Direct:**\n\n- `broker` — issues credentials\n- `checkout-api` and `payments-api` — lost their leases\n\n**Cached (not affected):**\n\n- `catalog`, `search-api` — never noticed\n',
  },
  { name: 'the same services in another case', text: '---\nservices: [KakaoTalk, Daum]\n---\n\n# X\n\n## Affected services\n\n- kakaotalk\n- Daum\n' },
  { name: 'prose is not compared', text: '---\ncause: A bad flag.\n---\n\n# X\n\n## Root cause\n\nSomething else.\n' },
  { name: 'each incident of a log has its own duration', text: '# Four outages\n\n## Timeline\n\n### October 21 incident\n\n**Duration:** 72 minutes\n\n### October 24 incident\n\n**Duration:** 123 minutes\n' },
  { name: 'numbers that count other things than users', text: '---\nusers_affected: 1200\n---\n\n# X\n\n## User impact\n\nAbout 1,200 customers saw 500 errors on 3,000 requests.\n' },
  { name: 'a weekly report of incidents told apart by their severity tags', text: '# 週次レポート\n\n## 1. CSV エクスポートがタイムアウト（Sev3）\n\n**影響時間**：2 時間 8 分\n\n## 2. プッシュ通知の一部が未配信（Sev3）\n\n**影響時間**：35 分\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number]> }> = [
  { name: 'round 61: a qualifier that only says how it was counted still conflicts (Duration (approx.))', text: '# X\n\n**Duration:** 2 h\n**Duration (approx.):** 5 h\n', at: [[4, 25]] },
  { name: 'round 24: users and customers are one kind: their counts are compared', text: '---\nusers_affected: 5000\n---\n\n# X\n\n## User impact\n\nAbout 1,200 customers saw errors.\n', at: [[9, 7]] },
  { name: 'durations', text: '---\nduration: 2h\n---\n\n# X\n\n## Duration\n\n45 minutes\n', at: [[9, 1]] },
  { name: 'a count of users written as a word', text: '---\nusers_affected: 5\n---\n\n# X\n\n## User impact\n\nTwo users could not complete their burn requests.\n', at: [[9, 1]] },
  { name: 'a labelled line', text: '---\nduration: 2h\n---\n\n# X\n\n**Duration:** 4h 10m\n', at: [[7, 15]] },
  { name: 'servers', text: '---\nservers:\n  restored: 10\n  total: 20\n---\n\n# X\n\n## Servers restored\n\n12 of 20\n', at: [[11, 1]] },
  { name: 'users in a table row', text: '---\nusers_affected: 1000\n---\n\n# X\n\n| Field | Value |\n| --- | --- |\n| Impact | 5,000 users could not log in |\n', at: [[9, 12]] },
  { name: 'services', text: '---\nservices: [checkout, cart]\n---\n\n# X\n\n## Affected services\n\n- checkout\n- search\n', at: [[7, 4]] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column]) => ({ line, column, messageId: 'conflict' })) })),
})) test(t.name, t.fn);

test(`${RULE}: the message names both values and where the other is`, () => {
  const [f] = run('---\nduration: 2h\n---\n\n# X\n\n## Duration\n\n45 minutes\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Duration here is 45 min, but the front matter ("duration") says 2 h.');
});
