// Packs the web-only extension, dist/postmortem-web.vsix: the manifest without `main` (and
// without the CLI's `bin`), so an editor can run it only as a web extension, in its web worker
// extension host. The code-server test (test/e2e/web.test.mjs) installs it. Run after
// `npm run build:prod` (npm run package:web does both). The regular .vsix (npm run package)
// holds both entries.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = process.cwd();
const stage = path.join(root, 'dist', 'web-vsix');
const out = path.join(root, 'dist', 'postmortem-web.vsix');
for (const f of ['dist/web/client.js', 'dist/web/server.js', 'dist/web/preview.js']) {
  if (!existsSync(f)) {
    console.error(`package-web: ${f} is missing; run npm run build:prod first`);
    process.exit(2);
  }
}
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
delete pkg.main;
delete pkg.bin;
delete pkg.scripts;
delete pkg.devDependencies;
pkg.files = pkg.files.filter((f) => !/^dist\/(client|server|cli|preview)\.js$/.test(f));
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.nls.json', 'package.nls.ko.json', 'package.nls.ja.json', 'images/icon.png', 'dist/web/client.js', 'dist/web/server.js', 'dist/web/preview.js', 'schemas', 'templates', 'syntaxes', 'snippets', 'media', 'l10n', 'docs/rules']) {
  cpSync(f, path.join(stage, f), { recursive: true });
}
const vsce = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
execFileSync(vsce, ['package', '--no-dependencies', '-o', out], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(stage, { recursive: true, force: true });
const listed = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n');
if (listed.some((f) => /^extension\/dist\/(client|server|cli)\.js$/.test(f))) {
  console.error('package-web: the web .vsix holds a Node entry');
  process.exit(1);
}
console.log(`${path.relative(root, out)}: web only (browser: ${pkg.browser})`);
