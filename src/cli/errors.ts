/** An error meant for the CLI user: printed as one line, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A usage error: a bad flag, a missing argument. Exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
