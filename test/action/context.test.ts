import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContext, secretsWithheld } from '../../src/action/context.js';
import { UserError } from '../../src/errors.js';
import { FIXTURES } from './runner.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'livedns-context-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function eventFile(payload: unknown): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

const env = (eventPath: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'octo-org/dns', GITHUB_SHA: 'abc',
  GITHUB_SERVER_URL: 'https://github.test', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', RUNNER_TEMP: dir, ...extra,
});

describe('readContext', () => {
  it('reads the pull request of this repository from a real payload', async () => {
    const context = await readContext(env(path.join(FIXTURES, 'pull_request.synchronize.json')));
    expect(context.pullRequest).toEqual({ number: 7, fromFork: false, headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', htmlUrl: 'https://github.com/octo-org/dns/pull/7' });
    expect(context.runUrl).toBe('https://github.test/octo-org/dns/actions/runs/42');
    expect(secretsWithheld(context)).toBe(false);
  });

  it('knows a pull request from a fork, and one whose fork was deleted, get no secrets', async () => {
    const fork = await readContext(env(path.join(FIXTURES, 'pull_request.fork.opened.json')));
    expect(fork.pullRequest?.fromFork).toBe(true);
    expect(secretsWithheld(fork)).toBe(true);
    const payload = JSON.parse(await readFile(path.join(FIXTURES, 'pull_request.fork.opened.json'), 'utf8'));
    payload.pull_request.head.repo = null;
    expect((await readContext(env(await eventFile(payload)))).pullRequest?.fromFork).toBe(true);
  });

  it('knows Dependabot runs get no secrets', async () => {
    const context = await readContext(env(path.join(FIXTURES, 'pull_request.synchronize.json'), { GITHUB_ACTOR: 'dependabot[bot]' }));
    expect(secretsWithheld(context)).toBe(true);
  });

  it('has no pull request on push, and links the attempt of a re-run', async () => {
    const context = await readContext(env(path.join(FIXTURES, 'push.main.json'), { GITHUB_EVENT_NAME: 'push', GITHUB_RUN_ATTEMPT: '3' }));
    expect(context.pullRequest).toBeUndefined();
    expect(context.runUrl).toBe('https://github.test/octo-org/dns/actions/runs/42/attempts/3');
  });

  it('explains an unreadable or malformed payload', async () => {
    await expect(readContext(env(path.join(dir, 'missing.json')))).rejects.toThrow(UserError);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{not json');
    await expect(readContext(env(bad))).rejects.toThrow(/GITHUB_EVENT_PATH .* is not JSON/);
  });
});
