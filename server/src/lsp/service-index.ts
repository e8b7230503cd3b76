/**
 * Service names used by the other postmortems of the workspace, for completion. Reads at most
 * `MAX_FILES` Markdown files per scan, reads a file again only when its size or mtime changed,
 * rescans at most every `RESCAN_MS`, and yields to the event loop while it reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { analyze } from '../core/index';
import { isPostmortem } from '../node/files';
import { decodeText, isUndecodable } from '../node/decode';
import type { ConfigStore } from './workspace';

/** Most Markdown files read per scan. */
export const MAX_FILES = 500;
/** Larger files are skipped. */
const MAX_FILE_BYTES = 1024 * 1024;
/** How long a scan's results are trusted. */
const RESCAN_MS = 30_000;
/** Most folders listed per scan, so a huge repository cannot stall the server. */
const MAX_DIRS = 5000;
/** Folders never entered. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'target', 'vendor']);

interface FileEntry {
  mtimeMs: number;
  size: number;
  names: string[];
}

/** Service names found in the workspace's postmortems. */
export class WorkspaceServices {
  private readonly files = new Map<string, FileEntry>();
  private scan: Promise<void> | undefined;
  private scannedAt = 0;

  constructor(private readonly configs: ConfigStore) {}

  /** The workspace folders to scan. */
  setFolders(folders: string[]): void {
    this.configs.folders = folders;
    this.scannedAt = 0;
  }

  /**
   * Name → number of postmortems that name it, leaving out `exclude` (the document being edited).
   * Waits for a running scan at most `waitMs`; `complete` is false when it did not finish.
   */
  async names(exclude: string | undefined, waitMs = 1500): Promise<{ names: Map<string, number>; complete: boolean }> {
    if (!this.scan && Date.now() - this.scannedAt > RESCAN_MS) {
      this.scan = this.rescan().finally(() => {
        this.scan = undefined;
        this.scannedAt = Date.now();
      });
    }
    let complete = true;
    if (this.scan) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
      complete = await Promise.race([this.scan.then(() => true, () => true), timeout]);
      clearTimeout(timer);
    }
    const names = new Map<string, number>();
    for (const [file, entry] of this.files) {
      if (file === exclude) continue;
      for (const n of new Set(entry.names)) names.set(n, (names.get(n) ?? 0) + 1);
    }
    return { names, complete };
  }

  private async rescan(): Promise<void> {
    const seen = new Set<string>();
    let read = 0;
    for (const folder of this.configs.folders) {
      for (const file of markdownFiles(folder, MAX_FILES - seen.size)) {
        seen.add(file);
        let stat: fs.Stats;
        try {
          stat = fs.statSync(file);
        } catch {
          continue;
        }
        const old = this.files.get(file);
        if (old && old.mtimeMs === stat.mtimeMs && old.size === stat.size) continue;
        this.files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, names: stat.size > MAX_FILE_BYTES ? [] : this.namesOf(folder, file) });
        if (++read % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    for (const file of this.files.keys()) if (!seen.has(file)) this.files.delete(file);
  }

  private namesOf(folder: string, file: string): string[] {
    let text: string;
    try {
      // UTF-16 postmortems (Windows PowerShell's `>`) are read as VS Code opens them.
      const decoded = decodeText(fs.readFileSync(file));
      if (isUndecodable(decoded)) return [];
      text = decoded.text;
    } catch {
      return [];
    }
    const { config } = this.configs.configFor(URI.file(file).toString(), undefined);
    const rel = path.relative(folder, file).split(path.sep).join('/');
    if (!isPostmortem(rel, text, config)) return [];
    try {
      // Names guessed from running text are not the team's vocabulary: only stated ones count.
      const facts = analyze(text, config)?.facts;
      return (facts?.services ?? []).filter((s) => s.occurrence.match !== 'cue').flatMap((s) => s.names.map((n) => n.name));
    } catch {
      return [];
    }
  }
}

/** Markdown files under a folder, breadth first, at most `limit`. */
function markdownFiles(root: string, limit: number): string[] {
  const out: string[] = [];
  const queue = [root];
  let dirs = 0;
  while (queue.length > 0 && out.length < limit && dirs++ < MAX_DIRS) {
    const dir = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) queue.push(path.join(dir, e.name));
      } else if (e.isFile() && /\.md$/i.test(e.name)) {
        out.push(path.join(dir, e.name));
        if (out.length >= limit) break;
      }
    }
  }
  return out;
}
