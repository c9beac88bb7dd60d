import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { parsePlanFile } from '../../plan/document.js';
import type { PlanFile } from '../../plan/document.js';
import { applyAll, type ReconcileEvent } from '../../reconcile.js';
import { describeDomainChange } from '../../model/domain.js';
import { changeLabel, renderApplyReport } from '../../render/text.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import type { Terminal, ZoneSelection } from '../shared.js';
import type { AccountFlags } from '../shared.js';
import { addConfigOption, addZoneOptions, confirm, invalidZoneFiles, printIssues, processTerminal, progress, reportShard, selectionOf, useColor, withAccounts } from '../shared.js';
import { positiveSeconds } from '../client-options.js';
import { planText } from './plan.js';

interface ApplyFlags extends ZoneSelection, ClientCliOptions, AccountFlags {
  readonly nameserverWait?: number;
  readonly plan?: string;
  readonly yes?: boolean;
  readonly force?: boolean;
  readonly rollbackOnFailure?: boolean;
}

async function readPlanFile(path: string): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`could not read the plan file ${path}: ${(error as Error).message}`);
  }
  return parsePlanFile(text, path);
}

/** Live narration of the writes, so that an interrupted run still shows the snapshot id. */
export function narrate(terminal: Terminal): (event: ReconcileEvent) => void {
  return (event) => {
    switch (event.kind) {
      case 'snapshot':
        terminal.stdout.write(`${event.zone}: snapshot ${event.id} taken ("${event.name}")\n`);
        break;
      case 'written':
        terminal.stdout.write(`${event.zone}: ${changeLabel(event.change)} written (${event.index + 1}/${event.total})\n`);
        break;
      case 'verified':
        terminal.stdout.write(`${event.zone}: ${event.mismatches.length === 0 ? 'read back, matches the plan' : 'read back, DIFFERS from the plan'}\n`);
        break;
      case 'rollback':
        terminal.stdout.write(`${event.zone}: rolling back to snapshot ${event.snapshotId}\n`);
        break;
      case 'domain':
        for (const change of event.changes) terminal.stdout.write(`${event.zone}: changing ${describeDomainChange(change)} at the registrar\n`);
        break;
    }
  };
}

async function run(flags: ApplyFlags): Promise<void> {
  const terminal = processTerminal;
  const color = useColor(terminal);
  const planFile = flags.plan === undefined ? undefined : await readPlanFile(flags.plan);
  const reading = progress('reading live zones', terminal);
  const result = await withAccounts(flags, (accounts) =>
    applyAll({
      accounts,
      domainChecks: flags.domainChecks ?? true,
      ...(flags.nameserverWait === undefined ? {} : { nameserverWaitMs: flags.nameserverWait * 1000 }),
      paths: [flags.zones],
      ...selectionOf(flags),
      ...(planFile && flags.plan ? { planFile, planSource: flags.plan } : {}),
      force: flags.force ?? false,
      rollbackOnFailure: flags.rollbackOnFailure ?? false,
      onProgress: reading.update,
      confirm: async (plan) => {
        reading.done();
        terminal.stdout.write(planText(plan, color, flags.force ?? false));
        return confirm('Apply these changes to LiveDNS?', { yes: flags.yes ?? false, what: 'apply' }, terminal);
      },
      onEvent: narrate(terminal),
    }),
  ).finally(reading.done);

  if (!('plan' in result)) {
    printIssues(result.issues, terminal);
    throw invalidZoneFiles(result.issues);
  }
  printIssues(result.plan.issues, terminal);
  reportShard(flags, result.plan.zones, terminal);
  if ('refused' in result) {
    terminal.stdout.write(planText(result.plan, color, flags.force ?? false));
    throw new UserError(`${result.refused.join('\n')}\nNothing was written.`);
  }
  if ('declined' in result) throw new UserError('apply cancelled; nothing was written');
  if (!result.plan.hasChanges) {
    terminal.stdout.write(planText(result.plan, color, flags.force ?? false));
    return;
  }
  terminal.stdout.write(`\n${renderApplyReport(result.report, { color })}`);
  if (!result.ok) throw new UserError('apply failed; see the report above');
}

export function registerApply(program: Command): void {
  const command = program
    .command('apply')
    .description('apply the plan to LiveDNS: a snapshot per changed zone, then one write per changed rrset')
    .option('--plan <file>', 'apply exactly this plan (from `plan --out`); refused if a live zone changed since')
    .option('--yes', 'do not ask for confirmation (required when stdin is not a terminal)')
    .option('--force', 'apply even when a zone plan exceeds its safety limit')
    .option('--rollback-on-failure', 'restore the snapshot at once if a write fails')
    .option('--nameserver-wait <seconds>', 'how long to wait for a nameserver change to show at the registry (default 120)', positiveSeconds('--nameserver-wait'))
    .option('--no-domain-checks', 'skip the Domain API: no delegation/expiry warnings, no nameserver or auto-renewal changes');
  addZoneOptions(command, { shard: true });
  addConfigOption(command);
  addClientOptions(command);
  command.action((flags: ApplyFlags) => run(flags));
}
