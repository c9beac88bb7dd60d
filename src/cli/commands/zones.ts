import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { zoneNameFromFile } from '../../zonefile/parse.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import { DEFAULT_ZONES_DIR, processTerminal, withClient, addAccountOption, type AccountChoice } from '../shared.js';

interface ZonesFlags extends ClientCliOptions, AccountChoice {
  readonly zones: string;
  readonly json?: boolean;
}

/** Zone files in the folder by zone name, following the reader's naming rule (`<fqdn>.yaml|yml`, `_` skipped). */
export async function zoneFiles(dir: string): Promise<Map<string, string>> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return new Map();
  }
  const files = new Map<string, string>();
  for (const entry of entries.sort()) {
    if (!/\.ya?ml$/i.test(entry) || entry.startsWith('_')) continue;
    const zone = zoneNameFromFile(entry);
    if (!files.has(zone)) files.set(zone, path.join(dir, entry));
  }
  return files;
}

async function run(flags: ZonesFlags): Promise<void> {
  const terminal = processTerminal;
  const [domains, files] = await Promise.all([withClient(flags, (client) => client.listDomains()), zoneFiles(flags.zones)]);
  const rows = domains
    .map((domain) => domain.fqdn.toLowerCase())
    .sort()
    .map((fqdn) => ({ fqdn, zone_file: files.get(fqdn) ?? null }));
  if (flags.json) {
    terminal.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(0, ...rows.map((row) => row.fqdn.length));
  for (const row of rows) terminal.stdout.write(`${row.fqdn.padEnd(width)}  ${row.zone_file ?? '(no zone file: `livedns import ' + row.fqdn + '` makes one)'}\n`);
  const visible = new Set(rows.map((row) => row.fqdn));
  const orphans = [...files].filter(([zone]) => !visible.has(zone));
  for (const [zone, file] of orphans) terminal.stdout.write(`note: ${file} has no LiveDNS domain ${zone} visible to this token\n`);
  if (rows.length === 0) terminal.stdout.write('no LiveDNS domains visible to this token\n');
}

export function registerZones(program: Command): void {
  const command = program
    .command('zones')
    .description('list the LiveDNS domains visible to the token, and whether each has a zone file')
    .option('--zones <dir>', 'folder of zone files', DEFAULT_ZONES_DIR)
    .option('--json', 'print them as JSON: [{fqdn, zone_file}]');
  addAccountOption(command);
  addClientOptions(command);
  command.action((flags: ZonesFlags) => run(flags));
}
