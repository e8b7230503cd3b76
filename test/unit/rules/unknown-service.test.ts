import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';
import type { PostmortemConfig } from '../../../server/src/core/config';

const RULE = 'unknown-service';
const CATALOG: Partial<PostmortemConfig> = { services: ['KakaoTalk', 'Kakao Story', 'Kakao Pay', 'Kakao Bank', 'Kakao Map', 'Kakao T', 'Daum', 'Melon'] };

function fixed(text: string, config: Partial<PostmortemConfig>): string {
  return applyEdits(text, fixAllEdits(run(text, config).findings.filter((f) => f.ruleId === RULE)));
}

const valid: Array<{ name: string; text: string; config?: Partial<PostmortemConfig> }> = [
  { name: 'names from the catalog', text: '## Affected services\n\n- KakaoTalk\n- Kakao Story\n', config: CATALOG },
  { name: 'case and spacing do not matter', text: '## Affected services\n\n- kakaotalk\n- Kakao  story\n', config: CATALOG },
  { name: 'an explanation after the name', text: '## Affected services\n\n- KakaoTalk (messaging): down 10 h\n', config: CATALOG },
  { name: 'front matter list', text: '---\nservices: [KakaoTalk, Daum]\n---\n\n# X\n', config: CATALOG },
  { name: 'no catalog: silent', text: '## Affected services\n\n- Anything at all\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number, string]>; output?: string }> = [
  {
    name: 'a typo with one close match is fixed',
    text: '## Affected services\n\n- KakaoTlak\n- Daum\n',
    at: [[3, 3, 'unknownDidYouMean']],
    output: '## Affected services\n\n- KakaoTalk\n- Daum\n',
  },
  {
    name: 'front matter and a comma-separated line',
    text: '---\nservices: [Mellon]\n---\n\n**Affected services:** Daum, Mellon\n',
    at: [[2, 12, 'unknownDidYouMean'], [5, 30, 'unknownDidYouMean']],
    output: '---\nservices: [Melon]\n---\n\n**Affected services:** Daum, Melon\n',
  },
  {
    name: 'a name like none in the catalog: no suggestion, no fix',
    text: '## Affected services\n\n- Zebra Billing\n',
    at: [[3, 3, 'unknown']],
  },
  {
    name: 'two equally close names (Kakao Map, Kakao Pay): suggestions only',
    text: '## Affected services\n\n- Kakao Mpy\n',
    at: [[3, 3, 'unknownDidYouMean']],
  },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.config })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })), config: CATALOG, output: c.output ?? null })),
})) test(t.name, t.fn);

test(`${RULE}: did-you-mean names the candidates and offers each as a suggestion`, () => {
  const [f] = run('## Affected services\n\n- Kakao Mpy\n', CATALOG).findings.filter((x) => x.ruleId === RULE);
  assert.match(f.message, /Did you mean .*"Kakao Pay"/);
  assert.match(f.message, /"Kakao Map"/);
  assert.equal(f.fix, undefined);
  assert.ok((f.suggestions ?? []).some((s) => s.edits[0].newText === 'Kakao Pay'));
  assert.ok((f.suggestions ?? []).some((s) => s.edits[0].newText === 'Kakao Map'));
});
