/**
 * `livedns import`: a live zone as a canonical zone file. The file is made by the same emitter as every
 * zone file and from the same canonical rrsets the planner compares, so an imported file validates and
 * plans zero changes against the zone it came from.
 */
import type { LiveDnsClient } from './gandi/types.js';
import type { RecordSet, RrsetKey } from './model/types.js';
import { rrsetKey } from './model/types.js';
import { gandiDefaultPurpose } from './model/gandi-defaults.js';
import { emitZoneFile } from './zonefile/emit.js';
import { readLiveZones } from './reconcile.js';

export interface ImportedZone {
  readonly zone: string;
  readonly text: string;
  readonly rrsets: number;
  /** Gandi's default records found (and marked with a comment). */
  readonly defaults: number;
}

/** The TTL most rrsets use, so that the file states it once. */
function commonTtl(rrsets: readonly RecordSet[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { ttl } of rrsets) counts.set(ttl, (counts.get(ttl) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0];
}

/**
 * Renders a live rrset list as a zone file (pure). `account`: the account of livedns.config.yaml the zone
 * was read with, written into the file so that plans and applies of it use the same token.
 */
export function zoneFileFromLive(zone: string, rrsets: readonly RecordSet[], account?: string): ImportedZone {
  const comments = new Map<RrsetKey, string>();
  for (const rrset of rrsets) {
    const purpose = gandiDefaultPurpose(rrset);
    if (purpose) comments.set(rrsetKey(rrset), `Gandi default record (${purpose}): remove it from this file to delete it from LiveDNS`);
  }
  const defaultTtl = commonTtl(rrsets);
  const text = emitZoneFile(zone, rrsets, { comments, ...(defaultTtl === undefined ? {} : { defaultTtl }), ...(account === undefined ? {} : { account }) });
  return { zone, text, rrsets: rrsets.length, defaults: comments.size };
}

/** Reads live zones (concurrently, each once) and renders each as a zone file. */
export async function importZones(
  client: LiveDnsClient,
  zones: readonly string[],
  onProgress?: (done: number, total: number, zone: string) => void,
  account?: string,
): Promise<ImportedZone[]> {
  const live = await readLiveZones(client, zones.map((zone) => ({ zone })), onProgress);
  return zones.map((zone, i) => zoneFileFromLive(zone, live[i]!, account));
}
