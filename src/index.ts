/**
 * The livedns-gitops library: the CLI (src/cli) and the GitHub Action (src/action) are thin shells over
 * these exports. Benchmarks import the built form, dist/index.js.
 */
export * from './model/types.js';
export { UserError } from './errors.js';
export type * from './gandi/types.js';
export { fromGandiRrset, isUnmanagedLive, toGandiValues } from './model/wire.js';
export { canonicalValue, type ValueContext, type ValueResult, type ValueProblem, type StructuredValue } from './model/canonical.js';
export { compileIgnore, type IgnoreMatcher } from './model/ignore.js';
export { makeRecordSet, sameRrset, compareRrsets } from './model/rrset.js';
export { canonicalIpv6 } from './model/address.js';
export { decodeTxt, encodeTxt } from './model/text.js';
export { parseZoneFile, zoneNameFromFile, MAX_ZONE_FILE_BYTES } from './zonefile/parse.js';
export { readZones } from './zonefile/read.js';
export { emitZoneFile, SCHEMA_MODELINE, type EmitOptions } from './zonefile/emit.js';
export { planZone } from './plan/plan.js';
export { formatIssue, countIssues } from './render/issues.js';
export { createLiveDnsClient, clientOptionsFromEnv, type ClientOptions, type HttpLiveDnsClient } from './gandi/client.js';
export { GandiApiError } from './gandi/errors.js';
export { RateLimiter, type Clock } from './gandi/limiter.js';
export { startEmulator, type Emulator, type EmulatorOptions, type EmulatorState, type EmulatorFaults, type JournalEntry } from './emulator/server.js';
