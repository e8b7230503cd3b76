import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/**
 * The tool's version, read from the package's own `package.json` next to the bundle
 * (`dist/cli.js` → `../package.json`). `0.0.0` when it cannot be found.
 */
export function toolVersion(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'postmortem' && pkg.version) return (cached = pkg.version);
    } catch {
      // Not here; go up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return (cached = '0.0.0');
}
