import { describe, expect, it } from 'vitest';
import { applyPlans } from '../../src/apply/apply.js';
import { chooseSnapshot, executeRollback, planRollback } from '../../src/apply/rollback.js';
import { writeZonePlan } from '../../src/apply/zone.js';
import type { GandiRrset } from '../../src/gandi/types.js';
import { FakeLiveDns } from '../helpers/fake-livedns.js';
import { create, remove, rrset, update, zonePlan } from '../helpers/plans.js';

const NAME = 'livedns-gitops 2025-01-01T00:00:00.000Z abc1234';

function wire(name: string, type: string, values: string[], ttl = 300): GandiRrset {
  return { rrset_name: name, rrset_type: type, rrset_ttl: ttl, rrset_values: values };
}

function world(): FakeLiveDns {
  return new FakeLiveDns({
    'a.com': [wire('@', 'A', ['192.0.2.1']), wire('WWW', 'A', ['192.0.2.2']), wire('old', 'CNAME', ['legacy.example.net.'])],
    'b.com': [wire('@', 'A', ['192.0.2.9'])],
  });
}

// a.com: delete old, create api, update WWW (stored upper-case on LiveDNS).
const aPlan = zonePlan(
  'a.com',
  [
    remove(rrset('old', 'CNAME', ['legacy.example.net.'], 300, 'old')),
    create(rrset('api', 'A', ['192.0.2.5'], 600)),
    update(rrset('www', 'A', ['192.0.2.2'], 300, 'WWW'), rrset('www', 'A', ['192.0.2.3'], 300)),
  ],
  3,
);
const bPlan = zonePlan('b.com', [update(rrset('@', 'A', ['192.0.2.9']), rrset('@', 'A', ['192.0.2.10']))], 1);

describe('writeZonePlan', () => {
  it('makes no request for a plan without changes', async () => {
    const fake = world();
    const result = await writeZonePlan(fake, zonePlan('a.com', [], 3), { snapshotName: NAME });
    expect(result.outcome).toBe('unchanged');
    expect(fake.calls).toEqual([]);
  });

  it('takes the snapshot first, writes each rrset in plan order under its wire name, then reads back once', async () => {
    const fake = world();
    const result = await writeZonePlan(fake, aPlan, { snapshotName: NAME });
    expect(result.outcome).toBe('applied');
    expect(fake.calls).toEqual([
      { method: 'createSnapshot', zone: 'a.com' },
      { method: 'deleteRrset', zone: 'a.com', name: 'old', type: 'CNAME' },
      { method: 'putRrset', zone: 'a.com', name: 'api', type: 'A' },
      { method: 'putRrset', zone: 'a.com', name: 'WWW', type: 'A' },
      { method: 'listRecords', zone: 'a.com' },
    ]);
    expect(fake.snapshots.get('a.com')?.[0]).toMatchObject({ id: result.snapshot?.id, name: NAME });
    expect(fake.rrsets('a.com')).toContainEqual(wire('api', 'A', ['192.0.2.5'], 600));
    expect(fake.rrsets('a.com')).toContainEqual(wire('WWW', 'A', ['192.0.2.3']));
  });

  it('reports a read-back that differs from the plan', async () => {
    const fake = world();
    // LiveDNS accepts the write but keeps the old TTL: the read-back must catch it.
    const put = fake.putRrset.bind(fake);
    fake.putRrset = (zone, name, type, _ttl, values) => put(zone, name, type, 300, values);
    const result = await writeZonePlan(fake, aPlan, { snapshotName: NAME });
    expect(result.outcome).toBe('mismatch');
    expect(result.mismatches).toEqual(['api/A reads back as ttl 300 ["192.0.2.5"], expected ttl 600 ["192.0.2.5"]']);
  });

  it('writes nothing when the snapshot cannot be taken', async () => {
    const fake = world();
    fake.failOn = (call) => (call.method === 'createSnapshot' ? new Error('HTTP 500') : undefined);
    const result = await writeZonePlan(fake, aPlan, { snapshotName: NAME });
    expect(result).toMatchObject({ outcome: 'failed', written: [], notWritten: aPlan.changes });
    expect(result.failure?.message).toMatch(/could not take the snapshot.*nothing was written.*HTTP 500/);
    expect(fake.writes()).toHaveLength(1);
  });
});

describe('applyPlans', () => {
  const failSecondWrite = (fake: FakeLiveDns) => {
    fake.failOn = (call) => (call.method === 'putRrset' && call.name === 'api' && !fake.snapshots.get('a.com')?.[1] ? new Error('HTTP 500 on api/A') : undefined);
  };

  it('stops a failed zone, lists written and unwritten rrsets, gives the rollback command, starts no later zone', async () => {
    const fake = world();
    failSecondWrite(fake);
    const report = await applyPlans(fake, [aPlan, bPlan], { snapshotName: NAME });
    expect(report.ok).toBe(false);
    const [a, b] = report.zones;
    expect(a).toMatchObject({ outcome: 'failed', written: [aPlan.changes[0]], notWritten: aPlan.changes.slice(1) });
    expect(a?.failure?.change).toBe(aPlan.changes[1]);
    expect(a?.rollbackCommand).toBe(`livedns rollback a.com --snapshot ${a?.snapshot?.id}`);
    expect(b).toMatchObject({ outcome: 'not-started', notWritten: bPlan.changes });
    expect(fake.calls.some((call) => call.zone === 'b.com')).toBe(false);
    // No read-back after a failed write: the report says what is known.
    expect(fake.calls.at(-1)).toEqual({ method: 'putRrset', zone: 'a.com', name: 'api', type: 'A' });
  });

  it('with rollbackOnFailure restores the exact previous state, after a fresh snapshot', async () => {
    const fake = world();
    const before = fake.rrsets('a.com');
    failSecondWrite(fake);
    const report = await applyPlans(fake, [aPlan], { snapshotName: NAME, rollbackOnFailure: true });
    expect(report.ok).toBe(false);
    const [a] = report.zones;
    expect(a?.rollback?.result).toMatchObject({ outcome: 'applied' });
    expect(a?.rollbackCommand).toBeUndefined();
    expect(fake.rrsets('a.com')).toEqual(expect.arrayContaining(before));
    expect(fake.rrsets('a.com')).toHaveLength(before.length);
    // The partial state was saved in a second snapshot before the restoring writes.
    const snapshots = fake.snapshots.get('a.com') ?? [];
    expect(snapshots).toHaveLength(2);
    expect(snapshots[1]?.zone_data).not.toContainEqual(wire('old', 'CNAME', ['legacy.example.net.']));
  });

  it('applies every zone when nothing fails, skipping unchanged ones entirely', async () => {
    const fake = world();
    const report = await applyPlans(fake, [zonePlan('a.com', [], 3), bPlan], { snapshotName: NAME });
    expect(report.ok).toBe(true);
    expect(report.zones.map((zone) => zone.outcome)).toEqual(['unchanged', 'applied']);
    expect(fake.calls.filter((call) => call.zone === 'a.com')).toEqual([]);
  });
});

describe('rollback', () => {
  it('plans live -> snapshot with minimal writes and restores it', async () => {
    const fake = world();
    const before = fake.rrsets('a.com');
    const applied = await writeZonePlan(fake, aPlan, { snapshotName: NAME });
    const chosen = await chooseSnapshot(fake, 'a.com', { last: true });
    expect(chosen.id).toBe(applied.snapshot?.id);
    const back = await planRollback(fake, 'a.com', chosen.id);
    expect(back.plan.counts).toEqual({ create: 1, update: 1, delete: 1 });
    const result = await executeRollback(fake, back, { snapshotName: NAME });
    expect(result.outcome).toBe('applied');
    expect(fake.rrsets('a.com')).toEqual(expect.arrayContaining(before));
    expect(fake.rrsets('a.com')).toHaveLength(before.length);
  });

  it('--last ignores snapshots not taken by this tool, and says so when there is none', async () => {
    const fake = world();
    await fake.createSnapshot('a.com', 'manual backup');
    await expect(chooseSnapshot(fake, 'a.com', { last: true })).rejects.toThrow(/no snapshot taken by livedns-gitops/);
    await expect(chooseSnapshot(fake, 'a.com', { id: 'nope' })).rejects.toThrow(/a\.com has no snapshot nope/);
  });
});
