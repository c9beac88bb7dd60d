/**
 * Errors are values with a message for a person: what failed, where, and what to do.
 *
 * UserError is an expected stop (bad input, refused plan, API refusal): the CLI prints its message and
 * exits 1, without a stack trace. Anything else reaching the top is a bug and is reported as one.
 */
export class UserError extends Error {
  /** Process exit code the CLI should use. */
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options?.exitCode ?? 1;
  }
}
