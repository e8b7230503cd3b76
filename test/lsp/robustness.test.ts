/**
 * The language server stays up and keeps answering correctly: after malformed JSON-RPC, unknown
 * methods, requests for documents never opened, changes with ranges past the end, cancelled slow
 * requests, a flood of changes, and every hostile input of test/helpers/hostile.ts. Line endings
 * and a BOM survive code actions. Each test ends by checking that the server answers a probe
 * correctly and exits with 0 on shutdown (no crash, no signal).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancellationTokenSource, DocumentDiagnosticRequest, HoverRequest, CompletionRequest, CodeActionRequest, ExecuteCommandRequest,
  type Diagnostic, type DocumentDiagnosticReport, type TextEdit as LspTextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, pathToUri, type TestServer } from '../helpers/lsp-client';
import { HOSTILE } from '../helpers/hostile';
import { lint } from '../../server/src/core/lint';
import { mergeConfig } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/text';
import { toDiagnostic } from '../../server/src/lsp/convert';

/** A postmortem missing only its cause: exactly one required-field finding. */
const PROBE = [
  '---', 'type: postmortem', '---', '# Payment outage', '', '## Duration', '', '45 minutes', '', '## Affected services', '', '- payments', '',
  '## Servers restored', '', 'N/A: the payment provider is a managed service.', '', '## User impact', '', 'Card payments failed for 3,000 customers.', '',
].join('\n');

let probes = 0;

/** Opens a fresh probe document and checks the answer is exactly right. */
async function assertAnswers(server: TestServer, after: string): Promise<void> {
  const uri = `untitled:probe-${++probes}`;
  server.open(uri, PROBE);
  const diags = await server.pull(uri);
  assert.deepEqual(diags.map((d) => d.code), ['required-field'], `the server answers correctly after ${after}`);
  server.close(uri);
}

async function stopCleanly(server: TestServer): Promise<void> {
  const signal = new Promise<NodeJS.Signals | null>((resolve) => server.proc.on('exit', (_code, s) => resolve(s)));
  assert.equal(await server.stop(), 0, `exit code 0; stderr: ${server.stderr().slice(-2000)}`);
  assert.equal(await signal, null, 'not killed by a signal');
}

/** What the server should report for a text: the core's findings through the same conversion. */
function expected(text: string): Array<{ code: string | number | undefined; range: Diagnostic['range'] }> {
  const lines = new LineIndex(text);
  return lint(text, { config: mergeConfig() }).findings.map((f) => toDiagnostic(lines, f)).map((d) => ({ code: d.code, range: d.range }));
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

test('malformed JSON-RPC does not take the server down', { timeout: 60_000 }, async () => {
  const server = await startServer({ pull: true });
  try {
    const raw = (s: string) => server.proc.stdin!.write(s);
    raw(frame('{not json'));
    raw(frame('[]'));
    raw(frame('42'));
    raw(frame('{"jsonrpc":"2.0"}'));
    raw(frame('{"jsonrpc":"2.0","id":"x-1"}'));
    raw(frame('{"jsonrpc":"1.0","id":7,"method":"textDocument/diagnostic"}'));
    raw(frame('{"jsonrpc":"2.0","id":8,"method":"textDocument/diagnostic","params":null}'));
    raw(frame('{"jsonrpc":"2.0","id":9,"method":"textDocument/codeAction","params":{"textDocument":{}}}'));
    raw(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'));
    raw(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:bad","languageId":"markdown","version":1,"text":42}}}'));
    raw(frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:never","version":2},"contentChanges":[{"text":"x"}]}}'));
    raw(frame('{"jsonrpc":"2.0","method":"textDocument/didClose","params":{}}'));
    raw(frame('{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"postmortem":{"required":"not a list","maxFileSize":-1}}}}'));
    raw(frame('{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":42},"position":{"line":-1,"character":1e309}}}'));
    // Broken headers: a non-numeric length, a header without a length, a body with a stray UTF-8 BOM.
    raw('Content-Length: abc\r\n\r\n');
    raw('X-Garbage: 1\r\n\r\n');
    raw(frame('\ufeff{"jsonrpc":"2.0","method":"$/unknown"}'));
    // vscode-jsonrpc's reader stops at a header block without Content-Length and reads what is
    // already buffered behind it only when more data arrives (upstream behaviour): a client that
    // sent such a block and then waits would wait. Any next message wakes it.
    await new Promise((r) => setTimeout(r, 200));
    raw(frame('{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}'));
    await assertAnswers(server, 'malformed messages');
  } finally {
    await stopCleanly(server);
  }
});

test('unknown methods get MethodNotFound, unknown notifications are ignored', { timeout: 60_000 }, async () => {
  const server = await startServer({ pull: true });
  try {
    await assert.rejects(server.conn.sendRequest('postmortem/doesNotExist', { x: 1 }), (e: { code?: number }) => e.code === -32601);
    await assert.rejects(server.conn.sendRequest('textDocument/notAThing', {}), (e: { code?: number }) => e.code === -32601);
    await server.conn.sendNotification('postmortem/whatever', { y: 2 });
    await server.conn.sendNotification('$/setTrace', { value: 'verbose' });
    await server.conn.sendNotification('$/notAThing', {});
    await assertAnswers(server, 'unknown methods');
  } finally {
    await stopCleanly(server);
  }
});

test('requests for documents never opened get empty answers', { timeout: 60_000 }, async () => {
  const server = await startServer({ pull: true });
  const textDocument = { uri: 'file:///nowhere/postmortems/never-opened.md' };
  const position = { line: 3, character: 4 };
  try {
    const report = (await server.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument })) as DocumentDiagnosticReport;
    assert.deepEqual(report.kind === 'full' ? report.items : [], []);
    assert.deepEqual(await server.conn.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
    const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument, position });
    assert.equal(hover, null);
    const completion = await server.conn.sendRequest(CompletionRequest.type, { textDocument, position });
    assert.ok(completion === null || (Array.isArray(completion) ? completion.length === 0 : completion.items.length === 0), JSON.stringify(completion));
    const commands = server.init.capabilities.executeCommandProvider?.commands ?? [];
    for (const command of commands) {
      // A command about a document never opened fails cleanly (an error answer) or does nothing.
      await server.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: [textDocument.uri] }).catch(() => undefined);
    }
    server.close(textDocument.uri);
    await assertAnswers(server, 'requests for an unknown document');
  } finally {
    await stopCleanly(server);
  }
});

test('didChange with ranges past the end is clamped, and the document stays in sync', { timeout: 60_000 }, async () => {
  const server = await startServer({ pull: true });
  const uri = 'untitled:past-the-end';
  try {
    // The client-side model of the document, updated by the same library rules the server uses.
    let mirror = TextDocument.create(uri, 'markdown', 1, PROBE);
    server.open(uri, PROBE);
    assert.deepEqual((await server.pull(uri)).map((d) => d.code), ['required-field']);
    const changes = [
      { range: { start: { line: 1000, character: 0 }, end: { line: 1000, character: 5 } }, text: '\n## Root cause\n\nA bad push.\n' },
      { range: { start: { line: 2, character: 999 }, end: { line: 2, character: 1000 } }, text: '' },
      { range: { start: { line: 5, character: 50 }, end: { line: 3, character: 0 } }, text: 'reversed ' },
      { range: { start: { line: 0, character: 0 }, end: { line: 99999, character: 99999 } }, text: mirror.getText() + '\n## Root cause\n\nA bad push.\n' },
    ];
    let version = 1;
    for (const c of changes) {
      version++;
      server.changeRange(uri, version, c.range, c.text);
      mirror = TextDocument.update(mirror, [c], version);
      const got = (await server.pull(uri)).map((d) => ({ code: d.code, range: d.range }));
      assert.deepEqual(got, expected(mirror.getText()), `after ${JSON.stringify(c.range)}`);
    }
    await assertAnswers(server, 'out-of-range changes');
  } finally {
    await stopCleanly(server);
  }
});

test('a cancelled slow request is answered or cancelled, and the server goes on', { timeout: 120_000 }, async () => {
  const server = await startServer({ pull: true });
  const uri = 'untitled:slow';
  try {
    server.open(uri, HOSTILE.find((h) => h.name === '3 MB line')!.text());
    for (let i = 0; i < 3; i++) {
      const source = new CancellationTokenSource();
      const pending = server.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
      setTimeout(() => source.cancel(), i * 20);
      try {
        const r = (await pending) as DocumentDiagnosticReport;
        assert.ok(r.kind === 'full' || r.kind === 'unchanged');
      } catch (e) {
        // RequestCancelled (-32800) or ServerCancelled (-32802).
        assert.ok([-32800, -32802].includes((e as { code?: number }).code ?? 0), String(e));
      }
    }
    await assertAnswers(server, 'cancelled requests');
  } finally {
    await stopCleanly(server);
  }
});

for (const mode of ['pull', 'push'] as const) {
  test(`a flood of 2,000 changes ends with the diagnostics of the last text (${mode})`, { timeout: 120_000 }, async () => {
    const server = await startServer({ pull: mode === 'pull' });
    const uri = `untitled:flood-${mode}`;
    try {
      let doc = TextDocument.create(uri, 'markdown', 1, PROBE);
      server.open(uri, PROBE);
      const insert = '## Root cause\n\nA configuration push disabled the payment provider.\n\n';
      let version = 1;
      for (let i = 0; i < 2000; i++) {
        version++;
        // Type the cause section one character at a time at the end, deleting and retyping now and then.
        const end = doc.positionAt(doc.getText().length);
        const change = i % 7 === 6
          ? { range: { start: doc.positionAt(doc.getText().length - 1), end }, text: '' }
          : { range: { start: end, end }, text: insert[i % insert.length] };
        server.changeRange(uri, version, change.range, change.text);
        doc = TextDocument.update(doc, [change], version);
      }
      const want = expected(doc.getText());
      const same = (d: Diagnostic[]) => JSON.stringify(d.map((x) => ({ code: x.code, range: x.range }))) === JSON.stringify(want);
      if (mode === 'pull') assert.ok(same(await server.pull(uri)), 'pulled diagnostics match the last text');
      else await server.nextDiagnostics(uri, same, 60_000);
      await assertAnswers(server, 'a flood of changes');
    } finally {
      await stopCleanly(server);
    }
  });
}

test('code actions keep CRLF line endings and the BOM', { timeout: 60_000 }, async () => {
  const server = await startServer({ pull: true });
  const uri = 'untitled:crlf-bom';
  const text = `\ufeff${PROBE.replace(/\n/g, '\r\n')}`;
  try {
    server.open(uri, text);
    const diags = await server.pull(uri);
    assert.ok(diags.length > 0);
    const actions = [
      ...(await server.codeActions(uri, diags[0].range, diags)),
      ...(await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.postmortem'])),
    ];
    assert.ok(actions.some((a) => a.edit), 'some action has an edit');
    for (const a of actions) {
      const edits: LspTextEdit[] = a.edit?.changes?.[uri] ?? [];
      if (edits.length === 0) continue;
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
      assert.ok(after.startsWith('\ufeff'), `${a.title}: the BOM is kept`);
      assert.equal(after.replace(/\r\n/g, '').search(/[\r\n]/), -1, `${a.title}: only CRLF line breaks`);
    }
    await assertAnswers(server, 'code actions');
  } finally {
    await stopCleanly(server);
  }
});

test('every hostile input gets diagnostics, and the server answers the next request', { timeout: 900_000 }, async () => {
  // Under postmortems/ so that inputs without front matter (random bytes) are postmortems too.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-lsp-hostile-'));
  const server = await startServer({ pull: true, folder });
  try {
    let n = 0;
    for (const h of HOSTILE) {
      const uri = pathToUri(path.join(folder, 'postmortems', `hostile-${n++}.md`));
      const text = h.text();
      server.open(uri, text);
      const diags = await server.pull(uri);
      assert.ok(Array.isArray(diags), h.name);
      if (h.expect === 'too-large' || h.expect === 'too-deep' || h.expect === 'binary') assert.deepEqual(diags.map((d) => d.code), ['unreadable-document'], h.name);
      server.close(uri);
      await assertAnswers(server, h.name);
    }
  } finally {
    await stopCleanly(server);
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
