import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'part-exceeds-whole';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 75: a length against another is no part of a whole (plans took 12–16 min instead of ~4. The night crews …)', text: '# X\n\n## Impact\n\n- Nightly plans took 12–16 min instead of ~4. The night crews got routes a bit later.\n' },
  { name: 'round 61: a load against its limit may pass it (loading peaked at 104% of its post-fault rating)', text: '# X\n\n## Impact\n\nThe circuit loading peaked at 104% of its\npost-fault rating during the period. No customer interruption.\n' },
  { name: 'round 51: two days joined as a range before a share (5/11~5/12 약 9% 하락)', text: '# 쿠폰 오발급\n\n## 영향\n\n- 사용된 쿠폰 734개\n- 다이아 시세 5/11~5/12 약 9% 하락 후 5/16 회복\n' },
  { name: 'round 50: a month and a day after a share, then what was done on it (30%（4/10 支払済み）)', text: '# 配達遅延\n\n## 影響\n\n| 項目 | 内容 |\n|---|---|\n| 加盟店への補填 | 一律 5,000 円＋売上見込み 30%（4/10 支払済み） |\n' },
  { name: 'round 34: two HTTP error statuses are no share', text: '# X\n\n## Impact\n\nThe gateway returned 502/503 for about 80% of requests.\n' },
  { name: 'round 29: a month and day with the time of day after it (6/26 오전) is no share', text: '# 앱 크래시\n\n## 사용자 영향\n\n- 크래시 없는 사용자 비율: 99.6% → 92.8% (6/26 오전 최저)\n' },
  { name: 'restored below total', text: '## Servers restored\n\n12,000 of 32,000 servers.\n' },
  { name: 'a percentage that agrees (37.5%)', text: '## Servers restored\n\n12,000 of 32,000 (37.5%)\n' },
  { name: 'a rounded percentage (87.7% for 87.69%)', text: '## User impact\n\n45.6 million of 52 million people (87.7%) could not send messages.\n' },
  { name: 'a percentage cut to whole percent (87%)', text: '## User impact\n\n45.6 million of 52 million people (87%).\n' },
  { name: 'Korean, whole first', text: '## 복구된 서버\n\n32,000대 중 12,000대(37.5%)\n' },
  { name: 'all servers', text: '## Servers restored\n\nall 32,000\n' },
  { name: 'front matter within bounds', text: '---\nservers:\n  restored: 12000\n  total: 32000\nusers_affected: 45600000\nusers_total: 52000000\n---\n\n# X\n' },
  { name: 'a growth percentage about something else', text: '## User impact\n\nSupport tickets grew 300% that day.\n' },
  { name: 'percentages outside the fields', text: '## Summary\n\nCPU reached 150% of its quota.\n' },
];


const invalid: Array<{ name: string; text: string; line: number; col?: number; messageId: string }> = [
  { name: 'restored above total', text: '## Servers restored\n\n40,000 of 32,000 servers.\n', line: 3, col: 1, messageId: 'serversExceed' },
  { name: 'a percentage that disagrees', text: '## Servers restored\n\n12,000 of 32,000 (50%)\n', line: 3, col: 1, messageId: 'percentDisagrees' },
  { name: 'Korean, restored above total', text: '## 복구된 서버\n\n32,000대 중 40,000대\n', line: 3, messageId: 'serversExceed' },
  { name: 'users above all users', text: '## User impact\n\n60 million of 52 million people.\n', line: 3, messageId: 'usersExceed' },
  { name: 'a share of users over 100%', text: '## User impact\n\nAbout 120% of users could not log in.\n', line: 3, col: 7, messageId: 'percentOver' },
  { name: 'a servers percentage over 100%', text: '**Servers restored:** 110% restored\n', line: 1, col: 23, messageId: 'percentOver' },
  { name: 'a labelled line', text: '- **Servers restored**: 33,000 of 32,000\n', line: 1, messageId: 'serversExceed' },
  { name: 'a metadata table row', text: '| Field | Value |\n| --- | --- |\n| Servers restored | 12,000 of 32,000 (50%) |\n', line: 3, messageId: 'percentDisagrees' },
  { name: 'front matter servers.restored above total', text: '---\nservers:\n  restored: 40000\n  total: 32000\n---\n\n# X\n', line: 3, col: 13, messageId: 'serversExceed' },
  { name: 'front matter servers_restored with servers_total', text: '---\nservers_restored: 40000\nservers_total: 32000\n---\n\n# X\n', line: 2, messageId: 'serversExceed' },
  { name: 'front matter users', text: '---\nusers_affected: 60000000\nusers_total: 52000000\n---\n\n# X\n', line: 2, col: 17, messageId: 'usersExceed' },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: [{ line: c.line, column: c.col, messageId: c.messageId }] })),
})) test(t.name, t.fn);

test(`${RULE}: the message names the counts (and the computed share)`, () => {
  const [f] = run('## Servers restored\n\n12,000 of 32,000 (50%)\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, '12,000 of 32,000 is 37.5%, not 50%.');
  const [g] = run('## Servers restored\n\n40,000 of 32,000\n', {}, 'ko').findings.filter((x) => x.ruleId === RULE);
  assert.match(g.message, /복구된 서버\(40,000\).*전체\(32,000\)/);
});
