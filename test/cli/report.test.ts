// `postmortem report` as a user runs it: every format on the fixture repository of
// test/unit/incident-report.test.ts. The JSON validates against schemas/incident-report.schema.json,
// the JSON Lines against incident-record.schema.json, the CSV has one row per incident, and the
// HTML page is opened in Chromium (Debian's, through playwright-core, as the e2e suite does), where
// every chart must have drawn its marks, nothing is fetched and no script runs; a screenshot is
// taken in light and dark. REPORT_DOCS_SCREENSHOT=1 also writes docs/images/report.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { repoRoot, runCli, tempDir, writeFiles } from './helpers';
import { CSV_COLUMNS } from '../../server/src/cli/report-formats';

const root = repoRoot();
const FIXTURE = path.join(root, 'test', 'fixtures', 'report');
const ARGS = ['report', '--today', '2024-06-15'];

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const record = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'incident-record.schema.json'), 'utf8'));
  const report = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'incident-report.schema.json'), 'utf8'));
  ajv.addSchema(record);
  return { record: ajv.compile(record), report: ajv.compile(report) };
}

test('--format json validates against its schema; --format jsonl gives one valid record a line', () => {
  const v = validators();
  const r = runCli([...ARGS, '--format', 'json'], { cwd: FIXTURE });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { records: unknown[]; unreadable: Array<{ path: string }> };
  assert.ok(v.report(structuredClone(report)), JSON.stringify(v.report.errors, null, 2));
  assert.equal(report.records.length, 6);
  assert.deepEqual(report.unreadable.map((u) => u.path), ['postmortems/binary.md']);
  const lines = runCli([...ARGS, '--format', 'jsonl'], { cwd: FIXTURE }).stdout.trimEnd().split('\n');
  assert.equal(lines.length, 6);
  for (const l of lines) assert.ok(v.record(JSON.parse(l)), JSON.stringify(v.record.errors));
});

test('--format csv: a header and one row per incident, with values quoted where needed', () => {
  const r = runCli([...ARGS, '--format', 'csv'], { cwd: FIXTURE });
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.split('\r\n');
  assert.equal(rows.pop(), '');
  assert.equal(rows[0], CSV_COLUMNS.join(','));
  assert.equal(rows.length, 1 + 6);
  const feb = rows.find((l) => l.startsWith('2024-02-20-api-config-again,'))!;
  // Two services in one cell; TTD 30, TTM 60, TTR 180; one open item, not overdue (due 2024-07-01).
  assert.match(feb, /,30,60,180,API; Billing,5000,,,,configuration push,,2,1,0,2024-01-10-api-config$/);
  // A formula-looking value is quoted and prefixed so a spreadsheet shows it as text.
  const dir = tempDir();
  writeFiles(dir, { 'postmortems/a.md': '---\ntype: postmortem\ntitle: "=HYPERLINK(\\"x\\")"\ndate: 2024-01-01\n---\n\n# A\n' });
  const out = runCli(['report', '--format', 'csv'], { cwd: dir }).stdout.split('\r\n')[1]!;
  assert.match(out, /,"'=HYPERLINK\(""x""\)",/);
});

test('table, markdown and devlake formats', () => {
  const table = runCli([...ARGS, '--group-by', 'severity'], { cwd: FIXTURE });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^Postmortem report: 6 incidents, all dates/);
  assert.match(table.stdout, /SEV1 +2 +30m \(1 incident\) +1h \(1 incident\) +4h 30m \/ 4h 30m \(n=2\)/);
  assert.match(table.stdout, /postmortems\/binary\.md +Not linted: the document looks like binary data/);
  const md = runCli([...ARGS, '--format', 'markdown', '--since', '2024-02-20', '--until', '2024-04-01'], { cwd: FIXTURE });
  assert.match(md.stdout, /^# Postmortem report\n\n3 incidents, 2024-02-20 to 2024-04-01\./);
  assert.match(md.stdout, /\| postmortems\/undated-search\.md \| left out: no start date/);
  const devlake = runCli([...ARGS, '--format', 'devlake'], { cwd: FIXTURE }).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(devlake.length, 6);
  assert.ok(devlake.every((d: { type: string }) => d.type === 'INCIDENT'));
});

test('usage errors exit 2 with one line', () => {
  for (const [args, message] of [
    [['--format', 'pdf'], /unknown format 'pdf'/],
    [['--group-by', 'week'], /unknown --group-by 'week'/],
    [['--since', '2024-02-30'], /--since needs a date YYYY-MM-DD, not '2024-02-30'/],
    [['--since', '2024-03-01', '--until', '2024-02-01'], /--since 2024-03-01 is after --until 2024-02-01/],
    [['--recurrence-days', 'ten'], /--recurrence-days needs a whole number/],
  ] as const) {
    const r = runCli(['report', ...args], { cwd: FIXTURE });
    assert.equal(r.code, 2, String(args));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

test('an empty folder gives an empty report, not an error', () => {
  const dir = tempDir();
  const r = runCli(['report', '--format', 'html'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /No incident states a time to resolve/);
});

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

test('--format html: every chart renders in Chromium, light and dark, with no script and no request', { skip: !fs.existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, async () => {
  const r = runCli([...ARGS, '--format', 'html'], { cwd: FIXTURE });
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /<script|javascript:|https?:\/\/(?!postmortem\.dev)/i);
  const dir = tempDir('pm-report-html-');
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, r.stdout);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme, javaScriptEnabled: true });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${file}`);
      const charts = await page.$$eval('figure', (figs) =>
        figs.map((f) => ({
          title: f.querySelector('figcaption')?.textContent ?? '',
          marks: [...f.querySelectorAll('svg rect')].filter((r) => {
            const b = r.getBoundingClientRect();
            return b.width > 0 && b.height > 0;
          }).length,
          labels: [...f.querySelectorAll('svg text')].map((t) => t.textContent),
        })),
      );
      assert.deepEqual(charts.map((c) => c.title), ['Median time to resolve by month', 'Incidents by severity', 'Incidents by service', 'Open action items by owner']);
      // 5 months with a TTR; SEV1-3; API, Billing, Database, Search; bob, carol, dave (+ 2 overdue parts).
      assert.deepEqual(charts.map((c) => c.marks), [5, 3, 4, 5]);
      assert.ok(charts[0]!.labels.includes('2024-07') && charts[0]!.labels.includes('6h*'), charts[0]!.labels.join(' '));
      assert.ok(charts[3]!.labels.includes('2 (1 overdue)'), charts[3]!.labels.join(' '));
      assert.equal(await page.locator('script').count(), 0);
      assert.deepEqual(requests, [`file://${file}`]);
      backgrounds.push(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor'));
      const shot = path.join(dir, `report-${colorScheme}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(fs.statSync(shot).size > 10_000);
      if (process.env.REPORT_DOCS_SCREENSHOT === '1' && colorScheme === 'light') {
        await page.setViewportSize({ width: 1100, height: 1000 });
        await page.screenshot({ path: path.join(root, 'docs', 'images', 'report.png') });
      }
      await page.close();
    }
    assert.notEqual(backgrounds[0], backgrounds[1], 'dark mode has its own background');
  } finally {
    await browser.close();
  }
});
