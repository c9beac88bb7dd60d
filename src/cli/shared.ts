/**
 * What the reconciler commands share: the zone selection flags, terminal detection (colour, progress,
 * prompts), and printing validation issues.
 */
import { createInterface } from 'node:readline/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { parseShard, type Shard } from '../plan/select.js';
import { UserError } from '../errors.js';
import type { Issue } from '../model/types.js';
import { formatIssue } from '../render/issues.js';
import type { LiveDnsClient } from '../gandi/types.js';
import type { ClientCliOptions } from './client-options.js';
import { clientFromCliOptions, clientOptionsFromCli } from './client-options.js';
import { readConfig } from '../config/read.js';
import type { LiveDnsConfig } from '../config/parse.js';
import { createClientPool, type ClientPool } from '../gandi/accounts.js';
import type { AccountsOption } from '../reconcile.js';

export const DEFAULT_ZONES_DIR = 'zones/';

export interface ZoneSelection {
  readonly zones: string;
  readonly zone?: string[];
  readonly shard?: Shard;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function shardArgument(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message.replace(/^--shard "[^"]*": /, '') : String(error));
  }
}

/** `--zones DIR`, the repeatable `--zone FQDN|GLOB` filter and, with `shard`, `--shard I/N`. */
export function addZoneOptions(command: Command, options: { readonly shard?: boolean } = {}): Command {
  command
    .option('--zones <dir>', 'folder of zone files', DEFAULT_ZONES_DIR)
    .option('--zone <fqdn>', "only this zone, or the zones a glob matches (quote it: '*.example'); repeatable", collect);
  if (options.shard) {
    command.option('--shard <I/N>', 'only the I-th of N slices of the zones (1-based; a stable hash of each zone name), for CI job matrices', shardArgument);
  }
  return command;
}

/** The reconciler's zone selection from the flags. */
export function selectionOf(flags: ZoneSelection): { only?: readonly string[]; shard?: Shard } {
  return { ...(flags.zone ? { only: flags.zone } : {}), ...(flags.shard ? { shard: flags.shard } : {}) };
}

/** On stderr, which zones a shard took: CI logs then show which job owns which zone. */
export function reportShard(flags: ZoneSelection, zones: readonly { readonly zone: string }[], terminal: Terminal = processTerminal): void {
  if (!flags.shard) return;
  const names = zones.map((zone) => zone.zone);
  terminal.stderr.write(`shard ${flags.shard.index}/${flags.shard.count}: ${names.length} zone${names.length === 1 ? '' : 's'}${names.length > 0 ? `: ${names.join(', ')}` : ''}
`);
}

export interface Terminal {
  readonly stdin: { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

export const processTerminal: Terminal = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

/** Colour on stdout only for a person: a TTY, NO_COLOR unset, and a terminal that knows colours. */
export function useColor(terminal: Terminal = processTerminal): boolean {
  return terminal.stdout.isTTY === true && terminal.env.NO_COLOR === undefined && terminal.env.TERM !== 'dumb';
}

/** Progress for long runs on stderr, only when stderr is a TTY; the returned `done` clears the line. */
export function progress(label: string, terminal: Terminal = processTerminal): { update: (done: number, total: number, item: string) => void; done: () => void } {
  if (terminal.stderr.isTTY !== true) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update: (done, total, item) => {
      shown = true;
      terminal.stderr.write(`\r\u001b[2K${label} ${done}/${total} ${item}`);
    },
    done: () => {
      if (shown) terminal.stderr.write('\r\u001b[2K');
    },
  };
}

/**
 * Asks a yes/no question on a TTY. Never waits for input when stdin is not a terminal: without `--yes`
 * there, it stops with a message saying so, before anything is written.
 */
export async function confirm(question: string, options: { readonly yes?: boolean; readonly what: string }, terminal: Terminal = processTerminal): Promise<boolean> {
  if (options.yes) return true;
  if (terminal.stdin.isTTY !== true) {
    throw new UserError(`stdin is not a terminal, so ${options.what} needs --yes to proceed; nothing was written`);
  }
  const rl = createInterface({ input: process.stdin, output: terminal.stderr });
  try {
    const answer = await rl.question(`${question} Type "yes" to proceed: `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Prints every issue (errors and warnings) to stderr, as `file:line:column: error: message`. */
export function printIssues(issues: readonly Issue[], terminal: Terminal = processTerminal): void {
  for (const issue of issues) terminal.stderr.write(`${formatIssue(issue)}\n`);
}

/** A UserError for zone files that did not validate, after their issues were printed. */
export function invalidZoneFiles(issues: readonly Issue[]): UserError {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return new UserError(`${errors} error${errors === 1 ? '' : 's'} in the zone files; nothing was sent to LiveDNS`);
}

/**
 * Runs `body` with a LiveDNS client built from the environment and the command's client flags, and
 * closes it afterwards (so the process can exit without waiting for idle keep-alive sockets). With
 * `--account`, the client of that account of livedns.config.yaml.
 */
export async function withClient<T>(flags: ClientCliOptions & AccountChoice, body: (client: LiveDnsClient) => Promise<T>): Promise<T> {
  if (flags.account !== undefined) {
    const account = flags.account;
    return withAccounts(flags, (accounts) => body(accounts.clients(account).livedns));
  }
  const client = clientFromCliOptions(flags);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

/** `--account NAME` for the commands that work on one zone or one token (rollback, snapshots, import, zones). */
export interface AccountChoice {
  readonly account?: string;
  readonly config?: string;
}

export function addAccountOption(command: Command): Command {
  return addConfigOption(command.option('--account <name>', 'use the token of this account of livedns.config.yaml (default: GANDI_PERSONAL_ACCESS_TOKEN)'));
}

/** `--config FILE` (livedns.config.yaml) and, for commands that plan, `--no-domain-checks`. */
export interface AccountFlags {
  readonly config?: string;
  /** commander's negated flag: false with --no-domain-checks. */
  readonly domainChecks?: boolean;
}

export function addConfigOption(command: Command): Command {
  return command.option('--config <file>', 'the accounts file (default: livedns.config.yaml in the current directory, if present)');
}

/**
 * Reads livedns.config.yaml (stopping, before any request, when it has errors) and builds the clients of
 * every account on one shared rate limiter; closes them afterwards.
 */
export async function withAccounts<T>(
  flags: ClientCliOptions & AccountFlags,
  body: (accounts: AccountsOption & { readonly pool: ClientPool; readonly config?: LiveDnsConfig }) => Promise<T>,
  terminal: Terminal = processTerminal,
): Promise<T> {
  const { config, issues } = await readConfig(flags.config === undefined ? {} : { file: flags.config });
  printIssues(issues, terminal);
  if (issues.some((issue) => issue.severity === 'error')) {
    throw new UserError(`the accounts file ${flags.config ?? 'livedns.config.yaml'} is invalid; nothing was sent to Gandi`);
  }
  const pool = createClientPool(config, clientOptionsFromCli(flags, terminal.env));
  try {
    return await body({ ...(config ? { config } : {}), pool, clients: (account) => pool.get(account), describe: (account) => pool.describe(account) });
  } finally {
    await pool.close();
  }
}
