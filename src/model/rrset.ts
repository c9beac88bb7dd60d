/**
 * Building and comparing RecordSets. Both the zone file reader and the wire reader end here, so an
 * rrset's values are always sorted and free of duplicates, and two rrsets compare by value.
 */
import type { RecordSet, RecordType } from './types.js';

/** Sorted (by UTF-16 code unit, the same on every machine), duplicates removed. */
export function normaliseValues(values: readonly string[]): string[] {
  // Most rrsets hold one value: skip the set and the sort (a measurable share of reading 100,000 rrsets).
  if (values.length < 2) return [...values];
  const sorted = [...values].sort(compareStrings);
  let kept = 1;
  for (let i = 1; i < sorted.length; i += 1) if (sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] as string;
  sorted.length = kept;
  return sorted;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders rrsets by name, then type: the stable order of plans and emitted files. */
export function compareRrsets(a: { readonly name: string; readonly type: string }, b: { readonly name: string; readonly type: string }): number {
  return compareStrings(a.name, b.name) || compareStrings(a.type, b.type);
}

export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal as DNS data: same name, type, TTL and values (origin fields such as `source` are not data). */
export function sameRrset(a: RecordSet, b: RecordSet): boolean {
  return a.name === b.name && a.type === b.type && a.ttl === b.ttl && sameValues(a.values, b.values);
}

/** A RecordSet with its values normalised. */
export function makeRecordSet(name: string, type: RecordType, ttl: number, values: readonly string[], extra?: Pick<RecordSet, 'source' | 'wireName' | 'template'>): RecordSet {
  return { name, type, ttl, values: normaliseValues(values), ...extra };
}
