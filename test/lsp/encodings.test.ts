// The server reads files from disk as VS Code opens them: the other postmortems of the workspace
// (for service-name completion) in UTF-16 with a byte order mark too. (The config file case is in
// config-problems.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { encodeText } from '../../server/src/node/decode';
import { startServer, pathToUri } from '../helpers/lsp-client';
import { notInWeb } from '../helpers/lsp-client';

test('service names of a UTF-16LE and a UTF-16BE postmortem of the workspace are offered', notInWeb('no service index of the workspace'), async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-lsp-utf16-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'postmortems'));
  fs.writeFileSync(path.join(dir, 'postmortems', 'le.md'), encodeText('\ufeff# Old\r\n\r\n## Affected services\r\n\r\n- Billing API\r\n', 'utf-16le'));
  fs.writeFileSync(path.join(dir, 'postmortems', 'be.md'), encodeText('\ufeff# Older\n\n## Affected services\n\n- Ledger\n', 'utf-16be'));
  const server = await startServer({ pull: true, folder: dir });
  try {
    const text = '# New\n\n## Affected services\n\n- Search\n- \n';
    const uri = pathToUri(path.join(dir, 'postmortems', 'new.md'));
    server.open(uri, text);
    const ask = async () => (await server.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: new LineIndex(text).positionAt(text.length - 1) })) as CompletionList | null;
    let r = await ask();
    // As a client does: an incomplete list (the workspace index is still reading) is asked for again.
    for (let i = 0; i < 100 && r?.isIncomplete; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      r = await ask();
    }
    assert.deepEqual((r?.items ?? []).map((i) => i.label).sort(), ['Billing API', 'Ledger']);
  } finally {
    await server.stop();
  }
});
