import { describe, expect, it } from 'vitest';
import { checkSafety, resolveSafety } from '../../src/plan/safety.js';
import type { Change } from '../../src/model/types.js';
import { create, remove, rrset, update, zonePlan } from '../helpers/plans.js';

function deletes(n: number): Change[] {
  return Array.from({ length: n }, (_, i) => remove(rrset(`h${i}`, 'A', ['192.0.2.1'])));
}

describe('checkSafety', () => {
  it('lets through up to 30 % of deletes plus updates by default, refuses above', () => {
    expect(checkSafety(zonePlan('a.com', deletes(3), 10), resolveSafety(), 'zones/a.com.yaml')).toBeUndefined();
    const refusal = checkSafety(zonePlan('a.com', deletes(4), 10), resolveSafety(), 'zones/a.com.yaml');
    expect(refusal).toMatchObject({ zone: 'a.com', risky: 4, existing: 10 });
    expect(refusal?.message).toMatch(/4 delete\(s\) and 0 update\(s\) to 10 existing rrsets \(40 %, above the 30 % limit\)/);
    // The refusal names the knobs: --force, and the zone file's safety key.
    expect(refusal?.message).toMatch(/--force/);
    expect(refusal?.message).toMatch(/max_change_percent.*zones\/a\.com\.yaml/);
  });

  it('counts updates as well as deletes, but not creates', () => {
    const updates = [1, 2].map((i) => update(rrset(`u${i}`, 'A', ['192.0.2.1']), rrset(`u${i}`, 'A', ['192.0.2.2'])));
    const creates = Array.from({ length: 50 }, (_, i) => create(rrset(`c${i}`, 'A', ['192.0.2.1'])));
    expect(checkSafety(zonePlan('a.com', [...deletes(2), ...updates], 10), resolveSafety(), 'f')).toBeDefined();
    expect(checkSafety(zonePlan('a.com', creates, 10), resolveSafety(), 'f')).toBeUndefined();
  });

  it('exempts zones below min_existing', () => {
    expect(checkSafety(zonePlan('a.com', deletes(9), 9), resolveSafety(), 'f')).toBeUndefined();
  });

  it('follows the zone file safety settings', () => {
    const strict = resolveSafety({ maxChangeRatio: 0.1, minExisting: 2 });
    expect(checkSafety(zonePlan('a.com', deletes(1), 5), strict, 'f')).toBeDefined();
    const lax = resolveSafety({ maxChangeRatio: 1 });
    expect(checkSafety(zonePlan('a.com', deletes(20), 20), lax, 'f')).toBeUndefined();
  });
});
