/**
 * Lints run in worker threads, off the path of requests (server/src/lsp/lint-scheduler.ts and
 * lint-host.ts). What the editor must see, whatever the timing: diagnostics only of the version
 * they are published for and never of an outdated one, requests answered while a long lint runs,
 * and the same findings as the in-process lint.
 */
import { test } from 'node:test';
import { localDay } from '../../server/src/cli/cross-document';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/lsp-client';
import { notInWeb } from '../helpers/lsp-client';
import { lint } from '../../server/src/core/lint';
import { mergeConfig } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/text';
import { generatePostmortem } from '../../bench/generate';
import { nestedListPostmortem } from '../../bench/shapes';

/** What the in-process lint says of a text, as the server publishes it. */
function expected(text: string): string[] {
  const lines = new LineIndex(text);
  // The server gives action-item-overdue the computer's date.
  return lint(text, { config: mergeConfig(), today: localDay() }).findings.map((f) => key({ code: f.ruleId, range: { start: lines.positionAt(f.range.start), end: lines.positionAt(f.range.end) }, message: f.message }));
}

function key(d: Pick<Diagnostic, 'code' | 'range' | 'message'>): string {
  return `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

test('diagnostics equal the in-process lint, on open and after ranged edits', { timeout: 120_000 }, async () => {
  const server = await startServer();
  try {
    const docs = [1, 2, 3, 4, 5, 6].map((seed) => ({ uri: `untitled:same-${seed}.md`, text: generatePostmortem({ seed, lines: 60 + seed * 20, locale: seed % 3 ? 'en' : 'ko', defects: 1 }).text }));
    for (const d of docs) server.open(d.uri, d.text);
    for (const d of docs) {
      const want = expected(d.text);
      await server.nextDiagnostics(d.uri, (got) => JSON.stringify(got.map(key)) === JSON.stringify(want), 60_000);
    }
    // Ranged edits to one of them: delete its first section heading's text, then type it back a character at a time.
    const d = docs[0];
    let doc = TextDocument.create(d.uri, 'markdown', 1, d.text);
    const at = d.text.indexOf('\n## ') + 4;
    const word = d.text.slice(at, d.text.indexOf('\n', at));
    const edits = [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + word.length) }, text: '' }];
    for (let i = 0; i < word.length; i++) edits.push({ range: { start: doc.positionAt(at + i), end: doc.positionAt(at + i) }, text: word[i] });
    let version = 1;
    for (const e of edits) {
      version++;
      server.changeRange(d.uri, version, e.range, e.text);
      doc = TextDocument.update(doc, [e], version);
    }
    const want = expected(doc.getText());
    await server.nextDiagnostics(d.uri, (got) => JSON.stringify(got.map(key)) === JSON.stringify(want), 60_000);
  } finally {
    await server.stop();
  }
});

test('a lint overtaken by a newer version publishes nothing; every diagnostic published is of its version', { timeout: 180_000 }, async () => {
  const server = await startServer();
  const uri = 'untitled:overtaken.md';
  // Long enough that its first lint takes a while (a timeline of one long list).
  const base = nestedListPostmortem({ seed: 5, chars: 300_000 });
  try {
    const texts = new Map<number, string>([[1, base]]);
    server.open(uri, base);
    // Newer versions arrive while the lint of version 1 runs: the cause is written, one character at a time.
    const insert = '\n## Note\n\nTBD\n';
    let doc = TextDocument.create(uri, 'markdown', 1, base);
    for (let v = 2; v <= 1 + insert.length; v++) {
      const end = doc.positionAt(doc.getText().length);
      const change = { range: { start: end, end }, text: insert[v - 2] };
      server.changeRange(uri, v, change.range, change.text);
      doc = TextDocument.update(doc, [change], v);
      texts.set(v, doc.getText());
      if (v % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const last = 1 + insert.length;
    const want = expected(texts.get(last)!);
    await server.nextDiagnostics(uri, (got) => JSON.stringify(got.map(key)) === JSON.stringify(want), 120_000);
    const mine = server.publishes.filter((p) => p.uri === uri);
    // Versions only go up, the last is the last version, and each publish holds that version's findings.
    const versions = mine.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions in order: ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], last);
    assert.ok(!versions.includes(1), 'the lint of version 1, overtaken at once, published nothing');
    for (const p of mine) assert.deepEqual(p.diagnostics.map(key), expected(texts.get(p.version!)!), `version ${p.version}`);
  } finally {
    await server.stop();
  }
});

test('hover, completion and code actions are answered while a long lint runs', { timeout: 180_000, ...notInWeb('the web server lints on its own thread, so a request waits for a running lint') }, async () => {
  const server = await startServer();
  const small = 'untitled:small.md';
  const heavy = 'untitled:heavy.md';
  const smallText = generatePostmortem({ seed: 9, lines: 80 }).text;
  try {
    server.open(small, smallText);
    await server.nextDiagnostics(small, () => true, 60_000);
    let heavyDone = false;
    const heavyLinted = server.nextDiagnostics(heavy, () => true, 170_000).then(() => (heavyDone = true));
    // A postmortem whose first lint takes seconds: one list of 1 MB.
    server.open(heavy, nestedListPostmortem({ seed: 6, chars: 1_000_000 }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = new LineIndex(smallText);
    const heading = lines.positionAt(smallText.indexOf('\n', smallText.indexOf('\n## ') + 1));
    const time = lines.positionAt(smallText.search(/\d{2}:\d{2}/) + 1);
    const answers = await Promise.all([
      server.conn.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: time }),
      server.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: small }, position: heading }),
      server.codeActions(small, { start: time, end: time }, []),
    ]);
    assert.equal(heavyDone, false, 'the requests were answered before the long lint finished');
    assert.ok(answers[1], 'completion answered with items');
    await heavyLinted;
  } finally {
    await server.stop();
  }
});

test('a request that starts the lint early does not keep its diagnostics from being published', { timeout: 60_000 }, async () => {
  const server = await startServer();
  const uri = 'untitled:early.md';
  const text = generatePostmortem({ seed: 4, lines: 80, defects: 1 }).text;
  try {
    server.open(uri, text);
    // At once, before the debounce: completion needs the lint of this version and starts it.
    const lines = new LineIndex(text);
    const heading = lines.positionAt(text.indexOf('\n', text.indexOf('\n## ') + 1));
    void server.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: heading });
    await server.nextDiagnostics(uri, (got) => JSON.stringify(got.map(key)) === JSON.stringify(expected(text)), 30_000);
    // A keystroke, and at once a code action where it was typed (the quick fixes there must wait for this version).
    const at = lines.positionAt(text.indexOf('\n## ') + 4);
    server.changeRange(uri, 2, { start: at, end: at }, 'x');
    const edited = TextDocument.update(TextDocument.create(uri, 'markdown', 1, text), [{ range: { start: at, end: at }, text: 'x' }], 2).getText();
    // Waiting starts before the request: the publish may arrive before the code actions do.
    const published = server.nextDiagnostics(uri, (got) => JSON.stringify(got.map(key)) === JSON.stringify(expected(edited)), 30_000);
    await server.codeActions(uri, { start: at, end: at }, []);
    await published;
    assert.ok(server.publishes.some((p) => p.uri === uri && p.version === 2));
  } finally {
    await server.stop();
  }
});
