import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTests } from '../../helpers/rule-tester';
import { check, run } from '../../helpers/check';
import { applyEdits } from '../../../server/src/core/text';
import { fixAllEdits } from '../../../server/src/core/fix';
import { lint } from '../../../server/src/core/lint';
import { mergeConfig } from '../../../server/src/core/config';

const RULE = 'front-matter';

/** CPU milliseconds since `since` (wall time grows when other work loads the machine; this does not). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return Math.round((d.user + d.system) / 1000);
}

const valid: Array<{ name: string; text: string }> = [
  { name: 'round 77: a level with its word spelled out (severity: "Severity 2", Priority 1)', text: '---\nseverity: "Severity 2"\n---\n# Lab interface down\n\n---\nseverity: Priority 1\n---\n' },
  { name: 'round 72: a case review\'s own number (case: MM-2025-04) is no typo of cause', text: '---\ntitle: "M&M case review"\ncase: MM-2025-04\n---\n# Case review\n' },
  { name: 'round 65: a status with a note set off by a dash (closed — actions tracking)', text: '---\nstatus: closed — actions tracking\n---\n# X\n' },
  { name: 'round 57: a level on a scale in common use with its word after a dash (P3 - Medium, P1 – Critical)', text: '---\nseverity: P3 - Medium\n---\n# Cluster scaled by a typo\n' },
  { name: 'round 57: the same with an en dash', text: '---\nseverity: P1 – Critical\n---\n# Bookings read-only\n' },
  { name: 'round 59: a data incident\'s kind in Korean words (kind: 데이터 정합성 is data-loss)', text: '---\nkind: 데이터 정합성\n---\n# 대여 가능으로 보인 잠긴 자전거\n' },
  { name: 'round 56: a near miss whose severity says there was none to rate (sev2-potential; 준사고 (서비스 영향 없음))', text: '---\ntype: near-miss\nseverity: sev2-potential\n---\n# Near miss: duplicate payout file\n' },
  { name: 'round 56: a Korean near miss with its own grade', text: '---\nkind: near-miss\nseverity: 준사고 (서비스 영향 없음)\n---\n# 인증서 만료 발견\n' },
  { name: 'round 55: a built-in kind named in the document\'s language (kind: 준사고 is near-miss, kind: セキュリティ is security)', text: '---\nkind: 준사고\n---\n# DR 훈련 중 오래된 복제본을 승격할 뻔한 건\n' },
  { name: 'round 55: a built-in kind in Japanese words', text: '---\nkind: セキュリティ\n---\n# API キーの露出\n' },
  { name: 'round 54: another name for a built-in kind (kind: data-correctness is data-loss)', text: '---\nkind: data-correctness\n---\n# Ledger entries posted twice\n' },
  { name: 'round 51: a day without a time for a milestone ten days after the incident date another key gives (incident_date 2026-06-02, detected 2026-06-12)', text: '---\nincident_date: 2026-06-02\ndetected: 2026-06-12\nkind: cost\n---\n# Cost spike\n' },
  { name: 'round 51: a status with a note after it (Final (reviewed by DPO 2024-09-03); Complete, action items in progress)', text: '---\nstatus: Final (reviewed by DPO 2024-09-03)\n---\n# Bucket public for two hours\n\n---\n\n# Second\n' },
  { name: 'round 51: the SRE book status line (Complete, action items in progress)', text: '---\nstatus: Complete, action items in progress\n---\n# Exam submissions rejected\n' },
  { name: 'round 47: a day without a time for a milestone of an incident that ran for days (date 2025-09-02, detected 2025-09-12)', text: '---\ndate: 2025-09-02\ndetected: 2025-09-12\nkind: cost\n---\n# Cost spike\n' },
  { name: 'round 46: a security case detected on one day and closed weeks later', text: '---\ndetected: 2025-10-14\nclosed: 2025-11-07\n---\n# 고객정보 조회 의심 건\n' },
  { name: 'round 48: a key of words that differs from ours in one word that is another word (incident_lead beside incident_end)', text: '---\nincident_lead: Yuki Tanabe\n---\n# X\n' },
  { name: 'round 44: a grade with its note and a clause after a comma; a milestone with an IANA zone after its time', text: '---\nseverity: High (internal scale), no confirmed misuse\ndetected: 2024-09-23 08:55 Europe/London\n---\n# Credential exposed in CI logs\n' },
  { name: 'round 43: severity none in Japanese with a note (なし(顧客影響なし))', text: '---\nseverity: なし(顧客影響なし)\n---\n# ヒヤリハット\n' },
  { name: 'round 43: severity none in Korean (없음)', text: '---\nseverity: 없음\n---\n# 니어미스\n' },
  { name: 'round 45: a grade of the Korean 상/중/하 scale (중)', text: '---\nseverity: 중\n---\n# 강제 업데이트 오류\n' },
  { name: 'round 42: severity none with a note on a near miss; a status phrase joined by hyphens; a kind written with a space', text: '---\nseverity: none (no user impact)\nstatus: action-items-open\nkind: data loss\n---\n# Near miss\n' },
  { name: 'round 41: a grade in common use with a long note in parentheses; the document\'s own timezone key', text: '---\nseverity: moderate (no patient harm; potential for harm)\ntimezone: America/Los_Angeles\n---\n# Near miss\n' },
  { name: 'round 40: a grade the team reckons as equivalent (SEV2 相当 (顧客影響なし), SEV2 상당, SEV2-equivalent)', text: '---\nseverity: SEV2 相当 (顧客影響なし)\n---\n\n# X\n\n---\n' },
  { name: 'round 40: SEV2 상당 alone', text: '---\nseverity: SEV2 상당\n---\n\n# X\n' },
  { name: 'round 36: a severity on a Korean or Japanese grade scale, with a note', text: '---\nseverity: 2등급 (대외 신뢰 영향)\n---\n\n# X\n' },
  { name: 'round 36: a Japanese level', text: '---\nseverity: レベル2\n---\n\n# X\n' },
  { name: 'round 20: the team word and the level in parentheses (重大(Sev2), High (SEV-2))', text: '---\nseverity: 重大(Sev2)\n---\n# X\n' },
  { name: 'a complete front matter', text: '---\ntype: postmortem\ntitle: "Outage"\ndate: 2022-10-15\nseverity: SEV1\nstatus: final\nauthors: ["SRE team"]\nstarted: 2022-10-15T15:19:00+09:00\n---\n\n# X\n' },
  { name: 'no front matter', text: '# X\n' },
  { name: 'an empty front matter', text: '---\n---\n\n# X\n' },
  { name: 'a team severity', text: '---\nseverity: P1\n---\n\n# X\n' },
  { name: 'a date with a time', text: '---\ndate: 2024-02-14T00:00:00Z\n---\n\n# X\n' },
  { name: 'a date with a time and no zone', text: '---\ndate: 2020-11-03 09:30:00\n---\n\n# X\n' },
  { name: 'a static site generator type', text: '---\ntype: docs\nweight: 3\n---\n\n# X\n' },
  { name: 'keys of other tools, plurals and singulars', text: '---\ntype: postmortem\nlayout: post\nweight: 3\ntags: [a]\nauthor: Jane\nname: x\ndescription: y\nstarted_at: z\n---\n\n# X\n' },
  { name: 'the incident\'s state as status, and a severity scale in common use while severities are the defaults', text: '---\nstatus: resolved\nseverity: Medium\n---\n\n# X\n' },
  { name: 'authors as docs sites write them, with a name and a team', text: '---\nauthors:\n  - name: Felix\n    team: Infrastructure\n---\n\n# X\n' },
  { name: 'round 14: a built-in status with a capital, and a state in a few English words', text: '---\nstatus: Final\n---\n\n# X\n\n---\n' },
  { name: 'round 14: a state in a few English words', text: '---\nstatus: action items in progress\n---\n\n# X\n' },
  { name: 'P1 and Critical are severities too', text: '---\nstatus: Closed\nseverity: P1\n---\n\n# X\n' },
  { name: 'a severity number without quotes, and the team\'s own words for its state', text: '---\nstatus: 후속 조치 진행 중\nseverity: 2\n---\n\n# X\n' },
];


const invalid: Array<{ name: string; text: string; at: Array<[number, number | undefined, string]> }> = [
  { name: 'round 47: a team\'s own kind (compliance; data-correctness is another name for data-loss since round 54) is one to add to the configuration, not a typo', text: '---\nkind: compliance\n---\n\n# X\n', at: [[2, 7, 'unknownKind']] },
  { name: 'round 47: a kind one letter off (outge) is still a typo with its suggestion', text: '---\nkind: outge\n---\n\n# X\n', at: [[2, 7, 'enumDidYouMean']] },
  { name: 'round 41: a timezone key that names no zone', text: '---\ntimezone: Pacfic\n---\n# Outage\n', at: [[2, 11, 'pattern']] },
  { name: 'broken YAML: at the error line', text: '---\ntitle: Outage\nstatus: "final\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'a duplicate key: on the second one', text: '---\ntitle: a\ntitle: b\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'a tab as indentation', text: '---\nauthors:\n\t- a\n---\n\n# X\n', at: [[3, 1, 'yaml']] },
  { name: 'not a mapping', text: '---\n- a\n- b\n---\n\n# X\n', at: [[2, 1, 'yaml']] },
  { name: 'status: done', text: '---\nstatus: done\n---\n\n# X\n', at: [[2, 9, 'enum']] },
  { name: 'a status typo', text: '---\nstatus: finl\n---\n\n# X\n', at: [[2, 9, 'enumDidYouMean']] },
  { name: 'round 56: a severity of sev2-potential on an outage is still outside the enum (only a near miss has none to rate)', text: '---\nkind: outage\nseverity: sev2-potential\n---\n\n# X\n', at: [[3, 11, 'enum']] },
  { name: 'a severity outside the enum', text: '---\nseverity: SEV9\n---\n\n# X\n', at: [[2, 11, 'enumDidYouMean']] },
  { name: 'a date in another format', text: '---\ndate: 15/10/2022\n---\n\n# X\n', at: [[2, 7, 'pattern']] },
  { name: 'round 75: a day without a time over a timeline whose entries of that day give their times (detected: 2025-07-15; | 7/15 10:20 | …)', text: '---\ndate: 2025-07-16\ndetected: 2025-07-15\n---\n\n# 백업 복사\n\n## 타임라인\n\n| 시각 | 내용 |\n|---|---|\n| 2025-07-15 10:20 | 감사 로그에서 발견 |\n', at: [] },
  { name: 'round 35: a milestone given as a day without a time is a note, not an error; a time without a date is still an error', text: '---\ndetected: 2024-10-03\nresolved: 14:05\n---\n\n# X\n', at: [[2, 11, 'dateOnly'], [3, 11, 'pattern']] },
  { name: 'a wrong type', text: '---\nauthors: 3\n---\n\n# X\n', at: [[2, 10, 'type']] },
  { name: 'a mistyped key', text: '---\nresovled: 2024-03-01T12:00Z\nStatus: final\ndetcted: 2024-03-01T11:00Z\n---\n\n# X\n', at: [[2, 1, 'unknownKey'], [3, 1, 'unknownKey'], [4, 1, 'unknownKey']] },
  { name: 'round 48: a word of a key with two letters swapped is still a slip (incident_ned)', text: '---\nincident_ned: 2024-03-01T12:00Z\n---\n\n# X\n', at: [[2, 1, 'unknownKey']] },
];

for (const t of ruleTests(RULE, {
  valid: valid.map((v) => ({ name: v.name, code: v.text, config: v.name === 'a team severity' ? { severities: ['P1', 'P2'] } : undefined })),
  invalid: invalid.map((c) => ({ name: c.name, code: c.text, errors: c.at.map(([line, column, messageId]) => ({ line, column, messageId })) })),
})) test(t.name, t.fn);

test(`${RULE}: status: done suggests draft, in-review and final, and fixes nothing by itself`, () => {
  const [f] = run('---\nstatus: done\n---\n\n# X\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, '"status" is "done", expected one of "draft", "in-review", "final".');
  assert.deepEqual(f.suggestions?.map((s) => s.edits[0].newText), ['draft', 'in-review', 'final']);
  assert.equal(f.fix, undefined);
});

test(`${RULE}: a single close value is fixed`, () => {
  const text = '---\nstatus: finl\n---\n\n# X\n';
  const r = run(text);
  assert.match(r.findings.find((x) => x.ruleId === RULE)!.message, /Did you mean "final"\?/);
  assert.equal(applyEdits(text, fixAllEdits(r.findings.filter((x) => x.ruleId === RULE))), '---\nstatus: final\n---\n\n# X\n');
});

test(`${RULE}: sev2, SEV-2 and Sev 2 are SEV2: no finding, and read as SEV2 (the report groups them together)`, () => {
  for (const written of ['sev2', 'SEV-2', 'Sev 2', 'sev_2', '"SEV-2 (security; no evidence of exploitation)"']) {
    const r = run(`---\nseverity: ${written}\n---\n\n# X\n`);
    assert.deepEqual(r.findings.filter((x) => x.ruleId === RULE).map((f) => f.message), [], written);
    assert.equal(r.model?.data.severity, 'SEV2', written);
  }
  // A spelling that matches two configured severities is not guessed at.
  const two = run('---\nseverity: p-1\n---\n\n# X\n', { severities: ['P1', 'p1', 'P2'] });
  assert.equal(two.findings.filter((x) => x.ruleId === RULE).length, 1);
});

test(`${RULE}: a mistyped key gets a did-you-mean, and a rename when one key is meant and not there yet`, () => {
  const text = '---\nstarted: 2024-03-01T10:00Z\nresovled: 2024-03-01T12:00Z\n---\n\n# X\n';
  const [f] = run(text).findings.filter((x) => x.ruleId === RULE);
  assert.equal(f.message, 'Unknown front matter key "resovled": did you mean "resolved"? As written, nothing reads it.');
  assert.equal(applyEdits(text, fixAllEdits([f])), text.replace('resovled', 'resolved'));
  // With "resolved" there already, renaming would make a duplicate key: only the message.
  const both = '---\nresolved: 2024-03-01T12:00Z\nresovled: 2024-03-01T12:00Z\n---\n\n# X\n';
  const [g] = run(both).findings.filter((x) => x.ruleId === RULE);
  assert.equal(g.messageId, 'unknownKey');
  assert.equal(g.fix, undefined);
  // A key of the team schema is known.
  const team = { properties: { resolver: { type: 'string' } } };
  const withTeam = lint('---\nresolver: Jane\n---\n\n# X\n', { config: mergeConfig(), teamSchema: team });
  assert.deepEqual(withTeam.findings.filter((x) => x.ruleId === RULE), []);
});

test(`${RULE}: 9,000 keys and a duplicate among them are read in linear time`, () => {
  const keys = Array.from({ length: 9_000 }, (_, i) => `key_${i}: value ${i}`).join('\n');
  const started = process.cpuUsage();
  const r = run(`---\ntype: postmortem\n${keys}\nkey_7: again\n---\n\n# X\n`);
  const used = cpuMs(started);
  assert.ok(used < 2000, `took ${used} ms of CPU`);
  const dup = r.findings.filter((x) => x.ruleId === RULE);
  assert.deepEqual(dup.map((f) => [f.messageId, f.message]), [['yaml', 'Front matter is not valid YAML: Map keys must be unique.']]);
  assert.equal(r.doc!.lines.positionAt(dup[0]!.range.start).line, 9_002, 'on the second key_7');
});

test(`${RULE}: front matter over 256 KiB or 10,000 lines is not read, and says so at once`, () => {
  for (const [name, keys, message] of [
    ['40,000 keys, 877 KiB', Array.from({ length: 40_000 }, (_, i) => `key_${i}: value ${i}`).join('\n'), 'Front matter is not read: 40002 lines and 877 KiB'],
    ['27,000 one-letter keys, 253 KiB', Array.from({ length: 27_000 }, (_, i) => `k${i}: v`).join('\n'), 'Front matter is not read: 27002 lines and 253 KiB'],
  ] as const) {
    const started = process.cpuUsage();
    const r = run(`---\ntype: postmortem\n${keys}\n---\n\n# X\n`);
    const used = cpuMs(started);
    assert.ok(used < 1500, `${name}: took ${used} ms of CPU`);
    const [f] = r.findings.filter((x) => x.ruleId === RULE);
    assert.equal(f!.message, `${message}, more than the 10000 lines or 256 KiB front matter may have (a postmortem's is a few dozen keys).`, name);
    assert.equal(r.doc!.lines.positionAt(f!.range.start).line, 1);
  }
});

test(`${RULE}: Korean message`, () => {
  assert.match(run('---\nstatus: done\n---\n\n# X\n', {}, 'ko').findings.find((x) => x.ruleId === RULE)!.message, /허용되지 않습니다/);
});

test(`${RULE}: a team that sets its severities gets exactly those; a review status that is not an incident state is still reported`, () => {
  const r = run('---\nseverity: Medium\n---\n\n# X\n', { severities: ['SEV1', 'SEV2'] });
  assert.equal(r.findings.filter((x) => x.ruleId === RULE).length, 1);
  assert.equal(run('---\nstatus: finished\n---\n\n# X\n').findings.filter((x) => x.ruleId === RULE).length, 1);
});

test('a milestone given as a day is a note, in the user\'s language', () => {
  const [f] = run('---\ndetected: 2024-10-03\n---\n\n# X\n').findings.filter((x) => x.ruleId === RULE);
  assert.equal(f?.severity, 'information');
  assert.match(f?.message ?? '', /day without a time \(2024-10-03\)/);
  const [ko] = run('---\ndetected: 2024-10-03\n---\n\n# X\n', {}, 'ko').findings.filter((x) => x.ruleId === RULE);
  assert.match(ko?.message ?? '', /시각 없이 날짜만/);
});
