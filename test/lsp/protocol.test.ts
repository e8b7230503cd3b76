import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, pathToUri } from '../helpers/lsp-client';

const MISSING_CAUSE = [
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
  '## Servers restored',
  '',
  'N/A: the payment provider is a managed service.',
  '',
  '## User impact',
  '',
  'Card payments failed for 3,000 customers.',
  '',
].join('\n');

const WITH_CAUSE = `${MISSING_CAUSE}\n## Root cause\n\nA configuration change disabled the payment provider.\n`;

for (const mode of ['push', 'pull'] as const) {
  test(`${mode} diagnostics: a missing cause is reported once and cleared by adding it`, async () => {
    const server = await startServer({ pull: mode === 'pull' });
    const uri = 'untitled:Untitled-1';
    try {
      assert.equal(server.init.serverInfo?.name, 'postmortem-language-server');
      assert.equal(!!server.init.capabilities.diagnosticProvider, mode === 'pull');
      server.open(uri, MISSING_CAUSE);
      const diags = mode === 'pull' ? await server.pull(uri) : await server.nextDiagnostics(uri);
      assert.equal(diags.length, 1, JSON.stringify(diags, null, 1));
      const [d] = diags;
      assert.equal(d.code, 'required-field');
      assert.equal(d.source, 'postmortem');
      assert.equal(d.severity, 1);
      assert.match(String(d.message), /"cause"/);
      assert.deepEqual(d.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 16 } });
      assert.match(d.codeDescription!.href, /docs\/rules\/required-field\.md$/);

      server.change(uri, 2, WITH_CAUSE);
      const after = mode === 'pull' ? await server.pull(uri) : await server.nextDiagnostics(uri, (x) => x.length === 0);
      assert.deepEqual(after, []);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });
}

test('a README outside the globs and without type: postmortem gets no findings', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-readme-'));
  const file = path.join(dir, 'README.md');
  const text = '# Project\n\n## Root cause\n\nTBD\n';
  fs.writeFileSync(file, text);
  const server = await startServer({ pull: true, folder: dir });
  try {
    server.open(pathToUri(file), text);
    assert.deepEqual(await server.pull(pathToUri(file)), []);
    // The same text inside postmortems/ is a postmortem.
    const pm = path.join(dir, 'postmortems', 'x.md');
    server.open(pathToUri(pm), text);
    const diags = await server.pull(pathToUri(pm));
    assert.ok(diags.some((d) => d.code === 'required-field'), JSON.stringify(diags));
  } finally {
    await server.stop();
  }
});

test('the server answers after hostile documents', async () => {
  const server = await startServer({ pull: true });
  const deep = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
  const big = `---\ntype: postmortem\n---\n${'x'.repeat(10 * 1024 * 1024)}`;
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
  const cases: Record<string, string> = {
    empty: '',
    big,
    binary: `---\ntype: postmortem\n---\n${binary}`,
    loneFence: '---',
    deep: `---\ntype: postmortem\n---\n${deep}`,
  };
  try {
    let n = 0;
    for (const [name, text] of Object.entries(cases)) {
      const uri = `untitled:hostile-${n++}`;
      server.open(uri, text);
      const diags = await server.pull(uri);
      assert.ok(Array.isArray(diags), name);
      if (name === 'big') assert.equal(diags[0]?.code, 'unreadable-document');
      // The next request is answered.
      const probe = `untitled:probe-${n}`;
      server.open(probe, MISSING_CAUSE);
      assert.equal((await server.pull(probe)).length, 1, `answers after ${name}`);
    }
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('quick fix and fix-all for required-field insert the section', async () => {
  const server = await startServer({ pull: true });
  const uri = 'untitled:fix';
  try {
    server.open(uri, MISSING_CAUSE);
    const diags = await server.pull(uri);
    const actions = await server.codeActions(uri, diags[0].range, diags);
    const quick = actions.find((a) => a.kind === 'quickfix');
    assert.ok(quick, JSON.stringify(actions));
    assert.match(quick.title, /Root cause/);
    const edits = quick.edit!.changes![uri];
    assert.equal(edits.length, 1);
    assert.match(edits[0].newText, /^## Root cause\n/);
    const fixAll = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.postmortem']);
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.postmortem');
  } finally {
    await server.stop();
  }
});
