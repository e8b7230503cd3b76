/**
 * The web client's side of the server's files (server/src/lsp/file-access.ts). The web server
 * knows files by `file:` URIs, as the Node server does: the workspace's own scheme (`vscode-vfs`
 * in github.dev, `vscode-remote` in code-server...) is turned into `file:` on the way to the
 * server and back on the way from it (`uriConverters`), and the server's reads and its one write
 * are answered here with `vscode.workspace.fs`. `/.postmortem-extension/…` is the extension's
 * own folder (the built-in templates).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { EXTENSION_ROOT, FILE_REQUESTS, type FileAnswer } from '../../server/src/lsp/file-access';

/** The scheme and authority of the workspace's files (the first folder's). */
function workspaceBase(): { scheme: string; authority: string } | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme !== 'file' ? { scheme: folder.scheme, authority: folder.authority } : undefined;
}

/** Converters that show the server the workspace's files as `file:` URIs. */
export function fileUriConverters(): NonNullable<LanguageClientOptions['uriConverters']> {
  return {
    code2Protocol: (uri) => {
      const base = workspaceBase();
      return base && uri.scheme === base.scheme && uri.authority === base.authority ? vscode.Uri.file(uri.path).toString() : uri.toString();
    },
    protocol2Code: (value) => editorUri(value, undefined),
  };
}

/** The editor's URI of a URI the server sent. */
function editorUri(value: string, extensionUri: vscode.Uri | undefined): vscode.Uri {
  const uri = vscode.Uri.parse(value);
  if (uri.scheme !== 'file') return uri;
  if (extensionUri && (uri.path === EXTENSION_ROOT || uri.path.startsWith(`${EXTENSION_ROOT}/`))) {
    return vscode.Uri.joinPath(extensionUri, uri.path.slice(EXTENSION_ROOT.length));
  }
  const base = workspaceBase();
  return base ? uri.with({ scheme: base.scheme, authority: base.authority }) : uri;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Largest file the server is sent (a team schema or a template is far smaller). */
const MAX_BYTES = 4 * 1024 * 1024;

async function read(uri: vscode.Uri): Promise<FileAnswer> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // The web server cannot tell where a link leads (no real paths here): links are not served.
    if (stat.type & vscode.FileType.SymbolicLink) return { type: 'missing' };
    if (stat.type & vscode.FileType.Directory) {
      const entries = await vscode.workspace.fs.readDirectory(uri);
      return {
        type: 'directory',
        mtime: stat.mtime,
        entries: entries.flatMap(([name, type]): Array<[string, 'file' | 'directory']> => (type & vscode.FileType.Directory ? [[name, 'directory']] : type & vscode.FileType.File ? [[name, 'file']] : [])),
      };
    }
    if (stat.size > MAX_BYTES) return { type: 'missing' };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { type: 'file', base64: toBase64(bytes), size: bytes.length, mtime: stat.mtime };
  } catch {
    return { type: 'missing' };
  }
}

/** The first folder above `uri`, up to its workspace folder, that is a symbolic link (a write there could leave the workspace). */
async function linkAbove(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  for (let dir = vscode.Uri.joinPath(uri, '..'); root && dir.path.length >= root.path.length; dir = vscode.Uri.joinPath(dir, '..')) {
    try {
      if ((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.SymbolicLink) return dir;
    } catch {
      // Not there yet: creating the file creates it.
    }
    if (dir.path === root.path || dir.path === '/') break;
  }
  return undefined;
}

/** Answers the web server's file requests for the life of the client. */
export function answerFileRequests(client: BaseLanguageClient, extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    client.onRequest(FILE_REQUESTS.read, (p: { uri: string }) => read(editorUri(p.uri, extensionUri))),
    client.onRequest(FILE_REQUESTS.create, async (p: { uri: string; base64: string }) => {
      const target = editorUri(p.uri, extensionUri);
      const link = await linkAbove(target);
      if (link) return { error: `refusing to write through the symbolic link ${link.path}` };
      // One edit that creates the file and fails if it exists: a new postmortem never overwrites one.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: fromBase64(p.base64) });
      return (await vscode.workspace.applyEdit(edit)) ? {} : { error: 'the file exists or cannot be created' };
    }),
  ];
}
