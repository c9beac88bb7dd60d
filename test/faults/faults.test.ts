/**
 * Applies under injected faults: the emulator answers 429 to a third of the requests, a 5xx to a tenth,
 * resets connections, and performs some writes but drops their answer. Whatever happens, an apply
 * either converges (a following plan is empty, no rrset lost or duplicated) or stops with a report that
 * is exact: what it says was written is on LiveDNS, what it says was not written is not (the failed write
 * itself only when LiveDNS certainly refused it), and no rrset is ever half-written: each is as it was
 * or as the plan wanted. The snapshot taken before the first write restores the zone exactly.
 *
 * Many seeds run in-process (client with a fake clock: backoff and pacing cost no time); a few run the
 * built CLI with tiny backoff set through GANDI_RETRY_DELAY.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executeRollback, planRollback } from '../../src/apply/rollback.js';
import type { ZoneApplyResult } from '../../src/apply/apply.js';
import { snapshotName } from '../../src/apply/snapshot.js';
import { startEmulator, type Emulator, type EmulatorFaults, type EmulatorRrset } from '../../src/emulator/server.js';
import { seededRandom } from '../../src/emulator/faults.js';
import { UserError } from '../../src/errors.js';
import { managedRrsets } from '../../src/live.js';
import type { Change, RecordSet } from '../../src/model/types.js';
import { rrsetKey } from '../../src/model/types.js';
import { fromGandiRrset } from '../../src/model/wire.js';
import { applyAll, planAll } from '../../src/reconcile.js';
import { clientFor } from '../helpers/gandi.js';
import { rr, sortRrsets, worlds } from '../e2e/harness.js';

const ZONES = ['a.test', 'b.test', 'c.test'];

/** Each zone as LiveDNS holds it before the apply (apex NS and SOA included, as Gandi has them). */
function initialZone(zone: string): EmulatorRrset[] {
  return [
    rr('@', 'SOA', ['ns1.gandi.net. hostmaster.gandi.net. 1700000000 10800 3600 604800 10800'], 10800),
    rr('@', 'NS', ['ns-101-a.gandi.net.', 'ns-102-b.gandi.net.'], 10800),
    rr('@', 'A', ['192.0.2.1']),
    rr('@', 'MX', ['10 mx1.example.net.', '20 mx2.example.net.']),
    rr('@', 'TXT', ['"v=spf1 -all"']),
    rr('www', 'CNAME', [`web.${zone}.`]),
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((name, i) => rr(name, 'A', [`192.0.2.${10 + i}`])),
    rr('old', 'TXT', ['"legacy"']),
  ];
}

/** The zone file: two updates, two deletions (d, old), two creations (g, txt), one TTL-only change. */
const ZONE_FILE = `ttl: 300
records:
  "@":
    - { type: A, value: 192.0.2.1 }
    - { type: MX, values: ["10 mx1.example.net.", "30 mx3.example.net."] }
    - { type: TXT, value: "v=spf1 include:_spf.example.net -all" }
  www: { type: CNAME, value: web.example.net. }
  a: { type: A, value: 192.0.2.10 }
  b: { type: A, value: 192.0.2.11, ttl: 600 }
  c: { type: A, value: 192.0.2.12 }
  e: { type: A, value: 192.0.2.14 }
  f: { type: A, value: 192.0.2.15 }
  g: { type: A, values: [192.0.2.16, 192.0.2.17] }
  txt: { type: TXT, value: "created under faults" }
`;

/** Injected faults: a third 429 (no Retry-After), a tenth 5xx, 5 % resets, and 5 % of writes done but unanswered. */
function faults(seed: number): EmulatorFaults {
  const drop = seededRandom(seed * 7919);
  return {
    seed,
    rate429: 1 / 3,
    retryAfter: 0,
    error5xx: 0.1,
    reset: 0.05,
    failOn: (request) => (request.method !== 'GET' && drop() < 0.05 ? 'drop-response' : undefined),
  };
}

function canonical(zone: string, rrsets: readonly EmulatorRrset[]): Map<string, RecordSet> {
  return new Map(managedRrsets(rrsets.map((wire) => fromGandiRrset(zone, wire))).map((rrset) => [rrsetKey(rrset), rrset]));
}

type State = Pick<RecordSet, 'ttl' | 'values'> | null;

function stateOf(rrset: Pick<RecordSet, 'ttl' | 'values'> | null | undefined): State {
  return rrset ? { ttl: rrset.ttl, values: [...rrset.values].sort() } : null;
}

/** Two spellings of one rrset (name case aside) would be a duplicate: LiveDNS keys rrsets by name and type. */
function expectNoDuplicates(rrsets: readonly EmulatorRrset[]): void {
  const keys = rrsets.map((r) => `${r.rrset_name.toLowerCase()}/${r.rrset_type}`);
  expect(new Set(keys).size).toBe(keys.length);
}

/** What the report says, checked against what LiveDNS now holds. */
function expectExactReport(result: ZoneApplyResult, live: Map<string, RecordSet>, changes: readonly Change[]): void {
  const at = (change: Change) => stateOf(live.get(rrsetKey(change)));
  const before = (change: Change) => stateOf(change.before);
  const after = (change: Change) => stateOf(change.after);
  switch (result.outcome) {
    case 'applied':
    case 'mismatch':
      // Every write was accepted; a mismatch here can only be a read-back that failed under the faults.
      for (const change of changes) expect(at(change)).toEqual(after(change));
      if (result.outcome === 'mismatch') expect(result.mismatches.join('\n')).toMatch(/could not read the zone back/);
      break;
    case 'unchanged':
    case 'not-started':
      for (const change of changes) expect(at(change)).toEqual(before(change));
      break;
    case 'failed': {
      expect(result.written.length + result.notWritten.length).toBe(changes.length);
      for (const change of result.written) expect(at(change)).toEqual(after(change));
      const [failed, ...rest] = result.notWritten;
      for (const change of rest) expect(at(change)).toEqual(before(change));
      if (failed && result.failure?.change) {
        expect(result.failure.change).toBe(failed);
        const possible = result.failure.mayHaveTakenEffect ? [before(failed), after(failed)] : [before(failed)];
        expect(possible).toContainEqual(at(failed));
      } else if (failed) {
        // The snapshot failed: nothing at all was written.
        expect(result.written).toEqual([]);
        expect(at(failed)).toEqual(before(failed));
      }
      break;
    }
    default:
      throw new Error(`unexpected outcome ${result.outcome}`);
  }
}

let dir: string | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  emulator = undefined;
  dir = undefined;
});

async function world(seed: number): Promise<{ emulator: Emulator; dir: string }> {
  emulator = await startEmulator({ state: { domains: Object.fromEntries(ZONES.map((zone) => [zone, { rrsets: initialZone(zone) }])) }, faults: faults(seed) });
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-faults-'));
  for (const zone of ZONES) await writeFile(path.join(dir, `${zone}.yaml`), ZONE_FILE);
  return { emulator, dir };
}

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('apply under 429s, 5xx, resets and lost answers', () => {
  it(`converges or stops with an exact report, never half-writes an rrset, and its snapshots restore each zone (${SEEDS.length} seeds)`, async () => {
    const outcomes = { converged: 0, stopped: 0, refusedBeforeWriting: 0 };
    let faultsSeen = 0;
    for (const seed of SEEDS) {
      const { emulator: em, dir: zonesDir } = await world(seed);
      const initial = Object.fromEntries(ZONES.map((zone) => [zone, sortRrsets(em.state.domains[zone]!.rrsets)]));
      const { client } = clientFor(em, { maxAttempts: 5, random: seededRandom(seed) });
      const name = snapshotName(new Date(Date.UTC(2030, 0, 1, 0, 0, seed)));
      const run: Awaited<ReturnType<typeof applyAll>> | Error = await applyAll({ client, paths: [zonesDir], force: true, snapshotName: name }).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
      faultsSeen += em.journal.filter((entry) => entry.fault !== undefined).length;
      em.faults = {};

      if (run instanceof Error) {
        // Reading the live zones failed after every retry: a UserError naming the zone, nothing written.
        expect(run, String(run)).toBeInstanceOf(UserError);
        expect(run.message).toMatch(/could not read the live zone/);
        for (const zone of ZONES) expect(sortRrsets(em.state.domains[zone]!.rrsets)).toEqual(initial[zone]);
        outcomes.refusedBeforeWriting += 1;
        await client.close();
        continue;
      }
      expect(run, JSON.stringify(run)).toHaveProperty('report');
      if (!('report' in run)) continue;

      for (const [i, result] of run.report.zones.entries()) {
        const zone = result.zone;
        const raw = em.state.domains[zone]!.rrsets;
        expectNoDuplicates(raw);
        const live = canonical(zone, raw);
        expectExactReport(result, live, run.plan.zones[i]!.plan.changes);
        // Never half-written: every rrset is as it was before, or as the zone file wants it.
        const initialLive = canonical(zone, initial[zone]!);
        const wanted = new Map<string, State>(run.plan.zones[i]!.plan.changes.map((change) => [rrsetKey(change), stateOf(change.after)]));
        for (const key of new Set([...initialLive.keys(), ...live.keys()])) {
          const now = stateOf(live.get(key));
          const options = [stateOf(initialLive.get(key)), ...(wanted.has(key) ? [wanted.get(key)] : [])];
          expect(options, `${zone} ${key} (seed ${seed})`).toContainEqual(now);
        }
      }

      if (run.report.ok) {
        outcomes.converged += 1;
      } else {
        outcomes.stopped += 1;
        // The snapshot of each touched zone restores it exactly (SOA and apex NS included).
        for (const result of run.report.zones) {
          if (!result.snapshot) continue;
          const rollback = await executeRollback(client, await planRollback(client, result.zone, result.snapshot.id), { snapshotName: `${name} rollback` });
          expect(rollback.outcome === 'applied' || rollback.outcome === 'unchanged', JSON.stringify(rollback)).toBe(true);
          expect(sortRrsets(em.state.domains[result.zone]!.rrsets)).toEqual(initial[result.zone]);
        }
        // And an apply without faults then converges.
        const again = await applyAll({ client, paths: [zonesDir], force: true, snapshotName: `${name} again` });
        expect('report' in again && again.report.ok).toBe(true);
      }
      // Converged: a following plan is empty and each zone holds exactly what its file says.
      const plan = await planAll({ client, paths: [zonesDir] });
      expect(plan.ok && plan.hasChanges).toBe(false);
      for (const zone of ZONES) expectNoDuplicates(em.state.domains[zone]!.rrsets);
      await client.close();
      await em.close();
    }
    // The seeds exercise every path, not only the lucky one.
    expect(faultsSeen).toBeGreaterThan(SEEDS.length * 10);
    expect(outcomes.converged).toBeGreaterThan(0);
    expect(outcomes.stopped).toBeGreaterThan(0);
    expect(outcomes.converged + outcomes.stopped + outcomes.refusedBeforeWriting).toBe(SEEDS.length);
  }, 120_000);
});

describe('the CLI under the same faults', () => {
  const open = worlds();

  it.each([3, 11])('seed %i: apply converges or reports exactly; rollback --last restores the zone; a clean apply then converges', async (seed) => {
    const w = await open(Object.fromEntries(ZONES.map((zone) => [zone, initialZone(zone)])), faults(seed));
    for (const zone of ZONES) await w.writeZone(zone, ZONE_FILE);
    const initial = Object.fromEntries(ZONES.map((zone) => [zone, sortRrsets(w.emulator.state.domains[zone]!.rrsets)]));
    const env = { GANDI_MAX_ATTEMPTS: '5', GANDI_RETRY_DELAY: '0.001', GANDI_RETRY_MAX_DELAY: '0.005' };
    const applied = await w.runWith(env, 'apply', '--yes', '--force');
    expect(applied.stderr).not.toMatch(/internal error|^\s+at /m);
    w.emulator.faults = {};
    if (applied.code === 0) {
      expect(applied.stdout).toMatch(/read back, matches the plan/);
    } else {
      expect(applied.code).toBe(1);
      // The report names each zone's fate, and the command that restores a touched zone.
      expect(applied.stdout + applied.stderr).toMatch(/FAILED|could not read the live zone/);
      for (const zone of ZONES) {
        const snapshot = w.emulator.state.domains[zone]!.snapshots?.at(-1);
        if (!snapshot) {
          expect(sortRrsets(w.emulator.state.domains[zone]!.rrsets)).toEqual(initial[zone]);
          continue;
        }
        const rollback = await w.run('rollback', zone, '--last', '--yes');
        expect(rollback.code, rollback.stderr).toBe(0);
        expect(sortRrsets(w.emulator.state.domains[zone]!.rrsets)).toEqual(initial[zone]);
      }
      const again = await w.run('apply', '--yes', '--force');
      expect(again.code, again.stderr).toBe(0);
    }
    const plan = await w.run('plan', '--detailed-exitcode');
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    for (const zone of ZONES) expectNoDuplicates(w.emulator.state.domains[zone]!.rrsets);
  });
});
