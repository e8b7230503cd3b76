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

/** The TypeScript files under a folder of the repository, as paths relative to the root. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}
