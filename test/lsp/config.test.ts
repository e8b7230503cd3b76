import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { startServer, pathToUri } from '../helpers/lsp-client';

const DOC = '---\ntype: postmortem\n---\n# Outage\n\n## Duration\n\n45 minutes\n\n## Affected services\n\n- api\n\n## Servers restored\n\nN/A: managed service.\n\n## User impact\n\n<!-- later -->\n';

test('.postmortemrc.json changes apply to open documents without a restart; a broken file keeps the last good config', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-config-'));
  const docPath = path.join(dir, 'postmortems', 'outage.md');
  fs.mkdirSync(path.dirname(docPath));
  fs.writeFileSync(docPath, DOC);
  const cfgPath = path.join(dir, '.postmortemrc.json');
  const server = await startServer({ pull: true, folder: dir });
  const uri = pathToUri(docPath);
  const cfgUri = pathToUri(cfgPath);
  const codes = async () => (await server.pull(uri)).map((d) => `${d.code}:${d.severity}`).sort();
  try {
    server.open(uri, DOC);
    assert.deepEqual(await codes(), ['empty-field:1', 'required-field:1']);

    // Edited in the editor (not saved): the open text counts.
    server.open(cfgUri, '{ "rules": { "empty-field": "off" } }', 'json');
    assert.deepEqual(await codes(), ['required-field:1']);

    server.change(cfgUri, 2, '{ "rules": { "empty-field": "off", "required-field": "warning" } }');
    assert.deepEqual(await codes(), ['required-field:2']);

    // A syntax error: a finding on the config file, and the last good settings stay.
    const cfgDiags = server.nextDiagnostics(cfgUri, (d) => d.length > 0);
    server.change(cfgUri, 3, '{ "rules": { "empty-field": "off", ');
    const [problem] = await cfgDiags;
    assert.equal(problem.code, 'config');
    assert.match(String(problem.message), /Invalid JSON/);
    assert.deepEqual(await codes(), ['required-field:2']);

    // A schema error is reported at the key.
    const schemaDiags = server.nextDiagnostics(cfgUri, (d) => d.some((x) => /unknown key "rulez"/.test(String(x.message))));
    server.change(cfgUri, 4, '{\n  "rulez": {}\n}');
    const [unknown] = await schemaDiags;
    assert.deepEqual(unknown.range.start, { line: 1, character: 2 });

    // Closed in the editor, the file on disk is what counts; a watched-file change reloads it.
    server.close(cfgUri);
    fs.writeFileSync(cfgPath, '{ "kinds": { "outage": { "required": ["duration"] } } }');
    await server.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: 2 }] });
    assert.deepEqual(await codes(), ['empty-field:1']);
  } finally {
    await server.stop();
  }
});

test('a team schema that is not a usable JSON Schema is reported on the "schema" key, and documents are linted without it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-config-'));
  const docPath = path.join(dir, 'postmortems', 'outage.md');
  fs.mkdirSync(path.dirname(docPath));
  fs.writeFileSync(docPath, DOC);
  fs.writeFileSync(path.join(dir, 'team.schema.json'), JSON.stringify({ type: 'not-a-type' }));
  const cfgPath = path.join(dir, '.postmortemrc.json');
  const cfgText = '{\n  "schema": "team.schema.json"\n}';
  fs.writeFileSync(cfgPath, cfgText);
  const server = await startServer({ pull: true, folder: dir });
  const uri = pathToUri(docPath);
  const cfgUri = pathToUri(cfgPath);
  try {
    server.open(uri, DOC);
    assert.deepEqual((await server.pull(uri)).map((d) => d.code).sort(), ['empty-field', 'required-field']);
    const diags = server.nextDiagnostics(cfgUri, (d) => d.length > 0);
    server.open(cfgUri, cfgText, 'json');
    const [problem] = await diags;
    assert.equal(problem.code, 'config');
    assert.match(String(problem.message), /^The team schema team\.schema\.json is not a usable JSON Schema: .*type.*without the team schema/);
    assert.deepEqual(problem.range.start, { line: 1, character: 12 });
  } finally {
    await server.stop();
  }
});

test('locale: a .postmortemrc.json or postmortem.locale setting that names a language wins over the editor\'s; unset, the editor\'s applies', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-locale-'));
  const docPath = path.join(dir, 'postmortems', 'outage.md');
  fs.mkdirSync(path.dirname(docPath));
  fs.writeFileSync(docPath, DOC);
  const uri = pathToUri(docPath);
  const KANA = /[\u3040-\u30ff]/;
  const HANGUL = /[\uac00-\ud7a3]/;
  // [what, editor locale, settings, config file, script every message is in]
  const cases: Array<[string, string, Record<string, unknown> | undefined, string | undefined, RegExp]> = [
    ['the config file says ja, the editor en', 'en', undefined, '{ "locale": "ja" }', KANA],
    ['the setting says ko, the editor en', 'en', { locale: 'ko' }, undefined, HANGUL],
    // VS Code sends '' for a string setting left unset.
    ['the setting unset, the editor ja', 'ja', { locale: '' }, undefined, KANA],
  ];
  const rc = path.join(dir, '.postmortemrc.json');
  for (const [what, locale, settings, file, script] of cases) {
    if (file === undefined) fs.rmSync(rc, { force: true });
    else fs.writeFileSync(rc, file);
    const server = await startServer({ pull: true, folder: dir, locale, settings });
    try {
      server.open(uri, DOC);
      const messages = (await server.pull(uri)).map((d) => String(d.message));
      assert.ok(messages.length >= 2, what);
      for (const m of messages) assert.match(m, script, `${what}: ${m}`);
    } finally {
      await server.stop();
    }
  }
});
