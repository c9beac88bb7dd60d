import { describe, expect, it } from 'vitest';
import type { DomainFacts } from '../../src/model/domain.js';
import { describeDomainChange } from '../../src/model/domain.js';
import { planDomain } from '../../src/plan/domain.js';

const now = new Date('2025-01-01T00:00:00Z');
const facts = (extra: Partial<DomainFacts> = {}): DomainFacts => ({
  fqdn: 'example.com',
  delegation: 'livedns',
  autorenew: true,
  expiresAt: '2026-01-01T00:00:00Z',
  status: [],
  ...extra,
});
const plan = (input: Partial<Parameters<typeof planDomain>[0]>) => planDomain({ zone: 'example.com', now, facts: facts(), ...input });

describe('planDomain', () => {
  it('plans nothing and warns about nothing for a delegated, renewing domain without settings', () => {
    expect(plan({})).toEqual({ zone: 'example.com', changes: [], warnings: [] });
  });

  it('plans a switch back to LiveDNS from custom nameservers, and warns that it is not delegated yet', () => {
    const result = plan({ desired: { nameservers: 'livedns' }, facts: facts({ delegation: 'other', nameservers: ['ns1.x.net', 'ns2.x.net'] }) });
    expect(result.changes).toEqual([{ setting: 'nameservers', before: ['ns1.x.net', 'ns2.x.net'], after: 'livedns' }]);
    expect(describeDomainChange(result.changes[0]!)).toBe('nameservers: ns1.x.net, ns2.x.net -> LiveDNS');
    expect(result.warnings).toEqual([
      {
        zone: 'example.com',
        code: 'not-delegated',
        level: 'warning',
        message: 'example.com is not delegated to LiveDNS: the registry points to other nameservers (ns1.x.net, ns2.x.net), so its LiveDNS records are not what the world sees; this plan delegates it to LiveDNS',
      },
    ]);
  });

  it('compares custom nameservers as sets, and warns that records are not served', () => {
    const same = plan({ desired: { nameservers: ['ns1.x.net', 'ns2.x.net'] }, facts: facts({ delegation: 'other', nameservers: ['ns2.x.net', 'NS1.x.net'] }) });
    expect(same.changes).toEqual([]);
    expect(same.warnings.map((w) => [w.code, w.message])).toEqual([
      ['custom-nameservers', 'example.com is delegated to ns1.x.net, ns2.x.net (nameservers in the zone file): its LiveDNS records are managed but not served'],
    ]);
    const moving = plan({ desired: { nameservers: ['ns1.x.net', 'ns2.x.net'] } });
    expect(moving.changes).toEqual([{ setting: 'nameservers', before: 'livedns', after: ['ns1.x.net', 'ns2.x.net'] }]);
    expect(moving.warnings[0]!.message).toMatch(/will be delegated to ns1\.x\.net, ns2\.x\.net/);
  });

  it('warns about a zone the registry does not delegate to LiveDNS when the file does not manage nameservers', () => {
    const result = plan({ facts: facts({ delegation: 'classic' }) });
    expect(result.changes).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['not-delegated']);
    expect(result.warnings[0]!.message).toMatch(/points to classic nameservers, so .*; set "nameservers: livedns" in the zone file to delegate it$/);
  });

  it('plans auto-renewal both ways', () => {
    expect(plan({ desired: { autorenew: false } }).changes).toEqual([{ setting: 'autorenew', before: true, after: false }]);
    expect(plan({ desired: { autorenew: true }, facts: facts({ autorenew: false }) }).changes).toEqual([{ setting: 'autorenew', before: false, after: true }]);
    expect(plan({ desired: { autorenew: true } }).changes).toEqual([]);
  });

  it('warns about a registration ending within 30 days without auto-renewal, and only then', () => {
    const soon = facts({ autorenew: false, expiresAt: '2025-01-13T12:00:00Z' });
    expect(plan({ facts: soon }).warnings).toEqual([
      {
        zone: 'example.com',
        code: 'expiring',
        level: 'warning',
        message: 'example.com expires on 2025-01-13 (in 12 days) and auto-renewal is off: renew it at Gandi, or set "autorenew: true" (renewing is a purchase this tool never makes)',
      },
    ]);
    expect(plan({ facts: facts({ autorenew: false, expiresAt: '2025-01-31T00:00:00Z' }) }).warnings.map((w) => w.code)).toEqual(['expiring']);
    expect(plan({ facts: facts({ autorenew: false, expiresAt: '2025-02-01T00:00:01Z' }) }).warnings).toEqual([]);
    expect(plan({ facts: facts({ autorenew: true, expiresAt: '2025-01-02T00:00:00Z' }) }).warnings).toEqual([]);
    expect(plan({ facts: facts({ autorenew: false, expiresAt: '2024-12-30T00:00:00Z' }) }).warnings[0]!.message).toMatch(/^example\.com expired on 2024-12-30 and auto-renewal is off/);
    expect(plan({ facts: soon, desired: { autorenew: true } }).warnings[0]!.message).toMatch(/; this plan turns auto-renewal on$/);
    expect(plan({ facts: facts({ autorenew: undefined, expiresAt: '2025-01-05T00:00:00Z' }) }).warnings[0]!.message).toMatch(/auto-renewal could not be confirmed/);
  });

  it('without facts: a note for an unregistered domain, a warning when settings cannot be planned', () => {
    const unavailable = { code: 'not-registered' as const, reason: 'it is not among the domains the default token sees' };
    expect(plan({ facts: undefined, unavailable }).warnings).toEqual([
      { zone: 'example.com', code: 'not-registered', level: 'note', message: 'delegation and expiry of example.com not checked: it is not among the domains the default token sees' },
    ]);
    const managed = plan({ facts: undefined, unavailable, desired: { nameservers: 'livedns', autorenew: true } });
    expect(managed.changes).toEqual([]);
    expect(managed.warnings.map((w) => [w.level, w.message])).toEqual([['warning', 'nameservers and autorenew of example.com not planned: it is not among the domains the default token sees']]);
  });
});
