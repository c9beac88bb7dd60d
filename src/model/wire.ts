/**
 * Gandi's wire rrsets <-> the model, at the edge and nowhere else (octodns-gandi's _data_for_X /
 * _params_for_X pairs, dnscontrol's nativeToRecords / recordsToNative).
 *
 * Reading is lenient, because a live zone may hold anything the Gandi UI or another tool wrote:
 * relative targets are completed with the zone, TXT is decoded from its quoted, split strings, names
 * and host names are lower-cased, and a value we cannot parse is kept (whitespace folded) rather than
 * failing the whole read: the plan then shows it, and the desired value replaces it.
 */
import type { GandiRrset } from '../gandi/types.js';
import { canonicalValue, foldWhitespace, wireValue } from './canonical.js';
import { canonicalOwnerName, relativeFromAbsolute } from './names.js';
import { makeRecordSet } from './rrset.js';
import { APEX, GANDI_DEFAULT_TTL, type RecordSet, type RecordType } from './types.js';

/**
 * The canonical RecordSet of a live rrset of `zone`. `wireName` keeps Gandi's exact `rrset_name`: names
 * are case-sensitive on Gandi's side, so a later write must use that spelling. A type outside
 * RECORD_TYPES is kept as it came (upper-cased): it shows up in plans rather than being dropped.
 */
export function fromGandiRrset(zone: string, wire: GandiRrset): RecordSet {
  const zoneName = zone.toLowerCase().replace(/\.$/, '');
  const type = String(wire.rrset_type).toUpperCase() as RecordType;
  const rawName = String(wire.rrset_name ?? '');
  let name = canonicalOwnerName(rawName);
  if (name.endsWith('.')) name = relativeFromAbsolute(name.slice(0, -1), zoneName) ?? name;
  const context = { zone: zoneName, source: 'wire' } as const;
  const values = (Array.isArray(wire.rrset_values) ? wire.rrset_values : []).map((raw) => {
    const text = String(raw);
    const result = canonicalValue(type, text, context);
    return result.ok ? result.value : foldWhitespace(text);
  });
  const ttl = typeof wire.rrset_ttl === 'number' ? wire.rrset_ttl : GANDI_DEFAULT_TTL;
  return makeRecordSet(name, type, ttl, values, { wireName: rawName });
}

/**
 * Live rrsets that never take part in a diff: the SOA (Gandi owns it) and the apex NS (Gandi manages the
 * zone's nameservers; writing it is refused or ignored).
 */
export function isUnmanagedLive(rrset: { readonly name: string; readonly type: string }): boolean {
  const { name, type } = rrset;
  if (type === 'SOA' || type.toUpperCase() === 'SOA') return true;
  if (name !== APEX && name !== '') return false;
  return type.toUpperCase() === 'NS';
}

/** The `rrset_values` to send for an rrset: TXT/SPF as quoted 255-octet chunks, the rest as they are. */
export function toGandiValues(rrset: RecordSet): string[] {
  return rrset.values.map((value) => wireValue(rrset.type, value));
}
