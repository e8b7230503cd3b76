import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { detectLanguage } from '../../../server/src/core/lang/index';

const RULE = 'unsupported-language';

const CHINESE = '# 数据库故障复盘\n\n## 原因\n\n数据库在高峰期连接数耗尽，所有写入请求失败。\n\n## 影响\n\n用户在两个小时内无法下单，客服收到大量投诉。\n';
const RUSSIAN = '# Отказ базы данных\n\n## Причина\n\nБаза данных исчерпала соединения в час пик, и все записи завершались ошибкой.\n';

const valid: Array<{ name: string; text: string }> = [
  { name: 'English', text: '# Outage\n\nThe database ran out of connections at peak time and every write failed.\n' },
  { name: 'Korean with English product names', text: '# 장애\n\n피크 시간에 PostgreSQL 연결이 고갈되어 모든 쓰기 요청이 실패했다. Kubernetes 노드도 재시작했다.\n' },
  { name: 'Japanese', text: '# 障害報告\n\nピーク時にデータベースの接続数が枯渇し、すべての書き込みが失敗しました。\n' },
  { name: 'a few words of another script in an English document', text: '# Outage\n\nThe error said «Ошибка» and the site was down for an hour while we restarted the database.\n' },
  { name: 'almost no text', text: '# 故障\n' },
];

for (const t of ruleTests(RULE, { valid: valid.map((v) => ({ name: v.name, code: v.text })), invalid: [] })) test(t.name, t.fn);

test(`${RULE} invalid: Chinese gets one information finding and no missing fields`, () => {
  const r = check(CHINESE, [{ rule: RULE, line: 1, col: 1, messageId: 'notRead' }], { onlyRules: [RULE] });
  assert.equal(r.findings.find((f) => f.ruleId === RULE)!.severity, 'information');
  assert.deepEqual(run(CHINESE).findings.filter((f) => f.ruleId === 'required-field'), []);
  assert.match(r.findings.find((f) => f.ruleId === RULE)!.message, /Han text.*English, Korean, Japanese/);
});

test(`${RULE} invalid: Russian is named by its script`, () => {
  const r = check(RUSSIAN, [{ rule: RULE, line: 1, col: 1, messageId: 'notRead' }], { onlyRules: [RULE] });
  assert.match(r.findings.find((f) => f.ruleId === RULE)!.message, /Cyrillic/);
});

test(`${RULE}: the language of a text by its letters`, () => {
  assert.equal(detectLanguage('The site was down.').id, 'en');
  assert.equal(detectLanguage('카카오톡이 멈췄다. 서버가 다운되었다. 복구에 10시간이 걸렸다.').id, 'ko');
  assert.equal(detectLanguage('サーバーが停止しました。復旧まで二時間かかりました。').id, 'ja');
  assert.equal(detectLanguage('服务器在高峰期停止响应，恢复花了两个小时。用户无法登录。').id, undefined);
  assert.equal(detectLanguage('服务器在高峰期停止响应，恢复花了两个小时。用户无法登录。').script, 'Han');
});
