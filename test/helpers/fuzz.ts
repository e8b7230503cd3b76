/**
 * Property-based checks of the core, shared by the short run in `npm test`
 * (`test/unit/fuzz.test.ts`) and the long campaign (`scripts/fuzz.ts`).
 *
 * A case is a text and a partial configuration. The text is arbitrary Unicode, Markdown-ish
 * lines assembled from the pieces postmortems are made of, or a real postmortem from the shared
 * corpus (or a template) cut to a window of lines and mutated: lines dropped, duplicated,
 * swapped, inserted, the text truncated mid-token, the front matter broken, line endings
 * changed, a BOM added, random text spliced in.
 *
 * `checkCase` asserts, for one case:
 * - `lint` does not throw and no rule throws (`ruleErrors` is empty);
 * - every range (findings, fixes, suggestions) lies inside the document, is well ordered, and
 *   no edit boundary splits a CRLF pair or a surrogate pair, nor lands before a BOM;
 * - every fix, applied alone, changes only its own ranges, keeps the BOM, and inserts only the
 *   document's own line break when the document uses one style;
 * - fix-all (repeated until nothing is fixable, as the CLI and the server do) converges within
 *   a few passes, and then a second pass changes nothing;
 * - linting with a chunk cache gives the same findings as linting from scratch;
 * - parsing chunk by chunk gives the same top-level blocks as parsing the whole text.
 */
import { PACKS } from '../../server/src/core/lang/index';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint, type LintResult } from '../../server/src/core/lint';
import { mergeConfig, DEFAULT_CONFIG, type PostmortemConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/text';
import { fixAllEdits } from '../../server/src/core/fix';
import { ChunkCache, parseChunked, parseMarkdownTree } from '../../server/src/core/parse';
import { RULES } from '../../server/src/core/rules/index';
import type { Finding, FieldId, TextEdit } from '../../server/src/core/types';

/** One generated input. */
export interface FuzzCase {
  /** The document text. */
  text: string;
  /** Settings on top of the defaults. */
  config: Partial<PostmortemConfig>;
  /** Where the text came from (for reports). */
  origin: string;
}

/**
 * Most fix-all passes before the fixes are said not to converge. Fix-all takes one insertion per
 * place and pass (required-field inserts every missing section at the same place), so a document
 * missing all twelve fields needs twelve passes; a cycle is caught separately.
 */
export const MAX_FIX_PASSES = 20;

/** Texts longer than this skip the chunked-versus-whole parse comparison (it parses twice). */
const MAX_PARSE_COMPARE = 6000;

const ROOT = process.cwd();

/** Real postmortems and templates the mutations start from: the shared corpus and our templates. */
export function loadSeeds(): Array<{ name: string; text: string }> {
  const dirs = [
    path.resolve(ROOT, '..', 'shared', 'corpus', 'postmortems'),
    path.resolve(ROOT, '..', 'shared', 'corpus', 'templates'),
    path.resolve(ROOT, 'templates'),
  ];
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.md')) out.push({ name: `${path.basename(dir)}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Lines postmortems are made of, and lines that trip parsers. */
const PIECES = [
  '---', '...', '', ' ', '\t', '----', '***', '===',
  '# Payment outage', '## Root cause', '## Cause', '## Duration', '## Affected services', '## Servers restored',
  '## User impact', '## Impact', '## Timeline', '## Summary', '## Resolution', '## Action items', '## Lessons learned',
  '### 14:55', '### 2024-03-01', '## 원인', '## 장애 원인', '## 영향', '## 타임라인', '## 조치 사항', '####### seven', '#no-space', '#',
  'Root cause', '==========', 'Timeline', '--------',
  '**Cause:** a configuration push disabled the provider', '**Duration:** 45 minutes', 'Duration: 2h 15m', 'Duration: 1 hour',
  'Duration:', '**Affected services:** payments, api', 'Affected services:', 'Servers restored: 8 of 10', 'Servers restored: 12/10',
  'User impact: 3,000 users (12%) could not pay', 'Users affected: 120%', 'Impact: none', 'Severity: SEV1', 'Severity: SEV9',
  '원인: 설정 변경', '영향: 사용자 3,000명', '소요 시간: 45분', '장애 시간: 2시간 30분',
  '- payments', '- api', '* web', '+ db', '1. first', '2) second', '- [ ] follow up', '- [x] done', '  - nested', '    - deeper',
  '- 14:05 UTC: alert fired', '- 14:50 UTC: resolved', '- 13:00: earlier', '14:05 detected', '2024-03-01 14:05 KST started',
  '2024-03-01T14:05:00Z resolved', 'Started: 2024-03-01 14:00 KST', 'Detected: 14:10', 'Mitigated: 14:30', 'Resolved: 2024-03-01 15:30 KST',
  'All times are UTC.', 'Times in KST', '시각은 KST 기준',
  '| Time | Event |', '|------|-------|', '| 14:05 | started |', '| 14:50 | resolved |', '| Field | Value |', '|---|---|',
  '| Duration | 45 minutes |', '| Cause | disk full |', '| a | b | c | d |', '|', '||', '| --- |',
  '```', '```yaml', '~~~', '````', '    indented code', '> quote', '> > nested quote', '>',
  '<!-- postmortem-disable -->', '<!-- postmortem-enable -->', '<!-- postmortem-disable-next-line required-field -->',
  '<!-- postmortem-disable-line -->', '<!-- guidance: say what broke -->', '<!--', '-->', '<div>', '</div>', '<script>', '</script>',
  '<pre>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '<br>',
  'type: postmortem', 'title: Payment outage', 'date: 2024-03-01', 'date: 2024-13-45', 'severity: SEV2', 'cause: disk full',
  'duration: 45m', 'duration: [unclosed', 'duration: {a: 1', 'servers_restored: 10/12', 'servers: {total: 10, restored: 12}',
  'affected_services: [api, web]', 'affected_services:', '  - api', 'a: &a [1, 2, 3]', 'b: *a', 'c: *missing', 'key: value: more',
  '\tbad: tab', 'dup: 1', 'dup: 2', '? complex', ': value', 'x: !!binary aGVsbG8=', 'y: !custom tag', '%YAML 1.2',
  'TODO', 'TBD', '{{cause}}', '<describe the cause>', 'YYYY-MM-DD HH:MM', 'Xh Xm', '???', 'Lorem ipsum',
  'The engineer made a mistake.', 'Bob caused the outage.', '[link](https://example.com)', '![img](x.png)', '[ref]: https://x',
  '`code`', '**bold', '*em*', '~~del~~', '\\', '&amp;', '&#0;', '<https://x>',
  '\u0000', '\ufeff', '\ufffd', '\ud800', '\udc00', 'a\u0301', '👩‍💻 on call', '\u200b', '\u2028', '\u0085', '\f', '\v',
];

const EOLS = ['\n', '\r\n', '\r'];

/** A Markdown-ish line. */
const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES)).map(([a, b]) => `${a} ${b}`) },
);

/** Arbitrary Unicode, including lone surrogates and control characters. */
const unicodeArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('#', ' ', '-', '\n', '\r', '|', '`', '>', '<', '!', '*', ':', '1', 'a', '가', '\t', '[', ']', '(', ')'), maxLength: 300 }),
);

/** A document assembled from Markdown-ish lines joined by one or several line break styles. */
const assembledArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(lineArb, fc.constantFrom(...EOLS)), { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean(), fc.boolean())
  .map(([lines, style, frontMatter, bom]) => {
    let s = frontMatter ? ['---', 'type: postmortem', ''].join(style === 'mixed' ? '\n' : style) : '';
    for (const [l, e] of lines) s += l + (style === 'mixed' ? e : style);
    return (bom ? '\ufeff' : '') + s;
  });

/** One mutation of a corpus text; numbers are taken modulo the text's size. */
type Mutation =
  | { op: 'drop' | 'dup'; i: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'insert'; i: number; line: string }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; del: number; text: string }
  | { op: 'frontMatter'; variant: number }
  | { op: 'eol'; style: 'lf' | 'crlf' | 'cr' | 'mixed'; seed: number }
  | { op: 'bom' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('drop' as const, 'dup' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), i: fc.nat(), line: lineArb }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), del: fc.nat({ max: 40 }), text: fc.oneof(lineArb, fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ op: fc.constant('frontMatter' as const), variant: fc.nat({ max: 9 }) }),
  fc.record({ op: fc.constant('eol' as const), style: fc.constantFrom('lf' as const, 'crlf' as const, 'cr' as const, 'mixed' as const), seed: fc.nat() }),
  fc.record({ op: fc.constant('bom' as const) }),
);

function splitLines(text: string): string[] {
  return text.split(/(?<=\r\n|\n|\r(?!\n))/);
}

/** Ways of breaking front matter: a missing fence, bad YAML, aliases, tabs, a second block. */
const FRONT_MATTER_BREAKS: Array<(t: string) => string> = [
  (t) => t.replace(/^(\ufeff?)---\r?\n/, '$1'), // opening fence gone
  (t) => t.replace(/(\r?\n)---(\r?\n|$)/, '$1$2'), // closing fence gone
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1key: [unclosed\n'),
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1a: &a [x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b, *b]\n'),
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1\tindented: with a tab\n'),
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1type: postmortem\ntype: incident\n'),
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1- a list\n- not a map\n'),
  (t) => `---\ntype: postmortem\n${t}`, // opened, never closed (unless the text has a fence)
  (t) => t.replace(/^(\ufeff?---)/, '$1 '),
  (t) => t.replace(/^(\ufeff?---\r?\n)/, '$1duration: !!timestamp nope\nstarted: 2024-02-30T25:61:00Z\n'),
];

function mutate(text: string, m: Mutation): string {
  const lines = splitLines(text);
  const n = lines.length;
  switch (m.op) {
    case 'drop':
      if (n === 0) return text;
      lines.splice(m.i % n, 1);
      return lines.join('');
    case 'dup':
      if (n === 0) return text;
      lines.splice(m.i % n, 0, lines[m.i % n]);
      return lines.join('');
    case 'swap': {
      if (n === 0) return text;
      const a = m.i % n;
      const b = m.j % n;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('');
    }
    case 'insert':
      lines.splice(n === 0 ? 0 : m.i % (n + 1), 0, `${m.line}\n`);
      return lines.join('');
    case 'truncate':
      return text.slice(0, text.length === 0 ? 0 : m.at % text.length);
    case 'splice': {
      const at = text.length === 0 ? 0 : m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at + m.del);
    }
    case 'frontMatter':
      return FRONT_MATTER_BREAKS[m.variant % FRONT_MATTER_BREAKS.length](text);
    case 'eol': {
      let k = m.seed;
      return text.replace(/\r\n|\r|\n/g, () => {
        if (m.style === 'lf') return '\n';
        if (m.style === 'crlf') return '\r\n';
        if (m.style === 'cr') return '\r';
        k = (k * 1103515245 + 12345) >>> 0;
        return EOLS[(k >>> 16) % 3];
      });
    }
    case 'bom':
      return text.startsWith('\ufeff') ? text.slice(1) : `\ufeff${text}`;
  }
}

/** A window of a seed's lines (from the top half the time, so front matter is kept), then mutations. */
function mutatedArb(seeds: ReadonlyArray<{ name: string; text: string }>, maxLines: number): fc.Arbitrary<{ text: string; origin: string }> {
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      fromTop: fc.boolean(),
      start: fc.nat(),
      length: fc.integer({ min: 1, max: maxLines }),
      mutations: fc.array(mutationArb, { maxLength: 6 }),
    })
    .map(({ seed, fromTop, start, length, mutations }) => {
      const s = seeds[seed];
      const lines = splitLines(s.text);
      const from = fromTop ? 0 : start % lines.length;
      let text = lines.slice(from, from + length).join('');
      for (const m of mutations) text = mutate(text, m);
      return { text, origin: `${s.name} lines ${from + 1}-${from + length} ${JSON.stringify(mutations)}` };
    });
}

const FIELD_IDS: FieldId[] = ['cause', 'duration', 'affected_services', 'servers_restored', 'user_impact', 'summary', 'timeline', 'detection', 'resolution', 'communication', 'lessons_learned', 'action_items'];

/** Configurations: mostly the defaults, sometimes every setting a user could change. */
const configArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        locale: fc.constantFrom('en' as const, 'ko' as const),
        timezone: fc.constantFrom('', 'UTC', 'Asia/Seoul', 'America/New_York', 'Not/AZone'),
        services: fc.constantFrom([], ['payments', 'api', 'web', 'db'], ['카카오톡', 'kakaotalk']),
        required: fc.subarray(FIELD_IDS),
        severities: fc.constantFrom(['SEV1', 'SEV2', 'SEV3'], ['P0', 'P1'], []),
        durationTolerance: fc.constantFrom<number | string>('10%', 0, 5, '0%', '15m', 'nonsense', -3),
        maxFileSize: fc.constantFrom(DEFAULT_CONFIG.maxFileSize, 1, 200, 5000),
        rules: fc.dictionary(fc.constantFrom(...RULES.map((r) => r.meta.id)), fc.constantFrom('error' as const, 'warning' as const, 'information' as const, 'hint' as const, 'off' as const), { maxKeys: 4 }),
        sections: fc.constantFrom({}, { cause: ['what went wrong', 'why'] }, { duration: ['how long'], user_impact: ['customers'] }),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Every kind of case. `maxLines` bounds the corpus window (the long campaign can afford more). */
export function caseArb(seeds: ReadonlyArray<{ name: string; text: string }>, maxLines = 80): fc.Arbitrary<FuzzCase> {
  const texts: Array<{ weight: number; arbitrary: fc.Arbitrary<{ text: string; origin: string }> }> = [
    { weight: 2, arbitrary: unicodeArb.map((text) => ({ text, origin: 'unicode' })) },
    { weight: 3, arbitrary: assembledArb.map((text) => ({ text, origin: 'assembled' })) },
  ];
  if (seeds.length > 0) texts.push({ weight: 5, arbitrary: mutatedArb(seeds, maxLines) });
  return fc.tuple(fc.oneof(...texts), configArb).map(([t, config]) => ({ ...t, config: config as unknown as Partial<PostmortemConfig> }));
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/** A property that did not hold. */
export class PropertyFailure extends Error {
  constructor(readonly property: string, detail: string) {
    super(`${property}: ${detail}`);
  }
}

function fail(property: string, detail: string): never {
  throw new PropertyFailure(property, detail);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an edit boundary at `b` would split a CRLF pair or a surrogate pair. */
function splitsPair(text: string, b: number): string | undefined {
  if (b <= 0 || b >= text.length) return undefined;
  const before = text.charCodeAt(b - 1);
  const after = text.charCodeAt(b);
  if (before === 13 && after === 10) return 'a CRLF pair';
  if (isHigh(before) && isLow(after)) return 'a surrogate pair';
  return undefined;
}

/** The single line-break style of a text, or undefined when it has none or mixes them. */
export function eolStyle(text: string): string | undefined {
  let style: string | undefined;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (style === undefined) style = m[0];
    else if (style !== m[0]) return undefined;
  }
  return style;
}

/** Applies edits the slow, obvious way (ascending, checked), independent of `applyEdits`. */
export function referenceApply(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function describeEdit(e: TextEdit): string {
  return `[${e.start},${e.end})→${JSON.stringify(e.newText.length > 60 ? `${e.newText.slice(0, 60)}…` : e.newText)}`;
}

/** Checks one edit list against the text: in range, ordered, not overlapping, not splitting pairs, not before a BOM. */
function checkEdits(property: string, text: string, edits: readonly TextEdit[], what: string): void {
  const bom = text.charCodeAt(0) === 0xfeff;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let prev: TextEdit | undefined;
  for (const e of sorted) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length || e.start > e.end) {
      fail(property, `${what}: edit ${describeEdit(e)} is outside the document (length ${text.length})`);
    }
    if (typeof e.newText !== 'string') fail(property, `${what}: edit without newText`);
    if (bom && e.start === 0) fail(property, `${what}: edit ${describeEdit(e)} starts before the BOM`);
    for (const b of [e.start, e.end]) {
      const pair = splitsPair(text, b);
      if (pair) fail(property, `${what}: edit ${describeEdit(e)} splits ${pair} at ${b}`);
    }
    if (prev && (e.start < prev.end || (e.start === prev.start && e.start === e.end))) {
      fail(property, `${what}: edits ${describeEdit(prev)} and ${describeEdit(e)} overlap`);
    }
    prev = e;
  }
}

/** Checks the shape of every finding: ranges in the document, fixes and suggestions well formed. */
function checkFindings(text: string, r: LintResult): void {
  const rules = new Map(RULES.map((x) => [x.meta.id, x.meta]));
  for (const f of r.findings) {
    const { start, end } = f.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      fail('range inside the document', `${f.ruleId} ${f.messageId} has range [${start},${end}) in a text of length ${text.length}`);
    }
    if (!rules.has(f.ruleId)) fail('finding shape', `unknown rule id ${f.ruleId}`);
    const meta = rules.get(f.ruleId)!;
    // lint() reports `tooComplex` for a document the parser cannot walk, with its own text until the rule has it.
    const template = meta.messages[f.messageId] ?? (f.ruleId === 'unreadable-document' && f.messageId === 'tooComplex' ? '' : undefined);
    if (!template) fail('finding shape', `${f.ruleId}: unknown message id ${f.messageId}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') fail('finding shape', `${f.ruleId} ${f.messageId}: empty message`);
    for (const t of [template, ...PACKS.map((p) => p.text.rules[f.ruleId]?.messages[f.messageId])]) {
      for (const m of (t ?? '').matchAll(/\{(\w+)\}/g)) {
        if (!(m[1] in f.data)) fail('finding shape', `${f.ruleId} ${f.messageId}: no value for {${m[1]}} in ${JSON.stringify(f.data)}`);
      }
    }
    if (f.fix) checkEdits('fix well formed', text, f.fix.edits, `${f.ruleId} fix "${f.fix.title}"`);
    for (const s of f.suggestions ?? []) checkEdits('suggestion well formed', text, s.edits, `${f.ruleId} suggestion "${s.title}"`);
  }
}

/** Checks that applying `edits` to `text` keeps the BOM and the line break style, and changes only the edited ranges. */
function checkApplied(property: string, text: string, edits: readonly TextEdit[], what: string): string {
  const got = applyEdits(text, edits);
  const want = referenceApply(text, edits);
  if (got !== want) fail(property, `${what}: applyEdits changed text outside the edits`);
  if ((text.charCodeAt(0) === 0xfeff) !== (got.charCodeAt(0) === 0xfeff)) fail('BOM kept', `${what}: the BOM was ${text.charCodeAt(0) === 0xfeff ? 'lost' : 'added'}`);
  const style = eolStyle(text);
  if (style) {
    for (const e of edits) {
      for (const m of e.newText.matchAll(/\r\n|\r|\n/g)) {
        if (m[0] !== style) fail('line endings kept', `${what}: edit ${describeEdit(e)} inserts ${JSON.stringify(m[0])} into a document that uses ${JSON.stringify(style)}`);
      }
    }
  }
  return got;
}

function signature(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => [f.ruleId, f.messageId, f.range.start, f.range.end, f.message, f.fix?.edits, f.suggestions?.map((s) => s.edits)]));
}

function lintChecked(text: string, config: PostmortemConfig, cache?: ChunkCache): LintResult {
  let r: LintResult;
  try {
    r = lint(text, { config, cache });
  } catch (err) {
    fail('lint never throws', err instanceof Error ? err.stack ?? err.message : String(err));
  }
  if (r.ruleErrors.length > 0) fail('no rule throws', r.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('\n'));
  checkFindings(text, r);
  return r;
}

function blocksOf(tree: { children: Array<{ type: string; position?: { start: { offset?: number }; end: { offset?: number } } }> }, base: number): string[] {
  return tree.children.map((n) => `${n.type}@${base + (n.position?.start.offset ?? 0)}-${base + (n.position?.end.offset ?? 0)}`);
}

/**
 * Known bugs in other people's code, tolerated by the fuzz run until fixed (each entry names the
 * one situation it covers; everything else in the case is still checked). Delete an entry when
 * its bug is fixed: the regression tests in test/unit/fuzz.test.ts say when.
 */
/** Checks every property on one case; throws a `PropertyFailure` naming the first that fails. */
export function checkCase(c: FuzzCase): void {
  const config = mergeConfig(c.config);
  const text = c.text;
  const first = lintChecked(text, config);

  // Each fix alone.
  for (const f of first.findings) {
    if (f.fix) checkApplied('fix touches only its range', text, f.fix.edits, `${f.ruleId} fix "${f.fix.title}"`);
    for (const s of f.suggestions ?? []) checkApplied('suggestion touches only its range', text, s.edits, `${f.ruleId} suggestion "${s.title}"`);
  }

  // Fix-all until nothing is fixable, with a chunk cache as the server keeps one.
  const cache = new ChunkCache();
  let current = text;
  let result = lintChecked(current, config, cache);
  if (signature(result.findings) !== signature(first.findings)) fail('cache is invisible', 'first lint with an empty cache differs from lint without one');
  const seen = new Set([current]);
  for (let pass = 1; ; pass++) {
    const edits = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    if (pass > MAX_FIX_PASSES) {
      fail('fix-all converges', `still ${edits.length} fixable edits after ${MAX_FIX_PASSES} passes: ${result.findings.filter((f) => f.fix).map((f) => `${f.ruleId} ${f.fix!.title}`).join('; ')}`);
    }
    checkEdits('fix-all edits well formed', current, edits, `fix-all pass ${pass}`);
    const next = checkApplied('fix-all touches only its ranges', current, edits, `fix-all pass ${pass}`);
    if (seen.has(next)) fail('fix-all converges', `pass ${pass} brought back an earlier text (the fixes undo each other): ${edits.map(describeEdit).join(', ')}`);
    seen.add(next);
    current = next;
    result = lintChecked(current, config, cache);
  }
  // The cached result of the last pass equals a fresh lint of the same text.
  if (current !== text) {
    const fresh = lintChecked(current, config);
    if (signature(fresh.findings) !== signature(result.findings)) fail('cache is invisible', 'linting with the chunk cache of earlier passes differs from linting from scratch');
  }

  // Chunked parsing is invisible.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length <= MAX_PARSE_COMPARE && first.doc) {
    const whole = blocksOf(parseMarkdownTree(body), 0);
    // With a cache: without one, parseChunked parses a short text in one piece.
    const chunked = parseChunked(body, new ChunkCache()).chunks.flatMap((ch) => blocksOf(ch.tree, ch.start));
    if (whole.join(' ') !== chunked.join(' ')) {
      const i = whole.findIndex((w, k) => w !== chunked[k]);
      fail('chunked parse equals whole parse', `first difference at block ${i}: whole ${whole[i]} vs chunked ${chunked[i]}`);
    }
  }
}

/** A short, copyable description of a failing case. */
export function describeCase(c: FuzzCase): string {
  const t = c.text.length > 2000 ? `${c.text.slice(0, 2000)}… (${c.text.length} chars)` : c.text;
  return `origin: ${c.origin}\nconfig: ${JSON.stringify(c.config)}\ntext: ${JSON.stringify(t)}`;
}

/** The property over all cases, for `fc.assert` / `fc.check`. */
export function coreProperty(seeds: ReadonlyArray<{ name: string; text: string }>, maxLines?: number): fc.IPropertyWithHooks<[FuzzCase]> {
  return fc.property(caseArb(seeds, maxLines), (c) => {
    checkCase(c);
  });
}
