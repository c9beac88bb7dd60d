/**
 * The Domain API client (`https://api.gandi.net/v5/domain`): registrar facts (delegation, expiry,
 * auto-renewal, status flags) and the two settings the reconciler manages, nameservers and auto-renewal.
 * It runs on the same request core as the LiveDNS client (src/gandi/http.ts): same credential, limiter,
 * retries and error mapping.
 *
 * Shapes, from what is known (see /work/shared/livedns-api.md section 6):
 * - GET /domains items: `{fqdn, fqdn_unicode, nameserver: {current, hosts?}, autorenew: bool, dates:
 *   {registry_ends_at, ...}, status: [...]}` — documented `nameserver.current`; `autorenew` and `dates`
 *   as go-gandi's domain.ListResponse reads them (go-gandi/go-gandi domain/types.go).
 * - GET /domains/{fqdn}: like a list item, but `autorenew` is an object `{enabled, duration, dates...}`
 *   and `nameservers` a list (go-gandi domain.Details; terraform-provider-gandi reads
 *   `response.AutoRenew.Enabled`).
 * - PATCH /domains/{fqdn}/autorenew `{"enabled": bool}` (go-gandi Domain.SetAutoRenew).
 * - PUT /domains/{fqdn}/nameservers `{"nameservers": [...]}`, POST /domains/{fqdn}/livedns (no body),
 *   GET /domains/{fqdn}/livedns `{current, nameservers}` [D].
 * Every field but `fqdn` is read as optional: a missing one makes a fact unknown, never a crash.
 */
import { UserError } from '../errors.js';
import { normaliseNameserver } from '../model/domain.js';
import { GandiHttp, type GandiRequest } from './http.js';
import type { ClientOptions } from './options.js';
import type { DomainClient, LiveDnsStatus, RegistrarDomain } from './types.js';

/** A DomainClient that owns network resources (unless it shares them): close it when the run is over. */
export type HttpDomainClient = DomainClient & { close(): Promise<void> };

/** Items per page of the domain list (see listDomains). */
export const DOMAIN_LIST_PER_PAGE = 100;

const domainPath = (fqdn: string) => `/domains/${encodeURIComponent(fqdn)}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

function unexpected(action: string, what: string): UserError {
  return new UserError(`could not ${action}: Gandi's answer was not the expected ${what}`);
}

/** A list item or a details object, whichever shape `autorenew` and `nameserver(s)` take. */
export function toRegistrarDomain(value: unknown, action: string): RegistrarDomain {
  if (!isRecord(value) || typeof value.fqdn !== 'string') throw unexpected(action, 'domain object');
  const domain: RegistrarDomain = { fqdn: value.fqdn.toLowerCase(), status: strings(value.status) ?? [] };
  if (typeof value.fqdn_unicode === 'string') domain.fqdn_unicode = value.fqdn_unicode;
  if (isRecord(value.nameserver)) {
    if (typeof value.nameserver.current === 'string') domain.nameserver = value.nameserver.current;
    const hosts = strings(value.nameserver.hosts);
    if (hosts !== undefined) domain.nameserverHosts = hosts.map(normaliseNameserver);
  }
  const listed = strings(value.nameservers);
  if (listed !== undefined && domain.nameserverHosts === undefined) domain.nameserverHosts = listed.map(normaliseNameserver);
  if (typeof value.autorenew === 'boolean') domain.autorenew = value.autorenew;
  else if (isRecord(value.autorenew) && typeof value.autorenew.enabled === 'boolean') domain.autorenew = value.autorenew.enabled;
  if (isRecord(value.dates) && typeof value.dates.registry_ends_at === 'string' && !Number.isNaN(Date.parse(value.dates.registry_ends_at))) {
    domain.expiresAt = value.dates.registry_ends_at;
  }
  return domain;
}

class DomainHttpClient implements HttpDomainClient {
  constructor(
    private readonly http: GandiHttp,
    private readonly ownsHttp: boolean,
  ) {}

  private req(req: Omit<GandiRequest, 'api'>): GandiRequest {
    return { api: 'domain', ...req };
  }

  async listDomains(): Promise<RegistrarDomain[]> {
    const action = 'list the domains of the account (Domain API)';
    // 500 per page is known to work for LiveDNS (octodns-gandi), not for the Domain API: stay at 100, the size
    // Gandi's pages are reported to have by default, rather than risk a refusal of a larger one.
    const perPage = Math.min(this.http.perPage, DOMAIN_LIST_PER_PAGE);
    const items = await this.http.listAll(this.req({ method: 'GET', path: '/domains', action, perPage }));
    return items.map((item) => toRegistrarDomain(item, action));
  }

  async getDomain(fqdn: string): Promise<RegistrarDomain> {
    const action = `read the registrar facts of ${fqdn}`;
    const response = await this.http.send(this.req({ method: 'GET', path: domainPath(fqdn), action, zone: fqdn }));
    return toRegistrarDomain(response.data, action);
  }

  async getNameservers(fqdn: string): Promise<string[]> {
    const action = `read the nameservers of ${fqdn}`;
    const response = await this.http.send(this.req({ method: 'GET', path: `${domainPath(fqdn)}/nameservers`, action, zone: fqdn }));
    const hosts = strings(response.data);
    if (hosts === undefined) throw unexpected(action, 'list of hostnames');
    return hosts.map(normaliseNameserver);
  }

  async setNameservers(fqdn: string, nameservers: readonly string[]): Promise<void> {
    // PUT of the whole list is idempotent: the core may retry it.
    await this.http.send(
      this.req({ method: 'PUT', path: `${domainPath(fqdn)}/nameservers`, body: { nameservers: [...nameservers] }, action: `set the nameservers of ${fqdn}`, zone: fqdn }),
    );
  }

  async getLiveDnsStatus(fqdn: string): Promise<LiveDnsStatus> {
    const action = `read whether ${fqdn} is delegated to LiveDNS`;
    const response = await this.http.send(this.req({ method: 'GET', path: `${domainPath(fqdn)}/livedns`, action, zone: fqdn }));
    const data = response.data;
    if (!isRecord(data) || typeof data.current !== 'string') throw unexpected(action, 'object with "current"');
    return { current: data.current, nameservers: (strings(data.nameservers) ?? []).map(normaliseNameserver) };
  }

  async enableLiveDns(fqdn: string): Promise<void> {
    // Not retried blindly (a POST); the apply polls the delegation afterwards anyway, which is what tells
    // whether it took effect.
    await this.http.send(this.req({ method: 'POST', path: `${domainPath(fqdn)}/livedns`, action: `delegate ${fqdn} to LiveDNS`, zone: fqdn }));
  }

  async setAutorenew(fqdn: string, enabled: boolean): Promise<void> {
    // Setting a flag to a given value is idempotent, so this PATCH may be retried like a PUT.
    await this.http.send(
      this.req({
        method: 'PATCH',
        path: `${domainPath(fqdn)}/autorenew`,
        body: { enabled },
        action: `${enabled ? 'enable' : 'disable'} auto-renewal of ${fqdn}`,
        zone: fqdn,
        retry: true,
      }),
    );
  }

  close(): Promise<void> {
    return this.ownsHttp ? this.http.close() : Promise.resolve();
  }
}

/** A Domain API client on its own connection pool. */
export function createDomainClient(options: ClientOptions): HttpDomainClient {
  return new DomainHttpClient(new GandiHttp(options), true);
}

/** A Domain API client on an existing request core (same token, pool and limiter); closing it is a no-op. */
export function domainClientOn(http: GandiHttp): HttpDomainClient {
  return new DomainHttpClient(http, false);
}
