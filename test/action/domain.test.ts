/**
 * Issue 6 through the Action: the pull-request comment carries registrar changes and delegation warnings,
 * and account tokens come through the step's `env:` (livedns.config.yaml), each zone reaching the emulator
 * with its own token.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { parsePlanComment } from '../../src/render/markdown.js';
import { FakeGitHub } from './fake-github.js';
import { SimulatedRunner } from './runner.js';

const GITHUB_API = 'https://github-api.test';
const GITHUB_TOKEN = 'ghs_jobTokenForTests0123456789';
const ZONE = 'records:\n  www: { type: A, ttl: 300, value: 192.0.2.10 }\n';
const LIVE = [{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.10'] }];

let emulator: Emulator;
let github: FakeGitHub;
const runners: SimulatedRunner[] = [];

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterAll(() => nock.enableNetConnect());

beforeEach(() => {
  github = new FakeGitHub({ repository: 'octo-org/dns', token: GITHUB_TOKEN, perPage: 50 });
  github.interceptWithNock(GITHUB_API);
});

afterEach(async () => {
  nock.cleanAll();
  await emulator.close();
  await Promise.all(runners.splice(0).map((entry) => entry.dispose()));
});

async function start(options: EmulatorOptions): Promise<void> {
  emulator = await startEmulator(options);
}

async function runner(inputs: Record<string, string>, env: Record<string, string> = {}, push = false): Promise<SimulatedRunner> {
  const created = await SimulatedRunner.create({
    eventName: push ? 'push' : 'pull_request',
    event: push ? 'push.main.json' : 'pull_request.synchronize.json',
    githubApiUrl: GITHUB_API,
    githubToken: GITHUB_TOKEN,
    ...(push ? { sha: '9a4c2d0b7e1f3a5c6d8e0f1a2b3c4d5e6f708192', ref: 'refs/heads/main' } : {}),
    inputs: { 'gandi-api-url': emulator.url, ...inputs },
    env,
  });
  runners.push(created);
  return created;
}

const ourComment = () => github.commentsOn(7).find((comment) => parsePlanComment(comment.body) !== undefined);

describe('the PR comment', () => {
  it('warns about a zone not delegated to LiveDNS and shows registrar changes as their own lines', async () => {
    await start({
      state: {
        domains: { 'example.com': { rrsets: LIVE }, 'example.org': { rrsets: LIVE } },
        registrar: { 'example.org': { current: 'classic', nameservers: ['a.dns.gandi.net', 'b.dns.gandi.net'], autorenew: true, registry_ends_at: '2099-01-01T00:00:00Z', status: [] } },
      },
      tokens: [{ token: 'pat_default' }],
    });
    const step = await runner({ 'gandi-token': 'pat_default' });
    await step.writeZone('example.com.yaml', `autorenew: false\n${ZONE}`);
    await step.writeZone('example.org.yaml', ZONE);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);

    const body = ourComment()!.body;
    expect(body).toContain('### DNS plan: 0 to create, 0 to update, 0 to delete, 1 domain setting to change');
    expect(body).toContain('| Zone | Create | Update | Delete | Registrar | Status |');
    expect(body).toContain('| example.com | 0 | 0 | 0 | 1 | will apply |');
    expect(body).toContain('-autorenew   on\n+autorenew   off');
    expect(body).toContain('> [!WARNING]');
    expect(body).toContain('> - example.org is not delegated to LiveDNS: the registry points to classic nameservers, so its LiveDNS records are not what the world sees');
    expect(result.summary).toContain('example.org is not delegated to LiveDNS');
    // The warning is also an annotation on the zone file.
    expect(result.stdout).toContain('::warning title=livedns-gitops%3A not-delegated,file=zones/example.org.yaml::example.org is not delegated to LiveDNS');
  });
});

describe('apply on push', () => {
  it('applies a registrar change after the records and reports it in the job summary', async () => {
    await start({
      state: {
        domains: { 'example.com': { rrsets: LIVE } },
        registrar: { 'example.com': { current: 'livedns', nameservers: [], autorenew: true, registry_ends_at: '2099-01-01T00:00:00Z', status: [] } },
      },
      tokens: [{ token: 'pat_default' }],
    });
    const step = await runner({ command: 'apply', 'gandi-token': 'pat_default' }, {}, true);
    await step.writeZone('example.com.yaml', `autorenew: false\n${ZONE}`);
    const result = await step.runInProcess();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['has-changes']).toBe('true');
    expect(result.summary).toContain('### DNS apply: 0 created, 0 updated, 0 deleted, 1 domain setting changed');
    expect(result.summary).toContain('#### Registrar (Gandi Domain API; not covered by the LiveDNS snapshots)');
    expect(result.summary).toContain('- `example.com`: auto-renewal: on -&gt; off: done');
    expect(result.summary).not.toContain('| Zone | Outcome |');
    expect(emulator.state.registrar!['example.com']!.autorenew).toBe(false);
    expect(emulator.journal.filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.path}`)).toEqual(['PATCH /v5/domain/domains/example.com/autorenew']);
  });
});

describe('several organisations in the Action', () => {
  const CONFIG = 'accounts:\n  acme:\n    token_env: ACME_GANDI_TOKEN\n  widgets:\n    token_env: WIDGETS_GANDI_TOKEN\n';

  it('takes the account tokens through env:, masks them, and reaches each zone with its own token', async () => {
    await start({
      state: { domains: { 'acme.example': { rrsets: [] }, 'widgets.example': { rrsets: [] } } },
      tokens: [
        { token: 'acme-secret-0123456789', label: 'acme', zones: ['acme.example'] },
        { token: 'widgets-secret-0123456789', label: 'widgets', zones: ['widgets.example'] },
      ],
    });
    const env = { ACME_GANDI_TOKEN: 'acme-secret-0123456789', WIDGETS_GANDI_TOKEN: 'widgets-secret-0123456789' };
    const step = await runner({ command: 'apply', 'gandi-token': '' }, env, true);
    await writeFile(path.join(step.workspace, 'livedns.config.yaml'), CONFIG);
    await step.writeZone('acme.example.yaml', `account: acme\n${ZONE}`);
    await step.writeZone('widgets.example.yaml', `account: widgets\n${ZONE}`);

    const applied = await step.runInProcess();
    expect(applied.exitCode, applied.stdout).toBe(0);
    expect(applied.stdout).toContain('::add-mask::acme-secret-0123456789');
    expect(applied.stdout).toContain('::add-mask::widgets-secret-0123456789');
    const zoneRequests = emulator.journal.filter((entry) => /acme\.example|widgets\.example/.test(entry.path));
    expect(zoneRequests.length).toBeGreaterThan(0);
    for (const entry of zoneRequests) expect(entry.token).toBe(entry.path.includes('acme.example') ? 'acme' : 'widgets');
    expect(emulator.state.domains['acme.example']!.rrsets.some((r) => r.rrset_name === 'www')).toBe(true);

    const plan = await runner({ 'gandi-token': '' }, env);
    await writeFile(path.join(plan.workspace, 'livedns.config.yaml'), CONFIG);
    await plan.writeZone('acme.example.yaml', `account: acme\n${ZONE}`);
    await plan.writeZone('widgets.example.yaml', `account: widgets\n${ZONE}`);
    const again = await plan.runInProcess();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
  });

  it('without accounts, an empty gandi-token still fails with the input to set', async () => {
    await start({ state: { domains: { 'example.com': { rrsets: LIVE } } } });
    const step = await runner({ 'gandi-token': '' });
    await step.writeZone('example.com.yaml', ZONE);
    const result = await step.runInProcess();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('The `gandi-token` input is empty');
  });
});
