/**
 * Turns the command line's files, folders and globs into the list of candidate files. Folders and
 * globs are walked for Markdown files (`.md`, `.markdown`), skipping `.gitignore`d paths,
 * `node_modules` and dot-folders (`.git`, `.github`…); a file named on the command line is always a
 * candidate. Whether a candidate is a postmortem (SPEC section 3) is decided later, with its text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { CliError } from './errors';
import { GitIgnores, gitRootOf } from './gitignore';

/** A file to consider. */
export interface Candidate {
  /** Absolute path. */
  abs: string;
  /** Path relative to the working directory, with `/`. */
  rel: string;
  /** True when the file was named on the command line. */
  explicit: boolean;
}

const MARKDOWN = /\.(md|markdown)$/i;

/** Path relative to `cwd` with `/` separators (absolute when outside `cwd`). */
export function relativePath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** The candidates, and the folders that could not be listed (each one line, for stderr). */
export interface Collected {
  /** Files to consider, sorted by `rel`. */
  candidates: Candidate[];
  /** Folders that could not be listed: reported, and the rest is linted. */
  problems: string[];
}

/** Walks a folder for Markdown files, honoring `.gitignore`. Files come out sorted. */
function walk(root: string, gitignores: GitIgnores, out: string[], problems: string[], shown: (abs: string) => string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch (err) {
    problems.push(`cannot read folder ${shown(root)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(root, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Symlinked files are followed; symlinked folders are not, so a link cycle cannot hang the walk.
      try {
        const st = fs.statSync(abs);
        isFile = st.isFile();
        isDir = false;
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      if (gitignores.isIgnored(abs, true)) continue;
      walk(abs, gitignores, out, problems, shown);
    } else if (isFile && MARKDOWN.test(e.name) && !gitignores.isIgnored(abs, false)) {
      out.push(abs);
    }
  }
}

/** Why a named path that `stat` cannot follow is not there: a symbolic link loop or a dangling link. */
function brokenLink(abs: string, pattern: string): string | undefined {
  try {
    if (!fs.lstatSync(abs).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  try {
    fs.statSync(abs);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return `${pattern} is a symbolic link loop`;
    let target = '?';
    try {
      target = fs.readlinkSync(abs);
    } catch {
      // Keep '?'.
    }
    return `${pattern} is a symbolic link to ${target}, which does not exist (${code ?? 'unknown error'})`;
  }
}

/**
 * The candidate files for `patterns` (files, folders or globs, relative to `cwd`); no pattern
 * means the whole working directory. A pattern that names nothing is a `CliError`; a folder that
 * cannot be listed is a problem of the result, and the walk goes on.
 */
export function collectCandidates(patterns: readonly string[], cwd: string): Collected {
  const found = new Map<string, Candidate>();
  const problems: string[] = [];
  const shown = (abs: string) => relativePath(cwd, abs);
  const gitTop = (dir: string) => gitRootOf(dir) ?? dir;
  const ignoresByTop = new Map<string, GitIgnores>();
  const ignoresFor = (dir: string) => {
    const top = gitTop(dir);
    let g = ignoresByTop.get(top);
    if (!g) ignoresByTop.set(top, (g = new GitIgnores(top)));
    return g;
  };
  const add = (abs: string, explicit: boolean) => {
    const prev = found.get(abs);
    if (!prev || (explicit && !prev.explicit)) found.set(abs, { abs, rel: relativePath(cwd, abs), explicit });
  };
  const walkInto = (dir: string): string[] => {
    const files: string[] = [];
    walk(dir, ignoresFor(dir), files, problems, shown);
    return files;
  };

  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(abs, true);
      continue;
    }
    if (stat?.isDirectory()) {
      for (const f of walkInto(abs)) add(f, false);
      continue;
    }
    const broken = brokenLink(abs, pattern);
    if (broken) throw new CliError(broken);
    const scan = picomatch.scan(pattern.split(path.sep).join('/'));
    if (!scan.isGlob) throw new CliError(`no such file or folder: ${pattern}`);
    const base = path.resolve(cwd, scan.base || '.');
    let baseIsDir = false;
    try {
      baseIsDir = fs.statSync(base).isDirectory();
    } catch {
      baseIsDir = false;
    }
    const isMatch = picomatch(scan.glob);
    let matched = 0;
    if (baseIsDir) {
      for (const f of walkInto(base)) {
        if (isMatch(path.relative(base, f).split(path.sep).join('/'))) {
          add(f, false);
          matched++;
        }
      }
    }
    if (matched === 0 && problems.length === 0) throw new CliError(`no files match the pattern: ${pattern}`);
  }
  const candidates = [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { candidates, problems };
}
