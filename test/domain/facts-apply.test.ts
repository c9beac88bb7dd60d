import { afterEach, describe, expect, it } from 'vitest';
import { applyDomainChanges } from '../../src/apply/domain.js';
import { readDomainFacts } from '../../src/domain-facts.js';
import { expiringIn } from '../../src/emulator/domain.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { createDomainClient, type HttpDomainClient } from '../../src/gandi/domain.js';
import { planDomain } from '../../src/plan/domain.js';
import { fakeClock } from '../helpers/gandi.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

async function world(options: EmulatorOptions = {}): Promise<{ emulator: Emulator; client: HttpDomainClient }> {
  const emulator = await startEmulator({
    state: {
      domains: { 'a.example': { rrsets: [] }, 'b.example': { rrsets: [] }, 'c.example': { rrsets: [] } },
      registrar: {
        'b.example': { current: 'other', nameservers: ['ns1.elsewhere.net', 'ns2.elsewhere.net'], autorenew: false, registry_ends_at: expiringIn(5), status: [] },
      },
    },
    ...options,
  });
  const client = createDomainClient({ baseUrl: emulator.url, token: options.tokens?.[0]?.token ?? emulator.token, log: () => {}, clock: fakeClock(), random: () => 0.5 });
  cleanup.push(() => client.close(), () => emulator.close());
  return { emulator, client };
}

const calls = (emulator: Emulator) => emulator.journal.map((e) => `${e.method} ${e.path}`);

describe('readDomainFacts', () => {
  it('costs one list call for any number of zones that leave nameservers alone', async () => {
    const { emulator, client } = await world();
    const result = await readDomainFacts(client, [{ zone: 'a.example' }, { zone: 'b.example' }, { zone: 'c.example' }], 'the default token');
    expect(calls(emulator)).toEqual(['GET /v5/domain/domains']);
    expect(result.byZone.get('b.example')?.facts).toMatchObject({ delegation: 'other', autorenew: false });
    expect(result.notes).toEqual([]);
  });

  it('reads the hosts only for a zone that manages nameservers and is not on LiveDNS', async () => {
    const { emulator, client } = await world();
    const result = await readDomainFacts(
      client,
      [
        { zone: 'a.example', domain: { nameservers: 'livedns' } },
        { zone: 'b.example', domain: { nameservers: 'livedns' } },
      ],
      'the default token',
    );
    expect(calls(emulator)).toEqual(['GET /v5/domain/domains', 'GET /v5/domain/domains/b.example/nameservers']);
    expect(result.byZone.get('b.example')?.facts?.nameservers).toEqual(['ns1.elsewhere.net', 'ns2.elsewhere.net']);
  });

  it('turns missing Domain API rights into one note, never an error', async () => {
    const { emulator, client } = await world({ tokens: [{ token: 'records-only', domainApi: false }] });
    const result = await readDomainFacts(client, [{ zone: 'a.example' }, { zone: 'b.example' }], 'account "acme"');
    expect(calls(emulator)).toEqual(['GET /v5/domain/domains']);
    expect(result.notes).toEqual([
      { code: 'domain-facts-unavailable', level: 'note', message: 'delegation and expiry not checked for a.example, b.example: account "acme" lacks the Domain API permission "See and renew domain names"' },
    ]);
    expect(planDomain({ zone: 'a.example', now: new Date(), ...result.byZone.get('a.example') }).warnings).toEqual([]);
  });

  it('a zone the registrar does not list gets a note, not a failure', async () => {
    const { client } = await world();
    const result = await readDomainFacts(client, [{ zone: 'elsewhere.example' }], 'the default token');
    expect(result.byZone.get('elsewhere.example')?.unavailable?.code).toBe('not-registered');
  });
});

describe('applyDomainChanges', () => {
  it('switches nameservers and polls until the registry shows them', async () => {
    const { emulator, client } = await world({ domainApi: { nameserverReadsUntilVisible: 3 } });
    const clock = fakeClock();
    const results = await applyDomainChanges(client, 'a.example', [{ setting: 'nameservers', before: 'livedns', after: ['ns1.x.net', 'ns2.x.net'] }], { clock, nameserverWaitMs: 60_000, pollIntervalMs: 5_000 });
    expect(results).toEqual([{ change: expect.anything(), ok: true, visible: true, polls: 3 }]);
    expect(calls(emulator)).toEqual([
      'PUT /v5/domain/domains/a.example/nameservers',
      'GET /v5/domain/domains/a.example/nameservers',
      'GET /v5/domain/domains/a.example/nameservers',
      'GET /v5/domain/domains/a.example/nameservers',
    ]);
    expect(clock.sleeps).toEqual([5_000, 5_000]);
  });

  it('returns to LiveDNS with POST .../livedns and polls the delegation', async () => {
    const { emulator, client } = await world({ domainApi: { nameserverReadsUntilVisible: 1 } });
    const results = await applyDomainChanges(client, 'b.example', [{ setting: 'autorenew', before: false, after: true }, { setting: 'nameservers', before: ['ns1.elsewhere.net'], after: 'livedns' }], { clock: fakeClock() });
    expect(results.map((r) => [r.change.setting, r.ok, r.visible])).toEqual([
      ['autorenew', true, undefined],
      ['nameservers', true, true],
    ]);
    expect(calls(emulator)).toEqual(['PATCH /v5/domain/domains/b.example/autorenew', 'POST /v5/domain/domains/b.example/livedns', 'GET /v5/domain/domains/b.example/livedns']);
    expect(emulator.state.registrar!['b.example']).toMatchObject({ current: 'livedns', autorenew: true });
  });

  it('reports a change still invisible when the bounded wait ends', async () => {
    const { client } = await world({ domainApi: { nameserverReadsUntilVisible: 1000 } });
    const clock = fakeClock();
    const [result] = await applyDomainChanges(client, 'a.example', [{ setting: 'nameservers', before: 'livedns', after: ['ns1.x.net', 'ns2.x.net'] }], { clock, nameserverWaitMs: 20_000, pollIntervalMs: 5_000 });
    expect(result).toMatchObject({ ok: true, visible: false, polls: 11 });
    // A tenth of the wait between reads when that is shorter than the interval.
    expect(clock.sleeps.every((ms) => ms === 2_000)).toBe(true);
    expect(result!.message).toBe(
      'a.example: the change to ns1.x.net, ns2.x.net was accepted but is not visible after 20 s (11 reads). The registry may take longer: run `livedns plan` later to check that it landed.',
    );
  });

  it('stops at a refusal and says what was not attempted', async () => {
    const { client } = await world({ tokens: [{ token: 'reader', readOnly: true }] });
    const results = await applyDomainChanges(client, 'a.example', [{ setting: 'autorenew', before: true, after: false }, { setting: 'nameservers', before: 'livedns', after: ['ns1.x.net', 'ns2.x.net'] }], { clock: fakeClock() });
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(results[0]!.message).toMatch(/^a\.example: auto-renewal: on -> off failed: could not disable auto-renewal of a\.example: PATCH \/domain\/domains\/a\.example\/autorenew answered 403/);
    expect(results[1]!.message).toBe('a.example: nameservers: LiveDNS -> ns1.x.net, ns2.x.net not attempted after the failure above');
  });
});
