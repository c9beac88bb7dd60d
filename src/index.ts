/**
 * The livedns-gitops library: the CLI (src/cli) and the GitHub Action (src/action) are thin shells over
 * these exports. Benchmarks import the built form, dist/index.js.
 */
export * from './model/types.js';
export { UserError } from './errors.js';
export type * from './gandi/types.js';
export { createLiveDnsClient, clientOptionsFromEnv, type ClientOptions, type HttpLiveDnsClient } from './gandi/client.js';
export { GandiApiError } from './gandi/errors.js';
export { RateLimiter, type Clock } from './gandi/limiter.js';
export { startEmulator, type Emulator, type EmulatorOptions, type EmulatorState, type EmulatorFaults, type JournalEntry } from './emulator/server.js';
