// Import Timeline over the real server (stdio): a preview answers the text after the import and
// changes nothing; applying asks the client for one WorkspaceEdit with every row, labelled so that
// one undo reverts it; a malformed file is a message and no edit.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExecuteCommandRequest, type ApplyWorkspaceEditParams, type ApplyWorkspaceEditResult } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core/lint';
import { SERVER_COMMANDS, type CommandResult, type ImportTimelineArgs } from '../../server/src/lsp/command-ids';
import { startServer, type TestServer } from '../helpers/lsp-client';
import { notInWeb } from '../helpers/lsp-client';
import { ROOT } from '../helpers/root';

const FIX = path.join(ROOT, 'test', 'fixtures', 'import');
const KAKAO = fs.readFileSync(path.join(ROOT, 'templates', 'kakao-2022-pangyo-data-center-fire.ko.md'), 'utf8');
const received: ApplyWorkspaceEditParams[] = [];
let server: TestServer;
let n = 0;

before(async () => {
  server = await startServer({ pull: true, onApplyEdit: (p): ApplyWorkspaceEditResult => (received.push(p), { applied: true }) });
});

after(async () => {
  assert.equal(await server.stop(), 0);
});

async function run(text: string, args: ImportTimelineArgs): Promise<{ result: CommandResult; edited: string | undefined; label?: string }> {
  const uri = `untitled:import-${n++}`;
  server.open(uri, text);
  const count = received.length;
  const result = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.importTimeline, arguments: [uri, args] })) as CommandResult;
  server.close(uri);
  if (received.length === count) return { result, edited: undefined };
  const edits = received[received.length - 1].edit.changes?.[uri];
  assert.ok(edits);
  return { result, edited: TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits), label: received[received.length - 1].label };
}

const SOURCES: ImportTimelineArgs = {
  sources: [
    { source: 'slack', path: path.join(FIX, 'slack-export') },
    { source: 'pagerduty', path: path.join(FIX, 'pagerduty-log-entries.json') },
  ],
  channel: 'inc-123',
};

test('the preview is the text after the import, and nothing is applied', notInWeb('Import Timeline reads files on disk'), async () => {
  const { result, edited } = await run(KAKAO, { ...SOURCES, preview: true });
  assert.equal(edited, undefined);
  assert.equal(result.applied, false);
  assert.equal(result.preview?.rows, 8);
  assert.match(result.preview!.text, /\| 2022-10-15 15:25 \| Triggered through the API \(PagerDuty\) \|\n\| 2022-10-15 15:30 \| 카카오 서비스 장애가/);
});

test('applying is one labelled edit whose text is the preview, and the result lints clean', notInWeb('Import Timeline reads files on disk'), async () => {
  const preview = (await run(KAKAO, { ...SOURCES, preview: true })).result.preview!.text;
  const { result, edited, label } = await run(KAKAO, SOURCES);
  assert.equal(result.applied, true);
  assert.match(result.message ?? '', /8/);
  assert.equal(label, 'Import timeline');
  assert.equal(edited, preview);
  assert.deepEqual(lint(edited!, {}).findings.map((f) => f.ruleId), []);
});

test('a malformed file is a message naming it, and nothing is applied', notInWeb('Import Timeline reads files on disk'), async () => {
  const { result, edited } = await run(KAKAO, { sources: [{ source: 'pagerduty', path: path.join(FIX, 'pagerduty-bad-entry.json') }] });
  assert.equal(edited, undefined);
  assert.equal(result.applied, false);
  assert.match(result.message ?? '', /Nothing imported: .*pagerduty-bad-entry\.json: log_entries\[1\]/);
  const bad = await run(KAKAO, { sources: [{ source: 'jira', path: 'x' }] } as ImportTimelineArgs);
  assert.match(bad.result.message ?? '', /unknown source "jira"/);
});
