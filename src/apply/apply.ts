/**
 * Applying several zones' plans, one zone after another. Zones are written sequentially on purpose: a
 * failure stops the run before the next zone is touched, so a failed apply leaves at most one zone
 * half-written, and that zone's report says exactly which rrsets were written and how to undo them.
 */
import type { LiveDnsClient } from '../gandi/types.js';
import type { ZonePlan } from '../model/types.js';
import type { DomainChangeResult } from './domain.js';
import { executeRollback, planRollback, rollbackCommand } from './rollback.js';
import type { ApplyEvent, ZoneWriteResult } from './zone.js';
import { writeZonePlan } from './zone.js';

export interface ApplyPlansOptions {
  readonly snapshotName: string;
  /** Restore the snapshot at once when a zone fails. */
  readonly rollbackOnFailure?: boolean;
  /** The livedns.config.yaml account of a zone, so that printed rollback commands reach it with the right token. */
  readonly accountOf?: (zone: string) => string | undefined;
  readonly onEvent?: (event: ApplyEvent | { readonly kind: 'rollback'; readonly zone: string; readonly snapshotId: string }) => void;
}

export interface ZoneApplyResult extends ZoneWriteResult {
  /** For a failed zone that has a snapshot and was not restored: the command that restores it. */
  readonly rollbackCommand?: string;
  /** With rollbackOnFailure: how the automatic restore went. */
  readonly rollback?: { readonly result?: ZoneWriteResult; readonly error?: string };
}

export interface ApplyReport {
  readonly zones: readonly ZoneApplyResult[];
  /** Registrar changes per zone (nameservers, auto-renewal), made after the zone's records. */
  readonly domain?: readonly { readonly zone: string; readonly results: readonly DomainChangeResult[] }[];
  /** True when every zone is `applied` or `unchanged` and every registrar change was accepted. */
  readonly ok: boolean;
}

function isFailure(result: ZoneWriteResult): boolean {
  return result.outcome === 'failed' || result.outcome === 'mismatch';
}

async function restore(client: LiveDnsClient, zone: string, snapshotId: string, options: ApplyPlansOptions): Promise<ZoneApplyResult['rollback']> {
  options.onEvent?.({ kind: 'rollback', zone, snapshotId });
  try {
    const plan = await planRollback(client, zone, snapshotId);
    const result = await executeRollback(client, plan, { snapshotName: options.snapshotName, onEvent: options.onEvent });
    return { result };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Applies the plans in order; after a failed zone the remaining ones are reported `not-started`. `client`
 * may depend on the zone (zones of several organisations).
 */
export async function applyPlans(clients: LiveDnsClient | ((zone: string) => LiveDnsClient), plans: readonly ZonePlan[], options: ApplyPlansOptions): Promise<ApplyReport> {
  const clientOf = typeof clients === 'function' ? clients : () => clients;
  const zones: ZoneApplyResult[] = [];
  let stopped = false;
  for (const plan of plans) {
    if (stopped) {
      zones.push({ zone: plan.zone, outcome: plan.changes.length === 0 ? 'unchanged' : 'not-started', written: [], notWritten: plan.changes, mismatches: [] });
      continue;
    }
    const client = clientOf(plan.zone);
    const result = await writeZonePlan(client, plan, options);
    if (!isFailure(result)) {
      zones.push(result);
      continue;
    }
    stopped = true;
    if (!result.snapshot) {
      zones.push(result);
      continue;
    }
    const rollback = options.rollbackOnFailure ? await restore(client, plan.zone, result.snapshot.id, options) : undefined;
    const restored = rollback?.result !== undefined && !isFailure(rollback.result);
    zones.push({ ...result, ...(rollback ? { rollback } : {}), ...(restored ? {} : { rollbackCommand: rollbackCommand(plan.zone, result.snapshot.id, options.accountOf?.(plan.zone)) }) });
  }
  return { zones, ok: zones.every((zone) => !isFailure(zone) && zone.outcome !== 'not-started') };
}
