import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { ExecuteCommandRequest, type ApplyWorkspaceEditParams, type ApplyWorkspaceEditResult } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIELDS } from '../../server/src/core/fields';
import { lint } from '../../server/src/core/lint';
import { SERVER_COMMANDS, type CommandResult } from '../../server/src/lsp/command-ids';
import { startServer, type TestServer } from '../helpers/lsp-client';

/** What the test client does with `workspace/applyEdit`: record it, and accept unless told not to. */
const received: ApplyWorkspaceEditParams[] = [];
let accept = true;

let server: TestServer;
let n = 0;

before(async () => {
  server = await startServer({
    pull: true,
    settings: { timezone: 'Asia/Seoul' },
    onApplyEdit: (p): ApplyWorkspaceEditResult => {
      received.push(p);
      return accept ? { applied: true } : { applied: false, failureReason: 'the test said no' };
    },
  });
});

after(async () => {
  assert.equal(await server.stop(), 0);
});

/** Runs a server command on `text` and returns the result, the edited text and the cursor line. */
async function run(command: string, text: string, extra: unknown[] = []): Promise<{ result: CommandResult; edited: string | undefined; cursorLine: string | undefined }> {
  const uri = `untitled:command-${n++}`;
  server.open(uri, text);
  const before = received.length;
  const result = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: [uri, ...extra] })) as CommandResult;
  server.close(uri);
  if (received.length === before) return { result, edited: undefined, cursorLine: undefined };
  const edit = received[received.length - 1].edit;
  const edits = edit.changes?.[uri];
  assert.ok(edits, `an edit for ${uri}: ${JSON.stringify(edit)}`);
  const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  const cursorLine = result.position ? edited.split('\n')[result.position.line].slice(0, result.position.character) : undefined;
  return { result, edited, cursorLine };
}

const PARTIAL = [
  '---',
  'type: postmortem',
  '---',
  '# Payment outage',
  '',
  '## Duration',
  '',
  '45 minutes',
  '',
  '## Affected services',
  '',
  '- payments',
  '',
  '## Action items',
  '',
  '- Roll back faster (owner: SRE, due 2024-04-01)',
  '',
].join('\n');

test('the server announces its commands', () => {
  assert.deepEqual(server.init.capabilities.executeCommandProvider?.commands, Object.values(SERVER_COMMANDS));
});

test('Insert Missing Sections asks the client to apply one edit that adds every missing section in order', async () => {
  const { result, edited } = await run(SERVER_COMMANDS.insertMissingSections, PARTIAL);
  assert.equal(result.applied, true);
  assert.ok(edited);
  assert.match(received[received.length - 1].label ?? '', /missing sections/i);
  const headings = edited.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  assert.deepEqual(headings, FIELDS.map((f) => f.label));
  assert.doesNotMatch(edited, /\n\n\n/, 'one blank line between sections');
  // Nothing the user wrote is lost, and no required field is missing any more.
  for (const line of PARTIAL.split('\n')) assert.ok(edited.includes(line));
  assert.deepEqual(lint(edited).findings.filter((f) => f.ruleId === 'required-field'), []);
  // A second run has nothing to do.
  const again = await run(SERVER_COMMANDS.insertMissingSections, edited);
  assert.equal(again.result.applied, false);
  assert.equal(again.edited, undefined);
});

test('a field stated in front matter gets no section', async () => {
  const text = PARTIAL.replace('type: postmortem', 'type: postmortem\ncause: A bad deploy.\nservers: {restored: 3, total: 3}');
  const { edited } = await run(SERVER_COMMANDS.insertMissingSections, text);
  assert.ok(edited);
  assert.doesNotMatch(edited, /## Root cause|## Servers restored/);
  assert.match(edited, /## User impact/);
});

test('a document that ends inside a fence never closed gets no sections there, and is told why', async () => {
  const text = '---\ntype: postmortem\n---\n# Outage\n\n```\nlog line\n';
  const { result, edited } = await run(SERVER_COMMANDS.insertMissingSections, text);
  assert.equal(result.applied, false);
  assert.equal(edited, undefined);
  assert.match(result.message ?? '', /never closed/);
  const entry = await run(SERVER_COMMANDS.insertTimelineEntry, text);
  assert.equal(entry.result.applied, false);
  assert.equal(entry.edited, undefined);
  assert.match(entry.result.message ?? '', /never closed/);
});

test('an edit the client refuses is reported as not applied', async () => {
  accept = false;
  try {
    const { result } = await run(SERVER_COMMANDS.insertMissingSections, PARTIAL);
    assert.equal(result.applied, false);
    assert.match(String(result.message), /did not apply/);
  } finally {
    accept = true;
  }
});

test('Insert Timeline Entry adds a table row after the last entry, in the configured zone', async () => {
  const text = PARTIAL.replace('## Action items', [
    '## Timeline', '', '| Time (KST) | Event |', '| --- | --- |', '| 2024-03-01 14:00 | Deploy starts |', '| 2024-03-01 14:45 | Rolled back |', '', '## Action items',
  ].join('\n'));
  const { result, edited, cursorLine } = await run(SERVER_COMMANDS.insertTimelineEntry, text);
  assert.equal(result.applied, true);
  assert.ok(edited);
  const lines = edited.split('\n');
  const i = lines.indexOf('| 2024-03-01 14:45 | Rolled back |');
  assert.match(lines[i + 1], /^\| \d{4}-\d\d-\d\d \d\d:\d\d \|  \|$/);
  assert.equal(cursorLine, lines[i + 1].slice(0, lines[i + 1].length - 2), 'the cursor waits in the event cell');
});

test('Insert Timeline Entry adds a list item written like its neighbour', async () => {
  const text = PARTIAL.replace('## Action items', ['## Timeline', '', '- **2024-03-01 14:00 KST**: Deploy starts', '- **2024-03-01 14:45 KST**: Rolled back', '', '## Action items'].join('\n'));
  const { edited, cursorLine } = await run(SERVER_COMMANDS.insertTimelineEntry, text);
  assert.ok(edited);
  const lines = edited.split('\n');
  assert.match(lines[lines.indexOf('- **2024-03-01 14:45 KST**: Rolled back') + 1], /^- \*\*\d{4}-\d\d-\d\d \d\d:\d\d KST\*\*: $/);
  assert.match(String(cursorLine), /KST\*\*: $/);
});

test('Insert Timeline Entry creates the Timeline section where the recommended order puts it', async () => {
  const { result, edited } = await run(SERVER_COMMANDS.insertTimelineEntry, PARTIAL, [{ line: 0, character: 0 }]);
  assert.equal(result.applied, true);
  assert.ok(edited);
  assert.match(edited, /## Affected services\n\n- payments\n\n## Timeline\n\n- \d{4}-\d\d-\d\d \d\d:\d\d KST — \n\n## Action items/);
});

test('a command without a document URI does nothing', async () => {
  const r = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertMissingSections, arguments: [] })) as CommandResult;
  assert.equal(r.applied, false);
});
