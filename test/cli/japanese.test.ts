// A Japanese team's repository through the real CLI: the Japanese templates, `locale: ja`, and
// Japanese documents read on every surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const KANA = /[\u3040-\u30ff]/;
const lintJson = (dir: string, args: string[]) => {
  const r = runCli(['lint', '--format', 'json', ...args], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
};

test('postmortem new --template blank-ja: the new document has only its missing-field findings, in Japanese with locale: ja', () => {
  const dir = tempDir();
  writeFiles(dir, { '.postmortemrc.json': '{ "locale": "ja" }\n' });
  const r = runCli(['new', '--template', 'blank-ja', '--title', 'ログイン障害', '--date', '2024-03-01', '--out', 'postmortems/'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const files = fs.readdirSync(path.join(dir, 'postmortems'));
  assert.equal(files.length, 1);
  const { report } = lintJson(dir, ['postmortems']);
  const findings = report.files.flatMap((f) => f.findings);
  assert.ok(findings.length > 0, 'a blank postmortem states nothing yet');
  assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].filter((id) => !['required-field', 'empty-field', 'placeholder'].includes(id)), [], 'only missing or empty fields');
  for (const f of findings) assert.match(f.message, KANA, f.message);
});

test('the Japanese Kakao templates lint clean through the CLI', () => {
  const dir = tempDir();
  const root = repoRoot();
  for (const name of ['kakao-2022-pangyo-data-center-fire.ja.md', 'kakao-2012-lg-cns-power-failure.ja.md']) {
    writeFiles(dir, { [`postmortems/${name}`]: fs.readFileSync(path.join(root, 'templates', name), 'utf8') });
  }
  const { code, report } = lintJson(dir, ['postmortems']);
  assert.equal(report.files.length, 2);
  assert.deepEqual(report.files.flatMap((f) => f.findings.map((x) => `${f.path}:${x.line} ${x.ruleId}`)), []);
  assert.equal(code, 0);
});

test('locale: ja in .postmortemrc.json gives Japanese messages; without it, English', () => {
  const dir = tempDir();
  const doc = '---\ntype: postmortem\n---\n# 決済障害\n\n## 障害時間\n\nしばらく\n\n## 影響を受けたサービス\n\n- 決済\n';
  writeFiles(dir, { 'postmortems/payment.md': doc });
  const en = lintJson(dir, ['postmortems']).report.files[0].findings;
  assert.ok(en.length >= 2);
  // English sentences; what they quote (the heading to add, in the document's language) may be Japanese.
  for (const f of en) assert.doesNotMatch(f.message.replace(/"[^"]*"/g, ''), KANA, f.message);
  writeFiles(dir, { '.postmortemrc.json': '{ "locale": "ja" }\n' });
  const ja = lintJson(dir, ['postmortems']).report.files[0].findings;
  assert.deepEqual(ja.map((f) => [f.ruleId, f.messageId, f.line]), en.map((f) => [f.ruleId, f.messageId, f.line]));
  for (const f of ja) assert.match(f.message, KANA, f.message);
});
