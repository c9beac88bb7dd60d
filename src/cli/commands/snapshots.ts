import type { Command } from 'commander';
import { isOurSnapshot } from '../../apply/snapshot.js';
import { renderSnapshots } from '../../render/text.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import { processTerminal, withClient, addAccountOption, type AccountChoice } from '../shared.js';

interface SnapshotsFlags extends ClientCliOptions, AccountChoice {
  readonly json?: boolean;
}

async function run(fqdn: string, flags: SnapshotsFlags): Promise<void> {
  const zone = fqdn.toLowerCase().replace(/\.$/, '');
  const snapshots = await withClient(flags, (client) => client.listSnapshots(zone));
  const rows = snapshots
    .map(({ id, name, created_at, automatic }) => ({ id, name, created_at, automatic, ours: isOurSnapshot({ name }) }))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  processTerminal.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : renderSnapshots(zone, rows));
}

export function registerSnapshots(program: Command): void {
  const command = program
    .command('snapshots')
    .description("list a zone's LiveDNS snapshots, newest first, marking those livedns-gitops took")
    .argument('<fqdn>', 'the zone')
    .option('--json', 'print them as JSON: [{id, name, created_at, automatic, ours}]');
  addAccountOption(command);
  addClientOptions(command);
  command.action((fqdn: string, flags: SnapshotsFlags) => run(fqdn, flags));
}
