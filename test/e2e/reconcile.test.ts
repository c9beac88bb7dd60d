/**
 * Issue 4's acceptance, end to end: the real CLI (dist/cli.js) as a child process against the emulator.
 * Every assertion on API traffic reads the emulator's journal.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newZoneRrsets } from '../../src/emulator/state.js';
import type { PlanJson } from '../../src/plan/document.js';
import type { World } from './harness.js';
import { rr, startWorld } from './harness.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function open(...args: Parameters<typeof startWorld>): Promise<World> {
  world = await startWorld(...args);
  return world;
}

const EXAMPLES = path.resolve('zones');
const EVERY_TYPE = path.resolve('test/fixtures/zones/valid/every-type.example.net.yaml');

/** A zone of 10 rrsets that matches SMALL_ZONE_FILE exactly, in Gandi's wire form. */
function smallZoneLive() {
  return [
    rr('@', 'A', ['192.0.2.1']),
    rr('@', 'MX', ['10 mx.example.net.']),
    rr('@', 'TXT', ['"v=spf1 -all"']),
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => rr(name, 'A', [`192.0.2.${10 + i}`])),
  ];
}
const SMALL_ZONE_FILE = `ttl: 300
records:
  "@":
    - { type: A, value: 192.0.2.1 }
    - { type: MX, value: "10 mx.example.net." }
    - { type: TXT, value: "v=spf1 -all" }
${['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => `  ${name}: { type: A, value: 192.0.2.${10 + i} }`).join('\n')}
`;

function jsonPlan(stdout: string): PlanJson {
  return JSON.parse(stdout) as PlanJson;
}

describe('apply then plan', () => {
  it('is empty for every example zone and a zone of every record type; snapshots and writes are exactly as planned', async () => {
    const zones = [...(await readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')), 'every-type.example.net'];
    // Each zone starts as Gandi makes a new one: pre-populated with its default records.
    const w = await open(Object.fromEntries(zones.map((zone) => [zone, newZoneRrsets()])));
    for (const zone of zones.slice(0, -1)) await w.copyZone(path.join(EXAMPLES, `${zone}.yaml`));
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
});

describe('import', () => {
  it("writes a file that marks Gandi's defaults and plans zero changes, even for long TXT, CAA, SRV and MX", async () => {
    const dkim = `v=DKIM1; k=rsa; p=${'A'.repeat(400)}`;
    const w = await open({
      'imported.test': [
        ...newZoneRrsets(),
        rr('k1._domainkey', 'TXT', [dkim], 3600),
        rr('@', 'CAA', ['0 issue "letsencrypt.org"', '0 iodef "mailto:security@imported.test"'], 3600),
        rr('_sip._tcp', 'SRV', ['10 5 5060 sip.example.net.'], 3600),
        rr('mail', 'MX', ['10 mx1.example.net.', '20 mx2'], 3600),
        rr('Docs', 'CNAME', ['readthedocs.example.net.'], 3600),
      ],
    });
    const imported = await w.run('import', 'imported.test');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const text = await readFile(path.join(w.zonesDir, 'imported.test.yaml'), 'utf8');
    expect(text.match(/Gandi default record/g)?.length).toBe(13);
    expect(text).toContain(dkim);

    w.emulator.journal.length = 0;
    const plan = await w.run('plan', '--detailed-exitcode');
    expect(plan.stdout).toMatch(/No changes/);
    expect(plan.code).toBe(0);

    const again = await w.run('import', 'imported.test');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/imported\.test\.yaml already exists; nothing was written \(pass --force to overwrite\)/);
    await writeFile(path.join(w.zonesDir, 'imported.test.yaml'), '# mine\n');
    expect((await w.run('import', 'imported.test', '--force')).code).toBe(0);
    expect(await readFile(path.join(w.zonesDir, 'imported.test.yaml'), 'utf8')).toBe(text);
  });
});

describe('exit codes and refusals', () => {
  it('invalid zone files: every error printed, exit 1, not one request', async () => {
    const w = await open({ 'a.test': smallZoneLive() });
    await w.writeZone('a.test', 'records:\n  www:\n    type: A\n    ttl: 5\n    value: 192.0.2.1\n  bad name: { type: A, value: 300.1.1.1 }\n');
    for (const args of [['plan'], ['apply', '--yes']]) {
      const result = await w.run(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/zones\/a\.test\.yaml:\d+:\d+: error: .*\n(.|\n)*zones\/a\.test\.yaml:\d+:\d+: error: /);
    }
    expect(w.emulator.journal).toEqual([]);
  });

  it('plan exits 0 without changes, 2 with --detailed-exitcode and changes; apply needs --yes without a terminal', async () => {
    const w = await open({ 'a.test': smallZoneLive() });
    await w.writeZone('a.test', SMALL_ZONE_FILE);
    expect((await w.run('plan', '--detailed-exitcode')).code).toBe(0);
    await w.writeZone('a.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99'));
    expect((await w.run('plan')).code).toBe(0);
    const detailed = await w.run('plan', '--detailed-exitcode');
    expect(detailed.code).toBe(2);
    expect(detailed.stdout).toContain('~ g A  ttl 300');

    const noYes = await w.run('apply');
    expect(noYes.code).toBe(1);
    expect(noYes.stderr).toMatch(/stdin is not a terminal, so apply needs --yes to proceed; nothing was written/);
    expect(w.requests('a.test').filter((r) => r.kind !== 'read')).toEqual([]);
  });

  it('a zone file whose zone is not on LiveDNS is a clear error', async () => {
    const w = await open({ 'a.test': smallZoneLive() });
    await w.writeZone('missing.test', 'records:\n  www: { type: A, value: 192.0.2.1 }\n');
    const result = await w.run('plan');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.test \(zones\/missing\.test\.yaml\): this zone is not on LiveDNS, or the token cannot see it/);
  });
});

describe('snapshots and zones', () => {
  it('lists snapshots with ours marked, and domains with their zone files', async () => {
    const w = await open({ 'a.test': smallZoneLive(), 'b.test': smallZoneLive() });
    await w.writeZone('a.test', SMALL_ZONE_FILE.replace('192.0.2.16', '192.0.2.99'));
    w.emulator.state.domains['a.test']!.snapshots = [{ id: 'manual-1', name: 'by hand', created_at: '2020-01-01T00:00:00Z', automatic: false, zone_data: [] }];
    expect((await w.run('apply', '--yes')).code).toBe(0);
    const snapshots = JSON.parse((await w.run('snapshots', 'a.test', '--json')).stdout) as { name: string; ours: boolean }[];
    expect(snapshots.map((s) => s.ours)).toEqual([true, false]);
    expect(snapshots[0]?.name).toMatch(/^livedns-gitops \d{4}-\d\d-\d\dT[\d:.]+Z/);
    const zones = JSON.parse((await w.run('zones', '--json')).stdout);
    expect(zones).toEqual([
      { fqdn: 'a.test', zone_file: 'zones/a.test.yaml' },
      { fqdn: 'b.test', zone_file: null },
    ]);
  });
});
