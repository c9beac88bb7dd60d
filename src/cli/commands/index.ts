import type { Command } from 'commander';
import { registerValidate } from './validate.js';
import { registerEmulatorCommand } from './emulator.js';
import { registerFmt } from './fmt.js';

/**
 * Every command registers itself here. Keep one module per command (validate.ts, plan.ts, ...)
 * so that commands can grow independently.
 */
export function registerCommands(program: Command): void {
  registerValidate(program);
  registerEmulatorCommand(program);
  registerFmt(program);
}
