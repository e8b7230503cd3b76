// Checks the TextMate grammar injected into Markdown (syntaxes/postmortem.injection.tmLanguage.json):
// which spans of English and Korean postmortem text get a postmortem scope, with what exact
// boundaries, and which spans (code, URLs, version strings, plain prose) stay untouched.
//
// VS Code's own Markdown and YAML grammars are not available offline, so the test registers small
// stand-ins with the same scope names and the same shape where it matters: a zero-width paragraph
// begin, list markers consumed by a begin rule, bold as begin/end, inline code as a single match,
// fenced code as begin/end, and front matter whose content is `meta.embedded.block.frontmatter`
// around an embedded `source.yaml` whose keys and scalars are begin/end rules of their own.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const INJECTION_SCOPE = 'postmortem.markdown.injection';

/** The scopes this grammar contributes; a token carrying any of them is "marked". */
const TIMESTAMP = 'constant.numeric.timestamp.postmortem';
const TIMEZONE = 'constant.language.timezone.postmortem';
const DURATION = 'constant.numeric.duration.postmortem';
const SEVERITY = 'keyword.other.severity.postmortem';
const MILESTONE = 'entity.name.tag.milestone.postmortem';
const RATIO = 'constant.numeric.ratio.postmortem';

/**
 * Walks up from the working directory to the folder that holds package.json, so the test runs
 * from the repository root or from test/unit alike.
 */
function findRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'syntaxes', 'postmortem.injection.tmLanguage.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find syntaxes/postmortem.injection.tmLanguage.json');
    dir = parent;
  }
}

const root = findRoot();
const grammarPath = path.join(root, 'syntaxes', 'postmortem.injection.tmLanguage.json');
const injection = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));

/** A stand-in for VS Code's Markdown grammar, reduced to the rules the injection meets. */
const markdownStandIn = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#frontMatter' }, { include: '#block' }],
  repository: {
    frontMatter: {
      begin: '\\A-{3}\\s*$',
      contentName: 'meta.embedded.block.frontmatter',
      patterns: [{ include: 'source.yaml' }],
      end: '(^|\\G)-{3}|\\.{3}\\s*$',
    },
    block: {
      patterns: [
        { include: '#heading' },
        { include: '#lists' },
        { include: '#fenced_code_block_yaml' },
        { include: '#fenced_code_block_unknown' },
        { include: '#raw_block' },
        { include: '#html' },
        { include: '#paragraph' },
      ],
    },
    heading: {
      match: '(?:^|\\G)[ ]{0,3}(#{1,6})\\s+(.*?)\\s*$',
      name: 'markup.heading.markdown',
      captures: {
        1: { name: 'punctuation.definition.heading.markdown' },
        2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] },
      },
    },
    lists: {
      begin: '(^|\\G)([ ]{0,3})([*+-]|[0-9]+\\.)([ \\t])',
      beginCaptures: { 3: { name: 'punctuation.definition.list.begin.markdown' } },
      name: 'markup.list.unnumbered.markdown',
      patterns: [{ include: '#block' }, { include: '#list_paragraph' }],
      while: '((^|\\G)([ ]{2,4}|\\t))|(^[ \\t]*$)',
    },
    list_paragraph: {
      begin: '(^|\\G)(?=\\S)(?![*+->]\\s|[0-9]+\\.\\s)',
      name: 'meta.paragraph.markdown',
      patterns: [{ include: '#inline' }],
      while: '(^|\\G)(?!\\s*$|#|[ ]{0,3}[*+->]|[ ]{0,3}[0-9]+\\.)',
    },
    fenced_code_block_yaml: {
      begin: '(^|\\G)(\\s*)(`{3,}|~{3,})\\s*(?i:(yaml|yml)((\\s+|:|,|\\{|\\?)[^`~]*)?$)',
      end: '(^|\\G)(\\2|\\s{0,3})(\\3)\\s*$',
      name: 'markup.fenced_code.block.markdown',
      beginCaptures: { 3: { name: 'punctuation.definition.markdown' }, 4: { name: 'fenced_code.block.language.markdown' } },
      endCaptures: { 3: { name: 'punctuation.definition.markdown' } },
      patterns: [
        {
          begin: '(^|\\G)(\\s*)(.*)',
          while: '(^|\\G)(?!\\s*([`~]{3,})\\s*$)',
          contentName: 'meta.embedded.block.yaml',
          patterns: [{ include: 'source.yaml' }],
        },
      ],
    },
    fenced_code_block_unknown: {
      begin: '(^|\\G)(\\s*)(`{3,}|~{3,})\\s*(?=([^`]*)?$)',
      end: '(^|\\G)(\\2|\\s{0,3})(\\3)\\s*$',
      name: 'markup.fenced_code.block.markdown',
      beginCaptures: { 3: { name: 'punctuation.definition.markdown' }, 4: { name: 'fenced_code.block.language' } },
      endCaptures: { 3: { name: 'punctuation.definition.markdown' } },
    },
    raw_block: {
      begin: '(^|\\G)([ ]{4}|\\t)',
      name: 'markup.raw.block.markdown',
      while: '(^|\\G)([ ]{4}|\\t)',
    },
    html: {
      begin: '(^|\\G)\\s*(<!--)',
      end: '(-->)',
      name: 'comment.block.html',
    },
    paragraph: {
      begin: '(^|\\G)[ ]{0,3}(?=\\S)',
      name: 'meta.paragraph.markdown',
      patterns: [{ include: '#inline' }],
      while: '(^|\\G)((?=\\s*[-=]{3,}\\s*$)|[ ]{4,}(?=\\S))',
    },
    inline: {
      patterns: [{ include: '#bold' }, { include: '#raw' }, { include: '#link-inline' }],
    },
    bold: {
      begin: '(\\*\\*|__)(?=\\S)(?=.*?\\S\\1)',
      end: '(?<=\\S)(\\1)',
      captures: { 1: { name: 'punctuation.definition.bold.markdown' } },
      name: 'markup.bold.markdown',
      patterns: [{ include: '#raw' }],
    },
    raw: {
      match: '(`+)([^`]|(?!(?<!`)\\1(?!`))`)*+(\\1)',
      captures: { 1: { name: 'punctuation.definition.raw.markdown' }, 3: { name: 'punctuation.definition.raw.markdown' } },
      name: 'markup.inline.raw.string.markdown',
    },
    'link-inline': {
      match: '(\\[)([^\\]]*)(\\])(\\()([^)\\s]*)(\\))',
      captures: {
        2: { name: 'string.other.link.title.markdown' },
        5: { name: 'markup.underline.link.markdown' },
      },
      name: 'meta.link.inline.markdown',
    },
  },
};

/**
 * A stand-in for VS Code's YAML grammar. Like the real one, a plain key is a zero-width begin rule
 * and a value is a begin rule at the colon whose scalar may be claimed by an implicit-type match
 * (here, timestamps) at the very position where the injection also matches.
 */
const yamlStandIn = {
  scopeName: 'source.yaml',
  patterns: [{ include: '#comment' }, { include: '#key' }, { include: '#value' }],
  repository: {
    comment: { match: '(?<=^|\\s)#.*$', name: 'comment.line.number-sign.yaml' },
    key: {
      begin: '(?<=^|^[ ]{2}|^[ ]{4})(?=[^\\s#:\\-][^:#]*?[ \\t]*:(?:[ \\t]|$))',
      end: '(?=[ \\t]*:(?:[ \\t]|$))',
      name: 'meta.map.key.yaml string.unquoted.plain.yaml entity.name.tag.yaml',
    },
    value: {
      begin: ':(?=[ \\t]|$)',
      beginCaptures: { 0: { name: 'punctuation.separator.map.value.yaml' } },
      end: '$',
      patterns: [
        { include: '#comment' },
        {
          begin: '(?=[^\\s#])',
          end: '(?=[ \\t]+#|$)',
          name: 'string.unquoted.plain.out.yaml',
          patterns: [
            {
              match: '\\G\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?(?=[ \\t]*$)',
              name: 'constant.other.timestamp.yaml',
            },
          ],
        },
      ],
    },
  },
};

/** One line of tokens: the text with each token's range and scopes. */
interface TokenizedLine {
  text: string;
  tokens: { start: number; end: number; scopes: string[] }[];
}

let markdown: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const raw =
        scopeName === 'text.html.markdown' ? markdownStandIn
        : scopeName === 'source.yaml' ? yamlStandIn
        : scopeName === INJECTION_SCOPE ? injection
        : null;
      // parseRawGrammar takes JSON text and a file name ending in .json.
      return raw ? vsctm.parseRawGrammar(JSON.stringify(raw), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('the stand-in Markdown grammar did not load');
  markdown = grammar;
});

/** Tokenizes a whole document, carrying the rule stack from line to line as VS Code does. */
function tokenize(doc: string): TokenizedLine[] {
  let stack = vsctm.INITIAL;
  return doc.split('\n').map((text) => {
    const result = markdown.tokenizeLine(text, stack, 1000);
    assert.equal(result.stoppedEarly, false, `tokenizing took over a second: ${JSON.stringify(text)}`);
    stack = result.ruleStack;
    return {
      text,
      tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes })),
    };
  });
}

/** The maximal runs of characters whose tokens carry `scope`, as [start, end) pairs. */
function runsOf(line: TokenizedLine, scope: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const token of line.tokens) {
    if (token.start >= token.end || !token.scopes.includes(scope)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === token.start) last[1] = token.end;
    else runs.push([token.start, token.end]);
  }
  return runs;
}

/** Describes a line's marked spans, for failure messages. */
function describeMarks(line: TokenizedLine): string {
  return line.tokens
    .filter((t) => t.scopes.some((s) => s.endsWith('.postmortem')))
    .map((t) => `${JSON.stringify(line.text.slice(t.start, t.end))} ${t.scopes.filter((s) => s.endsWith('.postmortem')).join(' ')}`)
    .join('; ') || '(nothing marked)';
}

/**
 * Asserts that an occurrence of `span` in the line is exactly one run of `scope`: the run starts
 * and ends where the span does, so "4h 10m" must be marked whole and nothing beyond it.
 */
function assertMarked(line: TokenizedLine, span: string, scope: string): void {
  assert.ok(line.text.includes(span), `${JSON.stringify(span)} is not in ${JSON.stringify(line.text)}`);
  const runs = runsOf(line, scope);
  assert.ok(
    runs.some(([s, e]) => line.text.slice(s, e) === span),
    `expected ${JSON.stringify(span)} as ${scope} in ${JSON.stringify(line.text)}; marked: ${describeMarks(line)}`,
  );
}

/** Asserts that no character of `span` (its first occurrence) carries any postmortem scope. */
function assertUnmarked(line: TokenizedLine, span: string): void {
  const start = line.text.indexOf(span);
  assert.notEqual(start, -1, `${JSON.stringify(span)} is not in ${JSON.stringify(line.text)}`);
  const end = start + span.length;
  for (const token of line.tokens) {
    if (token.end <= start || token.start >= end) continue;
    const marks = token.scopes.filter((s) => s.endsWith('.postmortem'));
    assert.deepEqual(marks, [], `${JSON.stringify(line.text.slice(token.start, token.end))} in ${JSON.stringify(line.text)} should be unmarked`);
  }
}

/** A sample line and the spans in it that must carry a scope. */
interface Case {
  line: string;
  marks: [span: string, scope: string][];
  /** Spans in the same line that must stay unmarked. */
  plain?: string[];
}

const english: Case[] = [
  { line: 'Started: 2022-10-15T15:19:00+09:00', marks: [['Started', MILESTONE], ['2022-10-15T15:19:00+09:00', TIMESTAMP], ['+09:00', TIMEZONE]] },
  { line: '**Detected:** 2022-10-15 15:33 KST', marks: [['Detected', MILESTONE], ['2022-10-15 15:33 KST', TIMESTAMP], ['KST', TIMEZONE]] },
  { line: '- **Mitigated**: 16:40 KST', marks: [['Mitigated', MILESTONE], ['16:40 KST', TIMESTAMP]] },
  { line: '| Resolved | 2022-10-16 01:10 |', marks: [['Resolved', MILESTONE], ['2022-10-16 01:10', TIMESTAMP]] },
  { line: 'At 2:50 p.m. PDT the on-call engineer was paged.', marks: [['2:50 p.m. PDT', TIMESTAMP], ['PDT', TIMEZONE]] },
  { line: 'The alert fired at 15:19 UTC and again at 15:24Z.', marks: [['15:19 UTC', TIMESTAMP], ['15:24Z', TIMESTAMP], ['Z', TIMEZONE]] },
  { line: 'Window: 14:50–19:00 KST (about 4 hours)', marks: [['14:50', TIMESTAMP], ['19:00 KST', TIMESTAMP], ['4 hours', DURATION]] },
  { line: 'Failover finished 2022-10-15T20:05Z, after the 10:30 AEST sync.', marks: [['2022-10-15T20:05Z', TIMESTAMP], ['10:30 AEST', TIMESTAMP]] },
  { line: '**Duration:** 4h 10m', marks: [['4h 10m', DURATION]] },
  { line: 'The outage lasted 4 hours 10 minutes (250 minutes).', marks: [['4 hours 10 minutes', DURATION], ['250 minutes', DURATION]] },
  { line: 'Recovery took 4 h 10 min, then 1.5 days of clean-up.', marks: [['4 h 10 min', DURATION], ['1.5 days', DURATION]] },
  { line: 'duration: PT4H10M', marks: [['PT4H10M', DURATION]] },
  { line: 'Severity: SEV1 (raised from SEV-2)', marks: [['SEV1', SEVERITY], ['SEV-2', SEVERITY]] },
  { line: 'Paged as P0, downgraded to P2 at 18:00.', marks: [['P0', SEVERITY], ['P2', SEVERITY], ['18:00', TIMESTAMP]] },
  { line: 'Servers restored: 12,000 out of 32,000 (37.5%)', marks: [['12,000 out of 32,000', RATIO], ['37.5%', RATIO]] },
  { line: 'Restored 12000/32000 hosts.', marks: [['12000/32000', RATIO]] },
  { line: '45.6 million of 52 million people were affected.', marks: [['45.6 million of 52 million', RATIO]] },
  { line: '## Timeline (2022-10-15, times in CET)', marks: [['2022-10-15', TIMESTAMP]] },
  { line: '1. Detected at: 15:33', marks: [['Detected at', MILESTONE], ['15:33', TIMESTAMP]] },
  { line: '  - Resolved 2023-07-21 12:42', marks: [['Resolved', MILESTONE], ['2023-07-21 12:42', TIMESTAMP]] },
  { line: '| 2021-12-13   09:15 | Started investigating |', marks: [['2021-12-13   09:15', TIMESTAMP]], plain: ['Started'] },
  { line: 'On Oct 15, 2022 at 3:19 p.m. KST the fire started.', marks: [['Oct 15, 2022 at 3:19 p.m. KST', TIMESTAMP]] },
  { line: 'All times are Korea Standard Time (KST, UTC+09:00).', marks: [['KST', TIMEZONE], ['UTC+09:00', TIMEZONE]] },
];

const korean: Case[] = [
  { line: '발생: 2022-10-15 15:19 KST', marks: [['발생', MILESTONE], ['2022-10-15 15:19 KST', TIMESTAMP]] },
  { line: '- **탐지 시각**: 15:33', marks: [['탐지 시각', MILESTONE], ['15:33', TIMESTAMP]] },
  { line: '완화: 오후 4시 40분', marks: [['완화', MILESTONE], ['오후 4시 40분', TIMESTAMP]] },
  { line: '| 해결 | 10월 16일 01:10 |', marks: [['해결', MILESTONE], ['10월 16일 01:10', TIMESTAMP]] },
  { line: '장애 시간: 4시간 10분', marks: [['4시간 10분', DURATION]], plain: ['장애 시간'] },
  { line: '약 10시간 동안 서비스가 중단되었다.', marks: [['10시간', DURATION]] },
  { line: '30분 만에 탐지되었고 2시간 반 뒤 복구되었다.', marks: [['30분', DURATION], ['2시간 반', DURATION]] },
  { line: '1일 2시간 동안 복구 작업이 이어졌다.', marks: [['1일 2시간', DURATION]] },
  { line: '서버 32,000대 중 12,000대가 복구되었다.', marks: [['32,000대 중 12,000대', RATIO]] },
  { line: '사용자 5,200만 명 중 4,560만 명(87%)이 영향을 받았다.', marks: [['5,200만 명 중 4,560만 명', RATIO], ['87%', RATIO]] },
  { line: '심각도: SEV2, 15:19에 최초 알림', marks: [['SEV2', SEVERITY], ['15:19', TIMESTAMP]] },
  { line: '2022년 10월 15일 오후 3시 19분 화재 발생', marks: [['2022년 10월 15일 오후 3시 19분', TIMESTAMP]], plain: ['발생'] },
  { line: '15시 19분에 전원이 차단되었다.', marks: [['15시 19분', TIMESTAMP]] },
  { line: '메시지는 2022-10-16 01시 30분께부터 다시 오갔다.', marks: [['2022-10-16 01시 30분', TIMESTAMP]] },
  { line: '| 2022-10-15 15:19 | 지하 3층 배터리실 화재 발생(15:19께). |', marks: [['2022-10-15 15:19', TIMESTAMP], ['15:19', TIMESTAMP]], plain: ['발생'] },
];

describe('postmortem injection grammar', () => {
  test('declares its scope name and a selector that leaves code alone', () => {
    assert.equal(injection.scopeName, INJECTION_SCOPE);
    for (const excluded of ['markup.fenced_code', 'markup.inline.raw', 'markup.raw', 'meta.embedded']) {
      assert.match(injection.injectionSelector, new RegExp(`- ${excluded.replace('.', '\\.')}\\b`));
    }
    assert.match(injection.injectionSelector, /L:text\.html\.markdown meta\.embedded\.block\.frontmatter/);
  });

  for (const [language, cases] of [['English', english], ['Korean', korean]] as const) {
    describe(`${language} lines`, () => {
      for (const c of cases) {
        test(c.line, () => {
          const [line] = tokenize(c.line);
          for (const [span, scope] of c.marks) assertMarked(line, span, scope);
          for (const span of c.plain ?? []) assertUnmarked(line, span);
        });
      }
    });
  }

  test('front matter: milestone keys, timestamps and severity win over the YAML rules', () => {
    const lines = tokenize(['---', 'title: Data center fire', 'started: 2022-10-15T15:19:00+09:00', 'resolved: "2022-10-20 23:00 KST"', 'severity: SEV1', 'duration: 4h 10m', '---', '', 'Body.'].join('\n'));
    assertMarked(lines[2], 'started', MILESTONE);
    assertMarked(lines[2], '2022-10-15T15:19:00+09:00', TIMESTAMP);
    assertMarked(lines[3], 'resolved', MILESTONE);
    assertMarked(lines[3], '2022-10-20 23:00 KST', TIMESTAMP);
    assertMarked(lines[4], 'SEV1', SEVERITY);
    assertMarked(lines[5], '4h 10m', DURATION);
    assertUnmarked(lines[1], 'title: Data center fire');
    // The key is still inside the front matter.
    const started = lines[2].tokens.find((t) => lines[2].text.slice(t.start, t.end) === 'started');
    assert.ok(started?.scopes.includes('meta.embedded.block.frontmatter'), 'the key lost its front-matter scope');
  });

  test('fenced code blocks are never marked, with or without a language', () => {
    const sample = 'started: 2022-10-15 15:19 KST took 4h 10m, SEV1, 12,000 of 32,000';
    for (const fence of ['```', '```yaml', '~~~text']) {
      const lines = tokenize([fence, sample, fence.slice(0, 3), '', 'After 4h 10m.'].join('\n'));
      assertUnmarked(lines[1], sample);
      assert.ok(lines[1].tokens.every((t) => t.scopes.includes('markup.fenced_code.block.markdown')), `${fence} did not open a fenced block`);
      // The injection resumes after the fence closes.
      assertMarked(lines[4], '4h 10m', DURATION);
    }
  });

  test('indented code, inline code, HTML comments and link targets are never marked', () => {
    assertUnmarked(tokenize('    started: 15:19 KST after 4h')[0], 'started: 15:19 KST after 4h');
    const inline = tokenize('Run `sleep 4h` at `15:19` then page SEV1.')[0];
    assertUnmarked(inline, '`sleep 4h` at `15:19`');
    assertMarked(inline, 'SEV1', SEVERITY);
    assertUnmarked(tokenize('<!-- started: 15:19 KST, SEV1 -->')[0], 'started: 15:19 KST, SEV1');
    // A line that opens with a timestamp must still open a paragraph, or its inline code would
    // go unrecognised (this is why the body selector has no L: priority).
    const opening = tokenize('15:19 KST alert, see `sleep 12:00` now')[0];
    assertMarked(opening, '15:19 KST', TIMESTAMP);
    assertUnmarked(opening, '`sleep 12:00`');
    assert.ok(opening.tokens.every((t) => t.scopes.includes('meta.paragraph.markdown')), 'the line did not open a paragraph');
    assertUnmarked(tokenize('See [the graph](https://grafana.example/d/x?from=15:19) for details.')[0], 'https://grafana.example/d/x?from=15:19');
  });

  const untouched: [line: string, span: string][] = [
    ['Upgraded to version 1.2.3 yesterday.', '1.2.3'],
    ['Rolled back from v1.15.19 to v1.15.18.', 'v1.15.19 to v1.15.18'],
    ['Bare URL https://status.example.com/incidents/15:19/raw was shared.', 'https://status.example.com/incidents/15:19/raw'],
    ['The health check hit http://10.0.0.1:8080/health repeatedly.', 'http://10.0.0.1:8080/health'],
    ['Grafana link ?from=15:19&to=16:00 was pasted.', '?from=15:19&to=16:00'],
    ['The team resolved the problem and mitigated the risk.', 'The team resolved the problem and mitigated the risk.'],
    ['We started a new runbook for detected anomalies.', 'We started a new runbook for detected anomalies.'],
    ['Plain prose about servers, users and impact stays plain.', 'Plain prose about servers, users and impact stays plain.'],
    ['The 2nd deploy went to P10 and PT boats, not SEV10.', 'The 2nd deploy went to P10 and PT boats, not SEV10.'],
    ['Build 20221015-1519 and commit a1b2c3d4 were involved.', 'Build 20221015-1519 and commit a1b2c3d4 were involved.'],
    ['Clients saw 503s through the 1990s-era proxy.', 'Clients saw 503s through the 1990s-era proxy.'],
    ['1분기 실적과 초과 근무 시간은 별도이다.', '1분기 실적과 초과 근무 시간은 별도이다.'],
    ['On-call is staffed 24/7 and the report is due 11/03.', '24/7 and the report is due 11/03'],
  ];

  test('version strings, URLs, identifiers and plain words stay unmarked', () => {
    for (const [text, span] of untouched) assertUnmarked(tokenize(text)[0], span);
  });

  test('neither a Korean duration in hours nor a UTC offset is read as a clock time', () => {
    const [korean] = tokenize('복구까지 10시간 30분이 걸렸다.');
    assertMarked(korean, '10시간 30분', DURATION);
    assert.deepEqual(runsOf(korean, TIMESTAMP), []);
    const [offset] = tokenize('All times are UTC+09:00.');
    assertMarked(offset, 'UTC+09:00', TIMEZONE);
    assert.deepEqual(runsOf(offset, TIMESTAMP), []);
  });

  test('long hostile lines tokenize quickly (no catastrophic backtracking)', () => {
    const hostile = [
      '1'.repeat(5000),
      '1h'.repeat(3000) + 'x',
      '12,'.repeat(3000) + '000 of',
      '4시간 '.repeat(2000) + '반',
      '15:19:'.repeat(2000),
      '**Started' + ' '.repeat(5000) + 'x',
      'P' + 'T1H'.repeat(2000) + 'x',
      '2022-10-15T'.repeat(1000),
      '1 of '.repeat(2000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      tokenize(text);
      assert.ok(performance.now() - started < 1000, `slow on ${JSON.stringify(text.slice(0, 20))}…`);
    }
  });
});
