// Messages are data of the language packs: every pack other than English translates every rule's
// description and messages, every field, every front matter key and every term, with the same
// {slots}; findings carry the same message ids and data in every locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../server/src/core/rules/index';
import { FIELDS } from '../../server/src/core/fields';
import { PACKS } from '../../server/src/core/lang/index';
import { EDITOR_FRONT_MATTER_KEYS as FRONT_MATTER_KEYS } from '../../server/src/lsp/front-matter-keys';
import { run } from '../helpers/check';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Letters of the pack's own script, to tell a translation from a copied English string. */
const SCRIPT: Record<string, RegExp> = { ko: /[\uac00-\ud7a3]/, ja: /[\u3040-\u30ff\u4e00-\u9fff]/ };

for (const pack of PACKS.filter((p) => p.id !== 'en')) {
  test(`the ${pack.name} pack has every rule message, with the same slots as the English one`, () => {
    let n = 0;
    for (const rule of RULES) {
      const t = pack.text.rules[rule.meta.id];
      assert.ok(t, `${pack.id}: rule ${rule.meta.id}`);
      assert.match(t.description, SCRIPT[pack.id], `${pack.id}: ${rule.meta.id} description`);
      assert.deepEqual(Object.keys(t.messages).sort(), Object.keys(rule.meta.messages).sort(), `${pack.id}: ${rule.meta.id} message ids`);
      for (const [id, en] of Object.entries(rule.meta.messages)) {
        n++;
        assert.match(t.messages[id], SCRIPT[pack.id], `${pack.id}: ${rule.meta.id}.${id} is translated`);
        assert.deepEqual(slots(t.messages[id]), slots(en), `${pack.id}: ${rule.meta.id}.${id} slots`);
      }
    }
    assert.deepEqual(Object.keys(pack.text.rules).filter((id) => !RULES.some((r) => r.meta.id === id)), [], 'no message of a rule that does not exist');
    assert.ok(n >= 50, `${n} messages`);
  });

  test(`the ${pack.name} pack names every field and explains every front matter key, and its terms keep their slots`, () => {
    for (const f of FIELDS) {
      assert.match(pack.text.fields[f.id]?.label ?? '', SCRIPT[pack.id], `${pack.id}: ${f.id} label`);
      assert.match(pack.text.fields[f.id]?.description ?? '', SCRIPT[pack.id], `${pack.id}: ${f.id} description`);
    }
    for (const k of FRONT_MATTER_KEYS) if (k.description) assert.ok(pack.text.keys[k.key], `${pack.id}: key ${k.key}`);
    const en = PACKS[0].text.terms;
    for (const [id, text] of Object.entries(en)) assert.deepEqual(slots(pack.text.terms[id as keyof typeof en]), slots(text), `${pack.id}: term ${id}`);
  });
}

test('with locale ko or ja, findings come in that language, with the same ids and ranges as in English', () => {
  const text = '---\ntype: postmortem\nstatus: done\n---\n# 장애\n\n## 장애 시간\n\n한참\n';
  const en = run(text, {}, 'en').findings;
  assert.ok(en.length >= 3);
  for (const locale of ['ko', 'ja'] as const) {
    const found = run(text, {}, locale).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.messageId, f.range]), en.map((f) => [f.ruleId, f.messageId, f.range]));
    for (const f of found) assert.match(f.message, SCRIPT[locale], `${locale} ${f.ruleId}: ${f.message}`);
    for (const f of found) assert.doesNotMatch(f.message, /\{\w+\}/, `${locale} ${f.ruleId}: every slot filled`);
  }
});
