import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompletionRequest, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { FIELDS } from '../../server/src/core/fields';
import { startServer, pathToUri, type StartOptions, type TestServer } from '../helpers/lsp-client';
import { notInWeb } from '../helpers/lsp-client';

/** `‸` marks the cursor in the fixtures. */
const CURSOR = '‸';

const servers = new Map<string, TestServer>();
let n = 0;

after(async () => {
  for (const s of servers.values()) assert.equal(await s.stop(), 0);
});

/** One server per set of options, shared by the tests that use the same. */
async function serverWith(opts: StartOptions = {}): Promise<TestServer> {
  const key = JSON.stringify(opts);
  let s = servers.get(key);
  if (!s) {
    s = await startServer({ pull: true, ...opts });
    servers.set(key, s);
  }
  return s;
}

/** Completes at the `‸` of `text`; returns the items. */
async function complete(text: string, opts: StartOptions = {}, uri = `untitled:completion-${n++}`): Promise<CompletionItem[]> {
  const offset = text.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the fixture marks the cursor');
  const clean = text.slice(0, offset) + text.slice(offset + CURSOR.length);
  const server = await serverWith(opts);
  server.open(uri, clean);
  const ask = async () => (await server.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: new LineIndex(clean).positionAt(offset) })) as CompletionList | null;
  let r = await ask();
  // As a client does: an incomplete list (the workspace index is still reading) is asked for again.
  for (let i = 0; i < 100 && r?.isIncomplete; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    r = await ask();
  }
  server.close(uri);
  return r?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const newText = (i: CompletionItem) => (i.textEdit as TextEdit).newText;

const BODY = ['# Payment outage', '', '## Root cause', '', 'A bad deploy.', '', '## Duration', '', '45 minutes', ''];

test('front matter: the keys not yet present, as snippets', async () => {
  const items = await complete(['---', 'type: postmortem', 'status: draft', '‸', '---', ...BODY].join('\n'));
  const got = labels(items);
  for (const k of ['title', 'date', 'severity', 'authors', 'started', 'detected', 'mitigated', 'resolved', 'services', 'servers', 'users_affected', 'users_total', 'duration', 'cause', 'user_impact']) {
    assert.ok(got.includes(k), `${k} in ${got.join(', ')}`);
  }
  assert.ok(!got.includes('type') && !got.includes('status'), 'keys already present are not offered');
  const severity = items.find((i) => i.label === 'severity')!;
  assert.equal(newText(severity), 'severity: ${1|SEV1,SEV2,SEV3,SEV4,SEV5|}');
  assert.equal(severity.insertTextFormat, 2);
  assert.match(newText(items.find((i) => i.label === 'started')!), /^started: \$\{1:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\}$/);
});

test('front matter: status and severity values', async () => {
  const status = await complete(['---', 'type: postmortem', 'status: ‸', '---', ...BODY].join('\n'));
  assert.deepEqual(labels(status), ['draft', 'in-review', 'final']);
  const severity = await complete(['---', 'type: postmortem', 'severity: S‸', '---', ...BODY].join('\n'), { settings: { severities: ['SEV0', 'SEV1', 'SEV2'] } });
  assert.deepEqual(labels(severity), ['SEV0', 'SEV1', 'SEV2']);
  // The edit replaces what was typed.
  assert.deepEqual((severity[0].textEdit as TextEdit).range, { start: { line: 2, character: 10 }, end: { line: 2, character: 11 } });
});

test('after ## at the start of a line: only the sections still missing, in the recommended order', async () => {
  const items = await complete(['---', 'type: postmortem', '---', ...BODY, '## ‸', ''].join('\n'));
  const expected = FIELDS.filter((f) => f.id !== 'cause' && f.id !== 'duration').map((f) => f.label);
  assert.deepEqual(labels(items), expected);
  assert.equal(newText(items[0]), '## Summary');
  // A lone `#` becomes a heading at the depth the document's sections use.
  const lone = await complete(['---', 'type: postmortem', '---', ...BODY, '#‸', ''].join('\n'));
  assert.equal(newText(lone.find((i) => i.label === 'Timeline')!), '## Timeline');
  // Not inside a code block.
  assert.deepEqual(await complete(['---', 'type: postmortem', '---', ...BODY, '```sh', '#‸', '```', ''].join('\n')), []);
});

test('a Korean document gets the Korean section labels', async () => {
  const text = ['---', 'type: postmortem', '---', '# 결제 장애', '', '## 원인', '', '배포 오류.', '', '## 장애 시간', '', '45분', '', '### ‸', ''].join('\n');
  const got = labels(await complete(text));
  assert.ok(got.includes('영향 받은 서비스') && got.includes('타임라인'), got.join(', '));
  assert.ok(!got.includes('원인') && !got.includes('Root cause'), got.join(', '));
});

test('Affected services: catalog names not listed yet', async () => {
  const settings = { services: ['payments', 'ledger', 'checkout'] };
  const text = ['---', 'type: postmortem', '---', ...BODY, '## Affected services', '', '- payments', '- ‸', ''].join('\n');
  const items = await complete(text, { settings });
  assert.deepEqual(labels(items).sort(), ['checkout', 'ledger']);
  assert.match(String(items[0].detail), /catalog/);
  // The front matter `services:` list too.
  const fm = await complete(['---', 'type: postmortem', 'services: [ledger, ‸', '---', ...BODY].join('\n'), { settings });
  assert.deepEqual(labels(fm).sort(), ['checkout', 'payments']);
});

test('Affected services: names used by the other postmortems of the workspace', notInWeb('no service index of the workspace'), async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-services-'));
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.writeFileSync(path.join(dir, 'postmortems', '2024-01-01-old.md'), ['# Old', '', '## Affected services', '', '- Billing API', '- Ledger', ''].join('\n'));
  fs.writeFileSync(path.join(dir, 'postmortems', '2024-02-01-older.md'), ['---', 'services: [Billing API, Search]', '---', '# Older', ''].join('\n'));
  fs.writeFileSync(path.join(dir, 'notes.md'), ['# Not a postmortem', '', '## Affected services', '', '- Secret thing', ''].join('\n'));
  const file = path.join(dir, 'postmortems', '2024-03-01-new.md');
  const text = ['# New', '', '## Affected services', '', '- Ledger', '- ‸', ''].join('\n');
  const items = await complete(text, { folder: dir }, pathToUri(file));
  assert.deepEqual(labels(items), ['Billing API', 'Search']);
  assert.match(String(items[0].detail), /used in 2 postmortems/);
});

test('Timeline: now, in the configured zone, written like the other entries', async () => {
  const list = ['---', 'type: postmortem', '---', ...BODY, '## Timeline', '', '- 2024-03-01 14:00 KST — deploy starts', '- ‸', ''].join('\n');
  const [item] = await complete(list, { settings: { timezone: 'Asia/Seoul' } });
  assert.match(String(item.label), /^\d{4}-\d\d-\d\d \d\d:\d\d KST$/);
  assert.equal(newText(item), `${item.label} — `);

  const table = ['---', 'type: postmortem', '---', ...BODY, '## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |', '| 2024-03-01 14:00 | deploy |', '‸', ''].join('\n');
  const [row] = await complete(table);
  assert.match(String(row.label), /^\d{4}-\d\d-\d\d \d\d:\d\d$/, 'the header states the zone once');
  assert.equal(newText(row), `| ${row.label} |  |`);
});

test('no completion outside the places above, nor in documents that are not postmortems', async () => {
  assert.deepEqual(await complete(['---', 'type: postmortem', '---', ...BODY, 'Some ‸text', ''].join('\n')), []);
  assert.deepEqual(await complete(['# Notes', '', '## ‸', ''].join('\n')), []);
});
