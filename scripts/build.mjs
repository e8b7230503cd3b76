// Bundles the client, the language server and the CLI with esbuild. Type-checking is separate
// (`npm run typecheck`). Every runtime dependency ends up inside dist/, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Dependencies patched for speed (patches/README.md). Applied here rather than from an install
// script: the published package would carry the script to every project that installs it. Every
// command that bundles, tests or benchmarks builds first; patch-package skips a patch already applied.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const patching = spawnSync(process.execPath, [path.join(root, 'node_modules', 'patch-package', 'index.js'), '--error-on-fail'], { cwd: root, encoding: 'utf8' });
if (patching.status !== 0) {
  process.stderr.write(`${patching.stdout ?? ''}${patching.stderr ?? ''}patch-package failed: see patches/README.md\n`);
  process.exit(1);
}

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

// The web extension (README, "In the browser"): the client, the language server and the preview
// plugin bundled for a browser worker. No Node built-ins: `fs` is the web server's file system
// through the client (server/src/web/client-files.ts), `path` is path-browserify, `process` a
// small shim, Import Timeline's file reader a stub; any other built-in fails the build.
const webEntries = [
  { in: 'client/src/browser.ts', out: 'client', format: 'cjs', external: ['vscode'] },
  { in: 'server/src/web/browser-main.ts', out: 'server', format: 'iife' },
  { in: 'server/src/preview/plugin.ts', out: 'preview', format: 'cjs' },
];

const require = createRequire(import.meta.url);
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Where the web build takes what the Node build takes from Node. */
const WEB_SUBSTITUTES = {
  fs: path.resolve('server/src/web/client-files.ts'),
  path: require.resolve('path-browserify'),
  v8: path.resolve('server/src/web/v8-shim.ts'),
};
/** Packages whose `/node` entry the web build takes as `/browser`. */
const WEB_PACKAGES = /^(vscode-languageserver|vscode-languageclient|vscode-languageserver-protocol|vscode-jsonrpc)\/node$/;

const webResolve = {
  name: 'postmortem-web',
  setup(build) {
    build.onResolve({ filter: WEB_PACKAGES }, (args) =>
      build.resolve(args.path.replace(/\/node$/, '/browser'), { kind: args.kind, resolveDir: args.resolveDir }),
    );
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (WEB_SUBSTITUTES[args.path]) return { path: WEB_SUBSTITUTES[args.path] };
      if (NODE_BUILTINS.has(args.path)) {
        if (WEB_SUBSTITUTES[bare]) return { path: WEB_SUBSTITUTES[bare] };
        return { errors: [{ text: `the web build cannot use the Node built-in "${args.path}" (imported by ${path.relative('.', args.importer)})` }] };
      }
      if (/\/node\/import-sources$/.test(args.path)) return { path: path.resolve('server/src/web/import-sources.ts') };
      return undefined;
    });
  },
};

const webCommon = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'linked',
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  // `worker` first: the server and the client run in web workers, where there is no DOM (a
  // package's `browser` build may use one: decode-named-character-reference does).
  conditions: ['worker', 'browser'],
  plugins: [webResolve],
  inject: [path.resolve('server/src/web/process-shim.ts')],
  // Built-in templates are read through the client from the extension's own folder (EXTENSION_ROOT in file-access.ts).
  define: { __dirname: JSON.stringify('/.postmortem-extension/dist') },
  // A namespace import of a substitute that lacks a function the code calls must fail the build, not the user.
  logOverride: { 'import-is-undefined': 'error' },
};

const contexts = await Promise.all([
  ...entries.map((e) =>
    esbuild.context({
      ...common,
      entryPoints: { [e.out]: e.in },
      outdir: 'dist',
      external: e.external ?? [],
      banner: e.bin ? { js: '#!/usr/bin/env node' } : undefined,
      metafile: true,
    }),
  ),
  ...webEntries.map((e) =>
    esbuild.context({
      ...webCommon,
      format: e.format,
      entryPoints: { [e.out]: e.in },
      outdir: 'dist/web',
      external: e.external ?? [],
      metafile: true,
    }),
  ),
]);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) if (e.bin) chmodSync(`dist/${e.out}.js`, 0o755);
}
