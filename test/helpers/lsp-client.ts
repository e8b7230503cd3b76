import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, PublishDiagnosticsNotification,
  DocumentDiagnosticRequest, ShutdownRequest, ExitNotification, CodeActionRequest, ConfigurationRequest,
  type ProtocolConnection, type Diagnostic, type PublishDiagnosticsParams, type InitializeResult, type ClientCapabilities,
  type DocumentDiagnosticReport, type Range, type CodeAction,
  ApplyWorkspaceEditRequest, type ApplyWorkspaceEditParams, type ApplyWorkspaceEditResult,
} from 'vscode-languageserver-protocol/node';

/** Repository root (tests run from it). */
import { ROOT } from './root';
export { ROOT };

/** Path of the bundled server. */
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/**
 * Which build the LSP tests drive: the Node server (default), or with `POSTMORTEM_TEST_SERVER`
 * set to `web-worker` or `web-port`, the web build in a browser-like worker or on a
 * MessageChannel port (test/helpers/web-server-host.mjs; test/lsp/web-server.test.ts runs the
 * suite both ways).
 */
export const SERVER_BUILD = process.env.POSTMORTEM_TEST_SERVER ?? 'node';

/** True when the tests drive the web build. */
export const WEB = SERVER_BUILD !== 'node';

/** Test options that skip a test of what the web build does not do (README, "In the browser"), saying why. */
export function notInWeb(reason: string): { skip?: string } {
  return WEB ? { skip: `not in the web build: ${reason}` } : {};
}

function serverCommand(): string[] {
  if (SERVER_BUILD === 'web-worker') return [path.join(ROOT, 'test', 'helpers', 'web-server-host.mjs'), 'worker'];
  if (SERVER_BUILD === 'web-port') return [path.join(ROOT, 'test', 'helpers', 'web-server-host.mjs'), 'port'];
  return [SERVER, '--stdio'];
}

/** The file a URI of the web server names: `/.postmortem-extension/…` is the extension's folder (here, the repository). */
function webServerPath(uri: string): string {
  const file = fileURLToPath(uri);
  const ext = '/.postmortem-extension';
  return file === ext || file.startsWith(`${ext}/`) ? path.join(ROOT, file.slice(ext.length)) : file;
}

/** Answers the web server's file requests from the disk, as the web client does from `vscode.workspace.fs` (client/src/web-files.ts). */
function answerFileRequests(conn: ProtocolConnection): void {
  conn.onRequest('postmortem/fs/read', (p: { uri: string }): unknown => {
    const file = webServerPath(p.uri);
    try {
      // The web client serves no symbolic links (client/src/web-files.ts).
      if (fs.lstatSync(file).isSymbolicLink()) return { type: 'missing' };
      const st = fs.statSync(file);
      if (st.isDirectory()) {
        const entries = fs.readdirSync(file, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [[e.name, 'directory']] : e.isFile() ? [[e.name, 'file']] : []));
        return { type: 'directory', entries, mtime: st.mtimeMs };
      }
      const bytes = fs.readFileSync(file);
      return { type: 'file', base64: bytes.toString('base64'), size: bytes.length, mtime: st.mtimeMs };
    } catch {
      return { type: 'missing' };
    }
  });
  conn.onRequest('postmortem/fs/create', (p: { uri: string; base64: string }): unknown => {
    try {
      const file = webServerPath(p.uri);
      for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        if (fs.existsSync(dir) && fs.lstatSync(dir).isSymbolicLink()) return { error: `refusing to write through the symbolic link ${dir}` };
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(p.base64, 'base64'), { flag: 'wx' });
      return {};
    } catch (err) {
      return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
    }
  });
}

/** A language server child process and a client connection to it. */
export interface TestServer {
  /** The connection. */
  conn: ProtocolConnection;
  /** The process. */
  proc: ChildProcess;
  /** Result of initialize. */
  init: InitializeResult;
  /** Everything the server wrote to stderr. */
  stderr: () => string;
  /** Messages the server logged through window/logMessage. */
  logs: string[];
  /** Every publishDiagnostics notification, in the order received. */
  publishes: PublishDiagnosticsParams[];
  /** Waits for the next publishDiagnostics for a URI that satisfies `pred`. */
  nextDiagnostics(uri: string, pred?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Pulls diagnostics for a URI. */
  pull(uri: string): Promise<Diagnostic[]>;
  /** Opens a document. */
  open(uri: string, text: string, languageId?: string): void;
  /** Replaces a document's text (full sync change). */
  change(uri: string, version: number, text: string): void;
  /** Applies a ranged change. */
  changeRange(uri: string, version: number, range: Range, text: string): void;
  /** Closes a document. */
  close(uri: string): void;
  /** Requests code actions. */
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  /** Shuts down and exits; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Options of a test server. */
export interface StartOptions {
  /** Pull diagnostics (the client says it supports textDocument/diagnostic). */
  pull?: boolean;
  /** Workspace folder path. */
  folder?: string;
  /** Settings returned for workspace/configuration (then the client says it supports it). */
  settings?: Record<string, unknown>;
  /** Locale sent in initialize. */
  locale?: string;
  /**
   * Answers `workspace/applyEdit` (then the client says it supports it). Without it the request
   * is not handled, as before.
   */
  onApplyEdit?: (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult | Promise<ApplyWorkspaceEditResult>;
}

/** Spawns `node dist/server.js --stdio` and initializes it. */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, serverCommand(), { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Map<string, Diagnostic[]>();
  const waiters: Array<{ uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  const logs: string[] = [];
  const publishes: PublishDiagnosticsParams[] = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    publishes.push(p);
    published.set(p.uri, p.diagnostics);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === p.uri && w.pred(p.diagnostics)) {
        waiters.splice(i, 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => opts.settings ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  if (opts.onApplyEdit) conn.onRequest(ApplyWorkspaceEditRequest.type, opts.onApplyEdit);
  answerFileRequests(conn);
  conn.listen();
  const capabilities: ClientCapabilities = {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: opts.settings !== undefined,
      workspaceFolders: true,
      diagnostics: opts.pull ? { refreshSupport: true } : undefined,
      didChangeWatchedFiles: { dynamicRegistration: false },
      ...(opts.onApplyEdit ? { applyEdit: true } : {}),
    },
  };
  const folderUri = opts.folder ? pathToUri(opts.folder) : null;
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folderUri,
    capabilities,
    locale: opts.locale,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: path.basename(opts.folder!) }] : null,
  });
  await conn.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();
  return {
    conn, proc, init, logs, publishes,
    stderr: () => err,
    nextDiagnostics(uri, pred = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (d) => { clearTimeout(timer); resolve(d); } });
      });
    },
    async pull(uri) {
      const r: DocumentDiagnosticReport = await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      return r.kind === 'full' ? r.items : [];
    },
    open(uri, text, languageId = 'markdown') {
      versions.set(uri, 1);
      void conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, version, text) {
      void conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    changeRange(uri, version, range, text) {
      void conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    close(uri) {
      void conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    codeActions(uri, range, diagnostics, only) {
      return conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>;
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      const code = await exited;
      conn.dispose();
      return code;
    },
  };
}

/** A file URI for a path. */
export function pathToUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}

/**
 * A copy of the small workspace of `test/fixtures/workspace` (three postmortems that link to and
 * repeat each other) in a new temporary folder, for the tests of the workspace index.
 */
export function workspaceFixture(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}
