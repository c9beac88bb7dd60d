// How the request core orders requests when more are waiting than may be in flight: what `plan` relies
// on to keep its API phase close to calls x latency / concurrency.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import type { HttpLiveDnsClient } from '../../src/gandi/client.js';
import { clientFor } from '../helpers/gandi.js';

const zones = ['a.example', 'b.example', 'c.example', 'd.example'];

let emulator: Emulator;
let client: HttpLiveDnsClient;

beforeEach(async () => {
  emulator = await startEmulator({
    state: { domains: Object.fromEntries(zones.map((zone) => [zone, { rrsets: [{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.1'] }] }])) },
    // A round trip far longer than a turn of the event loop, so that the order below is the client's.
    faults: { latencyMs: 20 },
  });
  ({ client } = clientFor(emulator, { maxInFlight: 1, perPage: 2 }));
});

afterEach(async () => {
  await client.close();
  await emulator.close();
});

describe('request scheduling with every slot taken', () => {
  it("sends a listing's next page before requests that were waiting for a slot", async () => {
    // The domain list takes two pages of 2; four reads queue behind its first page.
    const listing = client.listDomains();
    const reads = zones.map((zone) => client.getDomain(zone));
    await Promise.all([listing, ...reads]);
    const order = emulator.journal.map((entry) => (entry.path === '/v5/livedns/domains' ? `list ${entry.query}` : entry.path.split('/').pop()));
    // The slot page 1 frees goes to the first waiting read (page 2 is asked for once page 1 is read);
    // page 2 then takes the next slot, ahead of the three reads still waiting.
    expect(order).toEqual(['list page=1&per_page=2', 'a.example', 'list page=2&per_page=2', 'b.example', 'c.example', 'd.example']);
  });

  it('puts the next request on the wire before handing back the answer that freed its slot', async () => {
    const events: string[] = [];
    const onSend = (message: unknown) => events.push(`send ${(message as { request: { path: string } }).request.path}`);
    subscribe('undici:client:sendHeaders', onSend);
    try {
      await Promise.all(
        zones.slice(0, 2).map(async (zone) => {
          await client.listRecords(zone);
          events.push(`answer ${zone}`);
        }),
      );
    } finally {
      unsubscribe('undici:client:sendHeaders', onSend);
    }
    const at = (text: string) => events.findIndex((event) => event.startsWith(text));
    expect(at('send /v5/livedns/domains/b.example/records')).toBeGreaterThanOrEqual(0);
    expect(at('send /v5/livedns/domains/b.example/records')).toBeLessThan(at('answer a.example'));
  });
});
