import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GandiRrset } from '../../src/gandi/types.js';
import { makeRecordSet, sameRrset } from '../../src/model/rrset.js';
import { rrsetKey, type Change, type DesiredZone, type IgnoreRule, type RecordSet } from '../../src/model/types.js';
import { fromGandiRrset, toGandiValues } from '../../src/model/wire.js';
import { planZone } from '../../src/plan/plan.js';
import { parseZoneFile } from '../../src/zonefile/parse.js';
import { IGNORED_PREFIX, rrsets, wireOf, ZONE } from '../helpers/arbitraries.js';

const desiredOf = (rrsetList: RecordSet[], ignore: IgnoreRule[] = []): DesiredZone => ({ zone: ZONE, file: `zones/${ZONE}.yaml`, rrsets: rrsetList, ignore });
const live = (...wire: GandiRrset[]) => wire.map((w) => fromGandiRrset(ZONE, w));
const w = (rrset_name: string, rrset_type: string, rrset_values: string[], rrset_ttl = 3600): GandiRrset => ({ rrset_name, rrset_type, rrset_ttl, rrset_values });
const summary = (changes: readonly Change[]) => changes.map((c) => `${c.action} ${c.name} ${c.type}${c.action === 'update' && c.ttlOnly ? ' (ttl)' : ''}`);

function desiredFromYaml(yaml: string): DesiredZone {
  const { zone, issues } = parseZoneFile(yaml, `zones/${ZONE}.yaml`);
  expect(issues).toEqual([]);
  if (!zone) throw new Error('no zone');
  return zone;
}

describe('planZone', () => {
  it('plans nothing when live spells the same rrsets differently', () => {
    const desired = desiredFromYaml(`ttl: 3600
records:
  "@":
    - { type: MX, values: ["10 mail.example.com.", { preference: 20, exchange: mx2.example.net. }] }
    - { type: TXT, values: ["v=spf1 include:_spf.example.net -all", "${'k'.repeat(300)}"] }
    - { type: CAA, value: { flags: 0, tag: issue, value: letsencrypt.org } }
  www: { type: CNAME, value: example.com. }
  v6: { type: AAAA, values: ["2001:db8::1", "2001:db8::2"] }
  _sip._tcp: { type: SRV, value: "10 5 5060 sip.example.com." }
`);
    const plan = planZone(
      desired,
      live(
        w('@', 'MX', ['20 MX2.example.net.', '10 mail']),
        w('@', 'TXT', [`"${'k'.repeat(150)}" "${'k'.repeat(150)}"`, '"v=spf1 include:_spf.example.net -all"']),
        w('@', 'CAA', ['0 ISSUE "letsencrypt.org"']),
        w('WWW', 'CNAME', ['@']),
        w('v6', 'AAAA', ['2001:DB8:0:0:0:0:0:2', '2001:0db8::1', '2001:db8::1']),
        w('_sip._tcp', 'SRV', ['10 5 5060 sip']),
        w('@', 'NS', ['ns1.gandi.net.']),
        w('@', 'SOA', ['ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800']),
      ),
    );
    expect(plan).toEqual({ zone: ZONE, changes: [], counts: { create: 0, update: 0, delete: 0 }, existingCount: 6, ignoredCount: 0 });
  });

  it('orders deletes, creates, then updates, each by name then type', () => {
    const desired = desiredOf([
      makeRecordSet('www', 'CNAME', 3600, ['web.example.net.']),
      makeRecordSet('b', 'A', 3600, ['192.0.2.2']),
      makeRecordSet('a', 'TXT', 3600, ['new']),
      makeRecordSet('a', 'A', 300, ['192.0.2.1']),
      makeRecordSet('c', 'MX', 3600, ['10 mx.example.net.']),
    ]);
    const plan = planZone(
      desired,
      live(w('www', 'A', ['192.0.2.80']), w('old', 'TXT', ['"x"']), w('a', 'A', ['192.0.2.1'], 3600), w('a', 'TXT', ['"old"']), w('c', 'MX', ['20 mx.example.net.'])),
    );
    expect(summary(plan.changes)).toEqual(['delete old TXT', 'delete www A', 'create b A', 'create www CNAME', 'update a A (ttl)', 'update a TXT', 'update c MX']);
    expect(plan.counts).toEqual({ create: 2, update: 3, delete: 2 });
    expect(plan.existingCount).toBe(5);
  });

  it('keeps before and after, and the live wire spelling of the name for updates and deletes', () => {
    const plan = planZone(desiredOf([makeRecordSet('demov3', 'A', 3600, ['192.0.2.2'])]), live(w('DemoV3', 'A', ['192.0.2.1']), w('Gone', 'TXT', ['"bye"'])));
    const [remove, update] = plan.changes;
    expect(remove).toMatchObject({ action: 'delete', name: 'gone', before: { wireName: 'Gone', values: ['bye'] }, after: null });
    expect(update).toMatchObject({ action: 'update', ttlOnly: false, before: { wireName: 'DemoV3', values: ['192.0.2.1'] }, after: { values: ['192.0.2.2'] } });
  });

  it('never touches ignored or Gandi-managed rrsets, and counts the ignored ones', () => {
    const desired = desiredOf([makeRecordSet('www', 'A', 3600, ['192.0.2.1'])], [{ name: '_acme-challenge*', type: 'TXT' }, { name: 'legacy' }]);
    const plan = planZone(
      desired,
      live(w('_acme-challenge', 'TXT', ['"token"']), w('_ACME-challenge.www', 'TXT', ['"t2"']), w('legacy', 'MX', ['10 mx.']), w('_acme-challenge', 'CNAME', ['x.example.net.']), w('@', 'NS', ['ns1.gandi.net.'])),
    );
    expect(summary(plan.changes)).toEqual(['delete _acme-challenge CNAME', 'create www A']);
    expect(plan.ignoredCount).toBe(3);
    expect(plan.existingCount).toBe(1);
  });

  it('deletes the second spelling of a name Gandi holds twice (WWW and www)', () => {
    const plan = planZone(desiredOf([makeRecordSet('www', 'A', 3600, ['192.0.2.1'])]), live(w('www', 'A', ['192.0.2.1']), w('WWW', 'A', ['192.0.2.1'])));
    expect(plan.changes).toMatchObject([{ action: 'delete', name: 'www', before: { wireName: 'WWW' } }]);
  });

  it('keeps delegations below the apex in the plan', () => {
    const plan = planZone(desiredOf([]), live(w('sub', 'NS', ['ns1.example.net.'])));
    expect(summary(plan.changes)).toEqual(['delete sub NS']);
  });
});

/** What Gandi would hold after the plan's writes: keyed by exact wire name and type, as Gandi keys them. */
function applyToWire(state: readonly GandiRrset[], changes: readonly Change[]): GandiRrset[] {
  const byKey = new Map(state.map((r) => [`${r.rrset_name}/${r.rrset_type}`, r]));
  for (const change of changes) {
    if (change.action === 'delete') byKey.delete(`${change.before.wireName ?? change.name}/${change.type}`);
    else {
      const name = change.action === 'update' ? (change.before.wireName ?? change.name) : change.name;
      byKey.set(`${name}/${change.type}`, { rrset_name: name, rrset_type: change.type, rrset_ttl: change.after.ttl, rrset_values: toGandiValues(change.after) });
    }
  }
  return [...byKey.values()];
}

const wireZone = (list: RecordSet[]): fc.Arbitrary<GandiRrset[]> => (list.length === 0 ? fc.constant([]) : fc.tuple(...list.map(wireOf)));

describe('planZone properties', () => {
  const IGNORE: IgnoreRule[] = [{ name: `${IGNORED_PREFIX}*` }];
  const untouchable = [w(`${IGNORED_PREFIX}-a`, 'TXT', ['"keep me"']), w('@', 'NS', ['ns1.gandi.net.', 'ns2.gandi.net.'])];

  it('converges: after applying a plan, planning again gives no changes', () => {
    fc.assert(
      fc.property(
        rrsets(),
        rrsets().chain((l) => wireZone(l)),
        (desiredList, liveWire) => {
          const desired = desiredOf(desiredList, IGNORE);
          const start = [...liveWire, ...untouchable];
          const plan = planZone(desired, start.map((r) => fromGandiRrset(ZONE, r)));
          const after = applyToWire(start, plan.changes);
          const replan = planZone(desired, after.map((r) => fromGandiRrset(ZONE, r)));
          expect(replan.changes).toEqual([]);
          // Hands off: the ignored and Gandi-managed rrsets are exactly as they were.
          for (const kept of untouchable) expect(after).toContainEqual(kept);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('plans nothing for a live zone that spells the desired rrsets any way Gandi may', () => {
    fc.assert(
      fc.property(
        rrsets().chain((list) => fc.tuple(fc.constant(list), wireZone(list))),
        ([desiredList, liveWire]) => {
          const plan = planZone(desiredOf(desiredList), liveWire.map((r) => fromGandiRrset(ZONE, r)));
          expect(plan.changes).toEqual([]);
          expect(plan.existingCount).toBe(desiredList.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never mentions an rrset that is equal on both sides, and changes only what differs', () => {
    fc.assert(
      fc.property(rrsets(), rrsets(), fc.integer({ min: 0, max: 10 }), (desiredList, otherList, shared) => {
        // Share some rrsets between the two sides so that equal ones exist.
        const liveList = [...desiredList.slice(0, shared), ...otherList.filter((r) => !desiredList.some((d) => rrsetKey(d) === rrsetKey(r)))];
        const plan = planZone(desiredOf(desiredList), liveList);
        const desiredByKey = new Map(desiredList.map((r) => [rrsetKey(r), r]));
        const liveByKey = new Map(liveList.map((r) => [rrsetKey(r), r]));
        for (const change of plan.changes) {
          const key = rrsetKey(change);
          const d = desiredByKey.get(key);
          const l = liveByKey.get(key);
          expect(d && l && sameRrset(d, l)).toBeFalsy();
          if (change.action === 'create') expect(l).toBeUndefined();
          if (change.action === 'delete') expect(d).toBeUndefined();
          if (change.action === 'update') expect(change.ttlOnly).toBe(change.before.values.join('\n') === change.after.values.join('\n'));
        }
        const mentioned = new Set(plan.changes.map((c) => rrsetKey(c)));
        for (const [key, d] of desiredByKey) {
          const l = liveByKey.get(key);
          expect(mentioned.has(key)).toBe(!(l && sameRrset(d, l)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
