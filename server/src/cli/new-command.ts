/**
 * `postmortem new`: the editor's New Postmortem command for the terminal. Renders a template and
 * writes it; never overwrites a file (exit 2 when the file exists).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isIsoDate } from '../core/index';
import { createPostmortem, TemplateError } from '../node/templates';
import type { NewArgs } from './args';
import { relativePath } from './collect';
import { ConfigResolver } from './config-resolver';
import { CliError } from './errors';
import type { CliIo } from './io';

/** True when `--out` names a folder: it ends with a separator, is a folder, or has no Markdown extension. */
function isFolderTarget(out: string, abs: string): boolean {
  if (/[\\/]$/.test(out)) return true;
  try {
    if (fs.statSync(abs).isDirectory()) return true;
  } catch {
    // Not there yet.
  }
  return !/\.(md|markdown)$/i.test(out);
}

/** Runs `postmortem new` and returns the exit code. */
export function runNew(args: NewArgs, io: CliIo): number {
  if (args.date !== undefined && !isIsoDate(args.date)) throw new CliError(`invalid --date '${args.date}': expected YYYY-MM-DD`);
  const resolved = new ConfigResolver(io.cwd, args.config).forDirectory(io.cwd);
  const out = args.out !== undefined ? path.resolve(io.cwd, args.out) : undefined;
  const toFolder = out === undefined || isFolderTarget(args.out!, out);
  const fromConfig = out === undefined;
  try {
    const created = createPostmortem({
      templateId: args.template,
      title: args.title,
      date: args.date,
      folder: toFolder ? (out ?? path.resolve(io.cwd, resolved.config.newFileFolder || '.')) : undefined,
      file: toFolder ? undefined : out,
      fileNamePattern: resolved.config.newFileName,
      suffixOnConflict: false,
      suffixWhenUntitled: toFolder,
      templatesFolder: resolved.templatesFolder,
      // A folder from the configuration must stay in the project; `--out` is the user's own choice.
      root: fromConfig ? io.cwd : undefined,
      rootName: 'the working directory',
      onRefused: (message) => io.stderr(`postmortem: warning: ${message}\n`),
    });
    io.stdout(`${relativePath(io.cwd, created.file)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof TemplateError) {
      const where = err.file ? relativePath(io.cwd, err.file) : undefined;
      if (err.code === 'exists' && where) throw new CliError(`${where} already exists; refusing to overwrite it`);
      if (err.code === 'outside-folder' && fromConfig && resolved.file) {
        throw new CliError(`invalid config ${relativePath(io.cwd, resolved.file)}: "newFileFolder" (${resolved.config.newFileFolder}) is outside the working directory; refusing to write there`);
      }
      throw new CliError(err.message);
    }
    throw err;
  }
}
