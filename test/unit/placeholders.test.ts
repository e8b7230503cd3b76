/**
 * `isOnlyPlaceholders` stops at the first character that decides (it is asked about whole
 * sections on every keystroke). It must say what the plain definition says: the text left once
 * the placeholders `findPlaceholders` finds are taken out is blanks, punctuation and symbols, and
 * there was at least one placeholder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findPlaceholders, isOnlyPlaceholders } from '../../server/src/core/placeholders';

function byDefinition(text: string): boolean {
  const matches = findPlaceholders(text);
  if (matches.length === 0) return false;
  let rest = '';
  let last = 0;
  for (const m of matches) {
    rest += text.slice(last, m.start);
    last = m.end;
  }
  return (rest + text.slice(last)).replace(/[\s\p{P}\p{S}]/gu, '') === '';
}

const PIECES = [
  'TODO', 'TBD', 'FIXME', 'XXX', 'xxx', 'x', '{{date}}', '{{', '}}', '<service name>', '<br>', '<img src="a.png">', '<https://x.y>', '<a@b.co>', '</div>',
  '??', '?', 'lorem ipsum', 'Lorem ipsum', '2X:XX', '--:--', 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM', 'HH:MM', 'Xh Xm', 'XX users', 'X hours',
  ' ', '  ', '\n', '\t', '-', '*', '.', ',', ':', '(', ')', '|', '#', '<', '>', '—', '…', '✓', '', 'a', 'text', '한글', '1', '0',
];

test('isOnlyPlaceholders says what the definition says', () => {
  for (const t of ['', 'TBD', ' TBD ', '- TBD', 'TBD x', '<br>', '<service>', '?? ', 'text', '{{a}} {{b}}', '<br> TBD']) assert.equal(isOnlyPlaceholders(t), byDefinition(t), JSON.stringify(t));
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')), (t) => {
      assert.equal(isOnlyPlaceholders(t), byDefinition(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 20261122 },
  );
});
