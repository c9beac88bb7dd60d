import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/document.js';
import { applyAll, planAll, planFromFile } from '../../src/reconcile.js';
import type { PlanResult } from '../../src/reconcile.js';
import { FakeLiveDns } from '../helpers/fake-livedns.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-reconcile-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const wire = (name: string, type: string, values: string[], ttl = 300) => ({ rrset_name: name, rrset_type: type, rrset_ttl: ttl, rrset_values: values });

async function zoneFile(zone: string, yaml: string): Promise<void> {
  await writeFile(path.join(dir, `${zone}.yaml`), yaml);
}

function fake(): FakeLiveDns {
  return new FakeLiveDns({
    'a.test': [wire('@', 'A', ['192.0.2.1']), wire('old', 'A', ['192.0.2.9']), wire('_acme-challenge', 'TXT', ['"token"'])],
    'b.test': [wire('www', 'A', ['192.0.2.2'])],
  });
}

const A_FILE = 'ttl: 300\nignore:\n  - { name: "_acme-challenge", type: TXT }\nrecords:\n  "@": { type: A, value: 192.0.2.1 }\n  www: { type: A, value: 192.0.2.3 }\n';
const B_FILE = 'ttl: 300\nrecords:\n  www: { type: A, value: 192.0.2.2 }\n';

async function planned(client: FakeLiveDns): Promise<PlanResult> {
  const run = await planAll({ client, paths: [dir] });
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  return run;
}

describe('planAll', () => {
  it('reads each live zone once and plans, leaving ignored rrsets alone', async () => {
    await zoneFile('a.test', A_FILE);
    await zoneFile('b.test', B_FILE);
    const client = fake();
    const run = await planned(client);
    expect(client.calls).toEqual([
      { method: 'listRecords', zone: 'a.test' },
      { method: 'listRecords', zone: 'b.test' },
    ]);
    expect(run.json).toEqual({
      version: 1,
      zones: [
        {
          zone: 'a.test',
          changes: [
            { action: 'delete', name: 'old', type: 'A', before: { ttl: 300, values: ['192.0.2.9'] }, after: null, source: null },
            { action: 'create', name: 'www', type: 'A', before: null, after: { ttl: 300, values: ['192.0.2.3'] }, source: { file: path.join(dir, 'a.test.yaml'), line: 6 } },
          ],
        },
        { zone: 'b.test', changes: [] },
      ],
      summary: { create: 1, update: 0, delete: 1 },
    });
    expect(run.hasChanges).toBe(true);
    expect(run.zones[0]?.plan.ignoredCount).toBe(1);
  });

  it('sends no request when a zone file is invalid', async () => {
    await zoneFile('a.test', 'records:\n  www: { type: A, value: 999.0.0.1 }\n');
    await zoneFile('b.test', B_FILE);
    const client = fake();
    const run = await planAll({ client, paths: [dir] });
    expect(run.ok).toBe(false);
    expect(run.issues.some((issue) => issue.severity === 'error' && issue.file.endsWith('a.test.yaml'))).toBe(true);
    expect(client.calls).toEqual([]);
  });

  it('filters zones with `only`, and names a filter without a zone file', async () => {
    await zoneFile('a.test', A_FILE);
    await zoneFile('b.test', B_FILE);
    const client = fake();
    const run = await planAll({ client, paths: [dir], only: ['B.test.'] });
    expect(run.ok && run.zones.map((zone) => zone.zone)).toEqual(['b.test']);
    await expect(planAll({ client, paths: [dir], only: ['c.test'] })).rejects.toThrow(/no zone file for c\.test/);
  });

  it('explains a zone that is not on LiveDNS with one getDomain call', async () => {
    await zoneFile('c.test', B_FILE);
    const client = fake();
    await expect(planAll({ client, paths: [dir] })).rejects.toThrow(/c\.test \(.*c\.test\.yaml\): this zone is not on LiveDNS, or the token cannot see it/);
    expect(client.calls.map((call) => call.method)).toEqual(['listRecords', 'getDomain']);
  });

  it('gives the same checksum for the same plan, and planFromFile reproduces it', async () => {
    await zoneFile('a.test', A_FILE);
    const client = fake();
    const first = await planned(client);
    expect((await planned(client)).checksum).toBe(first.checksum);
    const again = await planFromFile(first.planFile, { client, source: 'plan.json' });
    expect(again.checksum).toBe(first.checksum);
    expect(again.planFile).toEqual(first.planFile);
  });

  it('dates the plan file when the plan was made, however late it is asked for, and makes it once', async () => {
    await zoneFile('a.test', A_FILE);
    await zoneFile('b.test', B_FILE);
    const run = await planned(fake());
    const madeBy = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Date.parse(run.planFile.created_at)).toBeLessThanOrEqual(madeBy);
    expect(run.planFile).toBe(run.planFile);
    expect(run.checksum).toBe(run.planFile.checksum);
    expect(run.summary).toEqual(run.planFile.summary);
    expect(run.json).toBe(run.json);
  });
});

describe('applyAll', () => {
  it('applies, then a new plan is empty', async () => {
    await zoneFile('a.test', A_FILE);
    await zoneFile('b.test', B_FILE);
    const client = fake();
    const run = await applyAll({ client, paths: [dir], snapshotName: 'livedns-gitops test' });
    expect(run.ok).toBe(true);
    expect(client.writes().map((call) => `${call.method} ${call.zone} ${call.name ?? ''}`.trim())).toEqual([
      'createSnapshot a.test',
      'deleteRrset a.test old',
      'putRrset a.test www',
    ]);
    expect((await planned(client)).hasChanges).toBe(false);
    expect(client.rrsets('a.test')).toContainEqual(wire('_acme-challenge', 'TXT', ['"token"']));
  });

  it('refuses a plan whose checksum is not the reviewed one, and one over the safety limit unless forced', async () => {
    await zoneFile('a.test', `safety: { max_change_percent: 10, min_existing: 1 }\n${A_FILE}`);
    const client = fake();
    const wrong = await applyAll({ client, paths: [dir], expectedChecksum: 'f'.repeat(64), force: true });
    expect(wrong).toMatchObject({ ok: false, refused: [expect.stringMatching(/plan changed since it was reviewed/)] });
    const unsafe = await applyAll({ client, paths: [dir] });
    expect(unsafe).toMatchObject({ ok: false, refused: [expect.stringMatching(/a\.test: refusing to apply 1 delete\(s\)/)] });
    expect(client.writes()).toEqual([]);
    const reviewed = await planned(client);
    const forced = await applyAll({ client, paths: [dir], expectedChecksum: reviewed.checksum, force: true, snapshotName: 'livedns-gitops t' });
    expect(forced.ok).toBe(true);
  });

  it('asks once before writing and writes nothing when declined', async () => {
    await zoneFile('a.test', A_FILE);
    const client = fake();
    let asked = 0;
    const run = await applyAll({ client, paths: [dir], confirm: async () => (asked++, false) });
    expect(run).toMatchObject({ ok: false, declined: true });
    expect(asked).toBe(1);
    expect(client.writes()).toEqual([]);
  });

  it('refuses a plan file when a live zone changed since, before writing anything', async () => {
    await zoneFile('a.test', A_FILE);
    const client = fake();
    const reviewed = await planned(client);
    await client.putRrset('a.test', 'late', 'A', 300, ['192.0.2.7']);
    const before = client.writes().length;
    await expect(applyAll({ client, paths: [dir], planFile: reviewed.planFile, planSource: 'plan.json' })).rejects.toThrow(
      /a\.test: zone changed since this plan was made; run plan again \(plan\.json\)/,
    );
    expect(client.writes()).toHaveLength(before);
  });

  it('applies a plan file when only an ignored rrset changed since, leaving it as it is now', async () => {
    await zoneFile('a.test', A_FILE);
    const client = fake();
    const reviewed = await planned(client);
    expect(reviewed.planFile.zones[0]!.ignore).toEqual([{ name: '_acme-challenge', type: 'TXT' }]);
    await client.putRrset('a.test', '_acme-challenge', 'TXT', 60, ['"token-2"']);
    // The zone file's rules change too: apply checks with the rules the plan was made with.
    await zoneFile('a.test', A_FILE.replace(/ignore:\n.*\n/, ''));
    const before = client.writes().length;
    const run = await applyAll({ client, paths: [dir], planFile: reviewed.planFile, planSource: 'plan.json', snapshotName: 'livedns-gitops t' });
    expect(run.ok).toBe(true);
    expect(run.ok && run.plan.checksum).toBe(reviewed.checksum);
    expect(client.writes().slice(before).map((call) => `${call.method} ${call.name ?? ''}`)).toEqual(['createSnapshot ', 'deleteRrset old', 'putRrset www']);
    expect(client.zones.get('a.test')).toContainEqual(wire('_acme-challenge', 'TXT', ['"token-2"'], 60));
  });

  it('checks a plan file written before ignore rules were stored over every managed rrset, as then', async () => {
    // test/fixtures/plans: written by the previous version against fake()'s a.test with A_FILE.
    const old = parsePlanFile(await readFile('test/fixtures/plans/written-before-ignore-rules.plan.json', 'utf8'), 'old.json');
    const unchanged = fake();
    await expect(planFromFile(old, { client: unchanged, source: 'old.json' })).resolves.toMatchObject({ checksum: old.checksum, summary: { create: 1, delete: 1 } });
    const churned = fake();
    await churned.putRrset('a.test', '_acme-challenge', 'TXT', 300, ['"token-2"']);
    await expect(planFromFile(old, { client: churned, source: 'old.json' })).rejects.toThrow(/a\.test: zone changed since this plan was made; run plan again \(old\.json\)/);
  });
});
