/**
 * The plan as a document: the `--json` shape scripts rely on, and the plan file that binds an approved
 * plan to the live state it was computed from.
 *
 * A plan file carries, per zone, a fingerprint of the live rrsets the plan was made against and, for the
 * whole file, a checksum of everything in it but its creation time. `apply --plan` re-reads the live
 * zones and refuses when a fingerprint differs (someone changed the zone since the review), and refuses a
 * file whose checksum does not match its content (someone edited the reviewed plan).
 *
 * Live rrsets that the zone's `ignore` rules cover are outside the fingerprint: the plan never touches
 * them, and robots rewrite them all day (ACME DNS-01 challenges), which must not make a reviewed plan
 * stale. The rules themselves are stored in the plan file, so that apply checks with the rules the plan
 * was computed with.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { compileIgnore } from '../model/ignore.js';
import { RECORD_TYPES, rrsetKey } from '../model/types.js';
import type { Action, Change, ChangeCounts, IgnoreRule, RecordSet, RecordType, ZonePlan } from '../model/types.js';
import { LIVEDNS, type DomainChange, type PlanWarning } from '../model/domain.js';

/** TTL and values of one rrset, as the plan document shows it. Values are canonical (TXT decoded). */
export interface RrsetState {
  readonly ttl: number;
  readonly values: readonly string[];
}

export interface PlanJsonChange {
  readonly action: Action;
  /** Relative to the zone, `@` for the apex. */
  readonly name: string;
  readonly type: string;
  readonly before: RrsetState | null;
  readonly after: RrsetState | null;
  /**
   * In `plan --json`: where the wanted rrset is written (null for a delete). Not in plan files: moving a
   * record within a file changes no write, so it must not change the checksum a reviewer approved.
   */
  readonly source?: ChangeSource | null;
}

/** Where the desired side of a change comes from: a zone file, or a template (`template` set) that the zone uses. */
export interface ChangeSource {
  readonly file: string;
  readonly line: number;
  readonly template?: string;
}

export interface PlanJsonZone {
  readonly zone: string;
  readonly changes: readonly PlanJsonChange[];
  /**
   * Registrar settings to change (issue 6), each its own line: `{setting: "nameservers", before, after}`
   * with `"livedns"` or a list of hostnames (before null when unknown), or `{setting: "autorenew", before,
   * after}` with booleans.
   */
  readonly domain_changes?: readonly DomainChange[];
}

/** Exactly what `livedns plan --json` prints (issue 4's contract, extended by issue 6). */
export interface PlanJson {
  readonly version: 1;
  readonly zones: readonly PlanJsonZone[];
  /** rrset counts; `domain` counts the registrar settings to change (when domain-level planning ran). */
  readonly summary: ChangeCounts & { readonly domain?: number };
  /** What a reviewer should know that is not a change: not delegated to LiveDNS, expiring, checks skipped. */
  readonly warnings?: readonly PlanWarning[];
}

/** The domain-level half of a plan, by zone, with the run's warnings (see src/plan/domain.ts). */
export interface DomainPlanJsonInput {
  readonly changes: ReadonlyMap<string, readonly DomainChange[]>;
  readonly warnings: readonly PlanWarning[];
}

/** The safety limits in force for a zone, defaults resolved (see safety.ts). */
export interface ResolvedSafety {
  readonly max_change_ratio: number;
  readonly min_existing: number;
}

/** An `ignore` rule as a plan file keeps it: what it covers, not where it is written (see PlanJsonChange.source). */
export type PlanIgnoreRule = Pick<IgnoreRule, 'name' | 'type'>;

export interface PlanFileZone extends Omit<PlanJsonZone, 'domain_changes'> {
  /** Registrar settings the reviewed plan changes; absent when none. Covered by the checksum. */
  readonly domain_changes?: readonly DomainChange[];
  /** The account of livedns.config.yaml that reaches the zone; absent: the default credentials. */
  readonly account?: string;
  /** The zone file the plan came from, for messages. */
  readonly file: string;
  /** Fingerprint of the live zone the plan was computed from, less what `ignore` covers (see liveFingerprint). */
  readonly fingerprint: string;
  /**
   * The zone file's `ignore` rules when the plan was made: the fingerprint leaves out the live rrsets they
   * cover, and apply checks it with these same rules. Absent when the zone has none, and in plan files
   * written before rules were stored: the fingerprint then covers every managed rrset, as it always did.
   */
  readonly ignore?: readonly PlanIgnoreRule[];
  /** Live rrsets the plan was computed from (the base of the safety ratio). */
  readonly existing: number;
  /**
   * Live rrsets left alone by `ignore` rules. Informative, and outside the checksum when `ignore` is
   * stored: an ACME challenge coming or going changes this count, never the plan.
   */
  readonly ignored: number;
  readonly safety: ResolvedSafety;
}

export const PLAN_FILE_FORMAT = 'livedns-gitops-plan';

/** What `plan --out FILE` writes and `apply --plan FILE` reads. */
export interface PlanFile {
  readonly format: typeof PLAN_FILE_FORMAT;
  readonly version: 1;
  /** ISO-8601 UTC; informative only, outside the checksum. */
  readonly created_at: string;
  readonly zones: readonly PlanFileZone[];
  readonly summary: ChangeCounts;
  /**
   * sha256 (hex) of the canonical serialisation of the file without `created_at` and `checksum` (and
   * without `ignored` in zones that store their `ignore` rules).
   */
  readonly checksum: string;
}

/** One zone's entry for a plan file: the plan and what it was computed from. */
export interface PlanFileInput {
  readonly plan: ZonePlan;
  readonly domainChanges?: readonly DomainChange[];
  readonly account?: string;
  readonly file: string;
  readonly fingerprint: string;
  /** The rules the fingerprint was computed with (the zone file's `ignore`). */
  readonly ignore?: readonly PlanIgnoreRule[];
  readonly safety: ResolvedSafety;
}

function stateOf(rrset: RecordSet | null): RrsetState | null {
  return rrset === null ? null : { ttl: rrset.ttl, values: [...rrset.values] };
}

export function changeToJson(change: Change): PlanJsonChange {
  return { action: change.action, name: change.name, type: change.type, before: stateOf(change.before), after: stateOf(change.after) };
}

/** A change as `plan --json` prints it: the plan file's form and its source. */
function jsonChange(change: Change): PlanJsonChange {
  return { ...changeToJson(change), source: changeSource(change) };
}

/** The source of a change (see PlanJsonChange.source). */
export function changeSource(change: Change): ChangeSource | null {
  const location = change.after?.source;
  if (!change.after || !location) return null;
  return { file: location.file, line: location.line, ...(change.after.template === undefined ? {} : { template: change.after.template }) };
}

export function sumCounts(counts: readonly ChangeCounts[]): ChangeCounts {
  return counts.reduce<ChangeCounts>(
    (total, c) => ({ create: total.create + c.create, update: total.update + c.update, delete: total.delete + c.delete }),
    { create: 0, update: 0, delete: 0 },
  );
}

/**
 * The `--json` document of a set of zone plans, in the order given. Zones without changes are listed too.
 * With `domain`, every zone has `domain_changes` (maybe empty), the summary counts them, and `warnings`
 * is present (maybe empty).
 */
export function toPlanJson(plans: readonly ZonePlan[], domain?: DomainPlanJsonInput): PlanJson {
  const counts = sumCounts(plans.map((plan) => plan.counts));
  if (domain === undefined) {
    return { version: 1, zones: plans.map((plan) => ({ zone: plan.zone, changes: plan.changes.map(jsonChange) })), summary: counts };
  }
  const domainOf = (zone: string) => [...(domain.changes.get(zone) ?? [])];
  return {
    version: 1,
    zones: plans.map((plan) => ({ zone: plan.zone, changes: plan.changes.map(jsonChange), domain_changes: domainOf(plan.zone) })),
    summary: { ...counts, domain: plans.reduce((n, plan) => n + domainOf(plan.zone).length, 0) },
    warnings: [...domain.warnings],
  };
}

/**
 * JSON with object keys sorted at every level and no whitespace: equal values give equal text, whatever
 * order their keys were built in. Array order is kept (it is meaningful: plan order, sorted values).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot serialise ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Fingerprint of a live zone: sha256 of its rrsets (name, type, TTL, canonical values) sorted by key.
 * Pass the rrsets the reconciler manages (apex NS/SOA left out): Gandi may change those on its own.
 * The rrsets that `ignore` rules cover are left out for the same reason: the plan never touches them.
 * The exact wire spelling of names is left out on purpose: it does not change what a plan writes.
 * Without rules, the value is the one plan files have always carried.
 */
export function liveFingerprint(live: readonly RecordSet[], ignore: readonly PlanIgnoreRule[] = []): string {
  const matcher = compileIgnore(ignore);
  const fingerprinted = ignore.length === 0 ? live : live.filter((rrset) => matcher.match(rrset) === undefined);
  const rows = fingerprinted
    .map((rrset) => {
      const key = rrsetKey(rrset);
      // canonicalJson({key, ttl, values}) spelled out (its keys in sorted order): the same text, without
      // sorting the keys of ten thousand small objects on every plan.
      return { key, json: `{"key":${JSON.stringify(key)},"ttl":${JSON.stringify(rrset.ttl)},"values":${JSON.stringify([...rrset.values].sort())}}` };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return `sha256:${sha256(`[${rows.map((row) => row.json).join(',')}]`)}`;
}

type PlanFileBody = Omit<PlanFile, 'created_at' | 'checksum'>;

/** Checksum of a plan file's content (everything but `created_at` and `checksum`; see PlanFile.checksum). */
export function planChecksum(plan: PlanFileBody | PlanFile): string {
  const { format, version, zones, summary } = plan;
  return sha256(canonicalJson({ format, version, zones: zones.map(checksummedZone), summary }));
}

/**
 * A zone as the checksum sees it. The count of ignored rrsets is left out where the rules are stored (a
 * file written before that keeps its checksum): it moves with every ACME challenge, and the Action's
 * `require-reviewed-plan` compares the checksum of a fresh plan with the reviewed one.
 */
function checksummedZone(zone: PlanFileZone): PlanFileZone | Omit<PlanFileZone, 'ignored'> {
  if (zone.ignore === undefined) return zone;
  const { ignored: _informative, ...checked } = zone;
  return checked;
}

/** The rules as a plan file stores them: absent when there are none, so such a zone keeps today's shape. */
function storedIgnore(rules: readonly PlanIgnoreRule[] | undefined): { ignore?: PlanIgnoreRule[] } {
  if (rules === undefined || rules.length === 0) return {};
  return { ignore: rules.map(({ name, type }) => (type === undefined ? { name } : { name, type })) };
}

/** Builds the plan file for zone plans computed against the fingerprinted live zones. */
export function createPlanFile(inputs: readonly PlanFileInput[], now: Date = new Date()): PlanFile {
  const zones: PlanFileZone[] = inputs.map(({ plan, file, fingerprint, ignore, safety, domainChanges, account }) => ({
    zone: plan.zone,
    file,
    fingerprint,
    ...storedIgnore(ignore),
    existing: plan.existingCount,
    ignored: plan.ignoredCount,
    safety,
    changes: plan.changes.map(changeToJson),
    // Only when there are some: a records-only plan file keeps its shape and checksum.
    ...(domainChanges !== undefined && domainChanges.length > 0 ? { domain_changes: [...domainChanges] } : {}),
    ...(account === undefined ? {} : { account }),
  }));
  const body: PlanFileBody = {
    format: PLAN_FILE_FORMAT,
    version: 1,
    zones,
    summary: sumCounts(inputs.map((input) => input.plan.counts)),
  };
  return { ...body, created_at: now.toISOString(), checksum: planChecksum(body) };
}

export function serializePlanFile(plan: PlanFile): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

function fail(source: string, what: string): never {
  throw new UserError(`${source}: not a livedns-gitops plan file (${what}); write one with \`livedns plan --out FILE\``);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkState(value: unknown, source: string, where: string): void {
  if (value === null) return;
  if (!isRecord(value) || typeof value.ttl !== 'number' || !Array.isArray(value.values) || !value.values.every((v) => typeof v === 'string')) {
    fail(source, `${where} must be null or {ttl, values}`);
  }
}

/**
 * Reads a plan file back. Throws a UserError when the text is not a plan file, when its version is not
 * one this tool writes, or when its content no longer matches its checksum (it was edited).
 */
export function parsePlanFile(text: string, source: string): PlanFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(source, `invalid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(data) || data.format !== PLAN_FILE_FORMAT) fail(source, `"format" is not "${PLAN_FILE_FORMAT}"`);
  if (data.version !== 1) {
    throw new UserError(`${source}: plan file version ${JSON.stringify(data.version)} is not supported by this livedns-gitops (it reads version 1); run plan again`);
  }
  if (!Array.isArray(data.zones)) fail(source, '"zones" must be a list');
  if (typeof data.checksum !== 'string') fail(source, '"checksum" is missing');
  for (const [i, zone] of (data.zones as unknown[]).entries()) {
    const where = `zones[${i}]`;
    if (!isRecord(zone) || typeof zone.zone !== 'string' || typeof zone.fingerprint !== 'string' || typeof zone.file !== 'string') {
      fail(source, `${where} must have zone, file and fingerprint`);
    }
    if (typeof zone.existing !== 'number' || typeof zone.ignored !== 'number' || !isRecord(zone.safety)) {
      fail(source, `${where} must have existing, ignored and safety`);
    }
    if (!Array.isArray(zone.changes)) fail(source, `${where}.changes must be a list`);
    const ignore = zone.ignore === undefined ? compileIgnore([]) : compileIgnore(checkIgnore(zone.ignore, source, where));
    for (const [j, change] of (zone.changes as unknown[]).entries()) {
      const at = `${where}.changes[${j}]`;
      if (!isRecord(change) || typeof change.name !== 'string' || typeof change.type !== 'string') fail(source, `${at} must have name and type`);
      if (change.action !== 'create' && change.action !== 'update' && change.action !== 'delete') fail(source, `${at}.action is not create, update or delete`);
      checkState(change.before, source, `${at}.before`);
      checkState(change.after, source, `${at}.after`);
      if ((change.before === null) !== (change.action === 'create') || (change.after === null) !== (change.action === 'delete')) {
        fail(source, `${at}: before/after do not fit a ${String(change.action)}`);
      }
      // The planner never changes what an ignore rule covers (and a zone file may not manage it): a plan
      // that does contradicts the rules its fingerprint leaves those rrsets out by.
      const { name, type } = change as { name: string; type: string };
      if (ignore.match({ name, type })) fail(source, `${at} changes ${name} ${type}, which the zone's ignore rules cover`);
    }
    if (zone.domain_changes !== undefined) checkDomainChanges(zone.domain_changes, source, where);
    if (zone.account !== undefined && typeof zone.account !== 'string') fail(source, `${where}.account must be a string`);
  }
  const plan = data as unknown as PlanFile;
  if (planChecksum(plan) !== plan.checksum) {
    throw new UserError(`${source}: the plan file was modified after it was written (checksum mismatch); run plan again`);
  }
  return plan;
}

function checkIgnore(value: unknown, source: string, where: string): PlanIgnoreRule[] {
  if (!Array.isArray(value)) fail(source, `${where}.ignore must be a list`);
  return (value as unknown[]).map((rule, j) => {
    const ok = isRecord(rule) && typeof rule.name === 'string' && (rule.type === undefined || (typeof rule.type === 'string' && isRecordType(rule.type)));
    if (!ok) fail(source, `${where}.ignore[${j}] must be {name} or {name, type} with a record type`);
    return rule as unknown as PlanIgnoreRule;
  });
}

function isNameservers(value: unknown): boolean {
  return value === LIVEDNS || (Array.isArray(value) && value.length > 0 && value.every((host) => typeof host === 'string'));
}

function checkDomainChanges(value: unknown, source: string, where: string): void {
  if (!Array.isArray(value)) fail(source, `${where}.domain_changes must be a list`);
  for (const [j, change] of (value as unknown[]).entries()) {
    const at = `${where}.domain_changes[${j}]`;
    if (!isRecord(change)) fail(source, `${at} must be an object`);
    const fits =
      change.setting === 'nameservers'
        ? isNameservers(change.after) && (change.before === null || isNameservers(change.before))
        : change.setting === 'autorenew' && typeof change.after === 'boolean' && (change.before === null || typeof change.before === 'boolean');
    if (!fits) fail(source, `${at} is not a nameservers or autorenew change`);
  }
}

function isRecordType(type: string): type is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(type);
}

/**
 * Turns a plan file's zone back into a ZonePlan to apply. `live` is the zone as just re-read (and found
 * equal to the fingerprint): it supplies the exact wire spelling of existing names.
 */
export function zonePlanFromFile(zone: PlanFileZone, live: readonly RecordSet[]): ZonePlan {
  const wireNames = new Map(live.map((rrset) => [rrsetKey(rrset), rrset.wireName]));
  const changes = zone.changes.map((change): Change => {
    const type = change.type;
    if (!isRecordType(type)) throw new UserError(`plan for ${zone.zone}: unknown record type ${type}`);
    const wireName = wireNames.get(rrsetKey({ name: change.name, type }));
    const rrset = (state: RrsetState, withWire: boolean): RecordSet => ({
      name: change.name,
      type,
      ttl: state.ttl,
      values: [...state.values],
      ...(withWire && wireName !== undefined ? { wireName } : {}),
    });
    switch (change.action) {
      case 'create':
        return { action: 'create', name: change.name, type, before: null, after: rrset(change.after!, false) };
      case 'delete':
        return { action: 'delete', name: change.name, type, before: rrset(change.before!, true), after: null };
      case 'update': {
        const before = rrset(change.before!, true);
        const after = rrset(change.after!, false);
        const ttlOnly = canonicalJson(before.values) === canonicalJson(after.values);
        return { action: 'update', name: change.name, type, before, after, ttlOnly };
      }
    }
  });
  const count = (action: Action): number => changes.filter((c) => c.action === action).length;
  return {
    zone: zone.zone,
    changes,
    counts: { create: count('create'), update: count('update'), delete: count('delete') },
    existingCount: zone.existing,
    ignoredCount: zone.ignored,
  };
}
