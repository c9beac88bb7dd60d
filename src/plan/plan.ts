/**
 * The planner: desired rrsets against live rrsets, one Change per rrset that differs.
 *
 * Per rrset, because that is LiveDNS's unit of writing (PUT/DELETE on name and type replaces all the
 * values of one name and type at once; dnscontrol's ByRecordSet). Both sides are canonical RecordSets
 * (src/model), so "equal" means equal as DNS data and an rrset that only looks different (quoting,
 * case, trailing dots, IPv6 spelling, value order) never shows up.
 *
 * Hands off: apex NS and SOA, and live rrsets an `ignore` rule covers, are outside the plan altogether;
 * they are neither compared nor deleted, only counted.
 *
 * Order: deletes first (they free names, e.g. an A that a new CNAME replaces), then creates, then
 * updates; by name then type within each group, so the same inputs always give the same plan.
 */
import { compileIgnore } from '../model/ignore.js';
import { compareRrsets, sameValues } from '../model/rrset.js';
import { rrsetKey, type Change, type DesiredZone, type RecordSet, type RrsetKey, type ZonePlan } from '../model/types.js';
import { isUnmanagedLive } from '../model/wire.js';

const CLAIMED = Symbol('claimed by a desired rrset');

/** The plan that turns `live` (canonical, e.g. from fromGandiRrset) into `desired`. Pure. */
export function planZone(desired: DesiredZone, live: readonly RecordSet[]): ZonePlan {
  const ignore = compileIgnore(desired.ignore);
  const liveByKey = new Map<RrsetKey, RecordSet | typeof CLAIMED>();
  const deletes: Change[] = [];
  let existingCount = 0;
  let ignoredCount = 0;
  for (const rrset of live) {
    if (isUnmanagedLive(rrset)) continue;
    if (ignore.match(rrset)) {
      ignoredCount += 1;
      continue;
    }
    existingCount += 1;
    const key = rrsetKey(rrset);
    if (liveByKey.has(key)) {
      // Gandi's names are case-sensitive: `WWW` and `www` can both exist, and are one DNS name. Keep the
      // first for comparison and delete the other, by its own wire spelling.
      deletes.push({ action: 'delete', name: rrset.name, type: rrset.type, before: rrset, after: null });
      continue;
    }
    liveByKey.set(key, rrset);
  }

  const creates: Change[] = [];
  const updates: Change[] = [];
  // A live rrset that desired has claimed is marked in place (no second collection of 100,000 keys):
  // what is left unclaimed at the end is deleted, and a claimed key seen again is a duplicate to skip.
  const created = new Set<RrsetKey>();
  for (const rrset of desired.rrsets) {
    // Validation refuses these; skipping them here keeps the planner's promise on its own.
    if (isUnmanagedLive(rrset) || ignore.match(rrset)) continue;
    const key = rrsetKey(rrset);
    const before = liveByKey.get(key);
    if (before === CLAIMED || created.has(key)) continue;
    if (!before) {
      created.add(key);
      creates.push({ action: 'create', name: rrset.name, type: rrset.type, before: null, after: rrset });
      continue;
    }
    liveByKey.set(key, CLAIMED);
    const valuesEqual = sameValues(before.values, rrset.values);
    if (valuesEqual && before.ttl === rrset.ttl) continue;
    updates.push({ action: 'update', name: rrset.name, type: rrset.type, before, after: rrset, ttlOnly: valuesEqual });
  }
  for (const rrset of liveByKey.values()) {
    if (rrset !== CLAIMED) deletes.push({ action: 'delete', name: rrset.name, type: rrset.type, before: rrset, after: null });
  }

  const byRrset = (a: Change, b: Change) => compareRrsets(a, b);
  deletes.sort(byRrset);
  creates.sort(byRrset);
  updates.sort(byRrset);
  return {
    zone: desired.zone,
    changes: [...deletes, ...creates, ...updates],
    counts: { create: creates.length, update: updates.length, delete: deletes.length },
    existingCount,
    ignoredCount,
  };
}
