/**
 * Writing a fixed postmortem back without changing what the file is: `--fix` writes into the
 * file the user meant, in place, so its inode, hard links, owner, group, mode, ACLs and extended
 * attributes stay as they were, and a symbolic link stays a link. docs/cli.md ("How --fix writes a
 * file") has the decision for each case; in short:
 *
 * - a regular file is written in place (the whole new text in one write at offset 0, then
 *   truncated to its length); if a write fails half way, the original bytes are written back;
 * - a symbolic link is followed, and its target written in place when the target is inside the
 *   working directory; a link that leads outside it is refused (the fix belongs to that project);
 * - a file nobody may write (no `w` in its mode, as `chmod 444` leaves it) or that this process
 *   may not write is left untouched, with the reason;
 * - a file that changed on disk while it was being fixed is left untouched.
 *
 * Atomic replacement (a temporary file renamed over the original) is kept for files the tool
 * owns, such as the `--cache` file (`writeFileAtomic`): renaming gives a new inode, breaks hard
 * links, turns a symlink into a plain file and gives the file to whoever runs the command.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What came of writing one fixed file. */
export type WriteResult = { ok: true; file: string } | { ok: false; reason: string };

function sha256(data: Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
}

/** Mode bits as `0644`. */
function modeText(mode: number): string {
  return `0${(mode & 0o777).toString(8).padStart(3, '0')}`;
}

/**
 * The file `--fix` should write for `abs`: itself, or the target of a symbolic link when that
 * target is inside `root`. A reason instead when it must not be written.
 */
export function fixTarget(abs: string, rel: string, root: string): { file: string } | { reason: string } {
  let lst: fs.Stats;
  try {
    lst = fs.lstatSync(abs);
  } catch (err) {
    return { reason: `cannot read ${rel}: ${codeOf(err)}` };
  }
  if (!lst.isSymbolicLink()) return { file: abs };
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (err) {
    const code = codeOf(err);
    return { reason: code === 'ELOOP' ? `${rel} is a symbolic link loop` : `${rel} is a symbolic link to a file that cannot be read (${code})` };
  }
  let realRoot = path.resolve(root);
  try {
    realRoot = fs.realpathSync(realRoot);
  } catch {
    // Keep the lexical root.
  }
  if (!isInside(real, realRoot)) {
    return { reason: `${rel} is a symbolic link to ${real}, outside the working directory; run --fix where that file lives` };
  }
  return { file: real };
}

/** Why `file` (with stats `st`) may not be written, or undefined when it may. */
function notWritable(file: string, rel: string, st: fs.Stats): string | undefined {
  if (!st.isFile()) return `${rel} is not a regular file`;
  // No write bit for anyone is the owner's "do not write" (chmod 444); root would otherwise ignore it.
  if ((st.mode & 0o222) === 0) return `${rel} is read-only (mode ${modeText(st.mode)})`;
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (err) {
    return `${rel} cannot be written (${codeOf(err)})`;
  }
  return undefined;
}

/** Writes all of `data` at `position` (writeSync may write less than asked). */
function writeAll(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done, position + done);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    done += n;
  }
}

function readAll(fd: number): Buffer {
  const size = fs.fstatSync(fd).size;
  const out = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = fs.readSync(fd, out, done, size - done, done);
    if (n <= 0) break;
    done += n;
  }
  return done === size ? out : out.subarray(0, done);
}

/**
 * Writes `next` over the file `abs` that held `original`, in place (see the module comment).
 * `rel` names the file in messages; `root` is the working directory, which symbolic links must
 * not leave. Never throws.
 */
export function writeFixedFile(abs: string, rel: string, root: string, original: Uint8Array, next: Uint8Array): WriteResult {
  const target = fixTarget(abs, rel, root);
  if ('reason' in target) return { ok: false, reason: target.reason };
  const file = target.file;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    return { ok: false, reason: `cannot read ${rel}: ${codeOf(err)}` };
  }
  const refused = notWritable(file, rel, st);
  if (refused) return { ok: false, reason: refused };

  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch (err) {
    return { ok: false, reason: `cannot write ${rel}: ${codeOf(err)}` };
  }
  try {
    // Someone may have saved the file while it was being fixed: then leave it alone.
    if (sha256(readAll(fd)) !== sha256(original)) return { ok: false, reason: `${rel} changed while it was being fixed` };
    try {
      writeAll(fd, next, 0);
      if (next.length < original.length) fs.ftruncateSync(fd, next.length);
      fs.fsyncSync(fd);
      return { ok: true, file };
    } catch (err) {
      // Half a fix is worse than none: put the original bytes back.
      let restored = '';
      try {
        writeAll(fd, original, 0);
        fs.ftruncateSync(fd, original.length);
        fs.fsyncSync(fd);
      } catch (again) {
        restored = `; restoring the original failed too (${codeOf(again)}): check the file`;
      }
      return { ok: false, reason: `cannot write ${rel}: ${codeOf(err)}${restored}` };
    }
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed.
    }
  }
}

/**
 * Writes `text` to `file` through a temporary file in the same folder and a rename, so readers
 * never see half a file and a failure leaves the original untouched. For files the tool owns
 * (the cache); a user's postmortem is written by `writeFixedFile`. Keeps the file's mode.
 */
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const mode = fs.statSync(file).mode & 0o7777;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Never created, or already renamed.
    }
    throw err;
  }
}
