/**
 * The LiveDNS routes of the emulator (`/v5/livedns/...`), answering with Gandi's documented and observed
 * shapes: see /work/shared/livedns-api.md. Where the fact sheet marks a behaviour uncertain, the comment
 * says which way we went.
 */
import { randomUUID } from 'node:crypto';
import { GANDI_DEFAULT_TTL } from '../model/types.js';
import { HttpError, gandiError, validationError, type RouteContext, type RouteResponse, type Router } from './router.js';
import {
  GANDI_RRSET_TYPES,
  LIVEDNS_NAMESERVERS,
  cnameConflicts,
  gandiTimestamp,
  isHiddenRrset,
  storeValues,
  validateRrset,
  type EmulatorDomain,
  type EmulatorRrset,
  type EmulatorSnapshot,
  type FieldError,
} from './state.js';

const BASE = '/v5/livedns';
/** Gandi's default page size is undocumented; dnscontrol's tests assert 100. */
const DEFAULT_PER_PAGE = 100;

const CREATED = { message: 'DNS Record Created' };

/** `@` becomes `%40` as in Gandi's hrefs; `*` becomes `%2A` (a guess in the fixtures, kept consistent). */
function hrefSegment(value: string): string {
  return encodeURIComponent(value).replace(/\*/g, '%2A');
}

function domainHref(ctx: RouteContext, fqdn: string): string {
  return `${ctx.origin}${BASE}/domains/${hrefSegment(fqdn)}`;
}

function rrsetHref(ctx: RouteContext, fqdn: string, rrset: EmulatorRrset): string {
  return `${domainHref(ctx, fqdn)}/records/${hrefSegment(rrset.rrset_name)}/${hrefSegment(rrset.rrset_type)}`;
}

function withHref(ctx: RouteContext, fqdn: string, rrset: EmulatorRrset) {
  return { ...rrset, rrset_href: rrsetHref(ctx, fqdn, rrset) };
}

function zoneOf(ctx: RouteContext): EmulatorDomain {
  // The server resolved it from the route's `zone` parameter; a missing one is a routing bug.
  if (ctx.domain === undefined) throw new Error('route without a zone parameter');
  return ctx.domain;
}

function recordNotFound(name: string, type: string): HttpError {
  return new HttpError(404, gandiError(404, { message: `Can't find the DNS record ${name}/${type} in the zone`, object: 'dns-record' }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bodyObject(ctx: RouteContext): Record<string, unknown> {
  if (!isObject(ctx.body)) throw validationError([{ location: 'body', name: '', description: 'a JSON object body is required' }]);
  return ctx.body;
}

function sortedVisible(rrsets: readonly EmulatorRrset[]): EmulatorRrset[] {
  // Gandi sorts by rrset_name by default; the type breaks ties so that pages are stable.
  const key = (r: EmulatorRrset) => `${r.rrset_name}\u0000${r.rrset_type}`;
  return rrsets.filter((r) => !isHiddenRrset(r)).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function positiveInt(ctx: RouteContext, name: string, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw validationError([{ location: 'querystring', name, description: `'${raw}' is not an integer >= 1` }]);
  }
  return value;
}

/**
 * One page of a collection with Gandi's headers: Total-Count (all items), Filtered-Count (this page, as the
 * fact sheet reads it), and Link with rel="next"/"last". A page past the end is an empty list.
 */
export function paginate(ctx: RouteContext, items: readonly unknown[], maxPerPage?: number): RouteResponse {
  const page = positiveInt(ctx, 'page', 1);
  const perPage = Math.min(positiveInt(ctx, 'per_page', DEFAULT_PER_PAGE), maxPerPage ?? Number.POSITIVE_INFINITY);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = { 'total-count': String(items.length), 'filtered-count': String(slice.length) };
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number) => {
    const query = new URLSearchParams(ctx.query);
    query.set('page', String(p));
    query.set('per_page', String(perPage));
    return `<${ctx.origin}${ctx.path}?${query.toString()}>`;
  };
  const links = [...(page < last ? [`${link(page + 1)}; rel="next"`] : []), `${link(last)}; rel="last"`];
  headers.link = links.join(', ');
  return { status: 200, body: slice, headers };
}

/** Gandi answered 500 when an update named an existing rrset in another case (dnscontrol #3581). */
function caseMismatch(domain: EmulatorDomain, name: string, type: string): boolean {
  const lower = name.toLowerCase();
  return domain.rrsets.some((r) => r.rrset_type === type && r.rrset_name !== name && r.rrset_name.toLowerCase() === lower);
}

function find(domain: EmulatorDomain, name: string, type: string): EmulatorRrset | undefined {
  return domain.rrsets.find((r) => r.rrset_name === name && r.rrset_type === type);
}

function readRrsetInput(name: string, type: string, ttl: unknown, values: unknown, where: string): EmulatorRrset {
  const errors = validateRrset(name, type, ttl, values, where);
  if (errors.length > 0) throw validationError(errors);
  // No rrset_ttl means 10800, even when overwriting an rrset that had another TTL (observed).
  return { rrset_name: name, rrset_type: type, rrset_ttl: (ttl as number | undefined) ?? GANDI_DEFAULT_TTL, rrset_values: storeValues(type, values as string[]) };
}

/** Replaces the zone's rrsets after the checks that span rrsets; hidden ones (apex NS, SOA) are kept. */
function commit(domain: EmulatorDomain, next: EmulatorRrset[]): void {
  const conflicts: FieldError[] = cnameConflicts(next);
  if (conflicts.length > 0) throw validationError(conflicts);
  domain.rrsets = next;
}

function upsert(domain: EmulatorDomain, rrset: EmulatorRrset): void {
  if (caseMismatch(domain, rrset.rrset_name, rrset.rrset_type)) throw new HttpError(500, gandiError(500));
  const others = domain.rrsets.filter((r) => !(r.rrset_name === rrset.rrset_name && r.rrset_type === rrset.rrset_type));
  commit(domain, [...others, rrset]);
}

function created(ctx: RouteContext, fqdn: string, rrset?: EmulatorRrset): RouteResponse {
  const headers: Record<string, string> = {};
  if (rrset !== undefined) headers.location = rrsetHref(ctx, fqdn, rrset);
  return { status: 201, body: CREATED, headers };
}

function createOnly(ctx: RouteContext, fqdn: string, rrset: EmulatorRrset): RouteResponse {
  const domain = zoneOf(ctx);
  if (find(domain, rrset.rrset_name, rrset.rrset_type) !== undefined) {
    throw new HttpError(409, gandiError(409, { message: 'This record already exists', object: 'dns-record' }));
  }
  upsert(domain, rrset);
  return created(ctx, fqdn, rrset);
}

function snapshotSummary(ctx: RouteContext, fqdn: string, snapshot: EmulatorSnapshot) {
  return {
    id: snapshot.id,
    name: snapshot.name,
    created_at: snapshot.created_at,
    automatic: snapshot.automatic,
    href: `${domainHref(ctx, fqdn)}/snapshots/${snapshot.id}`,
  };
}

function findSnapshot(ctx: RouteContext): EmulatorSnapshot {
  const snapshot = (zoneOf(ctx).snapshots ?? []).find((s) => s.id === ctx.params.id);
  // The object Gandi names in this 404 is not documented; `snapshot` keeps it apart from a missing zone.
  if (snapshot === undefined) throw new HttpError(404, gandiError(404, { message: `Can't find the snapshot ${ctx.params.id}`, object: 'snapshot' }));
  return snapshot;
}

/** Gandi's default name for an unnamed snapshot: the date and a counter ("2024-04-28 #2"). */
function defaultSnapshotName(domain: EmulatorDomain, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const sameDay = (domain.snapshots ?? []).filter((s) => s.name.startsWith(`${day} #`)).length;
  return `${day} #${sameDay + 1}`;
}

function items(body: Record<string, unknown>): unknown[] {
  if (!Array.isArray(body.items)) throw validationError([{ location: 'body', name: 'items', description: 'a list of rrsets is required' }]);
  return body.items;
}

/** Registers every LiveDNS path the client uses (and a few neighbours) on `router`. */
export function registerLiveDnsRoutes(router: Router, options: { maxPerPage?: number } = {}): void {
  const page = (ctx: RouteContext, list: readonly unknown[]) => paginate(ctx, list, options.maxPerPage);
  const zone = 'fqdn';

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains`,
    handler: (ctx) => {
      const visible = Object.keys(ctx.state.domains)
        .filter((fqdn) => ctx.token?.zones === undefined || ctx.token.zones.includes(fqdn))
        .sort()
        .map((fqdn) => ({ fqdn, domain_href: domainHref(ctx, fqdn), domain_records_href: `${domainHref(ctx, fqdn)}/records` }));
      return page(ctx, visible);
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains`,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const fqdn = typeof body.fqdn === 'string' ? body.fqdn.toLowerCase() : '';
      if (fqdn === '') throw validationError([{ location: 'body', name: 'fqdn', description: 'required' }]);
      if (ctx.state.domains[fqdn] !== undefined) throw new HttpError(409, gandiError(409, { message: 'The domain already exists' }));
      const zoneItems = isObject(body.zone) && Array.isArray(body.zone.items) ? body.zone.items : [];
      const rrsets = zoneItems.map((item: unknown, i) => {
        const r = isObject(item) ? item : {};
        return readRrsetInput(String(r.rrset_name ?? ''), String(r.rrset_type ?? ''), r.rrset_ttl, r.rrset_values, `zone.items.${i}`);
      });
      ctx.state.domains[fqdn] = { rrsets, snapshots: [] };
      return { status: 201, body: { message: 'Domain Created' }, headers: { location: domainHref(ctx, fqdn) } };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn!;
      const href = domainHref(ctx, fqdn);
      return {
        status: 200,
        body: {
          fqdn,
          automatic_snapshots: zoneOf(ctx).automatic_snapshots ?? false,
          domain_href: href,
          domain_records_href: `${href}/records`,
          domain_keys_href: `${href}/keys`,
        },
      };
    },
  });

  router.add({
    method: 'PATCH',
    pattern: `${BASE}/domains/:fqdn`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      if (typeof body.automatic_snapshots !== 'boolean') {
        throw validationError([{ location: 'body', name: 'automatic_snapshots', description: 'must be a boolean' }]);
      }
      zoneOf(ctx).automatic_snapshots = body.automatic_snapshots;
      return { status: 200, body: { message: 'Domain updated' } };
    },
  });

  const nameservers = (domain: EmulatorDomain | undefined) =>
    domain?.rrsets.find((r) => r.rrset_name === '@' && r.rrset_type === 'NS')?.rrset_values.map((v) => v.replace(/\.$/, '')) ?? [...LIVEDNS_NAMESERVERS];
  router.add({ method: 'GET', pattern: `${BASE}/domains/:fqdn/nameservers`, zone, handler: (ctx) => ({ status: 200, body: nameservers(ctx.domain) }) });
  router.add({ method: 'GET', pattern: `${BASE}/nameservers/:fqdn`, public: true, handler: () => ({ status: 200, body: nameservers(undefined) }) });
  router.add({ method: 'GET', pattern: `${BASE}/dns/rrtypes`, handler: () => ({ status: 200, body: [...GANDI_RRSET_TYPES] }) });

  // --- records, whole zone

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn!;
      const type = ctx.query.get('rrset_type');
      let list = sortedVisible(zoneOf(ctx).rrsets).filter((r) => type === null || r.rrset_type === type);
      const sortBy = ctx.query.get('sort_by') ?? 'rrset_name';
      if (!['rrset_name', '-rrset_name', 'rrset_type', '-rrset_type'].includes(sortBy)) {
        throw validationError([{ location: 'querystring', name: 'sort_by', description: `'${sortBy}' is not a sortable field` }]);
      }
      if (sortBy.endsWith('rrset_type')) list = [...list].sort((a, b) => (a.rrset_type < b.rrset_type ? -1 : a.rrset_type > b.rrset_type ? 1 : 0));
      if (sortBy.startsWith('-')) list = list.reverse();
      return page(ctx, list.map((r) => withHref(ctx, fqdn, r)));
    },
  });

  router.add({
    method: 'PUT',
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const list = items(bodyObject(ctx)).map((item, i) => {
        const r = isObject(item) ? item : {};
        return readRrsetInput(String(r.rrset_name ?? ''), String(r.rrset_type ?? ''), r.rrset_ttl, r.rrset_values, `items.${i}`);
      });
      const keys = new Set<string>();
      for (const r of list) {
        const key = `${r.rrset_name}/${r.rrset_type}`;
        if (keys.has(key)) throw validationError([{ location: 'body', name: 'items', description: `${key} appears twice` }]);
        keys.add(key);
      }
      commit(domain, [...domain.rrsets.filter(isHiddenRrset), ...list]);
      return { status: 201, body: CREATED };
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(String(body.rrset_name ?? ''), String(body.rrset_type ?? ''), body.rrset_ttl, body.rrset_values, '');
      return createOnly(ctx, ctx.params.fqdn!, rrset);
    },
  });

  router.add({
    method: 'DELETE',
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      domain.rrsets = domain.rrsets.filter(isHiddenRrset);
      return { status: 204 };
    },
  });

  // --- records at one name, all types

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const { fqdn, name } = ctx.params as { fqdn: string; name: string };
      const list = sortedVisible(zoneOf(ctx).rrsets).filter((r) => r.rrset_name === name);
      return { status: 200, body: list.map((r) => withHref(ctx, fqdn, r)) };
    },
  });

  router.add({
    method: 'PUT',
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const name = ctx.params.name!;
      const list = items(bodyObject(ctx)).map((item, i) => {
        const r = isObject(item) ? item : {};
        return readRrsetInput(name, String(r.rrset_type ?? ''), r.rrset_ttl, r.rrset_values, `items.${i}`);
      });
      if (list.some((r) => caseMismatch(domain, name, r.rrset_type))) throw new HttpError(500, gandiError(500));
      commit(domain, [...domain.rrsets.filter((r) => r.rrset_name !== name || isHiddenRrset(r)), ...list]);
      return { status: 201, body: CREATED };
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(ctx.params.name!, String(body.rrset_type ?? ''), body.rrset_ttl, body.rrset_values, '');
      return createOnly(ctx, ctx.params.fqdn!, rrset);
    },
  });

  router.add({
    method: 'DELETE',
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const name = ctx.params.name!;
      const doomed = domain.rrsets.filter((r) => r.rrset_name === name && !isHiddenRrset(r));
      if (doomed.length === 0) throw new HttpError(404, gandiError(404, { message: `Can't find the DNS record ${name} in the zone`, object: 'dns-record' }));
      domain.rrsets = domain.rrsets.filter((r) => !doomed.includes(r));
      return { status: 204 };
    },
  });

  // --- one rrset by name and type

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params as { fqdn: string; name: string; type: string };
      // Names are case-sensitive on lookup: `WWW` does not find `www`.
      const rrset = find(zoneOf(ctx), name, type);
      if (rrset === undefined) throw recordNotFound(name, type);
      return { status: 200, body: withHref(ctx, fqdn, rrset) };
    },
  });

  router.add({
    method: 'PUT',
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params as { fqdn: string; name: string; type: string };
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(name, type, body.rrset_ttl, body.rrset_values, '');
      // An upsert: 201 whether it created or overwrote (observed).
      upsert(zoneOf(ctx), rrset);
      return created(ctx, fqdn, rrset);
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params as { fqdn: string; name: string; type: string };
      const body = bodyObject(ctx);
      return createOnly(ctx, fqdn, readRrsetInput(name, type, body.rrset_ttl, body.rrset_values, ''));
    },
  });

  router.add({
    method: 'PATCH',
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params as { fqdn: string; name: string; type: string };
      const domain = zoneOf(ctx);
      if (caseMismatch(domain, name, type)) throw new HttpError(500, gandiError(500));
      const existing = find(domain, name, type);
      if (existing === undefined) throw recordNotFound(name, type);
      const body = bodyObject(ctx);
      const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      const removed = new Set(storeValues(type, asList(body.remove_rrset_values)));
      const values = [...existing.rrset_values.filter((v) => !removed.has(v)), ...storeValues(type, asList(body.add_rrset_values))];
      const rrset = readRrsetInput(name, type, body.rrset_ttl ?? existing.rrset_ttl, [...new Set(values)], '');
      upsert(domain, rrset);
      return { status: 200, body: withHref(ctx, fqdn, rrset) };
    },
  });

  router.add({
    method: 'DELETE',
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { name, type } = ctx.params as { name: string; type: string };
      const domain = zoneOf(ctx);
      const rrset = find(domain, name, type);
      if (rrset === undefined) throw recordNotFound(name, type);
      domain.rrsets = domain.rrsets.filter((r) => r !== rrset);
      return { status: 204 };
    },
  });

  // --- snapshots

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/snapshots`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn!;
      const automatic = ctx.query.get('automatic');
      let list = (zoneOf(ctx).snapshots ?? []).filter((s) => automatic === null || String(s.automatic) === automatic);
      // Default order: oldest first (`date_created`); `-date_created` for newest first.
      list = [...list].sort((a, b) => a.created_at.localeCompare(b.created_at));
      if (ctx.query.get('sort_by') === '-date_created') list.reverse();
      return page(ctx, list.map((s) => snapshotSummary(ctx, fqdn, s)));
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains/:fqdn/snapshots`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn!;
      const domain = zoneOf(ctx);
      const body = ctx.body === undefined ? {} : bodyObject(ctx);
      if (body.name !== undefined && (typeof body.name !== 'string' || body.name === '')) {
        throw validationError([{ location: 'body', name: 'name', description: 'must be a non-empty string' }]);
      }
      const now = ctx.now();
      const snapshot: EmulatorSnapshot = {
        id: randomUUID(),
        name: typeof body.name === 'string' ? body.name : defaultSnapshotName(domain, now),
        created_at: gandiTimestamp(now),
        automatic: false,
        // What Gandi shows of a snapshot: the listed rrsets, without hrefs (the docs' example has neither).
        zone_data: structuredClone(sortedVisible(domain.rrsets)),
      };
      (domain.snapshots ??= []).push(snapshot);
      return {
        status: 201,
        body: { id: snapshot.id, message: 'Snapshot Created' },
        headers: { location: `${domainHref(ctx, fqdn)}/snapshots/${snapshot.id}` },
      };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      return { status: 200, body: { ...snapshotSummary(ctx, ctx.params.fqdn!, snapshot), zone_data: snapshot.zone_data } };
    },
  });

  router.add({
    method: 'PATCH',
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      const body = bodyObject(ctx);
      if (typeof body.name !== 'string' || body.name === '') throw validationError([{ location: 'body', name: 'name', description: 'required' }]);
      snapshot.name = body.name;
      return { status: 200, body: { message: 'Snapshot updated' } };
    },
  });

  router.add({
    method: 'DELETE',
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      const domain = zoneOf(ctx);
      domain.snapshots = (domain.snapshots ?? []).filter((s) => s !== snapshot);
      return { status: 204 };
    },
  });
}
