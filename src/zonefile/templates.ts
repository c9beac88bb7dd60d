/**
 * Templates: records shared by many zones, written once in `_templates/<name>.yaml` next to the zone
 * files and pulled into a zone file with `templates: [name, ...]`.
 *
 * A template is parsed once (syntax, schema, its own shape: parse.ts parseTemplateFile), then
 * instantiated for each zone that uses it: `{zone}` in its values becomes the zone's name and the zone
 * file rules run on the result with that zone as context, so a value is checked exactly as it will be
 * sent. A problem found there is located in the template file and names the zone; the same problem in
 * many zones is reported once, naming them all (mergeTemplateIssues).
 *
 * Merging is strict on purpose: one rrset with two sources is an error unless the zone file marks its
 * own record `override: true`. Without that rule a template change could be silently shadowed by a zone
 * record (or silently shadow one), and the plan would no longer say where a change comes from.
 */
import { compileIgnore } from '../model/ignore.js';
import { canonicalOwnerName } from '../model/names.js';
import { compareRrsets } from '../model/rrset.js';
import { RECORD_TYPES, rrsetKey, type IgnoreRule, type Issue, type RecordSet, type RecordType, type RrsetKey, type SourceLocation } from '../model/types.js';
import type { LoadedYamlFile } from './parse.js';
import { checkNameRules, checkZone, isMapping, isTtl, type Declared } from './rules.js';

/** The directory, next to the zone files, that holds the templates. */
export const TEMPLATES_DIR = '_templates';

/** What the template schema accepts as a name (templateName in schema/zone.schema.json). */
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The zone a template is checked as when no zone is at hand (`fmt` and `validate` of a template file on
 * its own, templates no zone uses yet): a reserved name (RFC 2606), so nothing real is implied.
 */
export const TEMPLATE_CHECK_ZONE = 'zone.example';

/** `{zone}` in a template's values: the name of the zone using it, without the final dot. */
export const ZONE_PLACEHOLDER = '{zone}';

/** A template file that passed its own checks. */
export interface ZoneTemplate {
  /** The file's base name without `.yaml`/`.yml`: what zone files write in `templates:`. */
  readonly name: string;
  readonly file: string;
  readonly content: LoadedYamlFile;
}

/** The templates of one directory of zone files. */
export interface TemplateLibrary {
  /** Where the templates live (e.g. `zones/_templates`), for messages. */
  readonly dir: string;
  readonly templates: ReadonlyMap<string, ZoneTemplate>;
  /** Template files with errors, by template name: a zone using one fails and points at the file. */
  readonly broken: ReadonlyMap<string, string>;
}

export function templateNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '');
}

/** Whether a path is a template file: a YAML file directly inside a `_templates` directory. */
export function isTemplatePath(file: string): boolean {
  const parts = file.split(/[\\/]/);
  return parts.length >= 2 && parts[parts.length - 2] === TEMPLATES_DIR;
}

/** The checks of a template that do not depend on the zone using it: its name, no `override`, known placeholders. */
export function checkTemplateShape(name: string, file: string, content: LoadedYamlFile): Issue[] {
  const issues: Issue[] = [];
  if (!TEMPLATE_NAME.test(name)) {
    issues.push({
      severity: 'error',
      rule: 'template-name',
      message: `"${name}" cannot be used as a template name: zone files name templates in lower case, with letters, digits, ".", "-" and "_"`,
      hint: `rename the file, e.g. to ${name.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '')}.yaml`,
      file,
    });
  }
  forEachRecord(content.data.records, (record, recordPath) => {
    if ('override' in record && !content.reported([...recordPath, 'override'])) {
      issues.push({
        severity: 'error',
        rule: 'template-override',
        message: '"override" belongs in zone files: it marks a zone record that replaces a template\'s',
        hint: 'remove it from the template',
        ...content.locate([...recordPath, 'override'], 'key'),
      });
    }
    forEachValueString(record, recordPath, (text, valuePath) => {
      for (const match of text.matchAll(/\{([^{}\s]*)\}/g)) {
        if (match[0] === ZONE_PLACEHOLDER) continue;
        issues.push({
          severity: 'warning',
          rule: 'template-placeholder',
          message: `"${match[0]}" is not a placeholder: only ${ZONE_PLACEHOLDER} is replaced (by the zone's name), so this stays as written`,
          hint: `write ${ZONE_PLACEHOLDER} for the name of the zone using the template`,
          ...content.locate(valuePath),
        });
      }
    });
  });
  return issues;
}

/** Which zone (or zones) a template problem was found for, kept beside the issue so that repeats can be merged. */
interface TemplateUse {
  readonly base: string;
  readonly template: string;
  readonly zone: string;
}
const uses = new WeakMap<Issue, TemplateUse>();

function usedBy(template: string, zones: readonly string[]): string {
  const shown = zones.slice(0, 3).join(', ');
  const more = zones.length > 3 ? ` and ${zones.length - 3} more` : '';
  return ` (template "${template}", used by zone${zones.length === 1 ? '' : 's'} ${shown}${more})`;
}

/** A problem inside a template as seen from one zone: located in the template, naming the zone. */
function seenFrom(issue: Issue, template: string, zone: string): Issue {
  const located: Issue = { ...issue, message: `${issue.message}${usedBy(template, [zone])}` };
  uses.set(located, { base: issue.message, template, zone });
  return located;
}

/**
 * The same problem of a template reported for several zones becomes one issue naming them all (a
 * template used by a thousand zones must not print a thousand copies). Other issues are left as they are.
 */
export function mergeTemplateIssues(issues: readonly Issue[]): Issue[] {
  const merged: Issue[] = [];
  const groups = new Map<string, { index: number; use: TemplateUse; zones: string[] }>();
  for (const issue of issues) {
    const use = uses.get(issue);
    if (!use) {
      merged.push(issue);
      continue;
    }
    const key = [issue.file, issue.line, issue.column, issue.rule, issue.severity, use.base, issue.hint].join('\u0000');
    const group = groups.get(key);
    if (group) {
      if (!group.zones.includes(use.zone)) group.zones.push(use.zone);
      continue;
    }
    groups.set(key, { index: merged.length, use, zones: [use.zone] });
    merged.push(issue);
  }
  for (const { index, use, zones } of groups.values()) {
    const issue = merged[index] as Issue;
    if (zones.length > 1) merged[index] = { ...issue, message: `${use.base}${usedBy(use.template, zones)}` };
  }
  return merged;
}

/**
 * The rrsets of a template for one zone: `{zone}` replaced in the values, the zone file rules applied.
 * TTLs: the record's own, else the template's `ttl:`, else the zone file's `ttl:` (`zoneTtl`), else Gandi's default.
 * With `zone` undefined the template is checked on its own (as TEMPLATE_CHECK_ZONE) and issues name no zone.
 */
export function instantiateTemplate(template: ZoneTemplate, zone: string | undefined, zoneTtl?: number): { rrsets: RecordSet[]; issues: Issue[] } {
  const { data, locate, reported } = template.content;
  const asZone = zone ?? TEMPLATE_CHECK_ZONE;
  const ttl = isTtl(data.ttl) ? data.ttl : zoneTtl;
  const records = substituteZone(data.records, asZone);
  const result = checkZone({ zone: asZone, file: template.file, data: { ...(ttl === undefined ? {} : { ttl }), records }, locate, reported });
  return {
    rrsets: result.rrsets.map((rrset) => ({ ...rrset, template: template.name })),
    issues: zone === undefined ? result.issues : result.issues.map((issue) => seenFrom(issue, template.name, zone)),
  };
}

export interface WithTemplatesInput {
  readonly zone: string;
  readonly file: string;
  /** The zone file's data (a mapping). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly locate: LoadedYamlFile['locate'];
  readonly reported: LoadedYamlFile['reported'];
  /** The zone file's own rrsets and ignore rules (rules.ts checkZone). */
  readonly rrsets: readonly RecordSet[];
  readonly ignore: readonly IgnoreRule[];
  readonly library: TemplateLibrary | undefined;
  /** Issues already reported for this zone: the checks across sources do not repeat them. */
  readonly reportedIssues: readonly Issue[];
}

interface Origin {
  readonly rrset: RecordSet;
  /** Template name; undefined for the zone file's own records. */
  readonly template?: string;
}

/** The zone's rrsets with those of its templates merged in, and every problem of the merge. */
export function withTemplates(input: WithTemplatesInput): { rrsets: RecordSet[]; issues: Issue[] } {
  const { zone, data, locate, library } = input;
  const issues: Issue[] = [];
  const overrides = readOverrides(data.records, locate);
  const names = Array.isArray(data.templates) && !input.reported(['templates']) ? data.templates.filter((n): n is string => typeof n === 'string') : [];
  if (names.length === 0 && overrides.size === 0) return { rrsets: [...input.rrsets], issues };

  const zoneTtl = isTtl(data.ttl) ? data.ttl : undefined;
  const fromTemplates = new Map<RrsetKey, Origin>();
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const at = locate(['templates', String(index)]);
    const error = (rule: string, message: string, hint: string) => issues.push({ severity: 'error', rule, message, hint, ...at });
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      error('template-duplicate', `template "${name}" is listed twice (first at line ${earlier})`, 'list each template once');
      return;
    }
    seen.set(name, at.line);
    if (!library) {
      error('template-unknown', `template "${name}": no templates were loaded for this zone file`, `templates are read from ${TEMPLATES_DIR}/ next to the zone file (livedns reads it when given the zone file or its directory)`);
      return;
    }
    const brokenFile = library.broken.get(name);
    if (brokenFile !== undefined) {
      error('template-invalid', `template "${name}" has errors (reported in ${brokenFile})`, 'fix the template; every zone using it is held back until then');
      return;
    }
    const template = library.templates.get(name);
    if (!template) {
      const known = [...library.templates.keys(), ...library.broken.keys()].sort();
      error('template-unknown', `no template "${name}": expected ${library.dir}/${name}.yaml`, known.length > 0 ? `templates here: ${known.join(', ')}` : `create ${library.dir}/${name}.yaml, or remove "${name}" from templates`);
      return;
    }
    const instance = instantiateTemplate(template, zone, zoneTtl);
    issues.push(...instance.issues);
    for (const rrset of instance.rrsets) {
      const key = rrsetKey(rrset);
      const other = fromTemplates.get(key);
      if (other) {
        error(
          'template-conflict',
          `"${rrset.name}" ${rrset.type} is defined by both template "${other.template ?? ''}" (${where(other.rrset.source)}) and template "${name}" (${where(rrset.source)})`,
          'an rrset comes from one template only: remove it from one of them, or split the templates so that this zone uses one',
        );
        continue;
      }
      fromTemplates.set(key, { rrset, template: name });
    }
  });

  const merged: Origin[] = [];
  for (const rrset of input.rrsets) {
    const key = rrsetKey(rrset);
    const fromTemplate = fromTemplates.get(key);
    const override = overrides.get(key);
    if (fromTemplate) {
      if (override) {
        fromTemplates.delete(key);
      } else {
        issues.push({
          severity: 'error',
          rule: 'template-override',
          message: `"${rrset.name}" ${rrset.type} is also defined by template "${fromTemplate.template ?? ''}" (${where(fromTemplate.rrset.source)})`,
          hint: 'add "override: true" to this record to replace the template\'s for this zone, or remove the record to use the template\'s',
          ...(rrset.source ?? { file: input.file }),
        });
        continue;
      }
    } else if (override) {
      issues.push({
        severity: 'warning',
        rule: 'override-unused',
        message: `"${rrset.name}" ${rrset.type} is marked override: true, but no template of this zone defines "${rrset.name}" ${rrset.type}`,
        hint: 'remove "override: true" (it would hide a template record added later without a word)',
        ...override,
      });
    }
    merged.push({ rrset });
  }

  const ignore = compileIgnore(input.ignore);
  for (const origin of fromTemplates.values()) {
    const rule = ignore.match(origin.rrset);
    if (rule) {
      issues.push(
        seenFrom(
          {
            severity: 'error',
            rule: 'ignored-managed',
            message: `"${origin.rrset.name}" ${origin.rrset.type} comes from this template, but the zone's ignore rule "${rule.name}"${rule.type ? ` (${rule.type})` : ''} also covers it`,
            hint: `${rule.source ? `the rule is at ${where(rule.source)}; ` : ''}narrow the ignore rule, or stop using the template in this zone`,
            ...(origin.rrset.source ?? { file: input.file }),
          },
          origin.template ?? '',
          zone,
        ),
      );
      continue;
    }
    merged.push(origin);
  }

  issues.push(...checkAcrossSources(merged, input, issues));
  return { rrsets: merged.map((origin) => origin.rrset).sort(compareRrsets), issues };
}

/**
 * The rules between the rrsets of one name (CNAME exclusivity, ALIAS beside addresses...) where a name
 * takes rrsets from more than one file; each file on its own has already been checked.
 */
function checkAcrossSources(merged: readonly Origin[], input: WithTemplatesInput, found: readonly Issue[]): Issue[] {
  const byName = new Map<string, { declared: Declared[]; templates: Map<string, string | undefined> }>();
  for (const { rrset, template } of merged) {
    const entry = byName.get(rrset.name) ?? { declared: [], templates: new Map<string, string | undefined>() };
    const location = rrset.source ?? { file: input.file, line: 1, column: 1 };
    entry.declared.push({ name: rrset.name, type: rrset.type, location });
    entry.templates.set(location.file, template);
    byName.set(rrset.name, entry);
  }
  const known = new Set([...input.reportedIssues, ...found].map(issueKey));
  const issues: Issue[] = [];
  for (const { declared, templates } of byName.values()) {
    if (templates.size < 2) continue;
    checkNameRules(declared, (rule, location, message, hint, severity = 'error') => {
      const issue: Issue = { severity, rule, message, ...(hint === undefined ? {} : { hint }), ...location };
      if (known.has(issueKey(issue))) return;
      known.add(issueKey(issue));
      const template = templates.get(location.file);
      issues.push(template === undefined ? issue : seenFrom(issue, template, input.zone));
    });
  }
  return issues;
}

function issueKey(issue: Issue): string {
  return [issue.file, issue.line, issue.column, issue.rule].join('\u0000');
}

function where(location: SourceLocation | undefined): string {
  return location ? `${location.file}:${location.line}` : 'unknown place';
}

/** Records of the zone file marked `override: true`, by rrset, with where each is. */
function readOverrides(records: unknown, locate: LoadedYamlFile['locate']): Map<RrsetKey, SourceLocation> {
  const overrides = new Map<RrsetKey, SourceLocation>();
  forEachRecord(records, (record, recordPath, rawName) => {
    if (record.override !== true || typeof record.type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(record.type)) return;
    overrides.set(rrsetKey({ name: canonicalOwnerName(rawName), type: record.type as RecordType }), locate(recordPath));
  });
  return overrides;
}

/** Visits every record mapping of a `records:` mapping, with its path in the document. */
function forEachRecord(records: unknown, visit: (record: Readonly<Record<string, unknown>>, path: string[], rawName: string) => void): void {
  if (!isMapping(records)) return;
  for (const [rawName, entry] of Object.entries(records)) {
    const items: [unknown, string[]][] = Array.isArray(entry) ? entry.map((r, i) => [r, ['records', rawName, String(i)]]) : [[entry, ['records', rawName]]];
    for (const [record, path] of items) if (isMapping(record)) visit(record, path, rawName);
  }
}

/** Visits every string inside a record's `value`/`values` (structured values included), with its path. */
function forEachValueString(record: Readonly<Record<string, unknown>>, recordPath: readonly string[], visit: (text: string, path: string[]) => void): void {
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') visit(node, path);
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isMapping(node)) for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  for (const key of ['value', 'values']) if (key in record) walk(record[key], [...recordPath, key]);
}

/** A copy of `records` with `{zone}` replaced in every value; names, types and TTLs are left as written. */
function substituteZone(records: unknown, zone: string): unknown {
  if (!isMapping(records)) return records;
  const replace = (node: unknown): unknown => {
    if (typeof node === 'string') return node.split(ZONE_PLACEHOLDER).join(zone);
    if (Array.isArray(node)) return node.map(replace);
    if (isMapping(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
    return node;
  };
  const record = (node: unknown): unknown =>
    isMapping(node) ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'value' || key === 'values' ? replace(value) : value])) : node;
  return Object.fromEntries(Object.entries(records).map(([name, entry]) => [name, Array.isArray(entry) ? entry.map(record) : record(entry)]));
}
