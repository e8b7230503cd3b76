// One source per vocabulary: the lists the editor offers are the lists the schema and the core
// read, so a key, a status or a kind cannot be known to one part and unknown to another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';
import { FRONT_MATTER_KEYS as FIELD_KEYS, FIELDS, KINDS } from '../../server/src/core/index';
import { EDITOR_FRONT_MATTER_KEYS as FRONT_MATTER_KEYS, frontMatterKey } from '../../server/src/lsp/front-matter-keys';
import { STATUSES } from '../../server/src/lsp/completion';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'postmortem.schema.json'), 'utf8')) as { properties: Record<string, { enum?: string[] }> };

test('the statuses completion offers are the schema\'s', () => {
  assert.deepEqual([...STATUSES], schema.properties.status.enum);
});

test('the kinds completion offers include every built-in kind, and the schema does not narrow them', () => {
  assert.ok(FRONT_MATTER_KEYS.some((k) => k.key === 'kind'), 'completion offers kind:');
  assert.ok(schema.properties.kind, 'the schema knows kind:');
  for (const k of KINDS) assert.ok(!schema.properties.kind.enum || schema.properties.kind.enum.includes(k), k);
});

test('every front matter key that states a field is one the core reads for that field, and the editor explains it', () => {
  const fieldIds = new Set(FIELDS.map((f) => f.id));
  for (const [field, keys] of Object.entries(FIELD_KEYS)) {
    assert.ok(fieldIds.has(field as never), `${field} is a field`);
    for (const key of keys ?? []) {
      const k = frontMatterKey(key);
      assert.ok(k, `the editor explains ${key}`);
      if (k.field) assert.equal(k.field, field, `${key} states ${field}`);
    }
  }
  for (const k of FRONT_MATTER_KEYS) if (k.field) assert.ok(FIELD_KEYS[k.field]?.includes(k.key) || k.key.startsWith('users_'), `the core reads ${k.key} as ${k.field}`);
});

test('every key the editor offers is one the schema accepts', () => {
  const known = new Set([...Object.keys(schema.properties), ...Object.values(FIELD_KEYS).flat(), 'users_affected', 'users_total', 'services', 'servers']);
  for (const k of FRONT_MATTER_KEYS) assert.ok(known.has(k.key), `${k.key} is in schemas/postmortem.schema.json or read by the core`);
});
