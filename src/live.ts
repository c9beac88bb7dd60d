/**
 * Reading a live zone into the canonical model: the one place that turns LiveDNS's answer into the
 * RecordSets the planner, the apply read-back, rollback and import all compare against.
 */
import type { LiveDnsClient } from './gandi/types.js';
import type { RecordSet } from './model/types.js';
import { fromGandiRrset, isUnmanagedLive } from './model/wire.js';

/** The zone's rrsets as the reconciler manages them: canonical, apex NS/SOA left out (Gandi owns those). */
export async function readLiveZone(client: LiveDnsClient, zone: string): Promise<RecordSet[]> {
  const wire = await client.listRecords(zone);
  return managedRrsets(wire.map((rrset) => fromGandiRrset(zone, rrset)));
}

export function managedRrsets(rrsets: readonly RecordSet[]): RecordSet[] {
  return rrsets.filter((rrset) => !isUnmanagedLive(rrset));
}
