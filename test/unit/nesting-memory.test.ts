/**
 * The nesting check before parsing (unreadable-document) keeps checkpoints between lints of one
 * document and scans again only around an edit. Whatever the edits, it must find what a scan of
 * the whole text finds: the same line, or nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { excessiveNesting, type NestingMemory } from '../../server/src/core/rules/unreadable-document';
import { ChunkCache } from '../../server/src/core/parse';

/** Lines that nest (deep enough to count against the budget), fences, blank lines and prose. */
const LINES = [
  '- item\n', '  - nested\n', '> quote\n', `${'  '.repeat(30)}- deep\n`, `${'> '.repeat(40)}quoted\n`, `${'- '.repeat(60)}x\n`,
  `${'  '.repeat(200)}- very deep\n`, 'lazy continuation\n', '\n', '```\n', '~~~~\n', '```js\n', '1. first\n', '\t\t\t\t- tabbed\n', '\r\n', 'plain text\r\n',
];

// Long enough for several checkpoints (one every 4 KB) on both sides of an edit.
const docArb = fc.array(fc.constantFrom(...LINES), { minLength: 300, maxLength: 3000 }).map((ls) => ls.join(''));
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 300 }), text: fc.array(fc.constantFrom(...LINES, 'x', '-', ' ', '  ', '`'), { maxLength: 30 }).map((a) => a.join('')) });

test('with checkpoints from the last version, the check finds what a whole scan finds, after any edits', () => {
  fc.assert(
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 15 }), (start, edits) => {
      const cache = new ChunkCache();
      const memory: NestingMemory = { changeSince: (old, text) => cache.changeSince(old, text) };
      let text = start;
      assert.deepEqual(excessiveNesting(text, memory), excessiveNesting(text));
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        const del = Math.min(e.del, text.length - at);
        const next = text.slice(0, at) + e.text + text.slice(at + del);
        cache.expectChange(text, at, text.length - at - del);
        text = next;
        assert.deepEqual(excessiveNesting(text, memory), excessiveNesting(text), `after an edit at ${at}`);
      }
    }),
    { numRuns: 150 },
  );
});

test('an edit far from the end of a long document scans only near it, and a change of budget is still found', () => {
  const base = `${'- item\n  - nested\n\n'.repeat(20_000)}`;
  const cache = new ChunkCache();
  const memory: NestingMemory = { changeSince: (old, text) => cache.changeSince(old, text) };
  assert.equal(excessiveNesting(base, memory), undefined);
  const checkpoints = memory.last!.checkpoints.length;
  assert.ok(checkpoints > 50, `checkpoints are kept (${checkpoints})`);
  // Lines deep enough to pass the budget, typed in the middle: found, at the same line as a whole scan.
  const at = base.indexOf('\n', base.length >> 1) + 1;
  const deep = `${'  '.repeat(60)}- x\n`.repeat(200);
  const edited = base.slice(0, at) + deep + base.slice(at);
  cache.expectChange(base, at, base.length - at);
  const found = excessiveNesting(edited, memory);
  assert.ok(found, 'the new lines pass the budget');
  assert.deepEqual(found, excessiveNesting(edited));
});
