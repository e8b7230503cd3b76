// The core has one front door: the adapters (language server, CLI, preview, Node helpers) import
// it only through server/src/core/index.ts, and read a document through one analyze().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, sourceFiles } from '../helpers/root';
import { analyze, lint, mergeConfig } from '../../server/src/core/index';
import { buildPreviewModel } from '../../server/src/preview/model';

const ADAPTERS = ['server/src/lsp', 'server/src/cli', 'server/src/preview', 'server/src/node'];
const CORE = path.join(ROOT, 'server/src/core');


/** Every module path an import, export-from or dynamic import of a file names. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

test('no adapter imports a core file other than core/index.ts', () => {
  const offenders: string[] = [];
  let imports = 0;
  for (const dir of ADAPTERS) {
    for (const file of sourceFiles(dir)) {
      for (const spec of specifiers(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(ROOT, path.dirname(file), spec).replace(/\.ts$/, '');
        if (target !== CORE && !target.startsWith(CORE + path.sep)) continue;
        imports++;
        if (target !== path.join(CORE, 'index')) offenders.push(`${file}: ${spec}`);
      }
    }
  }
  assert.ok(imports > 20, `the scan found only ${imports} imports of the core: is it still reading the adapters?`);
  assert.deepEqual(offenders, []);
});

test('the scan catches a deep import, an export-from and a dynamic import', () => {
  const text = "import { lint } from '../core/lint';\nexport type { X } from '../core/lang/index';\nconst m = await import('../core/fix');\nimport '../core/zone';\n";
  assert.deepEqual(specifiers(text), ['../core/lint', '../core/lang/index', '../core/fix', '../core/zone']);
});

const PROSE_ONLY = [
  '---',
  'type: postmortem',
  '---',
  '',
  '# Search outage',
  '',
  '## What happened',
  '',
  'The Search API was down for everyone after a bad index push. We rolled back the Search API at 10:40.',
  '',
  '## Timeline (all times UTC)',
  '',
  '- 10:00 Index push; errors begin.',
  '- 10:40 Rolled back; search works again.',
  '',
].join('\n');

test('analyze() gives lint and the preview the same facts (a service named only in prose, a duration from the timeline)', () => {
  const config = mergeConfig();
  const a = analyze(PROSE_ONLY, config);
  assert.ok(a);
  const names = a.facts.services.flatMap((s) => s.names.map((n) => n.name));
  assert.deepEqual(names, ['Search API']);
  assert.deepEqual(a.facts.durations.map((d) => d.value.minutes), [40]);
  const r = lint(PROSE_ONLY, { config });
  assert.deepEqual(r.facts?.services.flatMap((s) => s.names.map((n) => n.name)), names);
  const preview = buildPreviewModel(PROSE_ONLY);
  assert.ok(preview);
  assert.deepEqual(preview.services.state === 'ok' ? preview.services.value : preview.services, names);
  assert.equal(preview.duration.state === 'ok' ? preview.duration.value.minutes : preview.duration.state, 40);
});

test('analyze() stops when asked and returns nothing', () => {
  assert.equal(analyze(PROSE_ONLY, mergeConfig(), { cancelled: () => true }), undefined);
});

test('startServer is a thin function: under 80 lines, every handler behind the guard', () => {
  const text = fs.readFileSync(path.join(ROOT, 'server/src/lsp/server.ts'), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('export function startServer('));
  const end = lines.findIndex((l, i) => i > start && l === '}');
  assert.ok(start >= 0 && end > start);
  assert.ok(end - start + 1 < 80, `startServer has ${end - start + 1} lines`);
  // Request handlers registered anywhere in the server go through ctx.guard / guard(...).
  const unguarded: string[] = [];
  for (const file of sourceFiles('server/src/lsp')) {
    const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const re = /\.(onHover|onCompletion|onCodeAction|onExecuteCommand|onRequest|diagnostics\.on)\(\s*([^\n]*)/g;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const rest = m[2].trim() || src.slice(m.index + m[0].length).trimStart().split('\n')[0];
      if (!/^(?:ctx\.)?guard\(|^'[^']+',\s*(?:ctx\.)?guard\(/.test(rest)) unguarded.push(`${file}: ${m[1]}(${rest.slice(0, 60)}`);
    }
  }
  assert.deepEqual(unguarded, []);
});
