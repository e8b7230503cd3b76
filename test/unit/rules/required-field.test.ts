import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';

const RULE = 'required-field';

const FULL = '# Outage\n\n## Root cause\n\nA bad flag.\n\n## Duration\n\n45 minutes\n\n## Affected services\n\n- checkout\n\n## Servers restored\n\nN/A: no servers were involved.\n\n## User impact\n\nCustomers could not pay.\n';

const valid: Array<{ name: string; text: string; required?: string[] }> = [
  { name: 'every field in a section', text: FULL },
  { name: 'front matter keys', text: '---\ncause: A bad flag.\nduration: 45m\nservices: [checkout]\nservers: {restored: 3, total: 3}\nuser_impact: Customers could not pay.\n---\n\n# Outage\n' },
  { name: 'labelled lines', text: '# Outage\n\n**Root cause:** A bad flag.<br>**Duration:** 45 min<br>**Affected services:** checkout<br>**Servers restored:** N/A: none involved<br>**Impact:** Customers could not pay.\n' },
  { name: 'a metadata table', text: '# Outage\n\n| Field | Value |\n| --- | --- |\n| Cause | A bad flag. |\n| Duration | 45 min |\n| Affected services | checkout |\n| Servers restored | N/A: none involved |\n| Impact | Customers could not pay. |\n' },
  { name: 'duration from started and resolved', text: FULL.replace('## Duration\n\n45 minutes\n\n', '').replace('# Outage', '---\nstarted: 2022-10-15T15:19+09:00\nresolved: 2022-10-16T01:30+09:00\n---\n\n# Outage') },
  { name: 'Korean headings', text: '# 장애\n\n## 원인\n\n전원 장애.\n\n## 장애 시간\n\n4시간 10분\n\n## 영향 받은 서비스\n\n- 카카오톡\n\n## 복구된 서버\n\n32,000대 중 12,000대\n\n## 사용자 영향\n\n메시지를 보낼 수 없었다.\n' },
  { name: 'a shorter required list', text: '# Outage\n\n## Root cause\n\nA bad flag.\n', required: ['cause'] },
];

for (const v of valid) {
  test(`${RULE} valid: ${v.name}`, () => {
    check(v.text, [], { onlyRules: [RULE], config: v.required ? { required: v.required as never } : undefined });
  });
}

const invalid: Array<{ name: string; text: string; lines: number[]; required?: string[] }> = [
  { name: 'no root cause: reported on the title', text: FULL.replace('## Root cause\n\nA bad flag.\n\n', ''), lines: [1] },
  { name: 'nothing at all', text: '# Outage\n\nSomething broke.\n', lines: [1, 1, 1, 1, 1] },
  { name: 'no title: reported on line 1', text: 'Something broke.\n', lines: [1], required: ['cause'] },
  { name: 'an extra required field', text: FULL, lines: [1], required: ['cause', 'timeline'] },
];

for (const c of invalid) {
  test(`${RULE} invalid: ${c.name}`, () => {
    check(c.text, c.lines.map((line) => ({ rule: RULE, line, messageId: 'missing' })), { onlyRules: [RULE], config: c.required ? { required: c.required as never } : undefined });
  });
}

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
  const f = run(text, { required: ['cause'] }).findings.find((x) => x.ruleId === RULE)!;
  assert.match(f.fix!.edits[0].newText, /^## 원인/);
  assert.match(run(text, { required: ['cause'] }, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /필수 항목 "cause"/);
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
    const open = run(c.text, { required: ['cause'] }).findings.filter((x) => x.ruleId === RULE);
    assert.equal(open.length, 1);
    assert.equal(open[0].fix, undefined);
    const closed = run(c.closed, { required: ['cause'] }).findings.filter((x) => x.ruleId === RULE);
    assert.ok(closed[0].fix, 'the closed block gets its fix back');
    const out = applyEdits(c.closed, fixAllEdits(closed));
    assert.deepEqual(run(out, { required: ['cause'] }).findings.filter((x) => x.ruleId === RULE), []);
  });
}

test(`${RULE}: an open block in an earlier section does not stop the fix`, () => {
  const text = '# Outage\n\n## Duration\n\n45 minutes\n\n## Impact\n\n```\nlog\n';
  const f = run(text, { required: ['cause'] }).findings.find((x) => x.ruleId === RULE)!;
  assert.ok(f.fix, 'cause goes before Duration, outside the open fence');
  assert.deepEqual(run(applyEdits(text, f.fix.edits), { required: ['cause'] }).findings.filter((x) => x.ruleId === RULE), []);
});
