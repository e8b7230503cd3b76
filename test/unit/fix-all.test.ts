import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../helpers/check';
import { fixAllEdits } from '../../server/src/core/fix';
import { applyEdits } from '../../server/src/core/text';
import type { TextEdit } from '../../server/src/core/types';

// No configured zone: the timezone fix takes the zone the front matter milestones use.
const CONFIG = { services: ['checkout', 'payments', 'search'] };

const LINES = [
  '---',
  'type: postmortem',
  'title: Checkout outage',
  'status: fianl',
  'started: 2012-04-28T14:50+09:00',
  'resolved: 2012-04-28T19:00+09:00',
  '---',
  '# Checkout outage',
  '',
  '## Duration',
  '',
  'About 2 hours, from the failed deploy to the rollback.',
  '',
  '## Affected services',
  '',
  '- chekout',
  '- payments',
  '',
  '## Servers restored',
  '',
  'N/A: the service runs on a managed platform.',
  '',
  '## User impact',
  '',
  'Nobody could pay for about four hours.',
  '',
  '## Timeline',
  '',
  '- 14:50 deploy starts failing',
  '- 19:00 rollback finished',
  '',
];
const TEXT = `\uFEFF${LINES.join('\r\n')}`;

/** Checks that every byte outside the edits is unchanged, edit by edit. */
function assertOnlyEditedRangesChange(before: string, edits: TextEdit[], after: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let src = 0;
  let dst = 0;
  for (const e of sorted) {
    const keep = before.slice(src, e.start);
    assert.equal(after.slice(dst, dst + keep.length), keep, `bytes before offset ${e.start} are unchanged`);
    dst += keep.length + e.newText.length;
    src = e.end;
  }
  assert.equal(after.slice(dst), before.slice(src), 'the tail is unchanged');
}

test('fix-all with four fixable rules at once keeps CRLF, the BOM and every byte it does not edit', () => {
  const first = run(TEXT, CONFIG);
  const fixableRules = new Set(first.findings.filter((f) => f.fix).map((f) => f.ruleId));
  for (const id of ['required-field', 'front-matter', 'duration-mismatch', 'unknown-service', 'timezone']) assert.ok(fixableRules.has(id), `${id} offers a fix: ${[...fixableRules].join(', ')}`);

  let text = TEXT;
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixAllEdits(run(text, CONFIG).findings);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits);
    assertOnlyEditedRangesChange(text, edits, next);
    text = next;
  }
  const after = run(text, CONFIG);
  assert.deepEqual(after.findings.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), [], 'no fixable finding is left');
  assert.deepEqual(fixAllEdits(after.findings), [], 'a second fix-all changes nothing');
  assert.ok(text.startsWith('\uFEFF---\r\n'), 'the BOM stays');
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF was introduced');
  assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR was introduced');
  assert.match(text, /status: final\r\n/);
  assert.match(text, /- checkout\r\n/);
  assert.match(text, /## Root cause\r\n/);
  assert.match(text, /4 h 10 min/);
});
