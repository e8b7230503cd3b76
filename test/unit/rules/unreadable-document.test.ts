import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';

const RULE = 'unreadable-document';

const valid: Array<{ name: string; text: string }> = [
  { name: 'a normal document', text: '# Outage\n\nText.\n' },
  { name: 'an empty document', text: '' },
  { name: 'a BOM and CRLF', text: '\ufeff# Outage\r\n\r\nText.\r\n' },
  { name: 'tabs and form feeds', text: '# Outage\n\n\tindented\f\n' },
];

for (const t of ruleTests(RULE, { valid: valid.map((v) => ({ name: v.name, code: v.text })), invalid: [] })) test(t.name, t.fn);

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

// Nesting that makes micromark slow is not parsed; nesting real documents have is.
const FM = '---\ntype: postmortem\n---\n# Outage\n\n';
const deep: Array<{ name: string; text: string; line: number; depth: number }> = [
  { name: '1,001 bullets on one line', text: `${FM}${'- '.repeat(1001)}x\n`, line: 6, depth: 1001 },
  { name: '1,001 quote markers', text: `${FM}${'>'.repeat(1001)} x\n`, line: 6, depth: 1001 },
  { name: 'ordered markers', text: `${FM}${'1. '.repeat(1001)}x\n`, line: 6, depth: 1001 },
  { name: 'lines of 50 bullets, until the budget runs out', text: FM + '- '.repeat(50) + 'x\n\n'.repeat(1) + `${'- '.repeat(50)}x\n\n`.repeat(200), line: 125, depth: 50 },
  { name: 'a list nested by indentation', text: FM + Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}\n`).join(''), line: 113, depth: 108 },
  { name: 'lazy lines after a deep list', text: `${FM}${'- '.repeat(900)}x\n${'y\n'.repeat(10)}`, line: 11, depth: 900 },
  { name: 'CRLF line endings', text: `${FM}${'- '.repeat(1001)}x\n`.replace(/\n/g, '\r\n'), line: 6, depth: 1001 },
];

for (const d of deep) {
  test(`${RULE} invalid: too deep: ${d.name}`, () => {
    const r = check(d.text, [{ rule: RULE, line: d.line, col: 1, messageId: 'tooDeep' }]);
    assert.equal(r.doc, undefined, 'not parsed');
    assert.match(r.findings[0].message, new RegExp(`about ${d.depth} levels on line ${d.line}\\)`));
  });
}

const shallow: Array<{ name: string; text: string }> = [
  { name: 'nested lists four levels deep, 500 items', text: FM + Array.from({ length: 500 }, (_, i) => `- item ${i}\n  - a\n    - b\n      > c\n`).join('') },
  { name: 'a quote of a list of a list', text: `${FM}> - 1. x\n>   - y\n` },
  { name: 'a fenced block of deeply indented YAML', text: `${FM}\`\`\`yaml\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(40)}- key${i}: v\n`).join('')}\`\`\`\n` },
  { name: '1,000 bullets on one line (at the limit)', text: `${FM}${'- '.repeat(1000)}x\n` },
  { name: 'a thematic break of spaced dashes', text: `${FM}text\n\n- - - - - - - - - - - -\n` },
];

for (const v of shallow) {
  test(`${RULE} valid: ${v.name}`, () => {
    const r = run(v.text);
    assert.ok(r.doc, 'parsed');
    assert.ok(!r.findings.some((f) => f.ruleId === RULE), r.findings.filter((f) => f.ruleId === RULE).map((f) => f.message).join('; '));
  });
}
