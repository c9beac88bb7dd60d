// Runs the client through every error path with a known token and looks for that token in everything a
// person or a log could see: messages, String(error), JSON, stacks, util.inspect, debug lines, stderr.
import { inspect } from 'node:util';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLiveDnsClient, type HttpLiveDnsClient } from '../../src/gandi/client.js';
import type { ClientOptions } from '../../src/gandi/options.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { fakeClock } from '../helpers/gandi.js';

const TOKEN = 'pat_S3cr3t-Token-0123456789abcdefXYZ';
const zone = 'example.com';

let emulator: Emulator;
const outputs: string[] = [];
const failures: unknown[] = [];

function client(extra: Partial<ClientOptions> = {}): HttpLiveDnsClient {
  return createLiveDnsClient({
    baseUrl: emulator.url,
    token: TOKEN,
    debug: true,
    clock: fakeClock(),
    random: () => 0,
    maxAttempts: 2,
    timeoutMs: 100,
    log: (line) => outputs.push(line),
    ...extra,
  });
}

async function expectFailure(run: () => Promise<unknown>): Promise<void> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'every scenario here must fail').toBeInstanceOf(Error);
  failures.push(error);
}

beforeAll(async () => {
  emulator = await startEmulator({
    state: { domains: { [zone]: { rrsets: [{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.1'] }] }, 'other.example': { rrsets: [] } } },
    tokens: [{ token: TOKEN, zones: [zone], readOnly: false }],
  });
});

afterAll(async () => {
  await emulator.close();
});

describe('the token appears in no output', () => {
  it('collects the failures of every error path', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      outputs.push(String(chunk));
      return true;
    });
    try {
      const c = client();
      // 404 HTTPNotFound (zone not visible), 404 snapshot, 400 validation.
      await expectFailure(() => c.listRecords('other.example'));
      await expectFailure(() => c.getSnapshot(zone, 'nope'));
      await expectFailure(() => c.putRrset(zone, 'x', 'A', 1, ['192.0.2.1']));
      // 500 on a case-mismatched write? Not here (no such rrset); a 5xx budget instead, then 429, resets, timeouts.
      for (const action of [503, 429, 'reset', 'hang', 502] as const) {
        emulator.faults = { rules: [{ times: 0, action, retryAfter: 1 }] };
        await expectFailure(() => c.listRecords(zone));
        await expectFailure(() => c.createSnapshot(zone, `s-${String(action)}`));
      }
      emulator.faults = { rules: [{ times: 0, action: 429, retryAfter: 100_000 }] };
      await expectFailure(() => c.putRrset(zone, 'www', 'A', 300, ['192.0.2.9']));
      emulator.faults = {};
      await c.close();

      // 401 (the emulator does not know this credential), 403 JSON (read-only token), 403 HTML.
      await emulator.close();
      emulator = await startEmulator({ state: { domains: { [zone]: { rrsets: [] } } }, tokens: [{ token: TOKEN, readOnly: true, htmlForbidden: true }] });
      const readOnly = client();
      await expectFailure(() => readOnly.putRrset(zone, 'www', 'A', 300, ['192.0.2.1']));
      await readOnly.close();
      const apiKey = client({ authScheme: 'Apikey' });
      await expectFailure(() => apiKey.listDomains());
      await apiKey.close();

      // Connection refused: nothing listens on the port any more.
      const url = emulator.url;
      await emulator.close();
      const refused = createLiveDnsClient({ baseUrl: url, token: TOKEN, debug: true, clock: fakeClock(), maxAttempts: 2, log: (line) => outputs.push(line) });
      await expectFailure(() => refused.listDomains());
      await refused.close();
      emulator = await startEmulator({ state: { domains: {} }, tokens: [{ token: TOKEN }] });

      // Bodies and transport errors that quote the credential: MockAgent's "not matched" error lists the
      // request headers; a hostile page echoes the Authorization header back.
      const agent = new MockAgent();
      agent.disableNetConnect();
      const pool = agent.get('https://api.gandi.net');
      pool.intercept({ method: 'GET', path: () => true, headers: { 'x-never-sent': 'x' } }).reply(200, []);
      pool.intercept({ method: 'PUT', path: () => true }).reply(403, `<html><body>Authorization: Bearer ${TOKEN} denied</body></html>`, { headers: { 'content-type': 'text/html' } });
      pool.intercept({ method: 'DELETE', path: () => true }).reply(400, { code: 400, message: `bad token ${TOKEN}`, errors: [{ name: 'authorization', description: TOKEN }] }, { headers: { 'content-type': 'application/json' } });
      const mocked = createLiveDnsClient({ token: TOKEN, dispatcher: agent, debug: true, clock: fakeClock(), maxAttempts: 1, log: (line) => outputs.push(line) });
      await expectFailure(() => mocked.listDomains());
      await expectFailure(() => mocked.putRrset(zone, 'www', 'A', 300, ['192.0.2.1']));
      await expectFailure(() => mocked.deleteRrset(zone, 'www', 'A'));
      await mocked.close();
      await agent.close();

      // A credential that cannot be sent, and a URL that cannot be used.
      await expectFailure(async () => createLiveDnsClient({ token: `${TOKEN}\n` + 'x y' }));
      await expectFailure(async () => createLiveDnsClient({ token: TOKEN, baseUrl: `http://evil.example/${TOKEN}` }));
    } finally {
      stderr.mockRestore();
    }

    expect(failures.length).toBeGreaterThanOrEqual(20);
    expect(outputs.some((line) => line.startsWith('livedns: '))).toBe(true);
    // The echoed credential was there and has been blotted out, not merely absent.
    expect(failures.map((e) => (e as Error).message).some((message) => message.includes('Bearer *** denied'))).toBe(true);
    expect(failures.map((e) => JSON.stringify(e)).some((json) => json.includes('bad token ***'))).toBe(true);
    expect(failures.map((e) => (e as Error).message).some((message) => message.includes('"authorization":"Bearer ***"'))).toBe(true);

    const seen = [
      ...outputs,
      ...failures.flatMap((error) => [(error as Error).message, String(error), JSON.stringify(error) ?? '', (error as Error).stack ?? '', inspect(error, { depth: 10, showHidden: true })]),
    ];
    const leaks = seen.filter((text) => text.includes(TOKEN) || text.includes(TOKEN.slice(4, 24)));
    expect(leaks).toEqual([]);
  });
});
