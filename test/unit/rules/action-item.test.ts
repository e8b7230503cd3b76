import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, run } from '../../helpers/check';

const RULE = 'action-item';

const valid: Array<{ name: string; text: string }> = [
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
];

for (const v of valid) test(`${RULE} valid: ${v.name}`, () => {
  check(v.text, [], { onlyRules: [RULE] });
});

const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
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
    text: '## Action items\n\n- Add alerting\n- Add alerting, owner: @alice\n- Add alerting, due 2024-03-01\n- [ ] Add alerting, #12\n',
    at: [[3, 3, 'noOwnerNoDue'], [4, 3, 'noDue'], [5, 3, 'noOwner'], [6, 7, 'noOwner']],
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

for (const c of invalid) {
  test(`${RULE} invalid: ${c.name}`, () => {
    check(c.text, c.at.map(([line, col, messageId]) => ({ rule: RULE, line, col, messageId })), { onlyRules: [RULE] });
  });
}

test(`${RULE}: messages say what is missing`, () => {
  const [f] = run('## Action items\n\n- Add alerting\n').findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /no owner and no due date or tracking link/);
  assert.match(run('## Action items\n\n- Add alerting\n', {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /담당자도/);
});
