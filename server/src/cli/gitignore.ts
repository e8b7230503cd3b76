/**
 * `.gitignore` files, read the way git reads them: each file's patterns apply below its folder,
 * the deepest file with a matching pattern decides, and nothing below an ignored folder comes back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file for worktrees). */
export function gitRootOf(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(cur, '.git'))) return cur;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/** Answers "is this path ignored by a `.gitignore`?" for paths below one top folder. */
export class GitIgnores {
  private readonly perDir = new Map<string, Ignore | null>();

  /** @param top The highest folder whose `.gitignore` counts (the repository root, or the walk's root). */
  constructor(private readonly top: string) {}

  /** True when `file` (absolute, below `top`) is ignored; `isDir` marks folders (for `dir/` patterns). */
  isIgnored(file: string, isDir: boolean): boolean {
    const abs = path.resolve(file);
    if (!isBelow(abs, this.top)) return false;
    let dir = path.dirname(abs);
    for (;;) {
      const ig = this.load(dir);
      if (ig) {
        const rel = path.relative(dir, abs).split(path.sep).join('/') + (isDir ? '/' : '');
        const r = ig.test(rel);
        if (r.ignored) return true;
        if (r.unignored) return false;
      }
      if (dir === this.top) return false;
      const parent = path.dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }

  private load(dir: string): Ignore | null {
    if (this.perDir.has(dir)) return this.perDir.get(dir)!;
    let ig: Ignore | null = null;
    try {
      const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
      ig = ignore({ allowRelativePaths: false }).add(text);
    } catch {
      ig = null;
    }
    this.perDir.set(dir, ig);
    return ig;
  }
}

function isBelow(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
