/**
 * Issue 4's acceptance for apply, end to end: the real CLI (dist/cli.js) as a child process against the
 * emulator. Every assertion on API traffic reads the emulator's journal.
 */
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newZoneRrsets } from '../../src/emulator/state.js';
import type { PlanJson } from '../../src/plan/document.js';
import { SMALL_ZONE_FILE, rr, smallZoneLive, worlds } from './harness.js';

const open = worlds();

const EXAMPLES = path.resolve('zones');
const EVERY_TYPE = path.resolve('test/fixtures/zones/valid/every-type.example.net.yaml');

function jsonPlan(stdout: string): PlanJson {
  return JSON.parse(stdout) as PlanJson;
}

describe('apply then plan', () => {
  it('is empty for every example zone and a zone of every record type; snapshots and writes are exactly as planned', async () => {
    const zones = [...(await readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')), 'every-type.example.net'];
    // Each zone starts as Gandi makes a new one: pre-populated with its default records.
    const w = await open(Object.fromEntries(zones.map((zone) => [zone, newZoneRrsets()])));
    for (const zone of zones.slice(0, -1)) await w.copyZone(path.join(EXAMPLES, `${zone}.yaml`));
    // The example zones share records through templates.
    await cp(path.join(EXAMPLES, '_templates'), path.join(w.zonesDir, '_templates'), { recursive: true });
    await w.copyZone(EVERY_TYPE);

    const planned = await w.run('plan', '--json', '--detailed-exitcode');
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = jsonPlan(planned.stdout);
    expect(plan.zones.map((z) => z.zone).sort()).toEqual([...zones].sort());
    // plan reads each live zone once and writes nothing.
    for (const zone of zones) expect(w.requests(zone).map((r) => r.kind)).toEqual(['read']);

    // Replacing Gandi's defaults deletes most of each zone: the safety threshold refuses, naming its knobs.
    w.emulator.journal.length = 0;
    const refused = await w.run('apply', '--yes');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to apply .* above the 30 % limit.*--force.*max_change_percent/s);
    expect(refused.stderr).toMatch(/Nothing was written/);
    for (const zone of zones) expect(w.requests(zone).filter((r) => r.kind !== 'read')).toEqual([]);

    w.emulator.journal.length = 0;
    const applied = await w.run('apply', '--yes', '--force');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    // With --force the plan text says the limit is overridden, not that apply will refuse.
    expect(applied.stdout).toMatch(/safety limit exceeded, applying anyway because of --force/);
    expect(applied.stdout).not.toMatch(/apply will refuse/);
    for (const { zone, changes } of plan.zones) {
      const requests = w.requests(zone);
      // read (plan), snapshot, one write per changed rrset in plan order, read (read-back)
      expect(requests.map((r) => r.kind)).toEqual(['read', 'snapshot', ...changes.map(() => 'write'), 'read']);
      expect(requests.filter((r) => r.kind === 'write').map((r) => (r.kind === 'write' ? r.rrset : ''))).toEqual(
        changes.map((c) => `${c.name}/${c.type}`),
      );
      expect(requests.every((r) => r.entry.status < 300)).toBe(true);
      const snapshotId = w.emulator.state.domains[zone]?.snapshots?.at(-1)?.id;
      expect(applied.stdout).toContain(`${zone}: snapshot ${snapshotId} taken`);
    }

    const again = await w.run('plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(jsonPlan(again.stdout)).toMatchObject({ summary: { create: 0, update: 0, delete: 0 } });
    expect(jsonPlan(again.stdout).zones.every((z) => z.changes.length === 0)).toBe(true);
  });

  it('takes no snapshot and writes nothing for unchanged zones', async () => {
    const w = await open({ 'a.test': smallZoneLive(), 'b.test': smallZoneLive() });
    await w.writeZone('a.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99'));
    await w.writeZone('b.test', SMALL_ZONE_FILE);
    const applied = await w.run('apply', '--yes');
    expect(applied.code).toBe(0);
    expect(w.requests('a.test').map((r) => r.kind)).toEqual(['read', 'snapshot', 'write', 'read']);
    expect(w.requests('b.test').map((r) => r.kind)).toEqual(['read']);
    expect(applied.stdout).toContain('b.test: no changes, nothing written');
  });
});

describe('a write failure mid-apply', () => {
  // a.test: 3 changes (g deleted, h created, a updated); the write of h/A fails.
  const file = SMALL_ZONE_FILE.replace('  g: { type: A, value: 192.0.2.16 }\n', '  h: { type: A, value: 192.0.2.50 }\n').replace('192.0.2.10', '192.0.2.60');
  const failH = { failOn: (request: { method: string; path: string }) => (request.method === 'PUT' && request.path.endsWith('/records/h/A') ? 500 : undefined) };

  async function failedApply(...flags: string[]) {
    const w = await open({ 'a.test': smallZoneLive(), 'b.test': smallZoneLive() }, failH);
    await w.writeZone('a.test', file);
    await w.writeZone('b.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99'));
    const before = w.live('a.test');
    const result = await w.run('apply', '--yes', ...flags);
    return { w, before, result };
  }

  it('reports written and unwritten rrsets, starts no later zone, and `rollback --last` restores the exact previous state', async () => {
    const { w, before, result } = await failedApply();
    expect(result.code).toBe(1);
    const snapshotId = w.emulator.state.domains['a.test']?.snapshots?.[0]?.id;
    expect(result.stdout).toContain(`a.test: FAILED`);
    expect(result.stdout).toContain('  written (1):\n    - g A\n  not written (2):\n    + h A\n    ~ a A\n');
    expect(result.stdout).toContain(`run: livedns rollback a.test --snapshot ${snapshotId}`);
    expect(result.stdout).toContain('b.test: not started');
    expect(w.requests('b.test').map((r) => r.kind)).toEqual(['read']);
    expect(w.live('a.test')).not.toEqual(before);

    w.emulator.faults = {};
    const rollback = await w.run('rollback', 'a.test', '--last', '--yes');
    expect(rollback.code).toBe(0);
    expect(w.live('a.test')).toEqual(before);
    // The rollback took its own snapshot first, then wrote the one rrset the apply had deleted.
    const rollbackRequests = w.requests('a.test').filter((r) => r.kind === 'snapshot' || r.kind === 'write');
    expect(rollbackRequests.map((r) => (r.kind === 'write' ? `${r.method} ${r.rrset}` : r.kind))).toEqual([
      'snapshot', 'DELETE g/A', 'PUT h/A', // the apply (the PUT failed)
      'snapshot', 'PUT g/A', // the rollback: only what differs
    ]);
  });

  it('with --rollback-on-failure restores the snapshot at once', async () => {
    const { w, before, result } = await failedApply('--rollback-on-failure');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/rolled back to snapshot \S+ with 1 write/);
    expect(result.stdout).not.toContain('livedns rollback a.test');
    expect(w.live('a.test')).toEqual(before);
    expect(w.emulator.state.domains['a.test']?.snapshots).toHaveLength(2);
  });
});

describe('plan files', () => {
  it('apply --plan applies the reviewed plan, and refuses it once the live zone changed', async () => {
    const w = await open({ 'a.test': smallZoneLive() });
    await w.writeZone('a.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99'));
    const planned = await w.run('plan', '--out', 'plan.json');
    expect(planned.code).toBe(0);
    expect(planned.stderr).toMatch(/plan written to plan\.json \(checksum [0-9a-f]{64}\)/);
    const file = JSON.parse(await readFile(path.join(w.dir, 'plan.json'), 'utf8'));
    expect(file.zones[0]).toMatchObject({ zone: 'a.test', fingerprint: expect.stringMatching(/^sha256:/), changes: [{ action: 'update', name: 'g' }] });

    // Someone changes the zone after the review.
    w.emulator.state.domains['a.test']!.rrsets.push(rr('late', 'A', ['192.0.2.77']));
    w.emulator.journal.length = 0;
    const refused = await w.run('apply', '--plan', 'plan.json', '--yes');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a.test: zone changed since this plan was made; run plan again');
    expect(w.requests('a.test').map((r) => r.kind)).toEqual(['read']);

    // The zone file changes too, but apply --plan applies what was reviewed, not the file.
    w.emulator.state.domains['a.test']!.rrsets.pop();
    await w.writeZone('a.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.55'));
    const applied = await w.run('apply', '--plan', 'plan.json', '--yes');
    expect(applied.code).toBe(0);
    expect(w.live('a.test')).toContainEqual(rr('g', 'A', ['192.0.2.99']));
  });

  it('apply --plan ignores changes to rrsets an ignore rule covers (ACME challenges), not to the others', async () => {
    const challenge = rr('_acme-challenge', 'TXT', ['"token-1"'], 60);
    const w = await open({ 'a.test': [...smallZoneLive(), challenge] });
    await w.writeZone('a.test', `ignore:\n  - { name: "_acme-challenge*", type: TXT }\n${SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99')}`);
    expect((await w.run('plan', '--out', 'plan.json')).code).toBe(0);
    const file = JSON.parse(await readFile(path.join(w.dir, 'plan.json'), 'utf8'));
    expect(file.zones[0]).toMatchObject({ ignore: [{ name: '_acme-challenge*', type: 'TXT' }], ignored: 1, changes: [{ action: 'update', name: 'g' }] });

    // An ACME client renews its challenge and starts another one after the review.
    const state = w.emulator.state.domains['a.test']!;
    state.rrsets = state.rrsets.filter((r) => r.rrset_name !== '_acme-challenge');
    const renewed = [rr('_acme-challenge', 'TXT', ['"token-2"'], 60), rr('_acme-challenge.www', 'TXT', ['"token-3"'], 60)];
    state.rrsets.push(...renewed);
    w.emulator.journal.length = 0;
    const applied = await w.run('apply', '--plan', 'plan.json', '--yes');
    expect(applied.code, applied.stderr).toBe(0);
    expect(w.requests('a.test').flatMap((r) => (r.kind === 'write' ? [`${r.method} ${r.rrset}`] : []))).toEqual(['PUT g/A']);
    expect(w.live('a.test')).toContainEqual(rr('g', 'A', ['192.0.2.99']));
    for (const record of renewed) expect(w.live('a.test')).toContainEqual(record);
    const again = await w.run('plan', '--detailed-exitcode');
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(/a\.test \(zones\/a\.test\.yaml\): no changes; 2 live rrsets left alone by ignore rules/);

    // A managed rrset changing after the review still makes the reviewed plan stale.
    await w.writeZone('a.test', `ignore:\n  - { name: "_acme-challenge*", type: TXT }\n${SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.42')}`);
    expect((await w.run('plan', '--out', 'plan.json')).code).toBe(0);
    state.rrsets = state.rrsets.map((r) => (r.rrset_name === 'a' ? rr('a', 'A', ['192.0.2.200']) : r));
    w.emulator.journal.length = 0;
    const refused = await w.run('apply', '--plan', 'plan.json', '--yes');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a.test: zone changed since this plan was made; run plan again (plan.json)');
    expect(w.requests('a.test').map((r) => r.kind)).toEqual(['read']);
    expect(w.live('a.test')).toContainEqual(rr('g', 'A', ['192.0.2.99']));
  });
});

