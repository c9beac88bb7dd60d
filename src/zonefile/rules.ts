/**
 * The rules a zone file must follow beyond its shape, and the building of the desired rrsets.
 *
 * Works on the plain data the YAML parsed to, defensively: whatever the schema already reported is
 * skipped rather than reported twice, and everything else is still checked, so that one run shows
 * every problem. Each rule has a stable id (the Issue's `rule`), documented in the README.
 */
import { canonicalValue, type StructuredValue } from '../model/canonical.js';
import { compileIgnore } from '../model/ignore.js';
import { canonicalOwnerName, checkOwnerName } from '../model/names.js';
import { compareRrsets, makeRecordSet } from '../model/rrset.js';
import {
  APEX,
  GANDI_DEFAULT_TTL,
  RECORD_TYPES,
  TTL_MAX,
  TTL_MIN,
  type IgnoreRule,
  type Issue,
  type RecordSet,
  type RecordType,
  type SafetySettings,
  type SourceLocation,
} from '../model/types.js';

export interface RulesInput {
  /** The zone's FQDN, lower-case, no trailing dot. */
  readonly zone: string;
  readonly file: string;
  /** The parsed document (already known to be a mapping). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Where a path of the document is; `key` points at the key of its last segment. */
  readonly locate: (path: readonly string[], at?: 'key' | 'value') => SourceLocation;
  /** Whether the schema already reported a problem at or below this path. */
  readonly reported: (path: readonly string[]) => boolean;
}

export interface RulesOutput {
  readonly rrsets: RecordSet[];
  readonly ignore: IgnoreRule[];
  readonly safety?: SafetySettings;
  readonly issues: Issue[];
}

/** Types whose rrset holds a single value (RFC 2181 10.1 for CNAME; RFC 6672 for DNAME; Gandi's ALIAS). */
const SINGLE_VALUE_TYPES: ReadonlySet<string> = new Set(['CNAME', 'DNAME', 'ALIAS']);

/** One rrset as declared, for the rules between the rrsets of one name. */
export interface Declared {
  readonly name: string;
  readonly type: RecordType;
  readonly location: SourceLocation;
}

/** Checks the whole file and builds its rrsets, ignore rules and safety settings. */
export function checkZone(input: RulesInput): RulesOutput {
  const issues: Issue[] = [];
  const report = (rule: string, location: SourceLocation, message: string, hint?: string, severity: Issue['severity'] = 'error') => {
    issues.push({ severity, rule, message, ...(hint === undefined ? {} : { hint }), ...location });
  };
  const { data, zone, locate, reported } = input;

  const fileTtl = isTtl(data.ttl) ? data.ttl : undefined;
  const ignore = readIgnore(data.ignore, locate, reported);
  const safety = readSafety(data.safety, reported);
  const matcher = compileIgnore(ignore);

  const rrsets: RecordSet[] = [];
  const byKey = new Map<string, SourceLocation>();
  const byName = new Map<string, Declared[]>();
  const records = isMapping(data.records) ? data.records : {};

  for (const [rawName, entry] of Object.entries(records)) {
    const namePath = ['records', rawName];
    const name = canonicalOwnerName(rawName);
    const nameProblem = checkOwnerName(rawName, zone);
    if (nameProblem) report('name', locate(namePath, 'key'), nameProblem.message, nameProblem.hint);
    else if (name !== APEX && (name === zone || name.endsWith(`.${zone}`))) {
      const relative = name === zone ? APEX : name.slice(0, -zone.length - 1);
      report('name-repeats-zone', locate(namePath, 'key'), `record name "${rawName}" ends with the zone name; names are relative, so this is "${name}.${zone}"`, `to name ${name}., write "${relative}"`, 'warning');
    }

    const items: [unknown, string[]][] = Array.isArray(entry) ? entry.map((r, i) => [r, [...namePath, String(i)]]) : [[entry, namePath]];
    for (const [record, recordPath] of items) {
      if (!isMapping(record) || typeof record.type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(record.type)) continue;
      const type = record.type as RecordType;
      const location = locate(recordPath);
      const ttl = isTtl(record.ttl) ? record.ttl : (fileTtl ?? GANDI_DEFAULT_TTL);

      const values = readValues(type, record, recordPath, input, report);

      if (SINGLE_VALUE_TYPES.has(type) && Array.isArray(record.values) && record.values.length > 1) {
        report('single-value', location, `a ${type} rrset holds a single value; "${rawName}" has ${record.values.length}`, `keep one ${type} target per name`);
      }

      const key = `${name}/${type}`;
      const earlier = byKey.get(key);
      if (earlier) {
        report('duplicate-rrset', location, `"${name}" ${type} is declared twice (first at line ${earlier.line})`, `merge the values into the ${type} record at line ${earlier.line}`);
        continue;
      }
      byKey.set(key, location);
      const declared = byName.get(name) ?? [];
      declared.push({ name, type, location });
      byName.set(name, declared);

      const rule = matcher.match({ name, type });
      if (rule) {
        report(
          'ignored-managed',
          location,
          `"${name}" ${type} is managed here but the ignore rule "${rule.name}"${rule.type ? ` (${rule.type})` : ''} also covers it`,
          `${rule.source ? `the rule is at line ${rule.source.line}; ` : ''}remove the record, or narrow the ignore rule so that it does not match`,
        );
      }
      rrsets.push(makeRecordSet(name, type, ttl, values, { source: location }));
    }
  }

  for (const declared of byName.values()) checkNameRules(declared, report);

  rrsets.sort(compareRrsets);
  return { rrsets, ignore, ...(safety ? { safety } : {}), issues };
}

export type Report = (rule: string, location: SourceLocation, message: string, hint?: string, severity?: Issue['severity']) => void;

/** Canonical values of one record; reports each bad value where it is, and values equal once normalised. */
function readValues(type: RecordType, record: Readonly<Record<string, unknown>>, recordPath: readonly string[], input: RulesInput, report: Report): string[] {
  const given: [unknown, string[]][] = Array.isArray(record.values)
    ? record.values.map((v, i) => [v, [...recordPath, 'values', String(i)]])
    : record.value !== undefined && record.values === undefined
      ? [[record.value, [...recordPath, 'value']]]
      : [];
  const context = { zone: input.zone, source: 'file' } as const;
  const firstSeen = new Map<string, SourceLocation>();
  const values: string[] = [];
  for (const [value, valuePath] of given) {
    if (input.reported(valuePath)) continue;
    const structured = isMapping(value);
    if (typeof value !== 'string' && !structured) continue;
    const result = canonicalValue(type, structured ? (value as StructuredValue) : value, context);
    if (!result.ok) {
      const { problem } = result;
      const at = structured && problem.field !== undefined && problem.field in value ? input.locate([...valuePath, problem.field]) : input.locate(valuePath);
      report(problem.rule, at, problem.message, problem.hint);
      continue;
    }
    const location = input.locate(valuePath);
    if ((type === 'TXT' || type === 'SPF') && typeof value === 'string' && /^".*"$/s.test(value) && value.length >= 2) {
      report('txt-quoted', location, `${type} value is wrapped in double quotes: they become part of the text`, `write the text without quotes (value: ${value.slice(1, -1)}); the quoting Gandi needs is added for you`, 'warning');
    }
    const first = firstSeen.get(result.value);
    if (first) {
      report('duplicate-value', location, `${type} value ${JSON.stringify(result.value)} appears twice in this rrset (first at line ${first.line})`, 'remove one of them (values are compared once normalised: case, spacing, IPv6 spelling)');
      continue;
    }
    firstSeen.set(result.value, location);
    values.push(result.value);
  }
  return values;
}

/** Rules between the rrsets of one name: CNAME exclusivity, apex-only ALIAS, Gandi's apex NS. */
export function checkNameRules(declared: readonly Declared[], report: Report): void {
  const types = new Set(declared.map((d) => d.type));
  for (const record of declared) {
    const { name, type, location } = record;
    const shown = name === APEX ? 'the apex (@)' : `"${name}"`;
    if (type === 'CNAME') {
      if (name === APEX) {
        report('cname-apex', location, 'a CNAME is not allowed at the apex (it would hide the zone\'s SOA and NS)', 'use type: ALIAS at the apex: Gandi resolves its target to addresses');
        continue;
      }
      const others = [...types].filter((t) => t !== 'CNAME');
      if (others.length > 0) {
        report('cname-exclusive', location, `${shown} has a CNAME and also ${others.join(', ')}: a CNAME must be the only record at its name`, 'remove the other records at this name, or replace the CNAME with the records it stands for');
      }
    }
    if (type === 'ALIAS') {
      if (name !== APEX) {
        report('alias-apex', location, `ALIAS at ${shown}: Gandi supports ALIAS only at the apex`, 'use type: CNAME below the apex');
        continue;
      }
      const addresses = ['A', 'AAAA'].filter((t) => types.has(t as RecordType));
      if (addresses.length > 0) {
        report('alias-address', location, `the apex has an ALIAS and also ${addresses.join(', ')}: the ALIAS provides the apex addresses`, `remove the ${addresses.join('/')} record${addresses.length > 1 ? 's' : ''} or the ALIAS`);
      }
    }
    if (type === 'NS' && name === APEX) {
      report('ns-apex', location, 'NS records at the apex are managed by Gandi, not by zone files', 'remove them; delegations below the apex (e.g. "sub") are allowed');
    }
  }
}

function readIgnore(value: unknown, locate: RulesInput['locate'], reported: RulesInput['reported']): IgnoreRule[] {
  if (!Array.isArray(value)) return [];
  const rules: IgnoreRule[] = [];
  value.forEach((item: unknown, index) => {
    const path = ['ignore', String(index)];
    if (reported(path) || !isMapping(item) || typeof item.name !== 'string') return;
    const type = typeof item.type === 'string' && (RECORD_TYPES as readonly string[]).includes(item.type) ? (item.type as RecordType) : undefined;
    rules.push({ name: item.name.toLowerCase(), ...(type ? { type } : {}), source: locate(path) });
  });
  return rules;
}

/** `safety: { max_change_percent, min_existing }` as the model's SafetySettings (a ratio, not a percentage). */
function readSafety(value: unknown, reported: RulesInput['reported']): SafetySettings | undefined {
  if (!isMapping(value) || reported(['safety'])) return undefined;
  const settings: { maxChangeRatio?: number; minExisting?: number } = {};
  if (typeof value.max_change_percent === 'number') settings.maxChangeRatio = value.max_change_percent / 100;
  if (typeof value.min_existing === 'number') settings.minExisting = value.min_existing;
  return settings;
}

export function isTtl(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= TTL_MIN && value <= TTL_MAX;
}

export function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
