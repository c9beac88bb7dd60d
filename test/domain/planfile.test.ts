/**
 * A reviewed plan file carries the registrar changes under its checksum: `apply --plan` applies exactly
 * them, and refuses when the registrar moved since the review.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { createGandiClients, type GandiClients } from '../../src/gandi/client.js';
import { parsePlanFile, serializePlanFile } from '../../src/plan/document.js';
import { applyAll, planAll, type PlanResult } from '../../src/reconcile.js';
import { fakeClock } from '../helpers/gandi.js';

let dir: string;
let emulator: Emulator;
let clients: GandiClients;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-planfile-'));
  emulator = await startEmulator({
    state: {
      domains: { 'example.com': { rrsets: [{ rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.10'] }] } },
      registrar: { 'example.com': { current: 'other', nameservers: ['ns1.old.net', 'ns2.old.net'], autorenew: false, registry_ends_at: '2099-01-01T00:00:00Z', status: [] } },
    },
  });
  clients = createGandiClients({ baseUrl: emulator.url, token: emulator.token, log: () => {}, clock: fakeClock(), random: () => 0.5 });
  await writeFile(path.join(dir, 'example.com.yaml'), 'nameservers: livedns\nautorenew: true\nrecords:\n  www: { type: A, ttl: 300, value: 192.0.2.10 }\n');
});

afterEach(async () => {
  await clients.close();
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

const options = () => ({ client: clients.livedns, domain: clients.domain, paths: [dir], nameserverWaitMs: 1_000, nameserverPollMs: 10 });

async function reviewed(): Promise<PlanResult> {
  const run = await planAll(options());
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  return run;
}

describe('plan files with registrar changes', () => {
  it('keeps the registrar changes under the checksum, and applies them as reviewed', async () => {
    const plan = await reviewed();
    const file = parsePlanFile(serializePlanFile(plan.planFile), 'plan.json');
    expect(file.zones[0]!.domain_changes).toEqual([
      { setting: 'autorenew', before: false, after: true },
      { setting: 'nameservers', before: ['ns1.old.net', 'ns2.old.net'], after: 'livedns' },
    ]);
    const edited = { ...file, zones: [{ ...file.zones[0]!, domain_changes: [{ setting: 'autorenew', before: false, after: false }] }] };
    expect(() => parsePlanFile(JSON.stringify(edited), 'plan.json')).toThrow(/checksum mismatch/);
    expect(() => parsePlanFile(JSON.stringify({ ...file, zones: [{ ...file.zones[0]!, domain_changes: [{ setting: 'contacts' }] }] }), 'plan.json')).toThrow(
      /domain_changes\[0\] is not a nameservers or autorenew change/,
    );

    const run = await applyAll({ ...options(), planFile: file, planSource: 'plan.json' });
    expect(run.ok).toBe(true);
    expect('report' in run && run.report.domain?.[0]?.results.map((r) => [r.change.setting, r.ok, r.visible])).toEqual([
      ['autorenew', true, undefined],
      ['nameservers', true, true],
    ]);
    expect(emulator.state.registrar!['example.com']).toMatchObject({ current: 'livedns', autorenew: true });
    const after = await reviewed();
    expect(after.hasChanges).toBe(false);
  });

  it('refuses, writing nothing, when the registrar changed since the review', async () => {
    const file = (await reviewed()).planFile;
    emulator.state.registrar!['example.com']!.autorenew = true;
    emulator.journal.length = 0;
    await expect(applyAll({ ...options(), planFile: file, planSource: 'plan.json' })).rejects.toThrow(
      /example\.com: the domain's nameservers or auto-renewal changed since this plan was made; run plan again \(plan\.json\)\nNothing was written\./,
    );
    expect(emulator.journal.filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it('a plan without registrar changes keeps the records-only plan file shape', async () => {
    await writeFile(path.join(dir, 'example.com.yaml'), 'records:\n  www: { type: A, ttl: 300, value: 192.0.2.10 }\n');
    const plan = await reviewed();
    expect(plan.planFile.zones[0]).not.toHaveProperty('domain_changes');
    expect(plan.json.zones[0]!.domain_changes).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['not-delegated']);
  });
});
