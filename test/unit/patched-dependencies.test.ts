/**
 * The patches in `patches/` are applied by `scripts/build.mjs` (patch-package). Without them the
 * product still works, only slower, so a missing patch would pass every other test: these tests
 * fail instead, and say how to apply it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromMarkdown, type Handle } from 'mdast-util-from-markdown';
import { subtokenize } from 'micromark-util-subtokenize';
import { parse as micromarkParse } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { setextUnderline as micromarkSetext } from 'micromark-core-commonmark';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { parseMarkdownTree } from '../../server/src/core/parse';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

test('mdast-util-from-markdown gives every handler one compile context instead of a copy per event', () => {
  const seen = new Set<unknown>();
  const slices: string[] = [];
  const record: Handle = function (token) {
    seen.add(this);
    slices.push(this.sliceSerialize(token));
  };
  fromMarkdown('# Title\n\nSome *text* and `code`.\n', {
    mdastExtensions: [{ enter: { atxHeadingSequence: record, emphasisSequence: record, codeTextSequence: record } }],
  });
  // Each handler still reads its own event's text through the shared context.
  assert.deepEqual(slices, ['#', '*', '*', '`', '`']);
  assert.equal(seen.size, 1, 'patches/mdast-util-from-markdown+2.1.0.patch is not applied: run `npm run build` (or `npx patch-package`)');
});

test('micromark-util-subtokenize keeps its jumps in a Map', () => {
  // Internal to one function, so only its source can tell (as loaded: tsx compacts it).
  assert.match(String(subtokenize), /jumps\s*=\s*new Map\b/, 'patches/micromark-util-subtokenize+2.1.0.patch is not applied: run `npm run build` (or `npx patch-package`)');
});

test('micromark combines a list of extensions once, and again when the list changed', () => {
  const extensions = [gfmTable()];
  const first = micromarkParse({ extensions }).constructs;
  assert.equal(micromarkParse({ extensions }).constructs, first, 'patches/micromark+4.0.3.patch is not applied: run `npm run build` (or `npx patch-package`)');
  // A list changed after a parse is combined again (with what was added).
  extensions.push(gfmStrikethrough());
  const second = micromarkParse({ extensions }).constructs;
  assert.notEqual(second, first);
  assert.ok(Object.keys(second.text ?? {}).length > Object.keys(first.text ?? {}).length, 'the strikethrough construct is in the new set');
  // Each parse still gets its own state.
  assert.notEqual(micromarkParse({ extensions }).defined, micromarkParse({ extensions }).defined);
});

test('trees are the same as before the patch: positions, values and nesting of a mixed document', () => {
  const text = '# A\n\n- **10:00** one\n  - two `x`\n\n| a | b |\n| - | - |\n| 1 | ~~2~~ |\n\n> quote [link](http://e.x)\n';
  const tree = parseMarkdownTree(text);
  const kinds: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }): void => {
    kinds.push(n.type);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(tree);
  assert.deepEqual(kinds, [
    'root', 'heading', 'text', 'list', 'listItem', 'paragraph', 'strong', 'text', 'text', 'list', 'listItem', 'paragraph', 'text', 'inlineCode',
    'table', 'tableRow', 'tableCell', 'text', 'tableCell', 'text', 'tableRow', 'tableCell', 'text', 'tableCell', 'delete', 'text',
    'blockquote', 'paragraph', 'text', 'link', 'text',
  ]);
  assert.deepEqual(tree.position, { start: { line: 1, column: 1, offset: 0 }, end: { line: 11, column: 1, offset: text.length } });
});

test('micromark-util-character answers ASCII codes from a table, with the same answers as its expressions', async () => {
  const character = await import('micromark-util-character');
  // The patch builds the table from each check's own expression; these are the library's expressions.
  const expressions: Array<[keyof typeof character, RegExp]> = [
    ['asciiAlpha', /[A-Za-z]/],
    ['asciiAlphanumeric', /[\dA-Za-z]/],
    ['asciiAtext', /[#-'*+\--9=?A-Z^-~]/],
    ['asciiDigit', /\d/],
    ['asciiHexDigit', /[\dA-Fa-f]/],
    ['asciiPunctuation', /[!-/:-@[-`{-~]/],
    ['unicodePunctuation', /\p{P}|\p{S}/u],
    ['unicodeWhitespace', /\s/],
  ];
  for (const [name, expression] of expressions) {
    const check = character[name] as (code: number | null) => boolean;
    assert.equal(check(null), false, name);
    for (const code of [-5, -4, -3, -2, -1]) assert.equal(check(code), false, `${name}(${code})`);
    for (let code = 0; code < 0x3100; code++) assert.equal(check(code), expression.test(String.fromCharCode(code)), `${name}(${code})`);
  }
  const source = String(character.asciiAlpha);
  assert.match(source, /ascii\[code\]/, 'patches/micromark-util-character+2.1.1.patch is not applied: run `npm run build` (or `npx patch-package`)');
});

/**
 * `count` documents of 1 to `most` pieces each, picked by a seeded linear congruential generator (the same sequence
 * the fixtures in test/fixtures/patches/ were made from: change nothing here without making them again).
 */
function pieceDocuments(pieces: readonly string[], o: { seed: number; count: number; most: number; shift: number; join: (d: number) => string }): string[] {
  let seed = o.seed;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let d = 0; d < o.count; d++) {
    const n = 1 + (next() % o.most);
    const chosen: string[] = [];
    for (let i = 0; i < n; i++) chosen.push(pieces[(next() >> o.shift) % pieces.length]);
    out.push(chosen.join(o.join(d)));
  }
  return out;
}

/** The indexes of the documents whose tree no longer hashes as the fixture (made with the unpatched library) says. */
function changedTrees(fixture: string, trees: unknown[]): number[] {
  const expected = (JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'patches', fixture), 'utf8')) as { hashes: string[] }).hashes;
  return trees.flatMap((tree, i) => (createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 16) === expected[i] ? [] : [i]));
}

/** Short documents made of pieces that make, break and neighbour setext headings (with definitions, containers, lazy lines). */
const setextDocuments = (): string[] => pieceDocuments(['a', 'b *e* c', '===', '---', '=', '-', ' ==  ', '[d]: /x', '[e]: <y> "t"', '> q', '> ===', '- i', '  ---', '  c', '', '1. n', '```', '#', '    code', '<div>', 'x|y', '= =', '\t---'], { seed: 7, count: 400, most: 14, shift: 0, join: (d) => (d % 3 === 0 ? '\r\n' : '\n') });

test('micromark-core-commonmark resolves a setext heading on the events after its content only, with the same trees as the published version', () => {
  assert.deepEqual(changedTrees('setext-trees.json', setextDocuments().map((doc) => fromMarkdown(doc))), [], 'documents whose tree changed (index into setextDocuments)');
  // Many headings in one text: a definition before the heading text keeps its content, every heading has its text.
  const many = '[d]: /x\nfirst\n===\n\n' + 'a\n---\n'.repeat(3000);
  const tree = fromMarkdown(many);
  assert.equal(tree.children.length, 3002);
  assert.equal(tree.children[0].type, 'definition');
  assert.deepEqual(tree.children[3001].position, { start: { line: 6003, column: 1, offset: many.length - 6 }, end: { line: 6004, column: 4, offset: many.length - 1 } });
  const setext = (micromarkSetext as { resolveTo?: unknown }).resolveTo;
  assert.match(String(setext), /splice\(content\)/, 'patches/micromark-core-commonmark+2.0.4.patch is not applied: run `npm run build` (or `npx patch-package`)');
});

/** Short documents of quotes, lists, lazy lines, fences, tables and definitions, in and out of containers. */
const containerDocuments = (): string[] => pieceDocuments(['a', 'b c', '> q', '> > r', '>', '- i', '  j', '* k', '1. n', '   m', '', '```', '~~~', '> ```', '> ~~~c', 'd', '    code', '<div>', '> <div>', '===', '---', '> - x', '>   y', '[d]: /x', '> [e]: /y', '| t | u |', '> | t |', '|-|-|', '#', '> # h', '\tz', '  > w'], { seed: 11, count: 600, most: 18, shift: 4, join: (d) => (d % 4 === 0 ? '\r\n' : '\n') });

test('micromark closes containers and checks lazy lines on the recent events only, with the same trees as the published version', () => {
  assert.deepEqual(changedTrees('container-trees.json', containerDocuments().map((doc) => fromMarkdown(doc))), [], 'documents whose tree changed (index into containerDocuments)');
  // A quote whose paragraph goes on for thousands of lines without `>`: one quote, one paragraph.
  const lazy = '> first\n' + 'a lazy line\n'.repeat(5000) + '\nafter\n';
  const tree = fromMarkdown(lazy);
  assert.deepEqual(tree.children.map((c) => c.type), ['blockquote', 'paragraph']);
  assert.equal(tree.children[0].position?.end.line, 5001);
  const state = micromarkParse().flow(undefined as never) as unknown as { _openTokens?: () => unknown[] };
  assert.equal(typeof state._openTokens, 'function', 'patches/micromark+4.0.3.patch is not applied: run `npm run build` (or `npx patch-package`)');
});

/** One-line texts of brackets, emphasis, code, escapes, references, links, autolinks and footnotes, run together. */
const inlineDocuments = (): string[] => pieceDocuments(['[a]', '[^a]', '](', '(', ')', '*', '**', '_', '`', '``', '<', '>', '\\', '&amp;', '&#x41;', '!', '![', 'http://x.y', 'text', ' ', '  ', '\n', '~~', '[x]: /u\n', 'b', '<a>', '<!-- c -->', '"t"', '[a](b)', '[a][x]', '[x]', 'é', '\t', 'www.a.b', 'a@b.co', '|', '[^a]: n\n'], { seed: 23, count: 800, most: 30, shift: 4, join: () => '' });

test('micromark merges the data of a text in one pass, with the same trees as the published version', () => {
  const trees = inlineDocuments().map((doc, i) => (i % 2 ? fromMarkdown(doc) : fromMarkdown(doc, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })));
  assert.deepEqual(changedTrees('inline-trees.json', trees), [], 'documents whose tree changed (index into inlineDocuments)');
  // Brackets that never close, thousands of them: one paragraph of one text.
  const tree = fromMarkdown('[a]( '.repeat(4000));
  assert.equal(tree.children.length, 1);
  const paragraph = tree.children[0] as { children: Array<{ type: string; value?: string }> };
  assert.deepEqual(paragraph.children.map((c) => c.type), ['text']);
  assert.equal(paragraph.children[0].value, '[a]( '.repeat(4000).trimEnd());
  // Internal to the text initializer, which the package does not export: its file tells.
  const textInitializer = readFileSync(path.join(path.dirname(require.resolve('micromark')), 'lib', 'initialize', 'text.js'), 'utf8');
  assert.match(textInitializer, /events\[write\+\+\]/, 'patches/micromark+4.0.3.patch is not applied: run `npm run build` (or `npx patch-package`)');
});
