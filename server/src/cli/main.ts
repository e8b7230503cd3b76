/**
 * Entry point of `dist/cli.js`, for both package bins: `postmortem <command>` and
 * `postmortem-lint` (the same as `postmortem lint`). The same file runs the lint worker threads,
 * told apart by `workerData`. Never crashes: any exception becomes exit code 2 with one line on stderr.
 */
import * as path from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { parseInitArgs, parseLintArgs, parseNewArgs, parseReportArgs, parseTemplatesArgs } from './args';
import { CliError, reasonOf } from './errors';
import { INIT_HELP, LINT_HELP, MAIN_HELP, NEW_HELP, REPORT_HELP, TEMPLATES_HELP, TIMELINE_HELP, TIMELINE_IMPORT_HELP } from './help';
import { runInit } from './init-command';
import { processIo, type CliIo } from './io';
import { runLint } from './lint-command';
import { runNew } from './new-command';
import { runReport } from './report-command';
import { runWorker, WORKER_MARK } from './pool';
import { runTemplates } from './templates-command';
import { parseTimelineImportArgs, runTimelineImport } from './timeline-command';
import { toolVersion } from './version';

/** True when the process was started as `postmortem-lint` (the bin's name, with or without `.js`/`.cmd`). */
export function startedAsLint(argv1: string | undefined): boolean {
  return !!argv1 && /^postmortem-lint(\.(c?js|cmd|ps1))?$/i.test(path.basename(argv1));
}

/** Runs the CLI with `args` (without node and the script) and returns the exit code. */
export async function run(args: string[], io: CliIo, asLint = false): Promise<number> {
  try {
    if (asLint) return await lintCommand(args, io);
    const [command, ...rest] = args;
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'new': {
        const a = parseNewArgs(rest);
        if (a.help) return print(io, NEW_HELP);
        return runNew(a, io);
      }
      case 'init': {
        const a = parseInitArgs(rest);
        if (a.help) return print(io, INIT_HELP);
        return runInit(a, io);
      }
      case 'report': {
        const a = parseReportArgs(rest);
        if (a.help) return print(io, REPORT_HELP);
        return await runReport(a, io);
      }
      case 'templates': {
        const a = parseTemplatesArgs(rest);
        if (a.help) return print(io, TEMPLATES_HELP);
        return runTemplates(a, io);
      }
      case 'timeline':
        return timelineCommand(rest, io);
      case '-h':
      case '--help':
      case 'help':
        return print(io, MAIN_HELP);
      case '-v':
      case '--version':
        return print(io, `${toolVersion()}\n`);
      case undefined:
        throw new CliError('missing command: lint, report, new, init, templates or timeline (see --help)');
      default:
        throw new CliError(command.startsWith('-') ? `unknown option '${command}' (see --help)` : `unknown command '${command}' (see --help)`);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(err.lines());
      return err.exitCode;
    }
    io.stderr(`postmortem: internal error: ${reasonOf(err)}\n`);
    return 2;
  }
}

async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const a = parseLintArgs(args);
  if (a.help) return print(io, LINT_HELP);
  if (a.version) return print(io, `${toolVersion()}\n`);
  return runLint(a, io);
}

function timelineCommand(args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') return print(io, TIMELINE_HELP);
  if (sub !== 'import') throw new CliError(`unknown timeline command '${sub}' (expected import; see postmortem timeline --help)`);
  const a = parseTimelineImportArgs(rest);
  if (a.help) return print(io, TIMELINE_IMPORT_HELP);
  return runTimelineImport(a, io);
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}

if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === WORKER_MARK) {
  runWorker();
} else if (require.main === module) {
  const die = (err: unknown) => {
    process.stderr.write(`postmortem: internal error: ${reasonOf(err)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`postmortem lint | head`) is not an error worth a stack.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2), processIo(__filename), startedAsLint(process.argv[1])).then((code) => {
    process.exitCode = code;
  });
}
