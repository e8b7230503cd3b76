// Bundles the client, the language server and the CLI with esbuild. Type-checking is separate
// (`npm run typecheck`). Every runtime dependency ends up inside dist/, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', bin: true },
  { in: 'server/src/cli/main.ts', out: 'cli', bin: true, optional: true },
  { in: 'server/src/preview/plugin.ts', out: 'preview', optional: true },
].filter((e) => !e.optional || existsSync(e.in));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'linked',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  conditions: ['node'],
};

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      ...common,
      entryPoints: { [e.out]: e.in },
      outdir: 'dist',
      external: e.external ?? [],
      banner: e.bin ? { js: '#!/usr/bin/env node' } : undefined,
      metafile: true,
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) if (e.bin) chmodSync(`dist/${e.out}.js`, 0o755);
}
