// Checks what the .vsix holds: the bundles in dist/, the assets the manifest points at, and no
// node_modules (every runtime dependency is bundled by esbuild).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsce = process.platform === 'win32' ? 'vsce.cmd' : 'vsce';
const files = execFileSync(`node_modules/.bin/${vsce}`, ['ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const must = ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/preview.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/web/preview.js', 'package.json', 'schemas/config.schema.json', 'templates/index.json', 'media/preview.css', 'snippets/markdown.json'];
const missing = must.filter((f) => !files.includes(f));
const bad = files.filter((f) => f.includes('node_modules/') || f.endsWith('.map') || f.startsWith('test/') || f.startsWith('server/src'));
if (missing.length || bad.length) {
  console.error(`package check failed: missing ${missing.join(', ') || 'nothing'}; should not ship ${bad.join(', ') || 'nothing'}`);
  process.exit(1);
}
const size = statSync('dist/postmortem.vsix').size;
console.log(`dist/postmortem.vsix: ${files.length} files, ${(size / 1024).toFixed(0)} KB, dist/ bundled, no node_modules`);
