import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, run } from '../../helpers/check';

const RULE = 'unreadable-document';

const valid: Array<{ name: string; text: string }> = [
  { name: 'a normal document', text: '# Outage\n\nText.\n' },
  { name: 'an empty document', text: '' },
  { name: 'a BOM and CRLF', text: '\ufeff# Outage\r\n\r\nText.\r\n' },
  { name: 'tabs and form feeds', text: '# Outage\n\n\tindented\f\n' },
];

for (const v of valid) test(`${RULE} valid: ${v.name}`, () => {
  check(v.text, [], { onlyRules: [RULE] });
});

test(`${RULE} invalid: too large for a small maxFileSize`, () => {
  const text = '# Outage\n\n' + 'Text. '.repeat(50) + '\n';
  const r = check(text, [{ rule: RULE, line: 1, col: 1, messageId: 'tooLarge' }], { config: { maxFileSize: 100 } });
  // Nothing else is linted: the document is not parsed.
  assert.deepEqual(r.findings.map((f) => f.ruleId), [RULE]);
  assert.equal(r.doc, undefined);
  assert.match(r.findings[0].message, /has 311 characters, more than the limit of 100/);
});

test(`${RULE} invalid: NUL bytes`, () => {
  const r = check('# Outage\u0000\u0000\u0001 binary', [{ rule: RULE, line: 1, col: 1, messageId: 'binary' }]);
  assert.deepEqual(r.findings.map((f) => f.ruleId), [RULE]);
});

test(`${RULE} invalid: mostly control characters`, () => {
  check('\u0001\u0002\u0003\u0004abc', [{ rule: RULE, line: 1, messageId: 'binary' }]);
});

test(`${RULE}: off means the document is linted whatever its size`, () => {
  const r = run('# Outage\n\n' + 'Text. '.repeat(50), { maxFileSize: 100, rules: { [RULE]: 'off' } });
  assert.ok(r.doc);
  assert.ok(!r.findings.some((f) => f.ruleId === RULE));
});
