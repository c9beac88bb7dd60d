import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLiveDnsClient } from '../../src/gandi/client.js';
import type { EmulatorState } from '../../src/emulator/server.js';

let dir: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-emulator-cli-'));
});

afterEach(async () => {
  if (child !== undefined && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Starts `livedns emulator ...` and resolves with the env line it prints. */
function startCli(args: string[]): Promise<{ url: string; token: string; stderr: () => string; exited: Promise<number | null> }> {
  const proc = spawn(process.execPath, ['dist/cli.js', 'emulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^export GANDI_API_URL=(\S+) GANDI_PERSONAL_ACCESS_TOKEN=(\S+)$/m.exec(stdout);
      if (match !== null) resolve({ url: match[1]!, token: match[2]!, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
}

describe('livedns emulator', () => {
  it('prints its URL and env line, serves the client, and saves state and journal on SIGTERM', async () => {
    const stateFile = path.join(dir, 'state.json');
    const journalFile = path.join(dir, 'journal.jsonl');
    const running = await startCli(['--state', stateFile, '--zone', 'example.com', '--token', 'local-token', '--journal', journalFile]);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v5$/);
    expect(running.token).toBe('local-token');

    const client = createLiveDnsClient({ baseUrl: running.url, token: running.token, log: () => undefined });
    try {
      // A new zone comes pre-filled like Gandi's (the reconciler's first run would delete these).
      expect((await client.listRecords('example.com')).map((r) => `${r.rrset_name}/${r.rrset_type}`)).toContain('www/CNAME');
      await client.putRrset('example.com', 'api', 'A', 600, ['203.0.113.5']);
    } finally {
      await client.close();
    }

    child!.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain(`emulator state saved to ${stateFile}`);
    const saved = JSON.parse(await readFile(stateFile, 'utf8')) as EmulatorState;
    expect(saved.domains['example.com']!.rrsets).toContainEqual({ rrset_name: 'api', rrset_type: 'A', rrset_ttl: 600, rrset_values: ['203.0.113.5'] });
    const journal = (await readFile(journalFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { method: string; status: number });
    expect(journal.map((e) => [e.method, e.status])).toEqual([
      ['GET', 200],
      ['PUT', 201],
    ]);

    // The saved state is loaded on the next start.
    const again = await startCli(['--state', stateFile, '--token', 'local-token']);
    const reader = createLiveDnsClient({ baseUrl: again.url, token: again.token, log: () => undefined });
    try {
      expect((await reader.listRecords('example.com')).find((r) => r.rrset_name === 'api')).toMatchObject({ rrset_ttl: 600 });
    } finally {
      await reader.close();
    }
    child!.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('applies fault flags and rules files', async () => {
    const faultsFile = path.join(dir, 'faults.json');
    await writeFile(faultsFile, JSON.stringify({ rules: [{ method: 'GET', path: '/domains', action: 503 }] }));
    const running = await startCli(['--zone', 'example.com', '--faults', faultsFile, '--fail-on', 'PUT#1=reset']);
    const client = createLiveDnsClient({ baseUrl: running.url, token: running.token, maxAttempts: 1, log: () => undefined });
    try {
      await expect(client.listDomains()).rejects.toMatchObject({ status: 503 });
      await expect(client.putRrset('example.com', 'x', 'A', 300, ['192.0.2.1'])).rejects.toMatchObject({ status: 0, failure: 'network' });
      await client.putRrset('example.com', 'x', 'A', 300, ['192.0.2.1']);
    } finally {
      await client.close();
    }
    child!.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('refuses a bad flag value with exit code 1', async () => {
    const proc = spawn(process.execPath, ['dist/cli.js', 'emulator', '--rate-429', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/expected a ratio between 0 and 1/);
  });
});
