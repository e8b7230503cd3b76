// The server on values that used to be silent: hover reads zone-less milestones in the
// configured `timezone` (as the diagnostics do) and says when a milestone cannot be read; a
// front matter of 40,000 keys does not hold the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { startServer, type TestServer } from '../helpers/lsp-client';

let seoul: TestServer;
let n = 0;

before(async () => {
  seoul = await startServer({ pull: true, settings: { timezone: 'Asia/Seoul' } });
});

after(async () => {
  assert.equal(await seoul.stop(), 0);
});

async function hoverAt(server: TestServer, text: string, needle: string): Promise<string> {
  const uri = `untitled:values-${n++}`;
  server.open(uri, text);
  const h = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: new LineIndex(text).positionAt(text.indexOf(needle) + 1) });
  server.close(uri);
  return (h?.contents as MarkupContent | undefined)?.value ?? '';
}

test('hover reads zone-less milestones in the configured timezone, as the diagnostics do', async () => {
  const text = '---\ntype: postmortem\nstarted: 2022-10-15T15:19:00\nresolved: 2022-10-16T02:19:00\nduration: 2h\n---\n# Fire\n';
  const uri = `untitled:values-${n++}`;
  seoul.open(uri, text);
  const diagnostics = await seoul.pull(uri);
  seoul.close(uri);
  assert.ok(diagnostics.some((d) => d.code === 'duration-mismatch' && /started → resolved is 11 h/.test(String(d.message))), 'the diagnostic computes 11 h');
  const value = await hoverAt(seoul, text, 'resolved:');
  assert.match(value, /\| TTR \| 11 h \|/);
  assert.match(value, /started → resolved = 11 h/);
  assert.doesNotMatch(value, /\| TTR \| not stated/);
});

test('hover on an impossible milestone says it cannot be read, not that it is not stated', async () => {
  const text = '---\ntype: postmortem\nstarted: 2024-02-30T10:00:00Z\nresolved: 2024-03-01T12:00:00Z\n---\n# X\n';
  const value = await hoverAt(seoul, text, 'resolved:');
  assert.match(value, /\| TTR \| cannot be read \(see invalid-value\) \|/);
});

test('front matter of 40,000 keys does not hold the server: a hover on another document is answered at once', async () => {
  const big = `---\ntype: postmortem\n${Array.from({ length: 40_000 }, (_, i) => `key${String(i).padStart(5, '0')}: value${i}`).join('\n')}\n---\n# Big\n`;
  const bigUri = `untitled:values-${n++}`;
  const started = Date.now();
  seoul.open(bigUri, big);
  const diagnostics = await seoul.pull(bigUri);
  const linted = Date.now() - started;
  assert.ok(diagnostics.some((d) => d.code === 'front-matter' && /Front matter is not read/.test(String(d.message))));
  const t0 = Date.now();
  const value = await hoverAt(seoul, '---\ntype: postmortem\nduration: 4h 10m\n---\n# Small\n', '4h');
  const answered = Date.now() - t0;
  seoul.close(bigUri);
  assert.match(value, /250 min/);
  // Wall-clock bounds, loose because the machine may be shared: before, the lint took 10.8 s and the hover waited for it.
  assert.ok(linted < 3000, `linting the big document took ${linted} ms`);
  assert.ok(answered < 2000, `the hover took ${answered} ms`);
});

test('an unknown zone in the editor settings is no zone: times without one are still reported', async () => {
  const mars = await startServer({ pull: true, settings: { timezone: 'Mars/Olympus' } });
  try {
    const uri = 'untitled:values-mars';
    mars.open(uri, '---\ntype: postmortem\nstarted: 2022-10-15T15:19:00\nresolved: 2022-10-16T02:19:00Z\n---\n# Fire\n');
    const codes = (await mars.pull(uri)).map((d) => `${d.code} ${d.range.start.line + 1}`);
    assert.ok(codes.includes('timezone 3'), codes.join(', '));
  } finally {
    assert.equal(await mars.stop(), 0);
  }
});
