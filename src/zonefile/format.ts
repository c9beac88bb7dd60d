/**
 * `livedns fmt`: one canonical layout for zone files and templates, with the comments kept.
 *
 * The layout is emit.ts's (what `import` writes), so that a formatted file and an imported one read the
 * same: top-level keys in a fixed order, names sorted with the apex first and a blank line between
 * them, one record as a mapping and several as a list sorted by type, `value` for one value and
 * `values` for several sorted by their canonical form, block style (structured values on one line),
 * quotes only where YAML needs them.
 *
 * It works on yaml's Document, moving the parsed nodes rather than writing new ones, so that comments
 * travel with what they sit on. It never changes what a file means, and the caller makes sure of it:
 * only valid files are formatted, and the result is parsed again and compared (see the fmt command).
 * What it does not touch: how a value is spelt (a structured MX stays structured, an IPv6 address keeps
 * its spelling), explicit TTLs, and the order of `ignore` rules.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, YAMLSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { canonicalValue, STRUCTURED_FORMS, type StructuredValue } from '../model/canonical.js';
import { canonicalOwnerName } from '../model/names.js';
import { compareStrings } from '../model/rrset.js';
import { compareOwnerNames } from './emit.js';
import { LARGE_FILE, withPlainEnv } from './parse.js';
import type { FileKind } from './schema.js';
import { TEMPLATE_CHECK_ZONE, ZONE_PLACEHOLDER } from './templates.js';

/**
 * Top-level keys in the order fmt writes them: the domain's settings, the file's defaults and rules, then
 * the records. Keys not listed keep their order, before `records`.
 */
export const TOP_LEVEL_ORDER = ['nameservers', 'autorenew', 'account', 'ttl', 'templates', 'ignore', 'safety', 'records'] as const;
const RECORD_ORDER = ['type', 'ttl', 'override', 'value', 'values'];
const IGNORE_RULE_ORDER = ['name', 'type'];
const SAFETY_ORDER = ['max_change_percent', 'min_existing'];

export interface FormatOptions {
  readonly kind: FileKind;
  /** The zone a zone file describes (values are compared in its context); unused for templates. */
  readonly zone: string;
}

/** The canonical text of a valid zone file or template. Idempotent. */
export function formatZoneText(text: string, options: FormatOptions): string {
  const doc = withPlainEnv(text.length > LARGE_FILE, () => parseDocument(text, { uniqueKeys: false }));
  keepKeysAsWritten(doc.contents);
  expandAliases(doc);
  const root = doc.contents;
  if (!isMap(root)) return text;
  const zone = options.kind === 'template' ? TEMPLATE_CHECK_ZONE : options.zone;

  orderPairs(root, TOP_LEVEL_ORDER as readonly string[], { keepLeadingComment: true });
  for (const pair of root.items) {
    const value = pair.value;
    switch (keyText(pair)) {
      case 'records':
        if (isMap(value)) formatRecords(value, zone, options.kind === 'template');
        break;
      case 'templates':
        if (isSeq(value)) sortItems(value, (node) => (isScalar(node) ? String(node.value) : ''));
        break;
      case 'ignore':
        if (isSeq(value)) for (const rule of value.items) if (isMap(rule)) orderPairs(rule, IGNORE_RULE_ORDER);
        break;
      case 'safety':
        if (isMap(value)) orderPairs(value, SAFETY_ORDER);
        break;
      default:
        break;
    }
  }
  normaliseStyle(doc.contents);
  root.items.forEach((pair, index) => setSpaceBefore(pair, index > 0));
  const records = root.items.find((pair) => keyText(pair) === 'records')?.value;
  if (isMap(records)) {
    flowStructuredValues(records);
    records.items.forEach((pair, index) => setSpaceBefore(pair, index > 0));
  }
  // No line folding: a long TXT value stays on one line, which diffs better (as emit.ts writes it).
  return doc.toString({ lineWidth: 0 });
}

/**
 * `records:`: names in canonical spelling (lower case) and order, records of one name sorted by type
 * (names that differ only in case are one DNS name: their records are gathered under one key).
 */
function formatRecords(records: YAMLMap, zone: string, template: boolean): void {
  hoistLeadingComment(records);
  const groups = new Map<string, { pair: Pair; records: YamlNode[] }>();
  for (const pair of records.items) {
    const name = canonicalOwnerName(keyText(pair));
    const entries = isSeq(pair.value) ? unwrapSeq(pair.value) : [pair.value as YamlNode];
    const group = groups.get(name);
    if (group) {
      // The key goes away: its comments go to the first record it held.
      const key = pair.key as Scalar;
      const first = entries[0];
      if (first) first.commentBefore = joinComments(key.commentBefore, first.commentBefore);
      group.records.push(...entries);
    } else {
      (pair.key as Scalar).value = name;
      groups.set(name, { pair, records: entries });
    }
  }
  const pairs: Pair[] = [];
  for (const name of [...groups.keys()].sort(compareOwnerNames)) {
    const group = groups.get(name);
    if (!group) continue;
    for (const record of group.records) if (isMap(record)) formatRecord(record, zone, template);
    const sorted = [...group.records].sort((a, b) => compareStrings(recordType(a), recordType(b)));
    let value: YamlNode;
    if (sorted.length === 1 && sorted[0]) {
      value = sorted[0];
    } else {
      const list = new YAMLSeq();
      list.items.push(...sorted);
      value = list;
    }
    group.pair.value = value;
    pairs.push(group.pair);
  }
  records.items = pairs;
}

/** One record: keys in order, values sorted, `value` for one and `values` for several, structured fields in order. */
function formatRecord(record: YAMLMap, zone: string, template: boolean): void {
  const type = recordType(record);
  orderPairs(record, RECORD_ORDER);
  const fields = (STRUCTURED_FORMS as Readonly<Record<string, readonly string[]>>)[type];
  for (const pair of record.items) {
    const key = keyText(pair);
    if (key !== 'value' && key !== 'values') continue;
    const values = isSeq(pair.value) ? pair.value.items : [pair.value];
    if (fields) for (const value of values) if (isMap(value)) orderPairs(value, fields);
    if (!isSeq(pair.value)) continue;
    const list = pair.value;
    hoistLeadingComment(list);
    sortItems(list, (node) => valueKey(type, node, zone, template));
    if (list.items.length === 1 && list.items[0]) {
      const only = list.items[0] as YamlNode;
      // `values: [x]` becomes `value: x`; comments of the list and its item go before the key.
      const keyNode = pair.key as Scalar;
      keyNode.value = 'value';
      keyNode.commentBefore = joinComments(keyNode.commentBefore, only.commentBefore);
      only.commentBefore = undefined;
      only.comment = joinComments(only.comment, list.comment);
      pair.value = only;
    }
  }
}

/** The comparable form of one value: its canonical string, as the planner sees it. */
function valueKey(type: string, node: unknown, zone: string, template: boolean): string {
  const data = isScalar(node) ? node.value : isMap(node) ? (node.toJSON() as unknown) : undefined;
  const input = typeof data === 'string' ? data : typeof data === 'object' && data !== null ? (data as StructuredValue) : String(data);
  const substituted = template ? substitute(input, zone) : input;
  const result = canonicalValue(type, substituted, { zone, source: 'file' });
  return result.ok ? result.value : JSON.stringify(data);
}

function substitute(input: string | StructuredValue, zone: string): string | StructuredValue {
  if (typeof input === 'string') return input.split(ZONE_PLACEHOLDER).join(zone);
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.split(ZONE_PLACEHOLDER).join(zone) : v]));
}

/** The records of a list; the list's own comments go to its first and last records. */
function unwrapSeq(list: YAMLSeq): YamlNode[] {
  const items = list.items as YamlNode[];
  const first = items[0];
  const last = items[items.length - 1];
  if (first) first.commentBefore = joinComments(list.commentBefore, first.commentBefore);
  if (last) last.comment = joinComments(last.comment, list.comment);
  return items;
}

function recordType(node: unknown): string {
  if (!isMap(node)) return '';
  const type = node.get('type');
  return typeof type === 'string' ? type : '';
}

/** Sorts the pairs of a mapping by `order`; unlisted keys keep their order, just before the last listed key. */
function orderPairs(map: YAMLMap, order: readonly string[], options: { keepLeadingComment?: boolean } = {}): void {
  const rank = (pair: Pair) => {
    const index = order.indexOf(keyText(pair));
    return index === -1 ? order.length - 1.5 : index;
  };
  const first = map.items[0]?.key as YamlNode | undefined;
  // The comment above a file's first key is the file's header: it stays on top whatever key comes first.
  const header = options.keepLeadingComment ? first?.commentBefore : undefined;
  if (first && header !== undefined) first.commentBefore = undefined;
  const sorted = map.items.map((pair, index) => ({ pair, index })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.index - b.index);
  map.items = sorted.map((x) => x.pair);
  const newFirst = map.items[0]?.key as YamlNode | undefined;
  if (newFirst && header !== undefined) newFirst.commentBefore = joinComments(header, newFirst.commentBefore);
}

/** Sorts a list's items by a key; the comment above the list's first item stays with that item. */
function sortItems(list: YAMLSeq, key: (node: unknown) => string): void {
  hoistLeadingComment(list);
  const keyed = list.items.map((node, index) => ({ node, key: key(node), index }));
  keyed.sort((a, b) => compareStrings(a.key, b.key) || a.index - b.index);
  list.items = keyed.map((x) => x.node);
}

/**
 * yaml keeps the comment above a block collection's first item on the collection. Before items move, it
 * goes onto that item, which is what it was written above.
 */
function hoistLeadingComment(collection: YAMLMap | YAMLSeq): void {
  if (collection.commentBefore === undefined || collection.commentBefore === null) return;
  const first = collection.items[0];
  if (first === undefined) return;
  const node = (isMap(collection) ? (first as Pair).key : first) as YamlNode | null;
  if (!node || typeof node !== 'object') return;
  node.commentBefore = joinComments(collection.commentBefore, node.commentBefore);
  collection.commentBefore = undefined;
}

function joinComments(a: string | null | undefined, b: string | null | undefined): string | undefined {
  const parts = [a, b].filter((c): c is string => typeof c === 'string' && c !== '');
  return parts.length === 0 ? undefined : parts.join('\n');
}

/**
 * Block style everywhere (empty collections excepted, which read best as `{}`/`[]`), strings quoted only
 * where YAML needs it, numbers in decimal, and no blank lines: setSpaceBefore puts back the ones the
 * layout has.
 */
function normaliseStyle(contents: unknown): void {
  // A comment after a one-line collection (`www: { type: A, ... } # the site`) would end up below the
  // block it becomes: it goes above the collection's first item instead.
  const unflow = (collection: YAMLMap | YAMLSeq) => {
    if (collection.flow && collection.items.length > 0 && collection.comment) {
      collection.commentBefore = joinComments(collection.commentBefore, collection.comment);
      collection.comment = undefined;
    }
    collection.flow = collection.items.length === 0;
    collection.spaceBefore = false;
  };
  visit(contents as YamlNode, {
    Map(_, map) {
      unflow(map);
    },
    Seq(_, seq) {
      unflow(seq);
    },
    Scalar(_, scalar) {
      scalar.spaceBefore = false;
      if (typeof scalar.value === 'string') scalar.type = undefined;
      else if (typeof scalar.value === 'number') scalar.format = undefined;
    },
  });
}

/**
 * Structured values (`{ preference: 10, exchange: mx.example.net. }`) read best on one line, as a value
 * does; one with a comment inside stays in block style, where the comment has its place.
 */
function flowStructuredValues(records: YAMLMap): void {
  const flowIfPlain = (node: unknown) => {
    if (isMap(node) && !hasComments(node)) node.flow = true;
  };
  for (const pair of records.items) {
    const entries = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const record of entries) {
      if (!isMap(record)) continue;
      for (const field of record.items) {
        const key = keyText(field);
        if (key === 'value') flowIfPlain(field.value);
        if (key === 'values' && isSeq(field.value)) field.value.items.forEach(flowIfPlain);
      }
    }
  }
}

function hasComments(node: YamlNode): boolean {
  let found = false;
  visit(node, {
    Node(_, inner) {
      if (inner !== node && (inner.commentBefore || inner.comment)) found = true;
      if (found) return visit.BREAK;
      return undefined;
    },
  });
  return found || Boolean(node.comment);
}

function setSpaceBefore(pair: Pair, space: boolean): void {
  const key = pair.key as YamlNode | null;
  if (key && typeof key === 'object') key.spaceBefore = space;
}

/** Keys stay text as written: YAML reads `1.10:` as the number 1.1, which would rename a record (parse.ts does the same). */
function keepKeysAsWritten(contents: unknown): void {
  visit(contents as YamlNode, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && typeof key.value !== 'string' && typeof key.source === 'string') key.value = key.source;
    },
  });
}

/** Aliases become copies of what they point at, and anchors go: after sorting, an alias could come before its anchor. */
function expandAliases(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      return target ? (target.clone() as YamlNode) : undefined;
    },
  });
  visit(doc, {
    Node(_, node) {
      if ('anchor' in node && node.anchor) node.anchor = undefined;
    },
  });
}

function keyText(pair: Pair): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * What a parsed file means, as one comparable string: everything the planner and the reconciler read,
 * without where it was written (locations move when a file is formatted: `source` of rrsets and ignore
 * rules, `sources` of domain settings, `accountSource`).
 */
export function meaningOf(parsed: unknown): string {
  return JSON.stringify(parsed, (key, value: unknown) => (key === 'source' || key === 'sources' || key.endsWith('Source') ? undefined : value));
}
