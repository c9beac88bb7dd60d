/**
 * The Gandi client flags shared by every command that talks to LiveDNS (plan, apply, rollback, import,
 * zones...). Flags override the environment (GANDI_RATE_LIMIT and friends); credentials come only from
 * the environment, never from a flag, so they stay out of shell history and process lists.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { createLiveDnsClient, type HttpLiveDnsClient } from '../gandi/client.js';
import { clientOptionsFromEnv, positiveNumber, type ClientOptions } from '../gandi/options.js';
import { UserError } from '../errors.js';

/** The parsed values of the flags addClientOptions adds (commander camel-cases them). */
export interface ClientCliOptions {
  rateLimit?: number;
  timeout?: number;
  maxAttempts?: number;
}

function parser(flag: string, integer: boolean) {
  return (raw: string): number => {
    try {
      return positiveNumber(raw, flag, { integer })!;
    } catch (error) {
      throw new InvalidArgumentError(error instanceof UserError ? error.message : String(error));
    }
  };
}

/** A commander parser for a positive number of seconds. */
export function positiveSeconds(flag: string): (raw: string) => number {
  return parser(flag, false);
}

/** Adds `--rate-limit <n>`, `--timeout <seconds>` and `--max-attempts <n>` to `cmd`. */
export function addClientOptions(cmd: Command): Command {
  return cmd
    .option('--rate-limit <n>', 'ceiling on Gandi API requests per minute (env GANDI_RATE_LIMIT; default 500)', parser('--rate-limit', false))
    .option('--timeout <seconds>', 'per-request timeout (env GANDI_TIMEOUT; default 60)', parser('--timeout', false))
    .option('--max-attempts <n>', 'attempts per request, retries included (env GANDI_MAX_ATTEMPTS; default 5)', parser('--max-attempts', true));
}

/** ClientOptions from the environment with the flags applied on top. */
export function clientOptionsFromCli(opts: ClientCliOptions, env: Record<string, string | undefined> = process.env): ClientOptions {
  return clientOptionsFromEnv(env, {
    rateLimit: opts.rateLimit,
    timeoutMs: opts.timeout === undefined ? undefined : opts.timeout * 1000,
    maxAttempts: opts.maxAttempts,
  });
}

/** A client built from the environment and these flags; throws a UserError when no token is set. */
export function clientFromCliOptions(
  opts: ClientCliOptions,
  env: Record<string, string | undefined> = process.env,
  extra: Partial<ClientOptions> = {},
): HttpLiveDnsClient {
  return createLiveDnsClient({ ...clientOptionsFromCli(opts, env), ...extra });
}
