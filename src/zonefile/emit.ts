/**
 * The canonical zone file of a set of rrsets: what `import` writes (and, later, `fmt`).
 *
 * One spelling for one zone: names in order with the apex first, a blank line between top-level keys
 * and between names, types in order, one record as a mapping and several as a list, `value` for one
 * value and `values` for several, a TTL only where it differs from the file's default, values in their
 * canonical string form. Parsing the result gives the same rrsets back (tested), which is what makes an
 * import followed by a plan show no changes. `livedns fmt` (format.ts) writes the same layout, so
 * formatting an imported file changes nothing.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { compareRrsets, compareStrings } from '../model/rrset.js';
import { APEX, GANDI_DEFAULT_TTL, rrsetKey, type IgnoreRule, type RecordSet, type RrsetKey } from '../model/types.js';
import { isUnmanagedLive } from '../model/wire.js';

/** The first line of every emitted file: editors that speak yaml-language-server validate as you type. */
export const SCHEMA_MODELINE = 'yaml-language-server: $schema=../schema/zone.schema.json';

export interface EmitOptions {
  /** Written as the file's `ttl:`; records with this TTL then omit theirs. Default: none (Gandi's 10800 applies). */
  readonly defaultTtl?: number;
  /** A comment above a record (e.g. "imported from Gandi"); several lines allowed. */
  readonly comments?: ReadonlyMap<RrsetKey, string>;
  readonly ignore?: readonly IgnoreRule[];
  /** Written as the file's `account:` (an account of livedns.config.yaml), in its canonical place before `ttl:`. */
  readonly account?: string;
}

/**
 * Writes `rrsets` of `zone` as a zone file. Apex NS and SOA are left out: Gandi manages them and a zone
 * file may not hold them.
 */
export function emitZoneFile(_zone: string, rrsets: readonly RecordSet[], options: EmitOptions = {}): string {
  const doc = new Document<YAMLMap>(new YAMLMap());
  const root = doc.contents as YAMLMap;
  const fileTtl = options.defaultTtl ?? GANDI_DEFAULT_TTL;
  if (options.account !== undefined) root.items.push(new Pair(new Scalar('account'), new Scalar(options.account)));
  if (options.defaultTtl !== undefined) root.items.push(new Pair(new Scalar('ttl'), new Scalar(options.defaultTtl)));

  if (options.ignore && options.ignore.length > 0) {
    const list = new YAMLSeq();
    for (const rule of options.ignore) list.items.push(doc.createNode(rule.type ? { name: rule.name, type: rule.type } : { name: rule.name }));
    root.items.push(new Pair(new Scalar('ignore'), list));
  }

  const byName = new Map<string, RecordSet[]>();
  for (const rrset of [...rrsets].sort(compareRrsets)) {
    if (isUnmanagedLive(rrset)) continue;
    const group = byName.get(rrset.name) ?? [];
    group.push(rrset);
    byName.set(rrset.name, group);
  }
  const names = [...byName.keys()].sort(compareOwnerNames);

  const records = new YAMLMap();
  for (const name of names) {
    const group = byName.get(name) ?? [];
    const nodes = group.map((rrset) => {
      const node = doc.createNode(recordData(rrset, fileTtl)) as YAMLMap;
      const comment = options.comments?.get(rrsetKey(rrset));
      if (comment !== undefined) node.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
      return node;
    });
    let value: YAMLMap | YAMLSeq;
    if (nodes.length === 1 && nodes[0]) {
      value = nodes[0];
    } else {
      value = new YAMLSeq();
      value.items.push(...nodes);
    }
    const key = new Scalar(name);
    key.spaceBefore = records.items.length > 0;
    records.items.push(new Pair(key, value));
  }
  root.items.push(new Pair(new Scalar('records'), records));
  for (const [index, pair] of root.items.entries()) (pair.key as Scalar).spaceBefore = index > 0;
  // No line folding: a long TXT value stays on one line, which diffs better.
  return `# ${SCHEMA_MODELINE}\n${doc.toString({ lineWidth: 0 })}`;
}

/** The order of names in a file: the apex first, then by code unit (as the planner orders rrsets). */
export function compareOwnerNames(a: string, b: string): number {
  return a === b ? 0 : a === APEX ? -1 : b === APEX ? 1 : compareStrings(a, b);
}

function recordData(rrset: RecordSet, fileTtl: number): Record<string, unknown> {
  const data: Record<string, unknown> = { type: rrset.type };
  if (rrset.ttl !== fileTtl) data.ttl = rrset.ttl;
  if (rrset.values.length === 1) data.value = rrset.values[0];
  else data.values = [...rrset.values];
  return data;
}
