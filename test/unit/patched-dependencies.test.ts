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
import { parseMarkdownTree } from '../../server/src/core/parse';

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
