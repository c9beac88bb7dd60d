/**
 * The Action end to end in a simulated runner (test/action/runner.ts): run() from the source against the
 * LiveDNS emulator, with GitHub's REST API served by a stateful fake through nock; and once, the bundled
 * dist/action.js as a child process against the same fake on a loopback server.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { GITHUB_COMMENT_LIMIT, commentMarker, parsePlanComment } from '../../src/render/markdown.js';
import { readBlocks, withoutCodeSpans } from '../render/markdown-structure.js';
import { FakeGitHub } from './fake-github.js';
import { ROOT, SimulatedRunner, workflowCommands } from './runner.js';

const GITHUB_API = 'https://github-api.test';
const GITHUB_TOKEN = 'ghs_jobTokenForTests0123456789';
const GANDI_TOKEN = 'pat_test-livedns-token-0123456789';
const MERGE_SHA = '9a4c2d0b7e1f3a5c6d8e0f1a2b3c4d5e6f708192';

const LIVE = {
  'example.com': {
    rrsets: [
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.1'] },
      { rrset_name: 'old', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.9'] },
    ],
  },
};

const ZONE_V1 = `records:
  "@":
    - type: A
      ttl: 3600
      values: [192.0.2.1, 192.0.2.2]
  www:
    type: CNAME
    ttl: 3600
    value: example.com.
`;

const ZONE_V2 = `${ZONE_V1}  api:
    type: A
    ttl: 300
    value: 192.0.2.10
`;

// Exactly what LIVE holds: planning it gives no changes.
const ZONE_AS_LIVE = `records:
  "@":
    - type: A
      ttl: 3600
      value: 192.0.2.1
  old:
    type: A
    ttl: 3600
    value: 192.0.2.9
`;

let emulator: Emulator;
let github: FakeGitHub;
const runners: SimulatedRunner[] = [];

async function runner(options: { event?: string | object; eventName?: string; inputs?: Record<string, string>; sha?: string; apiUrl?: string } = {}): Promise<SimulatedRunner> {
  const created = await SimulatedRunner.create({
    eventName: options.eventName ?? 'pull_request',
    event: options.event ?? 'pull_request.synchronize.json',
    githubApiUrl: options.apiUrl ?? GITHUB_API,
    githubToken: GITHUB_TOKEN,
    ...(options.sha === undefined ? {} : { sha: options.sha, ref: 'refs/heads/main' }),
    inputs: { 'gandi-token': GANDI_TOKEN, 'gandi-api-url': emulator.url, ...options.inputs },
  });
  runners.push(created);
  return created;
}

function livednsRequests(): { method: string; path: string }[] {
  return emulator.journal.map(({ method, path: requestPath }) => ({ method, path: requestPath }));
}

function writes(): { method: string; path: string }[] {
  return livednsRequests().filter((entry) => entry.method !== 'GET');
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterAll(() => nock.enableNetConnect());

beforeEach(async () => {
  emulator = await startEmulator({ state: { domains: structuredClone(LIVE), tokens: [{ token: GANDI_TOKEN }] } });
  github = new FakeGitHub({ repository: 'octo-org/dns', token: GITHUB_TOKEN, perPage: 2 });
  // Other people's comments, so that finding ours crosses pages.
  for (const text of ['LGTM', 'Could you lower the TTL?', 'Done']) github.addComment(7, text, { login: 'octocat', type: 'User' });
  github.interceptWithNock(GITHUB_API);
});

afterEach(async () => {
  nock.cleanAll();
  await emulator.close();
  await Promise.all(runners.splice(0).map((entry) => entry.dispose()));
});

function ourComments(issue = 7) {
  return github.commentsOn(issue).filter((comment) => parsePlanComment(comment.body) !== undefined);
}

describe('plan on pull_request', () => {
  it('creates the comment, updates the same one, then turns it into "no changes"', async () => {
    const step = await runner();
    await step.writeZone('example.com.yaml', ZONE_V1);

    const first = await step.runInProcess();
    expect(first.exitCode, first.stdout).toBe(0);
    expect(ourComments()).toHaveLength(1);
    const comment = ourComments()[0]!;
    expect(comment.body.startsWith(commentMarker('zones'))).toBe(false); // the marker carries the checksum too
    expect(parsePlanComment(comment.body)).toEqual({ key: 'zones', checksum: first.outputs['plan-checksum'] });
    expect(comment.body).toContain('### DNS plan: 1 to create, 1 to update, 1 to delete');
    expect(comment.body).toContain('+www 3600 IN CNAME example.com.');
    expect(comment.body).toContain('-old 3600 IN A     192.0.2.9');
    expect(comment.body).toContain('commit `6dcb09b5b578`');
    expect(first.summary).toContain('### DNS plan: 1 to create, 1 to update, 1 to delete');
    expect(writes()).toEqual([]);

    await step.writeZone('example.com.yaml', ZONE_V2);
    const second = await step.runInProcess();
    expect(second.exitCode, second.stdout).toBe(0);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.id).toBe(comment.id);
    expect(ourComments()[0]!.body).toContain('### DNS plan: 2 to create, 1 to update, 1 to delete');
    expect(ourComments()[0]!.body).toContain('+api  300 IN A     192.0.2.10');
    expect(github.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);

    await step.writeZone('example.com.yaml', ZONE_AS_LIVE);
    const third = await step.runInProcess();
    expect(third.exitCode, third.stdout).toBe(0);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.id).toBe(comment.id);
    expect(ourComments()[0]!.body).toContain('### DNS plan: no changes');
    expect(ourComments()[0]!.body).not.toContain('<details>');
    expect(third.outputs['has-changes']).toBe('false');
    // Three plans, and LiveDNS was only ever read.
    expect(writes()).toEqual([]);
    expect(github.commentsOn(7)).toHaveLength(4);
  });

  it('keeps separate comments for separate keys (comment-id)', async () => {
    const step = await runner();
    await step.writeZone('example.com.yaml', ZONE_V1);
    expect((await step.runInProcess()).exitCode).toBe(0);
    expect((await step.runInProcess({ 'comment-id': 'staging' })).exitCode).toBe(0);
    expect(ourComments().map((comment) => parsePlanComment(comment.body)?.key)).toEqual(['zones', 'zones#staging']);
  });

  it('with a shard input plans only that slice of the zones, each shard keeping its own comment', async () => {
    for (const zone of ['example.net', 'example.org', 'a.example', 'b.example']) emulator.state.domains[zone] = { rrsets: [], snapshots: [] };
    const step = await runner();
    for (const zone of ['example.com', 'example.net', 'example.org', 'a.example', 'b.example']) await step.writeZone(`${zone}.yaml`, ZONE_V1);
    const planned: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const result = await step.runInProcess({ shard });
      expect(result.exitCode, result.stdout).toBe(0);
      planned.push(JSON.parse(await readFile(result.outputs['plan-file']!, 'utf8')).zones.map((zone: { zone: string }) => zone.zone));
    }
    expect(planned.flat().sort()).toEqual(['a.example', 'b.example', 'example.com', 'example.net', 'example.org']);
    expect(planned.every((zones) => zones.length > 0)).toBe(true);
    expect(ourComments().map((comment) => parsePlanComment(comment.body)?.key)).toEqual(['zones shard 1/2', 'zones shard 2/2']);
    for (const [i, comment] of ourComments().entries()) {
      for (const zone of planned[i]!) expect(comment.body).toContain(`<b>${zone}</b>`);
      for (const zone of planned[1 - i]!) expect(comment.body).not.toContain(`<b>${zone}</b>`);
    }
    const bad = await step.runInProcess({ shard: '3/2' });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('The `shard` input is "3/2"');
  });

  it('writes outputs in the GITHUB_OUTPUT format and the plan file to RUNNER_TEMP', async () => {
    const step = await runner();
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(0);
    const raw = await readFile(path.join(step.dir, 'output-1'), 'utf8');
    // @actions/core's heredoc form: name<<ghadelimiter_UUID, value, ghadelimiter_UUID.
    expect(raw).toMatch(/^has-changes<<(ghadelimiter_[0-9a-f-]+)\ntrue\n\1\n/);
    expect(result.outputs['has-changes']).toBe('true');
    expect(JSON.parse(result.outputs.summary ?? '')).toEqual({ create: 1, update: 1, delete: 1 });
    const planFile = result.outputs['plan-file'] ?? '';
    expect(path.dirname(planFile)).toBe(path.join(step.dir, 'temp'));
    const plan = JSON.parse(await readFile(planFile, 'utf8')) as { checksum: string; zones: { zone: string; changes: unknown[] }[] };
    expect(plan.checksum).toBe(result.outputs['plan-checksum']);
    expect(plan.zones.map((zone) => [zone.zone, zone.changes.length])).toEqual([['example.com', 3]]);
  });

  it('cuts a plan too large for one comment, points to the job summary, which holds it all', async () => {
    const step = await runner();
    const records = Array.from({ length: 400 }, (_, index) => `  host-${index}:\n    type: TXT\n    value: "${`v=${index}-`.padEnd(230, 'x')}"\n`).join('');
    await step.writeZone('example.com.yaml', `records:\n  "@":\n    type: A\n    ttl: 3600\n    value: 192.0.2.1\n  old:\n    type: A\n    ttl: 3600\n    value: 192.0.2.9\n${records}`);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    const body = ourComments()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('### DNS plan: 400 to create, 0 to update, 0 to delete');
    expect(body).toContain('This plan is too large for one comment');
    expect(body).toContain('[the job summary of this run](https://github.test/octo-org/dns/actions/runs/4242)');
    expect(parsePlanComment(body)?.checksum).toBe(result.outputs['plan-checksum']);
    expect(result.summary.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    for (const index of [0, 199, 399]) expect(result.summary).toContain(`+host-${index} `);
    expect(readBlocks(result.summary).fences.flatMap((block) => block.lines).filter((line) => line.startsWith('+'))).toHaveLength(400);
  });

  it('renders a record value with backticks, <script> and | inert', async () => {
    const step = await runner();
    const hostile = 'a ``` b <script>alert(1)</script> | `c` <img src=x onerror=alert(2)> @octocat';
    await step.writeZone('example.com.yaml', `${ZONE_AS_LIVE}  evil:\n    type: TXT\n    ttl: 300\n    value: '${hostile}'\n`);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    for (const body of [ourComments()[0]!.body, result.summary]) {
      const { outside, fences } = readBlocks(body);
      const interpreted = outside.map(withoutCodeSpans).join('\n').toLowerCase();
      expect(interpreted).not.toContain('<script');
      expect(interpreted).not.toContain('<img');
      expect(interpreted).not.toMatch(/(?<!\\)@octocat/);
      expect(fences).toHaveLength(1);
      expect(fences[0]!.lines).toEqual([`+evil 300 IN TXT "${hostile}"`]);
    }
  });

  it('turns validation errors into ::error annotations on the YAML lines, fails, and sends no request', async () => {
    const step = await runner();
    await step.writeZone('example.com.yaml', `records:\n  www:\n    type: CNAME\n    ttl: 5\n    value: example.com.\n`);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    const errors = workflowCommands(result.stdout, 'error');
    const annotation = errors.find((entry) => entry.properties.file === 'zones/example.com.yaml');
    expect(annotation, result.stdout).toBeDefined();
    expect(annotation!.properties.line).toBe('4');
    expect(Number(annotation!.properties.col)).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/^::error title=[^,]*,file=zones\/example\.com\.yaml,line=4,col=\d+::/m);
    // The failure itself, via core.setFailed.
    expect(errors.some((entry) => entry.properties.file === undefined && /error in the zone files/.test(entry.message))).toBe(true);
    expect(result.summary).toContain('the zone files are invalid');
    expect(livednsRequests()).toEqual([]);
    expect(ourComments()).toHaveLength(0);
  });

  it('on a fork with an empty token: validates, explains in the job summary, ends green, sends nothing to LiveDNS', async () => {
    const step = await runner({ event: 'pull_request.fork.opened.json', inputs: { 'gandi-token': '' } });
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toContain('This pull request comes from a fork, and GitHub gives such runs no secrets');
    expect(result.summary).toContain('The zone files are valid (1 zone checked)');
    expect(livednsRequests()).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('on a fork with an empty token, invalid files still fail the job', async () => {
    const step = await runner({ event: 'pull_request.fork.opened.json', inputs: { 'gandi-token': '' } });
    await step.writeZone('example.com.yaml', 'records:\n  www:\n    type: CNAME\n    value: not-qualified\n');
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    expect(workflowCommands(result.stdout, 'error').some((entry) => entry.properties.file === 'zones/example.com.yaml')).toBe(true);
    expect(livednsRequests()).toEqual([]);
  });

  it('fails when the token is empty on a pull request of this repository (a missing secret)', async () => {
    const step = await runner({ inputs: { 'gandi-token': '' } });
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('The `gandi-token` input is empty');
    expect(livednsRequests()).toEqual([]);
  });

  it('fails with the permission to add when GitHub refuses the comment, after writing the job summary', async () => {
    nock.cleanAll();
    github = new FakeGitHub({ repository: 'octo-org/dns', token: GITHUB_TOKEN, readOnly: true });
    github.interceptWithNock(GITHUB_API);
    const step = await runner();
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('pull-requests: write');
    expect(result.summary).toContain('### DNS plan: 1 to create, 1 to update, 1 to delete');
  });

  it.each([
    [{ command: 'sync' }, 'The `command` input is "sync": use `plan` (on pull_request) or `apply`'],
    [{ comment: 'yes' }, 'The `comment` input is "yes": use `true` or `false`.'],
  ])('fails on an invalid input (%j) before any request', async (inputs, message) => {
    const step = await runner({ inputs });
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    expect(workflowCommands(result.stdout, 'error').map((entry) => entry.message).join('\n')).toContain(message);
    expect(livednsRequests()).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('never prints the tokens', async () => {
    const step = await runner();
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    // Masked for the runner first...
    expect(result.stdout).toContain(`::add-mask::${GANDI_TOKEN}`);
    expect(result.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`);
    // ...and never printed otherwise, nor written anywhere.
    const printed = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const text of [printed, result.summary, JSON.stringify(result.outputs), ourComments()[0]!.body, await readFile(result.outputs['plan-file'] ?? '', 'utf8')]) {
      expect(text).not.toContain(GANDI_TOKEN);
      expect(text).not.toContain(GITHUB_TOKEN);
    }
  });
});

describe('apply on push', () => {
  it('applies, sets snapshots, and the job summary gives the snapshot ids and the rollback command', async () => {
    const step = await runner({ eventName: 'push', event: 'push.main.json', sha: MERGE_SHA, inputs: { command: 'apply' } });
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    const snapshots = JSON.parse(result.outputs.snapshots ?? '') as Record<string, string>;
    expect(Object.keys(snapshots)).toEqual(['example.com']);
    const id = snapshots['example.com']!;
    expect(emulator.state.domains['example.com']?.snapshots?.map((snapshot) => snapshot.id)).toContain(id);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.summary).toContain('### DNS apply: 1 created, 1 updated, 1 deleted');
    expect(result.summary).toContain(`livedns rollback example.com --snapshot ${id}`);
    expect(result.summary).toContain(`\`${id}\``);
    // The snapshot came before the first write.
    const order = writes().map((entry) => entry.method);
    expect(order[0]).toBe('POST');
    expect(writes()[0]!.path).toMatch(/\/snapshots$/);

    // Apply then plan: nothing left to do.
    const plan = await runner();
    await plan.writeZone('example.com.yaml', ZONE_V1);
    const again = await plan.runInProcess();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
  });

  it('ends green with no changes, no snapshot and no write when the zones already match', async () => {
    const step = await runner({ eventName: 'push', event: 'push.main.json', sha: MERGE_SHA, inputs: { command: 'apply' } });
    await step.writeZone('example.com.yaml', ZONE_AS_LIVE);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.snapshots).toBe('{}');
    expect(result.outputs['has-changes']).toBe('false');
    expect(result.summary).toContain('### DNS apply: no changes');
    expect(writes()).toEqual([]);
  });

  it('fails with what was written and how to roll back when a write fails', async () => {
    await emulator.close();
    emulator = await startEmulator({
      state: { domains: structuredClone(LIVE), tokens: [{ token: GANDI_TOKEN }] },
      faults: { rules: [{ method: 'PUT', path: '/records/www/CNAME', action: 400 }] },
    });
    const step = await runner({ eventName: 'push', event: 'push.main.json', sha: MERGE_SHA, inputs: { command: 'apply', 'gandi-api-url': emulator.url } });
    await step.writeZone('example.com.yaml', ZONE_V1);
    const result = await step.runInProcess({ 'gandi-api-url': emulator.url });
    expect(result.exitCode).toBe(1);
    const id = JSON.parse(result.outputs.snapshots ?? '{}')['example.com'] as string;
    expect(id).toBeTruthy();
    expect(result.summary).toContain('### DNS apply: FAILED');
    expect(result.summary).toContain(`livedns rollback example.com --snapshot ${id}`);
    expect(result.summary).toMatch(/Written \(1\)/);
    expect(result.summary).toMatch(/Not written \(2\)/);
    expect(result.stdout).toContain(`roll back with: livedns rollback example.com --snapshot ${id}`);
  });
});

describe('require-reviewed-plan', () => {
  async function reviewedOnPullRequest(zoneFile = ZONE_V1): Promise<string> {
    const plan = await runner();
    await plan.writeZone('example.com.yaml', zoneFile);
    const result = await plan.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    github.pullsByCommit.set(MERGE_SHA, [
      { number: 7, state: 'closed', merged_at: '2026-11-22T10:04:51Z', merge_commit_sha: MERGE_SHA, html_url: 'https://github.test/octo-org/dns/pull/7' },
    ]);
    return result.outputs['plan-checksum'] ?? '';
  }

  async function applyStep(zoneFile = ZONE_V1): Promise<SimulatedRunner> {
    const step = await runner({ eventName: 'push', event: 'push.main.json', sha: MERGE_SHA, inputs: { command: 'apply', 'require-reviewed-plan': 'true' } });
    await step.writeZone('example.com.yaml', zoneFile);
    return step;
  }

  it('applies when the fresh plan is the reviewed one', async () => {
    const checksum = await reviewedOnPullRequest();
    const result = await (await applyStep()).runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['plan-checksum']).toBe(checksum);
    expect(writes().length).toBeGreaterThan(0);
  });

  it('applies nothing, fails, and posts the fresh plan on the pull request when the live zone changed since the review', async () => {
    const checksum = await reviewedOnPullRequest();
    emulator.state.domains['example.com']!.rrsets.push({ rrset_name: 'manual', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.77'] });
    const result = await (await applyStep()).runInProcess();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Nothing was applied');
    expect(writes()).toEqual([]);
    const comments = ourComments();
    expect(comments).toHaveLength(2);
    const refusal = comments[1]!;
    expect(refusal.body).toContain(`applied nothing: the plan computed at merge time differs from the plan reviewed on this pull request`);
    expect(refusal.body).toContain(`reviewed ${checksum}`);
    expect(refusal.body).toContain('-manual');
    // The reviewed comment is left as it was reviewed.
    expect(parsePlanComment(comments[0]!.body)?.checksum).toBe(checksum);
  });

  it('applies when only an rrset that an ignore rule covers came or changed since the review (an ACME challenge)', async () => {
    const zoneFile = `ignore:\n  - { name: "_acme-challenge*", type: TXT }\n${ZONE_V1}`;
    const checksum = await reviewedOnPullRequest(zoneFile);
    const challenge = { rrset_name: '_acme-challenge', rrset_type: 'TXT', rrset_ttl: 300, rrset_values: ['"robot-token"'] };
    emulator.state.domains['example.com']!.rrsets.push(challenge);
    const result = await (await applyStep(zoneFile)).runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['plan-checksum']).toBe(checksum);
    expect(writes().length).toBeGreaterThan(0);
    expect(writes().filter((entry) => entry.path.includes('_acme-challenge'))).toEqual([]);
    expect(emulator.state.domains['example.com']!.rrsets).toContainEqual(challenge);
    expect(ourComments()).toHaveLength(1);
  });

  it('refuses a commit that no pull request merged', async () => {
    const result = await (await applyStep()).runInProcess();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('was not merged from a pull request');
    expect(livednsRequests()).toEqual([]);
  });
});

describe('the bundled dist/action.js', () => {
  it('runs as `node dist/action.js` (copied outside the repository, without node_modules) and comments through a loopback GitHub', async () => {
    const server = await github.listen();
    const outside = await mkdtemp(path.join(os.tmpdir(), 'livedns-bundle-'));
    try {
      const bundle = path.join(outside, 'action.js');
      await copyFile(path.join(ROOT, 'dist/action.js'), bundle);
      const step = await runner({ apiUrl: server.url });
      await step.writeZone('example.com.yaml', ZONE_V1);
      const first = await step.runBundle(bundle);
      expect(first.exitCode, first.stdout + first.stderr).toBe(0);
      expect(first.outputs['has-changes']).toBe('true');
      expect(ourComments()).toHaveLength(1);
      expect(ourComments()[0]!.body).toContain('### DNS plan: 1 to create, 1 to update, 1 to delete');

      await step.writeZone('example.com.yaml', 'records:\n  www:\n    type: CNAME\n    value: nodot\n');
      const invalid = await step.runBundle(bundle);
      expect(invalid.exitCode).toBe(1);
      expect(invalid.stdout).toMatch(/^::error title=[^,]*,file=zones\/example\.com\.yaml,line=\d+,col=\d+::/m);
    } finally {
      await server.close();
      await rm(outside, { recursive: true, force: true });
    }
  });
});
