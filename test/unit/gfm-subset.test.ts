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
import { processorFor } from '../../server/src/core/parse';
import { caseArb, loadSeeds } from '../helpers/fuzz';
import { ROOT } from '../helpers/root';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

function same(text: string): void {
  const ours = JSON.stringify(processorFor(text).parse(text));
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
    // autolink literals
    'www.', 'ww.', 'WWW.example.com', 'www', 'http://', 'https://a.b/c?d', 'HTTPS://X.COM', 'http:/', 'htp://', 'a@b.co', '@', 'a@', 'mailto:', 'xmpp:', 'x.y', '_', '+',
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
