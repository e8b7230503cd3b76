/**
 * The cross-document rules in the language server: the workspace index reads the other
 * postmortems, an edit in one open document updates the findings of another, and a file changed
 * on disk is read again, alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { startServer, pathToUri, notInWeb, workspaceFixture } from '../helpers/lsp-client';

/** The web server keeps no index of the workspace (README, "In the browser"). */
const NO_INDEX_IN_WEB = notInWeb('no index of the workspace: the cross-document rules do not run');
import type { MemoryUsage } from '../../server/src/lsp/server';

const workspace = () => workspaceFixture('pm-workspace');

const codes = (d: Diagnostic[], rule?: string) => d.filter((x) => !rule || x.code === rule).map((x) => `${x.code}:${x.range.start.line + 1}`).sort();
const has = (rule: string) => (d: Diagnostic[]) => d.some((x) => x.code === rule);
const hasNot = (rule: string) => (d: Diagnostic[]) => !d.some((x) => x.code === rule);

async function indexStats(server: Awaited<ReturnType<typeof startServer>>) {
  const m = (await server.conn.sendRequest('postmortem/memoryUsage', {})) as MemoryUsage;
  return m.workers.find((w) => w.index)?.index;
}

test('the other postmortems of the workspace: related-link and recurring-incident once the index has read them', NO_INDEX_IN_WEB, async () => {
  const dir = workspace();
  const server = await startServer({ folder: dir });
  try {
    const search = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-05-search.md'));
    const checkout = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-01-checkout.md'));
    const searchDiags = server.nextDiagnostics(search, has('related-link'));
    const checkoutDiags = server.nextDiagnostics(checkout, has('recurring-incident'));
    server.open(search, fs.readFileSync(new URL(search), 'utf8'));
    server.open(checkout, fs.readFileSync(new URL(checkout), 'utf8'));
    assert.deepEqual(codes(await searchDiags, 'related-link'), ['related-link:11', 'related-link:18']);
    const recurs = (await checkoutDiags).find((d) => d.code === 'recurring-incident')!;
    assert.equal(recurs.severity, 3, 'information');
    assert.match(String(recurs.message), /2024-02-20-checkout\.md \(2024-02-20\)/);
    // The related INC-101 exists and the link resolves: no related-link on the checkout document.
    assert.deepEqual(codes(server.publishes.filter((p) => p.uri === checkout).at(-1)!.diagnostics, 'related-link'), []);
    const stats = await indexStats(server);
    assert.equal(stats?.complete, true);
    assert.equal(stats?.postmortems, 3);
  } finally {
    await server.stop();
  }
});

test('an edit in one open document changes the findings of another (duplicate-incident), and back', NO_INDEX_IN_WEB, async () => {
  const dir = workspace();
  const server = await startServer({ folder: dir });
  try {
    const search = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-05-search.md'));
    const checkout = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-01-checkout.md'));
    const searchText = fs.readFileSync(new URL(search), 'utf8');
    const ready = server.nextDiagnostics(checkout, has('recurring-incident'));
    server.open(search, searchText);
    server.open(checkout, fs.readFileSync(new URL(checkout), 'utf8'));
    const before = await ready;
    assert.deepEqual(codes(before, 'duplicate-incident'), []);

    // The search postmortem takes the checkout postmortem's id (not saved): both now report it.
    const dupInCheckout = server.nextDiagnostics(checkout, has('duplicate-incident'));
    const dupInSearch = server.nextDiagnostics(search, has('duplicate-incident'));
    server.change(search, 2, searchText.replace('id: INC-103', 'id: INC-102'));
    const [c, s] = await Promise.all([dupInCheckout, dupInSearch]);
    assert.match(String(c.find((d) => d.code === 'duplicate-incident')!.message), /"INC-102": 2024-03-05-search\.md/);
    assert.match(String(s.find((d) => d.code === 'duplicate-incident')!.message), /"INC-102": 2024-03-01-checkout\.md/);

    // Undone: the other document's finding goes away.
    const gone = server.nextDiagnostics(checkout, hasNot('duplicate-incident'));
    server.change(search, 3, searchText);
    await gone;
  } finally {
    await server.stop();
  }
});

test('a postmortem created on disk (workspace/didChangeWatchedFiles) is read alone and resolves a link of an open document', NO_INDEX_IN_WEB, async () => {
  const dir = workspace();
  const server = await startServer({ folder: dir });
  try {
    const search = pathToUri(path.join(dir, 'postmortems', '2024', '2024-03-05-search.md'));
    const first = server.nextDiagnostics(search, has('related-link'));
    server.open(search, fs.readFileSync(new URL(search), 'utf8'));
    assert.deepEqual(codes(await first, 'related-link'), ['related-link:11', 'related-link:18']);
    const before = await indexStats(server);

    const created = path.join(dir, 'postmortems', '2024', '2023-12-01-index.md');
    fs.writeFileSync(created, '---\nid: INC-099\ntitle: Index outage\ndate: 2023-12-01\n---\n\n# Index outage\n');
    const resolved = server.nextDiagnostics(search, (d) => codes(d, 'related-link').length === 0);
    await server.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToUri(created), type: 1 }] });
    await resolved;
    const after = await indexStats(server);
    assert.equal(after!.reads - before!.reads, 1, 'one changed file, one file read');
    assert.equal(after!.postmortems, before!.postmortems + 1);

    // Deleted again: the findings come back, and nothing is read.
    fs.rmSync(created);
    const back = server.nextDiagnostics(search, (d) => codes(d, 'related-link').length === 2);
    await server.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToUri(created), type: 3 }] });
    await back;
    assert.equal((await indexStats(server))!.reads, after!.reads);
  } finally {
    await server.stop();
  }
});
