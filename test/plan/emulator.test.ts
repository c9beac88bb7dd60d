import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { clientOptionsFromEnv, createLiveDnsClient, type HttpLiveDnsClient } from '../../src/gandi/client.js';
import { fromGandiRrset, toGandiValues } from '../../src/model/wire.js';
import { planZone } from '../../src/plan/plan.js';
import { readZones } from '../../src/zonefile/read.js';

/**
 * The no-perpetual-diff promise against the emulator, which stores values the way Gandi does (TXT
 * re-quoted and re-split, names kept as sent): write every desired rrset as apply would, read the zone
 * back, plan again: nothing may be left to do.
 */
const files = ['zones', 'test/fixtures/zones/valid'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f)));

let emulator: Emulator;
let client: HttpLiveDnsClient;
beforeAll(async () => {
  const zones = files.map((f) => path.basename(f).replace(/\.yaml$/, ''));
  emulator = await startEmulator({ port: 0, state: { domains: Object.fromEntries(zones.map((z) => [z, { rrsets: [] }])) } });
  // The emulator needs no pacing; Gandi's 500/min ceiling would make this test wait for nothing.
  client = createLiveDnsClient(clientOptionsFromEnv({ ...emulator.env, GANDI_RATE_LIMIT: '100000' }));
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

describe('written through LiveDNS and read back, desired zones plan no changes', () => {
  it.each(files)('%s', async (file) => {
    // readZones, not parseZoneFile: a zone file may use the templates in _templates/ beside it.
    const desired = (await readZones([file])).zones[0];
    if (!desired) throw new Error(`${file} does not parse`);
    const first = planZone(desired, (await client.listRecords(desired.zone)).map((w) => fromGandiRrset(desired.zone, w)));
    expect(first.counts.create).toBe(desired.rrsets.length);
    for (const change of first.changes) {
      if (change.action === 'delete') await client.deleteRrset(desired.zone, change.before.wireName ?? change.name, change.type);
      else await client.putRrset(desired.zone, change.name, change.type, change.after.ttl, toGandiValues(change.after));
    }
    const again = planZone(desired, (await client.listRecords(desired.zone)).map((w) => fromGandiRrset(desired.zone, w)));
    expect(again.changes).toEqual([]);
  });
});
