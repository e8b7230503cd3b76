/**
 * `--cache`: results of files whose bytes and configuration have not changed since the last run
 * are reused. One JSON file (default `node_modules/.cache/postmortem/lint-cache.json` under the
 * working directory), keyed by absolute path; a different tool version discards it whole.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CachedResult } from './lint-file';
import { writeFileAtomic } from './write-fix';

/** The cache file's name when `--cache-location` is a folder. */
export const CACHE_FILE_NAME = 'lint-cache.json';

/** Where the cache lives: `--cache-location` (a file, or a folder when it ends with `/` or is one) or the default. */
export function cacheFilePath(cwd: string, location?: string): string {
  if (!location) return path.join(cwd, 'node_modules', '.cache', 'postmortem', CACHE_FILE_NAME);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(abs).isDirectory();
  } catch {
    // A file to create.
  }
  return isDir ? path.join(abs, CACHE_FILE_NAME) : abs;
}

interface CacheFile {
  version: string;
  entries: Record<string, CachedResult>;
}

/** The stored results of earlier runs. */
export class LintCache {
  private entries: Record<string, CachedResult>;
  private dirty = false;

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly version: string,
    entries: Record<string, CachedResult>,
  ) {
    this.entries = entries;
  }

  /** Reads the cache file; a missing, unreadable or outdated file gives an empty cache. */
  static load(file: string, toolVersion: string): LintCache {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (data && data.version === toolVersion && data.entries && typeof data.entries === 'object') {
        return new LintCache(file, toolVersion, data.entries);
      }
    } catch {
      // Start empty.
    }
    return new LintCache(file, toolVersion, {});
  }

  /** The stored result of a file. */
  get(abs: string): CachedResult | undefined {
    const e = this.entries[abs];
    return e && typeof e.hash === 'string' && Array.isArray(e.findings) ? e : undefined;
  }

  /** Stores a result (or forgets the file when `entry` is undefined). */
  set(abs: string, entry: CachedResult | undefined): void {
    if (entry) this.entries[abs] = entry;
    else delete this.entries[abs];
    this.dirty = true;
  }

  /** Writes the cache, dropping files that no longer exist. Returns a reason when it could not. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const kept: Record<string, CachedResult> = {};
    for (const key of Object.keys(this.entries).sort()) {
      if (fs.existsSync(key)) kept[key] = this.entries[key];
    }
    const text = JSON.stringify({ version: this.version, entries: kept } satisfies CacheFile);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      if (fs.existsSync(this.file)) writeFileAtomic(this.file, text);
      else fs.writeFileSync(this.file, text);
      this.dirty = false;
      return undefined;
    } catch (err) {
      return `cannot write the cache ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    }
  }
}
