import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'duplicate-section';

const valid: Array<{ name: string; text: string }> = [
  { name: 'different aliases of one field are read together', text: '# X\n\n## Root cause\n\nA flag.\n\n## Trigger\n\nA push.\n' },
  { name: 'repeated headings that name no field', text: '# X\n\n## Timeline (all times UTC)\n\n### 14:55\n\nA\n\n### 14:55\n\nB\n' },
  { name: 'round 56: two halves of one field told apart in parentheses (Impact (customer-facing), Impact (internal); 影響(社外), 影響（社内）)', text: '# X\n\n## Impact (customer-facing)\n\nA\n\n## Impact (internal)\n\nB\n\n## 影響(社外)\n\nC\n\n## 影響（社内）\n\nD\n' },
  { name: 'the same field at different levels', text: '# X\n\n## Duration\n\n45 min\n\n### Duration\n\n45 min\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number]> }> = [
  { name: 'the same heading twice', text: '# X\n\n## Duration\n\n45 min\n\n## Duration\n\n45 min\n', at: [[7, 4]] },
  { name: 'after normalization (case, numbering, colon)', text: '# X\n\n## 2. Root cause\n\nA\n\n## Root Cause:\n\nB\n', at: [[7, 4]] },
  { name: 'round 56: the same heading once with a qualifier and once without, or with the same one (Timeline, Timeline (UTC))', text: '# X\n\n## Timeline\n\nA\n\n## Timeline (UTC)\n\nB\n\n## Impact (internal)\n\nC\n\n## Impact (Internal)\n\nD\n', at: [[7, 4], [15, 4]] },
  { name: 'Korean', text: '# X\n\n## 원인\n\n가\n\n## 원인\n\n나\n', at: [[7, 4]] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column]) => ({ line, column, messageId: 'duplicate' })) })),
})) test(t.name, t.fn);

test(`${RULE}: the message points at the first one`, () => {
  const [f] = run('# X\n\n## Duration\n\n45 min\n\n## Duration\n\n45 min\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Section "Duration" repeats the one on line 3: merge them.');
});
