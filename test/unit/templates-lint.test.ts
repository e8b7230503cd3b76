import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../helpers/check';

const index = JSON.parse(fs.readFileSync('templates/index.json', 'utf8')) as { templates: Array<{ id: string; file: string }> };

for (const t of index.templates) {
  const text = fs.readFileSync(path.join('templates', t.file), 'utf8');
  if (t.id.startsWith('kakao-')) {
    test(`${t.id} lints with zero findings`, () => {
      assert.deepEqual(run(text).findings.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  } else {
    test(`${t.id} gives only empty-field and placeholder findings, one per empty section or leftover`, () => {
      const findings = run(text).findings;
      const rules = new Set(findings.map((f) => f.ruleId));
      assert.deepEqual([...rules].sort(), ['empty-field', 'placeholder']);
      // The twelve sections are empty; their guidance is in comments, which no rule reads.
      assert.ok(findings.filter((f) => f.ruleId === 'empty-field').length >= 12);
    });
  }
}
