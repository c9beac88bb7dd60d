/**
 * The credentials never leak. A known Gandi token (and, for the Action, a known GitHub token) goes through
 * plan, apply, rollback, import and the Action (dist/action.js, GitHub served on loopback), on success
 * and on every error path: 401, 403 (JSON and an HTML page), 404, 5xx until the retries run out,
 * connections reset, timeouts, servers that echo the token back in their error bodies, a token pasted into
 * GANDI_API_URL or with a stray newline, all with LIVEDNS_DEBUG=1. Then the token is looked for, whole
 * and in pieces and base64-encoded, in every output, every file left in the sandbox (plan files, imported
 * zone files, GITHUB_OUTPUT and job summary files), every PR comment.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorFaults, type EmulatorOptions, type EmulatorRrset } from '../../src/emulator/server.js';
import { FakeGitHub, type Served } from '../action/fake-github.js';
import { SimulatedRunner, type StepResult } from '../action/runner.js';

const TOKEN = 'pat_Leak-Canary-Gandi-4f8a1c9e2b7d6035';
const GITHUB_TOKEN = 'ghs_Leak-Canary-GitHub-5e3b9a7c1d0f2468';
const CLI = path.resolve('dist/cli.js');

/** The tokens, and pieces of them long enough to identify them (a shortened message could cut one). */
const CANARIES = [TOKEN, GITHUB_TOKEN].flatMap((token) => [token, token.slice(4, 20), token.slice(-16), Buffer.from(token).toString('base64').slice(0, 24), encodeURIComponent(token)]);

function leaks(text: string): string[] {
  return CANARIES.filter((canary) => text.includes(canary));
}

/** Everything any run showed, with where it came from, checked at the end and as it comes. */
const seen: { where: string; text: string }[] = [];

function record(where: string, text: string): void {
  seen.push({ where, text });
  expect(leaks(text), `${where} leaks a token:\n${text.slice(0, 2000)}`).toEqual([]);
}

let root: string;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  const files: string[] = [];
  for (const entry of entries.map(String)) {
    const file = path.join(dir, entry);
    if ((await stat(file).catch(() => undefined))?.isFile()) files.push(file);
  }
  return files;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'livedns-secrets-'));
});

afterAll(async () => {
  // Every file any run left behind: plan files, imported zone files, outputs, summaries, events.
  const files = await filesUnder(root);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) record(`file ${path.relative(root, file)}`, (await readFile(file)).toString('latin1'));
  await rm(root, { recursive: true, force: true });
});

const ZONE = 'a.test';

function live(): EmulatorRrset[] {
  const rr = (name: string, type: string, values: string[]): EmulatorRrset => ({ rrset_name: name, rrset_type: type, rrset_ttl: 300, rrset_values: values });
  return [rr('@', 'A', ['192.0.2.1']), rr('@', 'TXT', ['"v=spf1 -all"']), rr('www', 'CNAME', ['a.test.']), rr('old', 'A', ['192.0.2.9'])];
}

const ZONE_FILE = `ttl: 300
records:
  "@":
    - { type: A, value: 192.0.2.1 }
    - { type: TXT, value: "v=spf1 -all" }
  www: { type: CNAME, value: a.test. }
  new: { type: A, value: 192.0.2.50 }
`;

interface CliRun {
  readonly code: number;
  readonly output: string;
}

let counter = 0;

describe.concurrent('the CLI', () => {
  interface Scenario {
    readonly run: (env: Record<string, string>, ...args: string[]) => Promise<CliRun>;
    readonly work: string;
    readonly close: () => Promise<void>;
  }

  /** An emulator and a working tree of their own, so that scenarios run side by side. */
  async function scenario(options: Partial<EmulatorOptions>): Promise<Scenario> {
    const id = (counter += 1);
    // A snapshot of ours to roll back to, so that rollback gets as far as writing.
    const snapshot = { id: 'b7e1f3a5-0000-4000-8000-000000000001', name: 'livedns-gitops 2020-01-01T00:00:00.000Z', created_at: '2020-01-01T00:00:00Z', automatic: false, zone_data: live().slice(0, 2) };
    const emulator = await startEmulator({ state: { domains: { [ZONE]: { rrsets: live(), snapshots: [snapshot] }, 'other.test': { rrsets: [] } } }, tokens: [{ token: TOKEN }], ...options });
    const work = path.join(root, `cli-${id}`);
    await mkdir(path.join(work, 'zones'), { recursive: true });
    await mkdir(path.join(work, 'home'));
    await writeFile(path.join(work, 'zones', `${ZONE}.yaml`), ZONE_FILE);
    const base = {
      PATH: process.env.PATH ?? '',
      HOME: path.join(work, 'home'),
      TMPDIR: path.join(work, 'home'),
      NO_COLOR: '1',
      GANDI_API_URL: emulator.url,
      GANDI_PERSONAL_ACCESS_TOKEN: TOKEN,
      GANDI_RATE_LIMIT: '1000000',
      GANDI_MAX_ATTEMPTS: '2',
      GANDI_RETRY_DELAY: '0.001',
      GANDI_RETRY_MAX_DELAY: '0.002',
      GANDI_TIMEOUT: '0.3',
      LIVEDNS_DEBUG: '1',
    };
    const run = (env: Record<string, string>, ...args: string[]) =>
      new Promise<CliRun>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: work, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
          record(`livedns ${args.join(' ')} (scenario ${id})`, output);
          resolve({ code: code ?? -1, output });
        });
      });
    return { run, work, close: () => emulator.close() };
  }

  it('on success: plan (text, JSON, Markdown, --out), apply --plan, snapshots, rollback --last, import, zones; without and with LIVEDNS_DEBUG', async () => {
    const { run, work, close } = await scenario({});
    try {
      for (const debug of ['0', '1']) {
        const env = { LIVEDNS_DEBUG: debug };
        expect((await run(env, 'plan')).code).toBe(0);
        expect((await run(env, 'plan', '--json')).code).toBe(0);
        expect((await run(env, 'plan', '--markdown')).code).toBe(0);
        const planned = await run(env, 'plan', '--out', 'plan.json');
        expect(planned.code, planned.output).toBe(0);
        const applied = await run(env, 'apply', '--plan', 'plan.json', '--yes');
        expect(applied.code, applied.output).toBe(0);
        expect((await run(env, 'snapshots', ZONE)).code).toBe(0);
        const rolledBack = await run(env, 'rollback', ZONE, '--last', '--yes');
        expect(rolledBack.code, rolledBack.output).toBe(0);
        const imported = await run(env, 'import', ZONE, '--out-dir', 'imported', '--force');
        expect(imported.code, imported.output).toBe(0);
        expect(await readFile(path.join(work, 'imported', `${ZONE}.yaml`), 'utf8')).toContain('old:');
        expect((await run(env, 'zones')).code).toBe(0);
      }
    } finally {
      await close();
    }
    // The debug lines were there, and named the requests.
    expect(seen.some(({ text }) => /^livedns: GET \/livedns\/domains\/a\.test\/records/m.test(text))).toBe(true);
  });

  const every = ['plan', 'apply --yes', `rollback ${ZONE} --last --yes`, `import ${ZONE} --out-dir imported --force`, 'zones'];

  const writers = ['apply', 'rollback'];
  const readers = ['plan', 'apply', 'rollback', 'import'];

  /**
   * Each failing setup, the commands it must make fail (the others may succeed: a read-only token can
   * still plan), and what those say, so that the test sees the failure it meant to cause.
   */
  const failures: { name: string; options: Partial<EmulatorOptions>; env?: Record<string, string>; fail?: string[]; says: RegExp }[] = [
    { name: '401: the token is unknown', options: { tokens: [{ token: 'someone-else' }] }, says: /401|rejected|authenticat/i },
    { name: '403 JSON: a read-only token', options: { tokens: [{ token: TOKEN, readOnly: true }] }, fail: writers, says: /403|permission|refused/i },
    { name: '403 as an HTML page', options: { tokens: [{ token: TOKEN, readOnly: true, htmlForbidden: true }] }, fail: writers, says: /403|permission|refused/i },
    { name: '404: the zone is not visible to the token', options: { tokens: [{ token: TOKEN, zones: ['other.test'] }] }, fail: readers, says: /not on LiveDNS|404|not found/i },
    { name: '5xx until the retries run out', options: { faults: { rules: [{ times: 0, action: 503 }] } }, says: /503|attempts/ },
    { name: '502 text pages until the retries run out', options: { faults: { rules: [{ times: 0, action: 502 }] } }, says: /502|attempts/ },
    { name: 'connections reset', options: { faults: { rules: [{ times: 0, action: 'reset' }] } }, says: /ECONNRESET|UND_ERR_SOCKET|connection|closed/i },
    { name: 'timeouts', options: { faults: { rules: [{ times: 0, action: 'hang' }] } }, says: /no answer within|timed? ?out/i },
    {
      name: 'a server that echoes the token in a JSON error',
      options: { faults: { rules: [{ times: 0, action: { status: 400, body: { code: 400, message: `invalid credential Bearer ${TOKEN}`, errors: [{ location: 'header', name: 'authorization', description: `Bearer ${TOKEN}` }] } } }] } },
      says: /400|invalid credential Bearer \*\*\*/,
    },
    {
      name: 'a proxy that echoes the token in an HTML page',
      options: { faults: { rules: [{ times: 0, action: { status: 403, text: `<html><body>Authorization: Bearer ${TOKEN} refused</body></html>`, contentType: 'text/html' } }] } },
      says: /403/,
    },
    { name: 'a token pasted into GANDI_API_URL', options: {}, env: { GANDI_API_URL: `http://127.0.0.1:1/v5/${TOKEN}` }, says: /ECONNREFUSED|did not answer|connect/i },
    { name: 'a token with a stray newline and space', options: {}, env: { GANDI_PERSONAL_ACCESS_TOKEN: `${TOKEN}\nextra ${TOKEN}` }, says: /spaces or non-printable characters/ },
  ];

  it.each(failures.map((failure) => [failure.name, failure] as const))('%s: every command fails cleanly and shows no token', async (_name, failure) => {
    const { run, close } = await scenario(failure.options as EmulatorOptions & { faults?: EmulatorFaults });
    let failed = 0;
    try {
      for (const command of every) {
        const result = await run(failure.env ?? {}, ...command.split(' '));
        expect(result.output).not.toMatch(/internal error|^\s+at .*:\d+:\d+\)?$/m);
        if (!(failure.fail ?? every.map((c) => c.split(' ')[0]!)).includes(command.split(' ')[0]!)) continue;
        expect(result.code, `${command}: ${result.output}`).toBe(1);
        expect(result.output, command).toMatch(failure.says);
        failed += 1;
      }
    } finally {
      await close();
    }
    expect(failed).toBeGreaterThanOrEqual(2);
  });
});

describe.concurrent('the Action (dist/action.js, GitHub on loopback)', () => {
  const comments: string[] = [];

  /** A GitHub that behaves, or answers every call with `fail` (echoing the token it was sent). */
  function github(fail?: (authorization: string | undefined) => Served): FakeGitHub {
    const fake = new FakeGitHub({ repository: 'octo-org/dns', token: GITHUB_TOKEN });
    if (fail) fake.handle = (_method, _url, authorization) => fail(authorization);
    return fake;
  }

  async function step(options: { command: 'plan' | 'apply'; livedns?: Partial<EmulatorOptions>; github?: FakeGitHub; env?: Record<string, string> }): Promise<StepResult> {
    const emulator = await startEmulator({ state: { domains: { [ZONE]: { rrsets: live() } } }, tokens: [{ token: TOKEN }], ...options.livedns });
    const fake = options.github ?? github();
    const server = await fake.listen();
    const push = options.command === 'apply';
    const runner = await SimulatedRunner.create({
      eventName: push ? 'push' : 'pull_request',
      event: push ? 'push.main.json' : 'pull_request.synchronize.json',
      githubApiUrl: server.url,
      githubToken: GITHUB_TOKEN,
      ...(push ? { sha: '9a4c2d0b7e1f3a5c6d8e0f1a2b3c4d5e6f708192', ref: 'refs/heads/main' } : {}),
      inputs: { command: options.command, 'gandi-token': TOKEN, 'gandi-api-url': emulator.url },
      env: { LIVEDNS_DEBUG: '1', GANDI_MAX_ATTEMPTS: '2', GANDI_RETRY_DELAY: '0.001', GANDI_RETRY_MAX_DELAY: '0.002', GANDI_TIMEOUT: '0.3', GANDI_RATE_LIMIT: '1000000', ...options.env },
    });
    try {
      await runner.writeZone(`${ZONE}.yaml`, ZONE_FILE);
      const result = await runner.runBundle();
      // The runner masks what the Action registers with ::add-mask::; everything else must be clean.
      const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
      expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
      record(`action ${options.command} stdout`, shown);
      record(`action ${options.command} stderr`, result.stderr);
      record(`action ${options.command} summary`, result.summary);
      record(`action ${options.command} outputs`, JSON.stringify(result.outputs));
      for (const list of fake.comments.values()) for (const comment of list) comments.push(comment.body);
      for (const file of await filesUnder(runner.dir)) {
        // Copied out before the runner's directory goes; the final sweep reads them again.
        const text = (await readFile(file)).toString('latin1');
        record(`action file ${path.basename(file)}`, text);
      }
      return result;
    } finally {
      await server.close();
      await emulator.close();
      await runner.dispose();
    }
  }

  afterAll(() => {
    expect(comments.length).toBeGreaterThan(0);
    for (const body of comments) record('PR comment', body);
  });

  it('plan and apply succeed without showing a token', async () => {
    const plan = await step({ command: 'plan' });
    expect(plan.exitCode, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stderr).toMatch(/livedns: GET \/livedns\/domains\/a\.test\/records/);
    const apply = await step({ command: 'apply' });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(apply.summary).toMatch(/livedns rollback a\.test --snapshot/);
  });

  const both = ['plan', 'apply'] as const;
  const livednsFailures: [string, Partial<EmulatorOptions>, readonly ('plan' | 'apply')[], RegExp][] = [
    ['401', { tokens: [{ token: 'someone-else' }] }, both, /401|rejected/i],
    ['403 HTML on write', { tokens: [{ token: TOKEN, readOnly: true, htmlForbidden: true }] }, ['apply'], /403/],
    ['5xx exhausted', { faults: { rules: [{ times: 0, action: 503 }] } }, both, /503/],
    ['reset', { faults: { rules: [{ times: 0, action: 'reset' }] } }, both, /ECONNRESET|UND_ERR_SOCKET|connection/i],
    ['timeout', { faults: { rules: [{ times: 0, action: 'hang' }] } }, both, /no answer within/],
    ['token echoed', { faults: { rules: [{ times: 0, action: { status: 400, body: { code: 400, message: `bad Bearer ${TOKEN}` } } }] } }, both, /bad Bearer \*\*\*/],
  ];

  it.each(livednsFailures)('LiveDNS %s: the steps fail without showing a token', async (_name, livedns, commands, says) => {
    for (const command of commands) {
      const result = await step({ command, livedns });
      expect(result.exitCode, result.stdout).toBe(1);
      expect(result.stdout + result.stderr).toMatch(says);
    }
  });

  it.each([
    ['401 echoing the token', (authorization: string | undefined): Served => ({ status: 401, body: { message: `Bad credentials: ${authorization ?? ''}` } })],
    ['403 HTML echoing the token', (authorization: string | undefined): Served => ({ status: 403, body: `<html>${authorization ?? ''} forbidden</html>`, headers: { 'content-type': 'text/html' } })],
    ['502 echoing the token', (authorization: string | undefined): Served => ({ status: 502, body: { message: `upstream saw ${authorization ?? ''}` } })],
  ])('GitHub %s: the plan step fails without showing a token', async (_name, fail) => {
    const result = await step({ command: 'plan', github: github(fail) });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/Could not .*(comment|pull request)/);
  });
});
