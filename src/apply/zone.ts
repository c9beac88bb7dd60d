/**
 * Writing one zone's plan to LiveDNS: the only code that changes a zone.
 *
 * The sequence is fixed and visible in the API journal: one snapshot (so that anything written can be
 * undone), then one write per changed rrset in the plan's order (PUT by name and type, an upsert that
 * always carries the TTL; DELETE), then one read of the zone to confirm it now holds what was planned.
 * The first failed write stops the zone: what was and was not written is reported, never guessed at.
 */
import type { LiveDnsClient } from '../gandi/types.js';
import type { Change, RecordSet, ZonePlan } from '../model/types.js';
import { assertNever, rrsetKey } from '../model/types.js';
import { toGandiValues } from '../model/wire.js';
import { GandiApiError } from '../gandi/errors.js';
import { readLiveZone } from '../live.js';

export type ApplyEvent =
  | { readonly kind: 'snapshot'; readonly zone: string; readonly id: string; readonly name: string }
  | { readonly kind: 'written'; readonly zone: string; readonly change: Change; readonly index: number; readonly total: number }
  | { readonly kind: 'verified'; readonly zone: string; readonly mismatches: readonly string[] };

export interface WriteZoneOptions {
  /** The name for the snapshot taken before the first write. */
  readonly snapshotName: string;
  readonly onEvent?: (event: ApplyEvent) => void;
}

export type ZoneOutcome =
  /** The plan had no changes: nothing was requested. */
  | 'unchanged'
  /** Every write done and the read-back matched. */
  | 'applied'
  /** A write (or the snapshot) failed; the zone was stopped there. */
  | 'failed'
  /** Every write was accepted but the zone read back differs from the plan. */
  | 'mismatch'
  /** Not attempted because an earlier zone failed. */
  | 'not-started';

export interface ZoneFailure {
  /** The write that failed; absent when the snapshot itself failed (then nothing was written). */
  readonly change?: Change;
  /**
   * Whether the failed write may have been done all the same: the answer was lost (a timeout, a dropped
   * connection) or was a 5xx. False when LiveDNS refused it (4xx, 429): then it certainly was not.
   */
  readonly mayHaveTakenEffect: boolean;
  readonly message: string;
  readonly error: unknown;
}

export interface ZoneWriteResult {
  readonly zone: string;
  readonly outcome: ZoneOutcome;
  readonly snapshot?: { readonly id: string; readonly name: string };
  /** Writes LiveDNS accepted, in order. */
  readonly written: readonly Change[];
  /** Writes not done, in order; the first is the failed one when `failure.change` is set. */
  readonly notWritten: readonly Change[];
  readonly failure?: ZoneFailure;
  /** Read-back differences, one line each. */
  readonly mismatches: readonly string[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The name to write under: an existing rrset's exact wire spelling (Gandi is case-sensitive there). */
function wireName(change: Change): string {
  return change.before?.wireName ?? change.name;
}

async function write(client: LiveDnsClient, zone: string, change: Change): Promise<void> {
  switch (change.action) {
    case 'create':
    case 'update':
      await client.putRrset(zone, wireName(change), change.type, change.after.ttl, toGandiValues(change.after));
      return;
    case 'delete':
      await client.deleteRrset(zone, wireName(change), change.type);
      return;
    default:
      assertNever(change, 'change');
  }
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** How the live zone differs from what the changes should have left, one line per rrset. */
export function verifyChanges(changes: readonly Change[], live: readonly RecordSet[]): string[] {
  const byKey = new Map(live.map((rrset) => [rrsetKey(rrset), rrset]));
  const problems: string[] = [];
  for (const change of changes) {
    const key = rrsetKey(change);
    const found = byKey.get(key);
    if (change.after === null) {
      if (found) problems.push(`${key} is still on LiveDNS after its delete`);
    } else if (!found) {
      problems.push(`${key} is missing on LiveDNS after its write`);
    } else if (found.ttl !== change.after.ttl || !sameValues(found.values, change.after.values)) {
      problems.push(
        `${key} reads back as ttl ${found.ttl} ${JSON.stringify(found.values)}, expected ttl ${change.after.ttl} ${JSON.stringify(change.after.values)}`,
      );
    }
  }
  return problems;
}

/**
 * Applies one zone's plan: snapshot, writes in plan order, one read-back. Never throws for an API
 * failure: it is part of the result. A plan without changes makes no request at all.
 */
export async function writeZonePlan(client: LiveDnsClient, plan: ZonePlan, options: WriteZoneOptions): Promise<ZoneWriteResult> {
  const { zone, changes } = plan;
  if (changes.length === 0) return { zone, outcome: 'unchanged', written: [], notWritten: [], mismatches: [] };

  let snapshot: { id: string; name: string };
  try {
    const { id } = await client.createSnapshot(zone, options.snapshotName);
    snapshot = { id, name: options.snapshotName };
  } catch (error) {
    const message = `could not take the snapshot before writing, so nothing was written: ${messageOf(error)}`;
    return { zone, outcome: 'failed', written: [], notWritten: changes, failure: { message, error, mayHaveTakenEffect: false }, mismatches: [] };
  }
  options.onEvent?.({ kind: 'snapshot', zone, ...snapshot });

  const written: Change[] = [];
  for (const [index, change] of changes.entries()) {
    try {
      await write(client, zone, change);
    } catch (error) {
      return {
        zone,
        outcome: 'failed',
        snapshot,
        written,
        notWritten: changes.slice(index),
        failure: { change, message: messageOf(error), error, mayHaveTakenEffect: !(error instanceof GandiApiError) || error.mayHaveTakenEffect },
        mismatches: [],
      };
    }
    written.push(change);
    options.onEvent?.({ kind: 'written', zone, change, index, total: changes.length });
  }

  let mismatches: string[];
  try {
    mismatches = verifyChanges(changes, await readLiveZone(client, zone));
  } catch (error) {
    mismatches = [`could not read the zone back to confirm the writes: ${messageOf(error)}`];
  }
  options.onEvent?.({ kind: 'verified', zone, mismatches });
  return { zone, outcome: mismatches.length === 0 ? 'applied' : 'mismatch', snapshot, written, notWritten: [], mismatches };
}
