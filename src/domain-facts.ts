/**
 * Reading what the registrar knows of the managed zones, with as few calls as the plan allows:
 *
 * - ONE paginated `GET /domain/domains` per account (one call per 100 domains) gives, for
 *   every domain at once, the delegation (`nameserver.current`), auto-renewal, expiry and status flags.
 *   That is cheaper than `GET /domain/domains/{fqdn}/livedns` per zone as soon as an account has two
 *   zones, and it also serves the expiry warning and the auto-renewal plan, which the per-zone call would
 *   not.
 * - A per-zone call only where the plan needs the hosts: a zone whose file sets `nameservers:` while the
 *   registry does not delegate it to LiveDNS (`GET .../nameservers`), or whose delegation the list did not
 *   state (`GET .../livedns`). A zone already on LiveDNS, or that leaves nameservers alone, costs nothing.
 *
 * Never fatal: a token without Domain API rights, or a Domain API failure, turns into a note and the
 * checks are skipped; the records are still planned.
 */
import { UserError } from './errors.js';
import { GandiApiError } from './gandi/errors.js';
import type { DomainClient, RegistrarDomain } from './gandi/types.js';
import { LIVEDNS, type DomainFacts, type DomainSettings, type PlanWarning } from './model/domain.js';
import type { DomainPlanInput } from './plan/domain.js';

export interface ZoneDomainInput {
  readonly zone: string;
  readonly domain?: DomainSettings;
}

export interface DomainFactsResult {
  /** Per zone, what planDomain needs besides the zone file: facts, or why there are none. */
  readonly byZone: ReadonlyMap<string, Pick<DomainPlanInput, 'facts' | 'unavailable'>>;
  /** Notes about the whole account (no Domain API rights...). */
  readonly notes: readonly PlanWarning[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function factsFrom(domain: RegistrarDomain): DomainFacts {
  return {
    fqdn: domain.fqdn,
    ...(domain.nameserver === undefined ? {} : { delegation: domain.nameserver }),
    ...(domain.autorenew === undefined ? {} : { autorenew: domain.autorenew }),
    ...(domain.expiresAt === undefined ? {} : { expiresAt: domain.expiresAt }),
    status: domain.status,
  };
}

/**
 * The registrar facts of `zones`, all reached with one account's Domain API client. `who` names the account
 * in notes ("the default token", `account "acme"`).
 */
export async function readDomainFacts(client: DomainClient, zones: readonly ZoneDomainInput[], who: string): Promise<DomainFactsResult> {
  const byZone = new Map<string, Pick<DomainPlanInput, 'facts' | 'unavailable'>>();
  if (zones.length === 0) return { byZone, notes: [] };

  let listed: RegistrarDomain[];
  try {
    listed = await client.listDomains();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const names = zones.map((z) => z.zone).join(', ');
    const denied = error instanceof GandiApiError && (error.status === 401 || error.status === 403);
    const reason = denied
      ? `${who} lacks the Domain API permission "See and renew domain names"`
      : `the Domain API could not be read with ${who} (${messageOf(error)})`;
    for (const { zone } of zones) byZone.set(zone, { unavailable: { code: 'domain-facts-unavailable', reason } });
    return { byZone, notes: [{ code: 'domain-facts-unavailable', level: 'note', message: `delegation and expiry not checked for ${names}: ${reason}` }] };
  }

  const known = new Map(listed.map((domain) => [domain.fqdn, domain]));
  await Promise.all(
    zones.map(async ({ zone, domain }) => {
      const registered = known.get(zone);
      if (registered === undefined) {
        byZone.set(zone, { unavailable: { code: 'not-registered', reason: `it is not among the domains ${who} sees at Gandi's registrar (registered elsewhere, in another organisation, or outside the token's resources)` } });
        return;
      }
      let facts = factsFrom(registered);
      try {
        facts = await withNameservers(client, facts, domain);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        byZone.set(zone, { unavailable: { code: 'domain-facts-unavailable', reason: `its nameservers could not be read (${messageOf(error)})` } });
        return;
      }
      byZone.set(zone, { facts });
    }),
  );
  return { byZone, notes: [] };
}

/** Adds the registered hosts when the plan needs them: the file manages nameservers and the zone is not on LiveDNS. */
async function withNameservers(client: DomainClient, facts: DomainFacts, desired: DomainSettings | undefined): Promise<DomainFacts> {
  if (desired?.nameservers === undefined || facts.delegation === LIVEDNS) return facts;
  if (facts.delegation === undefined) {
    const status = await client.getLiveDnsStatus(facts.fqdn);
    return { ...facts, delegation: status.current, nameservers: status.nameservers };
  }
  return { ...facts, nameservers: await client.getNameservers(facts.fqdn) };
}
