// The pure helpers of the cross-document rules (server/src/core/workspace.ts): paths as links
// write them, and `peerText`, which must give the same record as the whole document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { normalizePath, peerRecordOf, peerText, relativeLink } from '../../server/src/core/workspace';
import { ROOT } from '../helpers/check';
import { generatePostmortem } from '../../bench/generate';

test('normalizePath and relativeLink', () => {
  assert.equal(normalizePath('a/./b/../c.md'), 'a/c.md');
  assert.equal(normalizePath('../x.md'), null);
  assert.equal(relativeLink('postmortems/2024/a.md', 'postmortems/2023/b.md'), '../2023/b.md');
  assert.equal(relativeLink('postmortems/a.md', 'postmortems/b.md'), 'b.md');
  assert.equal(relativeLink('a.md', 'x/y.md'), 'x/y.md');
  assert.equal(relativeLink(undefined, 'x/y.md'), 'x/y.md');
});

function record(text: string) {
  return peerRecordOf({ ...analyze(text)!, findings: [], ruleErrors: [] }, 'p.md');
}

test('peerText gives the record of the whole document (fixture workspace, generated postmortems, services in a section)', () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'workspace', 'postmortems', '2024');
  const texts = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  for (let i = 0; i < 40; i++) texts.push(generatePostmortem({ seed: 7000 + i, lines: 150 }).text);
  texts.push('# Checkout outage\n\n## Summary\n\nIt broke.\n\n## Affected services\n\n- Checkout\n- Payments\n\n## Timeline\n\n- 10:00 it broke\n');
  for (const t of texts) assert.deepEqual(record(peerText(t)), record(t));
  assert.deepEqual(record(texts.at(-1)!).services, ['Checkout', 'Payments']);
});
