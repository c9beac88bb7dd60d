/**
 * Orchestration shared by the CLI and the GitHub Action: read and validate the zone files, read the live
 * zones, plan, and apply. Everything here returns values and prints nothing; the shells render them.
 *
 * The order is what makes it safe: every zone file is validated before the first request (a broken file
 * costs no API call and writes nothing), every live zone is read once, and nothing is written until
 * every zone's plan has passed the safety check (and the drift check for a reviewed plan file).
 */
import { UserError } from './errors.js';
import type { LiveDnsClient } from './gandi/types.js';
import { GandiApiError } from './gandi/errors.js';
import type { ChangeCounts, DesiredZone, Issue, RecordSet, ZonePlan } from './model/types.js';
import { readZones } from './zonefile/read.js';
import { planZone } from './plan/plan.js';
import { selectZones, type Shard } from './plan/select.js';
import type { PlanFile, PlanJson, ResolvedSafety } from './plan/document.js';
import { createPlanFile, liveFingerprint, toPlanJson, zonePlanFromFile } from './plan/document.js';
import type { SafetyRefusal } from './plan/safety.js';
import { checkSafety, resolveSafety } from './plan/safety.js';
import { readLiveZone } from './live.js';
import type { ApplyPlansOptions, ApplyReport } from './apply/apply.js';
import { applyPlans } from './apply/apply.js';
import { currentGitSha, snapshotName } from './apply/snapshot.js';

export interface ReconcileOptions {
  readonly client: LiveDnsClient;
  /** Zone files and/or directories of zone files (default in the shells: `zones/`). */
  readonly paths: readonly string[];
  /** Only these zones: FQDNs or globs (`*.example`). Each name must have a zone file, each glob match one. */
  readonly only?: readonly string[];
  /** Only this slice of the (selected) zones, by a stable hash of their names (plan/select.ts). */
  readonly shard?: Shard;
  /** Called as each live zone has been read. */
  readonly onProgress?: (done: number, total: number, zone: string) => void;
}

/** One zone, planned: what the file wants, what LiveDNS has, and the changes between them. */
export interface PlannedZone {
  readonly zone: string;
  /** The zone file (or, for a plan file, the file named in it). */
  readonly file: string;
  readonly plan: ZonePlan;
  /** The managed live rrsets the plan was computed from. */
  readonly live: readonly RecordSet[];
  readonly fingerprint: string;
  readonly safety: ResolvedSafety;
  /** Set when the plan exceeds the zone's safety limit (apply refuses it without `force`). */
  readonly refusal?: SafetyRefusal;
}

export interface PlanResult {
  readonly ok: true;
  /** Warnings from the zone files (errors stop before this point). */
  readonly issues: readonly Issue[];
  readonly zones: readonly PlannedZone[];
  /** The `plan --json` document. */
  readonly json: PlanJson;
  /** What `plan --out` writes; its checksum binds a review to an apply. */
  readonly planFile: PlanFile;
  readonly checksum: string;
  readonly summary: ChangeCounts;
  readonly hasChanges: boolean;
}

/** The zone files did not validate: nothing was requested. */
export interface InvalidResult {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

export type PlanRun = PlanResult | InvalidResult;

function isNotFound(error: unknown): boolean {
  return error instanceof GandiApiError && error.status === 404;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads several live zones concurrently (the client paces the requests). A 404 is explained with one
 * getDomain call: the zone is not on LiveDNS, or the token cannot see it. All failures are reported at
 * once, as one UserError.
 */
export async function readLiveZones(
  client: LiveDnsClient,
  zones: readonly { readonly zone: string; readonly file?: string }[],
  onProgress?: ReconcileOptions['onProgress'],
): Promise<RecordSet[][]> {
  let done = 0;
  const results = await Promise.allSettled(
    zones.map(async ({ zone }) => {
      const live = await readLiveZone(client, zone);
      onProgress?.(++done, zones.length, zone);
      return live;
    }),
  );
  const failures: string[] = [];
  for (const [i, result] of results.entries()) {
    if (result.status === 'fulfilled') continue;
    const { zone, file } = zones[i]!;
    const where = file === undefined ? zone : `${zone} (${file})`;
    if (!(result.reason instanceof UserError)) throw result.reason;
    if (isNotFound(result.reason)) failures.push(await explainMissingZone(client, zone, where, result.reason));
    else failures.push(`${where}: could not read the live zone: ${messageOf(result.reason)}`);
  }
  if (failures.length > 0) throw new UserError(failures.join('\n'));
  return results.map((result) => (result as PromiseFulfilledResult<RecordSet[]>).value);
}

async function explainMissingZone(client: LiveDnsClient, zone: string, where: string, original: unknown): Promise<string> {
  try {
    await client.getDomain(zone);
  } catch (error) {
    if (isNotFound(error)) {
      return (
        `${where}: this zone is not on LiveDNS, or the token cannot see it. ` +
        `Check the file name, the token's domains (\`livedns zones\` lists the ones it sees) or GANDI_SHARING_ID.`
      );
    }
  }
  return `${where}: could not read the live zone: ${messageOf(original)}`;
}

function planned(zone: string, file: string, plan: ZonePlan, live: RecordSet[], safety: ResolvedSafety): PlannedZone {
  const refusal = checkSafety(plan, safety, file);
  return { zone, file, plan, live, fingerprint: liveFingerprint(live), safety, ...(refusal ? { refusal } : {}) };
}

function result(issues: readonly Issue[], zones: PlannedZone[], now: Date): PlanResult {
  const planFile = createPlanFile(
    zones.map(({ plan, file, fingerprint, safety }) => ({ plan, file, fingerprint, safety })),
    now,
  );
  return {
    ok: true,
    issues,
    zones,
    json: toPlanJson(zones.map((zone) => zone.plan)),
    planFile,
    checksum: planFile.checksum,
    summary: planFile.summary,
    hasChanges: zones.some((zone) => zone.plan.changes.length > 0),
  };
}

/** Validates the zone files, reads the live zones and plans every zone. Writes nothing. */
export async function planAll(options: ReconcileOptions): Promise<PlanRun> {
  const { zones: desired, issues } = await readZones([...options.paths]);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const selected: DesiredZone[] = selectZones(desired, options, options.paths.join(', '));
  const live = await readLiveZones(options.client, selected, options.onProgress);
  const zones = selected.map((zone, i) =>
    planned(zone.zone, zone.file, planZone(zone, live[i]!), live[i]!, resolveSafety(zone.safety)),
  );
  return result(issues, zones, new Date());
}

/**
 * Re-reads the live zones of a reviewed plan file and turns it back into plans. Throws a UserError,
 * before anything is written, when any zone changed since the plan was made.
 */
export async function planFromFile(planFile: PlanFile, options: Omit<ReconcileOptions, 'paths'> & { readonly source: string }): Promise<PlanResult> {
  const selected = selectZones(planFile.zones, options, options.source);
  const live = await readLiveZones(options.client, selected, options.onProgress);
  const drifted = selected.filter((zone, i) => liveFingerprint(live[i]!) !== zone.fingerprint);
  if (drifted.length > 0) {
    throw new UserError(
      drifted.map((zone) => `${zone.zone}: zone changed since this plan was made; run plan again (${options.source})`).join('\n') +
        '\nNothing was written.',
    );
  }
  const zones = selected.map((zone, i) => planned(zone.zone, zone.file, zonePlanFromFile(zone, live[i]!), live[i]!, zone.safety));
  return result([], zones, new Date(planFile.created_at));
}

export interface ApplyOptions extends ReconcileOptions {
  /** Apply exactly this reviewed plan (after a drift check) instead of planning afresh. */
  readonly planFile?: PlanFile;
  /** Where the plan file came from, for messages. */
  readonly planSource?: string;
  /** Refuse unless the fresh plan has this checksum (the one a reviewer saw). */
  readonly expectedChecksum?: string;
  /** Apply even when a zone's plan exceeds its safety limit. */
  readonly force?: boolean;
  /** Restore the snapshot at once when a zone fails. */
  readonly rollbackOnFailure?: boolean;
  /** Default: `livedns-gitops <now ISO>[ <git sha>]`. */
  readonly snapshotName?: string;
  /** Asked once, after planning and the safety checks, before the first write; only when there are changes. */
  readonly confirm?: (plan: PlanResult) => Promise<boolean>;
  readonly onEvent?: ApplyPlansOptions['onEvent'];
}

export type ApplyRun =
  | InvalidResult
  /** Nothing written: a safety limit or the reviewed checksum stopped the apply. */
  | { readonly ok: false; readonly refused: readonly string[]; readonly plan: PlanResult }
  /** Nothing written: the confirmation was declined. */
  | { readonly ok: false; readonly declined: true; readonly plan: PlanResult }
  | { readonly ok: boolean; readonly plan: PlanResult; readonly report: ApplyReport };

/**
 * Plans (or re-checks a plan file), refuses unsafe plans unless forced, asks for confirmation, then
 * applies zone after zone: snapshot, per-rrset writes, read-back. `report.ok` tells whether every zone
 * was applied; failures are in the report, never thrown.
 */
export async function applyAll(options: ApplyOptions): Promise<ApplyRun> {
  let plan: PlanResult;
  if (options.planFile) {
    plan = await planFromFile(options.planFile, { ...options, source: options.planSource ?? 'the plan file' });
  } else {
    const run = await planAll(options);
    if (!run.ok) return run;
    plan = run;
  }
  const refused: string[] = [];
  if (options.expectedChecksum !== undefined && options.expectedChecksum !== plan.checksum) {
    refused.push(`the plan changed since it was reviewed (checksum ${plan.checksum}, reviewed ${options.expectedChecksum}); run plan again`);
  }
  if (!options.force) {
    for (const zone of plan.zones) if (zone.refusal) refused.push(zone.refusal.message);
  }
  if (refused.length > 0) return { ok: false, refused, plan };
  if (plan.hasChanges && options.confirm && !(await options.confirm(plan))) return { ok: false, declined: true, plan };

  const report = await applyPlans(
    options.client,
    plan.zones.map((zone) => zone.plan),
    {
      snapshotName: options.snapshotName ?? snapshotName(new Date(), currentGitSha()),
      rollbackOnFailure: options.rollbackOnFailure ?? false,
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    },
  );
  return { ok: report.ok, plan, report };
}
