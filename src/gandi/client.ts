/**
 * The LiveDNS client: LiveDnsClient over HTTP (src/gandi/http.ts does transport, retries and limits).
 * It speaks Gandi's wire shapes only; src/model/wire.ts turns them into canonical rrsets.
 */
import { UserError } from '../errors.js';
import { GandiApiError } from './errors.js';
import { domainClientOn, type HttpDomainClient } from './domain.js';
import { GandiHttp, type GandiRequest } from './http.js';
import type { ClientOptions } from './options.js';
import type { GandiRrset, LiveDnsClient, LiveDnsDomain, LiveDnsDomainDetails, Snapshot, SnapshotSummary } from './types.js';

export { clientOptionsFromEnv, type ClientOptions } from './options.js';

/** A LiveDnsClient that owns network resources: close it when the run is over. */
export type HttpLiveDnsClient = LiveDnsClient & { close(): Promise<void> };

/** One path segment: `@` becomes `%40`, `/` cannot escape the segment. */
const segment = (value: string) => encodeURIComponent(value);
const zonePath = (fqdn: string) => `/domains/${segment(fqdn)}`;
const rrsetPath = (fqdn: string, name: string, type: string) => `${zonePath(fqdn)}/records/${segment(name)}/${segment(type)}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unexpected(action: string, what: string): UserError {
  return new UserError(`could not ${action}: Gandi's answer was not the expected ${what}`);
}

function toRrset(value: unknown, action: string): GandiRrset {
  if (
    !isRecord(value) ||
    typeof value.rrset_name !== 'string' ||
    typeof value.rrset_type !== 'string' ||
    !Array.isArray(value.rrset_values) ||
    !value.rrset_values.every((v) => typeof v === 'string')
  ) {
    throw unexpected(action, 'rrset (rrset_name, rrset_type, rrset_values)');
  }
  const rrset: GandiRrset = { rrset_name: value.rrset_name, rrset_type: value.rrset_type, rrset_values: value.rrset_values as string[] };
  if (typeof value.rrset_ttl === 'number') rrset.rrset_ttl = value.rrset_ttl;
  if (typeof value.rrset_href === 'string') rrset.rrset_href = value.rrset_href;
  return rrset;
}

function toDomain(value: unknown, action: string): LiveDnsDomainDetails {
  if (!isRecord(value) || typeof value.fqdn !== 'string') throw unexpected(action, 'domain object');
  const domain: LiveDnsDomainDetails = { fqdn: value.fqdn };
  if (typeof value.domain_href === 'string') domain.domain_href = value.domain_href;
  if (typeof value.domain_records_href === 'string') domain.domain_records_href = value.domain_records_href;
  if (typeof value.domain_keys_href === 'string') domain.domain_keys_href = value.domain_keys_href;
  if (typeof value.automatic_snapshots === 'boolean') domain.automatic_snapshots = value.automatic_snapshots;
  return domain;
}

/** Gandi's docs call the link `href`; go-gandi reads `snapshot_href`. Accept both, return `href`. */
function toSnapshotSummary(value: unknown, action: string): SnapshotSummary {
  if (!isRecord(value) || typeof value.id !== 'string') throw unexpected(action, 'snapshot object');
  const summary: SnapshotSummary = {
    id: value.id,
    name: typeof value.name === 'string' ? value.name : '',
    created_at: typeof value.created_at === 'string' ? value.created_at : '',
    automatic: value.automatic === true,
  };
  const href = typeof value.href === 'string' ? value.href : typeof value.snapshot_href === 'string' ? value.snapshot_href : undefined;
  if (href !== undefined) summary.href = href;
  return summary;
}

class LiveDnsHttpClient implements HttpLiveDnsClient {
  constructor(private readonly http: GandiHttp) {}

  private live(req: Omit<GandiRequest, 'api'>): GandiRequest {
    return { api: 'livedns', ...req };
  }

  async listDomains(): Promise<LiveDnsDomain[]> {
    const action = 'list the LiveDNS domains';
    const items = await this.http.listAll(this.live({ method: 'GET', path: '/domains', action }));
    return items.map((item) => toDomain(item, action));
  }

  async getDomain(fqdn: string): Promise<LiveDnsDomainDetails> {
    const action = `read LiveDNS domain ${fqdn}`;
    const response = await this.http.send(this.live({ method: 'GET', path: zonePath(fqdn), action, zone: fqdn }));
    return toDomain(response.data, action);
  }

  async listRecords(fqdn: string): Promise<GandiRrset[]> {
    const action = `list the rrsets of zone ${fqdn}`;
    const items = await this.http.listAll(this.live({ method: 'GET', path: `${zonePath(fqdn)}/records`, action, zone: fqdn }));
    return items.map((item) => toRrset(item, action));
  }

  async putRrset(fqdn: string, name: string, type: string, ttl: number, values: string[]): Promise<void> {
    // rrset_ttl always goes out: a PUT without it resets the TTL to 10800.
    await this.http.send(
      this.live({
        method: 'PUT',
        path: rrsetPath(fqdn, name, type),
        body: { rrset_values: values, rrset_ttl: ttl },
        action: `write rrset ${name} ${type} in zone ${fqdn}`,
        zone: fqdn,
      }),
    );
  }

  async deleteRrset(fqdn: string, name: string, type: string): Promise<void> {
    try {
      await this.http.send(
        this.live({ method: 'DELETE', path: rrsetPath(fqdn, name, type), action: `delete rrset ${name} ${type} in zone ${fqdn}`, zone: fqdn }),
      );
    } catch (error) {
      // Already gone (for instance deleted by an earlier attempt whose answer was lost): the goal is met.
      if (error instanceof GandiApiError && error.isRecordNotFound) return;
      throw error;
    }
  }

  async replaceZone(fqdn: string, items: GandiRrset[]): Promise<void> {
    const clean = items.map((item) => {
      const rrset: GandiRrset = { rrset_name: item.rrset_name, rrset_type: item.rrset_type, rrset_values: item.rrset_values };
      if (item.rrset_ttl !== undefined) rrset.rrset_ttl = item.rrset_ttl;
      return rrset;
    });
    await this.http.send(
      this.live({ method: 'PUT', path: `${zonePath(fqdn)}/records`, body: { items: clean }, action: `replace the rrsets of zone ${fqdn}`, zone: fqdn }),
    );
  }

  /**
   * POST is not idempotent: after an uncertain failure (timeout, reset, 5xx) the snapshot may exist
   * already, so the list is searched for this exact name before posting again. A 429 was refused
   * outright and is simply retried after its wait.
   */
  async createSnapshot(fqdn: string, name: string): Promise<{ id: string }> {
    const action = `snapshot zone ${fqdn}`;
    const { policy, clock } = this.http;
    const startedAt = clock.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await this.http.send(
          this.live({ method: 'POST', path: `${zonePath(fqdn)}/snapshots`, body: { name }, action, zone: fqdn, retry: false }),
        );
        if (isRecord(response.data) && typeof response.data.id === 'string') return { id: response.data.id };
        const found = await this.findSnapshot(fqdn, name);
        if (found !== undefined) return { id: found.id };
        throw new UserError(`could not ${action}: Gandi answered ${response.status} without a snapshot id, and no snapshot named "${name}" is listed`);
      } catch (error) {
        if (!(error instanceof GandiApiError) || !(error.status === 429 || error.isUncertain)) throw error;
        if (error.isUncertain) {
          const found = await this.findSnapshot(fqdn, name);
          if (found !== undefined) return { id: found.id };
        }
        const elapsed = clock.now() - startedAt;
        if (attempt >= policy.maxAttempts) throw error.withAttempts(attempt, elapsed);
        const delay = this.http.backoff(attempt, error.retryAfterMs);
        if (elapsed + delay > policy.deadlineMs) throw error.withAttempts(attempt, elapsed, 'deadline');
        await clock.sleep(delay);
      }
    }
  }

  private async findSnapshot(fqdn: string, name: string): Promise<SnapshotSummary | undefined> {
    const matches = (await this.listSnapshots(fqdn)).filter((snapshot) => snapshot.name === name);
    return matches.sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  }

  async listSnapshots(fqdn: string): Promise<SnapshotSummary[]> {
    const action = `list the snapshots of zone ${fqdn}`;
    const items = await this.http.listAll(this.live({ method: 'GET', path: `${zonePath(fqdn)}/snapshots`, action, zone: fqdn }));
    return items.map((item) => toSnapshotSummary(item, action));
  }

  async getSnapshot(fqdn: string, id: string): Promise<Snapshot> {
    const action = `read snapshot ${id} of zone ${fqdn}`;
    const response = await this.http.send(this.live({ method: 'GET', path: `${zonePath(fqdn)}/snapshots/${segment(id)}`, action, zone: fqdn }));
    const summary = toSnapshotSummary(response.data, action);
    const zoneData = isRecord(response.data) && Array.isArray(response.data.zone_data) ? response.data.zone_data : [];
    return { ...summary, zone_data: zoneData.map((item) => toRrset(item, action)) };
  }

  async deleteSnapshot(fqdn: string, id: string): Promise<void> {
    await this.http.send(
      this.live({ method: 'DELETE', path: `${zonePath(fqdn)}/snapshots/${segment(id)}`, action: `delete snapshot ${id} of zone ${fqdn}`, zone: fqdn }),
    );
  }

  close(): Promise<void> {
    return this.http.close();
  }
}

/**
 * A LiveDNS client on undici. Throws a UserError naming the variable to set when no credential is given,
 * before any request. Every failure it throws is a GandiApiError (or a UserError for an answer of the
 * wrong shape), with a message for a person and never the credential.
 */
export function createLiveDnsClient(options: ClientOptions): HttpLiveDnsClient {
  return new LiveDnsHttpClient(new GandiHttp(options));
}

/** Both API families of one account on one request core: one token, one connection pool, one limiter. */
export interface GandiClients {
  readonly livedns: HttpLiveDnsClient;
  readonly domain: HttpDomainClient;
  close(): Promise<void>;
}

export function createGandiClients(options: ClientOptions): GandiClients {
  const http = new GandiHttp(options);
  const livedns = new LiveDnsHttpClient(http);
  return { livedns, domain: domainClientOn(http), close: () => http.close() };
}
