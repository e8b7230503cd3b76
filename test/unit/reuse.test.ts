/**
 * Work reused from the previous lint (incremental.ts, and the chunk cache's boundaries, pieces and
 * line starts) is invisible: after any sequence of edits, a lint with the cache of the previous
 * version gives the same findings, fields, facts, timeline, model and line index as a fresh lint
 * of the same text. The documents include long lists parsed in pieces (small cut sizes, so that
 * short texts are cut often), a BOM, CRLF line breaks and front matter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type LintResult } from '../../server/src/core/lint';
import { ChunkCache, chunkBoundaries, type CutSizes } from '../../server/src/core/parse';
import { mergeConfig } from '../../server/src/core/config';
import { generatePostmortem } from '../../bench/generate';
import { nestedListPostmortem, shapedPostmortem } from '../../bench/shapes';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const SMALL_CUTS: CutSizes = { from: 200, min: 60, max: 600, spread: 4 };

const BASES = [
  generatePostmortem({ seed: 11, lines: 90, defects: 1 }).text,
  generatePostmortem({ seed: 12, lines: 70, locale: 'ko' }).text,
  `\ufeff${generatePostmortem({ seed: 13, lines: 60, defects: 1 }).text.replace(/\n/g, '\r\n')}`,
  nestedListPostmortem({ seed: 14, chars: 6000 }),
  shapedPostmortem('long-table', { seed: 15, chars: 4000 }),
  shapedPostmortem('many-headings', { seed: 16, chars: 4000 }),
  shapedPostmortem('deep-nesting', { seed: 17, chars: 5000 }),
];

/** Text that moves chunk boundaries, list cuts, timeline dates and zones, fields and findings. */
const FRAGMENTS = [
  '# ', '## Timeline\n', '### 2024-03-02\n', '\n## Duration\n\n2h 10m\n', '```\n', '\n```text\n', '<!--', '-->', '<!-- note -->\n',
  '---\n', '\n', '\n\n', '\r\n', '- ', '  - ', '1. ', '* ', '- **14:05** Detected: alert fired\n', '- 09:30 KST 복구 시작\n',
  '| 14:05 | Started: alert |\n', '**Duration:** 45 minutes\n', 'Root cause: a config push\n', 'Servers restored: 3 of 12\n',
  'TBD', 'TODO', 'human error', 'caused by Alice', 'x', '(all times UTC)', 'All times in KST.\n', '[ref]: https://x.y\n', '2024-03-05 ',
  // Read from memos kept between runs (timeline times, impossible times, blaming wording per segment).
  '- **25:70** restarted the pooler\n', '- 2024-02-30 10:00 failover\n', 'she forgot to renew', 'an engineer did a deploy by mistake.',
  'we do not blame ', '"careless"', '실수로 ', 'caused by @bob', '- **23:50** paged\n- **00:10** mitigated\n',
  // Placeholders: read per segment with the characters around it (mentioned, at a value position, in a status column or a quote).
  '// ', ' comments', 'Owner: <owner>', '??', '> ?? \n', '| Status |\n| --- |\n| TODO |\n', 'import X from "y"\n', '# Template\n',
];

const editArb = fc.record({
  at: fc.nat(),
  lineStart: fc.boolean(),
  del: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 120 })),
  text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, e: { at: number; lineStart: boolean; del: number; text: string }): string {
  let at = e.at % (text.length + 1);
  if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + e.text + text.slice(at + e.del);
}

/** Everything a lint result says, as plain data (trees left out: their equality is tested in list-cut.test.ts). */
function view(r: LintResult): unknown {
  const occ = (o: { field: string; surface: string; labelRange: unknown; valueRange: unknown; text: string; empty: boolean; placeholderOnly: boolean }) =>
    [o.field, o.surface, o.labelRange, o.valueRange, o.text, o.empty, o.placeholderOnly];
  return {
    findings: r.findings.map((f) => [f.ruleId, f.messageId, f.range, f.message, f.fix?.edits, f.suggestions?.map((s) => s.edits)]),
    ruleErrors: r.ruleErrors,
    lines: r.doc?.lines.lineStarts,
    frontMatter: r.doc?.frontMatter && { range: r.doc.frontMatter.range, entries: r.doc.frontMatter.entries.map((e) => [e.key, e.keyRange, e.valueRange]) },
    blocks: r.doc?.blocks.map((b) => [b.node.type, b.start, b.end]),
    sections: r.doc?.sections.map((s) => [s.title, s.headingRange, s.bodyRange]),
    fields: r.fields && [...r.fields.byField].map(([f, os]) => [f, os.map(occ)]),
    facts: r.facts && {
      durations: r.facts.durations.map((d) => [d.value, d.range]),
      services: r.facts.services.map((s) => [s.names, s.readable]),
      servers: r.facts.servers.map((s) => [s.value, s.range]),
      users: r.facts.users.map((u) => [u.value, u.range]),
    },
    model: r.model && JSON.stringify(r.model.data),
    timeline: r.timeline && {
      zone: r.timeline.zone,
      entries: r.timeline.entries.map((e) => [e.time?.localIso, e.time?.zone, e.time?.epochMs, e.timeRange, e.range, e.text, e.milestone]),
      others: r.timeline.others.map((list) => list.map((e) => [e.time?.localIso, e.timeRange, e.range, e.text])),
      malformed: r.timeline.malformed,
    },
  };
}

test('a lint that reuses the work of the previous version equals a fresh lint, after any sequence of edits', () => {
  const config = mergeConfig({ maxFileSize: 10_000_000 });
  fc.assert(
    fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (base, edits) => {
      const cache = new ChunkCache(SMALL_CUTS);
      let text = BASES[base];
      lint(text, { config, cache });
      for (const [i, e] of edits.entries()) {
        text = applyEdit(text, e);
        const reused = lint(text, { config, cache });
        const fresh = lint(text, { config, cache: new ChunkCache(SMALL_CUTS) });
        assert.deepEqual(view(reused), view(fresh), `after edit ${i + 1} of ${edits.length}`);
        // Without any cache at all (the CLI), the same findings.
        assert.deepEqual((view(lint(text, { config })) as { findings: unknown }).findings, (view(fresh) as { findings: unknown }).findings);
      }
    }),
    { numRuns: 120, seed: SEED },
  );
});

test('chunk boundaries found again around an edit equal those of the whole text', () => {
  fc.assert(
    fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (base, edits) => {
      const cache = new ChunkCache();
      let text = BASES[base];
      assert.deepEqual(cache.boundaries(text), chunkBoundaries(text));
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepEqual(cache.boundaries(text), chunkBoundaries(text));
      }
    }),
    { numRuns: 400, seed: SEED + 1 },
  );
});

test('a front matter changed to YAML of the same length is read again (micromark sees it blanked)', () => {
  const config = mergeConfig();
  const cache = new ChunkCache();
  const body = '\n# Replica lag\n\n## Root cause\n\nA config push.\n';
  const before = lint(`---\nseverity: SEV1\nstatus: draft\n---\n${body}`, { config, cache });
  const after = lint(`---\nseverity: SEV3\nstatus: final\n---\n${body}`, { config, cache });
  assert.equal(before.doc?.frontMatter?.data && (before.doc.frontMatter.data as Record<string, unknown>).severity, 'SEV1');
  assert.deepEqual(after.doc?.frontMatter?.data, { severity: 'SEV3', status: 'final' });
  assert.deepEqual(view(after), view(lint(`---\nseverity: SEV3\nstatus: final\n---\n${body}`, { config, cache: new ChunkCache() })));
});
