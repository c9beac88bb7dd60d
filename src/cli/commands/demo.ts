import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { EmulatorState } from '../../emulator/state.js';
import { DEFAULT_EMULATOR_TOKEN } from '../../emulator/state.js';
import { startEmulator } from '../../emulator/server.js';
import type { DesiredZone, RecordSet } from '../../model/types.js';
import { toGandiValues } from '../../model/wire.js';
import { readZones } from '../../zonefile/read.js';
import { formatIssue } from '../../render/issues.js';
import { processTerminal } from '../shared.js';

/** The example zones shipped with the package (zones/ beside dist/). */
function exampleZonesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'zones');
}

function wire(rrset: RecordSet): EmulatorState['domains'][string]['rrsets'][number] {
  return { rrset_name: rrset.name, rrset_type: rrset.type, rrset_ttl: rrset.ttl, rrset_values: toGandiValues(rrset) };
}

/**
 * A live state that differs from the example zone files in the three ways a plan shows: an rrset the
 * file adds (missing live), one whose TTL drifted, and a stale one the file does not have. Two risky
 * changes per zone stay within the default safety limit, so `apply --yes` goes through unforced.
 */
export function seedFromExamples(zones: readonly DesiredZone[]): EmulatorState {
  const domains: EmulatorState['domains'] = {};
  for (const zone of zones) {
    const rrsets = [...zone.rrsets];
    const missing = rrsets.findIndex((rrset) => rrset.name !== '@' && rrset.type !== 'NS');
    const live = rrsets.filter((_, i) => i !== missing).map(wire);
    const drifted = live.find((rrset) => rrset.rrset_type !== 'NS');
    if (drifted) drifted.rrset_ttl = drifted.rrset_ttl === 3600 ? 7200 : 3600;
    live.push({ rrset_name: 'old-staging', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.250'] });
    // A record a robot keeps writing (an ACME challenge): the zone file's ignore rule leaves it alone.
    const txtRule = zone.ignore.find((rule) => rule.type === undefined || rule.type === 'TXT');
    if (txtRule) live.push({ rrset_name: txtRule.name.replace(/\*/g, 'demo').replace(/\?/g, 'x'), rrset_type: 'TXT', rrset_ttl: 300, rrset_values: ['"challenge-token"'] });
    domains[zone.zone] = { rrsets: live };
  }
  return { domains };
}

function say(text: string): void {
  processTerminal.stdout.write(`\n\u2500\u2500 ${text}\n`);
}

/** Runs this same CLI as a child process, exactly as a person would type the command. */
function livedns(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  processTerminal.stdout.write(`$ livedns ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1]!, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function run(flags: { zones?: string }): Promise<void> {
  const zonesDir = flags.zones ?? exampleZonesDir();
  if (!existsSync(zonesDir)) throw new UserError(`no example zones in ${zonesDir}`);
  const shown = path.relative(process.cwd(), zonesDir) || '.';
  const { zones, issues } = await readZones([zonesDir]);
  if (issues.some((issue) => issue.severity === 'error')) {
    throw new UserError(`the example zone files do not validate:\n${issues.map(formatIssue).join('\n')}`);
  }
  if (zones.length === 0) throw new UserError(`no zone files in ${zonesDir}`);

  const emulator = await startEmulator({ port: 0, state: seedFromExamples(zones) });
  // Only the emulator is reachable from the child processes: the token is the emulator's, not a secret.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GANDI_API_URL: emulator.url,
    GANDI_PERSONAL_ACCESS_TOKEN: DEFAULT_EMULATOR_TOKEN,
    GANDI_API_KEY: '',
    GANDI_SHARING_ID: '',
  };
  const first = zones[0]!.zone;
  const steps: { intro: string; args: string[]; expect: number }[] = [
    {
      intro:
        `The LiveDNS emulator is running at ${emulator.url}, seeded with ${zones.length} zone(s) that differ from ${shown}/:\n` +
        '   an rrset is missing, a TTL drifted, a stale rrset is left over, and a robot wrote an ACME challenge that an\n' +
        '   `ignore` rule covers. `plan` reads every zone once and shows the changes.',
      args: ['plan', '--zones', shown, '--detailed-exitcode'],
      expect: 2,
    },
    {
      intro: '`apply --yes` takes a snapshot of each changed zone, writes one rrset per change, then reads each zone back.',
      args: ['apply', '--zones', shown, '--yes'],
      expect: 0,
    },
    { intro: '`plan` again: LiveDNS now matches the files, so there is nothing to do (exit code 0).', args: ['plan', '--zones', shown, '--detailed-exitcode'], expect: 0 },
    {
      intro: `\`rollback --last --yes\` undoes the apply on ${first} from the snapshot taken before it (after a fresh snapshot of its own).`,
      args: ['rollback', first, '--last', '--yes'],
      expect: 0,
    },
    { intro: `\`snapshots\` lists ${first}'s snapshots; * marks those livedns-gitops took.`, args: ['snapshots', first], expect: 0 },
  ];
  try {
    for (const [i, step] of steps.entries()) {
      say(`Step ${i + 1}/${steps.length}. ${step.intro}`);
      const code = await livedns(step.args, env);
      if (code !== step.expect) throw new UserError(`demo step ${i + 1} (livedns ${step.args.join(' ')}) exited ${code}, expected ${step.expect}`);
    }
    say(
      `Done: ${emulator.journal.length} API calls, all to the emulator on 127.0.0.1; nothing left this machine.\n` +
        '   Against Gandi itself: export GANDI_PERSONAL_ACCESS_TOKEN=... (and GANDI_API_URL=https://api.sandbox.gandi.net/v5 for the sandbox), then run the same commands.',
    );
  } finally {
    await emulator.close();
  }
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('the whole flow offline: plan, apply, plan, rollback against a seeded local LiveDNS emulator')
    .option('--zones <dir>', 'zone files to use (default: the examples shipped in zones/)')
    .action((flags: { zones?: string }) => run(flags));
}
