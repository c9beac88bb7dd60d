/**
 * The structural check of a zone file: schema/zone.schema.json through ajv, its errors turned into
 * problems a person can act on. The schema is bundled (imported as JSON), never read from disk.
 *
 * The schema checks shape only (keys, types, TTL bounds, structured fields); what needs DNS knowledge
 * or the file's positions (names, values, rules between records) is rules.ts. Where both could speak,
 * one does: ajv's `format` errors are dropped because the value rules say the same with a hint.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { RECORD_TYPES, TTL_MAX, TTL_MIN } from '../model/types.js';
import { zoneSchemaValidators, type Validator } from './schema-validators.js';

/** A structural problem, located by a path into the parsed data. */
export interface SchemaProblem {
  /** Decoded JSON-pointer segments of the node the problem is about. */
  readonly path: readonly string[];
  /** `key`: point at the key of the last segment (an unknown key); `value`: at the node itself. */
  readonly at: 'key' | 'value';
  readonly rule: string;
  readonly message: string;
  readonly hint?: string;
}

/** What a file is: a zone file, or a template of records shared by zones (zones/_templates/). */
export type FileKind = 'zone' | 'template';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodePointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Validates `data` found at `at` in the file; the errors' instance paths are made absolute. */
function run(validate: Validator, data: unknown, at: readonly string[]): SchemaProblem[] {
  if (validate(data)) return [];
  const prefix = encodePointer(at);
  return translate((validate.errors ?? []).map((error) => ({ ...error, instancePath: `${prefix}${error.instancePath}` })));
}

/**
 * Every structural problem of the data parsed from a zone file (or a template). Each record and each
 * ignore rule is validated on its own: with allErrors, ajv gathers the errors of a referenced schema by
 * concatenating arrays, which is quadratic in the number of failing entries (a file of 40,000 bad
 * records took 23 s, 100,000 over a minute); one entry at a time it stays linear.
 */
export function checkSchema(data: unknown, kind: FileKind = 'zone'): SchemaProblem[] {
  const validators = zoneSchemaValidators();
  const whole = kind === 'zone' ? validators.file : validators.template;
  let problems: SchemaProblem[];
  if (!isMapping(data)) {
    problems = run(whole, data, []);
  } else {
    const { records, ignore } = data;
    const perRule = kind === 'zone' && Array.isArray(ignore);
    const shell: Record<string, unknown> = { ...data };
    if (isMapping(records)) shell.records = {};
    if (perRule) shell.ignore = [];
    problems = run(whole, shell, []);
    if (perRule) ignore.forEach((rule: unknown, i) => problems.push(...run(validators.ignoreRule, rule, ['ignore', String(i)])));
    if (isMapping(records)) for (const [name, entry] of Object.entries(records)) problems.push(...run(validators.recordOrList, entry, ['records', name]));
  }
  return kind === 'zone' ? problems : problems.map((problem) => ({ ...problem, message: problem.message.replace(/\bthe zone file\b/g, 'the template') }));
}

function translate(errors: readonly ErrorObject[]): SchemaProblem[] {
  const kept = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'format');
  // A combinator with its own errorMessage speaks for everything that failed beneath it.
  const summarised = kept.filter((e) => hasErrorMessage(e.parentSchema));
  const relevant = kept.filter(
    (e) =>
      !summarised.some(
        (s) => s !== e && e.schemaPath.startsWith(`${s.schemaPath}/`) && (e.instancePath === s.instancePath || e.instancePath.startsWith(`${s.instancePath}/`)),
      ),
  );
  // A node of the wrong type fails every other keyword about it too; the type error says it all.
  const wrongType = new Set(relevant.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // A misspelt key also shows up as the missing key it was meant to be: keep only "did you mean".
  const meant = new Map<string, Set<string>>();
  for (const e of relevant) {
    if (e.keyword !== 'additionalProperties') continue;
    const guess = closest(String((e.params as { additionalProperty: string }).additionalProperty), Object.keys(propertiesOf(e.parentSchema)));
    if (guess) meant.set(e.instancePath, (meant.get(e.instancePath) ?? new Set()).add(guess));
  }
  const explained = (e: ErrorObject): boolean => {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) return true;
    const guesses = meant.get(e.instancePath);
    if (!guesses) return false;
    if (e.keyword === 'required') return guesses.has(String((e.params as { missingProperty: string }).missingProperty));
    return e.keyword === 'oneOf' && (guesses.has('value') || guesses.has('values'));
  };
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of relevant) {
    if (explained(error)) continue;
    const problem = describe(error);
    const id = `${problem.path.join('/')}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}

function hasErrorMessage(schemaNode: unknown): schemaNode is { errorMessage: string } {
  return typeof schemaNode === 'object' && schemaNode !== null && typeof (schemaNode as { errorMessage?: unknown }).errorMessage === 'string';
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(error: ErrorObject): SchemaProblem {
  const path = decodePointer(error.instancePath);
  const where = describePath(path);
  const data: unknown = error.data;
  const base = { path, at: 'value' as const, rule: 'schema' };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema));
      const guess = closest(key, allowed);
      return {
        path: [...path, key],
        at: 'key',
        rule: 'schema',
        message: `unknown key "${key}" in ${where}`,
        hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed keys: ${allowed.join(', ')}`,
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return { ...base, message: `${where} is missing "${missing}"` };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type);
      return { ...base, message: `${where} must be ${article(expected)}, not ${typeName(data)}`, ...typeHint(expected, data, path) };
    }
    case 'enum': {
      if (error.schemaPath.includes('/recordType/')) return { ...base, rule: 'record-type', message: `unknown record type "${String(data)}"`, hint: recordTypeHint(data) };
      return { ...base, message: `${where} must be one of ${JSON.stringify(error.schema)}` };
    }
    case 'minimum':
    case 'maximum': {
      if (error.schemaPath.includes('/ttl/')) {
        const low = error.keyword === 'minimum';
        return {
          ...base,
          rule: 'ttl-range',
          message: low ? `TTL ${String(data)} is below Gandi's minimum of ${TTL_MIN} seconds` : `TTL ${String(data)} is above Gandi's maximum of ${TTL_MAX} seconds (30 days)`,
          hint: `use a TTL from ${TTL_MIN} to ${TTL_MAX}`,
        };
      }
      const parent = error.parentSchema as { minimum?: number; maximum?: number } | undefined;
      return { ...base, message: `${where} ${String(data)} is out of range ${parent?.minimum ?? ''}..${parent?.maximum ?? ''}` };
    }
    case 'minItems':
      return { ...base, message: `${where} is an empty list`, hint: 'give at least one entry, or remove the key' };
    case 'minLength':
      return { ...base, message: `${where} is empty` };
    case 'oneOf': {
      const both = Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas);
      const message = hasErrorMessage(error.parentSchema) ? error.parentSchema.errorMessage : `${where} ${error.message ?? 'is invalid'}`;
      return { ...base, message: `${where} ${message}`, hint: both ? 'keep only one of them' : 'add value: <one value> or values: [<value>, ...]' };
    }
    default: {
      if (hasErrorMessage(error.parentSchema)) return { ...base, message: `${where} ${error.parentSchema.errorMessage}` };
      return { ...base, message: `${where} ${error.message ?? 'is invalid'}` };
    }
  }
}

/** A readable name for a place in the file: `record "www"`, `record "@" #2: values[1].port`, `ttl`. */
export function describePath(path: readonly string[]): string {
  if (path.length === 0) return 'the zone file';
  const [head, ...rest] = path;
  if (head === 'records' && rest.length > 0) {
    const [name, ...inner] = rest;
    let text = `record "${name}"`;
    if (inner.length > 0 && /^[0-9]+$/.test(inner[0] ?? '')) {
      text += ` #${Number(inner[0]) + 1}`;
      inner.shift();
    }
    return inner.length === 0 ? text : `${text}: ${joinPath(inner)}`;
  }
  if (head === 'ignore' && rest.length > 0 && /^[0-9]+$/.test(rest[0] ?? '')) {
    const text = `ignore rule #${Number(rest[0]) + 1}`;
    return rest.length === 1 ? text : `${text}: ${joinPath(rest.slice(1))}`;
  }
  return joinPath(path);
}

function joinPath(path: readonly string[]): string {
  let out = '';
  for (const segment of path) out += /^[0-9]+$/.test(segment) ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

function propertiesOf(schemaNode: unknown): Record<string, unknown> {
  const properties = (schemaNode as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ?? {};
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'an integer', number: 'a number', boolean: 'true or false' };
  return names[type] ?? type;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

function typeHint(expected: string, data: unknown, path: readonly string[]): { hint?: string } {
  // Not the value itself: YAML has already turned `1.10` into 1.1, so showing it could mislead.
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) return { hint: 'YAML read it as a number or boolean: put it in quotes to keep it as text' };
  if ((expected === 'integer' || expected === 'number') && typeof data === 'string' && /^[0-9]+$/.test(data.trim())) return { hint: `write it without quotes: ${data.trim()}` };
  const isRecordPlace = path[0] === 'records' && (path.length === 2 || (path.length === 3 && /^[0-9]+$/.test(path[2] ?? '')));
  if (expected === 'object' && isRecordPlace) return { hint: 'a record is a mapping such as { type: A, value: 192.0.2.1 }' };
  return {};
}

function recordTypeHint(data: unknown): string {
  const text = String(data);
  const upper = text.toUpperCase();
  if (upper === 'SOA') return 'Gandi manages the SOA record itself; remove it';
  if ((RECORD_TYPES as readonly string[]).includes(upper)) return `types are upper-case: write ${upper}`;
  return `supported types: ${RECORD_TYPES.join(', ')}`;
}

/** The allowed key closest to a misspelt one (edit distance 2 at most), for "did you mean". */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The same translation for the other files we validate with a JSON Schema (livedns.config.yaml). */
export { translate as translateSchemaErrors };
