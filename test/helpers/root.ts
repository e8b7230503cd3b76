import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root: the folder at or above the working directory that holds
 * templates/index.json, so tests work when run from a subfolder too.
 */
export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'templates', 'index.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`templates/index.json not found above ${process.cwd()}`);
    dir = parent;
  }
}

/** The repository root, found once. */
export const ROOT = repoRoot();
