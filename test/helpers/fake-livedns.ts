/**
 * An in-memory LiveDnsClient: the second implementation of the seam, for unit tests of the apply engine
 * and the reconciler without HTTP. It keeps wire-shaped rrsets and snapshots, records every call in
 * order, and can fail chosen calls.
 */
import type { GandiRrset, LiveDnsClient, LiveDnsDomain, LiveDnsDomainDetails, Snapshot, SnapshotSummary } from '../../src/gandi/types.js';
import { GandiApiError } from '../../src/gandi/errors.js';

export interface FakeCall {
  readonly method: 'listDomains' | 'getDomain' | 'listRecords' | 'putRrset' | 'deleteRrset' | 'replaceZone' | 'createSnapshot' | 'listSnapshots' | 'getSnapshot' | 'deleteSnapshot';
  readonly zone?: string;
  readonly name?: string;
  readonly type?: string;
}

/** What the HTTP client throws for a zone or snapshot LiveDNS does not have (or the token cannot see). */
function notFound(method: string, path: string, zone: string): GandiApiError {
  return new GandiApiError({
    status: 404,
    method,
    path,
    action: `reach ${path}`,
    zone,
    body: { code: 404, message: 'The resource could not be found.', object: 'HTTPNotFound', cause: 'Not Found', errors: [] },
    attempts: 1,
    elapsedMs: 0,
  });
}

const WRITES = new Set<FakeCall['method']>(['putRrset', 'deleteRrset', 'replaceZone', 'createSnapshot', 'deleteSnapshot']);

export class FakeLiveDns implements LiveDnsClient {
  readonly zones = new Map<string, GandiRrset[]>();
  readonly snapshots = new Map<string, Snapshot[]>();
  readonly calls: FakeCall[] = [];
  /** Return an Error to make that call fail (after it is recorded, before it takes effect). */
  failOn: (call: FakeCall) => Error | undefined = () => undefined;
  private clock = Date.parse('2025-01-01T00:00:00Z');
  private nextId = 1;

  constructor(zones: Record<string, GandiRrset[]> = {}) {
    for (const [zone, rrsets] of Object.entries(zones)) this.zones.set(zone, structuredClone(rrsets));
  }

  /** The calls that change something on LiveDNS. */
  writes(): FakeCall[] {
    return this.calls.filter((call) => WRITES.has(call.method));
  }

  rrsets(zone: string): GandiRrset[] {
    return structuredClone(this.zones.get(zone) ?? []);
  }

  private record(call: FakeCall): void {
    this.calls.push(call);
    const error = this.failOn(call);
    if (error) throw error;
  }

  private zone(zone: string): GandiRrset[] {
    const rrsets = this.zones.get(zone);
    if (!rrsets) throw notFound('GET', `/livedns/domains/${zone}`, zone);
    return rrsets;
  }

  async listDomains(): Promise<LiveDnsDomain[]> {
    this.record({ method: 'listDomains' });
    return [...this.zones.keys()].sort().map((fqdn) => ({ fqdn }));
  }

  async getDomain(fqdn: string): Promise<LiveDnsDomainDetails> {
    this.record({ method: 'getDomain', zone: fqdn });
    this.zone(fqdn);
    return { fqdn, automatic_snapshots: false };
  }

  async listRecords(fqdn: string): Promise<GandiRrset[]> {
    this.record({ method: 'listRecords', zone: fqdn });
    return structuredClone(this.zone(fqdn));
  }

  async putRrset(fqdn: string, name: string, type: string, ttl: number, values: string[]): Promise<void> {
    this.record({ method: 'putRrset', zone: fqdn, name, type });
    const rrsets = this.zone(fqdn);
    const index = rrsets.findIndex((r) => r.rrset_name === name && r.rrset_type === type);
    const rrset: GandiRrset = { rrset_name: name, rrset_type: type, rrset_ttl: ttl, rrset_values: [...values] };
    if (index >= 0) rrsets[index] = rrset;
    else rrsets.push(rrset);
  }

  async deleteRrset(fqdn: string, name: string, type: string): Promise<void> {
    this.record({ method: 'deleteRrset', zone: fqdn, name, type });
    const rrsets = this.zone(fqdn);
    const index = rrsets.findIndex((r) => r.rrset_name === name && r.rrset_type === type);
    if (index >= 0) rrsets.splice(index, 1);
  }

  async replaceZone(fqdn: string, items: GandiRrset[]): Promise<void> {
    this.record({ method: 'replaceZone', zone: fqdn });
    this.zone(fqdn);
    this.zones.set(fqdn, structuredClone(items));
  }

  async createSnapshot(fqdn: string, name: string): Promise<{ id: string }> {
    this.record({ method: 'createSnapshot', zone: fqdn });
    const zoneData = structuredClone(this.zone(fqdn));
    const id = `snap-${this.nextId++}`;
    this.clock += 1000;
    const snapshot: Snapshot = { id, name, created_at: new Date(this.clock).toISOString(), automatic: false, zone_data: zoneData };
    this.snapshots.set(fqdn, [...(this.snapshots.get(fqdn) ?? []), snapshot]);
    return { id };
  }

  async listSnapshots(fqdn: string): Promise<SnapshotSummary[]> {
    this.record({ method: 'listSnapshots', zone: fqdn });
    this.zone(fqdn);
    return (this.snapshots.get(fqdn) ?? []).map(({ id, name, created_at, automatic }) => ({ id, name, created_at, automatic }));
  }

  async getSnapshot(fqdn: string, id: string): Promise<Snapshot> {
    this.record({ method: 'getSnapshot', zone: fqdn });
    const snapshot = (this.snapshots.get(fqdn) ?? []).find((s) => s.id === id);
    if (!snapshot) throw notFound('GET', `/livedns/domains/${fqdn}/snapshots/${id}`, fqdn);
    return structuredClone(snapshot);
  }

  async deleteSnapshot(fqdn: string, id: string): Promise<void> {
    this.record({ method: 'deleteSnapshot', zone: fqdn });
    this.snapshots.set(fqdn, (this.snapshots.get(fqdn) ?? []).filter((s) => s.id !== id));
  }
}
