/**
 * Zone file text -> DesiredZone, or every problem found, each with its line and column.
 *
 * Pure: the text comes in, values come out (read.ts does the file system). The stages are YAML syntax
 * (yaml's own errors, duplicate keys), resource limits (size, alias expansion), the schema (shape), then
 * the rules (names, values, rules between records). Each stage reports all it finds; a later stage
 * runs whenever the data it needs is there.
 *
 * The YAML is read by plain-yaml.ts when it is the plain kind nearly every zone file is (about ten
 * times faster), and by the yaml library otherwise; both give the same data and places, so what
 * follows cannot tell them apart. Every syntax error comes from yaml.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { checkZoneName } from '../model/names.js';
import type { DesiredZone, Issue, SourceLocation } from '../model/types.js';
import { readDomainKeys } from './domain-keys.js';
import { checkZone } from './rules.js';
import { checkSchema, type FileKind } from './schema.js';
import { checkTemplateShape, templateNameFromFile, withTemplates, type TemplateLibrary, type ZoneTemplate } from './templates.js';
import { compareStrings } from '../model/rrset.js';
import { plainNodeOffset, readPlainYaml } from './plain-yaml.js';

/**
 * Largest zone file read: 16 MiB. A 100,000-rrset zone as emitZoneFile writes it measures 7.1 MB (a mix
 * of A, AAAA, TXT and MX), so the cap leaves twice that for comments and longer values. The bound
 * matters because the YAML parser peaks near 100 bytes of memory per byte of text (700 MB measured
 * for that 7.1 MB file): a bigger file would be refused by running out of memory instead of cleanly.
 */
export const MAX_ZONE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * yaml's own guard against "billion laughs" (toJS's maxAliasCount: expansions of one anchor, weighted by
 * the aliases nested in it). A second line of defence only: MAX_ALIAS_EXPANSION is what bounds the work,
 * so this is set well above yaml's default of 100, which would refuse a TTL anchor reused 101 times.
 */
export const MAX_ALIAS_COUNT = 10_000;

/**
 * Aliases may add at most this many nodes to what the document spells out: every later stage (schema,
 * rules) walks the expanded data, so this bounds their work whatever the anchors hold.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;

const NESTED_TOO_DEEPLY = 'the document is nested too deeply to be read';
const NESTED_TOO_DEEPLY_HINT = 'a zone file needs only a few levels of nesting';

/** The zone a file describes: its base name without `.yaml`/`.yml`, lower-case. */
export function zoneNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Parses and validates one zone file. `file` names the file in issues and gives the zone its name.
 * The zone is returned only when there is no error (warnings allowed).
 */
export function parseZoneFile(text: string, file: string, options: ParseOptions = {}): ParsedZoneFile {
  const issues: Issue[] = [];
  const uses: string[] = [];
  try {
    const zone = parseInto(text, file, issues, options, uses);
    const failed = issues.some((i) => i.severity === 'error');
    const used = uses.length > 0 ? { templates: uses } : {};
    return failed || !zone ? { issues: sortIssues(issues, file), ...used } : { zone, issues: sortIssues(issues, file), ...used };
  } catch (error) {
    // The YAML parser and the schema walk recurse: absurd nesting exhausts the stack. Say so, do not crash.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // yaml may have caught an overflow of its own already, depending on how deep the stack was.
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) issues.push({ severity: 'error', rule: 'yaml-syntax', message: NESTED_TOO_DEEPLY, hint: NESTED_TOO_DEEPLY_HINT, file });
      return { issues: sortIssues(issues, file) };
    }
    throw error;
  }
}

/**
 * parseZoneFile for many files at once: the same results, with process.env swapped once for the whole
 * batch (see withPlainEnv) rather than read through the runtime at every token of every file. Reading a
 * repository of small zone files is what makes the difference: 200 files of 50 rrsets parse about 15 %
 * faster.
 */
export function parseZoneFiles(inputs: readonly { readonly text: string; readonly file: string; readonly options?: ParseOptions }[]): ParsedZoneFile[] {
  const total = inputs.reduce((sum, { text }) => sum + text.length, 0);
  return withPlainEnv(total > LARGE_FILE, () => inputs.map(({ text, file, options }) => parseZoneFile(text, file, options)));
}

/**
 * Parses a template file (`_templates/<name>.yaml`): syntax, the template schema, and the checks that do
 * not depend on a zone. The zone file rules run when a zone uses it (templates.ts instantiateTemplate).
 */
export function parseTemplateFile(text: string, file: string, options: Pick<ParseOptions, 'yamlOnly'> = {}): { template?: ZoneTemplate; issues: Issue[] } {
  const issues: Issue[] = [];
  try {
    const content = loadYamlFile(text, file, 'template', issues, options);
    const name = templateNameFromFile(file);
    if (content) issues.push(...checkTemplateShape(name, file, content));
    const failed = issues.some((i) => i.severity === 'error');
    return failed || !content ? { issues: sortIssues(issues, file) } : { template: { name, file, content }, issues: sortIssues(issues, file) };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) issues.push({ severity: 'error', rule: 'yaml-syntax', message: NESTED_TOO_DEEPLY, hint: 'a template needs only a few levels of nesting', file });
      return { issues: sortIssues(issues, file) };
    }
    throw error;
  }
}

/** What parseZoneFile returns. */
export interface ParsedZoneFile {
  /** Present when the file (and its templates) had no error. */
  readonly zone?: DesiredZone;
  readonly issues: Issue[];
  /** The names in its `templates:` list, even when the zone failed (readZones checks unused templates on their own). */
  readonly templates?: readonly string[];
}

function parseInto(text: string, file: string, issues: Issue[], options: ParseOptions, uses: string[]): DesiredZone | undefined {
  const zone = zoneNameFromFile(file);
  const zoneProblem = checkZoneName(zone);
  if (zoneProblem) issues.push({ severity: 'error', rule: 'zone-name', message: `the file name does not name a zone: ${zoneProblem.message}`, hint: zoneProblem.hint ?? 'name zone files after their domain, e.g. zones/example.com.yaml', file });

  const loaded = loadYamlFile(text, file, 'zone', issues, options);
  if (!loaded) return undefined;
  const { data, locate, reported } = loaded;

  const result = checkZone({ zone, file, data, locate, reported });
  issues.push(...result.issues);
  if (Array.isArray(data.templates)) uses.push(...data.templates.filter((name): name is string => typeof name === 'string'));
  const templated = withTemplates({ zone, file, data, locate, reported, rrsets: result.rrsets, ignore: result.ignore, library: options.templates, reportedIssues: issues });
  issues.push(...templated.issues);
  const { issues: domainIssues, ...domainKeys } = readDomainKeys({ zone, data, locate, reported });
  issues.push(...domainIssues);
  if (zoneProblem) return undefined;
  return { zone, file, rrsets: templated.rrsets, ignore: result.ignore, ...(result.safety ? { safety: result.safety } : {}), ...domainKeys };
}

/** Options of parseZoneFile. */
export interface ParseOptions {
  /** The templates a zone file may use (`templates:`): read.ts loads the `_templates/` next to the zone file. */
  readonly templates?: TemplateLibrary;
  /**
   * Read with the yaml library only, not the fast reader first (plain-yaml.ts). The results are the
   * same either way (test/zonefile/plain-yaml.test.ts holds the two to that); this is how tests compare them.
   */
  readonly yamlOnly?: boolean;
}

/** A YAML file that has passed the syntax, resource and schema stages, with what the rules need to locate problems. */
export interface LoadedYamlFile {
  readonly data: Readonly<Record<string, unknown>>;
  readonly locate: (path: readonly string[], at?: 'key' | 'value') => SourceLocation;
  /** Whether the schema already reported a problem at or below this path (later stages skip it). */
  readonly reported: (path: readonly string[]) => boolean;
}

/**
 * The stages every file of ours goes through, zone file or template: YAML syntax, resource limits,
 * then the schema of its kind. Reports into `issues`; returns the data whenever it is a mapping, so the
 * rules can still report what the schema did not.
 */
export function loadYamlFile(text: string, file: string, kind: FileKind, issues: Issue[], options: { readonly yamlOnly?: boolean } = {}): LoadedYamlFile | undefined {
  const fileIssue = fileIssueReporter(issues, file);
  const what = kind === 'zone' ? 'zone file' : 'template';

  if (text.length > MAX_ZONE_FILE_BYTES) {
    fileIssue('file-too-large', `the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, 'split very large zones, or check that this is the right file');
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    fileIssue('file-encoding', 'the file contains NUL bytes: it is binary, not YAML text', 'zone files are UTF-8 YAML text');
    return undefined;
  }

  const tree = (!options.yamlOnly && readPlain(text, file)) || readWithYaml(text, file, what, issues);
  if (!tree) return undefined;
  const { data, locate } = tree;

  if (data === null || data === undefined) {
    fileIssue('file-empty', `the ${what} is empty`, 'start with "records:" and the records of the zone', { line: 1, column: 1 });
    return undefined;
  }

  const schemaProblems = checkSchema(data, kind);
  const reportedPaths = new Set<string>();
  for (const problem of schemaProblems) {
    const at = locate(problem.path, problem.at);
    issues.push({ severity: 'error', rule: problem.rule, message: problem.message, ...(problem.hint === undefined ? {} : { hint: problem.hint }), ...at });
    for (let i = 0; i <= problem.path.length; i += 1) reportedPaths.add(problem.path.slice(0, i).join('\u0000'));
  }
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return {
    data: data as Record<string, unknown>,
    locate,
    // Asked for every value of every record: most files have no schema problem at all.
    reported: reportedPaths.size === 0 ? () => false : (path) => reportedPaths.has(path.join('\u0000')),
  };
}

/** Reports an error about the whole file, or at a place in it, into `issues`. */
function fileIssueReporter(issues: Issue[], file: string) {
  return (rule: string, message: string, hint?: string, at?: { line: number; column: number }) =>
    issues.push({ severity: 'error', rule, message, ...(hint === undefined ? {} : { hint }), file, ...(at ?? {}) });
}

/** The data of a YAML file and where each part of it is. */
interface YamlTree {
  readonly data: unknown;
  readonly locate: (path: readonly string[], at?: 'key' | 'value') => SourceLocation;
}

/** The fast reader (plain-yaml.ts), for the plain YAML that nearly every zone file is; undefined for anything else. */
function readPlain(text: string, file: string): YamlTree | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  return { data: plain.data, locate: (path, at) => ({ file, ...plain.position(plainNodeOffset(plain.root, path, at)) }) };
}

/**
 * The yaml library's reading: any YAML, with its syntax errors and warnings, and the checks YAML's
 * features call for (duplicate keys, tags, keys that are collections, alias bombs). Reports into `issues`.
 */
function readWithYaml(text: string, file: string, what: string, issues: Issue[]): YamlTree | undefined {
  const fileIssue = fileIssueReporter(issues, file);
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares each key with every earlier one: minutes for a 100,000-name
  // `records:` map. inspect() below does the same check in one pass.
  const doc = withPlainEnv(text.length > LARGE_FILE, () => parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false }));
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    if (error.code === 'MULTIPLE_DOCS') fileIssue('yaml-syntax', `a ${what} holds a single YAML document`, 'remove the second "---" and what follows, or move it to its own file', position(error.pos[0]));
    // yaml catches the stack overflow of absurd nesting itself and reports it as a syntax error.
    else if (/call stack/i.test(error.message)) {
      // Once per file: where the stack runs out (and how often yaml notices) depends on the JIT's state.
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) fileIssue('yaml-syntax', NESTED_TOO_DEEPLY, `a ${what} needs only a few levels of nesting`, position(error.pos[0]));
    }
    else fileIssue('yaml-syntax', yamlMessage(error.message), undefined, position(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    // inspect() reports every tag as an error, resolved or not.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    issues.push({ severity: 'warning', rule: 'yaml', message: yamlMessage(warning.message), file, ...position(warning.pos[0]) });
  }
  // Past a syntax error the structure is a guess.
  if (doc.errors.length > 0) return undefined;

  const { duplicates, aliasExpansion, tags, collectionKeys } = inspect(doc);
  for (const { tag, offset } of tags) {
    fileIssue('yaml-syntax', `YAML tag ${tag} is not allowed in a zone file`, 'zone files are plain YAML: remove the tag (quote a value to keep it as text)', position(offset));
  }
  for (const offset of collectionKeys) {
    fileIssue('yaml-syntax', 'a key must be text, not a list or a mapping', 'write names and field names as plain text', position(offset));
  }
  for (const duplicate of duplicates) {
    const first = position(duplicate.firstOffset);
    fileIssue('duplicate-key', `duplicate key "${duplicate.key}" (first at line ${first.line})`, 'YAML keeps only one of them: merge the two, or rename one', position(duplicate.offset));
  }
  // Past these, toJS would build values the later stages do not expect (a Set, a Date, a key made of a list).
  if (tags.length > 0 || collectionKeys.length > 0) return undefined;
  if (aliasExpansion > MAX_ALIAS_EXPANSION) {
    fileIssue('yaml-alias', `YAML aliases would expand this document by ${aliasExpansion} nodes (limit ${MAX_ALIAS_EXPANSION}): an "alias bomb"?`, 'write the records out, or use fewer aliases', { line: 1, column: 1 });
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const excessive = /Excessive alias count/.test(error.message);
    fileIssue(
      'yaml-alias',
      excessive ? `a YAML anchor is expanded more than ${MAX_ALIAS_COUNT} times (an "alias bomb"?)` : yamlMessage(error.message),
      excessive ? 'write the records out, or use fewer aliases' : 'define an anchor (&name) before its alias (*name)',
      { line: 1, column: 1 },
    );
    return undefined;
  }

  const locator = new Locator(doc, position, file);
  return { data, locate: (path, at) => locator.locate(path, at) };
}

interface Inspection {
  /** Keys that appear twice in one mapping, with where each copy is. */
  readonly duplicates: { key: string; offset: number; firstOffset: number }[];
  /** How many nodes aliases add to the document once expanded. */
  readonly aliasExpansion: number;
  /** Explicit tags other than YAML's plain ones (`!!str` and friends): `!!binary`, `!!set`, `!custom`... */
  readonly tags: { tag: string; offset: number }[];
  /** Where a mapping key is itself a list or a mapping. */
  readonly collectionKeys: number[];
}

/** The tags of plain JSON-like data: harmless, and `!!str 1.10` is a way to keep a name as text. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/**
 * One pass over the document, in document order, that:
 * - keeps keys as written: every key in a zone file is text (names, field names), but YAML reads
 *   `1.10:` as the number 1.1 and `0x1f:` as 31, so a PTR name in a reverse zone would silently change;
 * - finds duplicate keys (yaml's own check is quadratic);
 * - sizes what aliases expand to without expanding them (an alias refers to the last anchor of its
 *   name before it), so that an alias bomb is refused before anything walks the expanded data;
 * - finds explicit tags and keys that are collections, which a zone file never needs.
 */
function inspect(doc: Document): Inspection {
  const duplicates: { key: string; offset: number; firstOffset: number }[] = [];
  const tags: { tag: string; offset: number }[] = [];
  const collectionKeys: number[] = [];
  const anchorSizes = new Map<string, number>();
  let aliasExpansion = 0;
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      const expanded = anchorSizes.get(node.source) ?? 1;
      aliasExpansion += expanded;
      return expanded;
    }
    let size = 1;
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag !== undefined && !PLAIN_TAGS.has(tag)) tags.push({ tag: tag.replace(/^tag:yaml\.org,2002:/, '!!'), offset: rangeStart(node) ?? 0 });
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (typeof key.value !== 'string' && typeof key.source === 'string') key.value = key.source;
          const text = String(key.value);
          const offset = rangeStart(key) ?? 0;
          const firstOffset = seen.get(text);
          if (firstOffset === undefined) seen.set(text, offset);
          else duplicates.push({ key: text, offset, firstOffset });
        } else if (isMap(key) || isSeq(key)) {
          collectionKeys.push(rangeStart(key) ?? 0);
        }
        size += walk(key) + walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) size += walk(item);
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchorSizes.set(anchor, size);
    return size;
  };
  walk(doc.contents);
  return { duplicates, aliasExpansion, tags, collectionKeys };
}

/** Above this size (of one file or a batch), parsing is long enough for withPlainEnv to matter. */
export const LARGE_FILE = 256 * 1024;

/**
 * Runs `parse` with `process.env` swapped for a plain copy. yaml's parser reads
 * `process.env.LOG_TOKENS` once per token, and process.env is an exotic object whose every read goes
 * through the runtime (about 0.3 µs): a third of the parse time of a large zone file. The parse is
 * synchronous, so no other code can see the copy, and the real object is put back in all cases.
 */
export function withPlainEnv<T>(enabled: boolean, parse: () => T): T {
  const env = process.env;
  if (!enabled) return parse();
  try {
    process.env = { ...env };
  } catch {
    return parse();
  }
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

/** yaml's messages carry a "at line x, column y" tail that duplicates our location prefix. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+$/, '');
}

/** In file order: the issues of `file` first, then those found in its templates, file by file. */
function sortIssues(issues: Issue[], file: string): Issue[] {
  const rank = (issue: Issue) => (issue.file === file ? '' : `\u0001${issue.file}`);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        compareStrings(rank(a.issue), rank(b.issue)) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}

/**
 * Finds the YAML node of a path into the parsed data. Mappings get a key index on first use, so that
 * locating every rrset of a 100,000-name `records:` stays linear.
 */
export class Locator {
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly position: (offset: number) => { line: number; column: number },
    private readonly file: string,
  ) {}

  locate(path: readonly string[], at: 'key' | 'value' = 'value'): SourceLocation {
    let node: unknown = this.doc.contents;
    let best: unknown = node;
    let lastKey: unknown;
    for (const segment of path) {
      node = this.deref(node);
      let next: unknown;
      lastKey = undefined;
      if (isMap(node)) {
        const pair = this.index(node).get(segment);
        next = pair?.value ?? undefined;
        lastKey = pair?.key;
        // A key with no value (`www:`) has no value node: its key is the place to point at.
        if (pair && (next === null || next === undefined)) next = pair.key;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      if (next === undefined || next === null) {
        lastKey = undefined;
        break;
      }
      node = next;
      best = next;
    }
    const target = at === 'key' && lastKey !== undefined ? lastKey : best;
    const offset = rangeStart(target) ?? 0;
    return { file: this.file, ...this.position(offset) };
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? (node.resolve(this.doc) ?? node) : node;
  }

  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : String(pair.key);
        if (!index.has(key)) index.set(key, pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
