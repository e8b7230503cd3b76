// action.yml, the GitHub Action: valid action metadata for a composite action
// (test/fixtures/github/action.schema.json), every input it uses declared and documented in
// docs/ci.md, and the version it runs by default is this package's. test/cli/package.test.ts
// runs its lint step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { repoRoot } from './helpers';

const root = repoRoot();
const text = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
const doc = parseDocument(text);
const action = doc.toJS() as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Array<{ id?: string; uses?: string; run?: string }> };
};
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

test('action.yml is valid YAML and valid action metadata for a composite action', () => {
  assert.deepEqual(doc.errors, []);
  assert.deepEqual(doc.warnings, []);
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'github', 'action.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schema);
  assert.ok(validate(action), JSON.stringify(validate.errors, null, 2));
  // The schema does refuse what GitHub refuses: a run step without its shell, a misspelt key.
  const noShell = structuredClone(action) as { runs: { steps: Array<Record<string, unknown>> } };
  delete noShell.runs.steps[0]!.shell;
  assert.equal(validate(noShell), false);
  assert.equal(validate({ ...action, input: {} }), false);
});

test('action.yml uses only the inputs and step outputs it declares, and runs this version by default', () => {
  const inputs = [...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!);
  assert.ok(inputs.length > 5);
  for (const name of inputs) assert.ok(action.inputs[name], `inputs.${name} is declared`);
  const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
  for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    assert.ok(ids.has(m[1]!), `step ${m[1]} exists`);
    const run = action.runs.steps.find((s) => s.id === m[1])!.run ?? '';
    assert.ok(run.includes(`echo "${m[2]}=`), `step ${m[1]} writes the output ${m[2]}`);
  }
  // Inputs reach the scripts through env only: a `${{ }}` inside a script would be pasted into
  // it as code (script injection).
  for (const step of action.runs.steps) assert.doesNotMatch(step.run ?? '', /\$\{\{/, step.id ?? step.uses ?? '');
  assert.equal(String(action.inputs.version!.default), version);
});

test('docs/ci.md documents every input and output of the Action', () => {
  const docs = fs.readFileSync(path.join(root, 'docs', 'ci.md'), 'utf8');
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
    assert.match(docs, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} has a row in docs/ci.md`);
  }
});
