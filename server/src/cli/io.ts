import { decodeText, isUndecodable } from '../node/decode';
import { CliError } from './errors';

/** What the CLI reads and writes besides files, so that commands can be run in tests without a process. */
export interface CliIo {
  /** The working directory: relative paths, config lookup and output paths start here. */
  cwd: string;
  /** Environment variables (`NO_COLOR`). */
  env: Record<string, string | undefined>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** True when standard output is a terminal (colors). */
  stdoutIsTTY: boolean;
  /** Reads all of standard input (UTF-8, or UTF-16 with a byte order mark). */
  readStdin(): Promise<string>;
  /** The script to start worker threads from (the bundle, `dist/cli.js`). */
  workerScript?: string;
}

/** The real process's streams. */
export function processIo(workerScript?: string): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: () =>
      new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => {
          // Decoded as files are: UTF-16 with a byte order mark too (PowerShell pipes it).
          const decoded = decodeText(Buffer.concat(chunks));
          if (isUndecodable(decoded)) reject(new CliError(`cannot decode standard input: ${decoded.problem}`));
          else resolve(decoded.text);
        });
        process.stdin.on('error', reject);
      }),
    workerScript,
  };
}
