import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../helpers/lsp-client';

const TEXT = [
  '---',
  'type: postmortem',
  'started: 2012-04-28T14:50+09:00',
  'resolved: 2012-04-28T19:00+09:00',
  '---',
  '# KakaoTalk outage',
  '',
  '## Root cause',
  '',
  'A power failure at the data center.',
  '',
  '## Duration',
  '',
  'about 2 hours',
  '',
  '## Affected services',
  '',
  '- KakaoTalk',
  '',
  '## Servers restored',
  '',
  'N/A: no server count was published.',
  '',
  '## User impact',
  '',
  'Messages could not be sent.',
  '',
].join('\n');

test('duration-mismatch names both values, and its quick fix over LSP removes it', async () => {
  const server = await startServer({ pull: true });
  const uri = 'untitled:duration';
  try {
    server.open(uri, TEXT);
    const diags = await server.pull(uri);
    const mismatch = diags.filter((d) => d.code === 'duration-mismatch');
    assert.equal(mismatch.length, 1, JSON.stringify(diags.map((d) => `${d.code}: ${d.message}`)));
    assert.match(String(mismatch[0].message), /2 h\b/);
    assert.match(String(mismatch[0].message), /4 h 10 min/);
    assert.equal(mismatch[0].range.start.line, 13);

    const actions = await server.codeActions(uri, mismatch[0].range, mismatch);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'duration-mismatch');
    assert.ok(fix?.edit?.changes?.[uri], JSON.stringify(actions));
    const doc = TextDocument.create(uri, 'markdown', 1, TEXT);
    const fixed = TextDocument.applyEdits(doc, fix.edit.changes[uri]);
    assert.match(fixed, /4 h 10 min/);
    server.change(uri, 2, fixed);
    const after = await server.pull(uri);
    assert.deepEqual(after.filter((d) => d.code === 'duration-mismatch'), []);
  } finally {
    await server.stop();
  }
});
