import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'empty-field';

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 81: a bold sentence closing a timeline entry (**Impact starts.**) is no label with nothing after it', text: '# Webhook deadlock\n\n## Timeline\n\n- **09:05** — from here every pod creation fails with\n  `failed calling webhook`.\n  **Impact starts.**\n- **09:11** — alert fires.\n' },
  { name: 'round 66: a severity matrix whose rating is a mark in a level column and whose notes give the value', text: '# X\n\n## Severity matrix\n\n| Dimension | 1 | 2 | 3 | Notes |\n|---|:-:|:-:|:-:|---|\n| Customer-facing impact | | | ● | Wrong ETAs in 14 zones |\n| Duration | | ● | | ~7 days 4.5 h before fix |\n| Detection | | ● | | Found by a person, by chance |\n' },
  { name: 'written sections', text: '# X\n\n## Root cause\n\nA bad flag.\n\n## Duration\n\n45 minutes\n' },
  { name: 'a section with only a guidance comment is not the only content', text: '# X\n\n## Root cause\n\n<!-- The trigger. -->\n\nA bad flag.\n' },
  { name: 'users_affected alone in the front matter', text: '---\nusers_affected: 1000\n---\n\n# X\n' },
  { name: 'a section whose content is in a sub-section', text: '# X\n\n## Root cause\n\n### Trigger detail\n\nA bad flag.\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]> }> = [
  { name: 'an empty section: on its heading', text: '# X\n\n## Root cause\n\n## Duration\n\n45 minutes\n', at: [[3, 4, 'empty']] },
  { name: 'only a guidance comment', text: '# X\n\n## Root cause\n\n<!-- The trigger, and the conditions. -->\n', at: [[3, 4, 'empty']] },
  { name: 'only placeholders', text: '# X\n\n## Duration\n\nTBD\n', at: [[3, 4, 'placeholder']] },
  { name: 'an empty labelled line: on its label', text: '# X\n\n**Duration:** <br>**Impact:** users\n', at: [[3, 3, 'empty']] },
  { name: 'an empty table cell', text: '# X\n\n| Field | Value |\n| --- | --- |\n| Cause | |\n', at: [[5, 1, 'empty']] },
  { name: 'empty front matter values', text: '---\ncause: ""\nservices: []\n---\n\n# X\n', at: [[2, 1, 'empty'], [3, 1, 'empty']] },
  { name: 'a placeholder front matter value: on the value', text: '---\ncause: "{{cause}}"\n---\n\n# X\n', at: [[2, 8, 'placeholder']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: the message says what to write`, () => {
  const [f] = run('# X\n\n## Duration\n\n').findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /"Duration" is empty: write how long users were affected/);
  assert.match(run('# X\n\n## Duration\n\n', {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /"장애 시간"이\(가\) 비어 있습니다/);
  // Round 61: a heading found by its meaning is named as written (not `Root cause` for `6. Contributing factors`).
  assert.match(run('# X\n\n## 6. Contributing factors\n\nTBD\n').findings.find((x) => x.ruleId === RULE)!.message, /^"Contributing factors" holds only placeholder text/);
});
