/**
 * The canonical model shared by the zone files, the planner, the renderers and the apply engine.
 *
 * Everything here is plain, JSON-able data. A RecordSet read from YAML and one read from Gandi's JSON
 * are built by the same canonicalisation (src/model/canonical.ts), so two rrsets that mean the same
 * thing compare equal as values: that is what keeps `apply` followed by `plan` at zero changes.
 */
import type { DomainSettings } from './domain.js';

/** Every rrset type Gandi LiveDNS accepts (its documented enum), SOA excepted: Gandi owns the SOA. */
export const RECORD_TYPES = [
  'A', 'AAAA', 'ALIAS', 'CAA', 'CDS', 'CNAME', 'DNAME', 'DS', 'HTTPS', 'KEY', 'LOC', 'MX', 'NAPTR', 'NS',
  'OPENPGPKEY', 'PTR', 'RP', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'WKS',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Gandi's TTL bounds (rrset_ttl minimum and maximum) and the TTL it applies when none is sent. */
export const TTL_MIN = 300;
export const TTL_MAX = 2_592_000;
export const GANDI_DEFAULT_TTL = 10_800;

/** The apex, spelled as Gandi spells it on the wire and as our JSON plan prints it. */
export const APEX = '@';

/** Where something came from in a file: 1-based line and column, as editors and GitHub annotations count. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * One rrset: all the values of one (name, type) with one TTL, the unit LiveDNS reads and writes.
 * - `name` is relative to the zone, lower-case, `@` for the apex, never a trailing dot.
 * - `values` are canonical value strings (see canonical.ts), sorted, without duplicates. TXT/SPF values
 *   hold the decoded text itself (no quotes, no 255-byte chunking): the wire form is made at the edge.
 */
export interface RecordSet {
  readonly name: string;
  readonly type: RecordType;
  readonly ttl: number;
  readonly values: readonly string[];
  /** Where the rrset was declared, for desired rrsets read from a zone file or template. */
  readonly source?: SourceLocation;
  /** For live rrsets: the exact `rrset_name` Gandi returned. Writes must use it (names are case-sensitive there). */
  readonly wireName?: string;
  /** For desired rrsets pulled in from a template: the template's name. */
  readonly template?: string;
}

/** `name/TYPE`: the identity of an rrset within a zone. */
export type RrsetKey = `${string}/${RecordType}`;
export function rrsetKey(rrset: { readonly name: string; readonly type: RecordType }): RrsetKey {
  return `${rrset.name}/${rrset.type}`;
}

/** A rule from a zone file's `ignore:` list: live rrsets it matches are neither planned nor written. */
export interface IgnoreRule {
  /** Glob on the relative name (`*` any run of characters, `?` one character); `@` is the apex. */
  readonly name: string;
  /** Absent: every type. */
  readonly type?: RecordType;
  readonly source?: SourceLocation;
}

/** Per-zone safety knobs (zone file `safety:` key); the CLI's `--force` overrides them. */
export interface SafetySettings {
  /** Largest share of existing rrsets that one plan may delete or update, 0..1. Default 0.3. */
  readonly maxChangeRatio?: number;
  /** Zones with fewer existing rrsets than this are never refused. Default 10. */
  readonly minExisting?: number;
}

/** What a zone file asks for, after validation and canonicalisation. */
export interface DesiredZone {
  /** Registrar settings the file manages (`nameservers`, `autorenew`); absent: none. */
  readonly domain?: DomainSettings;
  /** The `account:` of livedns.config.yaml whose token reaches this zone; absent: the default credentials. */
  readonly account?: string;
  /** Where `account:` was written, to locate an unknown account. */
  readonly accountSource?: SourceLocation;
  /** The zone's FQDN, lower-case, no trailing dot (from the file name). */
  readonly zone: string;
  /** Path of the zone file, as given to the reader (relative paths stay relative). */
  readonly file: string;
  readonly rrsets: readonly RecordSet[];
  readonly ignore: readonly IgnoreRule[];
  readonly safety?: SafetySettings;
}

/** A problem found in a file. Validation collects every Issue, then fails once. */
export interface Issue {
  readonly severity: 'error' | 'warning';
  /** Stable identifier of the rule, e.g. `cname-exclusive`, `ttl-range`, `schema`, `yaml-syntax`. */
  readonly rule: string;
  readonly message: string;
  /** How to fix it, where one helps. */
  readonly hint?: string;
  readonly file: string;
  /** 1-based; absent when the problem has no position (e.g. an unreadable file). */
  readonly line?: number;
  readonly column?: number;
}

export type Action = 'create' | 'update' | 'delete';

/**
 * One change to one rrset. A closed union on `action`: switches over it end with an exhaustive check.
 * `ttlOnly` marks an update whose values are equal and only the TTL moves.
 */
export type Change =
  | { readonly action: 'create'; readonly name: string; readonly type: RecordType; readonly before: null; readonly after: RecordSet }
  | { readonly action: 'update'; readonly name: string; readonly type: RecordType; readonly before: RecordSet; readonly after: RecordSet; readonly ttlOnly: boolean }
  | { readonly action: 'delete'; readonly name: string; readonly type: RecordType; readonly before: RecordSet; readonly after: null };

export interface ChangeCounts {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
}

/** The plan for one zone: a value that can be printed, hashed, serialised and applied. */
export interface ZonePlan {
  readonly zone: string;
  /** In apply order: deletes (which free names, e.g. for a CNAME) first, then creates, then updates. */
  readonly changes: readonly Change[];
  readonly counts: ChangeCounts;
  /** Live rrsets the plan was computed from, apex NS/SOA excluded (the base of the safety ratio). */
  readonly existingCount: number;
  /** Live rrsets left untouched because an `ignore` rule covers them. */
  readonly ignoredCount: number;
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
