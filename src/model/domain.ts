/**
 * Domain-level settings and facts: what a zone file asks of the registrar (nameservers, auto-renewal),
 * what the registrar says (delegation, expiry, status flags), and the changes and warnings planned from
 * the two. Plain, JSON-able data like the rest of the model.
 */
import type { SourceLocation } from './types.js';

/** Gandi's LiveDNS nameservers, whatever their hashed names are for this domain. */
export const LIVEDNS = 'livedns';

/** `livedns`, or custom nameserver hostnames (lower-case, no trailing dot, sorted, unique). */
export type NameserversSetting = typeof LIVEDNS | readonly string[];

/** What a zone file manages at the registrar. An absent key leaves that setting as it is. */
export interface DomainSettings {
  readonly nameservers?: NameserversSetting;
  readonly autorenew?: boolean;
  /** Where each key was written, for messages. */
  readonly sources?: { readonly nameservers?: SourceLocation; readonly autorenew?: SourceLocation };
}

/** What the registrar says about one domain. Absent members are unknown (not read, or not answered). */
export interface DomainFacts {
  readonly fqdn: string;
  /** How the registry delegates it: `livedns`, `classic`, `premium_dns`, `other`. */
  readonly delegation?: string;
  /** The registered nameservers, when they were read (only when a plan needs them). */
  readonly nameservers?: readonly string[];
  readonly autorenew?: boolean;
  /** ISO-8601: when the registration ends. */
  readonly expiresAt?: string;
  /** EPP status flags (`clientTransferProhibited`...). */
  readonly status: readonly string[];
}

/**
 * One change to a registrar setting, planned as its own line. `before` is null when unknown. Nameservers
 * go back to LiveDNS with `POST .../livedns`, to custom hosts with `PUT .../nameservers`.
 */
export type DomainChange =
  | { readonly setting: 'nameservers'; readonly before: NameserversSetting | null; readonly after: NameserversSetting }
  | { readonly setting: 'autorenew'; readonly before: boolean | null; readonly after: boolean };

export type WarningCode =
  /** The registry does not delegate the zone to LiveDNS: its records are not what the world sees. */
  | 'not-delegated'
  /** The zone file sets custom nameservers: its LiveDNS records are managed but not served. */
  | 'custom-nameservers'
  /** Expires within 30 days without auto-renewal. */
  | 'expiring'
  /** The Domain API could not be read (no rights, or an error): checks skipped. */
  | 'domain-facts-unavailable'
  /** The domain is not among the account's domains at the registrar: checks skipped. */
  | 'not-registered';

/**
 * Something a reviewer should know that is not a change. `note`: a check could not run. The JSON plan
 * lists them as `warnings`.
 */
export interface PlanWarning {
  /** Absent for a warning about a whole account. */
  readonly zone?: string;
  readonly code: WarningCode;
  readonly level: 'warning' | 'note';
  readonly message: string;
}

/** Hostnames as compared everywhere: lower-case, without a trailing dot. */
export function normaliseNameserver(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Sorted, unique, normalised: two lists naming the same servers in another order are equal. */
export function canonicalNameservers(hosts: readonly string[]): string[] {
  return [...new Set(hosts.map(normaliseNameserver))].sort();
}

export function sameNameservers(a: NameserversSetting, b: NameserversSetting): boolean {
  if (a === LIVEDNS || b === LIVEDNS) return a === b;
  const x = canonicalNameservers(a);
  const y = canonicalNameservers(b);
  return x.length === y.length && x.every((host, i) => host === y[i]);
}

/** `livedns`, or the hosts joined with `, `: how plans print a nameserver setting. */
export function describeNameservers(setting: NameserversSetting | null): string {
  if (setting === null) return '(unknown)';
  return setting === LIVEDNS ? 'LiveDNS' : setting.join(', ');
}

/** A one-line description of a domain change: `nameservers: a, b -> LiveDNS`, `autorenew: off -> on`. */
export function describeDomainChange(change: DomainChange): string {
  if (change.setting === 'nameservers') return `nameservers: ${describeNameservers(change.before)} -> ${describeNameservers(change.after)}`;
  const word = (value: boolean | null) => (value === null ? '(unknown)' : value ? 'on' : 'off');
  return `auto-renewal: ${word(change.before)} -> ${word(change.after)}`;
}
