/**
 * The change tracker (server/src/lsp/change-tracker.ts) says how a version of a document was made
 * from an earlier one, from the editor's `didChange` ranges: what it says must hold for the texts
 * (the kept ends are equal), whatever the edits, and it must say nothing it does not know.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChangeTracker } from '../../server/src/lsp/change-tracker';

interface Edit {
  at: number;
  del: number;
  text: string;
}

const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), text: fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', '가'), maxLength: 8 }) });

test('the kept ends it reports hold between any two versions, over batches of ranged edits', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (start, batches) => {
      const tracker = new ChangeTracker();
      let doc = tracker.documents.create('untitled:t.md', 'markdown', 1, start);
      const texts = new Map<number, string>([[1, start]]);
      let version = 1;
      for (const batch of batches) {
        const changes = [];
        // Each change's range is in the text the changes before it in the batch made.
        let text = doc.getText();
        for (const e of batch as Edit[]) {
          if (e.del === 12) {
            // Now and then the whole text, as a client without ranged changes sends it.
            text = e.text + text.slice(e.at % (text.length + 1));
            changes.push({ text });
            continue;
          }
          // A position cannot fall between the \r and \n of a line break.
          const whole = (o: number) => (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10 ? o - 1 : o);
          const at = whole(e.at % (text.length + 1));
          const del = whole(at + Math.min(e.del, text.length - at)) - at;
          // Sometimes the range is given end first (the library turns it around).
          const [from, to] = e.at % 7 === 0 ? [at + del, at] : [at, at + del];
          changes.push({ range: { start: positionAt(text, from), end: positionAt(text, to) }, text: e.text });
          text = text.slice(0, at) + e.text + text.slice(at + del);
        }
        version++;
        doc = tracker.documents.update(doc, changes, version);
        assert.equal(doc.getText(), text);
        assert.equal(doc.version, version);
        texts.set(version, text);
      }
      for (const [from, before] of texts) {
        const after = doc.getText();
        const known = tracker.since('untitled:t.md', from, version, before.length, after.length);
        if (from === version) continue;
        assert.ok(known, `versions ${from} to ${version} are remembered`);
        assert.ok(known.prefix + known.suffix <= Math.min(before.length, after.length));
        assert.equal(after.slice(0, known.prefix), before.slice(0, known.prefix));
        assert.equal(after.slice(after.length - known.suffix), before.slice(before.length - known.suffix));
      }
    }),
    { numRuns: 200 },
  );
});

test('a whole-text change keeps nothing; a version it never saw, or a closed document, is not known', () => {
  const tracker = new ChangeTracker();
  let doc = tracker.documents.create('untitled:w.md', 'markdown', 1, 'abc\ndef\n');
  doc = tracker.documents.update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'D' }], 2);
  assert.deepEqual(tracker.since('untitled:w.md', 1, 2, 8, 8), { prefix: 4, suffix: 3 });
  doc = tracker.documents.update(doc, [{ text: 'xyz\nDef\n' }], 3);
  assert.equal(doc.getText(), 'xyz\nDef\n', 'a whole-text change is applied');
  assert.deepEqual(tracker.since('untitled:w.md', 2, 3, 8, 8), { prefix: 0, suffix: 0 });
  assert.equal(tracker.since('untitled:w.md', 7, 3, 8, 8), undefined, 'no update from version 7');
  assert.equal(tracker.since('untitled:w.md', 1, 9, 8, 8), undefined, 'version 9 was never made');
  tracker.closed('untitled:w.md');
  assert.equal(tracker.since('untitled:w.md', 1, 3, 8, 8), undefined);
  assert.equal(doc.getText(), 'xyz\nDef\n');
});

/** The LSP position of an offset (lines end at \n, \r\n or \r). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}
