import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { registerCommands } from './commands/index.js';

export const VERSION = '0.1.0';

/** Builds the `livedns` program. Each command lives in its own module under ./commands. */
export function buildProgram(): Command {
  const program = new Command('livedns')
    .description('DNS-as-code for Gandi LiveDNS: validate, plan, apply and roll back zones kept as YAML in Git.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/**
 * Runs the CLI and returns the exit code. The single error funnel: a UserError is an expected stop
 * (message only, exit 1); anything else is a bug and keeps its stack so it can be reported.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed help or the usage error.
      return error.exitCode === 0 ? 0 : 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`internal error (a bug in livedns-gitops; please report it):\n${detail}\n`);
    return 1;
  }
}
