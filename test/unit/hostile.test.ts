/**
 * The core on every hostile input of test/helpers/hostile.ts: `lint` returns, every range lies
 * inside the text, no rule throws, and inputs that cannot be linted get exactly one
 * unreadable-document finding. Time is bounded by the test timeout, not asserted.
 * Also: `maxFileSize` is honoured whatever its value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOSTILE } from '../helpers/hostile';
import { lint } from '../../server/src/core/lint';
import { mergeConfig } from '../../server/src/core/config';

for (const h of HOSTILE) {
  test(`hostile input "${h.name}": ${h.description}`, { timeout: 300_000 }, () => {
    const text = h.text();
    const r = lint(text, { config: mergeConfig() });
    for (const f of r.findings) {
      assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} range [${f.range.start},${f.range.end}) inside ${text.length}`);
      for (const e of [...(f.fix?.edits ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} edit inside the document`);
      }
    }
    assert.deepEqual(r.ruleErrors.map((e) => `${e.ruleId}: ${e.message.split('\n')[0]}`), [], 'no rule throws');
    const ids = r.findings.map((f) => `${f.ruleId}:${f.messageId}`);
    if (h.expect === 'too-large') assert.deepEqual(ids, ['unreadable-document:tooLarge']);
    else if (h.expect === 'binary') assert.deepEqual(ids, ['unreadable-document:binary']);
    else if (h.expect === 'too-deep') assert.deepEqual(ids, ['unreadable-document:tooDeep']);
    else if (h.expect === 'linted') assert.ok(r.doc, `${h.name} is parsed and linted (findings: ${ids.join(', ')})`);
    else assert.ok(r.doc || ids.length === 1, `${h.name} is linted or says why not`);
  });
}

test('maxFileSize decides what is linted, at any value', () => {
  const text = '---\ntype: postmortem\n---\n# Outage\n';
  for (const maxFileSize of [1, text.length - 1, text.length, 4 * 1024 * 1024]) {
    const r = lint(text, { config: mergeConfig({ maxFileSize }) });
    const tooLarge = r.findings.some((f) => f.messageId === 'tooLarge');
    assert.equal(tooLarge, text.length > maxFileSize, `maxFileSize ${maxFileSize}`);
    if (tooLarge) assert.equal(r.findings.length, 1);
  }
  // Raising the limit lints a 10 MB line too (it is just text).
  const big = `${text}\n${'x'.repeat(10 * 1024 * 1024)}\n`;
  const r = lint(big, { config: mergeConfig({ maxFileSize: 16 * 1024 * 1024 }) });
  assert.ok(r.doc, 'parsed');
  assert.ok(!r.findings.some((f) => f.ruleId === 'unreadable-document'));
});
