#!/usr/bin/env node

// src/cli/main.ts
import { Command, CommanderError } from "commander";

// src/errors.ts
var UserError = class extends Error {
  /** Process exit code the CLI should use. */
  exitCode;
  constructor(message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options?.exitCode ?? 1;
  }
};

// src/cli/commands/index.ts
function registerCommands(_program) {
}

// src/cli/main.ts
var VERSION = "0.1.0";
function buildProgram() {
  const program = new Command("livedns").description("DNS-as-code for Gandi LiveDNS: validate, plan, apply and roll back zones kept as YAML in Git.").version(VERSION).showHelpAfterError().exitOverride();
  registerCommands(program);
  return program;
}
async function main(argv) {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`error: ${error.message}
`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`internal error (a bug in livedns-gitops; please report it):
${detail}
`);
    return 1;
  }
}

// src/cli/bin.ts
process.exitCode = await main(process.argv);
