// `postmortem timeline import` end to end: two sources into a copy of the Kakao 2022 template
// (English, a table whose header states KST) and into its Korean version; the results lint clean,
// timeline-order included. A problem in any source writes nothing; --dry-run writes nothing; Git
// history is read from a real repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { repoRoot, runCli, tempDir, type JsonReport } from './helpers';

const FIXTURES = path.join(repoRoot(), 'test', 'fixtures', 'import');

/** A folder with a copy of a template and the import fixtures. */
function workspace(template: string): { dir: string; file: string } {
  const dir = tempDir('pm-import-');
  fs.cpSync(FIXTURES, path.join(dir, 'in'), { recursive: true });
  const file = path.join(dir, 'postmortem.md');
  fs.copyFileSync(path.join(repoRoot(), 'templates', template), file);
  return { dir, file };
}

/** The Slack export folder as a zip, as Slack hands it out. */
function zipExport(dir: string): string {
  const files: Record<string, Uint8Array> = {};
  const root = path.join(FIXTURES, 'slack-export');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(root, p).split(path.sep).join('/')] = strToU8(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  const out = path.join(dir, 'export.zip');
  fs.writeFileSync(out, zipSync(files));
  return out;
}

function lintJson(dir: string, file: string): JsonReport {
  const r = runCli(['lint', '--format', 'json', file], { cwd: dir });
  return JSON.parse(r.stdout) as JsonReport;
}

for (const template of ['kakao-2022-pangyo-data-center-fire.md', 'kakao-2022-pangyo-data-center-fire.ko.md']) {
  test(`two sources into ${template}: rows in time order, in the table's form, and the document lints clean`, () => {
    const { dir, file } = workspace(template);
    const before = fs.readFileSync(file, 'utf8');
    zipExport(dir);
    const r = runCli(['timeline', 'import', '--from', 'slack:export.zip', '--channel', 'inc-123', '--match', ':pushpin:', '--match', 'Timeline', '--from', 'pagerduty:in/pagerduty-log-entries.json', 'postmortem.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /postmortem\.md: imported 9 entries/);
    assert.match(r.stderr, /suggested detected: 2022-10-15T15:25:00\+09:00/);
    assert.match(r.stderr, /suggested mitigated: 2022-10-15T15:33:00\+09:00/);
    const after = fs.readFileSync(file, 'utf8');
    // Existing rows are all still there, unchanged, in the same order.
    const oldRows = before.split('\n').filter((l) => l.startsWith('| 2022-'));
    const newRows = after.split('\n').filter((l) => l.startsWith('| 2022-'));
    assert.deepEqual(newRows.filter((l) => oldRows.includes(l)), oldRows);
    assert.equal(newRows.length, oldRows.length + 9);
    // Written as the table writes its rows: date and time in KST (stated once in the header), no zone.
    assert.ok(newRows.includes('| 2022-10-15 15:25 | Triggered through the API (PagerDuty) |'), newRows.join('\n'));
    assert.ok(newRows.includes('| 2022-10-15 15:40 | Minji Kim: Power to hall B is gone, @Jae Park paging facilities (Slack) |'));
    // The thread reply at its own time, the edited message with its last text.
    assert.ok(newRows.includes('| 2022-10-15 16:05 | Jae Park: Generators did not start & the UPS room is on fire, see status page (Slack) |'));
    assert.ok(newRows.some((l) => l.includes('corrected: the whole building')));
    // A keyword selects a message too, with the text of its later message_changed event.
    assert.ok(newRows.includes('| 2022-10-15 16:10 | Minji Kim: timeline: status page updated for every service (Slack) |'));
    // Not selected: unpinned chatter, a joined-channel event, a deleted message, another channel.
    assert.ok(!after.includes('ack, on it') && !after.includes('has joined') && !after.includes('wrong channel') && !after.includes('lunch'));
    const times = newRows.map((l) => l.slice(2, 18));
    assert.deepEqual(times, [...times].sort(), 'rows in time order');
    const report = lintJson(dir, 'postmortem.md');
    assert.deepEqual(report.files[0].findings.map((f) => `${f.ruleId}: ${f.message}`), []);

    // Importing again adds nothing: the rows are already there.
    const again = runCli(['timeline', 'import', '--from', 'slack:export.zip', '--channel', 'inc-123', '--match', ':pushpin:', '--match', 'Timeline', '--from', 'pagerduty:in/pagerduty-log-entries.json', 'postmortem.md'], { cwd: dir });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /nothing to import, 9 already in the timeline/);
    assert.equal(fs.readFileSync(file, 'utf8'), after);
  });
}

test('Alertmanager lines are written in the document\'s language; the window leaves out what is outside it', () => {
  const { dir } = workspace('kakao-2022-pangyo-data-center-fire.ko.md');
  const r = runCli(['timeline', 'import', '--dry-run', '--from', 'alertmanager:in/alertmanager-webhook.json', '--since', '2022-10-15 15:00', '--until', '2022-10-15T23:59:00+09:00', 'postmortem.md'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '| 2022-10-15 15:31 | 알림 KakaoTalkSendErrors 발생: Send errors above 50% (Alertmanager) |\n');
  assert.match(r.stderr, /dry run, nothing written/);
});

test('a list timeline gets list items written like its own, in the zone it writes', () => {
  const dir = tempDir('pm-import-');
  const doc = ['---', 'type: postmortem', '---', '# Checkout outage', '', '## Timeline', '', '- 2024-03-10 01:30 EST — Deploy 41', '- 2024-03-10 03:30 EDT — Rolled back', ''].join('\n');
  fs.writeFileSync(path.join(dir, 'pm.md'), doc);
  fs.copyFileSync(path.join(FIXTURES, 'grafana-annotations-dst.json'), path.join(dir, 'grafana.json'));
  const r = runCli(['timeline', 'import', '--dry-run', '--zone', 'America/New_York', '--from', 'grafana:grafana.json', 'pm.md'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  // 06:59Z is 01:59 EST and 07:01Z is 03:01 EDT: the clocks moved forward at 07:00Z.
  assert.equal(r.stdout, [
    '- 2024-03-10 01:59 EST — Deploy 42 started (Grafana)',
    '- 2024-03-10 03:01 EDT — Checkout latency (alerting) (Grafana)',
    '- 2024-03-10 04:00 EDT — Checkout latency (ok) (Grafana)',
    '',
  ].join('\n'));
  assert.equal(fs.readFileSync(path.join(dir, 'pm.md'), 'utf8'), doc, '--dry-run writes nothing');
});

test('a malformed or truncated source names the file and the entry, and nothing is written', () => {
  const { dir, file } = workspace('kakao-2022-pangyo-data-center-fire.md');
  const before = fs.readFileSync(file);
  const zip = zipExport(dir);
  fs.writeFileSync(path.join(dir, 'cut.zip'), fs.readFileSync(zip).subarray(0, 200));
  const cases: Array<[string[], RegExp]> = [
    [['--from', 'pagerduty:in/pagerduty-bad-entry.json'], /in\/pagerduty-bad-entry\.json: log_entries\[1\]: "created_at" \("2022-10-15 15:33"\) is not a time with a zone/],
    [['--from', 'pagerduty:in/pagerduty-truncated.json'], /in\/pagerduty-truncated\.json: not valid JSON .*is the file complete\?/],
    [['--from', 'slack:cut.zip'], /cut\.zip: is not a readable zip of a Slack export/],
    [['--from', 'slack:in/slack-export'], /several channels \(general, inc-123\); choose one with --channel/],
    [['--from', 'slack:in/slack-export', '--channel', 'inc-999'], /no channel 'inc-999'/],
    [['--from', 'grafana:in/missing.json'], /in\/missing\.json: cannot be read \(ENOENT\)/],
    [['--from', 'csv:in/events.tsv', '--from', 'opsgenie:in/pagerduty-log-entries.json'], /pagerduty-log-entries\.json: expected the alert logs answer of the Opsgenie API/],
    [['--from', 'jira:x.json'], /unknown source 'jira'/],
    [['--from', 'pagerduty:in/pagerduty-log-entries.json', '--zone', 'Mars/Olympus'], /unknown --zone 'Mars\/Olympus'/],
    [['--from', 'pagerduty:in/pagerduty-log-entries.json', '--since', 'yesterday'], /invalid --since 'yesterday'/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(['timeline', 'import', ...args, 'postmortem.md'], { cwd: dir });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    assert.deepEqual(fs.readFileSync(file), before, `${args.join(' ')} wrote nothing`);
  }
  const usage = runCli(['timeline', 'import', 'postmortem.md'], { cwd: dir });
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /missing --from/);
  const help = runCli(['timeline', 'import', '--help'], { cwd: dir });
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: postmortem timeline import/);
});

test('Git merges (with a path filter) and tags in the window, and a CSV, into a document without a timeline', () => {
  const dir = tempDir('pm-import-');
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  fs.writeFileSync(path.join(dir, 'README.md'), 'x\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'start'], '2024-03-01T00:00:00Z');
  for (const [branch, file, when] of [['fix-db', 'db/pool.ts', '2024-03-01T05:10:00Z'], ['docs', 'docs/a.md', '2024-03-01T05:20:00Z']] as const) {
    git(['checkout', '-q', '-b', branch]);
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${branch}\n`);
    git(['add', '-A']);
    git(['commit', '-q', '-m', `change ${branch}`], when);
    git(['checkout', '-q', 'main']);
    git(['merge', '-q', '--no-ff', '-m', `Merge branch '${branch}'`, branch], when);
  }
  git(['tag', '-a', 'v1.2.1', '-m', 'hotfix release'], '2024-03-01T05:30:00Z');
  fs.writeFileSync(path.join(dir, 'events.csv'), 'time,event\n2024-03-01 14:05,Error rate above 5%\n');
  const doc = ['---', 'type: postmortem', '---', '# Pool exhaustion', '', '## Summary', '', 'The database pool ran out.', ''].join('\n');
  fs.writeFileSync(path.join(dir, 'pm.md'), doc);
  const r = runCli(['timeline', 'import', '--zone', 'Asia/Seoul', '--from', 'git', '--path', 'db', '--from', 'csv:events.csv', '--since', '2024-03-01T00:00:00Z', 'pm.md'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const after = fs.readFileSync(path.join(dir, 'pm.md'), 'utf8');
  assert.match(after, /## Timeline\n\n- 2024-03-01 14:05 KST — Error rate above 5% \(CSV\)\n- 2024-03-01 14:10 KST — Merge branch 'fix-db' \(Git\)\n- 2024-03-01 14:30 KST — Tagged v1.2.1: hotfix release \(Git\)\n/);
  assert.doesNotMatch(after, /docs/);
});
