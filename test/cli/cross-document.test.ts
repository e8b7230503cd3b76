// The cross-document rules in `postmortem lint`, on the fixture workspace of test/lsp/workspace.test.ts:
// the files linted together see each other; links resolve against every Markdown file of the
// working directory; action-item-overdue is off in CI unless the configuration names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli, tempDir } from './helpers';
import { inCi, overdueDay } from '../../server/src/cli/cross-document';
import { mergeConfig } from '../../server/src/core/config';

const FIXTURE = path.join(repoRoot(), 'test', 'fixtures', 'workspace');

function workspace(): string {
  const dir = tempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

interface JsonResult { files: Array<{ path: string; findings: Array<{ ruleId: string; line: number }> }> }

function findings(cwd: string, args: string[], env: Record<string, string> = {}): string[] {
  const r = runCli(['lint', '--format', 'json', ...args], { cwd, env });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const rules = new Set(['duplicate-incident', 'related-link', 'recurring-incident', 'action-item-overdue']);
  return (JSON.parse(r.stdout) as JsonResult).files
    .flatMap((f) => f.findings.filter((m) => rules.has(m.ruleId)).map((m) => `${path.basename(f.path)}:${m.line} ${m.ruleId}`))
    .sort();
}

test('files linted together: recurring-incident and related-link; action-item-overdue outside CI', () => {
  const dir = workspace();
  assert.deepEqual(findings(dir, ['.'], { CI: '' }), [
    '2024-03-01-checkout.md:22 action-item-overdue',
    '2024-03-01-checkout.md:7 recurring-incident',
    '2024-03-05-search.md:11 related-link',
    '2024-03-05-search.md:18 related-link',
  ]);
});

test('in CI, action-item-overdue runs only when the configuration names it', () => {
  const dir = workspace();
  assert.ok(!findings(dir, ['.'], { CI: 'true' }).some((f) => f.endsWith('action-item-overdue')));
  fs.writeFileSync(path.join(dir, '.postmortemrc.json'), '{ "rules": { "action-item-overdue": "warning" } }');
  assert.ok(findings(dir, ['.'], { CI: 'true' }).includes('2024-03-01-checkout.md:22 action-item-overdue'));
  assert.equal(inCi({ CI: 'false' }), false);
  assert.equal(inCi({ CI: '0' }), false);
  assert.equal(inCi({}), false);
  assert.equal(inCi({ CI: '1' }), true);
  assert.equal(overdueDay(mergeConfig({ rules: { 'action-item-overdue': 'off' } }), false, '2024-06-01'), undefined);
});

test('a duplicate id among the files linted is reported in both; a file linted alone sees only itself and the names of Markdown files', () => {
  const dir = workspace();
  const search = path.join(dir, 'postmortems', '2024', '2024-03-05-search.md');
  fs.writeFileSync(search, fs.readFileSync(search, 'utf8').replace('id: INC-103', 'id: INC-102'));
  fs.writeFileSync(path.join(dir, 'postmortems', '2024', '2023-12-01-index.md'), '# Index outage notes\n');
  const all = findings(dir, ['.'], { CI: 'true' });
  assert.ok(all.includes('2024-03-05-search.md:2 duplicate-incident'), all.join('\n'));
  assert.ok(all.includes('2024-03-01-checkout.md:2 duplicate-incident'), all.join('\n'));
  assert.ok(!all.includes('2024-03-05-search.md:18 related-link'), 'the linked file exists now');
  // Alone: no duplicate (the other file is not linted), the link still resolves by name, INC-099 is still unknown.
  assert.deepEqual(findings(dir, ['postmortems/2024/2024-03-05-search.md'], { CI: 'true' }), ['2024-03-05-search.md:11 related-link']);
});

test('--cache: a second run gives the same cross-document findings', () => {
  const dir = workspace();
  const first = findings(dir, ['--cache', '.'], { CI: 'true' });
  assert.ok(fs.existsSync(path.join(dir, 'node_modules', '.cache', 'postmortem')));
  assert.deepEqual(findings(dir, ['--cache', '.'], { CI: 'true' }), first);
  assert.ok(first.includes('2024-03-01-checkout.md:7 recurring-incident'));
});
