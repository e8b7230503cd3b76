import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../server/src/core/rules/index';
import { run } from '../helpers/check';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every message of every rule is written in English and in Korean, with the same slots', () => {
  let n = 0;
  for (const rule of RULES) {
    assert.match(rule.meta.descriptionKo, /[\uac00-\ud7a3]/, `${rule.meta.id} has a Korean description`);
    for (const [id, msg] of Object.entries(rule.meta.messages)) {
      n++;
      assert.ok(msg.en.trim(), `${rule.meta.id}.${id} en`);
      assert.match(msg.ko, /[\uac00-\ud7a3]/, `${rule.meta.id}.${id} is Korean`);
      assert.deepEqual(slots(msg.ko), slots(msg.en), `${rule.meta.id}.${id}: same {slots} in both languages`);
    }
  }
  assert.ok(n >= 30, `${n} messages`);
});

test('with locale ko, findings come in Korean', () => {
  const text = '---\ntype: postmortem\nstatus: done\n---\n# 장애\n\n## 장애 시간\n\n한참\n';
  const en = run(text, {}, 'en').findings;
  const ko = run(text, {}, 'ko').findings;
  assert.equal(ko.length, en.length);
  assert.ok(ko.length >= 3);
  for (const f of ko) assert.match(f.message, /[\uac00-\ud7a3]/, `${f.ruleId}: ${f.message}`);
});
