import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, expectationsOf, run } from '../helpers/check';
import type { FieldId, Surface } from '../../server/src/core/types';

const DIR = path.join('test', 'fixtures', 'surfaces');

for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
  const text = fs.readFileSync(path.join(DIR, name), 'utf8');
  test(`fixture ${name}`, () => {
    // Only the rules of this issue: later rules have their own fixtures.
    check(text, expectationsOf(text), { onlyRules: ['required-field', 'empty-field', 'invalid-value', 'front-matter', 'field-conflict', 'duplicate-section'] });
    const m = /^([a-z_]+)--([a-z-]+?)(--(?:ko|ja))?\.md$/.exec(name);
    if (!m) return;
    const [, field, surface] = m as unknown as [string, FieldId, Surface];
    const result = run(text);
    const occ = result.fields!.byField.get(field) ?? [];
    assert.ok(occ.some((o) => o.surface === surface), `${field} is read from the ${surface} (found: ${occ.map((o) => o.surface).join(', ') || 'nothing'})`);
    // The typed value is read, whatever the surface.
    const data = result.model!.data;
    if (field === 'duration') assert.equal((data.duration as { minutes: number }).minutes, surface.endsWith('ko') ? 250 : 250);
    if (field === 'servers_restored') assert.deepEqual(data.servers_restored, { restored: 12000, total: 32000 });
    if (field === 'affected_services') assert.equal((data.affected_services as string[]).length, 2);
    if (field === 'user_impact') assert.equal((data.user_impact as { affected: number }).affected, 45_600_000);
  });
}

// An impact section keyed by service states the affected services in its first column, in every
// language; rows that say they were not hit are left out, and a table keyed by something else is not read.
const IMPACT_TABLES: Array<[string, string, string[]]> = [
  ['en', '# Login failures\n\n## Impact\n\n| Service | Impact |\n| --- | --- |\n| Login | Every sign-in failed |\n| Billing API | Retries piled up |\n| Search | No impact |\n', ['Login', 'Billing API']],
  ['ko', '# 로그인 장애\n\n## 영향 범위\n\n| 서비스 | 영향 |\n| --- | --- |\n| 로그인 | 모든 로그인 실패 |\n| 결제 API | 재시도 폭주 |\n| 검색 | 영향 없음 |\n', ['로그인', '결제 API']],
  ['ja', '# ログイン障害\n\n## 影響範囲\n\n| 機能 | 影響 |\n| --- | --- |\n| ログイン | すべてのログインが失敗 |\n| 決済 API | 再試行が集中 |\n| 検索 | 正常動作 |\n', ['ログイン', '決済 API']],
  ['en, keyed by time', '# Login failures\n\n## Impact\n\n| Time | What users saw |\n| --- | --- |\n| 10:00 | errors |\n', []],
];
for (const [language, text, names] of IMPACT_TABLES) {
  test(`an impact table keyed by service names the affected services (${language})`, () => {
    const data = run(text).model!.data;
    assert.deepEqual(data.affected_services ?? [], names);
  });
}

// Worse service rather than none is a degradation, said in any language; the more specific kinds win.
const KIND_CUES: Array<[string, string]> = [
  ['# Checkout slowdown\n\n## Summary\n\nElevated error rates and increased latency on checkout for 40 minutes.\n', 'degradation'],
  ['# Stuck BTC transactions\n\n## Summary\n\nTwo burn requests left stuck transactions on the Bitcoin side for a day.\n', 'degradation'],
  ['# 결제 성능 저하\n\n## 요약\n\n결제 응답 지연이 40분 동안 이어졌습니다.\n', 'degradation'],
  ['# 決済の性能劣化\n\n## 概要\n\n決済の応答の遅延が40分続いた。\n', 'degradation'],
  // Money computed wrong (too much tax withheld, overcharged) is a data case: no outage length is asked for.
  ['# NC withholding calculated with the 2025 tax table\n\n## What happened\n\nEvery NC employee paid in that window had too much state tax withheld.\n', 'data-loss'],
  ['# Invoices run twice\n\n## Summary\n\nAbout 300 customers were overcharged in March.\n', 'data-loss'],
  ['# 2025년 세율표로 1월 급여 계산\n\n## 무슨 일이 있었나\n\n해당 직원들은 주 소득세를 실제보다 많이 원천징수당했다.\n', 'data-loss'],
  ['# 前年の税率表で給与計算\n\n## 概要\n\n対象の従業員は住民税を実際より多く控除された。\n', 'data-loss'],
  // A data case declared in words (`classification: data correctness`) or told as a mix-up of samples.
  ['---\nclassification: data correctness\n---\n# Sample sheet row offset\n\nThree runs were demultiplexed with the wrong sheet.\n', 'data-loss'],
  ['# 助成研究課題における試料取り違え(サンプルシートの行ずれ)について\n\n## 1. 報告の趣旨\n\n再解析を行った。\n', 'data-loss'],
  // A kind said in parentheses after the severity.
  ['# Sev2 review — archive bucket\n\n| Field | |\n|---|---|\n| Sev | 2 (cost) |\n| Team | Data Platform |\n\nParts were never aborted.\n', 'cost'],
  // An issue tracker's labels line: a label that is a kind's name declares it; a longer label does not.
  ['# [Postmortem] Replay uploads through the NAT gateway #1432\n\n**Labels:** `postmortem` `cost` `infra`\n\nUploads went through the API.\n', 'cost'],
  ['# [Postmortem] Cross-save overwrote console progress #1377\n\n**Labels:** `postmortem` `cloud-save` `data-loss` `sev-2`\n\nThe newer save lost.\n', 'data-loss'],
  ['# Replay uploads\n\nLabels: `cost-center-7`, `infra`\n\nUploads went through the API.\n', 'outage'],
  ['# Data center power failure\n\n## Summary\n\nA power failure at the data center caused increased latency.\n', 'infrastructure'],
  ['# Postmortems\n\n### 1. Incident on validator nodes resulting in two offline events in each node\n\nThe incident happened after a node migration.\n', 'infrastructure'],
  // A fleet's machines failing, in the plural or all of them; one unhealthy node is not a fleet.
  ['# Cascading node failures and ensuing volume problems\n\nA connection spike moved a node to an unresponsive state.\n', 'infrastructure'],
  ['# Two Kubernetes nodes went into NotReady state\n\nBoth nodes ran out of memory.\n', 'infrastructure'],
  ['# Unhealthy node\n\nOne node stopped reporting; its pods moved elsewhere.\n', 'outage'],
];
for (const [text, kind] of KIND_CUES) {
  test(`kind ${kind} is read from "${text.split('\n')[0]}"`, () => {
    assert.equal(run(text).kind?.kind, kind);
  });
}

// Names read from running text: the name next to a failure cue, when the document uses it again;
// a general noun, a lone capitalised word or a verb form is not a name.
const PROSE_NAMES: Array<[string, string, string[] | undefined]> = [
  ['subject of "was down"', '# Incident 42\n\nOn Monday the Billing API was down for an hour. The Billing API recovered after a restart.\n', ['Billing API']],
  ['object of "outage of"', '# Incident 43\n\nThere was an outage of the Search API, after which the Search API was restarted.\n', ['Search API']],
  ['title', '# PostHog Surveys SDK outage\n\nA release of the PostHog Surveys SDK broke rendering.\n', ['PostHog Surveys SDK']],
  // (Round 59 review: the errors the team found in a lower-case system, named with the word for its kind.)
  ['what the team found wrong, and where', '# v4 upgrade postmortem\n\nThis also tracks the errors we have in the headstash contract.\n\nThe headstash contract patch has small bugs.\n', ['headstash contract']],
  // (A name said once is dropped before the title's acronyms are looked for: it does not hide them.)
  ['a stray name dropped, then the title\'s acronym', '# LEAP prod namespace deleted\n\nA bug in our Nimbus tooling deleted the namespace. The LEAP hub was down; LEAP users lost sessions, and LEAP came back at noon.\n', ['LEAP']],
  ['said once only', '# Incident 44\n\nOn Monday the Billing API was down for an hour.\n', undefined],
  ['a general noun', '# Incident 45\n\nThe service was down for an hour. The service came back.\n', undefined],
  ['a lone capitalised word', '# Memory outage\n\nMemory ran out twice.\n', undefined],
  // A title that names only what went wrong: the system the text names most (three times or more), and the host it runs on.
  ['the most-named system when the title names none', '# Stuck transactions due to a low fee estimate\n\nTwo users burned tokens using the bridge on get.example.io. The Coin bridge team was told. The Coin bridge system had no lower bound on fees.\n\nThe Coin bridge was patched.\n', ['Coin bridge', 'get.example.io']],
  // A host name's dots do not end the clause; two hosts joined by `and` are both named.
  ['two hosts after "incident on"', '# Postmortems\n\n### 1. Incident on node.example.io/COCO and node.example.io/MOMO nodes resulting in offline events.\n\nI first updated node.example.io/COCO, then node.example.io/MOMO.\n', ['node.example.io/COCO', 'node.example.io/MOMO']],
  ['a system named twice is not enough', '# Stuck transactions\n\nThe Coin bridge team was told. The Coin bridge system had no lower bound.\n', undefined],
];
for (const [what, text, names] of PROSE_NAMES) {
  test(`affected services from prose: ${what}`, () => {
    assert.deepEqual(run(text).model!.data.affected_services, names);
  });
}

test('names read from prose are not checked against the service catalog', () => {
  const text = '---\ntype: postmortem\n---\n# Incident 46\n\nThe Billing API was down. The Billing API came back.\n';
  assert.deepEqual(run(text, { services: ['billing'] }).findings.filter((f) => f.ruleId === 'unknown-service'), []);
});

test('a labelled value wrapped over lines goes on to the end of its sentence; a time on the next line is no label', () => {
  const text = '# Crash\n\n## Impact\n\n- **Duration of impact:** from when they updated (Jul 9, 11:00 onwards) until\n  they got the fix (from Jul 10, 09:55). That is close to 23 hours.\n- **Users affected:** about 41,000.\n';
  const occ = run(text).fields!.byField.get('duration') ?? [];
  assert.equal(occ.length, 1);
  assert.match(occ[0].text, /until\s+they got the fix \(from Jul 10, 09:55\)\. That is close to 23 hours\.$/);
  assert.deepEqual(run(text).findings.filter((f) => f.ruleId === 'invalid-value'), []);
});

test('a line that gives its label and its value is not a heading written as text over the next paragraph', () => {
  const text = '# 決済障害\n\n## 影響\n\n影響時間: 13:05〜16:20 (3時間15分)\n\n影響を受けた加盟店: 214 店舗\n';
  const occ = run(text).fields!.byField.get('duration') ?? [];
  assert.deepEqual(occ.map((o) => o.text), ['13:05〜16:20 (3時間15分)']);
  assert.deepEqual(run(text).findings.filter((f) => f.ruleId === 'invalid-value'), []);
});

// Labelled corpus (a hub's review): a window in a sentence, `between ~4pm and ~5:15pm`, is the length
// of the incident; read alone, its value still begins at `between`.
test('a window between two approximate times in a sentence gives the duration', () => {
  const text = '# Proxy crashes\n\n## Timeline\n\nbetween ~4pm and ~5:15pm, the proxy was oomkilled and users saw 503 errors.\n';
  assert.deepEqual(run(text).model!.data.duration, { minutes: 75, approximate: true });
  const plain = '# Proxy crash\n\n## What happened\n\nBetween 5:40 am CDT and 7:10 am CDT on Tuesday 11 March, lab results did not reach the EHR.\n';
  assert.deepEqual(run(plain).model!.data.duration, { minutes: 90, approximate: false });
});

// Labelled corpus (a load balancer under memory pressure): services named by example without parentheses, read
// once (the list was read again for every language pack that had no cue of its own in the sentence).
test('services named by example after "such as", without parentheses, are the affected services, read once', () => {
  const text = '# NodeBalancer networking faults\n\n## Impact\n\nSince traffic could not correctly enter our cluster multiple services\nwhich were web based were offline, including services such as site,\ngrafana and bitwarden.\n';
  const r = run(text);
  assert.deepEqual(r.model!.data.affected_services, ['site', 'grafana', 'bitwarden']);
  const alone = '# X\n\n## Notes\n\nServices such as site, grafana and bitwarden had trouble starting after the restart.\n';
  assert.equal(run(alone).fields!.byField.get('affected_services')?.filter((o) => o.surface === 'prose').length, 1);
});

// Labelled corpus (a community's cascading node failure): services named by example in parentheses, and the
// one node said to be back, with no count.
test('services named by example are the affected services; the one node back is one of one restored', () => {
  const text = '# Cascading node failures\n\n## Leadup\n\n- **01:13 UTC:** Node has restored and regained healthy status, but volumes will not mount.\n\n## Impact\n\nPost-restore, all stateful services (e.g. PostgreSQL, Redis, PrestaShop) were unexecutable due to the volume issues, and so any dependent services (e.g. Site, Bot, Hastebin) also had trouble starting.\n';
  const r = run(text);
  assert.deepEqual(r.model!.data.affected_services, ['PostgreSQL', 'Redis', 'PrestaShop', 'Site', 'Bot', 'Hastebin']);
  assert.deepEqual(r.facts!.servers.map((x) => x.value), [{ restored: 1, total: 1, percent: null }]);
  // One of several is not one of one.
  assert.deepEqual(run('# X\n\n## Recovery\n\nThe last node was restored at 02:00.\n').facts!.servers, []);
});

// Labelled corpus (a validator operator's notes): two hosts back in service said as a pair, in a
// sentence of prose, are two of two servers restored.
test('both nodes were fully operational: two of two servers restored', () => {
  const text = '# Nodes offline\n\n## Cause\n\nA failed database migration.\n\n## Steps\n\n1. The node restarted and all seemed to be fine.\n2. After a few more minutes both nodes were fully operational with authored blocks.\n';
  assert.deepEqual(run(text).facts!.servers.map((s) => s.value), [{ restored: 2, total: 2, percent: null }]);
});

// Round 55: a review whose headings are all questions. Each question heading names the field it answers.
const QUESTION_HEADINGS: Array<[string, FieldId]> = [
  ['How bad was it?', 'user_impact'],
  ['What did we lose?', 'user_impact'],
  ['What broke?', 'affected_services'],
  ['How it came to be public', 'cause'],
  ['기여 요인', 'cause'],
  ['Who noticed?', 'detection'],
  ['How did we fix it?', 'resolution'],
  ['7. Measures taken', 'resolution'],
  ['무슨 일이 있었나?', 'summary'],
  ['얼마나 걸렸나?', 'duration'],
  ['무엇이 고장났나?', 'affected_services'],
  ['누가 알아챘나?', 'detection'],
  ['무엇을 바꾸나?', 'action_items'],
  ['잘한 건 뭐였나?', 'lessons_learned'],
  ['얼마나 많은 요청이 틀렸나?', 'user_impact'],
  ['왜 배포 전에 못 잡았나?', 'cause'],
  ['고객에게는 뭘 했나?', 'communication'],
  ['どれくらい続いたか？', 'duration'],
  ['どれくらい止まったか？', 'duration'],
  ['何が壊れたか？', 'affected_services'],
  ['誰が気づいたか？', 'detection'],
  ['何を変えるか？', 'action_items'],
  ['何を直すか？', 'action_items'],
  ['何がよかったか？', 'lessons_learned'],
  ['顧客にはどう伝えたか？', 'communication'],
];
for (const [heading, field] of QUESTION_HEADINGS) {
  test(`a question heading names its field: "${heading}" → ${field}`, () => {
    const occ = run(`# Incident\n\n## ${heading}\n\nSome text.\n`).fields!.byField.get(field) ?? [];
    assert.ok(occ.some((o) => o.surface === 'section'), `"${heading}" is read as ${field}`);
  });
}
