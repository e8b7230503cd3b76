import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, HAS_CORPUS, run } from '../helpers/check';
import { DEFAULT_REQUIRED } from '../../server/src/core/fields';
import { parseMarkdownTree, parseChunked } from '../../server/src/core/parse';
import type { Surface } from '../../server/src/core/types';

const files = HAS_CORPUS ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];

test('every corpus postmortem lints without an exception, and the fields found are reported', { skip: !HAS_CORPUS && 'no ../shared/corpus' }, () => {
  const table = new Map<string, { docs: number; surfaces: Map<Surface, number> }>();
  for (const f of DEFAULT_REQUIRED) table.set(f, { docs: 0, surfaces: new Map() });
  for (const file of files) {
    const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const result = run(text);
    assert.ok(result.doc, file);
    for (const f of result.findings) {
      assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end, `${file}: ${f.ruleId} range inside the document`);
    }
    for (const field of DEFAULT_REQUIRED) {
      const occ = result.fields!.byField.get(field) ?? [];
      const row = table.get(field)!;
      if (occ.length) row.docs++;
      for (const s of new Set(occ.map((o) => o.surface))) row.surfaces.set(s, (row.surfaces.get(s) ?? 0) + 1);
    }
  }
  const lines = [`fields recognized in ${files.length} corpus postmortems:`];
  for (const [field, row] of table) {
    const surfaces = [...row.surfaces].map(([s, n]) => `${s} ${n}`).join(', ');
    lines.push(`  ${field.padEnd(18)} ${String(row.docs).padStart(3)} docs  (${surfaces || 'none'})`);
  }
  console.log(lines.join('\n'));
  // The corpus states causes and impact often; durations and services less often. A drop here means a regression in reading.
  assert.ok(table.get('cause')!.docs >= 15, 'cause recognized in at least 15 documents');
  assert.ok(table.get('user_impact')!.docs >= 8, 'user impact recognized in at least 8 documents');
});

test('parsing section by section gives the same blocks as parsing the whole corpus document', { skip: !HAS_CORPUS && 'no ../shared/corpus' }, () => {
  for (const file of files) {
    const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const whole = parseMarkdownTree(text).children.map((n) => `${n.type}@${n.position!.start.offset}-${n.position!.end.offset}`);
    const chunked = parseChunked(text).chunks.flatMap((c) => c.tree.children.map((n) => `${n.type}@${c.start + (n.position?.start.offset ?? 0)}-${c.start + (n.position?.end.offset ?? 0)}`));
    assert.deepEqual(chunked, whole, file);
  }
});
