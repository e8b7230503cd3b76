/**
 * The short fuzz run of `npm test`: the core properties of test/helpers/fuzz.ts over generated
 * texts (arbitrary Unicode, Markdown-ish lines, mutated corpus postmortems) and configurations.
 * A fixed seed by default, so a failure reproduces; `FUZZ_SEED` and `FUZZ_RUNS` change it.
 * The long campaign is `npm run fuzz` (scripts/fuzz.ts).
 *
 * Regressions found by fuzzing are kept below as plain examples.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkCase, coreProperty, describeCase, loadSeeds, referenceApply, type FuzzCase } from '../helpers/fuzz';
import { applyEdits } from '../../server/src/core/text';
import { fixAllEdits } from '../../server/src/core/fix';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { parseMarkdownTree } from '../../server/src/core/parse';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20240301);
/** The run stops early (and passes) when it has used this much time: the suite must stay quick on slow machines. */
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 15_000);

test(`the core holds its properties on ${RUNS} generated documents (seed ${SEED})`, { timeout: 120_000 }, () => {
  const seeds = loadSeeds();
  const started = Date.now();
  let runs = 0;
  const property = coreProperty(seeds).beforeEach(() => {
    runs++;
  });
  const details = fc.check(property, { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false });
  if (details.failed) {
    const c = details.counterexample?.[0] as FuzzCase | undefined;
    assert.fail(`${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n` +
      `seed ${details.seed}, path ${details.counterexamplePath} (FUZZ_SEED=${details.seed} to rerun)\n${c ? describeCase(c) : ''}`);
  }
  console.log(`fuzz: ${details.numRuns} cases (${runs} with shrinking) in ${Date.now() - started} ms${details.interrupted ? ', stopped at the time limit' : ''}`);
});

test('applyEdits agrees with a reference splice on random edits', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 5 })), { maxLength: 6 }), (text, raw) => {
      // Non-overlapping edits: keep each one that does not touch those already taken.
      const edits: TextEdit[] = [];
      for (const [a, len, newText] of raw) {
        const start = text.length ? a % (text.length + 1) : 0;
        const e = { start, end: Math.min(text.length, start + len), newText };
        if (edits.every((t) => e.end <= t.start || e.start >= t.end) && edits.every((t) => t.start !== e.start)) edits.push(e);
      }
      assert.equal(applyEdits(text, edits), referenceApply(text, edits));
    }),
    { numRuns: 500, seed: SEED },
  );
});

test('fixAllEdits never returns overlapping edits, whatever the findings', () => {
  const edit = fc.tuple(fc.nat(50), fc.nat(5), fc.string({ maxLength: 3 })).map(([start, len, newText]) => ({ start, end: start + len, newText }));
  fc.assert(
    fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (fixes) => {
      const findings = fixes.map((edits, i) => ({ ruleId: 'r', messageId: 'm', data: {}, message: 'm', severity: 'error', range: { start: i, end: i }, fix: { title: 't', edits } }) as Finding);
      // A fix's own edits may overlap (fuzzing the rules checks they do not); fix-all must not add overlaps between fixes.
      const taken = fixAllEdits(findings.filter((f) => { const s = [...f.fix!.edits].sort((a, b) => a.start - b.start); return s.every((e, k) => k === 0 || (e.start >= s[k - 1].end && e.start !== s[k - 1].start)); }));
      const sorted = [...taken].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let k = 1; k < sorted.length; k++) {
        assert.ok(sorted[k].start >= sorted[k - 1].end && sorted[k].start !== sorted[k - 1].start, `overlap: ${JSON.stringify(sorted)}`);
      }
    }),
    { numRuns: 500, seed: SEED },
  );
});

test('defusing inline HTML openers (a quadratic case in micromark) leaves the tree as remark makes it', () => {
  const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  const strip = (tree: unknown) => JSON.stringify(tree);
  const piece = fc.constantFrom('<!--', '-->', '<!-->', '<![CDATA[', ']]>', '<?', '?>', '<!A', '<!', '>', '<', '`', '(', ')', '[a](', '<x>', 'x', ' ', '\t', '\n', '\n\n', '\r\n', '> ', '- ', '    ', '```', '\ue000', '*');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      assert.equal(strip(parseMarkdownTree(text)), strip(remark.parse(text)), JSON.stringify(text));
    }),
    { numRuns: 2000, seed: SEED },
  );
});

/** Inputs fuzzing found; each failed once. */
const REGRESSIONS: Array<{ name: string; text: string; config?: FuzzCase['config'] }> = [
  {
    name: 'a fence in a list item ends with the item, and the next fence line opens a new block (chunked parse)',
    text: '---\ntype: postmortem\n---\n1. item\n\n   ```\n   code\nTODO\n   ```\n\n# Root cause\n\nmore\n```\n',
  },
  {
    name: 'an HTML block after a lone CR starts a line (chunked parse)',
    text: 'ouS-\r</div>\r\n## Resolution\n',
  },
  {
    name: 'a comment in a list item ends with the item, a fence opens after it (chunked parse)',
    text: '- item\n  <!-- a\ntext\n```\n-->\n# heading\n```\n',
  },
  {
    name: 'an HTML block swallows a heading that follows it directly',
    text: '<div>\n# h\n\n# h2\n',
  },
  {
    name: 'required-field inserts its section at the end, inside an unclosed <script> block: fix-all never converges',
    text: '\ufeff---\ntype: postmortem\n---\n<script>\n',
  },
  {
    name: 'required-field inserts its section inside an unclosed fence',
    text: '---\ntype: postmortem\n---\n# Outage\n\n```\ncode\n',
  },
  {
    name: 'a fence opened in a nested list item and never closed runs to the end of its chunk, one character past where the item ends (chunked parse)',
    text: '- item\n    - sub\n        ```text\n        log line\n## Timeline\n- next\n',
  },
  {
    name: 'the same with lone CR line endings (chunked parse)',
    text: '- a\r\r    ```\r    x\r## H\r',
  },
  {
    name: 'timezone appends the zone after a front matter time with a non-ASCII character after the seconds, on every pass',
    text: '---\ntype: postmortem\nstarted: 2022-10-15T15:19:00+09:00\nmitigated: 2022-10-16T01:30:00\u00e9:00+09:00\n---\n# Outage\n',
  },
];

for (const r of REGRESSIONS) {
  test(`regression: ${r.name}`, () => {
    checkCase({ text: r.text, config: r.config ?? {}, origin: 'regression' });
  });
}
