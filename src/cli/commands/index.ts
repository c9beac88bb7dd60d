import type { Command } from 'commander';
import { registerValidate } from './validate.js';
import { registerEmulatorCommand } from './emulator.js';
import { registerFmt } from './fmt.js';
import { registerPlan } from './plan.js';
import { registerApply } from './apply.js';
import { registerRollback } from './rollback.js';
import { registerSnapshots } from './snapshots.js';
import { registerImport } from './import.js';
import { registerZones } from './zones.js';
import { registerDomains } from './domains.js';
import { registerDemo } from './demo.js';

/**
 * Every command registers itself here. Keep one module per command (validate.ts, plan.ts, ...)
 * so that commands can grow independently.
 */
export function registerCommands(program: Command): void {
  registerValidate(program);
  registerPlan(program);
  registerApply(program);
  registerRollback(program);
  registerSnapshots(program);
  registerImport(program);
  registerZones(program);
  registerDomains(program);
  registerEmulatorCommand(program);
  registerFmt(program);
  registerDemo(program);
}
