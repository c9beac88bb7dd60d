import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent } from 'undici';
import { createDomainClient, type HttpDomainClient } from '../../src/gandi/domain.js';
import { GandiApiError } from '../../src/gandi/errors.js';
import { startEmulator, type Emulator, type EmulatorState } from '../../src/emulator/server.js';
import { expiringIn } from '../../src/emulator/domain.js';
import { fakeClock } from '../helpers/gandi.js';

function state(): EmulatorState {
  return {
    domains: { 'example.com': { rrsets: [] }, 'example.org': { rrsets: [] } },
    registrar: {
      'example.org': { current: 'other', nameservers: ['ns1.elsewhere.net', 'ns2.elsewhere.net'], autorenew: false, registry_ends_at: expiringIn(10), status: [] },
      'parked.example': { current: 'classic', nameservers: ['a.dns.gandi.net'], autorenew: true, registry_ends_at: expiringIn(400), status: ['clientTransferProhibited', 'clientHold'] },
    },
  };
}

let emulator: Emulator;
let client: HttpDomainClient;
const cleanup: (() => Promise<void>)[] = [];

async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<{ emulator: Emulator; client: HttpDomainClient }> {
  emulator = await startEmulator({ state: state(), ...options });
  client = createDomainClient({ baseUrl: emulator.url, token: emulator.token, clock: fakeClock(), random: () => 0.5, log: () => {} });
  const started = { emulator, client };
  cleanup.push(() => started.client.close(), () => started.emulator.close());
  return started;
}

afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

const calls = () => emulator.journal.map((e) => `${e.method} ${e.path} ${e.status}`);

describe('Domain API client against the emulator', () => {
  beforeEach(() => start());

  it('lists every domain of the account with its facts in one call per page', async () => {
    const domains = await client.listDomains();
    expect(domains.map((d) => d.fqdn)).toEqual(['example.com', 'example.org', 'parked.example']);
    const org = domains.find((d) => d.fqdn === 'example.org')!;
    expect(org).toMatchObject({ nameserver: 'other', autorenew: false, status: [] });
    expect(Date.parse(org.expiresAt!) - Date.now()).toBeGreaterThan(9 * 86_400_000);
    // A LiveDNS zone without registrar facts is registered and delegated to LiveDNS.
    expect(domains[0]).toMatchObject({ nameserver: 'livedns', autorenew: true });
    expect(domains[2]!.status).toEqual(['clientTransferProhibited', 'clientHold']);
    expect(calls()).toEqual(['GET /v5/domain/domains 200']);
    expect(emulator.journal[0]!.query).toBe('page=1&per_page=100');
  });

  it('reads details: autorenew as an object, nameservers as a list', async () => {
    const details = await client.getDomain('example.org');
    expect(details).toMatchObject({ fqdn: 'example.org', autorenew: false, nameserverHosts: ['ns1.elsewhere.net', 'ns2.elsewhere.net'] });
  });

  it('changes nameservers, returns to LiveDNS, and sets auto-renewal', async () => {
    await client.setNameservers('example.com', ['NS1.Example.NET.', 'ns2.example.net']);
    expect(await client.getNameservers('example.com')).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect((await client.getLiveDnsStatus('example.com')).current).toBe('other');
    await client.enableLiveDns('example.com');
    expect(await client.getLiveDnsStatus('example.com')).toEqual({ current: 'livedns', nameservers: ['ns-101-a.gandi.net', 'ns-102-b.gandi.net', 'ns-103-c.gandi.net'] });
    await client.setAutorenew('example.org', true);
    expect((await client.listDomains()).find((d) => d.fqdn === 'example.org')!.autorenew).toBe(true);
    expect(calls()).toContain('PUT /v5/domain/domains/example.com/nameservers 202');
    expect(calls()).toContain('POST /v5/domain/domains/example.com/livedns 202');
    expect(calls()).toContain('PATCH /v5/domain/domains/example.org/autorenew 200');
  });

  it('answers 404 with a registrar-specific message for an unknown domain', async () => {
    const error = await client.getNameservers('nope.example').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GandiApiError);
    expect((error as GandiApiError).status).toBe(404);
    expect((error as GandiApiError).message).toMatch(/not registered at Gandi under this organization/);
  });

  it('refuses bad bodies with the validation shape', async () => {
    const error = await client.setNameservers('example.com', ['not a host']).catch((e: unknown) => e);
    expect((error as GandiApiError).status).toBe(400);
    expect((error as GandiApiError).errors[0]!.name).toBe('nameservers');
  });
});

describe('nameserver changes take time to show', () => {
  it('stays pending for the configured number of reads', async () => {
    await start({ domainApi: { nameserverReadsUntilVisible: 2 } });
    await client.setNameservers('example.com', ['ns1.example.net', 'ns2.example.net']);
    expect((await client.getLiveDnsStatus('example.com')).current).toBe('livedns');
    expect(await client.getNameservers('example.com')).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(emulator.state.registrar!['example.com']!.pending).toBeUndefined();
  });

  it('stays pending until the delay has passed', async () => {
    await start({ domainApi: { nameserverDelayMs: 60_000 } });
    await client.enableLiveDns('example.org');
    expect((await client.getLiveDnsStatus('example.org')).current).toBe('other');
    expect(emulator.state.registrar!['example.org']!.pending).toMatchObject({ current: 'livedns' });
  });
});

describe('credentials and rights', () => {
  it('a token without domain rights gets 403 with advice on the Domain API permissions, naming its variable', async () => {
    await start({ tokens: [{ token: 'records-only', domainApi: false }] });
    const limited = createDomainClient({ baseUrl: emulator.url, token: 'records-only', credentialName: 'ACME_TOKEN', log: () => {} });
    try {
      const error = (await limited.listDomains().catch((e: unknown) => e)) as GandiApiError;
      expect(error.status).toBe(403);
      expect(error.message).toMatch(/See and renew domain names/);
      expect(error.message).toMatch(/set ACME_TOKEN/);
      expect(error.message).not.toContain('records-only');
    } finally {
      await limited.close();
    }
  });

  it('a token scoped to some domains sees only those', async () => {
    await start({ tokens: [{ token: 'scoped', zones: ['example.org'] }] });
    const scoped = createDomainClient({ baseUrl: emulator.url, token: 'scoped', log: () => {} });
    try {
      expect((await scoped.listDomains()).map((d) => d.fqdn)).toEqual(['example.org']);
      expect(((await scoped.getNameservers('example.com').catch((e: unknown) => e)) as GandiApiError).status).toBe(404);
    } finally {
      await scoped.close();
    }
  });
});

describe('recorded shapes', () => {
  it('reads the documented list item and the details shape through MockAgent', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://api.gandi.net');
    pool
      .intercept({ path: '/v5/domain/domains?page=1&per_page=100', method: 'GET' })
      .reply(
        200,
        [
          {
            fqdn: 'example.com',
            fqdn_unicode: 'example.com',
            tld: 'com',
            id: '7d3c2b1a-0000-4000-8000-000000000001',
            status: ['clientTransferProhibited'],
            nameserver: { current: 'livedns' },
            autorenew: true,
            href: 'https://api.gandi.net/v5/domain/domains/example.com',
            tags: [],
          },
        ],
        { headers: { 'content-type': 'application/json; charset=utf-8', 'total-count': '1' } },
      );
    pool
      .intercept({ path: '/v5/domain/domains/example.com', method: 'GET' })
      .reply(200, { fqdn: 'example.com', autorenew: { enabled: false, duration: 1 }, dates: { registry_ends_at: '2030-05-01T10:00:00Z' }, nameservers: ['NS1.X.NET'], status: [] }, { headers: { 'content-type': 'application/json' } });
    const mocked = createDomainClient({ token: 'pat_abc-123', dispatcher: agent, log: () => {} });
    expect(await mocked.listDomains()).toEqual([{ fqdn: 'example.com', fqdn_unicode: 'example.com', nameserver: 'livedns', autorenew: true, status: ['clientTransferProhibited'] }]);
    expect(await mocked.getDomain('example.com')).toEqual({ fqdn: 'example.com', autorenew: false, expiresAt: '2030-05-01T10:00:00Z', nameserverHosts: ['ns1.x.net'], status: [] });
    await agent.close();
  });
});

describe('pagination of the domain list', () => {
  it('follows pages of 100 (the Domain API is not known to accept more)', async () => {
    const domains = Object.fromEntries(Array.from({ length: 230 }, (_, i) => [`d${String(i).padStart(3, '0')}.example`, { rrsets: [] }]));
    const { emulator: big, client: reader } = await start({ state: { domains } });
    const listed = await reader.listDomains();
    expect(listed).toHaveLength(230);
    expect(new Set(listed.map((d) => d.fqdn)).size).toBe(230);
    expect(big.journal.map((e) => e.query)).toEqual(['page=1&per_page=100', 'page=2&per_page=100', 'page=3&per_page=100']);
  });
});
