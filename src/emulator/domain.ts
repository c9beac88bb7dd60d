/**
 * The Domain API routes of the emulator (`/v5/domain/domains/...`): the registrar facts the reconciler
 * reads (delegation, expiry, auto-renewal, status flags) and the settings it changes (nameservers,
 * auto-renewal). Shapes follow /work/shared/livedns-api.md section 6 and go-gandi's domain types; where
 * Gandi's answer is undocumented (status codes of the writes), the comment says what we chose.
 *
 * A nameserver change is asynchronous at Gandi (terraform-provider-gandi polls until it shows): here it
 * waits in the registration's `pending` until a configurable number of reads and delay have passed, so that
 * the apply's polling is exercised.
 */
import { HttpError, gandiError, validationError, type RouteContext, type RouteResponse, type Router } from './router.js';
import { paginate } from './livedns.js';
import {
  LIVEDNS_NAMESERVERS,
  defaultRegistration,
  gandiTimestamp,
  newZoneRrsets,
  type EmulatorRegistration,
  type EmulatorState,
} from './state.js';

const BASE = '/v5/domain';

export interface DomainApiOptions {
  /** Reads of a domain's facts before a nameserver change shows (0, the default: the next read sees it). */
  nameserverReadsUntilVisible?: number;
  /** Milliseconds before a nameserver change shows (default 0). Both conditions must hold. */
  nameserverDelayMs?: number;
  maxPerPage?: number;
}

/** Every domain the registrar knows: registered ones, and every LiveDNS zone (registered by default). */
function registeredFqdns(state: EmulatorState): string[] {
  return [...new Set([...Object.keys(state.registrar ?? {}), ...Object.keys(state.domains)])].sort();
}

/** The registration of a LiveDNS zone without one is created on first use and kept, so changes persist. */
function registrationIn(state: EmulatorState, fqdn: string, now: Date): EmulatorRegistration | undefined {
  const known = state.registrar?.[fqdn];
  if (known !== undefined) return known;
  if (state.domains[fqdn] === undefined) return undefined;
  const created = defaultRegistration(now);
  (state.registrar ??= {})[fqdn] = created;
  return created;
}

function visible(ctx: RouteContext, fqdn: string): boolean {
  return ctx.token?.zones === undefined || ctx.token.zones.includes(fqdn);
}

function checkRights(ctx: RouteContext): void {
  // A token without the domain permissions: Gandi answers 403 on the Domain API while LiveDNS still works.
  if (ctx.token?.domainApi === false) throw new HttpError(403, gandiError(403));
}

/** A read of the domain's facts: lets a pending nameserver change land when its time has come. */
function settle(registration: EmulatorRegistration, now: Date): void {
  const pending = registration.pending;
  if (pending === undefined) return;
  if (pending.readsLeft > 0) pending.readsLeft -= 1;
  const due = pending.visibleAt === undefined || Date.parse(pending.visibleAt) <= now.getTime();
  if (pending.readsLeft > 0 || !due) return;
  registration.current = pending.current;
  registration.nameservers = pending.nameservers;
  delete registration.pending;
}

function href(ctx: RouteContext, fqdn: string): string {
  return `${ctx.origin}${BASE}/domains/${encodeURIComponent(fqdn)}`;
}

function tld(fqdn: string): string {
  return fqdn.slice(fqdn.lastIndexOf('.') + 1);
}

function idOf(registration: EmulatorRegistration, fqdn: string): string {
  // Stable without randomness: a UUID-shaped id derived from the name.
  registration.id ??= `00000000-0000-4000-8000-${Buffer.from(fqdn).toString('hex').padEnd(12, '0').slice(0, 12)}`;
  return registration.id;
}

function dates(registration: EmulatorRegistration) {
  return { registry_created_at: '2020-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z', registry_ends_at: registration.registry_ends_at };
}

/** A list item: `nameserver.current` only (hosts are not documented in the list), `autorenew` a boolean. */
function listItem(ctx: RouteContext, fqdn: string, registration: EmulatorRegistration) {
  return {
    fqdn,
    fqdn_unicode: fqdn,
    tld: tld(fqdn),
    id: idOf(registration, fqdn),
    status: [...registration.status],
    nameserver: { current: registration.current },
    autorenew: registration.autorenew,
    dates: dates(registration),
    href: href(ctx, fqdn),
    tags: [],
  };
}

/** The details object: `autorenew` is an object there, `nameservers` a list, `services` says LiveDNS. */
function details(ctx: RouteContext, fqdn: string, registration: EmulatorRegistration) {
  return {
    fqdn,
    fqdn_unicode: fqdn,
    tld: tld(fqdn),
    id: idOf(registration, fqdn),
    status: [...registration.status],
    nameservers: [...registration.nameservers],
    services: registration.current === 'livedns' ? ['gandilivedns'] : [],
    autorenew: { enabled: registration.autorenew, duration: 1, href: `${href(ctx, fqdn)}/autorenew` },
    dates: dates(registration),
    can_tld_lock: true,
    href: href(ctx, fqdn),
  };
}

function isHostname(value: unknown): value is string {
  return typeof value === 'string' && /^(?=.{1,253}\.?$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/i.test(value);
}

export function registerDomainRoutes(router: Router, options: DomainApiOptions = {}): void {
  const readsUntilVisible = options.nameserverReadsUntilVisible ?? 0;
  const delayMs = options.nameserverDelayMs ?? 0;

  /** The registration named by `:fqdn`, visible to the token, else 404 as Gandi answers. */
  const lookup = (ctx: RouteContext, read: boolean): { fqdn: string; registration: EmulatorRegistration } => {
    checkRights(ctx);
    const fqdn = ctx.params.fqdn!.toLowerCase();
    const registration = visible(ctx, fqdn) ? registrationIn(ctx.state, fqdn, ctx.now()) : undefined;
    if (registration === undefined) throw new HttpError(404, gandiError(404));
    if (read) settle(registration, ctx.now());
    return { fqdn, registration };
  };

  const requestNameservers = (ctx: RouteContext, registration: EmulatorRegistration, current: string, nameservers: string[]): void => {
    const now = ctx.now();
    registration.pending = {
      current,
      nameservers,
      readsLeft: readsUntilVisible,
      ...(delayMs > 0 ? { visibleAt: new Date(now.getTime() + delayMs).toISOString() } : {}),
    };
    if (readsUntilVisible === 0 && delayMs === 0) settle(registration, now);
  };

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains`,
    handler: (ctx): RouteResponse => {
      checkRights(ctx);
      const now = ctx.now();
      const filter = ctx.query.get('nameserver');
      const items = registeredFqdns(ctx.state)
        .filter((fqdn) => visible(ctx, fqdn))
        .map((fqdn) => {
          const registration = registrationIn(ctx.state, fqdn, now)!;
          settle(registration, now);
          return listItem(ctx, fqdn, registration);
        })
        // Documented filter values are abc, livedns and other.
        .filter((item) => filter === null || item.nameserver.current === filter);
      return paginate(ctx, items, options.maxPerPage);
    },
  });

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn`,
    handler: (ctx) => {
      const { fqdn, registration } = lookup(ctx, true);
      return { status: 200, body: details(ctx, fqdn, registration) };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/nameservers`,
    handler: (ctx) => ({ status: 200, body: [...lookup(ctx, true).registration.nameservers] }),
  });

  router.add({
    method: 'PUT',
    pattern: `${BASE}/domains/:fqdn/nameservers`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, false);
      const body = ctx.body as { nameservers?: unknown } | undefined;
      const list = body?.nameservers;
      if (!Array.isArray(list) || list.length === 0 || !list.every(isHostname)) {
        throw validationError([{ location: 'body', name: 'nameservers', description: 'must be a non-empty list of hostnames' }]);
      }
      const hosts = list.map((host) => host.toLowerCase().replace(/\.$/, ''));
      const onLiveDns = hosts.length === LIVEDNS_NAMESERVERS.length && hosts.every((h) => LIVEDNS_NAMESERVERS.includes(h));
      requestNameservers(ctx, registration, onLiveDns ? 'livedns' : 'other', hosts);
      // The status and message are not documented; 202 fits an asynchronous change.
      return { status: 202, body: { message: 'Nameservers update in progress' } };
    },
  });

  router.add({
    method: 'GET',
    pattern: `${BASE}/domains/:fqdn/livedns`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, true);
      return { status: 200, body: { current: registration.current, nameservers: [...registration.nameservers], dnssec_available: true, livednssec_available: true } };
    },
  });

  router.add({
    method: 'POST',
    pattern: `${BASE}/domains/:fqdn/livedns`,
    handler: (ctx) => {
      const { fqdn, registration } = lookup(ctx, false);
      // Gandi also creates the LiveDNS zone when the domain had none (copying classic DNS records).
      ctx.state.domains[fqdn] ??= { rrsets: newZoneRrsets(), snapshots: [] };
      requestNameservers(ctx, registration, 'livedns', [...LIVEDNS_NAMESERVERS]);
      return { status: 202, body: { message: 'The domain is being switched to LiveDNS' } };
    },
  });

  router.add({
    method: 'PATCH',
    pattern: `${BASE}/domains/:fqdn/autorenew`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, false);
      const body = ctx.body as { enabled?: unknown } | undefined;
      if (typeof body?.enabled !== 'boolean') throw validationError([{ location: 'body', name: 'enabled', description: 'must be a boolean' }]);
      registration.autorenew = body.enabled;
      return { status: 200, body: { message: 'Autorenew updated' } };
    },
  });
}

/** Sets a registration's expiry `days` from `now`: handy for tests and demos of the expiry warning. */
export function expiringIn(days: number, now = new Date()): string {
  return gandiTimestamp(new Date(now.getTime() + days * 86_400_000));
}
