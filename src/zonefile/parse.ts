/**
 * Zone file text -> DesiredZone, or every problem found, each with its line and column.
 *
 * Pure: the text comes in, values come out (read.ts does the file system). The stages are YAML syntax
 * (yaml's own errors, duplicate keys), resource limits (size, alias expansion), the schema (shape), then
 * the rules (names, values, rules between records). Each stage reports all it finds; a later stage
 * runs whenever the data it needs is there.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { checkZoneName } from '../model/names.js';
import type { DesiredZone, Issue, SourceLocation } from '../model/types.js';
import { checkZone } from './rules.js';
import { checkSchema } from './schema.js';

/**
 * Largest zone file read. A 100,000-rrset zone written out by emitZoneFile takes about 5 MB (A records)
 * to 15 MB (long TXT/DKIM values); 32 MiB leaves room for that with comments, while capping what a
 * hostile file can make the YAML parser hold in memory (several times the text size).
 */
export const MAX_ZONE_FILE_BYTES = 32 * 1024 * 1024;

/**
 * yaml's guard against "billion laughs": an alias may be expanded at most this many times, weighted by
 * the aliases nested inside it (yaml's own default, named here because it is a security decision).
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Aliases may add at most this many nodes to what the document spells out. Within MAX_ALIAS_COUNT a
 * large anchored list aliased 100 times could still multiply the work of every later stage by 100.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;

/** The zone a file describes: its base name without `.yaml`/`.yml`, lower-case. */
export function zoneNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Parses and validates one zone file. `file` names the file in issues and gives the zone its name.
 * The zone is returned only when there is no error (warnings allowed).
 */
export function parseZoneFile(text: string, file: string): { zone?: DesiredZone; issues: Issue[] } {
  const issues: Issue[] = [];
  try {
    const zone = parseInto(text, file, issues);
    const failed = issues.some((i) => i.severity === 'error');
    return failed || !zone ? { issues: sortIssues(issues) } : { zone, issues: sortIssues(issues) };
  } catch (error) {
    // The YAML parser and the schema walk recurse: absurd nesting exhausts the stack. Say so, do not crash.
    if (error instanceof RangeError) {
      issues.push({ severity: 'error', rule: 'yaml-syntax', message: 'the document is nested too deeply to be read', hint: 'a zone file needs only a few levels of nesting', file });
      return { issues: sortIssues(issues) };
    }
    throw error;
  }
}

function parseInto(text: string, file: string, issues: Issue[]): DesiredZone | undefined {
  const fileIssue = (rule: string, message: string, hint?: string, at?: { line: number; column: number }) =>
    issues.push({ severity: 'error', rule, message, ...(hint === undefined ? {} : { hint }), file, ...(at ?? {}) });

  const zone = zoneNameFromFile(file);
  const zoneProblem = checkZoneName(zone);
  if (zoneProblem) fileIssue('zone-name', `the file name does not name a zone: ${zoneProblem.message}`, zoneProblem.hint ?? 'name zone files after their domain, e.g. zones/example.com.yaml');

  if (text.length > MAX_ZONE_FILE_BYTES) {
    fileIssue('file-too-large', `the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, 'split very large zones, or check that this is the right file');
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    fileIssue('file-encoding', 'the file contains NUL bytes: it is binary, not YAML text', 'zone files are UTF-8 YAML text');
    return undefined;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const line = text.slice(error.pos[0]).split('\n', 1)[0] ?? '';
      const key = /^("[^"]*"|'[^']*'|[^:]*?)\s*:/.exec(line)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
      fileIssue('duplicate-key', `duplicate key ${key ? `"${key}" ` : ''}in the same mapping`, 'YAML keeps only one of them: merge the two, or rename one', position(error.pos[0]));
    }
    else if (error.code === 'MULTIPLE_DOCS') fileIssue('yaml-syntax', 'a zone file holds a single YAML document', 'remove the second "---" and what follows, or move it to its own file', position(error.pos[0]));
    else fileIssue('yaml-syntax', yamlMessage(error.message), undefined, position(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    issues.push({ severity: 'warning', rule: 'yaml', message: yamlMessage(warning.message), file, ...position(warning.pos[0]) });
  }
  // Past a syntax error the structure is a guess; a duplicate key leaves it intact, so carry on then.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return undefined;

  keysAsWritten(doc);
  const locator = new Locator(doc, position, file);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const excessive = /Excessive alias count/.test(error.message);
    fileIssue(
      'yaml-alias',
      excessive ? 'YAML aliases expand too much (an "alias bomb")' : yamlMessage(error.message),
      excessive ? `aliases are limited to ${MAX_ALIAS_COUNT} expansions; write the records out instead` : 'define an anchor (&name) before its alias (*name)',
      { line: 1, column: 1 },
    );
    return undefined;
  }

  const expansion = aliasExpansion(doc);
  if (expansion > MAX_ALIAS_EXPANSION) {
    fileIssue('yaml-alias', `YAML aliases expand this document by ${expansion} nodes (limit ${MAX_ALIAS_EXPANSION})`, 'write the records out, or use fewer aliases', { line: 1, column: 1 });
    return undefined;
  }
  if (data === null || data === undefined) {
    fileIssue('file-empty', 'the zone file is empty', 'start with "records:" and the records of the zone', { line: 1, column: 1 });
    return undefined;
  }

  const schemaProblems = checkSchema(data);
  const reportedPaths = new Set<string>();
  for (const problem of schemaProblems) {
    const at = locator.locate(problem.path, problem.at);
    issues.push({ severity: 'error', rule: problem.rule, message: problem.message, ...(problem.hint === undefined ? {} : { hint: problem.hint }), ...at });
    for (let i = 0; i <= problem.path.length; i += 1) reportedPaths.add(problem.path.slice(0, i).join('\u0000'));
  }
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;

  const result = checkZone({
    zone,
    file,
    data: data as Record<string, unknown>,
    locate: (path, at) => locator.locate(path, at),
    reported: (path) => reportedPaths.has(path.join('\u0000')),
  });
  issues.push(...result.issues);
  if (zoneProblem) return undefined;
  return { zone, file, rrsets: result.rrsets, ignore: result.ignore, ...(result.safety ? { safety: result.safety } : {}) };
}

/**
 * Every key in a zone file is text (names, field names), but YAML reads `1.10:` as the number 1.1 and
 * `0x1f:` as 31: a PTR name in a reverse zone would silently change. Keys keep the text as written.
 */
function keysAsWritten(doc: Document): void {
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key;
      if (isScalar(key) && typeof key.value !== 'string' && typeof key.source === 'string') key.value = key.source;
    },
  });
}

/** yaml's messages carry a "at line x, column y" tail that duplicates our location prefix. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\s+$/, '');
}

function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index)
    .map((x) => x.issue);
}

/**
 * Finds the YAML node of a path into the parsed data. Mappings get a key index on first use, so that
 * locating every rrset of a 100,000-name `records:` stays linear.
 */
class Locator {
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

/**
 * How many nodes aliases add to the document when expanded, computed in one pass in document order
 * (an alias refers to the last anchor of that name before it).
 */
function aliasExpansion(doc: Document): number {
  const anchorSizes = new Map<string, number>();
  let added = 0;
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const expanded = anchorSizes.get(node.source) ?? 1;
      added += expanded;
      return expanded;
    }
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchorSizes.set(anchor, total);
    return total;
  };
  size(doc.contents);
  return added;
}
