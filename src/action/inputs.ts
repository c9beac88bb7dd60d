/**
 * The Action's inputs (action.yml), read once and checked: a bad value is a UserError naming the input.
 * Secrets are masked before anything else can print them.
 */
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { parseShard, type Shard } from '../plan/select.js';
import { commentKey } from '../render/markdown.js';

export type Command = 'plan' | 'apply';

export interface ActionInputs {
  readonly command: Command;
  /** The `zones` input as written (it keys the comment). */
  readonly zones: string;
  /** The files and folders it names. */
  readonly zonePaths: readonly string[];
  /** Empty on pull requests from forks (GitHub passes no secrets there). */
  readonly gandiToken: string;
  readonly gandiApiUrl?: string;
  readonly githubToken: string;
  readonly comment: boolean;
  readonly commentId: string;
  readonly force: boolean;
  /** FQDNs or globs to restrict to; empty means every zone file. */
  readonly zoneFilter: readonly string[];
  /** `shard: I/N`: only this slice of the zones (plan/select.ts). */
  readonly shard?: Shard;
  readonly requireReviewedPlan: boolean;
  /** livedns.config.yaml elsewhere than at the repository root. */
  readonly config?: string;
  /** Domain API checks and settings (delegation, expiry, nameservers, auto-renewal); default true. */
  readonly domainChecks: boolean;
}

export function readInputs(): ActionInputs {
  const gandiToken = core.getInput('gandi-token');
  const githubToken = core.getInput('github-token');
  // Mask first: nothing below may print a token, but a mistake must not leak it either.
  if (gandiToken !== '') core.setSecret(gandiToken);
  if (githubToken !== '') core.setSecret(githubToken);

  const command = core.getInput('command') || 'plan';
  if (command !== 'plan' && command !== 'apply') {
    throw new UserError(`The \`command\` input is ${JSON.stringify(command)}: use \`plan\` (on pull_request) or \`apply\` (on push to the default branch).`);
  }
  const zones = core.getInput('zones') || 'zones';
  const apiUrl = core.getInput('gandi-api-url');
  const shard = shardInput(core.getInput('shard'));
  const config = core.getInput('config');
  return {
    command,
    zones,
    zonePaths: splitList(zones),
    gandiToken,
    ...(apiUrl === '' ? {} : { gandiApiUrl: apiUrl }),
    githubToken,
    comment: booleanInput('comment', true),
    commentId: core.getInput('comment-id'),
    force: booleanInput('force', false),
    zoneFilter: splitList(core.getInput('zone')).map((zone) => zone.toLowerCase().replace(/\.$/, '')),
    requireReviewedPlan: booleanInput('require-reviewed-plan', false),
    ...(shard === undefined ? {} : { shard }),
    ...(config === '' ? {} : { config }),
    domainChecks: booleanInput('domain-checks', true),
  };
}

function shardInput(value: string): Shard | undefined {
  if (value.trim() === '') return undefined;
  try {
    return parseShard(value);
  } catch {
    throw new UserError(`The \`shard\` input is ${JSON.stringify(value)}: use I/N with 1 <= I <= N, e.g. \`shard: \${{ matrix.shard }}/4\` in a job matrix of shards 1 to 4.`);
  }
}

/**
 * The key of the plan comment (and of the reviewed plan an apply looks for): the zones folder, the
 * comment-id, and the shard, so that each job of a matrix keeps its own comment.
 */
export function planCommentKey(inputs: Pick<ActionInputs, 'zones' | 'commentId' | 'shard'>): string {
  const key = commentKey(inputs.zones, inputs.commentId);
  return inputs.shard === undefined ? key : `${key} shard ${inputs.shard.index}/${inputs.shard.count}`;
}

/** Comma- or newline-separated entries, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UserError(`The \`${name}\` input is ${JSON.stringify(value)}: use \`true\` or \`false\`.`);
}
