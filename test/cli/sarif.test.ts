// `--format sarif` validates against the SARIF 2.1.0 JSON Schema and names every rule it reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { Log } from 'sarif';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { RULES, LineIndex } from '../../server/src/core/index';
import { BAD_POSTMORTEM, repoRoot, runCli, tempDir, writeFiles } from './helpers';

const root = repoRoot();

/**
 * A validator for the SARIF schema. The schema is written for draft-04; ajv 8 reads it as
 * draft-07 once the draft-04 `$schema`/`id` keywords are dropped (the schema uses no keyword whose
 * meaning changed between the two). The three formats it uses are checked here. The schema's
 * `language` pattern has a stray `]`, which only a non-Unicode regular expression accepts (as a
 * literal), hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s));
  return ajv.compile(schema);
}

test('SARIF for a folder with findings is valid SARIF 2.1.0 and every result names a rule of tool.driver.rules', () => {
  const dir = tempDir();
  writeFiles(dir, {
    'postmortems/search.md': BAD_POSTMORTEM,
    'postmortems/검색 장애.md': BAD_POSTMORTEM.replace('## Root cause\n\nA bad index mapping was deployed.\n', '## Root cause\n\nTBD\n\n## Root cause\n'),
    'postmortems/kakao.md': fs.readFileSync(path.join(root, 'templates', 'kakao-2022-pangyo-data-center-fire.md'), 'utf8'),
  });
  const r = runCli(['lint', '--format', 'sarif', 'postmortems'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout) as Log;

  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  const rules = run.tool.driver.rules ?? [];
  const ids = rules.map((x) => x.id);
  for (const rule of rules) {
    assert.equal(rule.helpUri, `https://github.com/postmortem-tools/postmortem/blob/main/docs/rules/${rule.id}.md`);
    assert.ok(rule.shortDescription?.text, `${rule.id} has a short description`);
  }
  const results = run.results ?? [];
  assert.ok(results.length >= 8, 'both broken files report');
  for (const res of results) {
    assert.ok(res.ruleId && ids.includes(res.ruleId), `${res.ruleId} is in tool.driver.rules`);
    assert.equal(ids[res.ruleIndex!], res.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(res.level!));
    const loc = res.locations![0].physicalLocation!;
    assert.equal(loc.artifactLocation!.uriBaseId, '%SRCROOT%');
    const region = loc.region!;
    assert.ok(region.startLine! >= 1 && region.startColumn! >= 1 && region.endLine! >= region.startLine! && region.endColumn! >= 1);
  }
  const uris = [...new Set(results.map((res) => res.locations![0].physicalLocation!.artifactLocation!.uri))].sort();
  assert.deepEqual(uris, ['postmortems/%EA%B2%80%EC%83%89%20%EC%9E%A5%EC%95%A0.md', 'postmortems/search.md']);
  const first = results.find((res) => res.locations![0].physicalLocation!.artifactLocation!.uri === 'postmortems/search.md')!;
  assert.deepEqual(first.locations![0].physicalLocation!.region, { startLine: 7, startColumn: 1, endLine: 7, endColumn: 14 });
});

test('SARIF of a clean run is valid and still lists every rule', () => {
  const r = runCli(['lint', '--format', 'sarif', 'templates/kakao-2012-lg-cns-power-failure.md'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout) as Log;
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.deepEqual(log.runs[0].results, []);
  // The validator is not a rubber stamp.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
  assert.equal(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: { text: 'x' }, level: 'fatal' }] }] }), false);
  const ids = (log.runs[0].tool.driver.rules ?? []).map((x) => x.id);
  for (const id of ['required-field', 'empty-field', 'invalid-value', 'front-matter', 'field-conflict', 'duplicate-section']) assert.ok(ids.includes(id), id);
});

test('SARIF help links and the language server\'s rule links are each rule\'s meta.docs.url, a docs/rules file', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/search.md': BAD_POSTMORTEM });
  const log = JSON.parse(runCli(['lint', '--format', 'sarif', 'postmortems'], { cwd: dir }).stdout) as Log;
  const help = new Map((log.runs[0].tool.driver.rules ?? []).map((x) => [x.id, x.helpUri]));
  for (const rule of RULES) {
    const { id, docs } = rule.meta;
    assert.match(docs.url, new RegExp(`/docs/rules/${id}\\.md$`), id);
    assert.ok(fs.existsSync(path.join(root, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`);
    if (help.has(id)) assert.equal(help.get(id), docs.url, id);
    const d = toDiagnostic(new LineIndex('x'), { ruleId: id, messageId: 'm', data: {}, message: 'm', severity: 'warning', range: { start: 0, end: 1 } });
    assert.equal(d.codeDescription?.href, docs.url, id);
  }
});
