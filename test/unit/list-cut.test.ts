/**
 * Long lists are parsed a piece at a time (parse.ts, `listCuts`): micromark's time on one list
 * grows with the square of its length. The joined tree must be exactly the tree of the whole
 * section, positions included: on generated lists made of what could break a join (markers that
 * change, ordered numbers, lazy lines, fences and HTML inside items, blank lines, thematic breaks,
 * setext underlines, tabs, CR and CRLF), cut as often as possible, and through the chunk cache
 * after random edits, where piece trees are reused and moved.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkCache, CUT_SIZES, listCuts, parseChunked, parseMarkdownTree, parseSection, type CutSizes } from '../../server/src/core/parse';
import { generatePostmortem } from '../../bench/generate';
import { nestedListPostmortem } from '../../bench/shapes';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** Cut wherever a cut is allowed. */
const EVERYWHERE: CutSizes = { from: 0, min: 1, max: 1, spread: 1 };
/** Cut at some of the places, chosen by content. */
const SOMETIMES: CutSizes = { from: 0, min: 20, max: 400, spread: 3 };

function same(text: string, sizes: CutSizes): void {
  const cut = JSON.stringify(parseSection(text, sizes));
  const whole = JSON.stringify(parseMarkdownTree(text));
  if (cut !== whole) assert.fail(`the trees differ for ${JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text)}`);
}

/** Lines a list section is made of; `I` is replaced by a list marker. */
const LINES = [
  'I item', 'I item', 'I item with **bold** and `code`', 'I [ ] task', 'I [x] done', 'I 14:05 KST alert fired',
  '  - sub item', '  - sub item', '    - deeper', '  1. sub ordered', '  continued paragraph', 'lazy line', '   three spaces',
  '', '', '  ```', '  ```js', '  code line', '```', '~~~', '  ~~~', '    indented code', '  > quote', '> top quote',
  '  <div>', '<div>', '</div>', '  <!-- note -->', '<!-- open', '-->', '  | a | b |', '  | - | - |', '| a | b |', '|---|---|',
  '---', '***', '- - -', '* * *', '___', 'Setext', '===', '# heading', '  # heading', '*emphasis*', '-', '- ', '1.', '1. ',
  '\t- tab item', '-\ttab marker', 'I www.example.com', 'I ~~strike~~', 'I [^1]', 'paragraph text', '10) ten', '2. two', '3) three',
];
const MARKERS = ['-', '-', '-', '*', '+', '1.', '2.', '7.', '1)', '10)'];

const lineArb = fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...MARKERS)).map(([l, m]) => l.replace(/^I/, m));
const eolArb = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r');
const sectionArb = fc
  .tuple(fc.constantFrom('## Timeline\n\n', '', '---\ntitle: x\n---\n'), fc.array(fc.tuple(lineArb, eolArb), { minLength: 1, maxLength: 60 }))
  .map(([head, lines]) => head + lines.map(([l, e]) => l + e).join(''));

/** Lines inside an item, after its first line. */
const INSIDE = [
  '  - sub item', '  - sub item', '    - deeper', '      - deepest', '  1. sub ordered', '  2) sub ordered', '  continued paragraph', 'lazy continuation',
  '', '  ```', '  code', '  ```', '  ~~~', '      indented code', '  > quote', '  > - quoted item', '  <div>', '  </div>', '  <!-- note -->',
  '  <!-- open', '  -->', '  | a | b |', '  | - | - |', '  ---', '  ***', '  # heading in item', '  Setext in item', '  ===', '\t- tab sub item', '  [ ] not a task',
];

/** Sections of well-formed lists (so that most cuts join), each list with one kind of marker, items with varied content. */
const listSectionArb = fc
  .array(
    fc.record({
      marker: fc.constantFrom('-', '*', '+', '.', ')'),
      items: fc.array(
        fc.record({
          number: fc.nat({ max: 12 }),
          text: fc.constantFrom('item', '**14:05** alert fired', '[ ] task', '[x] done', 'www.example.com', '~~old~~ new', 'a | b', '`code`', '항목'),
          inside: fc.array(fc.constantFrom(...INSIDE), { maxLength: 5 }),
          blankAfter: fc.boolean(),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      after: fc.constantFrom('', 'A paragraph between lists.', '---', '# Heading', '<!-- comment -->', '```\n- fenced\n```', '> quote'),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((lists) => eolArb.map((eol) => ({ lists, eol })))
  .map(({ lists, eol }) =>
    lists
      .map((l) => {
        const items = l.items.map((it) => {
          const marker = l.marker === '.' || l.marker === ')' ? `${it.number}${l.marker}` : l.marker;
          return [`${marker} ${it.text}`, ...it.inside, ...(it.blankAfter ? [''] : [])].join(eol);
        });
        return items.join(eol) + eol + (l.after ? `${l.after}${eol}` : '');
      })
      .join(eol),
  );

test('well-formed lists cut wherever they may be give the tree of the whole section', () => {
  fc.assert(fc.property(listSectionArb, (text) => same(text, EVERYWHERE)), { numRuns: 1500, seed: SEED + 3 });
});

test('a list cut wherever it may be gives the tree of the whole section', () => {
  fc.assert(fc.property(sectionArb, (text) => same(text, EVERYWHERE)), { numRuns: 1500, seed: SEED });
});

test('a list cut at places chosen by content gives the tree of the whole section', () => {
  fc.assert(fc.property(sectionArb, (text) => same(text, SOMETIMES)), { numRuns: 500, seed: SEED + 1 });
});

test('the pieces kept in the chunk cache, moved after edits, still give the tree of the whole section', () => {
  const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), text: fc.oneof(lineArb.map((l) => `${l}\n`), fc.constantFrom('x', '\n', '', '- ', '  ')) });
  fc.assert(
    fc.property(fc.oneof(sectionArb, listSectionArb), fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
      // Twice the same section: a piece tree asked for at two places is parsed again for the second.
      let text = start + start;
      const cache = new ChunkCache(SOMETIMES);
      for (const e of edits) {
        assert.equal(JSON.stringify(cache.get(text)), JSON.stringify(parseMarkdownTree(text)));
        cache.sweep();
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.text + text.slice(at + e.del);
      }
      assert.equal(JSON.stringify(cache.get(text)), JSON.stringify(parseMarkdownTree(text)));
    }),
    { numRuns: 300, seed: SEED + 2 },
  );
});

test('fields the task list extension sets on the root (a top-level paragraph starting with [x]) are kept', () => {
  same('- a\n- b\n\n[x] top\n\n- c\n- d\n', EVERYWHERE);
  same('[ ] first\n\n- a\n- b\n\n[x] second\n- c\n', EVERYWHERE);
});

test('a section with a link or footnote definition is not cut (a reference resolves against any of them)', () => {
  const items = Array.from({ length: 200 }, (_, i) => `- item ${i} with [a link][ref]`).join('\n');
  assert.equal(listCuts(`${items}\n\n[ref]: https://example.com\n`, EVERYWHERE).length, 0);
  assert.ok(listCuts(`${items}\n`, EVERYWHERE).length > 100);
});

test('the long timeline list of the benchmark is cut, and its tree is the whole parse', () => {
  const text = nestedListPostmortem({ seed: 1, chars: 40_000 });
  const timeline = text.slice(text.indexOf('## Timeline'));
  assert.ok(listCuts(timeline).length >= 2, 'cut at least twice');
  same(timeline, CUT_SIZES);
});

test('generated postmortems, cut as often as possible, give their whole trees', () => {
  for (let seed = 1; seed <= 12; seed++) same(generatePostmortem({ seed, lines: 120 }).text, EVERYWHERE);
});

test('a long list keeps its pieces while other sections change: an edit in it later parses one piece again', () => {
  const text = nestedListPostmortem({ seed: 3, chars: 60_000 });
  const cache = new ChunkCache();
  const piecesOf = (t: string) => parseChunked(t, cache).chunks.flatMap((c) => c.pieces ?? []).map((p) => p.tree);
  const before = piecesOf(text);
  assert.ok(before.length > 4, `cut into ${before.length} pieces`);
  // Edits elsewhere (the root cause section), several times.
  let t = text;
  for (let i = 0; i < 4; i++) {
    t = t.replace('A configuration push', `A configuration push${i % 2 ? '' : ' x'}`);
    piecesOf(t);
  }
  // Now one character in the middle of the list.
  const at = t.indexOf('\n- **', t.length >> 1) + 7;
  const after = piecesOf(t.slice(0, at) + 'y' + t.slice(at));
  const kept = after.filter((tree) => before.includes(tree)).length;
  assert.ok(kept >= after.length - 2, `${kept} of ${after.length} pieces kept`);
});

test('cuts found again after an edit, from those of the text before, equal the cuts of the whole text', () => {
  const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), text: fc.oneof(lineArb.map((l) => `${l}\n`), fc.constantFrom('x', '\n', '', '- ', '```\n', '\n\n')) });
  fc.assert(
    fc.property(fc.oneof(sectionArb, listSectionArb), fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
      let text = start + start;
      let cuts = listCuts(text, SOMETIMES);
      for (const e of edits) {
        const before = { text, cuts };
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.text + text.slice(at + e.del);
        cuts = listCuts(text, SOMETIMES, before);
        assert.deepEqual(cuts, listCuts(text, SOMETIMES));
      }
    }),
    { numRuns: 400, seed: SEED + 4 },
  );
});
