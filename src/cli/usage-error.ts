// A mistake in how the command was typed: an unknown command or option, a missing argument,
// a value that cannot be right. It exits with code 2 and a usage hint, and nothing is sent.
export class UsageError extends Error {
  override readonly name = 'UsageError';

  /** What to print after the message; without one, the usage line of the command being run. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
