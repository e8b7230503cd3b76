/**
 * The workspace index: every postmortem of the workspace folders, kept as its small incident
 * record (`PeerRecord`, never the text) and the service names it states. It feeds the
 * cross-document rules (`view()`) and the completion of service names (`names()`).
 *
 * With `background` (the shared lint worker) the whole workspace is read as soon as the folders
 * are known, in slices that give the event loop back every `SLICE_MS`, so that lints and requests
 * are answered in between; after that a file is read again only when it is reported changed
 * (`filesChanged`, from `workspace/didChangeWatchedFiles`) or a rescan finds its size or mtime
 * changed. Open documents count with their editor text (`setOpen`). `onChange` is called when
 * the records other documents see changed (the first scan finished, a file changed).
 *
 * Bounds: `MAX_INDEX_FILES` Markdown files per workspace, files over `MAX_FILE_BYTES` are known
 * by name only (links to them resolve) and not read, folders in `SKIP_DIRS` and hidden folders
 * are not entered. docs/performance.md has the figures of a 10,000-file workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { analyze, peerText, type PeerRecord, type PostmortemConfig, type WorkspaceView } from '../core/index';
import { recordOf } from './lint-engine';
import type { IncidentRecords } from './incidents';
import { incidentRecords } from './incident-records';
import { isPostmortem } from '../node/files';
import { decodeText, isUndecodable } from '../node/decode';
import type { ConfigStore } from './workspace';

/** Most Markdown files indexed per workspace. */
export const MAX_INDEX_FILES = 50_000;
/** Most files a lane without a background index reads for the completion of service names. */
const MAX_NAME_FILES = 500;
/** Larger files are known by name, not read (a read must fit in one slice). */
export const MAX_FILE_BYTES = 256 * 1024;
/** How long a rescan's results are trusted (completion asks for a rescan at most this often). */
const RESCAN_MS = 30_000;
/** Most folders listed per scan, so a huge tree cannot stall the index. */
const MAX_DIRS = 20_000;
/** Work done before the event loop is given back, in milliseconds. */
const SLICE_MS = 8;
/** Folders never entered. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'target', 'vendor']);

interface FileEntry {
  /** The workspace folder that holds the file. */
  folder: string;
  /** Path relative to the folder, with `/`. */
  rel: string;
  mtimeMs: number;
  size: number;
  /** Service names the file states (not those read from prose). */
  names: string[];
  /** Its record; null for a Markdown file that is not a postmortem or was not read. */
  record: PeerRecord | null;
}

/** What the index holds, for `postmortem/memoryUsage` and the tests. */
export interface IndexStats {
  /** Markdown files known. */
  files: number;
  /** Of which postmortems with a record. */
  postmortems: number;
  /** Files read from disk since the server started (a changed file is read once). */
  reads: number;
  /** True once the first scan of the folders finished. */
  complete: boolean;
}

/** The postmortems (and other Markdown files) of the workspace folders. */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  /** Open documents: their editor text's record wins over the file's. */
  private readonly open = new Map<string, { record: PeerRecord | null; names: string[] }>();
  private folders: string[] = [];
  private scan: Promise<void> | undefined;
  private scannedAt = 0;
  private complete = false;
  private reads = 0;
  private generation = 0;
  /** The view arrays of each folder, rebuilt after a change (the core caches its lookups by array). */
  private views = new Map<string, { records: PeerRecord[]; files: string[] }>();
  /** In a lane without a background index: the views of the lane that has one (`loadSnapshot`). */
  private mirrored: { views: Map<string, { records: PeerRecord[]; files: string[] }>; complete: boolean } | undefined;

  /**
   * `background`: read the whole workspace as soon as the folders are known (else only when
   * completion asks for names); `onChange`: the records changed (after the first scan, and after
   * each change from then on).
   */
  constructor(private readonly configs: ConfigStore, private readonly background = false, private readonly onChange: () => void = () => undefined) {}

  /** The incident records of the workspace's postmortems, for the Incidents view and the report (incidents.ts). */
  incidents(openText: (uri: string) => string | undefined): Promise<IncidentRecords> {
    return incidentRecords(this, openText);
  }

  /** The workspace folders. */
  setFolders(folders: string[]): void {
    if (folders.join('\n') === this.folders.join('\n') && (this.scan || this.scannedAt > 0)) return;
    this.folders = folders;
    this.configs.folders = folders;
    this.scannedAt = 0;
    this.complete = false;
    this.generation++;
    if (this.background) this.startScan();
  }

  /** The view of the workspace a document is linted with; undefined outside the folders, or in a lane that has neither an index nor a snapshot of one. */
  view(uri: string): WorkspaceView | undefined {
    const file = fileOf(uri);
    const folder = file && this.folderOf(file);
    if (!file || !folder) return undefined;
    if (this.mirrored) {
      const m = this.mirrored.views.get(folder);
      return m && { path: relOf(folder, file), records: m.records, files: m.files, complete: this.mirrored.complete };
    }
    if (!this.background) return undefined;
    const v = this.folderView(folder);
    return { path: relOf(folder, file), records: v.records, files: v.files, complete: this.complete };
  }

  /** The views of every folder as one JSON text, for the lane without an index (a string crosses threads without being walked). */
  snapshot(): string {
    return JSON.stringify({ complete: this.complete, views: this.folders.map((f) => [f, this.folderView(f)]) });
  }

  /** Takes the views of the lane that has the index. */
  loadSnapshot(json: string): void {
    const data = JSON.parse(json) as { complete: boolean; views: Array<[string, { records: PeerRecord[]; files: string[] }]> };
    this.mirrored = { complete: data.complete, views: new Map(data.views) };
  }

  /** The records and other Markdown files of one folder. */
  private folderView(folder: string): { records: PeerRecord[]; files: string[] } {
    let v = this.views.get(folder);
    if (!v) {
      v = { records: [], files: [] };
      for (const [abs, e] of this.files) {
        if (e.folder !== folder) continue;
        const o = this.open.get(abs);
        const record = o ? o.record : e.record;
        if (record) v.records.push(record);
        else v.files.push(e.rel);
      }
      for (const [abs, o] of this.open) if (!this.files.has(abs) && o.record && this.folderOf(abs) === folder) v.records.push(o.record);
      this.views.set(folder, v);
    }
    return v;
  }

  /** The path relative to its workspace folder (with `/`) of a document, when it is in one. */
  relPath(uri: string): string | undefined {
    const file = fileOf(uri);
    const folder = file && this.folderOf(file);
    return file && folder ? relOf(folder, file) : undefined;
  }

  /** An open document's record (from its last lint), or null when it is not a postmortem. Calls `onChange` when it differs from what others saw. */
  setOpen(uri: string, record: PeerRecord | null, names: string[]): void {
    const file = fileOf(uri);
    if (!file || !this.background || !this.folderOf(file)) return;
    const before = this.open.has(file) ? this.open.get(file)!.record : this.files.get(file)?.record ?? null;
    this.open.set(file, { record, names });
    if (!sameRecord(before, record)) this.changed();
  }

  /** An open document closed: the file on disk counts again. */
  closeOpen(uri: string): void {
    const file = fileOf(uri);
    const o = file ? this.open.get(file) : undefined;
    if (!file || !o) return;
    this.open.delete(file);
    if (!sameRecord(o.record, this.files.get(file)?.record ?? null)) this.changed();
  }

  /** Files created, changed or deleted on disk: each is read again (once), the others are not. */
  async filesChanged(changes: ReadonlyArray<{ uri: string; deleted: boolean }>): Promise<void> {
    let changed = false;
    const generation = this.generation;
    for (const c of changes) {
      const file = fileOf(c.uri);
      const folder = file && this.folderOf(file);
      if (!file || !folder || !/\.(md|markdown)$/i.test(file)) continue;
      const before = this.files.get(file);
      if (c.deleted) {
        if (before) {
          this.files.delete(file);
          changed = true;
        }
        continue;
      }
      if (!before && this.files.size >= MAX_INDEX_FILES) continue;
      const entry = this.readEntry(folder, file);
      if (this.generation !== generation) return;
      if (!entry) {
        changed ||= before !== undefined;
        this.files.delete(file);
      } else {
        this.files.set(file, entry);
        changed ||= !before || !sameRecord(before.record, entry.record) || before.names.join('\n') !== entry.names.join('\n');
      }
      await yieldNow();
    }
    if (changed) this.changed();
  }

  /**
   * The postmortems of the workspace, in path order, at most `limit`: the files read as
   * postmortems, with open documents counted by their editor text. `complete` is false while
   * the first scan runs.
   */
  postmortems(limit: number): { files: Array<{ file: string; folder: string; rel: string }>; complete: boolean; truncated: boolean } {
    const files: Array<{ file: string; folder: string; rel: string }> = [];
    for (const [file, e] of this.files) {
      const o = this.open.get(file);
      if (o ? o.record : e.record) files.push({ file, folder: e.folder, rel: e.rel });
    }
    for (const [file, o] of this.open) {
      const folder = this.folderOf(file);
      if (!this.files.has(file) && o.record && folder) files.push({ file, folder, rel: relOf(folder, file) });
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { files: files.slice(0, limit), complete: this.complete, truncated: files.length > limit };
  }

  /** The configuration of a file of the workspace (`.postmortemrc.json`, without editor settings: the worker has none). */
  configOf(uri: string): { config: PostmortemConfig; teamSchema: Record<string, unknown> | undefined } {
    const c = this.configs.configFor(uri, undefined);
    return { config: c.config, teamSchema: c.teamSchema };
  }

  /** What the index holds. */
  stats(): IndexStats {
    let postmortems = 0;
    for (const e of this.files.values()) if (e.record) postmortems++;
    return { files: this.files.size, postmortems, reads: this.reads, complete: this.complete };
  }

  /**
   * Name → number of postmortems that name it, leaving out `exclude` (the document being edited).
   * Waits for a running scan at most `waitMs`; `complete` is false when it did not finish.
   */
  async names(exclude: string | undefined, waitMs = 1500): Promise<{ names: Map<string, number>; complete: boolean }> {
    if (!this.scan && Date.now() - this.scannedAt > RESCAN_MS) this.startScan();
    let complete = true;
    // The background index never makes a request wait: completion offers what is read so far.
    if (this.scan && this.background) complete = false;
    else if (this.scan) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
      complete = await Promise.race([this.scan.then(() => true, () => true), timeout]);
      clearTimeout(timer);
    }
    const names = new Map<string, number>();
    for (const [file, entry] of this.files) {
      if (file === exclude) continue;
      for (const n of new Set(this.open.get(file)?.names ?? entry.names)) names.set(n, (names.get(n) ?? 0) + 1);
    }
    return { names, complete };
  }

  private changed(): void {
    this.views.clear();
    if (this.complete) this.onChange();
  }

  private startScan(): void {
    if (this.scan) return;
    const generation = this.generation;
    this.scan = this.rescan(generation)
      .catch(() => undefined)
      .finally(() => {
        this.scan = undefined;
        this.scannedAt = Date.now();
        if (this.generation !== generation) {
          if (this.background) this.startScan();
          return;
        }
        const first = !this.complete;
        this.complete = true;
        this.views.clear();
        // Open documents were linted with an incomplete view: lint them again, unless there was nothing to read.
        if (first && this.background && this.files.size > 0) this.onChange();
      });
  }

  /** Lists every folder and reads the files that are new or changed, a slice at a time. */
  private async rescan(generation: number): Promise<void> {
    const seen = new Set<string>();
    let changed = false;
    let slice = performance.now();
    const pause = async () => {
      if (performance.now() - slice < SLICE_MS) return;
      await yieldNow();
      slice = performance.now();
    };
    for (const folder of this.folders) {
      for await (const file of markdownFiles(folder, (this.background ? MAX_INDEX_FILES : MAX_NAME_FILES) - seen.size, pause)) {
        if (this.generation !== generation) return;
        seen.add(file);
        let stat: fs.Stats;
        try {
          stat = await fs.promises.stat(file);
        } catch {
          continue;
        }
        const old = this.files.get(file);
        if (old && old.mtimeMs === stat.mtimeMs && old.size === stat.size) continue;
        const entry = this.readEntry(folder, file, stat);
        if (entry) this.files.set(file, entry);
        changed = true;
        await pause();
      }
    }
    if (this.generation !== generation) return;
    for (const file of this.files.keys()) {
      if (!seen.has(file)) {
        this.files.delete(file);
        changed = true;
      }
    }
    if (changed) {
      this.views.clear();
      if (this.complete) this.onChange();
    }
  }

  /** Reads one file into an entry (undefined when it is gone). */
  private readEntry(folder: string, file: string, known?: fs.Stats): FileEntry | undefined {
    let stat = known;
    try {
      stat ??= fs.statSync(file);
    } catch {
      return undefined;
    }
    const rel = relOf(folder, file);
    const entry: FileEntry = { folder, rel, mtimeMs: stat.mtimeMs, size: stat.size, names: [], record: null };
    if (stat.size > MAX_FILE_BYTES) return entry;
    let text: string;
    try {
      this.reads++;
      // UTF-16 postmortems (Windows PowerShell's `>`) are read as VS Code opens them.
      const decoded = decodeText(fs.readFileSync(file));
      if (isUndecodable(decoded)) return entry;
      text = decoded.text;
    } catch {
      return entry;
    }
    const { config } = this.configs.configFor(URI.file(file).toString(), undefined);
    if (!isPostmortem(rel, text, config)) return entry;
    try {
      const analysis = analyze(peerText(text, config.sections), config);
      if (!analysis) return entry;
      // Names guessed from running text are not the team's vocabulary: only stated ones count.
      entry.names = analysis.facts.services.filter((s) => s.occurrence.match !== 'cue').flatMap((s) => s.names.map((n) => ownCopy(n.name)));
      entry.record = recordOf({ ...analysis, findings: [], ruleErrors: [] }, rel);
    } catch {
      // A document deep enough to overflow the parser's stack is known by name only.
    }
    return entry;
  }

  private folderOf(file: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }
}


function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Same for the cross-document rules: the title is left out, so typing a title does not lint every open document again. */
function sameRecord(a: PeerRecord | null, b: PeerRecord | null): boolean {
  const key = (r: PeerRecord | null) => (r ? JSON.stringify([r.path, r.id, r.idStated, r.date, r.started, r.services, r.trigger]) : 'null');
  return key(a) === key(b);
}

function fileOf(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

function relOf(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

function yieldNow(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Markdown files under a folder, breadth first, at most `limit`; `pause` gives the event loop back between folders. */
async function* markdownFiles(root: string, limit: number, pause: () => Promise<void>): AsyncGenerator<string> {
  const queue = [root];
  let dirs = 0;
  let count = 0;
  while (queue.length > 0 && count < limit && dirs++ < MAX_DIRS) {
    const dir = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) queue.push(path.join(dir, e.name));
      } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
        yield path.join(dir, e.name);
        if (++count >= limit) return;
      }
    }
    await pause();
  }
}
