/**
 * Planning at the domain level, beside the rrsets: the registrar settings a zone file manages
 * (nameservers, auto-renewal) compared with what the registrar says, and the warnings a reviewer needs
 * (the zone is not delegated to LiveDNS, or will not be; the registration is about to expire).
 *
 * Pure: the facts come in (src/domain-facts.ts reads them), changes and warnings come out.
 */
import {
  LIVEDNS,
  describeNameservers,
  sameNameservers,
  type DomainChange,
  type DomainFacts,
  type DomainSettings,
  type NameserversSetting,
  type PlanWarning,
  type WarningCode,
} from '../model/domain.js';

/** A registration ending within this many days, without auto-renewal, is warned about. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

export interface DomainPlanInput {
  readonly zone: string;
  /** What the zone file manages at the registrar. */
  readonly desired?: DomainSettings;
  /** What the registrar says; undefined when it could not be read (then `unavailable` says why). */
  readonly facts?: DomainFacts;
  readonly unavailable?: { readonly code: Extract<WarningCode, 'domain-facts-unavailable' | 'not-registered'>; readonly reason: string };
  readonly now: Date;
}

export interface DomainPlan {
  readonly zone: string;
  /** In apply order: auto-renewal first, the nameservers last (after the records, so that the world sees the new records as soon as it is delegated). */
  readonly changes: readonly DomainChange[];
  readonly warnings: readonly PlanWarning[];
}

/** The registered delegation as a setting: `livedns`, the custom hosts, or null when not known. */
export function currentNameservers(facts: DomainFacts): NameserversSetting | null {
  if (facts.delegation === LIVEDNS) return LIVEDNS;
  return facts.nameservers === undefined ? null : facts.nameservers;
}

export function planDomain(input: DomainPlanInput): DomainPlan {
  const { zone, desired, facts } = input;
  const warnings: PlanWarning[] = [];
  const warn = (code: WarningCode, message: string, level: PlanWarning['level'] = 'warning') => warnings.push({ zone, code, level, message });

  if (facts === undefined) {
    const why = input.unavailable?.reason ?? 'the registrar facts could not be read';
    const managed = [desired?.nameservers !== undefined ? 'nameservers' : undefined, desired?.autorenew !== undefined ? 'autorenew' : undefined].filter(Boolean);
    if (managed.length > 0) warn(input.unavailable?.code ?? 'domain-facts-unavailable', `${managed.join(' and ')} of ${zone} not planned: ${why}`);
    else if (input.unavailable?.code === 'not-registered') warn('not-registered', `delegation and expiry of ${zone} not checked: ${why}`, 'note');
    return { zone, changes: [], warnings };
  }

  const changes: DomainChange[] = [];
  if (desired?.autorenew !== undefined && facts.autorenew !== desired.autorenew) {
    changes.push({ setting: 'autorenew', before: facts.autorenew ?? null, after: desired.autorenew });
  }
  const current = currentNameservers(facts);
  const wanted = desired?.nameservers;
  const switching = wanted !== undefined && (current === null || !sameNameservers(current, wanted));
  if (switching) changes.push({ setting: 'nameservers', before: current, after: wanted });

  checkDelegation(zone, facts, current, wanted, switching, warn);
  checkExpiry(zone, facts, desired, changes, input.now, warn);
  return { zone, changes, warnings };
}

type Warn = (code: WarningCode, message: string, level?: PlanWarning['level']) => void;

function checkDelegation(zone: string, facts: DomainFacts, current: NameserversSetting | null, wanted: NameserversSetting | undefined, switching: boolean, warn: Warn): void {
  if (wanted !== undefined && wanted !== LIVEDNS) {
    warn(
      'custom-nameservers',
      `${zone} ${switching ? 'will be' : 'is'} delegated to ${describeNameservers(wanted)} (nameservers in the zone file): its LiveDNS records are managed but not served`,
    );
    return;
  }
  if (facts.delegation === undefined) {
    warn('domain-facts-unavailable', `delegation of ${zone} not checked: Gandi did not say which nameservers it uses`, 'note');
    return;
  }
  if (facts.delegation === LIVEDNS) return;
  const where = current === null || current === LIVEDNS ? `${facts.delegation} nameservers` : `${facts.delegation} nameservers (${describeNameservers(current)})`;
  const fix = switching ? '; this plan delegates it to LiveDNS' : '; set "nameservers: livedns" in the zone file to delegate it';
  warn('not-delegated', `${zone} is not delegated to LiveDNS: the registry points to ${where}, so its LiveDNS records are not what the world sees${fix}`);
}

function checkExpiry(zone: string, facts: DomainFacts, desired: DomainSettings | undefined, changes: readonly DomainChange[], now: Date, warn: Warn): void {
  if (facts.expiresAt === undefined || facts.autorenew === true) return;
  const ends = Date.parse(facts.expiresAt);
  const days = Math.floor((ends - now.getTime()) / DAY_MS);
  if (days > EXPIRY_WARNING_DAYS) return;
  const date = new Date(ends).toISOString().slice(0, 10);
  const when = ends <= now.getTime() ? `expired on ${date}` : `expires on ${date} (in ${days} day${days === 1 ? '' : 's'})`;
  const renewal = facts.autorenew === false ? 'auto-renewal is off' : 'auto-renewal could not be confirmed';
  const enabling = changes.some((c) => c.setting === 'autorenew' && c.after) && desired?.autorenew === true;
  const advice = enabling ? '; this plan turns auto-renewal on' : ': renew it at Gandi, or set "autorenew: true" (renewing is a purchase this tool never makes)';
  warn('expiring', `${zone} ${when} and ${renewal}${advice}`);
}
