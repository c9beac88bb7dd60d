/**
 * Orchestration shared by the CLI and the GitHub Action: read and validate the zone files, read the live
 * zones, plan, and apply. Everything here returns values and prints nothing; the shells render them.
 *
 * The order is what makes it safe: every zone file is validated before the first request (a broken file
 * costs no API call and writes nothing), every live zone is read once, and nothing is written until
 * every zone's plan has passed the safety check (and the drift check for a reviewed plan file).
 */
import { UserError } from './errors.js';
import type { DomainClient, LiveDnsClient } from './gandi/types.js';
import type { LiveDnsConfig } from './config/parse.js';
import { checkZoneAccounts } from './config/parse.js';
import { readDomainFacts } from './domain-facts.js';
import type { DomainChange, DomainSettings, NameserversSetting, PlanWarning } from './model/domain.js';
import type { DomainPlanInput } from './plan/domain.js';
import { planDomain } from './plan/domain.js';
import { applyDomainChanges, type DomainChangeResult } from './apply/domain.js';
import { canonicalJson } from './plan/document.js';
import { GandiApiError } from './gandi/errors.js';
import type { ChangeCounts, DesiredZone, Issue, RecordSet, ZonePlan } from './model/types.js';
import { readZones } from './zonefile/read.js';
import { planZone } from './plan/plan.js';
import { selectZones, type Shard } from './plan/select.js';
import type { PlanFile, PlanIgnoreRule, PlanJson, ResolvedSafety } from './plan/document.js';
import { createPlanFile, liveFingerprint, sumCounts, toPlanJson, zonePlanFromFile } from './plan/document.js';
import type { SafetyRefusal } from './plan/safety.js';
import { checkSafety, resolveSafety } from './plan/safety.js';
import { readLiveZone } from './live.js';
import type { ApplyPlansOptions, ApplyReport } from './apply/apply.js';
import { applyPlans } from './apply/apply.js';
import { currentGitSha, snapshotName } from './apply/snapshot.js';

/** The clients that reach one zone: its account's LiveDNS client and, when domain checks run, its Domain API client. */
export interface ZoneClients {
  readonly livedns: LiveDnsClient;
  readonly domain?: DomainClient;
}

/**
 * Several organisations (livedns.config.yaml): the clients of each account, the default credentials as
 * `undefined`. `clients` throws a UserError naming the variable to set when an account has no token.
 */
export interface AccountsOption {
  readonly config?: LiveDnsConfig;
  readonly clients: (account: string | undefined) => ZoneClients;
  /** How messages name an account (`account "acme"`, `the default token`). */
  readonly describe?: (account: string | undefined) => string;
}

export interface ReconcileOptions {
  /** The LiveDNS client of the default credentials; not needed when `accounts` is given. */
  readonly client?: LiveDnsClient;
  /** The Domain API client of the default credentials: domain-level planning and checks. Absent: skipped. */
  readonly domain?: DomainClient;
  /** Zones of several organisations; takes the place of `client` and `domain`. */
  readonly accounts?: AccountsOption;
  /** Set false to skip every Domain API read (delegation, expiry, nameservers, auto-renewal). Default true. */
  readonly domainChecks?: boolean;
  /** The clock of the expiry warning (tests pin it). */
  readonly now?: () => Date;
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
  /** The `ignore` rules the fingerprint leaves out (the zone file's, or the plan file's). */
  readonly ignore: readonly PlanIgnoreRule[];
  readonly safety: ResolvedSafety;
  /** Set when the plan exceeds the zone's safety limit (apply refuses it without `force`). */
  readonly refusal?: SafetyRefusal;
  /** Registrar settings to change (nameservers, auto-renewal), in apply order. */
  readonly domainChanges: readonly DomainChange[];
  /** The account whose token reaches the zone (undefined: the default credentials). */
  readonly account?: string;
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
  /** rrset changes or registrar setting changes. */
  readonly hasChanges: boolean;
  /** Delegation, expiry and skipped checks (issue 6), for every renderer; never in the checksum. */
  readonly warnings: readonly PlanWarning[];
  /** Whether domain-level planning ran (a Domain API client was available and checks were on). */
  readonly domainChecked: boolean;
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
export function readLiveZones(
  client: LiveDnsClient | ((zone: string) => LiveDnsClient),
  zones: readonly { readonly zone: string; readonly file?: string }[],
  onProgress?: ReconcileOptions['onProgress'],
): Promise<RecordSet[][]> {
  return readEachLiveZone(typeof client === 'function' ? client : () => client, zones, (live) => live, onProgress);
}

/**
 * readLiveZones, with `use` applied to each live zone as soon as it has been read: whatever a run does
 * with a zone (planning it, fingerprinting it) is then done while the other zones are still on their way,
 * instead of all at once after the last answer. Results are in the order of `zones`.
 */
async function readEachLiveZone<T>(
  clientOf: (zone: string) => LiveDnsClient,
  zones: readonly { readonly zone: string; readonly file?: string }[],
  use: (live: RecordSet[], index: number) => T,
  onProgress?: ReconcileOptions['onProgress'],
): Promise<T[]> {
  let done = 0;
  const results = await Promise.allSettled(
    zones.map(async ({ zone }, index) => {
      const live = await readLiveZone(clientOf(zone), zone);
      onProgress?.(++done, zones.length, zone);
      return use(live, index);
    }),
  );
  const failures: string[] = [];
  for (const [i, result] of results.entries()) {
    if (result.status === 'fulfilled') continue;
    const { zone, file } = zones[i]!;
    const where = file === undefined ? zone : `${zone} (${file})`;
    if (!(result.reason instanceof UserError)) throw result.reason;
    if (isNotFound(result.reason)) failures.push(await explainMissingZone(clientOf(zone), zone, where, result.reason));
    else failures.push(`${where}: could not read the live zone: ${messageOf(result.reason)}`);
  }
  if (failures.length > 0) throw new UserError(failures.join('\n'));
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
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

/** A zone's live state with what is computed from it and the zone's `ignore` rules: its fingerprint. */
interface LiveZone {
  readonly live: RecordSet[];
  readonly fingerprint: string;
  readonly ignore: readonly PlanIgnoreRule[];
}

const liveZone = (live: RecordSet[], ignore: readonly PlanIgnoreRule[]): LiveZone => ({ live, fingerprint: liveFingerprint(live, ignore), ignore });

/** A zone planned against its live state, all but its registrar changes (those wait for the domain list). */
type RecordsPlanned = Omit<PlannedZone, 'domainChanges' | 'account'>;

function planned(zone: string, file: string, plan: ZonePlan, { live, fingerprint, ignore }: LiveZone, safety: ResolvedSafety): RecordsPlanned {
  const refusal = checkSafety(plan, safety, file);
  return { zone, file, plan, live, fingerprint, ignore, safety, ...(refusal ? { refusal } : {}) };
}

function withDomainChanges(zone: RecordsPlanned, domainChanges: readonly DomainChange[] = [], account?: string): PlannedZone {
  return { ...zone, domainChanges, ...(account === undefined ? {} : { account }) };
}

function result(issues: readonly Issue[], zones: PlannedZone[], now: Date, domain: DomainRun): PlanResult {
  // The plan file (whose checksum hashes every change) and the --json document are made when first asked
  // for: a run prints one of them at most, and on a large plan they are most of the work left after the
  // last answer.
  let planFile: PlanFile | undefined;
  let json: PlanJson | undefined;
  const makePlanFile = (): PlanFile =>
    (planFile ??= createPlanFile(
      zones.map(({ plan, file, fingerprint, ignore, safety, domainChanges, account }) => ({
        plan,
        file,
        fingerprint,
        ignore,
        safety,
        domainChanges,
        ...(account === undefined ? {} : { account }),
      })),
      now,
    ));
  const makeJson = (): PlanJson =>
    (json ??= domain.checked
      ? toPlanJson(
          zones.map((zone) => zone.plan),
          { changes: new Map(zones.map((zone) => [zone.zone, zone.domainChanges])), warnings: domain.warnings },
        )
      : toPlanJson(zones.map((zone) => zone.plan)));
  return {
    ok: true,
    issues,
    zones,
    get json() {
      return makeJson();
    },
    get planFile() {
      return makePlanFile();
    },
    get checksum() {
      return makePlanFile().checksum;
    },
    summary: sumCounts(zones.map((zone) => zone.plan.counts)),
    hasChanges: zones.some((zone) => zone.plan.changes.length > 0 || zone.domainChanges.length > 0),
    warnings: domain.warnings,
    domainChecked: domain.checked,
  };
}

/** Which clients reach a zone of `account`. */
function resolveClients(options: Pick<ReconcileOptions, 'client' | 'domain' | 'accounts'>): (account: string | undefined) => ZoneClients {
  if (options.accounts) return options.accounts.clients;
  const { client, domain } = options;
  if (client === undefined) throw new Error('reconcile: neither client nor accounts given');
  return () => ({ livedns: client, ...(domain ? { domain } : {}) });
}

interface DomainRun {
  readonly checked: boolean;
  readonly byZone: ReadonlyMap<string, Pick<DomainPlanInput, 'facts' | 'unavailable'>>;
  readonly warnings: PlanWarning[];
}

/**
 * The registrar facts of the zones, one account at a time (one list call each; see domain-facts.ts).
 * Skipped, without a word, when no Domain API client is available (a library caller with only LiveDNS).
 */
async function readAllDomainFacts(
  zones: readonly { readonly zone: string; readonly account?: string; readonly domain?: DomainSettings }[],
  options: Omit<ReconcileOptions, 'paths'>,
): Promise<DomainRun> {
  const clientsOf = resolveClients(options);
  const byAccount = new Map<string | undefined, typeof zones>();
  for (const zone of zones) byAccount.set(zone.account, [...(byAccount.get(zone.account) ?? []), zone]);
  const accounts = [...byAccount.entries()].map(([account, members]) => ({ account, members, client: clientsOf(account).domain }));
  if (options.domainChecks === false || accounts.some(({ client }) => client === undefined)) return { checked: false, byZone: new Map(), warnings: [] };
  const describe = options.accounts?.describe ?? ((account?: string) => (account === undefined ? 'the token' : `account "${account}"`));
  const results = await Promise.all(accounts.map(({ account, members, client }) => readDomainFacts(client!, members, describe(account))));
  const byZone = new Map(results.flatMap((r) => [...r.byZone.entries()]));
  return { checked: true, byZone, warnings: results.flatMap((r) => [...r.notes]) };
}

/** Each zone's domain plan; its warnings join the run's, in zone order. */
function planDomains(zones: readonly { readonly zone: string; readonly domain?: DomainSettings }[], run: DomainRun, now: Date): Map<string, readonly DomainChange[]> {
  const changes = new Map<string, readonly DomainChange[]>();
  if (!run.checked) return changes;
  for (const { zone, domain } of zones) {
    const plan = planDomain({ zone, now, ...(domain ? { desired: domain } : {}), ...run.byZone.get(zone) });
    changes.set(zone, plan.changes);
    run.warnings.push(...plan.warnings);
  }
  return changes;
}

/** The settings a list of registrar changes leads to. */
function settingsOf(changes: readonly DomainChange[]): DomainSettings {
  const settings: { nameservers?: NameserversSetting; autorenew?: boolean } = {};
  for (const change of changes) {
    if (change.setting === 'nameservers') settings.nameservers = change.after;
    else settings.autorenew = change.after;
  }
  return settings;
}

/**
 * What the plan compares against: every live zone (each with its account's client, passed through `use`
 * as it arrives) and the registrar facts, read concurrently. Every account's client is created, and its
 * token checked, before the first request.
 */
async function readLiveState<T>(
  zones: readonly { readonly zone: string; readonly file?: string; readonly account?: string; readonly domain?: DomainSettings }[],
  options: Omit<ReconcileOptions, 'paths'>,
  use: (live: RecordSet[], index: number) => T,
): Promise<{ live: T[]; domain: DomainRun }> {
  const clientsOf = resolveClients(options);
  const accountOf = new Map(zones.map((zone) => [zone.zone, zone.account]));
  for (const account of new Set(accountOf.values())) clientsOf(account);
  // The domain list is asked for first: its pages follow one another, so queued behind every zone read
  // its last page would add a round trip after them.
  const domain = readAllDomainFacts(zones, options);
  const live = readEachLiveZone((zone) => clientsOf(accountOf.get(zone)).livedns, zones, use, options.onProgress);
  const [liveZones, domainRun] = await Promise.all([live, domain]);
  return { live: liveZones, domain: domainRun };
}

/** Validates the zone files, reads the live zones and plans every zone. Writes nothing. */
export async function planAll(options: ReconcileOptions): Promise<PlanRun> {
  const { zones: desired, issues: fileIssues } = await readZones([...options.paths]);
  const issues = options.accounts ? [...fileIssues, ...checkZoneAccounts(desired, options.accounts.config)] : fileIssues;
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const selected: DesiredZone[] = selectZones(desired, options, options.paths.join(', '));
  const { live: plans, domain } = await readLiveState(selected, options, (live, i) => {
    const zone = selected[i]!;
    return planned(zone.zone, zone.file, planZone(zone, live), liveZone(live, zone.ignore), resolveSafety(zone.safety));
  });
  const domainChanges = planDomains(selected, domain, options.now?.() ?? new Date());
  const zones = selected.map((zone, i) => withDomainChanges(plans[i]!, domainChanges.get(zone.zone), zone.account));
  return result(issues, zones, new Date(), domain);
}

/**
 * Re-reads the live zones of a reviewed plan file and turns it back into plans. Throws a UserError,
 * before anything is written, when any zone changed since the plan was made.
 */
export async function planFromFile(planFile: PlanFile, options: Omit<ReconcileOptions, 'paths'> & { readonly source: string }): Promise<PlanResult> {
  // The reviewed registrar changes stand for the zone file's settings: re-planning them against fresh facts
  // gives the same changes exactly when the registrar has not moved since the review.
  const selected = selectZones(planFile.zones, options, options.source).map((zone) => ({ ...zone, domain: settingsOf(zone.domain_changes ?? []) }));
  // The drift check leaves out what the plan file's ignore rules cover, not what the zone file says today:
  // the reviewed plan is what gets applied (the zone files are not even read), and its changes were
  // computed from the live rrsets outside exactly those rules, so those are the rrsets that must not have
  // moved. Today's rules could cover more (letting a change to an rrset the plan depended on pass unseen)
  // or less (refusing for churn the reviewed plan never looked at). The stored rules are under the
  // checksum. A file without rules (or written before they were stored) is checked over every managed
  // rrset, as it always was.
  const { live, domain } = await readLiveState(selected, options, (zoneLive, i) => liveZone(zoneLive, selected[i]!.ignore ?? []));
  const fresh = planDomains(selected, domain, options.now?.() ?? new Date());
  const drifted = selected.flatMap((zone, i) => {
    if (live[i]!.fingerprint !== zone.fingerprint) return [`${zone.zone}: zone changed since this plan was made; run plan again (${options.source})`];
    // The registrar side is checked by re-planning it: the reviewed domain changes must still be the ones to make.
    const reviewed = canonicalJson(zone.domain_changes ?? []);
    if (domain.checked && canonicalJson(fresh.get(zone.zone) ?? []) !== reviewed) {
      return [`${zone.zone}: the domain's nameservers or auto-renewal changed since this plan was made; run plan again (${options.source})`];
    }
    if (!domain.checked && reviewed !== '[]') return [`${zone.zone}: the plan changes nameservers or auto-renewal, but the Domain API is not available to check them; nothing was written`];
    return [];
  });
  if (drifted.length > 0) throw new UserError(`${drifted.join('\n')}\nNothing was written.`);
  const zones = selected.map((zone, i) =>
    withDomainChanges(planned(zone.zone, zone.file, zonePlanFromFile(zone, live[i]!.live), live[i]!, zone.safety), zone.domain_changes ?? [], zone.account),
  );
  return result([], zones, new Date(planFile.created_at), domain);
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
  readonly onEvent?: (event: ReconcileEvent) => void;
  /** How long to wait for a nameserver change to show at the registry (default 120 s). */
  readonly nameserverWaitMs?: number;
  /** Between two looks while waiting (default 5 s). */
  readonly nameserverPollMs?: number;
}

/** What apply reports as it goes: the record writes (apply/zone.ts), a rollback, a zone's registrar changes starting. */
export type ReconcileEvent =
  | Parameters<NonNullable<ApplyPlansOptions['onEvent']>>[0]
  | { readonly kind: 'domain'; readonly zone: string; readonly changes: readonly DomainChange[] };

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

  const clientsOf = resolveClients(options);
  const accountOf = new Map(plan.zones.map((zone) => [zone.zone, zone.account]));
  const records = await applyPlans(
    (zone) => clientsOf(accountOf.get(zone)).livedns,
    plan.zones.map((zone) => zone.plan),
    {
      snapshotName: options.snapshotName ?? snapshotName(new Date(), currentGitSha()),
      rollbackOnFailure: options.rollbackOnFailure ?? false,
      accountOf: (zone) => accountOf.get(zone),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    },
  );
  const report = await applyDomainPlans(plan, records, clientsOf, options);
  return { ok: report.ok, plan, report };
}

/**
 * After the records, each zone's registrar changes: records first, so that a zone being delegated to
 * LiveDNS serves the reviewed records from its first query. A zone whose records failed (or were not
 * reached) keeps its delegation as it was.
 */
async function applyDomainPlans(plan: PlanResult, records: ApplyReport, clientsOf: (account: string | undefined) => ZoneClients, options: ApplyOptions): Promise<ApplyReport> {
  const outcome = new Map(records.zones.map((zone) => [zone.zone, zone.outcome]));
  const domain: { zone: string; results: DomainChangeResult[] }[] = [];
  for (const zone of plan.zones) {
    if (zone.domainChanges.length === 0) continue;
    const recordsOutcome = outcome.get(zone.zone);
    const client = clientsOf(zone.account).domain;
    if ((recordsOutcome !== 'applied' && recordsOutcome !== 'unchanged') || client === undefined) {
      const why = client === undefined ? 'no Domain API client' : 'its records were not applied';
      domain.push({ zone: zone.zone, results: zone.domainChanges.map((change) => ({ change, ok: false, message: `${zone.zone}: not attempted (${why})` })) });
      continue;
    }
    options.onEvent?.({ kind: 'domain', zone: zone.zone, changes: zone.domainChanges });
    const results = await applyDomainChanges(client, zone.zone, zone.domainChanges, {
      ...(options.nameserverWaitMs === undefined ? {} : { nameserverWaitMs: options.nameserverWaitMs }),
      ...(options.nameserverPollMs === undefined ? {} : { pollIntervalMs: options.nameserverPollMs }),
    });
    domain.push({ zone: zone.zone, results });
  }
  // An accepted nameserver change the registry has not shown yet is reported, not failed: see apply/domain.ts.
  return { ...records, domain, ok: records.ok && domain.every(({ results }) => results.every((r) => r.ok)) };
}
