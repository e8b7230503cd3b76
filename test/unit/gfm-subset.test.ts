/**
 * The parser turns on each GFM extension only when the text could use it (parse.ts, GFM_PARTS).
 * Its trees must be exactly remark-gfm's: on every real postmortem and template we have, on
 * generated text made of the characters each test looks for and of near misses, and on the
 * fuzzer's own cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { ChunkCache, parseChunked, parseWithParts } from '../../server/src/core/parse';
import { caseArb, loadSeeds } from '../helpers/fuzz';
import { ROOT } from '../helpers/root';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

function same(text: string): void {
  const ours = JSON.stringify(parseWithParts(text));
  const theirs = JSON.stringify(remark.parse(text));
  if (ours !== theirs) assert.fail(`the trees differ for ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`);
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

test('the same trees as remark-gfm on our templates, docs and fixtures', () => {
  const files = ['templates', 'docs', 'test/fixtures'].flatMap((d) => markdownFiles(path.join(ROOT, d)));
  assert.ok(files.length > 10, `only ${files.length} files found`);
  for (const f of files) same(fs.readFileSync(f, 'utf8'));
});

test('the same trees as remark-gfm on the shared corpus', (t) => {
  const seeds = loadSeeds().filter((s) => !s.name.startsWith('templates/'));
  if (seeds.length === 0) return t.skip('../shared/corpus is not here');
  for (const s of seeds) same(s.text);
});

test('the same trees as remark-gfm on text made of what each extension looks for, and near misses', () => {
  const piece = fc.constantFrom(
    // autolink literals, also escaped, as references, in link destinations, labels, code and alt text
    'www.', 'ww.', 'WWW.example.com', 'www', 'http://', 'https://a.b/c?d', 'HTTPS://X.COM', 'http:/', 'htp://', 'a@b.co', '@', 'a@', 'mailto:', 'xmpp:', 'x.y', '_', '+',
    'www\\.', 'https\\://', '&#64;', '&commat;', '&#104;ttps://', '&amp;', '&', '\\', '](', '(', ')', '[a](https://b.c)', '[https://a.b](c)',
    '[a](mailto:x@y.z)', '`https://x.y`', '<https://x.y>', '![a](https://x.y)', '![https://x.y](i)', '[r]: https://x.y', '[a][r]', '](https://x.y ',
    '[a](https://x.y "t www.z.com")', '<span>https://x.y</span>',
    // footnotes
    '[^', '[^1]', '[^a]: note', '^', ']', '[',
    // strikethrough
    '~', '~~', '~x~', '~~~', '~~~\ncode\n~~~',
    // tables
    '|', '| a | b |', '|---|---|', ':-', '-:', ':-:', ': -', '- :', '---', '--', 'a', 'x |',
    // task lists and containers
    '- [ ] ', '- [x] ', '* [X] ', '1. ', '> ', '    ', '- ',
    // the rest
    ' ', '\t', '\n', '\n\n', '\r\n', '\r', '`', '*', '<a>', '# h', 'text', '한글', '\\',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => same(text)),
    { numRuns: 3000, seed: SEED },
  );
});

test('the same trees as remark-gfm on the fuzzer\'s documents', () => {
  fc.assert(
    fc.property(caseArb(loadSeeds(), 40), (c) => same(c.text.charCodeAt(0) === 0xfeff ? c.text.slice(1) : c.text)),
    { numRuns: 300, seed: SEED },
  );
});

/** Top-level blocks of a chunked parse, with offsets made absolute (lines and columns dropped: they are chunk-relative). */
function absoluteBlocks(parsed: ReturnType<typeof parseChunked>): string {
  const out: string[] = [];
  for (const c of parsed.chunks) {
    for (const b of c.tree.children) {
      out.push(JSON.stringify(b, (k, v: unknown) => {
        if (k === 'position' && v && typeof v === 'object') {
          const p = v as { start: { offset: number }; end: { offset: number } };
          return [p.start.offset + c.start, p.end.offset + c.start];
        }
        return v;
      }));
    }
  }
  return out.join('\n');
}

test('without a cache (the CLI) the blocks are those of the chunk cache (the server), joined chunks or not', () => {
  const texts = [
    ...loadSeeds().map((s) => s.text),
    ...['templates', 'test/fixtures'].flatMap((d) => markdownFiles(path.join(ROOT, d))).map((f) => fs.readFileSync(f, 'utf8')),
    // A reference and a footnote whose definitions are in the next section.
    '# A\n\nSee [x][ref] and [^1].\n\n# B\n\n[ref]: /local\n\n[^1]: A note.\n',
  ].map((t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t));
  for (const t of texts) assert.equal(absoluteBlocks(parseChunked(t)), absoluteBlocks(parseChunked(t, new ChunkCache())));
  fc.assert(
    fc.property(caseArb(loadSeeds(), 40), (c) => {
      const t = c.text.charCodeAt(0) === 0xfeff ? c.text.slice(1) : c.text;
      assert.equal(absoluteBlocks(parseChunked(t)), absoluteBlocks(parseChunked(t, new ChunkCache())));
    }),
    { numRuns: 300, seed: SEED },
  );
});
