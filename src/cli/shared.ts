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
import { clientFromCliOptions } from './client-options.js';

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
 * closes it afterwards (so the process can exit without waiting for idle keep-alive sockets).
 */
export async function withClient<T>(flags: ClientCliOptions, body: (client: LiveDnsClient) => Promise<T>): Promise<T> {
  const client = clientFromCliOptions(flags);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}
