// Languages are data: adding one is a pack file (server/src/core/lang/<id>.ts) plus its tests.
// Nothing outside the packs and the manifest's translation files names a language or holds a
// translated string, and every list of languages is the packs' list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGE_IDS, PACKS, localeOf } from '../../server/src/core/lang/index';
import { sourceFiles } from '../helpers/root';

const root = path.resolve(__dirname, '../..');


test('no language literal, *Ko property or Hangul/kana text outside the language packs', () => {
  const offenders: string[] = [];
  for (const file of [...sourceFiles('server/src'), ...sourceFiles('client/src')]) {
    if (file.split(path.sep).join('/').startsWith('server/src/core/lang/')) continue;
    const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$|^\s*\*.*$|^\s*\/\*.*$/, '');
      if (/'(?:ko|ja)'|"(?:ko|ja)"|\b\w+Ko\b/.test(code)) offenders.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test('the settings, the config schema and the packs list the same languages', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.configuration.properties['postmortem.locale'].enum, LANGUAGE_IDS);
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/config.schema.json'), 'utf8'));
  assert.deepEqual(schema.properties.locale.enum, LANGUAGE_IDS);
  for (const id of LANGUAGE_IDS) if (id !== 'en') assert.ok(fs.existsSync(path.join(root, `package.nls.${id}.json`)), `package.nls.${id}.json`);
});

test('editor locale tags map to packs', () => {
  assert.equal(localeOf('ko-KR'), 'ko');
  assert.equal(localeOf('ja'), 'ja');
  assert.equal(localeOf('en-US'), 'en');
  assert.equal(localeOf('zh-CN'), 'en');
  assert.equal(localeOf(undefined), 'en');
  assert.equal(PACKS[0].id, 'en');
});

// Every rule's examples run under every pack: test/helpers/rule-tester.ts (sameUnderEveryPack).
