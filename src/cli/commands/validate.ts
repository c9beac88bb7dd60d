import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { Issue } from '../../model/types.js';
import { countIssues, formatIssue, plural } from '../../render/issues.js';
import { readZones } from '../../zonefile/read.js';
import { checkZoneAccounts } from '../../config/parse.js';
import { readConfig } from '../../config/read.js';

/** What `livedns validate --format json` prints: stable field names, for scripts and CI annotations. */
export interface ValidateReport {
  readonly version: 1;
  readonly valid: boolean;
  readonly zones: { readonly zone: string; readonly file: string; readonly rrsets: number }[];
  readonly issues: readonly Issue[];
  readonly summary: { readonly errors: number; readonly warnings: number };
}

/** Zones named one by one up to this many; past it, a repository of thousands of zones gets one short line. */
const ZONES_LISTED = 10;

function validZonesText(zones: readonly { readonly zone: string; readonly rrsets: readonly unknown[] }[]): string {
  if (zones.length > ZONES_LISTED) {
    const rrsets = zones.reduce((sum, z) => sum + z.rrsets.length, 0);
    return `${plural(zones.length, 'zone')} valid, ${plural(rrsets, 'rrset')} in all (--format json lists them)`;
  }
  const valid = zones.map((z) => `${z.zone} (${plural(z.rrsets.length, 'rrset')})`);
  return `${plural(zones.length, 'zone')} valid${valid.length ? `: ${valid.join(', ')}` : ''}`;
}

/** `livedns validate [paths...]`: every problem of every zone file, exit 1 if any is an error. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check zone files (schema, names, values, rules between records) and print every problem')
    .argument('[paths...]', 'zone files or directories of zone files', ['zones/'])
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--config <file>', 'the accounts file checked with the zones (default: livedns.config.yaml in the current directory, if present)')
    .action(async (paths: string[], options: { format: string; config?: string }) => {
      if (options.format !== 'text' && options.format !== 'json') {
        throw new UserError(`unknown --format "${options.format}": use text or json`);
      }
      const read = await readZones(paths);
      const { zones } = read;
      // The accounts file and each zone's `account:` are checked here too, so a bad name fails before any plan.
      const settings = await readConfig(options.config === undefined ? {} : { file: options.config });
      const configOk = !settings.issues.some((issue) => issue.severity === 'error');
      const issues = [...settings.issues, ...read.issues, ...(configOk ? checkZoneAccounts(zones, settings.config) : [])];
      const counts = countIssues(issues);
      if (options.format === 'json') {
        const report: ValidateReport = {
          version: 1,
          valid: counts.errors === 0,
          zones: zones.map((z) => ({ zone: z.zone, file: z.file, rrsets: z.rrsets.length })),
          issues,
          summary: { errors: counts.errors, warnings: counts.warnings },
        };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const lines = issues.map(formatIssue);
        if (counts.errors === 0) lines.push(`ok: ${validZonesText(zones)}${counts.warnings ? ` (${counts.text})` : ''}`);
        else lines.push(`failed: ${counts.text}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = counts.errors === 0 ? 0 : 1;
    });
}
