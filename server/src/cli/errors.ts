/** A failure the CLI reports as one line on stderr and exit code 2 (usage, configuration, IO). */
export class CliError extends Error {
  /** The process exit code (always 2: usage or configuration error). */
  readonly exitCode = 2;

  /** Further reasons, each printed on a line of its own (every problem of a config file, say). */
  readonly more: readonly string[];

  constructor(message: string, more: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
    this.more = more;
  }

  /** The lines for stderr, each `postmortem: <reason>`. */
  lines(): string {
    return [this.message, ...this.more].map((m) => `postmortem: ${m}\n`).join('');
  }
}

/** The one-line reason of any thrown value, without a stack. */
export function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message.split(/\r?\n/)[0];
  return String(err).split(/\r?\n/)[0];
}
