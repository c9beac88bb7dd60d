import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UserError } from '../../errors.js';
import { serializePlanFile } from '../../plan/document.js';
import type { PlanResult } from '../../reconcile.js';
import { planAll } from '../../reconcile.js';
import { renderPlanMarkdown } from '../../render/markdown.js';
import { renderPlanText } from '../../render/text.js';
import { addClientOptions } from '../client-options.js';
import type { ClientCliOptions } from '../client-options.js';
import type { ZoneSelection } from '../shared.js';
import type { AccountFlags } from '../shared.js';
import { addConfigOption, addZoneOptions, invalidZoneFiles, printIssues, processTerminal, progress, reportShard, selectionOf, useColor, withAccounts } from '../shared.js';

interface PlanFlags extends ZoneSelection, ClientCliOptions, AccountFlags {
  readonly json?: boolean;
  readonly markdown?: boolean;
  readonly out?: string;
  readonly detailedExitcode?: boolean;
}

/**
 * The plan as a person reads it in a terminal, with the safety verdicts apply would give; `forced` (apply
 * --force) says the limit is overridden rather than promising a refusal that will not happen.
 */
export function planText(plan: PlanResult, color: boolean, forced = false): string {
  const text = renderPlanText(
    plan.zones.map(({ plan: zonePlan, file, domainChanges }) => ({ plan: zonePlan, file, domainChanges })),
    { color, warnings: plan.warnings },
  );
  const verdict = forced ? 'safety limit exceeded, applying anyway because of --force' : 'apply will refuse this plan';
  const refusals = plan.zones.flatMap((zone) => (zone.refusal ? [`warning: ${verdict}: ${zone.refusal.message}`] : []));
  return refusals.length === 0 ? text : `${text}${refusals.join('\n')}\n`;
}

export function planMarkdown(plan: PlanResult, key: string): string {
  return renderPlanMarkdown({
    key,
    plans: plan.zones.map((zone) => zone.plan),
    checksum: plan.checksum,
    safety: plan.zones.map((zone) => ({ zone: zone.zone, refused: zone.refusal !== undefined, ...(zone.refusal ? { reason: zone.refusal.message } : {}) })),
    warnings: plan.issues.map((issue) => `${issue.file}: ${issue.message}`),
    domainChanges: new Map(plan.zones.map((zone) => [zone.zone, zone.domainChanges])),
    domainWarnings: plan.warnings,
  });
}

async function run(flags: PlanFlags): Promise<void> {
  const terminal = processTerminal;
  const reading = progress('reading live zones', terminal);
  const plan = await withAccounts(flags, (accounts) =>
    planAll({ accounts, domainChecks: flags.domainChecks ?? true, paths: [flags.zones], ...selectionOf(flags), onProgress: reading.update }),
  ).finally(reading.done);
  printIssues(plan.issues, terminal);
  if (!plan.ok) throw invalidZoneFiles(plan.issues);
  reportShard(flags, plan.zones, terminal);

  if (flags.json) terminal.stdout.write(`${JSON.stringify(plan.json, null, 2)}\n`);
  else if (flags.markdown) terminal.stdout.write(planMarkdown(plan, flags.zones));
  else terminal.stdout.write(planText(plan, useColor(terminal)));

  if (flags.out !== undefined) {
    try {
      await writeFile(flags.out, serializePlanFile(plan.planFile));
    } catch (error) {
      throw new UserError(`could not write the plan file ${flags.out}: ${(error as Error).message}`);
    }
    terminal.stderr.write(`plan written to ${flags.out} (checksum ${plan.checksum}); apply it with: livedns apply --plan ${flags.out}\n`);
  }
  if (flags.detailedExitcode && plan.hasChanges) process.exitCode = 2;
}

export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('show what apply would change on LiveDNS (reads only)')
    .addOption(new Option('--json', 'print the plan as JSON').conflicts('markdown'))
    .addOption(new Option('--markdown', 'print the plan as Markdown').conflicts('json'))
    .option('--out <file>', 'also write the plan to a file that `apply --plan` accepts')
    .option('--detailed-exitcode', 'exit 2 when changes are pending (0 when none, 1 on error)')
    .option('--no-domain-checks', 'skip the Domain API: no delegation/expiry warnings, no nameserver or auto-renewal planning');
  addZoneOptions(command, { shard: true });
  addConfigOption(command);
  addClientOptions(command);
  command.action((flags: PlanFlags) => run(flags));
}
