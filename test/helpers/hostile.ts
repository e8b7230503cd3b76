/**
 * Hostile inputs, shared by the core, language server and CLI tests and by `scripts/fuzz.ts`
 * (which times them for docs/reliability.md). Each is built on demand: some are megabytes.
 *
 * `bytes` inputs are what a file on disk holds (invalid UTF-8, NUL, UTF-16); `text()` is what the
 * core and the server see: invalid UTF-8 decoded with replacement characters and UTF-16 with a
 * byte order mark decoded, as the CLI and editors do.
 */

/** One hostile input. */
export interface HostileInput {
  /** Short name, used in test names and the reliability table. */
  name: string;
  /** What it is. */
  description: string;
  /** The document as text. */
  text(): string;
  /** The document as bytes on disk, when they are not the UTF-8 encoding of `text()`. */
  bytes?(): Buffer;
  /** Expected: `too-large`, `too-deep` and `binary` mean exactly one unreadable-document finding. */
  expect: 'linted' | 'too-large' | 'too-deep' | 'binary' | 'any';
}

const MB = 1024 * 1024;
const FM = '---\ntype: postmortem\ntitle: Hostile input\n---\n';

function repeat(n: number, f: (i: number) => string): string {
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = f(i);
  return parts.join('');
}

/** Pseudo-random bytes, the same on every run. */
function noise(n: number, seed = 7919): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** Invalid UTF-8 sequences: lone continuation bytes, overlong forms, truncated sequences, surrogates, FE/FF. */
const INVALID_UTF8 = Buffer.from([0x80, 0xbf, 0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xfe, 0xff, 0xe2, 0x82, 0x20, 0xf0, 0x9f]);

export const HOSTILE: readonly HostileInput[] = [
  {
    name: 'empty',
    description: 'an empty file',
    text: () => '',
    expect: 'linted',
  },
  {
    name: '10 MB line',
    description: 'front matter, then one line of 10 MB (over the default maxFileSize of 4 MiB)',
    text: () => `${FM}${'x'.repeat(10 * MB)}\n`,
    expect: 'too-large',
  },
  {
    name: '3 MB line',
    description: 'one paragraph line of 3 MB, under the limit: parsed and linted',
    text: () => `${FM}# Outage\n\n**Cause:** ${repeat(300_000, (i) => `word${i % 10} `).slice(0, 3 * MB)}\n`,
    expect: 'linted',
  },
  {
    name: '1 MB of whitespace',
    description: 'labelled lines, a heading and a table cell padded with 256 KB of spaces and tabs each, ending in a non-space (quadratic `\\s+$`)',
    text: () => {
      const ws = ' \t'.repeat(128 * 1024);
      return `${FM}# Outage${ws}x\n\nDuration:${ws}x\n\n## Root cause${ws}:\n\ntext${ws}\u0000\n\n| Field | Value |\n|---|---|\n| Cause | ${ws}x |\n`;
    },
    expect: 'linted',
  },
  {
    name: '100,000 headings',
    description: '100,000 ATX headings (every tenth names a field, so duplicate-section sees 10,000 of each)',
    text: () => FM + repeat(100_000, (i) => (i % 10 === 0 ? `## Root cause\n\n` : `### Step ${i}\n\n`)),
    expect: 'linted',
  },
  {
    name: '5,000-deep list',
    description: 'a list nested 5,000 levels deep by 5,000 bullets on one line (`- - - … Cause: x`)',
    text: () => `${FM}# Outage\n\n${'- '.repeat(5000)}Cause: deep\n`,
    // micromark would take about 16 s: not parsed (unreadable-document, tooDeep).
    expect: 'too-deep',
  },
  {
    name: '1,000-deep indented list',
    description: 'a list nested 1,000 levels by indentation, one level a line (1 MB, under the size limit; micromark: about 30 s)',
    text: () => FM + repeat(1000, (i) => `${'  '.repeat(i)}- level ${i}\n`),
    expect: 'too-deep',
  },
  {
    name: 'lazy lines after a deep list',
    description: 'a list 900 deep on one line, then 100,000 short lines that continue its paragraph lazily',
    text: () => `${FM}# Outage\n\n${'- '.repeat(900)}x\n${'y\n'.repeat(100_000)}`,
    expect: 'too-deep',
  },
  {
    name: '5,000-deep indented list',
    description: 'a list nested 5,000 levels by indentation: 25 MB of spaces, over the limit',
    text: () => FM + repeat(5000, (i) => `${'  '.repeat(i)}- level ${i}\n`),
    expect: 'too-large',
  },
  {
    name: '5,000-deep blockquote',
    description: '5,000 nested blockquote markers on one line, then a labelled line',
    text: () => `${FM}${'>'.repeat(5000)} Cause: deep\n`,
    expect: 'too-deep',
  },
  {
    name: 'nested lists, 2,000 items',
    description: 'nesting that real documents have, at length: 2,000 items, each with sub-lists three levels deep (70 KB in one section; micromark: about 3.5 s)',
    text: () => `${FM}# Outage\n\n${repeat(2000, (i) => `- item ${i}\n  - a\n    - b\n      - c\n`)}`,
    expect: 'linted',
  },
  {
    name: '5,000-deep inline nesting',
    description: 'brackets, emphasis, links and HTML tags nested 5,000 deep',
    text: () => `${FM}# Outage\n\n${'['.repeat(5000)}x${']'.repeat(5000)}\n\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n\n${'[a]('.repeat(5000)}${')'.repeat(5000)}\n\n${'<div>'.repeat(5000)}\n`,
    expect: 'any',
  },
  {
    name: '5,000-deep YAML',
    description: 'front matter with a flow sequence nested 5,000 deep',
    text: () => `---\ntype: postmortem\ncause: ${'['.repeat(5000)}x${']'.repeat(5000)}\n---\n# Outage\n`,
    expect: 'any',
  },
  {
    name: 'huge table',
    description: 'a table of 5,000 rows by 20 columns (about 450 KB), with metadata rows among them',
    text: () => {
      const head = `| Field | Value |${repeat(18, (i) => ` c${i} |`)}\n|---|---|${'---|'.repeat(18)}\n`;
      return `${FM}# Outage\n\n${head}${repeat(5_000, (i) => `| ${i % 100 === 0 ? 'Cause' : `k${i}`} | v${i} |${' x |'.repeat(18)}\n`)}`;
    },
    expect: 'linted',
  },
  {
    name: 'wide table',
    description: 'a table with one row of 20,000 columns',
    text: () => `${FM}# Outage\n\n|${' h |'.repeat(20_000)}\n|${'---|'.repeat(20_000)}\n|${' v |'.repeat(20_000)}\n`,
    expect: 'linted',
  },
  {
    name: 'YAML bomb',
    description: 'billion laughs: nine levels of anchors, each aliasing the one before nine times',
    text: () => {
      const lines = ['---', 'type: postmortem', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      lines.push('cause: *a9', '---', '# Outage', '');
      return lines.join('\n');
    },
    expect: 'any',
  },
  {
    name: 'YAML alias flood',
    description: '50,000 aliases of one anchor in front matter',
    text: () => `---\ntype: postmortem\nx: &x {a: 1}\nservices: [${Array.from({ length: 50_000 }, () => '*x').join(', ')}]\n---\n# Outage\n`,
    expect: 'any',
  },
  {
    name: 'invalid UTF-8',
    description: 'a postmortem with invalid UTF-8 sequences (decoded as U+FFFD) in a heading, a labelled line and the front matter',
    text: () => bytesOf('invalid UTF-8').toString('utf8'),
    bytes: () => bytesOf('invalid UTF-8'),
    expect: 'linted',
  },
  {
    name: 'NUL bytes',
    description: 'NUL bytes at the start: looks binary',
    text: () => `${FM}\u0000\u0000\u0000# Outage\n`,
    expect: 'binary',
  },
  {
    name: 'NUL after 64 KB',
    description: 'NUL bytes after 64 KB of text, beyond the binary sniffing window',
    text: () => `${FM}# Outage\n\n${'text '.repeat(13_000)}\n\nCause: a\u0000b\u0000\n`,
    expect: 'linted',
  },
  {
    name: 'random bytes',
    description: '64 KB of random bytes',
    text: () => noise(64 * 1024).toString('utf8'),
    bytes: () => noise(64 * 1024),
    expect: 'binary',
  },
  {
    name: 'line ending mix',
    description: 'front matter, headings, a table and labelled lines with \\n, \\r\\n, \\r, U+2028 and U+0085 mixed',
    text: () => ['---', 'type: postmortem', 'duration: 45m', '---', '# Outage', '', '## Root cause', '', 'A bad push.', '', 'Duration: 45 minutes\u2028Cause: x\u0085', '| Field | Value |', '|---|---|', '| Duration | 45 minutes |', '', '```', 'code', '```', '## Timeline', '- 14:05 UTC started', '- 14:50 UTC resolved', '']
      .map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''),
    expect: 'linted',
  },
  {
    name: 'CR only',
    description: 'a whole postmortem with classic Mac line endings (\\r)',
    text: () => `${FM}# Outage\n\n## Root cause\n\nA bad push.\n\n## Duration\n\n45 minutes\n`.replace(/\n/g, '\r'),
    expect: 'linted',
  },
  {
    name: 'BOM',
    description: 'a byte order mark before the front matter, and a second one after it',
    text: () => `\ufeff${FM}\ufeff# Outage\n\n## Root cause\n\nA bad push.\n`,
    expect: 'linted',
  },
  {
    name: '1,000,000 blank lines',
    description: 'front matter, then a million line breaks',
    text: () => `${FM}${'\n'.repeat(1_000_000)}# Outage\n`,
    expect: 'linted',
  },
  {
    name: '200,000 unclosed comments',
    description: '`<!--` 200,000 times in a section, never closed (quadratic for `<!--[\\s\\S]*?-->`)',
    text: () => `${FM}# Outage\n\n## Root cause\n\nx ${'<!--'.repeat(200_000)}\n`,
    expect: 'linted',
  },
  {
    name: '200,000 <br> on a line',
    description: 'a labelled line split by 200,000 `<br>` tags',
    text: () => `${FM}# Outage\n\nCause: ${'a<br>'.repeat(200_000)}\n`,
    expect: 'linted',
  },
  {
    name: '40,000 front matter keys',
    description: 'front matter of 40,000 keys (about 800 KB, under maxFileSize; over the front matter limits): yaml\'s duplicate-key check took 19 s',
    text: () => `---\ntype: postmortem\n${repeat(40_000, (i) => `key${String(i).padStart(5, '0')}: value${i}\n`)}---\n# Outage\n`,
    expect: 'linted',
  },
  {
    name: '9,000 front matter keys and a duplicate',
    description: 'front matter of 9,000 keys (about 170 KB; read, under the 10,000-line limit), the last one a duplicate',
    text: () => `---\ntype: postmortem\n${repeat(9_000, (i) => `key${String(i).padStart(5, '0')}: value${i}\n`)}key00007: again\n---\n# Outage\n`,
    expect: 'linted',
  },
  {
    name: 'impossible values',
    description: 'dates, times, offsets and counts that cannot be: 2024-02-30, 25:61, +25:00, -5, .nan, 1e400, "lots", -2h, !!binary, a mistyped key',
    text: () => `---\ntype: postmortem\ndate: 2024-13-45\nstarted: 2024-02-30T10:00:00Z\nresolved: 2024-03-01T25:61:00+25:00\nmitigated: 2024-03-01T10:00:00+25:00\nusers_affected: -5\nusers_total: .nan\nservers: {restored: 1e400, total: "lots"}\nduration: -2h\ncause: !!binary aGVsbG8=\nresovled: 2024-03-01T12:00Z\nstatus: Final\n---\n# Outage\n\n## Timeline\n\n- 25:61 UTC down\n| 2024-02-30 10:00 | up |\n`,
    expect: 'linted',
  },
  {
    name: 'UTF-16LE with a BOM',
    description: 'a postmortem in UTF-16LE with a byte order mark, as Windows PowerShell 5 writes it with `>` (the CLI and the server decode it)',
    text: () => `\ufeff${FM}# Outage\r\n\r\n## Root cause\r\n\r\nA bad push.\r\n`,
    bytes: () => Buffer.from(`\ufeff${FM}# Outage\r\n\r\n## Root cause\r\n\r\nA bad push.\r\n`, 'utf16le'),
    expect: 'linted',
  },
  {
    name: 'UTF-16BE that breaks it',
    description: 'a UTF-16BE byte order mark, then an unpaired surrogate: the CLI cannot decode it and fails the run (exit 2)',
    text: () => `\ufeff${FM}\ud800# Outage\n`,
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${FM}`, 'utf16le').swap16(), Buffer.from([0xd8, 0x00]), Buffer.from('# Outage\n', 'utf16le').swap16()]),
    expect: 'any',
  },
  {
    name: 'unmatched delimiters',
    description: '300,000 unmatched emphasis and link openers in one paragraph',
    text: () => `${FM}# Outage\n\n${'*a _b [c '.repeat(100_000)}\n`,
    expect: 'linted',
  },
];

function bytesOf(name: string): Buffer {
  if (name === 'invalid UTF-8') {
    return Buffer.concat([
      Buffer.from('---\ntype: postmortem\ntitle: "'), INVALID_UTF8, Buffer.from('"\n---\n# Outage '), INVALID_UTF8,
      Buffer.from('\n\n## Root cause\n\n'), INVALID_UTF8, Buffer.from('\n\nDuration: 45 '), INVALID_UTF8, Buffer.from(' minutes\n\n'),
      // Enough text that the replacement characters stay under the binary threshold (10%).
      Buffer.from('## User impact\n\nCard payments failed for 3,000 customers in the EU region for most of the afternoon.\n'.repeat(8)),
    ]);
  }
  throw new Error(name);
}

/** The hostile input by name. */
export function hostile(name: string): HostileInput {
  const h = HOSTILE.find((x) => x.name === name);
  if (!h) throw new Error(`no hostile input ${name}`);
  return h;
}
