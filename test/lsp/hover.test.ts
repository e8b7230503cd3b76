import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { startServer, type TestServer } from '../helpers/lsp-client';

/** `‸` marks the cursor in the fixtures. */
const CURSOR = '‸';

const FRONT_MATTER = [
  '---',
  'type: postmortem',
  'date: 2012-04-28',
  'started: 2012-04-28T14:50:00+09:00',
  'detected: 2012-04-28T15:00:00+09:00',
  'mitigated: 2012-04-28T18:10:00+09:00',
  'resolved: 2012-04-28T19:00:00+09:00',
  'users_affected: 40000000',
  '---',
  '# Power failure',
  '',
];

function doc(...body: string[]): string {
  return [...FRONT_MATTER, ...body, ''].join('\n');
}

let server: TestServer;
let ko: TestServer;
let n = 0;

before(async () => {
  server = await startServer({ pull: true });
  ko = await startServer({ pull: true, locale: 'ko' });
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.equal(await ko.stop(), 0);
});

/** Hovers at the `‸` of `text` and returns the markdown (undefined when there is no hover). */
async function hover(text: string, on: TestServer = server): Promise<{ value: string; hover: Hover } | undefined> {
  const offset = text.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the fixture marks the cursor');
  const clean = text.slice(0, offset) + text.slice(offset + CURSOR.length);
  const uri = `untitled:hover-${n++}`;
  on.open(uri, clean);
  const h = await on.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: new LineIndex(clean).positionAt(offset) });
  on.close(uri);
  if (!h) return undefined;
  const contents = h.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  // Plain MarkupContent: nothing that would make a client trust the markdown or run a command.
  assert.deepEqual(Object.keys(contents).sort(), ['kind', 'value']);
  assert.doesNotMatch(contents.value, /command:/);
  return { value: contents.value, hover: h };
}

/** Asserts the hover at `‸` contains every expected piece. */
async function check(text: string, expected: Array<string | RegExp>, on?: TestServer): Promise<void> {
  const h = await hover(text, on);
  assert.ok(h, `a hover at ${JSON.stringify(text.slice(text.indexOf(CURSOR) - 20, text.indexOf(CURSOR) + 20))}`);
  for (const e of expected) {
    if (typeof e === 'string') assert.ok(h.value.includes(e), `${JSON.stringify(e)} in:\n${h.value}`);
    else assert.match(h.value, e);
  }
}

test('a ratio shows the share: 12,000 / 32,000 = 37.5 %', async () => {
  await check(doc('## Servers restored', '', '12,0‸00 of 32,000 servers were back by the evening.'), ['12,000 / 32,000 = 37.5 %']);
  await check(doc('## Servers restored', '', '32,000대 중 12,000‸대 복구'), ['12,000 / 32,000 = 37.5 %']);
});

test('a duration shows its normalized length in minutes', async () => {
  await check(doc('## Duration', '', 'About 4h 1‸0m.'), ['4 h 10 min (250 min)']);
  await check(doc('## Duration', '', '4시간 10‸분'), ['4시간 10분 (250분)'], ko);
});

test('a milestone shows TTD, TTM and TTR with their definitions', async () => {
  const text = doc('## Summary', '', 'Down.').replace('detected:', 'detec‸ted:');
  await check(text, [
    '| TTD | 10 min | time to detect = detected − started |',
    '| TTM | 3 h 20 min | time to mitigate = mitigated − started |',
    '| TTR | 4 h 10 min | time to resolve = resolved − started |',
  ]);
});

test('hovering started or resolved (key or value) shows started → resolved = 4 h 10 min', async () => {
  const base = doc('## Summary', '', 'Down.');
  await check(base.replace('started:', 'sta‸rted:'), ['started → resolved = 4 h 10 min', '2012-04-28T14:50:00+09:00 (2012-04-28 05:50 UTC)']);
  await check(base.replace('resolved: 2012', 'resolved: 20‸12'), ['started → resolved = 4 h 10 min']);
  await check(base.replace('started:', 'sta‸rted:'), ['started → resolved = 4시간 10분', 'TTR', '해결까지 걸린 시간'], ko);
});

test('a missing milestone is said to be missing, not computed', async () => {
  const text = doc('## Summary', '', 'Down.').replace(/mitigated:.*\n/, '').replace('started:', 'sta‸rted:');
  await check(text, [/\| TTM \| not stated \|/, '| TTR | 4 h 10 min |']);
});

test('a timestamp shows ISO with its offset, UTC and the zone used', async () => {
  await check(doc('## Timeline', '', '- 2022-10-15 15:1‸9 KST — fire alarm'), ['2022-10-15T15:19+09:00', '2022-10-15 06:19 UTC', 'KST (UTC+09:00), written with the time']);
  await check(doc('## Timeline (all times KST)', '', '- 15:1‸9 — fire alarm'), ['2012-04-28T15:19+09:00', 'stated once for the timeline']);
  await check(doc('## Timeline', '', '- 15:1‸9 — fire alarm'), ['No zone']);
});

test('a count written in words or Korean units shows its number', async () => {
  await check(doc('## User impact', '', '4,560만‸ 명이 메시지를 보내지 못했다.'), ['45,600,000']);
  await check(doc('## Summary', '', 'x').replace('users_affected: 4', 'users_affected: 4‸'), ['40,000,000']);
});

test('a section heading shows the field it names and what it means, escaping the heading text', async () => {
  await check(doc('## Root‸ cause analysis', '', 'A breaker failed.'), ['field `cause`', 'required', 'What caused the incident']);
  await check(doc('## 원인‸', '', '차단기 고장.'), ['필수', '장애를 일으킨 원인'], ko);
  const h = await hover(doc('## Root cause <script>alert(1)</script> [x](command:evil)‸', '', 'A breaker failed.'));
  assert.ok(h);
  assert.doesNotMatch(h.value, /<script>/);
  assert.doesNotMatch(h.value, /\]\(/);
  assert.match(h.value, /&lt;script&gt;/);
});

test('front matter keys explain themselves; plain text and non-postmortems get no hover', async () => {
  await check(doc('## Summary', '', 'x').replace('type:', 'ty‸pe:'), ['type: postmortem']);
  assert.equal(await hover(doc('## Summary', '', 'Nothing to s‸ee here.')), undefined);
  assert.equal(await hover('# Notes\n\n## Duration\n\n4h 1‸0m\n'), undefined);
});

test('the server says it provides hovers', () => {
  assert.equal(server.init.capabilities.hoverProvider, true);
});
