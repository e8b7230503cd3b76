import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'invalid-value';

const valid: Array<{ name: string; text: string }> = [
  { name: 'durations', text: '# X\n\n## Duration\n\n4h 10m\n\n**Downtime:** 250 minutes\n' },
  { name: 'a time range', text: '# X\n\n## Duration\n\n14:50–19:00 KST\n' },
  { name: 'Korean', text: '# X\n\n## 장애 시간\n\n4시간 10분\n\n## 복구된 서버\n\n32,000대 중 12,000대\n' },
  { name: 'server ratios and N/A with a reason', text: '# X\n\n## Servers restored\n\n12000/32000\n\n**Server recovery:** N/A: no servers were involved\n' },
  { name: 'service lists', text: '---\nservices: [KakaoTalk, Daum]\n---\n\n# X\n\n## Affected services\n\nKakaoTalk, Daum\n' },
  { name: 'a midnight time with AM', text: '## Timeline (UTC)\n\n### 0:25:59 AM\n\nThe hub restarts.\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
  { name: 'a duration that is not one', text: '# X\n\n## Duration\n\na while\n', at: [[5, 1, 'unreadable']] },
  { name: 'a vague duration', text: '# X\n\n**Duration:** a few hours\n', at: [[3, 15, 'unreadable']] },
  { name: 'servers without counts', text: '# X\n\n## Servers restored\n\nmost of them\n', at: [[5, 1, 'unreadable']] },
  { name: 'N/A without a reason', text: '# X\n\n## Servers restored\n\nN/A\n', at: [[5, 1, 'naReason']] },
  { name: 'services that are not a list', text: '---\nservices: 5\n---\n\n# X\n', at: [[2, 11, 'unreadable']] },
  { name: 'a front matter duration', text: '---\nduration: soon\n---\n\n# X\n', at: [[2, 11, 'unreadable']] },
  { name: 'a timeline time with a one-digit minute', text: '## Timeline (UTC)\n\n- 13:05 Alert.\n- 13:5:09 Resolved.\n', at: [[4, 3, 'badTimeDigits']] },
  { name: 'a time out of range', text: '## Timeline (UTC)\n\n- 25:10 Alert.\n', at: [[3, 3, 'badTimeRange']] },
  { name: '24-hour times with PM, reported once', text: '## Timeline (PST)\n\n13:55 PM: alarms.\n\n14:00 PM: traffic is not genuine.\n', at: [[3, 1, 'badTimeMeridiem']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: the message quotes the value and says what is expected`, () => {
  const [f] = run('# X\n\n## Duration\n\na while\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Cannot read "a while" as a duration such as `4h 10m`, `250 minutes` or `14:50–19:00 KST`.');
});
