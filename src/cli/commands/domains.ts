import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { RegistrarDomain } from '../../gandi/types.js';
import { domainRow, renderDomainsText, type DomainRow } from '../../render/domains.js';
import { addClientOptions, clientOptionsFromCli, type ClientCliOptions } from '../client-options.js';
import { addConfigOption, DEFAULT_ZONES_DIR, processTerminal, withAccounts, type AccountFlags } from '../shared.js';
import { zoneFiles } from './zones.js';

interface DomainsFlags extends ClientCliOptions, AccountFlags {
  readonly zones: string;
  readonly json?: boolean;
  readonly account?: string[];
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `livedns domains`: one Domain API list per account (the default token, or every account of
 * livedns.config.yaml), with each domain's registrar facts and its zone file.
 */
async function run(flags: DomainsFlags): Promise<void> {
  const terminal = processTerminal;
  const files = await zoneFiles(flags.zones);
  const now = new Date();
  const rows = await withAccounts(flags, async (accounts) => {
    const declared = [...(accounts.config?.accounts.keys() ?? [])];
    for (const name of flags.account ?? []) {
      if (!declared.includes(name)) throw new UserError(`--account ${name}: not declared in ${accounts.config?.file ?? 'livedns.config.yaml (there is none)'}`);
    }
    // With accounts, each account is listed, and the default token too when it is set.
    const hasDefault = clientOptionsFromCli(flags).token !== undefined;
    const wanted: (string | undefined)[] = flags.account ?? (declared.length === 0 ? [undefined] : [...declared, ...(hasDefault ? [undefined] : [])]);
    const listed = await Promise.all(
      wanted.map(async (account) => ({ account, domains: await accounts.clients(account).domain!.listDomains() })),
    );
    const seen = new Set<string>();
    const out: DomainRow[] = [];
    for (const { account, domains } of listed) {
      for (const domain of [...domains].sort((a: RegistrarDomain, b: RegistrarDomain) => a.fqdn.localeCompare(b.fqdn))) {
        if (seen.has(domain.fqdn)) continue;
        seen.add(domain.fqdn);
        out.push(domainRow(domain, files.get(domain.fqdn), now, account));
      }
    }
    return out;
  });
  if (flags.json) {
    terminal.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const listedNames = new Set(rows.map((row) => row.fqdn));
  const orphans = [...files].filter(([zone]) => !listedNames.has(zone)).map(([zone, file]) => ({ zone, file }));
  terminal.stdout.write(renderDomainsText(rows, orphans));
}

export function registerDomains(program: Command): void {
  const command = program
    .command('domains')
    .description("list the account's domains at Gandi's registrar: expiry, auto-renewal, nameservers, status flags, zone file")
    .option('--zones <dir>', 'folder of zone files', DEFAULT_ZONES_DIR)
    .option('--json', 'print them as JSON: [{fqdn, account?, expires_at, expires_in_days, autorenew, nameservers, livedns, status, transfer_locked, zone_file}]')
    .option('--account <name>', 'only this account of livedns.config.yaml (repeatable)', collect);
  addConfigOption(command);
  addClientOptions(command);
  command.action((flags: DomainsFlags) => run(flags));
}
