import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startServer, pathToUri } from '../helpers/lsp-client';

test('the server lists templates and writes new postmortems without overwriting', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-new-'));
  const server = await startServer({ folder: dir });
  try {
    const list = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.listTemplates', arguments: [pathToUri(dir)] })) as { templates: Array<{ id: string; date?: string }> };
    const ids = list.templates.map((t) => t.id);
    for (const id of ['blank', 'blank-ko', 'kakao-2022-pangyo-data-center-fire', 'kakao-2012-lg-cns-power-failure']) assert.ok(ids.includes(id), id);
    assert.equal(list.templates.find((t) => t.id === 'kakao-2022-pangyo-data-center-fire')!.date, '2022-10-15');

    const args = { templateId: 'kakao-2022-pangyo-data-center-fire', title: 'Pangyo data center fire', date: '2022-10-15', folderUri: pathToUri(dir) };
    const first = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [args] })) as { uri: string; error?: string };
    assert.equal(first.error, undefined);
    const file1 = fileURLToPath(first.uri);
    assert.equal(path.relative(dir, file1), path.join('postmortems', '2022-10-15-pangyo-data-center-fire.md'));
    const original = fs.readFileSync(file1, 'utf8');
    assert.match(original, /^title: "?Pangyo data center fire"?$/m);

    const second = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [args] })) as { uri: string };
    assert.equal(path.basename(fileURLToPath(second.uri)), '2022-10-15-pangyo-data-center-fire-2.md');
    assert.equal(fs.readFileSync(file1, 'utf8'), original, 'the first file is untouched');

    const untitled = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [{ templateId: 'blank', title: 'Login outage', date: '2026-01-02' }] })) as { uri?: string; text: string };
    assert.equal(untitled.uri, undefined);
    assert.match(untitled.text, /Login outage/);
    assert.match(untitled.text, /2026-01-02/);

    const bad = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [{ ...args, date: '2022-13-40' }] })) as { error?: string };
    assert.match(bad.error ?? '', /YYYY-MM-DD/);
  } finally {
    await server.stop();
  }
});

test('New Postmortem follows the editor settings for the folder and file name, and .postmortemrc.json over them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-new-settings-'));
  const server = await startServer({ folder: dir, settings: { newFileFolder: 'incidents', newFileName: '{date}_{slug}.md' } });
  const args = { templateId: 'blank', title: 'Login outage', date: '2026-01-02', folderUri: pathToUri(dir) };
  try {
    const r = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [args] })) as { uri: string; error?: string };
    assert.equal(r.error, undefined);
    assert.equal(path.relative(dir, fileURLToPath(r.uri)), path.join('incidents', '2026-01-02_login-outage.md'));

    // A config file in the folder wins over the editor settings, as it does for linting.
    fs.writeFileSync(path.join(dir, '.postmortemrc.json'), JSON.stringify({ newFileFolder: 'docs/postmortems' }));
    await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToUri(path.join(dir, '.postmortemrc.json')), type: 1 }] });
    const again = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.newFromTemplate', arguments: [args] })) as { uri: string };
    assert.equal(path.relative(dir, fileURLToPath(again.uri)), path.join('docs', 'postmortems', '2026-01-02_login-outage.md'));
  } finally {
    await server.stop();
  }
});
