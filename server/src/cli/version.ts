import * as fs from 'node:fs';
import * as path from 'node:path';

/** The name the package is published under on the npm registry (`npm install postmortem-lint`). */
export const PACKAGE_NAME = 'postmortem-lint';

let cached: string | undefined;

/**
 * The tool's version, read from the package's own `package.json` next to the bundle
 * (`dist/cli.js` → `../package.json`), so `postmortem --version` is the version of the installed
 * package. `0.0.0` when it cannot be found.
 */
export function toolVersion(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return (cached = pkg.version);
    } catch {
      // Not here; go up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return (cached = '0.0.0');
}
