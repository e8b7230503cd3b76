/**
 * The language server as an editor drives it, for the latency and memory measurements of
 * `npm run bench`: spawns `node dist/server.js --stdio`, speaks LSP over its stdio
 * (vscode-languageserver-protocol), opens and edits documents and times requests and
 * diagnostics, and reads the process's resident memory from /proc (Linux).
 *
 * The server is started with `initializationOptions.debounceMs` (the pause in typing before a
 * lint, 150 ms in an editor) set to 0 unless told otherwise, so the time from `didChange` to the
 * `publishDiagnostics` of that version is the work alone, not the work plus the pause.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  type ProtocolConnection, type PublishDiagnosticsParams, type Position,
} from 'vscode-languageserver-protocol/node';

/** Options of a server session. */
export interface SessionOptions {
  /** dist/server.js. */
  server: string;
  /** Node options before the script (e.g. `--expose-gc`; lint workers inherit them). */
  execArgv?: string[];
  /** The pause before a lint, in milliseconds (0 by default: see the file comment). */
  debounceMs?: number;
  /** `postmortem.*` settings sent in initializationOptions. */
  settings?: Record<string, unknown>;
  /** A workspace folder (none by default). */
  folder?: string;
}

/** Memory as the server reports it (`postmortem/memoryUsage`). */
export interface ServerMemory {
  main: { heapUsed: number; heapTotal: number; rss: number; external: number; code: number };
  workers: Array<{ lane: string; heapUsed: number; heapTotal: number; external: number; documents: number; cached: number; code: number; index?: { files: number; postmortems: number; reads: number; complete: boolean } }>;
}

interface Waiter {
  uri: string;
  version: number;
  resolve: (at: number) => void;
}

/** One running server and the documents opened in it. */
export class LspSession {
  private readonly waiters: Waiter[] = [];
  private readonly texts = new Map<string, { version: number; text: string }>();
  /** Times (performance.now) at which diagnostics of each document were last published, by version. */
  readonly published = new Map<string, { version: number; at: number; count: number }>();
  private stderr = '';
  /** Milliseconds from spawning the server to reading its initialize result. */
  initializeMs = 0;

  private constructor(readonly child: ChildProcess, readonly conn: ProtocolConnection) {}

  /** Spawns and initializes a server. */
  static async start(options: SessionOptions): Promise<LspSession> {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, conn);
    child.stderr!.on('data', (d: Buffer) => {
      session.stderr = (session.stderr + d.toString()).slice(-4000);
    });
    conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => session.onDiagnostics(p));
    conn.onNotification('window/logMessage', () => undefined);
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.folder ? pathToFileURL(options.folder).href : null,
      workspaceFolders: options.folder ? [{ uri: pathToFileURL(options.folder).href, name: path.basename(options.folder) }] : null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        },
      },
      initializationOptions: { settings: options.settings ?? {}, debounceMs: options.debounceMs ?? 0 },
    });
    session.initializeMs = performance.now() - t0;
    await conn.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** The server's process id. */
  get pid(): number {
    return this.child.pid!;
  }

  private onDiagnostics(p: PublishDiagnosticsParams): void {
    const at = performance.now();
    const version = p.version ?? -1;
    const last = this.published.get(p.uri);
    this.published.set(p.uri, { version, at, count: (last?.count ?? 0) + 1 });
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i];
      if (w.uri === p.uri && version >= w.version) {
        this.waiters.splice(i, 1);
        w.resolve(at);
      }
    }
  }

  /** Resolves with the time the diagnostics of `version` (or a later one) of `uri` arrive. */
  diagnosticsOf(uri: string, version: number, timeoutMs = 120_000): Promise<number> {
    const last = this.published.get(uri);
    if (last && last.version >= version) return Promise.resolve(last.at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (at) => { clearTimeout(timer); resolve(at); } });
    });
  }

  /** Opens a document (version 1). */
  open(uri: string, text: string): void {
    this.texts.set(uri, { version: 1, text });
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** The current text of an open document. */
  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /**
   * Replaces `[start, end)` (offsets) of a document by `insert`, as one incremental change.
   * Returns the new version and the time the notification was written.
   */
  edit(uri: string, start: number, end: number, insert: string): { version: number; sentAt: number } {
    const doc = this.texts.get(uri)!;
    const range = { start: positionAt(doc.text, start), end: positionAt(doc.text, end) };
    doc.version++;
    doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
    const sentAt = performance.now();
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: insert }] });
    return { version: doc.version, sentAt };
  }

  /** Sends a request and resolves with its latency in milliseconds. */
  async timed(method: string, params: unknown): Promise<{ ms: number; result: unknown }> {
    const t0 = performance.now();
    const result = await this.conn.sendRequest(method, params);
    return { ms: performance.now() - t0, result };
  }

  /** `postmortem/memoryUsage`, after a full collection in every thread when `gc` (needs `--expose-gc`). */
  memory(gc: boolean): Promise<ServerMemory> {
    return this.conn.sendRequest('postmortem/memoryUsage', { gc });
  }

  /** Shuts the server down (killed after 10 s). */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.on('exit', () => resolve());
    });
    const kill = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 5000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill();
    }
    await exited;
    clearTimeout(kill);
    this.conn.dispose();
  }
}

/** The LSP position (UTF-16) of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * Resident memory of a process and its descendants in bytes, from /proc (Linux): `VmRSS` now and
 * `VmHWM` (the most it has had) of each, summed. Undefined where /proc cannot be read.
 */
export function treeMemory(pid: number): { rss: number; hwm: number } | undefined {
  let rss = 0;
  let hwm = 0;
  let found = false;
  const seen = new Set<number>();
  const visit = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    let status: string;
    try {
      status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
    } catch {
      return;
    }
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    rss += kb('VmRSS');
    hwm += kb('VmHWM');
    found = true;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = '';
      try {
        children = fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of children.split(' ').filter(Boolean)) visit(Number(c));
    }
  };
  visit(pid);
  return found ? { rss, hwm } : undefined;
}

/** Percentile `q` (0..1) of some values, nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
