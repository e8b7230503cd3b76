// The language server on configuration files it cannot use: a diagnostic on the file for each
// problem (the last good configuration stays in force), a quick fix where one is safe, and a
// .postmortemrc.json written in UTF-16 read as VS Code reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeText } from '../../server/src/node/decode';
import { startServer, pathToUri } from '../helpers/lsp-client';

const DOC = '---\ntype: postmortem\n---\n# Outage\n\n## Duration\n\n45 minutes\n\n## Affected services\n\n- api\n\n## Servers restored\n\nN/A: managed service.\n\n## User impact\n\n<!-- later -->\n';

const made: string[] = [];
process.on('exit', () => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function workspace(): { dir: string; docPath: string; cfgPath: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-config-problems-'));
  made.push(dir);
  const docPath = path.join(dir, 'postmortems', 'outage.md');
  fs.mkdirSync(path.dirname(docPath));
  fs.writeFileSync(docPath, DOC);
  return { dir, docPath, cfgPath: path.join(dir, '.postmortemrc.json') };
}

/**
 * A workspace whose .postmortemrc.json holds `text`, a server on it, and the first diagnostics
 * published for the config file once it is opened. The caller stops the server.
 */
async function configProblems(text: string) {
  const w = workspace();
  fs.writeFileSync(w.cfgPath, text);
  const server = await startServer({ pull: true, folder: w.dir });
  const cfgUri = pathToUri(w.cfgPath);
  const diags = server.nextDiagnostics(cfgUri, (d) => d.length > 0);
  server.open(cfgUri, text, 'json');
  return { ...w, server, cfgUri, problem: (await diags)[0] };
}

test('a config of `[` nested 3,000 deep: a diagnostic on the config file, and the documents are still linted', async () => {
  const { docPath, server, cfgUri, problem } = await configProblems(`{ "files": ${'['.repeat(3000)}${']'.repeat(3000)} }`);
  try {
    assert.equal(problem.code, 'config');
    assert.match(String(problem.message), /^Invalid configuration: nested more than 64 levels deep\. The last valid configuration stays in force\.$/);
    assert.deepEqual(problem.range.start, { line: 0, character: 74 });
    server.open(pathToUri(docPath), DOC);
    assert.deepEqual((await server.pull(pathToUri(docPath))).map((d) => d.code).sort(), ['empty-field', 'required-field']);
    assert.doesNotMatch(server.stderr(), /Maximum call stack/);
  } finally {
    await server.stop();
  }
});

test('a mistyped rule id under "rules" is reported with a did-you-mean and a quick fix that renames it', async () => {
  const { docPath, server, cfgUri, problem } = await configProblems('{\n  "rules": { "empty-feild": "off" }\n}\n');
  try {
    assert.equal(problem.message, 'unknown rule "empty-feild" in "rules" (did you mean "empty-field"?). The last valid configuration stays in force.');
    assert.deepEqual(problem.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 26 } });
    const actions = await server.codeActions(cfgUri, problem.range, [problem]);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Change to "empty-field"', 'quickfix']]);
    assert.deepEqual(actions[0]!.edit!.changes![cfgUri], [{ range: problem.range, newText: '"empty-field"' }]);

    // With the typo the setting is nothing; renamed, it turns the rule off.
    server.open(pathToUri(docPath), DOC);
    assert.deepEqual((await server.pull(pathToUri(docPath))).map((d) => d.code).sort(), ['empty-field', 'required-field']);
    server.change(cfgUri, 2, '{\n  "rules": { "empty-field": "off" }\n}\n');
    assert.deepEqual((await server.pull(pathToUri(docPath))).map((d) => d.code).sort(), ['required-field']);
  } finally {
    await server.stop();
  }
});

test('an unknown time zone in the config is a diagnostic on "timezone" (with a fix when one zone is meant)', async () => {
  const { docPath, server, cfgUri, problem } = await configProblems('{ "timezone": "Asia/Seol" }');
  try {
    assert.match(String(problem.message), /^"timezone" is "Asia\/Seol", which is not a known time zone \(did you mean "Asia\/Seoul"\?\)/);
    const actions = await server.codeActions(cfgUri, problem.range, [problem]);
    assert.deepEqual(actions[0]!.edit!.changes![cfgUri]!.map((e) => e.newText), ['"Asia/Seoul"']);
  } finally {
    await server.stop();
  }
});

test('a .postmortemrc.json saved in UTF-16LE applies to the documents', async () => {
  const { dir, docPath, cfgPath } = workspace();
  fs.writeFileSync(cfgPath, encodeText(`\ufeff${JSON.stringify({ rules: { 'empty-field': 'off' } })}\r\n`, 'utf-16le'));
  const server = await startServer({ pull: true, folder: dir });
  try {
    server.open(pathToUri(docPath), DOC);
    assert.deepEqual((await server.pull(pathToUri(docPath))).map((d) => d.code).sort(), ['required-field']);
  } finally {
    await server.stop();
  }
});
