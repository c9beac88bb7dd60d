/**
 * Issue 4's acceptance for the other commands (import, exit codes, snapshots, zones, demo), end to end:
 * the real CLI as a child process against the emulator.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newZoneRrsets } from '../../src/emulator/state.js';
import { SMALL_ZONE_FILE, rr, smallZoneLive, worlds } from './harness.js';

const open = worlds();

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

describe('npm run demo', () => {
  it('narrates plan, apply, plan, rollback against the seeded emulator and exits 0, offline', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      // No GANDI_* at all: the demo points its child commands at its own emulator.
      const child = spawn(process.execPath, [path.resolve('dist/cli.js'), 'demo'], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit ?? -1, stdout: out }));
    });
    expect(code).toBe(0);
    const steps = stdout.split(/^── /m).slice(1);
    expect(steps.map((step) => /^\$ livedns (\S+)/m.exec(step)?.[1])).toEqual(['plan', 'apply', 'plan', 'rollback', 'snapshots', undefined]);
    expect(steps[0]).toMatch(/Plan: \d+ to create, \d+ to update, \d+ to delete/);
    expect(steps[1]).toMatch(/snapshot \S+ taken/);
    expect(steps[2]).toMatch(/No changes: LiveDNS matches the zone files/);
    expect(steps[3]).toMatch(/restored to snapshot \S+ with \d+ write/);
    expect(steps[5]).toMatch(/all to the emulator on 127\.0\.0\.1/);
  });
});
