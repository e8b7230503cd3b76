import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_CONFIG } from '../../server/src/core/config';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const props: Record<string, { default: unknown; markdownDescription?: string; description?: string }> = pkg.contributes.configuration.properties;

test('every configuration key has a setting with the same default, and no setting is unknown to the server', () => {
  for (const [key, value] of Object.entries(DEFAULT_CONFIG)) {
    const p = props[`postmortem.${key}`];
    assert.ok(p, `package.json contributes postmortem.${key}`);
    // Unset, the locale is the editor's display language (the server's, not the config's default).
    if (key === 'locale') assert.equal(p.default, undefined, 'postmortem.locale has no default: unset means the editor\'s language');
    else assert.deepEqual(p.default, value, `default of postmortem.${key}`);
  }
  for (const name of Object.keys(props)) {
    if (name === 'postmortem.trace.server') continue;
    assert.ok(name.slice('postmortem.'.length) in DEFAULT_CONFIG, `${name} is a key the server knows`);
  }
});

test('every %key% of the manifest has an English, a Korean and a Japanese text', () => {
  const en = JSON.parse(fs.readFileSync('package.nls.json', 'utf8'));
  const ko = JSON.parse(fs.readFileSync('package.nls.ko.json', 'utf8'));
  const ja = JSON.parse(fs.readFileSync('package.nls.ja.json', 'utf8'));
  const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json has ${k}`);
    assert.ok(ko[k], `package.nls.ko.json has ${k}`);
    assert.ok(ja[k], `package.nls.ja.json has ${k}`);
  }
});

test('every string the client shows has a Korean and a Japanese translation (l10n bundles)', () => {
  const sources = fs.readdirSync('client/src', { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => fs.readFileSync(`client/src/${f}`, 'utf8')).join('\n');
  const strings = [...sources.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
  assert.ok(strings.length >= 10, 'the client uses vscode.l10n.t');
  assert.equal(pkg.l10n, './l10n');
  for (const lang of ['ko', 'ja']) {
    const bundle = JSON.parse(fs.readFileSync(`l10n/bundle.l10n.${lang}.json`, 'utf8'));
    for (const s of strings) assert.ok(bundle[s], `l10n/bundle.l10n.${lang}.json translates "${s}"`);
  }
});

test('the manifest is an extension that runs in untrusted workspaces and ships its bundle', () => {
  assert.equal(pkg.main, './dist/client.js');
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.ok(pkg.engines.vscode);
  assert.ok(pkg.contributes.jsonValidation.some((j: { fileMatch: string }) => j.fileMatch === '.postmortemrc.json'));
});

test('the core imports nothing but the core, its readers and the Markdown/YAML/schema libraries', () => {
  const allowed = new Set([
    'unified', 'remark-parse', 'yaml', 'ajv', 'ajv/dist/2020', 'mdast', 'micromark-util-combine-extensions', 'micromark-extension-frontmatter', 'mdast-util-frontmatter',
    ...['autolink-literal', 'footnote', 'strikethrough', 'table', 'task-list-item'].flatMap((x) => [`micromark-extension-gfm-${x}`, `mdast-util-gfm-${x}`]),
  ]);
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
  for (const file of walk('server/src/core')) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        assert.ok(!spec.startsWith('../..') || spec.includes('schemas/'), `${file} imports ${spec} from outside the core`);
        continue;
      }
      assert.ok(allowed.has(spec), `${file} imports ${spec}`);
    }
  }
});
