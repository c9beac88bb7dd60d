import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GandiApiError } from '../../src/gandi/errors.js';
import { RateLimiter } from '../../src/gandi/limiter.js';
import { backoffDelay, parseRetryAfter, DEFAULT_RETRY_POLICY } from '../../src/gandi/retry.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { clientFor, fakeClock } from '../helpers/gandi.js';

const zone = 'example.com';

let emulator: Emulator;
const closers: Array<() => Promise<void>> = [];

beforeEach(async () => {
  emulator = await startEmulator({
    state: { domains: { [zone]: { rrsets: [{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.1'] }] } } },
  });
});

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await emulator.close();
});

function client(overrides: Parameters<typeof clientFor>[1] = {}) {
  const made = clientFor(emulator, { retryBaseDelayMs: 100, retryMaxDelayMs: 1000, ...overrides });
  closers.push(() => made.client.close());
  return made;
}

const statuses = (method: string) => emulator.journal.filter((e) => e.method === method).map((e) => e.status);

describe('retries of idempotent requests', () => {
  it('429 then 200: waits the Retry-After, then succeeds, and halves the rate', async () => {
    emulator.faults = { rules: [{ method: 'GET', action: 429, retryAfter: 2 }] };
    const clock = fakeClock();
    const limiter = new RateLimiter({ requestsPerMinute: 600, clock });
    const { client: c } = client({ limiter, clock });
    const rrsets = await c.listRecords(zone);
    expect(rrsets).toHaveLength(1);
    expect(statuses('GET')).toEqual([429, 200]);
    expect(clock.sleeps).toEqual([2000]);
    // Halved to 300/min; recovery only starts once the Retry-After pause is over.
    expect(limiter.currentRate()).toBe(300);
    clock.advance(60_000);
    expect(limiter.currentRate()).toBe(360);
  });

  it('503 twice then 200: backs off exponentially with jitter', async () => {
    emulator.faults = { rules: [{ method: 'GET', times: 2, action: 503 }] };
    const { client: c, clock } = client();
    await c.listRecords(zone);
    expect(statuses('GET')).toEqual([503, 503, 200]);
    // random() = 0.5: half of the 100 ms then 200 ms caps.
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it('a connection reset mid-request is retried', async () => {
    emulator.faults = { rules: [{ method: 'GET', action: 'reset' }] };
    const { client: c } = client();
    expect(await c.listRecords(zone)).toHaveLength(1);
    expect(statuses('GET')).toEqual([0, 200]);
  });

  it('a PUT whose answer was lost is sent again, harmlessly', async () => {
    emulator.faults = { rules: [{ method: 'PUT', action: 'drop-response' }] };
    const { client: c } = client();
    await c.putRrset(zone, 'www', 'A', 600, ['192.0.2.2']);
    expect(statuses('PUT')).toEqual([0, 201]);
    expect(emulator.state.domains[zone]!.rrsets).toEqual([{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 600, rrset_values: ['192.0.2.2'] }]);
  });

  it('a DELETE is retried after a 502 text page from a proxy', async () => {
    emulator.faults = { rules: [{ method: 'DELETE', action: 502 }] };
    const { client: c } = client();
    await c.deleteRrset(zone, 'www', 'A');
    expect(statuses('DELETE')).toEqual([502, 204]);
  });

  it('a timeout is retried', async () => {
    emulator.faults = { rules: [{ method: 'GET', action: 'hang' }] };
    const { client: c } = client({ timeoutMs: 200 });
    expect(await c.listRecords(zone)).toHaveLength(1);
    expect(statuses('GET')).toEqual([200]);
  });

  it('an exhausted budget fails with the request and the attempts in the message', async () => {
    emulator.faults = { rules: [{ method: 'GET', times: 0, action: 503 }] };
    const { client: c } = client({ maxAttempts: 3 });
    const error = (await c.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toBeInstanceOf(GandiApiError);
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect(error.message).toBe(
      `could not list the rrsets of zone ${zone}: GET /livedns/domains/${zone}/records answered 503 HTTPServiceUnavailable ` +
        '(The server is temporarily unable to service your request.) (3 attempts over 150 ms). ' +
        'Gandi is having trouble with this request: retry later.',
    );
    expect(statuses('GET')).toEqual([503, 503, 503]);
  });

  it('repeated resets end in a message naming the transport error', async () => {
    emulator.faults = { rules: [{ method: 'GET', times: 0, action: 'reset' }] };
    const { client: c } = client({ maxAttempts: 2 });
    const error = (await c.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 0, failure: 'network', attempts: 2 });
    expect(error.message).toMatch(/^could not list the rrsets of zone example\.com: GET \/livedns\/domains\/example\.com\/records failed: \w+ \(2 attempts/);
    expect(error.isUncertain).toBe(true);
  });

  it('repeated timeouts say how long each wait was and what to raise', async () => {
    emulator.faults = { rules: [{ method: 'GET', times: 0, action: 'hang' }] };
    const { client: c } = client({ maxAttempts: 2, timeoutMs: 100 });
    const error = (await c.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 0, failure: 'timeout', attempts: 2 });
    expect(error.message).toMatch(/got no answer within 100 ms \(2 attempts over \d+ ms\)\. Gandi can be slow: retry later, or raise GANDI_TIMEOUT/);
  });

  it('stops at the overall deadline', async () => {
    emulator.faults = { rules: [{ method: 'GET', times: 0, action: 500 }] };
    const { client: c, clock } = client({ maxAttempts: 10, deadlineMs: 120 });
    const error = (await c.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
    // Sleeps of 50 then 100 would pass 120 ms: it stops after the second attempt.
    expect(error).toMatchObject({ status: 500, attempts: 2 });
    expect(clock.sleeps).toEqual([50]);
    expect(error.message).toMatch(/up to the overall deadline \(GANDI_DEADLINE\)/);
  });

  it('fails at once when Retry-After asks for more than the deadline', async () => {
    emulator.faults = { rules: [{ method: 'GET', action: 429, retryAfter: 3600 }] };
    const { client: c, clock } = client({ deadlineMs: 60_000 });
    const error = (await c.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 429, attempts: 1, retryAfterMs: 3_600_000 });
    expect(clock.sleeps).toEqual([]);
    expect(error.message).toMatch(/Gandi asked to wait longer than the overall deadline .* lower --rate-limit \/ GANDI_RATE_LIMIT/);
  });

  it('never retries a client error', async () => {
    const { client: c } = client();
    await expect(c.putRrset(zone, 'bad', 'A', 10, ['192.0.2.1'])).rejects.toMatchObject({ status: 400, attempts: 1 });
    await expect(c.listRecords('nope.example')).rejects.toMatchObject({ status: 404, attempts: 1 });
    expect(emulator.journal).toHaveLength(2);
  });
});

describe('snapshot POST is not blindly retried', () => {
  const snapshotsPath = `/v5/livedns/domains/${zone}/snapshots`;
  const calls = () => emulator.journal.map((e) => `${e.method} ${e.path === snapshotsPath ? 'snapshots' : e.path} ${e.status}`);

  it('after a lost answer it finds the snapshot by name instead of creating a second one', async () => {
    emulator.faults = { rules: [{ method: 'POST', action: 'drop-response' }] };
    const { client: c } = client();
    const { id } = await c.createSnapshot(zone, 'run 7');
    expect(calls()).toEqual(['POST snapshots 0', 'GET snapshots 200']);
    expect(emulator.state.domains[zone]!.snapshots!.map((s) => [s.id, s.name])).toEqual([[id, 'run 7']]);
  });

  it('after a 5xx it looks first, finds nothing, then posts again', async () => {
    emulator.faults = { rules: [{ method: 'POST', action: 503 }] };
    const { client: c } = client();
    const { id } = await c.createSnapshot(zone, 'run 8');
    expect(calls()).toEqual(['POST snapshots 503', 'GET snapshots 200', 'POST snapshots 201']);
    expect(emulator.state.domains[zone]!.snapshots!.map((s) => s.id)).toEqual([id]);
  });

  it('after a 429 it waits and posts again without looking', async () => {
    emulator.faults = { rules: [{ method: 'POST', action: 429, retryAfter: 1 }] };
    const { client: c, clock } = client();
    await c.createSnapshot(zone, 'run 9');
    expect(calls()).toEqual(['POST snapshots 429', 'POST snapshots 201']);
    expect(clock.sleeps).toContain(1000);
  });

  it('gives up after the attempts allowed, counting its own attempts', async () => {
    emulator.faults = { rules: [{ method: 'POST', times: 0, action: 'reset' }] };
    const { client: c } = client({ maxAttempts: 2 });
    const error = (await c.createSnapshot(zone, 'run 10').catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 0, attempts: 2, method: 'POST' });
    expect(error.message).toMatch(/^could not snapshot zone example\.com: POST \/livedns\/domains\/example\.com\/snapshots failed: .*\(2 attempts/);
    expect(calls()).toEqual(['POST snapshots 0', 'GET snapshots 200', 'POST snapshots 0', 'GET snapshots 200']);
  });
});

describe('backoff arithmetic', () => {
  it('caps full jitter and honours Retry-After as a floor', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(policy, n, () => 0.999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(policy, 1, () => 0, 5000)).toBe(5000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
