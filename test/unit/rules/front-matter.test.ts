import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';

const RULE = 'front-matter';

const valid: Array<{ name: string; text: string }> = [
  { name: 'a complete front matter', text: '---\ntype: postmortem\ntitle: "Outage"\ndate: 2022-10-15\nseverity: SEV1\nstatus: final\nauthors: ["SRE team"]\nstarted: 2022-10-15T15:19:00+09:00\n---\n\n# X\n' },
  { name: 'no front matter', text: '# X\n' },
  { name: 'an empty front matter', text: '---\n---\n\n# X\n' },
  { name: 'a team severity', text: '---\nseverity: P1\n---\n\n# X\n' },
  { name: 'a date with a time', text: '---\ndate: 2024-02-14T00:00:00Z\n---\n\n# X\n' },
  { name: 'a date with a time and no zone', text: '---\ndate: 2020-11-03 09:30:00\n---\n\n# X\n' },
  { name: 'a static site generator type', text: '---\ntype: docs\nweight: 3\n---\n\n# X\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number | undefined, string]> }> = [
  { name: 'broken YAML: at the error line', text: '---\ntitle: Outage\nstatus: "final\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'a duplicate key: on the second one', text: '---\ntitle: a\ntitle: b\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'a tab as indentation', text: '---\nauthors:\n\t- a\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'not a mapping', text: '---\n- a\n- b\n---\n\n# X\n', at: [[2, 1, 'yaml']] },
  { name: 'status: done', text: '---\nstatus: done\n---\n\n# X\n', at: [[2, 9, 'enum']] },
  { name: 'a status typo', text: '---\nstatus: finl\n---\n\n# X\n', at: [[2, 9, 'enumDidYouMean']] },
  { name: 'a severity outside the enum', text: '---\nseverity: SEV9\n---\n\n# X\n', at: [[2, 11, 'enumDidYouMean']] },
  { name: 'a date in another format', text: '---\ndate: 15/10/2022\n---\n\n# X\n', at: [[2, 7, 'pattern']] },
  { name: 'a wrong type', text: '---\nauthors: 3\n---\n\n# X\n', at: [[2, 10, 'type']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.name === 'a team severity' ? { severities: ['P1', 'P2'] } : undefined })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: status: done suggests draft, in-review and final, and fixes nothing by itself`, () => {
  const [f] = run('---\nstatus: done\n---\n\n# X\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, '"status" is "done", expected one of "draft", "in-review", "final".');
  assert.deepEqual(f.suggestions?.map((s) => s.edits[0].newText), ['draft', 'in-review', 'final']);
  assert.equal(f.fix, undefined);
});

test(`${RULE}: a single close value is fixed`, () => {
  const text = '---\nstatus: finl\n---\n\n# X\n';
  const r = run(text);
  assert.match(r.findings.find((x) => x.ruleId === RULE)!.message, /Did you mean "final"\?/);
  assert.equal(applyEdits(text, fixAllEdits(r.findings.filter((x) => x.ruleId === RULE))), '---\nstatus: final\n---\n\n# X\n');
});

test(`${RULE}: Korean message`, () => {
  assert.match(run('---\nstatus: done\n---\n\n# X\n', {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /허용되지 않습니다/);
});
