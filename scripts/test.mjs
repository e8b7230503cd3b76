// Runs the test suites with Node's test runner. Node 20's --test takes no globs, so the files
// are found here. Usage: node scripts/test.mjs [folder or file ...] (default: unit, lsp, cli).
// The output is one line per file and every failure (scripts/test-reporter.mjs); set
// TEST_REPORTER=spec (or tap) for Node's own reporters.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/lsp', 'test/cli'];
const files = [];
function walk(dir) {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    if (dir.endsWith('.test.ts')) files.push(dir);
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
}
roots.forEach(walk);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const reporter = process.env.TEST_REPORTER ?? './scripts/test-reporter.mjs';
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-reporter=${reporter}`, ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
