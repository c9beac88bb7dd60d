/**
 * Rollback: bring a zone back to a snapshot's content. Gandi has no restore endpoint, and replacing the
 * whole zone would rewrite rrsets that did not change; so a rollback is an ordinary plan from the live
 * zone to the snapshot's content, written like any apply: a fresh snapshot first (a rollback can itself
 * be undone), then the minimal per-rrset writes, then a read-back.
 */
import { UserError } from '../errors.js';
import type { LiveDnsClient, SnapshotSummary } from '../gandi/types.js';
import type { DesiredZone, ZonePlan } from '../model/types.js';
import { fromGandiRrset } from '../model/wire.js';
import { planZone } from '../plan/plan.js';
import { managedRrsets, readLiveZone } from '../live.js';
import { newestOurSnapshot } from './snapshot.js';
import type { WriteZoneOptions, ZoneWriteResult } from './zone.js';
import { writeZonePlan } from './zone.js';

export interface RollbackPlan {
  readonly zone: string;
  readonly snapshot: SnapshotSummary;
  /** From the live zone to the snapshot's content. */
  readonly plan: ZonePlan;
}

/** Which snapshot to restore: an explicit id, or `last`, the newest snapshot this tool made. */
export type SnapshotChoice = { readonly id: string } | { readonly last: true };

/** Finds the snapshot to restore; a UserError when there is none to choose. */
export async function chooseSnapshot(client: LiveDnsClient, zone: string, choice: SnapshotChoice): Promise<SnapshotSummary> {
  const snapshots = await client.listSnapshots(zone);
  if ('id' in choice) {
    const found = snapshots.find((snapshot) => snapshot.id === choice.id);
    if (!found) throw new UserError(`${zone} has no snapshot ${choice.id}; list them with \`livedns snapshots ${zone}\``);
    return found;
  }
  const newest = newestOurSnapshot(snapshots);
  if (!newest) {
    throw new UserError(`${zone} has no snapshot taken by livedns-gitops; list them with \`livedns snapshots ${zone}\` and pass --snapshot ID`);
  }
  return newest;
}

/** Plans the way back to a snapshot: reads it and the live zone, nothing is written. */
export async function planRollback(client: LiveDnsClient, zone: string, snapshotId: string): Promise<RollbackPlan> {
  const snapshot = await client.getSnapshot(zone, snapshotId);
  const desired: DesiredZone = {
    zone,
    file: `snapshot ${snapshotId}`,
    rrsets: managedRrsets(snapshot.zone_data.map((rrset) => fromGandiRrset(zone, rrset))),
    // A rollback restores the snapshot exactly: ignore rules of the zone file do not apply.
    ignore: [],
  };
  const { zone_data: _content, ...summary } = snapshot;
  return { zone, snapshot: summary, plan: planZone(desired, await readLiveZone(client, zone)) };
}

/** Writes a rollback plan (fresh snapshot, minimal writes, read-back). */
export function executeRollback(client: LiveDnsClient, rollback: RollbackPlan, options: WriteZoneOptions): Promise<ZoneWriteResult> {
  return writeZonePlan(client, rollback.plan, options);
}

/** `livedns rollback ZONE --snapshot ID`, the command a person runs to undo a failed apply. */
export function rollbackCommand(zone: string, snapshotId: string, account?: string): string {
  return `livedns rollback ${zone} --snapshot ${snapshotId}${account === undefined ? '' : ` --account ${account}`}`;
}
