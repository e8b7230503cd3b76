// `--format gitlab` writes a GitLab Code Quality report: it validates against the shape GitLab
// reads (test/fixtures/gitlab/code-quality.schema.json), and its fingerprints are unique and stable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { GitlabIssue } from '../../server/src/cli/formatters/gitlab';
import { BAD_POSTMORTEM, repoRoot, runCli, tempDir, writeFiles, type JsonReport } from './helpers';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'gitlab', 'code-quality.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictTuples: false }).compile(schema);

function project(): string {
  const dir = tempDir();
  writeFiles(dir, {
    'postmortems/search.md': BAD_POSTMORTEM,
    // The same finding twice in one file: two issues, two fingerprints.
    'postmortems/검색 장애.md': BAD_POSTMORTEM.replace('A bad index mapping was deployed.', 'TODO\n\nTODO'),
    'postmortems/clean.md': fs.readFileSync(path.join(repoRoot(), 'templates', 'kakao-2022-pangyo-data-center-fire.md'), 'utf8'),
  });
  return dir;
}

test('--format gitlab is a Code Quality report: one issue per finding, in the shape GitLab reads', () => {
  const dir = project();
  const r = runCli(['lint', '--format', 'gitlab'], { cwd: dir });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  const issues = JSON.parse(r.stdout) as GitlabIssue[];
  assert.ok(validate(issues), JSON.stringify(validate.errors, null, 2));

  // The same findings as the JSON report, file by file, with the severities mapped.
  const json = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
  const expected = json.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, rule: x.ruleId, line: x.line, message: x.message, severity: x.severity })));
  assert.equal(issues.length, expected.length);
  assert.ok(issues.length >= 8, `${issues.length} issues`);
  const mapped: Record<string, string> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };
  issues.forEach((issue, i) => {
    assert.equal(issue.location.path, expected[i]!.path);
    assert.equal(issue.check_name, expected[i]!.rule);
    assert.equal(issue.location.lines.begin, expected[i]!.line);
    assert.equal(issue.description, expected[i]!.message);
    assert.equal(issue.severity, mapped[expected[i]!.severity]);
  });
  assert.ok(issues.some((x) => x.location.path === 'postmortems/검색 장애.md'));

  const prints = issues.map((x) => x.fingerprint);
  assert.equal(new Set(prints).size, prints.length, 'fingerprints are unique');
});

test('--format gitlab fingerprints do not change when lines are added above a finding', () => {
  const dir = project();
  const before = JSON.parse(runCli(['lint', '--format', 'gitlab', 'postmortems/search.md'], { cwd: dir }).stdout) as GitlabIssue[];
  const file = path.join(dir, 'postmortems', 'search.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Summary\n', '## Summary\n\nA first paragraph.\n\n'));
  const after = JSON.parse(runCli(['lint', '--format', 'gitlab', 'postmortems/search.md'], { cwd: dir }).stdout) as GitlabIssue[];
  assert.deepEqual(after.map((x) => x.fingerprint).sort(), before.map((x) => x.fingerprint).sort());
});

test('--format gitlab with nothing found is an empty array, exit 0', () => {
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/kakao.md': fs.readFileSync(path.join(repoRoot(), 'templates', 'kakao-2022-pangyo-data-center-fire.md'), 'utf8') });
  const r = runCli(['lint', '--format', 'gitlab'], { cwd: dir });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), []);
  assert.ok(validate(JSON.parse(r.stdout)));
});
