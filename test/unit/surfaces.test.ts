import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, expectationsOf, run } from '../helpers/check';
import type { FieldId, Surface } from '../../server/src/core/types';

const DIR = path.join('test', 'fixtures', 'surfaces');

for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
  const text = fs.readFileSync(path.join(DIR, name), 'utf8');
  test(`fixture ${name}`, () => {
    // Only the rules of this issue: later rules have their own fixtures.
    check(text, expectationsOf(text), { onlyRules: ['required-field', 'empty-field', 'invalid-value', 'front-matter', 'field-conflict', 'duplicate-section'] });
    const m = /^([a-z_]+)--([a-z-]+?)(--ko)?\.md$/.exec(name);
    if (!m) return;
    const [, field, surface] = m as unknown as [string, FieldId, Surface];
    const result = run(text);
    const occ = result.fields!.byField.get(field) ?? [];
    assert.ok(occ.some((o) => o.surface === surface), `${field} is read from the ${surface} (found: ${occ.map((o) => o.surface).join(', ') || 'nothing'})`);
    // The typed value is read, whatever the surface.
    const data = result.model!.data;
    if (field === 'duration') assert.equal((data.duration as { minutes: number }).minutes, surface.endsWith('ko') ? 250 : 250);
    if (field === 'servers_restored') assert.deepEqual(data.servers_restored, { restored: 12000, total: 32000 });
    if (field === 'affected_services') assert.equal((data.affected_services as string[]).length, 2);
    if (field === 'user_impact') assert.equal((data.user_impact as { affected: number }).affected, 45_600_000);
  });
}
