/**
 * The narrow seam between everything else and Gandi's HTTP API.
 *
 * The client speaks Gandi's wire shapes (GandiRrset) and nothing more: turning them into canonical
 * RecordSets (relative targets, TXT quoting, case) is the model's job (src/model/wire.ts), so that the
 * planner never sees HTTP and the client never needs to know DNS semantics.
 */

/** An rrset exactly as LiveDNS sends and receives it. */
export interface GandiRrset {
  rrset_name: string;
  rrset_type: string;
  rrset_ttl?: number;
  rrset_values: string[];
  rrset_href?: string;
}

export interface LiveDnsDomain {
  fqdn: string;
  domain_href?: string;
  domain_records_href?: string;
}

export interface LiveDnsDomainDetails extends LiveDnsDomain {
  automatic_snapshots?: boolean;
  domain_keys_href?: string;
}

export interface SnapshotSummary {
  id: string;
  name: string;
  /** ISO-8601 UTC. */
  created_at: string;
  automatic: boolean;
  href?: string;
}

export interface Snapshot extends SnapshotSummary {
  zone_data: GandiRrset[];
}

/** Everything the reconciler needs from LiveDNS. One implementation speaks HTTP (client.ts). */
export interface LiveDnsClient {
  /** Every LiveDNS domain visible to the token, all pages followed. */
  listDomains(): Promise<LiveDnsDomain[]>;
  /** One domain; used only where needed (e.g. to explain a 404), never as a per-zone preflight. */
  getDomain(fqdn: string): Promise<LiveDnsDomainDetails>;
  /** Every rrset of the zone, all pages followed, with an explicit per_page. Apex NS/SOA may be present: callers drop them. */
  listRecords(fqdn: string): Promise<GandiRrset[]>;
  /** Create or overwrite one rrset (PUT by name and type, an upsert); the TTL is always sent. `name` is the exact wire spelling. */
  putRrset(fqdn: string, name: string, type: string, ttl: number, values: string[]): Promise<void>;
  /** Delete one rrset; a 404 `dns-record` (already gone) counts as success. */
  deleteRrset(fqdn: string, name: string, type: string): Promise<void>;
  /** Replace the whole zone in one call (PUT /records with items). */
  replaceZone(fqdn: string, items: GandiRrset[]): Promise<void>;
  /** Create a named snapshot and return its id. Not blindly retried: on an uncertain failure it lists snapshots to find it. */
  createSnapshot(fqdn: string, name: string): Promise<{ id: string }>;
  listSnapshots(fqdn: string): Promise<SnapshotSummary[]>;
  getSnapshot(fqdn: string, id: string): Promise<Snapshot>;
  deleteSnapshot(fqdn: string, id: string): Promise<void>;
}

/**
 * How the registry delegates a domain, in the Domain API's words (`nameserver.current` in the domain
 * list, `current` in GET /domain/domains/{fqdn}/livedns): `livedns`, `classic` (Gandi's old DNS),
 * `premium_dns`, `other` (custom nameservers). Kept as a string: Gandi may add values.
 */
export type NameserverKind = 'livedns' | 'classic' | 'premium_dns' | 'other' | (string & {});

/**
 * One domain as the Domain API's list (`GET /domain/domains`) describes it, read defensively: every field
 * but `fqdn` may be missing. One list call gives these facts for every domain of the account, which is why
 * the reconciler reads it once per account instead of once per zone.
 */
export interface RegistrarDomain {
  /** ASCII/punycode, lower-case. */
  fqdn: string;
  fqdn_unicode?: string;
  /** `nameserver.current`. */
  nameserver?: NameserverKind;
  /** `nameserver.hosts`, when Gandi lists them (go-gandi's NameServerConfig has it as optional). */
  nameserverHosts?: string[];
  /** The list has a boolean; the details object has `{enabled}`: both are read into this. */
  autorenew?: boolean;
  /** `dates.registry_ends_at`, ISO-8601: when the registration expires. */
  expiresAt?: string;
  /** EPP status flags, e.g. `clientTransferProhibited`. */
  status: string[];
}

/** GET /domain/domains/{fqdn}/livedns. */
export interface LiveDnsStatus {
  current: NameserverKind;
  nameservers: string[];
}

/**
 * The part of Gandi's Domain API (registrar facts and settings) the reconciler uses. Purchases (register,
 * renew, transfer) are deliberately absent: this tool never spends money.
 */
export interface DomainClient {
  /** Every domain of the account visible to the token, all pages followed. */
  listDomains(): Promise<RegistrarDomain[]>;
  /** One domain's details (GET /domain/domains/{fqdn}). */
  getDomain(fqdn: string): Promise<RegistrarDomain>;
  /** The nameservers registered at the registry (GET .../nameservers). */
  getNameservers(fqdn: string): Promise<string[]>;
  /** Registers custom nameservers (PUT .../nameservers). Asynchronous at Gandi: poll to see it land. */
  setNameservers(fqdn: string, nameservers: readonly string[]): Promise<void>;
  /** GET .../livedns: whether the registry delegates to LiveDNS (`current`). */
  getLiveDnsStatus(fqdn: string): Promise<LiveDnsStatus>;
  /** POST .../livedns: delegate the domain back to LiveDNS's nameservers. */
  enableLiveDns(fqdn: string): Promise<void>;
  /** PATCH .../autorenew `{enabled}`. */
  setAutorenew(fqdn: string, enabled: boolean): Promise<void>;
}
