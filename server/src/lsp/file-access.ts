/**
 * How the server's own reads reach the workspace: configuration files, the team schema, team and
 * built-in templates, and the one write (New Postmortem). The code that reads (`server/src/node/`)
 * is synchronous and stays so. The Node server reads the disk directly; the web server
 * (`server/src/web/client-files.ts`) answers from what the client has sent it, records what it
 * has not seen yet, asks the client for it (`postmortem/fs/read`, from `vscode.workspace.fs`), and
 * runs the read again once it has arrived.
 */

/** The server's access to files. */
export interface FileAccess {
  /**
   * Runs a synchronous read. The web host runs it again (after `reset`, which drops what the
   * reader cached) until every file it looked at has arrived, and only then performs the writes
   * it asked for; Node runs it once.
   */
  settle<T>(read: () => T, reset?: () => void): Promise<T>;
  /** Forgets files read before (they changed on disk). */
  forget(): void;
  /** `listener` runs when files that a read outside `settle` missed have arrived: read again. */
  onArrived(listener: () => void): void;
}

/** The Node server's access: the disk, directly. */
export const DIRECT_FILE_ACCESS: FileAccess = {
  settle: async (read) => read(),
  forget: () => undefined,
  onArrived: () => undefined,
};

/** The custom requests the web server sends the client for files (answered with `vscode.workspace.fs`). */
export const FILE_REQUESTS = {
  /** `{ uri }` → `FileAnswer`. */
  read: 'postmortem/fs/read',
  /** `{ uri, base64 }` → `{ error?: string }`: creates a file, never overwriting one. */
  create: 'postmortem/fs/create',
} as const;

/** What the client answers about one URI. */
export type FileAnswer =
  | { type: 'file'; base64: string; size: number; mtime: number }
  | { type: 'directory'; entries: Array<[name: string, type: 'file' | 'directory']>; mtime: number }
  | { type: 'missing' };

/** The folder the web server's built-in templates are read from: the client maps it to the extension's own folder. */
export const EXTENSION_ROOT = '/.postmortem-extension';
