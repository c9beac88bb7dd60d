/**
 * A runner killed mid-apply: the CLI gets SIGKILL while a zone is half-written (one of its writes done,
 * the next one in flight and never answered). What it leaves behind is exactly what `rollback --last`
 * undoes: every zone comes back byte for byte as it was before the apply, SOA and apex NS included.
 */
import { describe, expect, it } from 'vitest';
import { rr, sortRrsets, worlds, type World } from '../e2e/harness.js';
import type { EmulatorRrset } from '../../src/emulator/server.js';

const open = worlds();

function zone(name: string): EmulatorRrset[] {
  return [
    rr('@', 'SOA', ['ns1.gandi.net. hostmaster.gandi.net. 1700000000 10800 3600 604800 10800'], 10800),
    rr('@', 'NS', ['ns-101-a.gandi.net.', 'ns-102-b.gandi.net.'], 10800),
    rr('@', 'A', ['192.0.2.1']),
    rr('@', 'TXT', ['"v=spf1 -all"']),
    rr('www', 'CNAME', [`web.${name}.`]),
    rr('old', 'A', ['192.0.2.9']),
  ];
}

/** Three changes per zone, in plan order: delete old, create new, update the apex TXT. */
const FILE = `ttl: 300
records:
  "@":
    - { type: A, value: 192.0.2.1 }
    - { type: TXT, value: "v=spf1 include:_spf.example.net -all" }
  www: { type: CNAME, value: web.example.net. }
  new: { type: A, value: 192.0.2.50 }
`;

function fullState(w: World, name: string): EmulatorRrset[] {
  return sortRrsets(w.emulator.state.domains[name]!.rrsets);
}

describe('a CLI killed between two writes', () => {
  it('leaves a state that rollback --last restores exactly, zone by zone', async () => {
    // The second write in b.test never gets an answer: the apply is stuck there when it is killed.
    const w = await open({ 'a.test': zone('a.test'), 'b.test': zone('b.test') }, { rules: [{ path: 'b.test/records/*', nth: 2, action: 'hang' }] });
    await w.writeZone('a.test', FILE);
    await w.writeZone('b.test', FILE);
    const before = { 'a.test': fullState(w, 'a.test'), 'b.test': fullState(w, 'b.test') };

    const child = w.start('apply', '--yes', '--force');
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    let writes = 0;
    const hung = await w.emulator.waitForRequest((request) => request.method !== 'GET' && request.path.includes('/domains/b.test/records/') && ++writes === 2, 20_000);
    expect(hung.method).toMatch(/PUT|DELETE/);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    w.emulator.faults = {};

    // Killed mid-zone: a.test fully applied, b.test half-written (its first write only).
    expect(fullState(w, 'a.test')).not.toEqual(before['a.test']);
    expect(fullState(w, 'b.test')).not.toEqual(before['b.test']);
    expect(fullState(w, 'b.test').some((r) => r.rrset_name === 'old')).toBe(false);
    expect(fullState(w, 'b.test').some((r) => r.rrset_name === 'new')).toBe(false);
    // What was printed before the kill already named the snapshot to go back to.
    const snapshotId = w.emulator.state.domains['b.test']!.snapshots!.at(-1)!.id;
    expect(stdout).toContain(`b.test: snapshot ${snapshotId} taken`);

    for (const name of ['b.test', 'a.test'] as const) {
      const rollback = await w.run('rollback', name, '--last', '--yes');
      expect(rollback.code, rollback.stderr).toBe(0);
      expect(fullState(w, name)).toEqual(before[name]);
    }
  });
});
