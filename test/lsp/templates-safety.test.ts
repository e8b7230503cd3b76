// New Postmortem from Template… in the server stays inside the workspace folder, with the same
// containment check as `postmortem new`, and never offers a team template that escapes its folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startServer, pathToUri, WEB } from '../helpers/lsp-client';

const made: string[] = [];
process.on('exit', () => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempFolder(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

test('New Postmortem refuses a newFileFolder that leaves the workspace folder: "../..", an absolute path, a symlinked folder', async () => {
  const outside = tempFolder('pm-lsp-outside-');
  for (const folder of ['../..', outside, 'linked']) {
    // The web server sees no links: its client refuses to write through one (client/src/web-files.ts).
    const refusal = WEB && folder === 'linked' ? /^cannot create .*refusing to write through the symbolic link/ : undefined;
    // The workspace two folders down in a folder of the test's own, so "../.." is that folder.
    const top = tempFolder('pm-lsp-new-');
    const dir = path.join(top, 'a', 'workspace');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '.postmortemrc.json'), JSON.stringify({ newFileFolder: folder }));
    if (folder === 'linked') fs.symlinkSync(outside, path.join(dir, 'linked'));
    const server = await startServer({ folder: dir });
    try {
      const r = (await server.conn.sendRequest(ExecuteCommandRequest.type, {
        command: 'postmortem.server.newFromTemplate',
        arguments: [{ templateId: 'blank', title: 'Escape', date: '2024-05-06', folderUri: pathToUri(dir) }],
      })) as { uri?: string; error?: string };
      assert.equal(r.uri, undefined, folder);
      assert.match(r.error ?? '', refusal ?? new RegExp(`^newFileFolder "${folder.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is outside the workspace folder: refusing to write `));
      assert.deepEqual(fs.readdirSync(outside), [], 'nothing written outside');
      assert.deepEqual(fs.readdirSync(top), ['a'], 'nothing written two folders up');
    } finally {
      await server.stop();
    }
  }
});

test('the template list leaves out a team template that links outside the templates folder, and says why', async () => {
  const dir = tempFolder('pm-lsp-tpl-');
  const secret = path.join(tempFolder('pm-lsp-secret-'), 'passwd');
  fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
  fs.mkdirSync(path.join(dir, 'pm-templates'));
  fs.writeFileSync(path.join(dir, 'pm-templates', 'db.md'), '# Database incident\n');
  fs.symlinkSync(secret, path.join(dir, 'pm-templates', 'passwd.md'));
  fs.writeFileSync(path.join(dir, '.postmortemrc.json'), JSON.stringify({ templates: 'pm-templates' }));
  const server = await startServer({ folder: dir });
  try {
    const list = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'postmortem.server.listTemplates', arguments: [pathToUri(dir)] })) as { templates: Array<{ id: string }>; warning?: string };
    const ids = list.templates.map((t) => t.id);
    assert.ok(ids.includes('db'));
    assert.ok(!ids.includes('passwd'));
    // The web client does not serve the link at all: the template is simply not there.
    if (!WEB) assert.equal(list.warning, `The team template passwd.md is a symbolic link to ${secret}, outside the templates folder; it is not used.`);
    const r = (await server.conn.sendRequest(ExecuteCommandRequest.type, {
      command: 'postmortem.server.newFromTemplate',
      arguments: [{ templateId: 'passwd', title: 'Leak', date: '2024-05-06', folderUri: pathToUri(dir) }],
    })) as { uri?: string; error?: string };
    assert.equal(r.uri, undefined);
    assert.match(r.error ?? '', /^unknown template "passwd"/);
    assert.ok(!fs.existsSync(path.join(dir, 'postmortems')), 'nothing copied');
  } finally {
    await server.stop();
  }
});
