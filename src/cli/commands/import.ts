import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { importZones } from '../../import.js';
import { checkZoneName } from '../../model/names.js';
import { printable } from '../../render/issues.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import { processTerminal, progress, withClient, addAccountOption, type AccountChoice } from '../shared.js';

interface ImportFlags extends ClientCliOptions, AccountChoice {
  readonly all?: boolean;
  readonly outDir: string;
  readonly force?: boolean;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function run(fqdns: string[], flags: ImportFlags): Promise<void> {
  const terminal = processTerminal;
  if (fqdns.length === 0 && !flags.all) throw new UserError('name the zones to import (livedns import example.com) or pass --all');
  await withClient(flags, async (client) => {
    const named = fqdns.map((fqdn) => fqdn.toLowerCase().replace(/\.$/, ''));
    const all = flags.all ? (await client.listDomains()).map((domain) => domain.fqdn.toLowerCase()) : [];
    const zones = [...new Set([...named, ...all])].sort();
    // The zone names become file names: "../../x" or "/etc/x" must not write outside --out-dir.
    const bad = zones.flatMap((zone) => {
      const problem = checkZoneName(zone);
      return problem ? [`"${printable(zone)}": ${printable(problem.message)}`] : [];
    });
    if (bad.length > 0) throw new UserError(`cannot import ${bad.join('; ')}; nothing was written`);
    const targets = zones.map((zone) => path.join(flags.outDir, `${zone}.yaml`));
    // Refuse before reading anything: never overwrite a zone file without --force.
    if (!flags.force) {
      const taken = (await Promise.all(targets.map(async (file) => ((await exists(file)) ? file : undefined)))).filter((file) => file !== undefined);
      if (taken.length > 0) throw new UserError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written (pass --force to overwrite)`);
    }
    const reading = progress('reading live zones', terminal);
    const imported = await importZones(client, zones, reading.update, flags.account).finally(reading.done);
    await mkdir(flags.outDir, { recursive: true });
    for (const [i, zone] of imported.entries()) {
      await writeFile(targets[i]!, zone.text);
      const defaults = zone.defaults > 0 ? `, ${zone.defaults} of Gandi's default records marked with a comment` : '';
      terminal.stdout.write(`wrote ${targets[i]} (${zone.rrsets} rrsets${defaults})\n`);
    }
    if (imported.length === 0) terminal.stdout.write('no LiveDNS domains visible to this token; nothing imported\n');
  });
}

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .description('write canonical zone files from live zones (never overwrites without --force)')
    .argument('[fqdn...]', 'the zones to import')
    .option('--all', 'every LiveDNS domain visible to the token')
    .option('--out-dir <dir>', 'where to write <fqdn>.yaml', 'zones/')
    .option('--force', 'overwrite existing zone files');
  addAccountOption(command);
  addClientOptions(command);
  command.action((fqdns: string[], flags: ImportFlags) => run(fqdns, flags));
}
