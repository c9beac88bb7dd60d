import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GandiApiError } from '../../src/gandi/errors.js';
import type { HttpLiveDnsClient } from '../../src/gandi/client.js';
import { startEmulator, type Emulator, type EmulatorState } from '../../src/emulator/server.js';
import { clientFor } from '../helpers/gandi.js';

const zone = 'example.com';

function sampleState(): EmulatorState {
  return {
    domains: {
      [zone]: {
        rrsets: [
          { rrset_name: '@', rrset_type: 'SOA', rrset_ttl: 10800, rrset_values: ['ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800'] },
          { rrset_name: '@', rrset_type: 'NS', rrset_ttl: 10800, rrset_values: ['ns-1-a.gandi.net.'] },
          { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.10', '192.0.2.11'] },
          { rrset_name: '@', rrset_type: 'MX', rrset_ttl: 10800, rrset_values: ['10 mx1.example.net.'] },
          { rrset_name: 'www', rrset_type: 'CNAME', rrset_ttl: 3600, rrset_values: ['web.example.net.'] },
          { rrset_name: 'demoV3', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['198.51.100.3'] },
          { rrset_name: 'docs', rrset_type: 'CNAME', rrset_ttl: 300, rrset_values: ['docs.example.com'] },
        ],
      },
      'example.org': { rrsets: [] },
      'example.net': { rrsets: [] },
    },
  };
}

let emulator: Emulator;
let client: HttpLiveDnsClient;
let logs: string[];

beforeEach(async () => {
  emulator = await startEmulator({ state: sampleState() });
  ({ client, logs } = clientFor(emulator));
});

afterEach(async () => {
  await client.close();
  await emulator.close();
});

const gets = (path: string) => emulator.journal.filter((e) => e.method === 'GET' && e.path === path);

describe('listDomains / getDomain', () => {
  it('lists every LiveDNS domain, following pages', async () => {
    const paged = clientFor(emulator, { perPage: 2 }).client;
    try {
      const domains = await paged.listDomains();
      expect(domains.map((d) => d.fqdn)).toEqual(['example.com', 'example.net', 'example.org']);
      expect(domains[0]!.domain_records_href).toBe(`${emulator.url}/livedns/domains/example.com/records`);
      expect(gets('/v5/livedns/domains')).toHaveLength(2);
    } finally {
      await paged.close();
    }
  });

  it('reads one domain', async () => {
    const domain = await client.getDomain(zone);
    expect(domain).toMatchObject({ fqdn: zone, automatic_snapshots: false, domain_keys_href: `${emulator.url}/livedns/domains/${zone}/keys` });
  });

  it('explains a 404 on a zone: not on LiveDNS or not visible to the token', async () => {
    const error = await client.getDomain('missing.example').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GandiApiError);
    const apiError = error as GandiApiError;
    expect(apiError).toMatchObject({ status: 404, object: 'HTTPNotFound', method: 'GET', path: '/livedns/domains/missing.example', attempts: 1 });
    expect(apiError.isZoneNotFound).toBe(true);
    expect(apiError.message).toMatch(/not on LiveDNS or not visible to this token/);
    expect(apiError.message).toMatch(/GANDI_SHARING_ID/);
  });
});

describe('listRecords', () => {
  it('reads a zone that fits one page with a single GET, with an explicit per_page', async () => {
    const rrsets = await client.listRecords(zone);
    const calls = gets(`/v5/livedns/domains/${zone}/records`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toBe('page=1&per_page=500');
    // Apex NS and SOA are not listed; values are stored as sent (the relative target stays relative).
    expect(rrsets.map((r) => `${r.rrset_name}/${r.rrset_type}`)).toEqual(['@/A', '@/MX', 'demoV3/A', 'docs/CNAME', 'www/CNAME']);
    expect(rrsets.find((r) => r.rrset_name === 'docs')!.rrset_values).toEqual(['docs.example.com']);
    expect(rrsets[0]!.rrset_href).toBe(`${emulator.url}/livedns/domains/${zone}/records/%40/A`);
  });

  it('follows every page until Total-Count is reached', async () => {
    const paged = clientFor(emulator, { perPage: 2 }).client;
    try {
      const rrsets = await paged.listRecords(zone);
      expect(rrsets).toHaveLength(5);
      expect(gets(`/v5/livedns/domains/${zone}/records`).map((e) => e.query)).toEqual([
        'page=1&per_page=2',
        'page=2&per_page=2',
        'page=3&per_page=2',
      ]);
    } finally {
      await paged.close();
    }
  });

  it('adapts when the server silently caps per_page', async () => {
    await emulator.close();
    emulator = await startEmulator({ state: sampleState(), maxPerPage: 2 });
    const capped = clientFor(emulator).client;
    try {
      const rrsets = await capped.listRecords(zone);
      expect(rrsets.map((r) => `${r.rrset_name}/${r.rrset_type}`)).toEqual(['@/A', '@/MX', 'demoV3/A', 'docs/CNAME', 'www/CNAME']);
      expect(gets(`/v5/livedns/domains/${zone}/records`).map((e) => e.query)).toEqual([
        'page=1&per_page=500',
        'page=2&per_page=2',
        'page=3&per_page=2',
      ]);
    } finally {
      await capped.close();
    }
  });

  it('sends sharing_id on every request when one is set', async () => {
    const shared = clientFor(emulator, { sharingId: 'org-123' }).client;
    try {
      await shared.listRecords(zone);
      expect(emulator.journal.at(-1)!.query).toBe('page=1&per_page=500&sharing_id=org-123');
    } finally {
      await shared.close();
    }
  });
});

describe('putRrset / deleteRrset / replaceZone', () => {
  it('creates and overwrites an rrset by name and type, always with its TTL', async () => {
    await client.putRrset(zone, 'api', 'A', 600, ['203.0.113.5']);
    await client.putRrset(zone, 'api', 'A', 900, ['203.0.113.6', '203.0.113.7']);
    const stored = emulator.state.domains[zone]!.rrsets.filter((r) => r.rrset_name === 'api');
    expect(stored).toEqual([{ rrset_name: 'api', rrset_type: 'A', rrset_ttl: 900, rrset_values: ['203.0.113.6', '203.0.113.7'] }]);
    expect(emulator.journal.filter((e) => e.method === 'PUT').map((e) => [e.path, e.status])).toEqual([
      [`/v5/livedns/domains/${zone}/records/api/A`, 201],
      [`/v5/livedns/domains/${zone}/records/api/A`, 201],
    ]);
  });

  it('percent-encodes the apex and wildcard names in the path', async () => {
    await client.putRrset(zone, '@', 'TXT', 300, ['"v=spf1 -all"']);
    await client.putRrset(zone, '*.apps', 'A', 300, ['198.51.100.7']);
    const puts = emulator.journal.filter((e) => e.method === 'PUT').map((e) => e.path);
    expect(puts).toEqual([`/v5/livedns/domains/${zone}/records/%40/TXT`, `/v5/livedns/domains/${zone}/records/*.apps/A`]);
    const listed = await client.listRecords(zone);
    expect(listed.find((r) => r.rrset_name === '*.apps')!.rrset_href).toBe(`${emulator.url}/livedns/domains/${zone}/records/%2A.apps/A`);
  });

  it('writes long TXT values that come back quoted and split at 255 bytes', async () => {
    const long = 'k'.repeat(300);
    await client.putRrset(zone, 'dkim', 'TXT', 300, [long]);
    const rrset = (await client.listRecords(zone)).find((r) => r.rrset_name === 'dkim')!;
    expect(rrset.rrset_values).toEqual([`"${'k'.repeat(255)}" "${'k'.repeat(45)}"`]);
  });

  it('uses the exact wire spelling: a name in another case is refused by the emulator like Gandi (500)', async () => {
    const strict = clientFor(emulator, { maxAttempts: 2 }).client;
    try {
      const error = (await strict.putRrset(zone, 'demov3', 'A', 300, ['198.51.100.4']).catch((e: unknown) => e)) as GandiApiError;
      expect(error).toBeInstanceOf(GandiApiError);
      expect(error).toMatchObject({ status: 500, attempts: 2, method: 'PUT', path: `/livedns/domains/${zone}/records/demov3/A` });
      expect(error.message).toMatch(/answered 500/);
      await strict.putRrset(zone, 'demoV3', 'A', 300, ['198.51.100.4']);
      expect(emulator.state.domains[zone]!.rrsets.find((r) => r.rrset_name === 'demoV3')!.rrset_values).toEqual(['198.51.100.4']);
    } finally {
      await strict.close();
    }
  });

  it('deletes an rrset, and counts an rrset already gone as deleted', async () => {
    await client.deleteRrset(zone, 'www', 'CNAME');
    await client.deleteRrset(zone, 'www', 'CNAME');
    expect(emulator.state.domains[zone]!.rrsets.some((r) => r.rrset_name === 'www')).toBe(false);
    expect(emulator.journal.filter((e) => e.method === 'DELETE').map((e) => e.status)).toEqual([204, 404]);
  });

  it('still fails a delete on a zone that is not there', async () => {
    await expect(client.deleteRrset('missing.example', 'www', 'A')).rejects.toMatchObject({ status: 404, object: 'HTTPNotFound' });
  });

  it('replaces the whole zone with items (hidden apex NS and SOA survive)', async () => {
    await client.replaceZone(zone, [
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.99'] },
      { rrset_name: 'new', rrset_type: 'TXT', rrset_ttl: 300, rrset_values: ['hello'], rrset_href: 'ignored' },
    ]);
    expect(await client.listRecords(zone)).toEqual([
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.99'], rrset_href: `${emulator.url}/livedns/domains/${zone}/records/%40/A` },
      { rrset_name: 'new', rrset_type: 'TXT', rrset_ttl: 300, rrset_values: ['"hello"'], rrset_href: `${emulator.url}/livedns/domains/${zone}/records/new/TXT` },
    ]);
    expect(emulator.state.domains[zone]!.rrsets.filter((r) => r.rrset_type === 'SOA' || r.rrset_type === 'NS')).toHaveLength(2);
  });

  it('lists Gandi\'s field errors on a 400', async () => {
    const error = (await client.putRrset(zone, 'low', 'A', 60, ['192.0.2.1']).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 400, attempts: 1 });
    expect(error.errors).toEqual([{ location: 'body', name: 'rrset_ttl', description: '60 is not an integer between 300 and 2592000' }]);
    expect(error.message).toContain('Gandi rejected these fields:\n  - body rrset_ttl: 60 is not an integer between 300 and 2592000');
  });
});

describe('snapshots', () => {
  it('creates, lists, reads (with zone_data) and deletes a snapshot', async () => {
    const { id } = await client.createSnapshot(zone, 'livedns-gitops run 42');
    await client.putRrset(zone, 'after', 'A', 300, ['192.0.2.50']);

    const listed = await client.listSnapshots(zone);
    expect(listed).toEqual([
      expect.objectContaining({ id, name: 'livedns-gitops run 42', automatic: false, href: `${emulator.url}/livedns/domains/${zone}/snapshots/${id}` }),
    ]);
    expect(listed[0]!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const snapshot = await client.getSnapshot(zone, id);
    expect(snapshot.zone_data.map((r) => `${r.rrset_name}/${r.rrset_type}`)).toEqual(['@/A', '@/MX', 'demoV3/A', 'docs/CNAME', 'www/CNAME']);

    // Restoring is a whole-zone PUT of zone_data.
    await client.replaceZone(zone, snapshot.zone_data);
    expect((await client.listRecords(zone)).some((r) => r.rrset_name === 'after')).toBe(false);

    await client.deleteSnapshot(zone, id);
    expect(await client.listSnapshots(zone)).toEqual([]);
    const missing = (await client.getSnapshot(zone, id).catch((e: unknown) => e)) as GandiApiError;
    expect(missing).toMatchObject({ status: 404, object: 'snapshot' });
    expect(missing.message).not.toMatch(/not on LiveDNS/);
  });

  it('lists snapshots across pages', async () => {
    const paged = clientFor(emulator, { perPage: 2 }).client;
    try {
      for (const n of [1, 2, 3]) await paged.createSnapshot(zone, `s${n}`);
      expect((await paged.listSnapshots(zone)).map((s) => s.name)).toEqual(['s1', 's2', 's3']);
    } finally {
      await paged.close();
    }
  });
});

describe('credentials and visibility', () => {
  it('authenticates with a deprecated API key and warns once on the log', async () => {
    await emulator.close();
    emulator = await startEmulator({ state: sampleState(), tokens: [{ token: 'legacy-key-24-characters', scheme: 'Apikey' }] });
    const keyed = clientFor(emulator, { token: 'legacy-key-24-characters', authScheme: 'Apikey' });
    try {
      expect(keyed.logs).toEqual([expect.stringMatching(/^warning: GANDI_API_KEY is deprecated/)]);
      expect(await keyed.client.listRecords(zone)).toHaveLength(5);
    } finally {
      await keyed.client.close();
    }
  });

  it('a token scoped to some zones sees only those; others answer 404 with advice', async () => {
    await emulator.close();
    emulator = await startEmulator({ state: sampleState(), tokens: [{ token: 'scoped-token-abcdefgh', zones: ['example.org'] }] });
    const scoped = clientFor(emulator, { token: 'scoped-token-abcdefgh' }).client;
    try {
      expect((await scoped.listDomains()).map((d) => d.fqdn)).toEqual(['example.org']);
      const error = (await scoped.listRecords(zone).catch((e: unknown) => e)) as GandiApiError;
      expect(error).toMatchObject({ status: 404, object: 'HTTPNotFound', zone });
      expect(error.message).toContain(`could not list the rrsets of zone ${zone}`);
      expect(error.message).toContain(`Zone ${zone} is not on LiveDNS or not visible to this token`);
    } finally {
      await scoped.close();
    }
  });

  it('a token without the technical permission gets 403 on writes, with what to do', async () => {
    await emulator.close();
    emulator = await startEmulator({ state: sampleState(), tokens: [{ token: 'viewer-token-abcdefgh', readOnly: true }] });
    const viewer = clientFor(emulator, { token: 'viewer-token-abcdefgh' }).client;
    try {
      expect(await viewer.listRecords(zone)).toHaveLength(5);
      const error = (await viewer.putRrset(zone, 'x', 'A', 300, ['192.0.2.1']).catch((e: unknown) => e)) as GandiApiError;
      expect(error).toMatchObject({ status: 403, object: 'HTTPForbidden', attempts: 1 });
      expect(error.message).toContain('"Manage domain name technical configurations" for example.com');
      expect(error.message).toContain('create a new Personal Access Token');
    } finally {
      await viewer.close();
    }
  });

  it('an unknown or expired token gets 401 with what to do', async () => {
    const stranger = clientFor(emulator, { token: 'not-a-known-token' }).client;
    try {
      const error = (await stranger.listDomains().catch((e: unknown) => e)) as GandiApiError;
      expect(error).toMatchObject({ status: 401, object: 'HTTPUnauthorized', cause: 'Unauthorized' });
      expect(error.message).toMatch(/The token is expired, revoked, or lacks/);
    } finally {
      await stranger.close();
    }
  });

  it('logs method, path, status and milliseconds when debugging, never headers', async () => {
    const debug = clientFor(emulator, { debug: true });
    try {
      await debug.client.listRecords(zone);
      expect(debug.logs).toEqual([expect.stringMatching(/^livedns: GET \/livedns\/domains\/example\.com\/records\?page=1&per_page=500 200 \d+ms$/)]);
      expect(logs).toEqual([]);
    } finally {
      await debug.client.close();
    }
  });
});
