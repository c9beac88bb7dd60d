import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { chooseSnapshot, executeRollback, planRollback, rollbackCommand } from '../../apply/rollback.js';
import type { SnapshotChoice } from '../../apply/rollback.js';
import { currentGitSha, snapshotName } from '../../apply/snapshot.js';
import { renderApplyReport, renderZonePlan } from '../../render/text.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import { confirm, processTerminal, useColor, withClient, addAccountOption, type AccountChoice } from '../shared.js';
import { narrate } from './apply.js';

interface RollbackFlags extends ClientCliOptions, AccountChoice {
  readonly snapshot?: string;
  readonly last?: boolean;
  readonly yes?: boolean;
}

function choiceOf(flags: RollbackFlags): SnapshotChoice {
  if (flags.snapshot !== undefined && flags.last) throw new UserError('give either --snapshot ID or --last, not both');
  if (flags.snapshot !== undefined) return { id: flags.snapshot };
  if (flags.last) return { last: true };
  throw new UserError('which snapshot? give --snapshot ID (see `livedns snapshots FQDN`) or --last (the newest one livedns-gitops took)');
}

async function run(fqdn: string, flags: RollbackFlags): Promise<void> {
  const terminal = processTerminal;
  const color = useColor(terminal);
  const zone = fqdn.toLowerCase().replace(/\.$/, '');
  const choice = choiceOf(flags);
  await withClient(flags, async (client) => {
    const snapshot = await chooseSnapshot(client, zone, choice);
    const rollback = await planRollback(client, zone, snapshot.id);
    terminal.stdout.write(`Rolling ${zone} back to snapshot ${snapshot.id} ("${snapshot.name}", ${snapshot.created_at}):\n`);
    terminal.stdout.write(renderZonePlan({ plan: rollback.plan, target: `snapshot ${snapshot.id}` }, { color }));
    if (rollback.plan.changes.length === 0) {
      terminal.stdout.write(`${zone} already matches snapshot ${snapshot.id}; nothing to do.\n`);
      return;
    }
    if (!(await confirm(`Restore ${zone} to snapshot ${snapshot.id}?`, { yes: flags.yes ?? false, what: 'rollback' }, terminal))) {
      throw new UserError('rollback cancelled; nothing was written');
    }
    const result = await executeRollback(client, rollback, { snapshotName: snapshotName(new Date(), currentGitSha()), onEvent: narrate(terminal) });
    if (result.outcome !== 'applied') {
      const rollbackAgain = result.snapshot ? { rollbackCommand: rollbackCommand(zone, result.snapshot.id, flags.account) } : {};
      terminal.stdout.write(renderApplyReport({ ok: false, zones: [{ ...result, ...rollbackAgain }] }, { color }));
      throw new UserError(`rollback of ${zone} failed; see the report above`);
    }
    terminal.stdout.write(
      `${zone}: restored to snapshot ${snapshot.id} with ${result.written.length} write(s). ` +
        `To undo this rollback: ${rollbackCommand(zone, result.snapshot?.id ?? '?', flags.account)}\n`,
    );
  });
}

export function registerRollback(program: Command): void {
  const command = program
    .command('rollback')
    .description('restore a zone to a snapshot, with minimal per-rrset writes (a fresh snapshot first)')
    .argument('<fqdn>', 'the zone')
    .option('--snapshot <id>', 'the snapshot to restore')
    .option('--last', 'the newest snapshot livedns-gitops took')
    .option('--yes', 'do not ask for confirmation (required when stdin is not a terminal)');
  addAccountOption(command);
  addClientOptions(command);
  command.action((fqdn: string, flags: RollbackFlags) => run(fqdn, flags));
}
