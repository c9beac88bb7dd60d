/**
 * What the runner tells the Action about the run: the event (from the payload file at GITHUB_EVENT_PATH) and
 * the GITHUB_* variables. Only the fields the Action uses are read, each checked for its type.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { UserError } from '../errors.js';

export interface PullRequestContext {
  readonly number: number;
  readonly headSha?: string;
  readonly htmlUrl?: string;
  /** The head branch lives in another repository: GitHub gives such runs no secrets and a read-only token. */
  readonly fromFork: boolean;
}

export interface ActionContext {
  readonly eventName: string;
  /** `owner/name`. */
  readonly repository: string;
  readonly sha: string;
  readonly actor: string;
  readonly apiUrl: string;
  /** The run's page, where the job summary is shown. */
  readonly runUrl?: string;
  readonly runnerTemp: string;
  readonly pullRequest?: PullRequestContext;
}

export async function readContext(env: NodeJS.ProcessEnv = process.env): Promise<ActionContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const repository = env.GITHUB_REPOSITORY ?? stringAt(payload, ['repository', 'full_name']) ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  const runUrl = runId && repository
    ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
    : undefined;
  const pullRequest = pullRequestOf(payload, repository);
  return {
    eventName,
    repository,
    sha: env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(runUrl === undefined ? {} : { runUrl }),
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    ...(pullRequest === undefined ? {} : { pullRequest }),
  };
}

/**
 * True when GitHub withholds secrets from this run: a pull request from a fork, or one Dependabot opened.
 * Then an empty Gandi token is expected, not a misconfiguration.
 */
export function secretsWithheld(context: ActionContext): boolean {
  return context.pullRequest?.fromFork === true || context.actor === 'dependabot[bot]';
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`Could not read the event payload at GITHUB_EVENT_PATH (${file}): ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`The event payload at GITHUB_EVENT_PATH (${file}) is not JSON: ${(error as Error).message}`);
  }
}

function pullRequestOf(payload: unknown, repository: string): PullRequestContext | undefined {
  const number = valueAt(payload, ['pull_request', 'number']);
  if (typeof number !== 'number') return undefined;
  const headRepo = stringAt(payload, ['pull_request', 'head', 'repo', 'full_name']);
  const baseRepo = stringAt(payload, ['pull_request', 'base', 'repo', 'full_name']) ?? repository;
  // A deleted fork leaves `head.repo` null: still not this repository.
  const fromFork = headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase();
  const headSha = stringAt(payload, ['pull_request', 'head', 'sha']);
  const htmlUrl = stringAt(payload, ['pull_request', 'html_url']);
  return { number, fromFork, ...(headSha === undefined ? {} : { headSha }), ...(htmlUrl === undefined ? {} : { htmlUrl }) };
}

function valueAt(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringAt(value: unknown, keys: readonly string[]): string | undefined {
  const found = valueAt(value, keys);
  return typeof found === 'string' ? found : undefined;
}
