/**
 * Incremental re-validation gives the same findings as a fresh lint, whatever the edits.
 *
 * The language server keeps one `ChunkCache` per open document and lints every new version with
 * it, so only the chunks an edit touched are parsed again. This property applies a random
 * sequence of edits (insertions, deletions, replacements of random text at random offsets, with
 * headings, fences and HTML comments that move chunk boundaries) to a generated postmortem, lints
 * each version with the cache of the previous one, exactly as the server does, and compares the
 * findings (rule, range, message) with those of a fresh `lint(text)`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { ChunkCache } from '../../server/src/core/parse';
import { generatePostmortem } from '../../bench/generate';

/** Base documents: short generated postmortems, English and Korean, half of them with a finding to start from. */
const BASES = [1, 2, 3, 4, 5, 6].map((seed) => generatePostmortem({ seed, lines: 40 + seed * 8, locale: seed % 3 === 0 ? 'ko' : 'en', defects: seed % 2 }).text);

/** Text that moves chunk boundaries or changes what a block is. */
const FRAGMENTS = [
  '#', '# ', '## ', '### 2024-03-02\n', '\n# Root cause\n', '## Timeline\n', '\n## Duration\n\n2h 10m\n', '#### Shift 3: Bora Lee\n',
  '```', '```\n', '\n```text\n', '~~~\n', '````\n', '`', ' ```js\n',
  '<!--', '-->', '<!-- reviewer: check -->\n', '\n<!--\n', '<div>\n', '</div>\n', '<script>\n', '</script>\n', '<?php\n', '?>', '<![CDATA[', ']]>',
  '---\n', '\n---\n', '...\n', '\n', '\n\n', '\r\n', '    ', '> ', '- ', '1. ', '| ',
  '| Time (KST) | Event |\n| --- | --- |\n| 14:05 | Started: alert |\n', '- **14:05** Error rates climbed.\n', '- 09:30 KST 복구 시작\n',
  '- １４：０５ 復旧開始\n', '２０２４年３月１日 ', '：', '５',
  '**Duration:** 45 minutes\n', 'Root cause: a config push\n', 'Servers restored: 3 of 12\n', '장애 시간: 2시간 10분\n',
  '- 25:61 UTC Pager fired\n', '| 2024-02-30 10:00 | Rollback |\n', 'TBD', 'x', '장애', '<!-- postmortem-disable required-field -->\n', '[link](https://example.com)', '*', '_', '\\',
];

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('#', ' ', '`', '~', '<', '!', '-', '>', '\n', '|', '*', 'a', '가', '1', ':'), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => a + b) },
);

/** One edit. `at` is taken modulo the text length; `lineStart` moves it to the start of its line. */
interface Edit {
  kind: 'insert' | 'delete' | 'replace';
  at: number;
  lineStart: boolean;
  length: number;
  text: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.nat(),
  lineStart: fc.boolean(),
  length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 })),
  text: textArb,
});

/** Where an edit applies in `text`: its offset and how many characters it removes. */
function editSpan(text: string, e: Edit): { at: number; del: number } {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return { at, del: e.kind === 'insert' ? 0 : Math.min(e.length, text.length - at) };
}

function applyEdit(text: string, e: Edit): string {
  const { at, del } = editSpan(text, e);
  const ins = e.kind === 'delete' ? '' : e.text;
  return text.slice(0, at) + ins + text.slice(at + del);
}

/** What must not differ: the language read, and rule, range and message of every finding, in order. */
function view(text: string, cache?: ChunkCache): string[] {
  const r = lint(text, { cache });
  // The language read (letters counted a segment at a time with a cache) comes first.
  return [`language ${r.language?.id} ${r.language?.script} ${r.language?.letters}`, ...r.findings.map((f) => `${f.ruleId} ${f.range.start}-${f.range.end} ${f.message}`)];
}

/**
 * Applies random edits one by one, linting each version with the cache of the previous one as the
 * server does, and compares with a fresh lint. `told`: the cache is told where each edit changed
 * the text (as the server's worker does with the patches it receives), with the edit's own span
 * rather than the smallest one: what is outside it is unchanged, which is all the hint promises.
 */
function editsEqualFreshLint(told: boolean): void {
  fc.assert(
    fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), (base, edits) => {
      const cache = new ChunkCache();
      let text = BASES[base];
      view(text, cache);
      for (const [i, e] of edits.entries()) {
        const next = applyEdit(text, e);
        if (told) {
          const { at, del } = editSpan(text, e);
          cache.expectChange(text, at, text.length - at - del);
        }
        text = next;
        assert.deepEqual(view(text, cache), view(text), `after edit ${i + 1} of ${edits.length}`);
      }
    }),
    { numRuns: 40 },
  );
}

test('lint with the chunk cache of the previous version equals a fresh lint after any sequence of edits', () => editsEqualFreshLint(false));

test('a change the cache is told of (as the server worker receives patches) gives the same findings as a fresh lint', () => editsEqualFreshLint(true));

test('a counterexample fast-check found: a list after a paragraph from another chunk (the paragraph\'s positions are relative to its own chunk)', () => {
  const cache = new ChunkCache();
  let text = BASES[2];
  view(text, cache);
  const edits: Edit[] = [
    { kind: 'replace', at: 1151525085, lineStart: false, length: 2, text: '#' },
    { kind: 'insert', at: 0, lineStart: false, length: 1, text: '##' },
  ];
  for (const e of edits) {
    const { at, del } = editSpan(text, e);
    cache.expectChange(text, at, text.length - at - del);
    text = applyEdit(text, e);
    assert.deepEqual(view(text, cache), view(text));
  }
});
