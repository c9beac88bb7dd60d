import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import type { ApplyPlansOptions } from '../../apply/apply.js';
import { parsePlanFile } from '../../plan/document.js';
import type { PlanFile } from '../../plan/document.js';
import { applyAll } from '../../reconcile.js';
import { changeLabel, renderApplyReport } from '../../render/text.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import type { Terminal, ZoneSelection } from '../shared.js';
import { addZoneOptions, confirm, invalidZoneFiles, printIssues, processTerminal, progress, reportShard, selectionOf, useColor, withClient } from '../shared.js';
import { planText } from './plan.js';

interface ApplyFlags extends ZoneSelection, ClientCliOptions {
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
export function narrate(terminal: Terminal): NonNullable<ApplyPlansOptions['onEvent']> {
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
    }
  };
}

async function run(flags: ApplyFlags): Promise<void> {
  const terminal = processTerminal;
  const color = useColor(terminal);
  const planFile = flags.plan === undefined ? undefined : await readPlanFile(flags.plan);
  const reading = progress('reading live zones', terminal);
  const result = await withClient(flags, (client) =>
    applyAll({
      client,
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
    .option('--rollback-on-failure', 'restore the snapshot at once if a write fails');
  addZoneOptions(command, { shard: true });
  addClientOptions(command);
  command.action((flags: ApplyFlags) => run(flags));
}
