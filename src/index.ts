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
export { parseZoneFile, parseZoneFiles, parseTemplateFile, zoneNameFromFile, MAX_ZONE_FILE_BYTES, type ParseOptions, type ParsedZoneFile } from './zonefile/parse.js';
export { readZones, loadTemplateLibrary } from './zonefile/read.js';
export { instantiateTemplate, TEMPLATES_DIR, type TemplateLibrary, type ZoneTemplate } from './zonefile/templates.js';
export { formatZoneText, type FormatOptions } from './zonefile/format.js';
export { selectZones, shardOf, parseShard, type Shard, type ZoneSelection } from './plan/select.js';
export { emitZoneFile, SCHEMA_MODELINE, type EmitOptions } from './zonefile/emit.js';
export { planZone } from './plan/plan.js';
export { formatIssue, countIssues } from './render/issues.js';
export { createLiveDnsClient, clientOptionsFromEnv, type ClientOptions, type HttpLiveDnsClient } from './gandi/client.js';
export { GandiApiError } from './gandi/errors.js';
export { RateLimiter, type Clock } from './gandi/limiter.js';
export { startEmulator, type Emulator, type EmulatorOptions, type EmulatorState, type EmulatorFaults, type JournalEntry } from './emulator/server.js';
export {
  planAll, applyAll, planFromFile, readLiveZones,
  type ReconcileOptions, type PlanRun, type PlanResult, type InvalidResult, type PlannedZone, type ApplyOptions, type ApplyRun,
} from './reconcile.js';
export {
  toPlanJson, createPlanFile, parsePlanFile, serializePlanFile, planChecksum, liveFingerprint, canonicalJson, zonePlanFromFile, PLAN_FILE_FORMAT,
  type PlanJson, type PlanJsonZone, type PlanJsonChange, type RrsetState, type PlanFile, type PlanFileZone, type ResolvedSafety,
} from './plan/document.js';
export { checkSafety, resolveSafety, DEFAULT_MAX_CHANGE_RATIO, DEFAULT_MIN_EXISTING, type SafetyRefusal } from './plan/safety.js';
export { renderPlanText, renderZonePlan, renderApplyReport, type ZonePlanView, type TextOptions } from './render/text.js';
export { applyPlans, type ApplyPlansOptions, type ApplyReport, type ZoneApplyResult } from './apply/apply.js';
export { writeZonePlan, type ApplyEvent, type ZoneOutcome, type ZoneWriteResult } from './apply/zone.js';
export { chooseSnapshot, planRollback, executeRollback, rollbackCommand, type RollbackPlan, type SnapshotChoice } from './apply/rollback.js';
export { snapshotName, isOurSnapshot, newestOurSnapshot, currentGitSha, SNAPSHOT_PREFIX } from './apply/snapshot.js';
export { readLiveZone } from './live.js';
export { importZones, zoneFileFromLive, type ImportedZone } from './import.js';
// Issue 6: the domain level (registrar facts and settings) and several organisations.
export { createGandiClients, type GandiClients } from './gandi/client.js';
export { createDomainClient, domainClientOn, toRegistrarDomain, type HttpDomainClient } from './gandi/domain.js';
export { createClientPool, type ClientPool, type AccountClients } from './gandi/accounts.js';
export { parseConfig, checkZoneAccounts, CONFIG_FILE, type LiveDnsConfig, type AccountConfig } from './config/parse.js';
export { readConfig } from './config/read.js';
export * from './model/domain.js';
export { planDomain, currentNameservers, EXPIRY_WARNING_DAYS, type DomainPlan, type DomainPlanInput } from './plan/domain.js';
export { readDomainFacts, type DomainFactsResult, type ZoneDomainInput } from './domain-facts.js';
export { applyDomainChanges, DEFAULT_NAMESERVER_WAIT_MS, DEFAULT_NAMESERVER_POLL_MS, type DomainApplyOptions, type DomainChangeResult } from './apply/domain.js';
export type { AccountsOption, ZoneClients, ReconcileEvent } from './reconcile.js';
export { domainRow, renderDomainsText, type DomainRow } from './render/domains.js';
