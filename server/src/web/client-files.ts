/**
 * The web server's file system: the part of `node:fs` that `server/src/node/` uses, answered from
 * the files the client has sent (`vscode.workspace.fs` in the editor). The web build
 * (scripts/build.mjs) resolves `node:fs` to this module, so the readers stay the same synchronous
 * code as in Node. A file not seen yet is recorded as missed and reads as absent; `settle`
 * (file-access.ts) asks the client for what a read missed and runs the read again. There are no
 * symbolic links here: a real path is the path.
 */
import * as path from 'path-browserify';
import { URI } from 'vscode-uri';
import { FILE_REQUESTS, type FileAccess, type FileAnswer } from '../lsp/file-access';

/** What the server's connection offers this module: requests to the client. */
export interface FileClient {
  /** Sends a request to the client and resolves with its answer. */
  sendRequest(method: string, params: unknown): Promise<unknown>;
}

/** Reads that stop here at the latest, even if files are still missing (a chain of links cannot loop forever). */
const MAX_ROUNDS = 8;

interface Recorder {
  missed: Set<string>;
  writes: Array<{ file: string; bytes: Uint8Array }>;
}

const known = new Map<string, FileAnswer>();
/** Bumped by `forget`: an answer asked for before it is not kept (the file may have changed since). */
let generation = 0;
const pending = new Map<string, Promise<void>>();
let recorder: Recorder | undefined;
let client: FileClient | undefined;
const background = new Set<string>();
let backgroundTimer: ReturnType<typeof setTimeout> | undefined;
const arrivedListeners: Array<() => void> = [];

function key(p: string): string {
  return path.resolve(p);
}

function look(p: string): FileAnswer | undefined {
  const k = key(p);
  const e = known.get(k);
  if (e) return e;
  if (recorder) recorder.missed.add(k);
  else missedInBackground(k);
  return undefined;
}

function missedInBackground(k: string): void {
  if (!client) return;
  background.add(k);
  backgroundTimer ??= setTimeout(() => {
    backgroundTimer = undefined;
    const files = [...background];
    background.clear();
    void fetchAll(files).then(() => arrivedListeners.forEach((l) => l()));
  }, 0);
}

function fetchOne(k: string): Promise<void> {
  let p = pending.get(k);
  if (!p) {
    const asked = generation;
    p = (async () => {
      let answer: FileAnswer = { type: 'missing' };
      try {
        answer = ((await client?.sendRequest(FILE_REQUESTS.read, { uri: URI.file(k).toString() })) as FileAnswer | null) ?? { type: 'missing' };
      } catch {
        // The client could not say: the file is treated as absent, as an unreadable one on disk.
      }
      if (asked === generation) known.set(k, answer);
      pending.delete(k);
    })();
    pending.set(k, p);
  }
  return p;
}

async function fetchAll(files: Iterable<string>): Promise<void> {
  await Promise.all([...files].map(fetchOne));
}

function errno(code: string, syscall: string, p: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${p}'`), { code, syscall, path: p });
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function existing(p: string, syscall: string): Exclude<FileAnswer, { type: 'missing' }> {
  const e = look(p);
  if (!e || e.type === 'missing') throw errno('ENOENT', syscall, p);
  return e;
}

/** `fs.readFileSync`: bytes, or text when an encoding is given. */
export function readFileSync(p: string, encoding?: string | { encoding?: string }): Uint8Array | string {
  const e = existing(p, 'open');
  if (e.type !== 'file') throw errno('EISDIR', 'read', p);
  const bytes = fromBase64(e.base64);
  const enc = typeof encoding === 'string' ? encoding : encoding?.encoding;
  return enc ? new TextDecoder().decode(bytes) : bytes;
}

/** `fs.statSync`. */
export function statSync(p: string): { isFile(): boolean; isDirectory(): boolean; size: number; mtimeMs: number } {
  const e = existing(p, 'stat');
  return { isFile: () => e.type === 'file', isDirectory: () => e.type === 'directory', size: e.type === 'file' ? e.size : 0, mtimeMs: e.mtime };
}

/** `fs.existsSync`. */
export function existsSync(p: string): boolean {
  const e = look(p);
  return e !== undefined && e.type !== 'missing';
}

/** `fs.readdirSync`: names, or entries with `withFileTypes`. */
export function readdirSync(p: string, options?: { withFileTypes?: boolean }): unknown[] {
  const e = existing(p, 'scandir');
  if (e.type !== 'directory') throw errno('ENOTDIR', 'scandir', p);
  if (!options?.withFileTypes) return e.entries.map(([name]) => name);
  return e.entries.map(([name, type]) => ({ name, isFile: () => type === 'file', isDirectory: () => type === 'directory', isSymbolicLink: () => false }));
}

/** `fs.realpathSync`: the path itself (no links in the editor's file systems as the server sees them). */
export function realpathSync(p: string): string {
  return key(p);
}

/** `fs.mkdirSync`: nothing to do; creating a file creates its folders. */
export function mkdirSync(): undefined {
  return undefined;
}

/**
 * `fs.writeFileSync` with the `wx` flag (the only write the server makes): refused when the file
 * exists; otherwise recorded, and created by the client when the read settles.
 */
export function writeFileSync(p: string, data: string | Uint8Array, options?: { flag?: string }): void {
  if (options?.flag !== 'wx' || !recorder) throw errno('EROFS', 'open', p);
  const e = look(p);
  if (e === undefined) throw errno('EAGAIN', 'open', p);
  if (e.type !== 'missing') throw errno('EEXIST', 'open', p);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  known.set(key(p), { type: 'file', base64: toBase64(bytes), size: bytes.length, mtime: Date.now() });
  recorder.writes.push({ file: key(p), bytes });
}

/** Connects this module to the server's connection; returns the server's file access. */
export function clientFiles(c: FileClient): FileAccess {
  client = c;
  return {
    async settle(read, reset) {
      for (let round = 1; ; round++) {
        const rec: Recorder = { missed: new Set(), writes: [] };
        recorder = rec;
        let value: ReturnType<typeof read> | undefined;
        let failure: { error: unknown } | undefined;
        try {
          value = read();
        } catch (error) {
          failure = { error };
        } finally {
          recorder = undefined;
        }
        const done = rec.missed.size === 0 || round >= MAX_ROUNDS;
        // A read that failed on a file not seen yet runs again once the file has come.
        if (failure && done) throw failure.error;
        if (done) {
          for (const w of rec.writes) {
            const r = (await c.sendRequest(FILE_REQUESTS.create, { uri: URI.file(w.file).toString(), base64: toBase64(w.bytes) })) as { error?: string } | null;
            if (r?.error) {
              known.delete(w.file);
              throw Object.assign(new Error(`cannot create ${w.file}: ${r.error}`), { code: 'EIO', path: w.file });
            }
          }
          return value as ReturnType<typeof read>;
        }
        // The round saw only part of the files: what it wrote is not real, it runs again.
        for (const w of rec.writes) known.delete(w.file);
        await fetchAll(rec.missed);
        reset?.();
      }
    },
    forget: () => {
      generation++;
      known.clear();
      pending.clear();
    },
    onArrived: (listener) => void arrivedListeners.push(listener),
  };
}
