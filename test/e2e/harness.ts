/**
 * End-to-end harness: the built CLI (dist/cli.js) as a child process against an emulator started in
 * this process on 127.0.0.1:0, in a temporary working directory holding `zones/`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator, EmulatorFaults, EmulatorOptions, EmulatorRegistration, EmulatorRrset, EmulatorState, JournalEntry } from '../../src/emulator/server.js';
import { startEmulator } from '../../src/emulator/server.js';
import { afterEach } from 'vitest';

const CLI = path.resolve('dist/cli.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface World {
  readonly emulator: Emulator;
  /** The working directory; zone files are in `zones/` below it. */
  readonly dir: string;
  readonly zonesDir: string;
  run(...args: string[]): Promise<CliResult>;
  /** Runs with extra environment variables (account tokens...); they override the world's. */
  runWith(env: Record<string, string>, ...args: string[]): Promise<CliResult>;
  /** The CLI started and left running, for a test that interrupts it. */
  start(...args: string[]): ChildProcessWithoutNullStreams;
  writeZone(zone: string, yaml: string): Promise<void>;
  /** Writes a file relative to the working directory (livedns.config.yaml...). */
  writeFile(relative: string, text: string): Promise<void>;
  copyZone(file: string, zone?: string): Promise<void>;
  /** The zone's rrsets as the emulator holds them, sorted, for exact comparisons. */
  live(zone: string): EmulatorRrset[];
  /** Requests about one zone, classified. */
  requests(zone: string): Request[];
  close(): Promise<void>;
}

export type Request =
  | { readonly kind: 'snapshot'; readonly entry: JournalEntry }
  | { readonly kind: 'write'; readonly method: string; readonly rrset: string; readonly entry: JournalEntry }
  | { readonly kind: 'read'; readonly entry: JournalEntry }
  | { readonly kind: 'other'; readonly entry: JournalEntry };

function classify(entry: JournalEntry, zone: string): Request | undefined {
  const match = /^\/v5\/livedns\/domains\/([^/]+)(\/.*)?$/.exec(entry.path);
  if (!match || decodeURIComponent(match[1]!) !== zone) return undefined;
  const rest = match[2] ?? '';
  if (entry.method === 'POST' && rest === '/snapshots') return { kind: 'snapshot', entry };
  const rrset = /^\/records\/([^/]+)\/([^/]+)$/.exec(rest);
  if (rrset && (entry.method === 'PUT' || entry.method === 'DELETE')) {
    return { kind: 'write', method: entry.method, rrset: `${decodeURIComponent(rrset[1]!)}/${rrset[2]}`, entry };
  }
  if (entry.method === 'GET' && rest === '/records') return { kind: 'read', entry };
  return { kind: 'other', entry };
}

export function sortRrsets(rrsets: readonly EmulatorRrset[]): EmulatorRrset[] {
  return rrsets
    .map((r) => ({ ...r, rrset_values: [...r.rrset_values].sort() }))
    .sort((a, b) => `${a.rrset_name}/${a.rrset_type}`.localeCompare(`${b.rrset_name}/${b.rrset_type}`));
}

/** What else a world's emulator holds: registrar facts, tokens, Domain API timing. */
export interface WorldOptions {
  /** Registrar facts by FQDN; missing fields take the emulator's defaults (registered, on LiveDNS, renewing). */
  readonly registrar?: Record<string, Partial<EmulatorRegistration>>;
  readonly tokens?: EmulatorOptions['tokens'];
  readonly domainApi?: EmulatorOptions['domainApi'];
}

export async function startWorld(domains: Record<string, EmulatorRrset[]>, faults?: EmulatorFaults, options: WorldOptions = {}): Promise<World> {
  const emulator = await startEmulator({
    port: 0,
    state: {
      domains: Object.fromEntries(Object.entries(domains).map(([zone, rrsets]) => [zone, { rrsets }])),
      // normaliseState fills in what a registration leaves out.
      ...(options.registrar ? { registrar: options.registrar as EmulatorState['registrar'] } : {}),
    },
    ...(faults ? { faults } : {}),
    ...(options.tokens ? { tokens: options.tokens } : {}),
    ...(options.domainApi ? { domainApi: options.domainApi } : {}),
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'livedns-e2e-'));
  const zonesDir = path.join(dir, 'zones');
  await mkdir(zonesDir);
  // Only what the CLI needs: no stray GANDI_* from the developer's shell, one attempt per request so
  // that an injected failure is final, no client-side pacing (the emulator has no rate limit), no colours.
  const env = { PATH: process.env.PATH ?? '', ...emulator.env, GANDI_MAX_ATTEMPTS: '1', GANDI_RATE_LIMIT: '1000000', NO_COLOR: '1' };
  const runWith = (extra: Record<string, string>, ...args: string[]): Promise<CliResult> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  return {
    emulator,
    dir,
    zonesDir,
    run: (...args) => runWith({}, ...args),
    runWith,
    start: (...args) => spawn(process.execPath, [CLI, ...args], { cwd: dir, env, stdio: 'pipe' }),
    writeZone: (zone, yaml) => writeFile(path.join(zonesDir, `${zone}.yaml`), yaml),
    writeFile: (relative, text) => writeFile(path.join(dir, relative), text),
    copyZone: (file, zone) => cp(file, path.join(zonesDir, zone === undefined ? path.basename(file) : `${zone}.yaml`)),
    live: (zone) => sortRrsets(emulator.state.domains[zone]?.rrsets.filter((r) => r.rrset_type !== 'SOA' && !(r.rrset_name === '@' && r.rrset_type === 'NS')) ?? []),
    requests: (zone) => emulator.journal.flatMap((entry) => classify(entry, zone) ?? []),
    close: async () => {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function rr(name: string, type: string, values: string[], ttl = 300): EmulatorRrset {
  return { rrset_name: name, rrset_type: type, rrset_ttl: ttl, rrset_values: values };
}

/** A zone of 10 rrsets in Gandi's wire form that matches SMALL_ZONE_FILE exactly. */
export function smallZoneLive(): EmulatorRrset[] {
  return [
    rr('@', 'A', ['192.0.2.1']),
    rr('@', 'MX', ['10 mx.example.net.']),
    rr('@', 'TXT', ['"v=spf1 -all"']),
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => rr(name, 'A', [`192.0.2.${10 + i}`])),
  ];
}

export const SMALL_ZONE_FILE = `ttl: 300
records:
  "@":
    - { type: A, value: 192.0.2.1 }
    - { type: MX, value: "10 mx.example.net." }
    - { type: TXT, value: "v=spf1 -all" }
${['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => `  ${name}: { type: A, value: 192.0.2.${10 + i} }`).join('\n')}
`;

/** For a test file: `open(...)` starts a world that is closed after the test that opened it. */
export function worlds(): (...args: Parameters<typeof startWorld>) => Promise<World> {
  let current: World | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (...args) => {
    current = await startWorld(...args);
    return current;
  };
}
