/** A failure the CLI reports as one line on stderr and exit code 2 (usage, configuration, IO). */
export class CliError extends Error {
  /** The process exit code (always 2: usage or configuration error). */
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The one-line reason of any thrown value, without a stack. */
export function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message.split(/\r?\n/)[0];
  return String(err).split(/\r?\n/)[0];
}
