import type { Command } from 'commander';

/**
 * Every command registers itself here. Keep one module per command (validate.ts, plan.ts, ...)
 * so that commands can grow independently.
 */
export function registerCommands(_program: Command): void {
  // Commands are added as their issues land.
}
